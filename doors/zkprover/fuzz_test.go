package zkprover

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// Run it with a short minimization time (inputs carry whole ELFs, and every
// accepted input is executed; docs/security.md lists the runs made):
//
//	go test -run '^$' -fuzz '^FuzzValidation$' -fuzztime 90s -fuzzminimizetime 5s ./doors/zkprover
//
// FuzzValidation feeds arbitrary InputProver messages (and mutated seeds)
// through the GenProof validation, in the door's order (CheckSizes,
// SpecFromInput, Build, Validate): it must never panic, must refuse with an
// error that Classify maps to ERROR, and whatever it accepts must satisfy
// the wire mapping's invariants.
func FuzzValidation(f *testing.F) {
	elf := readExample(f, "fibonacci")
	bank := readExample(f, "bank")
	seed := func(elf []byte, in *executor.Input, o InputOptions) {
		ip := input(f, elf, in, o)
		b, err := proto.Marshal(ip)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	seed(elf, &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})
	seed(elf, &executor.Input{Onchain: words(5)}, InputOptions{})
	seed(bank, &executor.Input{Onchain: words(1, 2, 0, 3), Offchain: []byte("hello"), State: []statement.KV{{Key: 2, Value: 9}}}, InputOptions{IncludeELF: true, Nonce: 3})
	f.Add([]byte{})
	f.Add([]byte{0x1a, 0x04, '0', 'x', 'z', 'z'}) // batch_l2_data "0xzz"

	store, err := queue.Open(f.TempDir(), queue.DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = store.Close() })
	svc := jobs.New(store, jobs.Options{MaxRequestBytes: 32 << 20, Logger: testLogger(f)})
	if err := store.PutProgram(loadProgram(f, elf).IDHex(), elf); err != nil {
		f.Fatal(err)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		var in pb.InputProver
		if err := proto.Unmarshal(data, &in); err != nil {
			return
		}
		err := svc.CheckSizes(SizesOf(&in))
		var sp jobs.Spec
		if err == nil {
			sp, err = SpecFromInput(&in)
		}
		var r *jobs.Request
		if err == nil {
			r, err = svc.Build(sp)
		}
		if err == nil {
			err = svc.Validate(r)
		}
		if err != nil {
			c := errs.Classify(err)
			if c.GenProof != pb.GenProofResponse_RESULT_GEN_PROOF_ERROR {
				t.Fatalf("refusal %v classified as %v (%s)", err, c.GenProof, c.Reason)
			}
			if err.Error() == "" {
				t.Fatal("refusal without a reason")
			}
			return
		}
		// accepted: the invariants of the mapping hold
		jr, err := jobs.DecodeJobRequest(r.JobRequest)
		if err != nil {
			t.Fatalf("accepted an undecodable job request: %v", err)
		}
		if !bytes.Equal(jr.ProgramID, r.ProgramID[:]) || jr.MaxCycles == 0 || len(r.Onchain) > statement.MaxOnchainInputBytes {
			t.Fatalf("accepted request disagrees with its job request: %+v", jr)
		}
		if jobs.FieldBytes(statement.StateRoot(r.State)) != jr.StateHash {
			t.Fatal("accepted a state that does not hash to stateHash")
		}
		if jobs.FieldBytes(statement.OffchainHash(r.Offchain)) != jr.OffchainInputHash {
			t.Fatal("accepted an offchain input that does not hash to offchainInputHash")
		}
		prog, _, err := svc.Program(r)
		if err != nil {
			t.Fatalf("accepted a job whose program cannot be resolved: %v", err)
		}
		if jobs.FieldBytes(prog.ID) != r.ProgramID {
			t.Fatal("accepted a program whose id is not the job's")
		}
		if err := r.Input().Validate(executor.Limits{}); err != nil {
			t.Fatalf("accepted an input the executor refuses: %v", err)
		}
		// and Execute runs it without panicking
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		small := *r
		small.MaxCycles = min(r.MaxCycles, 1<<16)
		if _, err := svc.Execute(ctx, &small); err != nil {
			var fault *executor.Fault
			if !errors.As(err, &fault) {
				t.Fatalf("Execute of an accepted job: %v", err)
			}
		}
	})
}

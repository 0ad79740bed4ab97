package aggregator

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// Run each with (docs/security.md lists the runs made):
//
//	go test -run '^$' -fuzz '^FuzzSpecFromInput$' -fuzztime 90s -fuzzminimizetime 5s ./doors/aggregator
//	go test -run '^$' -fuzz '^FuzzParseRecursiveProof$' -fuzztime 90s ./doors/aggregator

// FuzzSpecFromInput feeds arbitrary aggregator.v1 InputProver messages
// through the GenBatchProof checks (sizes, the mapping, Build, Validate): no
// panic; a refusal answers RESULT_ERROR; what is accepted satisfies the
// mapping's invariants.
func FuzzSpecFromInput(f *testing.F) {
	fib := readExample(f, "fibonacci")
	bank := readExample(f, "bank")
	seed := func(in *pb.InputProver) {
		b, err := proto.Marshal(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	seed(aggInput(f, fib, &executor.Input{Onchain: words(5)}, 1, true))
	seed(aggInput(f, fib, &executor.Input{Onchain: words(5)}, 2, false))
	seed(aggInput(f, bank, &executor.Input{Onchain: words(1, 2, 0, 3), Offchain: []byte("hello"), State: []statement.KV{{Key: 2, Value: 9}}}, 3, true))
	f.Add([]byte{})

	store, err := queue.Open(f.TempDir(), queue.DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = store.Close() })
	svc := jobs.New(store, jobs.Options{MaxRequestBytes: 32 << 20, Logger: testLogger()})
	prog, err := executor.LoadELF(fib, executor.Limits{})
	if err != nil {
		f.Fatal(err)
	}
	if err := store.PutProgram(prog.IDHex(), fib); err != nil {
		f.Fatal(err)
	}
	const forkID = 1

	f.Fuzz(func(t *testing.T, data []byte) {
		var in pb.InputProver
		if err := proto.Unmarshal(data, &in); err != nil {
			return
		}
		err := svc.CheckSizes(SizesOf(&in))
		var sp jobs.Spec
		if err == nil {
			sp, err = SpecFromInput(&in, forkID)
		}
		var r *jobs.Request
		if err == nil {
			r, err = svc.Build(sp)
		}
		if err == nil {
			err = svc.Validate(r)
		}
		if err != nil {
			if c := errs.Classify(err); c.Agg != pb.Result_RESULT_ERROR {
				t.Fatalf("refusal %v answers %v (%s)", err, c.Agg, c.Reason)
			}
			return
		}
		if f := in.GetPublicInputs().GetForkId(); f != 0 && f != forkID {
			t.Fatalf("accepted fork %d", f)
		}
		jr, err := jobs.DecodeJobRequest(r.JobRequest)
		if err != nil || !bytes.Equal(jr.ProgramID, r.ProgramID[:]) || jr.MaxCycles == 0 {
			t.Fatalf("accepted request disagrees with its job request: %+v %v", jr, err)
		}
		if jobs.FieldBytes(statement.StateRoot(r.State)) != jr.StateHash || jobs.FieldBytes(statement.OffchainHash(r.Offchain)) != jr.OffchainInputHash {
			t.Fatal("accepted a state or offchain input that does not hash to the job request's")
		}
		if old := in.GetPublicInputs().GetOldStateRoot(); len(old) > 0 && !bytes.Equal(old, jr.StateHash[:]) {
			t.Fatal("accepted an old_state_root that is not the state's root")
		}
		if err := r.Input().Validate(svc.Limits()); err != nil {
			t.Fatalf("accepted an input the executor refuses: %v", err)
		}
	})
}

// FuzzParseRecursiveProof feeds arbitrary recursive_proof strings to the
// GenFinalProof reader: no panic; a refusal is errs.ErrInvalid; what it reads
// is written back (recursiveProofJSON) to a string it reads as the same proof
// and job id. The seed is a real proof (prover/testdata/proof.json) with a
// job id.
func FuzzParseRecursiveProof(f *testing.F) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "prover", "testdata", "proof.json"))
	if err != nil {
		f.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		f.Fatal(err)
	}
	m["job_id"] = json.RawMessage(`"c72e3ea8-0186-4d3f-8c55-f187bac75283"`)
	withID, err := json.Marshal(m)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(withID))
	f.Add(string(raw))
	f.Add(`{"job_id":"x"}`)
	f.Add(``)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := parseRecursiveProof(s)
		if err != nil {
			if !errors.Is(err, errs.ErrInvalid) {
				t.Fatalf("refusal is not errs.ErrInvalid: %v", err)
			}
			return
		}
		if r.proof == nil {
			return // a job top: FuzzReadPart reads those
		}
		batch := batchFor(t, r.proof, accInputs{}, 0)
		if r.batch != nil {
			if _, err := r.batch.publics(); err != nil {
				return // a section with malformed values: GenFinalProof refuses it (checkBatch)
			}
			batch = *r.batch
		}
		out, err := recursiveProofJSON(r.jobID, r.proof, batch, nil)
		if err != nil {
			t.Fatalf("a proof read does not write: %v", err)
		}
		q, err := parseRecursiveProof(out)
		if err != nil || q.jobID != r.jobID || q.batch == nil || *q.batch != batch {
			t.Fatalf("a proof written is not read back (%q): %v", r.jobID, err)
		}
		a, _ := json.Marshal(r.proof)
		b, _ := json.Marshal(q.proof)
		if !bytes.Equal(a, b) {
			t.Fatalf("a proof changes when written and read again:\n%s\n%s", a, b)
		}
	})
}

// FuzzReadPart feeds arbitrary recursive proofs to the reader GenAggregatedProof
// and sequence final proofs use before any key: no panic; a refusal is
// errs.ErrInvalid; an aggregated proof it accepts has publics that are its
// range's and a sequence the range states in field elements.
func FuzzReadPart(f *testing.F) {
	tn := startNode(f, f.TempDir(), nodeOpts{name: "fuzz", forkID: 9})
	a := rangeOf(1, 10, 12, 9)
	pubs, err := a.publics()
	if err != nil {
		f.Fatal(err)
	}
	doc, err := json.Marshal(aggregatedDoc{Kind: KindAggregated, Publics: pubs, Range: &a, Sequence: json.RawMessage(`{"version":1}`)})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(doc))
	f.Add(`{"kind":"aggregated"}`)
	f.Add(`{"kind":"final","top":{}}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := tn.client.readPart(s)
		if err != nil {
			if !errors.Is(err, errs.ErrInvalid) {
				t.Fatalf("refusal is not errs.ErrInvalid: %v", err)
			}
			return
		}
		got, err := p.rng.publics()
		if err != nil {
			t.Fatalf("an accepted part's range has no publics: %v", err)
		}
		if p.batch == nil {
			var d aggregatedDoc
			if err := json.Unmarshal([]byte(s), &d); err != nil || strings.Join(d.Publics, ",") != strings.Join(got, ",") {
				t.Fatalf("accepted publics that are not the range's: %v", err)
			}
		}
		if _, err := seqOf(p.rng); err != nil && p.batch == nil {
			t.Fatalf("an accepted aggregated proof states no sequence: %v", err)
		}
	})
}

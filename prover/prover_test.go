package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
)

var toyProof struct {
	once  sync.Once
	p     *Prover
	proof *Proof
	err   error
}

// provedEcho opens the toy store and proves the 64-word echo program once.
func provedEcho(t *testing.T) (*Prover, *Proof) {
	dir := toyKeys(t)
	toyProof.once.Do(func() {
		ctx := context.Background()
		toyProof.p, toyProof.err = Open(ctx, dir, WithFamily(toyFamily{}))
		if toyProof.err != nil {
			return
		}
		toyProof.proof, toyProof.err = toyProof.p.Prove(ctx, echoProgram(t, 64), testInput(64), executor.Config{})
	})
	if toyProof.err != nil {
		t.Fatal(toyProof.err)
	}
	return toyProof.p, toyProof.proof
}

// clone deep-copies a proof through its JSON form.
func clone(t *testing.T, p *Proof) *Proof {
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q Proof
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	return &q
}

func TestProveVerify(t *testing.T) {
	p, proof := provedEcho(t)
	if proof.Class != toyClass || proof.Cycles != 453 {
		t.Fatalf("class 2^%d, %d cycles; want 2^%d, 453", proof.Class, proof.Cycles, toyClass)
	}
	in := testInput(64)
	if !bytes.Equal(proof.Public.Output, in.Onchain) || proof.Public.ExitCode != 7 {
		t.Fatalf("statement output %x exit %d, want %x exit 7", proof.Public.Output, proof.Public.ExitCode, in.Onchain)
	}
	if len(proof.PublicInputs) != 27 || len(proof.Commitments) != 1 {
		t.Fatalf("%d public inputs, %d commitments", len(proof.PublicInputs), len(proof.Commitments))
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
	if n := p.Slots(); n != 1 { // long runs bound their aggregations in flight by it
		t.Fatalf("a prover proves %d proofs at once, want 1", n)
	}
	// JSON round trip through a file.
	back := viaFile(t, proof)
	if err := p.Verify(back); err != nil {
		t.Fatalf("proof read back from JSON: %v", err)
	}
	// A verify-only prover checks it as well.
	v, err := Open(context.Background(), p.Root(), WithFamily(toyFamily{}), WithVerifyOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(back); err != nil {
		t.Fatal(err)
	}
	if _, err := v.ProveRun(context.Background(), &Run{}); err == nil {
		t.Fatal("a verify-only prover proved")
	}
	// A verifier needs the class's manifest and verifying key only: a
	// folder without the constraint system, the proving key and the
	// Solidity verifier (gigabytes, and nothing a Go verifier uses).
	only := t.TempDir()
	src, dst := ClassDir(p.Root(), proof.Class), ClassDir(only, proof.Class)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{FileManifest, FileVK} {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	v, err = Open(context.Background(), only, WithFamily(toyFamily{}), WithClasses(proof.Class), WithVerifyOnly())
	if err != nil {
		t.Fatalf("a verifier with the manifest and verifying key only: %v", err)
	}
	if err := v.Verify(back); err != nil {
		t.Fatal(err)
	}
	// ... whose verifying key is still checked against the manifest
	vk := filepath.Join(dst, FileVK)
	b, err := os.ReadFile(vk)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-1] ^= 1
	if err := os.WriteFile(vk, b, 0o644); err != nil {
		t.Fatal(err)
	}
	var ce *ChecksumError
	if _, err := Open(context.Background(), only, WithFamily(toyFamily{}), WithClasses(proof.Class), WithVerifyOnly()); !errors.As(err, &ce) {
		t.Fatalf("a changed verifying key: %v, want its checksum error", err)
	}
}

func TestVerifyRejectsForgeries(t *testing.T) {
	p, proof := provedEcho(t)
	cases := map[string]func(q *Proof){
		"output byte": func(q *Proof) { q.Public.Output[5] ^= 1 },
		"exit code":   func(q *Proof) { q.Public.ExitCode = 0 },
		"input byte":  func(q *Proof) { q.Public.OnchainInput[0] ^= 0x80 },
		"program id":  func(q *Proof) { q.Public.ProgramID.SetUint64(12345) },
		"state root":  func(q *Proof) { q.Public.NewStateRoot.SetUint64(99) },
		"offchain":    func(q *Proof) { q.Public.OffchainHash.SetUint64(1) },
		"chain id":    func(q *Proof) { q.Public.Context.ChainID++ },
		"sequencer":   func(q *Proof) { q.Public.Context.Sequencer[0] = 1 },
		"output size": func(q *Proof) { q.Public.Output = q.Public.Output[:252] },
		"proof point A": func(q *Proof) {
			gp := q.mustBN254(t)
			gp.Ar.Add(&gp.Ar, &gp.Ar)
			q.setRaw(t, gp)
		},
		"commitment": func(q *Proof) {
			gp := q.mustBN254(t)
			gp.Commitments[0].Add(&gp.Commitments[0], &gp.Commitments[0])
			q.setRaw(t, gp)
		},
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			q := clone(t, proof)
			mutate(q)
			// Re-derive every form so that only the cryptographic check can
			// catch the forgery.
			gp := q.mustBN254(t)
			elems, err := q.Public.Elements()
			if err != nil {
				t.Fatal(err)
			}
			if err := q.fillForms(gp, elems[:]); err != nil {
				t.Fatal(err)
			}
			err = p.Verify(q)
			if !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("forged proof: err = %v, want ErrInvalidProof", err)
			}
		})
	}
	// Edited derived forms are rejected even though the raw proof is good.
	forms := map[string]func(q *Proof){
		"public input string": func(q *Proof) { q.PublicInputs[3] = "1" },
		"calldata":            func(q *Proof) { q.Calldata[len(q.Calldata)-1] ^= 1 },
		"decimal A":           func(q *Proof) { q.A[0] = "1" },
		"solidity proof":      func(q *Proof) { q.SolidityProof[0] ^= 1 },
	}
	for name, mutate := range forms {
		t.Run(name, func(t *testing.T) {
			q := clone(t, proof)
			mutate(q)
			if err := p.Verify(q); !errors.Is(err, ErrInvalidProof) {
				t.Fatalf("err = %v, want ErrInvalidProof", err)
			}
		})
	}
}

func TestProveFaultAndTooLarge(t *testing.T) {
	p, _ := provedEcho(t)
	ctx := context.Background()
	// An illegal instruction: the executor's fault comes back, no proof.
	bad, err := executor.NewProgram(0x1000, 0x1000, []uint32{0xffffffff})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Prove(ctx, bad, &executor.Input{}, executor.Config{})
	var fault *executor.Fault
	if !errors.As(err, &fault) || !errors.Is(err, executor.ErrIllegalInstruction) {
		t.Fatalf("err = %v, want an illegal-instruction fault", err)
	}
	// A run longer than the largest class.
	long, err := LoopProgram(1<<toyClass + 1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Prove(ctx, long, &executor.Input{}, executor.Config{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestProveCancelled(t *testing.T) {
	p, _ := provedEcho(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.Prove(ctx, echoProgram(t, 4), testInput(4), executor.Config{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// The prover still works after a cancelled job.
	run, err := p.Execute(context.Background(), echoProgram(t, 4), testInput(4), executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { _, err := p.ProveRun(ctx, run); done <- err }()
	cancel()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled proof: %v", err)
	}
	proof, err := p.ProveRun(context.Background(), run)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
}

func TestGPUWithoutTag(t *testing.T) {
	if gpuCompiled {
		t.Skip("built with the icicle tag")
	}
	_, err := Open(context.Background(), toyKeys(t), WithFamily(toyFamily{}), WithGPU(true))
	if !errors.Is(err, ErrNoGPU) || !bytes.Contains([]byte(err.Error()), []byte("built without the icicle tag")) {
		t.Fatalf("err = %v, want ErrNoGPU", err)
	}
}

// copyClass copies the toy class folder into a fresh key store.
func copyClass(t *testing.T) string {
	src := ClassDir(toyKeys(t), toyClass)
	root := t.TempDir()
	dst := ClassDir(root, toyClass)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range append(classFiles, FileManifest) {
		in, err := os.Open(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		out, err := os.Create(filepath.Join(dst, name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(out, in); err != nil {
			t.Fatal(err)
		}
		if err := errors.Join(in.Close(), out.Close()); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestStoreChecksAndAtomicity(t *testing.T) {
	ctx := context.Background()
	log := zerolog.Nop()
	// Every file is covered: a flipped byte is an error naming the file.
	for _, name := range classFiles {
		t.Run(name, func(t *testing.T) {
			root := copyClass(t)
			path := filepath.Join(ClassDir(root, toyClass), name)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			b[len(b)/2] ^= 1
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = LoadClass(ctx, root, toyFamily{}, toyClass, LoadAll, log)
			var ce *ChecksumError
			if !errors.As(err, &ce) || ce.Path != path {
				t.Fatalf("err = %v, want a checksum error naming %s", err, path)
			}
			if _, err := CheckClass(root, toyClass); !errors.As(err, &ce) {
				t.Fatalf("CheckClass: err = %v, want a checksum error", err)
			}
		})
	}
	t.Run("family", func(t *testing.T) {
		root := copyClass(t)
		if _, err := LoadClass(ctx, root, otherFamily{}, toyClass, LoadAll, log); err == nil {
			t.Fatal("keys of another circuit family loaded")
		}
	})
	t.Run("manifest", func(t *testing.T) {
		root := copyClass(t)
		path := filepath.Join(ClassDir(root, toyClass), FileManifest)
		if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadClass(ctx, root, toyFamily{}, toyClass, LoadAll, log); err == nil {
			t.Fatal("broken manifest accepted")
		}
	})
	t.Run("atomic", func(t *testing.T) {
		root := copyClass(t)
		// An existing class is never overwritten.
		if _, err := SetupClass(ctx, root, toyFamily{}, toyClass, nil, log); err == nil {
			t.Fatal("setup overwrote an existing class")
		}
		// A setup cancelled before it finishes leaves nothing that loads, and
		// a leftover temporary folder is not a class.
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := SetupClass(cctx, root, toyFamily{}, 5, nil, log); !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled setup: %v", err)
		}
		if err := os.MkdirAll(filepath.Join(root, ".class-6.tmp-123"), 0o755); err != nil {
			t.Fatal(err)
		}
		ks, err := ListClasses(root)
		if err != nil || len(ks) != 1 || ks[0] != toyClass {
			t.Fatalf("classes %v, %v; want [%d]", ks, err, toyClass)
		}
		if _, err := LoadClass(ctx, root, toyFamily{}, 5, LoadAll, log); !errors.Is(err, ErrNoClass) {
			t.Fatalf("err = %v, want ErrNoClass", err)
		}
	})
}

type otherFamily struct{ toyFamily }

func (otherFamily) Name() string { return "other" }

func (p *Proof) mustBN254(t *testing.T) *groth16bn254.Proof {
	t.Helper()
	gp, err := p.GnarkProof()
	if err != nil {
		t.Fatal(err)
	}
	return gp.(*groth16bn254.Proof)
}

// refill recomputes p's public inputs, Solidity proof and calldata after a
// test edited its statement, keeping its raw proof: the forms of a proof
// of the edited statement that was never proven.
func (p *Proof) refill(t *testing.T) {
	t.Helper()
	elems, err := p.Public.Elements()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.fillForms(p.mustBN254(t), elems[:]); err != nil {
		t.Fatal(err)
	}
}

// viaFile writes proof to a proof.json file and reads it back.
func viaFile(t *testing.T, proof *Proof) *Proof {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "proof.json")
	if err := WriteProofFile(path, proof); err != nil {
		t.Fatal(err)
	}
	if ents, err := os.ReadDir(dir); err != nil || len(ents) != 1 {
		t.Fatalf("the proof's folder after the write: %v %v (want proof.json alone)", ents, err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("proof file mode: %v %v", fi, err)
	}
	back, err := ReadProofFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func (p *Proof) setRaw(t *testing.T, gp *groth16bn254.Proof) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := gp.WriteRawTo(&buf); err != nil {
		t.Fatal(err)
	}
	p.Raw = buf.Bytes()
}

func TestLoopProgramCycles(t *testing.T) {
	for _, c := range []int{8, 9, 10, 255, 256, 4096, 4097, 1 << 16} {
		prog, err := LoopProgram(c)
		if err != nil {
			t.Fatal(err)
		}
		res, err := executor.Run(context.Background(), prog, &executor.Input{}, executor.Config{})
		if err != nil {
			t.Fatalf("%d cycles: %v", c, err)
		}
		if res.Cycles != uint64(c) {
			t.Fatalf("LoopProgram(%d) ran %d cycles", c, res.Cycles)
		}
	}
	if _, err := LoopProgram(7); err == nil {
		t.Fatal("LoopProgram(7) accepted")
	}
}

func TestBenchToy(t *testing.T) {
	p, _ := provedEcho(t)
	r, err := p.Bench(context.Background(), toyClass, 1, true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Cycles != 1<<toyClass || r.Constraints <= 4<<toyClass || r.OverheadRatio <= 0 {
		t.Fatalf("bench result %+v", r)
	}
	if d := r.BaselineConstraints - r.Constraints; d < -2 || d > 2 {
		t.Fatalf("baseline has %d constraints, the class %d", r.BaselineConstraints, r.Constraints)
	}
	t.Logf("%+v", *r)
}

func TestBenchDummy(t *testing.T) {
	r, err := BenchDummy(context.Background(), toyFamily{}, 6, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	if r.Cycles != 64 || r.ProveSeconds <= 0 || r.VerifySeconds != 0 || r.SetupKind != SetupDummy {
		t.Fatalf("dummy bench result %+v", r)
	}
}

// rowsFamily is toyFamily with precompile tables, for the bench's report.
type rowsFamily struct{ toyFamily }

func (rowsFamily) PrecompileRows(logSteps int) (int, int) { return logSteps / 2, 1 }

// TestBenchPrecompileRows: the bench reports the class's precompile rows
// (the family's PrecompileRows), and RV32IM's are circuits.NewClass's
// (none below 2^13), RV32IMSegments' circuits.NewSegmentClass's (from 2^11).
func TestBenchPrecompileRows(t *testing.T) {
	r, err := BenchDummy(context.Background(), rowsFamily{}, 6, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	if r.Sha256Rows != 3 || r.KeccakRows != 1 {
		t.Fatalf("bench rows sha256 %d keccak %d, want 3 and 1", r.Sha256Rows, r.KeccakRows)
	}
	for _, c := range []struct{ k, sha, keccak int }{{8, 0, 0}, {10, 0, 0}, {12, 0, 0}, {13, 1, 0}, {14, 2, 1}, {16, 8, 4}} {
		if s, k := (RV32IM{}).PrecompileRows(c.k); s != c.sha || k != c.keccak {
			t.Errorf("class 2^%d: rows %d, %d, want %d, %d", c.k, s, k, c.sha, c.keccak)
		}
	}
	for _, c := range []struct{ k, sha, keccak int }{{8, 0, 0}, {10, 0, 0}, {11, 1, 0}, {12, 2, 0}, {14, 8, 1}, {16, 32, 4}} {
		if s, k := (RV32IMSegments{}).PrecompileRows(c.k); s != c.sha || k != c.keccak {
			t.Errorf("segment class 2^%d: rows %d, %d, want %d, %d", c.k, s, k, c.sha, c.keccak)
		}
	}
}

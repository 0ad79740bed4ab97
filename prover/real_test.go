package prover

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// The real zkVM circuit (package circuits) at the largest class the tests
// may use: one setup per test binary.
const realClass = 8

var realStore struct {
	once sync.Once
	dir  string
	p    *Prover
	err  error
}

func realProver(t testing.TB) *Prover {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the real circuit's setup (about a minute of CPU)")
	}
	realStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "prover-test-real-keys-")
		if err != nil {
			realStore.err = err
			return
		}
		realStore.dir = dir
		ctx := context.Background()
		realStore.p, realStore.err = Open(ctx, dir, WithClasses(realClass), WithAutoSetup(true), WithLogger(zerolog.Nop()))
	})
	if realStore.err != nil {
		t.Fatalf("real circuit setup: %v", realStore.err)
	}
	return realStore.p
}

func loadExample(t testing.TB, name string) *executor.Program {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatalf("example %s: %v", name, err)
	}
	prog, err := executor.LoadELF(data, executor.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return prog
}

func le32(ws ...uint32) []byte { return statement.WordsToBytes(ws) }

type realCase struct {
	name   string
	in     *executor.Input
	output []byte
	exit   uint32
}

func realCases() []realCase {
	return []realCase{
		{"fibonacci", &executor.Input{Onchain: le32(10)}, le32(55), 0},
		{"sort", &executor.Input{Onchain: le32(3, 1, 2)}, le32(1, 2, 3), 0},
		{"bank", &executor.Input{
			Onchain: le32(2, 1, 0, 30), // withdraw 30 from account 1
			State:   []statement.KV{{Key: 1, Value: 100}},
			Context: statement.Context{ChainID: 31337, Timestamp: 1_700_000_000, BatchNum: 5},
		}, le32(1, 70), 0},
	}
}

var realProofs struct {
	once   sync.Once
	proofs map[string]*Proof
	err    error
}

// provedExamples proves the examples that fit the test class, once.
func provedExamples(t *testing.T) map[string]*Proof {
	p := realProver(t)
	realProofs.once.Do(func() {
		realProofs.proofs = map[string]*Proof{}
		for _, c := range realCases() {
			proof, err := p.Prove(context.Background(), loadExample(t, c.name), c.in, executor.Config{})
			if err != nil {
				realProofs.err = err
				return
			}
			realProofs.proofs[c.name] = proof
		}
	})
	if realProofs.err != nil {
		t.Fatal(realProofs.err)
	}
	return realProofs.proofs
}

func TestRealCircuitProvesExamples(t *testing.T) {
	p := realProver(t)
	proofs := provedExamples(t)
	for _, c := range realCases() {
		proof := proofs[c.name]
		if proof.Class != realClass {
			t.Errorf("%s: class 2^%d", c.name, proof.Class)
		}
		if !bytes.Equal(proof.Public.Output, c.output) || proof.Public.ExitCode != c.exit {
			t.Errorf("%s: output %x exit %d, want %x exit %d", c.name, proof.Public.Output, proof.Public.ExitCode, c.output, c.exit)
		}
		if err := p.Verify(clone(t, proof)); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	bank := proofs["bank"]
	if want := statement.StateRoot([]statement.KV{{Key: 1, Value: 70}}); !bank.Public.NewStateRoot.Equal(&want) {
		t.Error("bank: the proven new state root is not that of {1: 70}")
	}
	// A proof of one run does not verify for another run's statement.
	q := clone(t, proofs["fibonacci"])
	q.Public = proofs["sort"].Public
	q.refill(t)
	if err := p.Verify(q); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("statement swap: err = %v, want ErrInvalidProof", err)
	}
	// A fault comes back as the executor's fault.
	_, err := p.Prove(context.Background(), loadExample(t, "fault"), &executor.Input{Onchain: le32(1)}, executor.Config{})
	var fault *executor.Fault
	if !errors.As(err, &fault) {
		t.Fatalf("fault example: err = %v, want an executor fault", err)
	}
}

func TestRealCircuitSolidityVerifier(t *testing.T) {
	proofs := provedExamples(t)
	chain := newChain(t)
	addr := deployVerifier(t, chain, ClassDir(realStore.dir, realClass))
	for name, proof := range proofs {
		if err := chain.call(addr, proof.Calldata); err != nil {
			t.Fatalf("%s: the exported verifier rejects a real proof: %v", name, err)
		}
	}
	bank := proofs["bank"]
	r := chain.send(t, &addr, bank.Calldata, 2_000_000)
	t.Logf("real circuit, class 2^%d: verifyProof transaction gas %d (execution about %d)", realClass, r.GasUsed, r.GasUsed-intrinsicGas(bank.Calldata))
	q := clone(t, bank)
	q.Public.NewStateRoot = q.Public.OldStateRoot // claim the withdrawal did not happen
	q.refill(t)
	if err := chain.call(addr, q.Calldata); err == nil {
		t.Fatal("the exported verifier accepted a proof with a changed state root")
	}
	q = clone(t, bank)
	gp := q.mustBN254(t)
	gp.Krs.Add(&gp.Krs, &gp.Ar)
	q.setRaw(t, gp)
	q.refill(t)
	if err := chain.call(addr, q.Calldata); err == nil {
		t.Fatal("the exported verifier accepted a forged proof")
	}
}

func TestRealCircuitCheck(t *testing.T) {
	p := realProver(t)
	keys, err := p.Keys(realClass)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckCircuit(RV32IM{}, keys); err != nil {
		t.Fatal(err)
	}
	if keys.Manifest.Family != "rv32im" || keys.Manifest.PublicInputs != statement.NumPublic || keys.Manifest.Commitments != 1 {
		t.Fatalf("manifest %+v", keys.Manifest)
	}
	t.Logf("class 2^%d: %d constraints (%.0f per step), setup %.1f s", realClass, keys.Manifest.Constraints,
		float64(keys.Manifest.Constraints)/float64(keys.Manifest.Steps), keys.Manifest.SetupSeconds)
}

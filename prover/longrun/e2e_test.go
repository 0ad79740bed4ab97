package longrun

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// e2eKeys opens the long-run keys of the test segment class in a cache
// folder outside the checkout ($ZKPROVER_E2E_KEYS, default
// <tmp>/zkprover-e2e-keys), making the missing or stale ones (the
// aggregation and final setups take about 9 minutes on a 2-core machine;
// later runs reuse them when the circuits and the keys they depend on are
// unchanged). A store that fails its check is made again with the stores
// after it (Ensure), not before it: a changed final circuit costs the final
// setup only. Only with ZKPROVER_E2E=1 (`make test-e2e`).
// The keys are opened once per test process and shared by its tests.
func e2eKeys(t *testing.T) *Keys {
	t.Helper()
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("end to end with the aggregation and final keys: ZKPROVER_E2E=1 (make test-e2e)")
	}
	e2eKeysMu.Lock()
	defer e2eKeysMu.Unlock()
	if e2eKeysOpen != nil {
		return e2eKeysOpen
	}
	root := os.Getenv("ZKPROVER_E2E_KEYS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "zkprover-e2e-keys")
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	ks, err := Ensure(context.Background(), root, provertest.SegmentClass, KeyOptions{AutoSetup: true, Check: true, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("long-run keys of segment class 2^%d ready in %s (%s)", provertest.SegmentClass, time.Since(start).Round(time.Second), root)
	e2eKeysOpen = ks
	return ks
}

var (
	e2eKeysMu   sync.Mutex
	e2eKeysOpen *Keys
)

// TestLongRunEndToEnd proves a run of three segments (two aggregation
// levels: a pair of segments, then that aggregate with the third segment)
// into a final proof, checks it in Go and with the final circuit's exported
// verifier on a simulated EVM, and checks that a changed statement or
// digest is rejected in both.
func TestLongRunEndToEnd(t *testing.T) {
	ks := e2eKeys(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(data, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	in := &executor.Input{Onchain: statement.WordsToBytes([]uint32{10})}
	// The run's budget is exactly its length: the final proof binds
	// maxCycles = cycles (the edge the final circuit must accept).
	run, err := executor.Run(context.Background(), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	exec := executor.Config{MaxCycles: run.Cycles}
	// A budget below the run fails before any segment is proven.
	if _, err := Prove(context.Background(), ks, prog, in, Options{Exec: executor.Config{}, MaxCycles: run.Cycles - 1}); !errors.Is(err, recursion.ErrOverBudget) {
		t.Fatalf("proving %d cycles with maxCycles %d: %v", run.Cycles, run.Cycles-1, err)
	}
	var stages []Status
	f, err := Prove(context.Background(), ks, prog, in, Options{Exec: exec, Progress: func(s Status) { stages = append(stages, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if f.MaxCycles != run.Cycles || f.Cycles != run.Cycles || MaxCycles(exec) != run.Cycles || MaxCycles(executor.Config{}) != executor.DefaultMaxCycles {
		t.Fatalf("final proof of %d cycles for maxCycles %d, want %d for both", f.Cycles, f.MaxCycles, run.Cycles)
	}
	if f.Segments != 3 {
		t.Fatalf("%d segments, want 3", f.Segments)
	}
	if last := stages[len(stages)-1]; last.Stage != StageDone || last.SegmentsDone != 3 || last.AggregationsDone != 2 {
		t.Fatalf("last status %+v", last)
	}
	t.Logf("%d cycles, %d segments: execute %s, segments %s, aggregate %s, final %s", f.Cycles, f.Segments,
		f.Times.Execute, f.Times.Segments, f.Times.Aggregate, f.Times.Final)
	if err := VerifyFinal(ks.FinalVK, f); err != nil {
		t.Fatal(err)
	}
	// The file round-trips and still verifies.
	path := filepath.Join(t.TempDir(), "proof.json")
	if err := WriteFinalFile(path, f); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFinalFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyFinal(ks.FinalVK, back); err != nil {
		t.Fatal(err)
	}
	if back.MaxCycles != f.MaxCycles {
		t.Fatalf("the file carries maxCycles %d, want %d", back.MaxCycles, f.MaxCycles)
	}
	// The proof is for its budget only: not for a budget below the run
	// (which no proof can be made for), nor for a larger one (the digest
	// binds the budget the contract checks).
	for _, m := range []uint64{f.Cycles - 1, 1, f.Cycles + 1, executor.DefaultMaxCycles} {
		other := *f
		other.MaxCycles = m
		if err := VerifyFinal(ks.FinalVK, &other); err == nil {
			t.Fatalf("final proof accepted for maxCycles %d", m)
		}
		d, err := recursion.FinalDigest(&f.Public, m)
		if err != nil {
			t.Fatal(err)
		}
		if err := recursion.VerifyFinal(f.Proof, ks.FinalVK, d); err == nil {
			t.Fatalf("final proof verifies for the digest with maxCycles %d", m)
		}
		other.Digest = d
		if err := VerifyFinal(ks.FinalVK, &other); err == nil {
			t.Fatalf("final proof accepted for maxCycles %d and its digest", m)
		}
	}
	// A changed statement (its output) is rejected.
	forged := *f
	forged.Public.Output = append([]byte(nil), f.Public.Output...)
	forged.Public.Output[0] ^= 1
	if err := VerifyFinal(ks.FinalVK, &forged); err == nil {
		t.Fatal("final proof accepted for another output")
	}

	// On the EVM: the exported verifier of the final circuit.
	ctx := context.Background()
	chain, addr := finalVerifierOnChain(ctx, t, ks)
	pp, err := f.ProverProof()
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyProof(ks.FinalVK, pp); err != nil {
		t.Fatalf("the prover.Proof form does not verify: %v", err)
	}
	cd := pp.Calldata
	if _, err := chain.Call(ctx, addr, cd); err != nil {
		t.Fatalf("the EVM verifier rejects the final proof: %v", err)
	}
	r, err := chain.Transact(ctx, &addr, cd, 1_000_000)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verifyProof transaction failed: %v", err)
	}
	t.Logf("final proof verified on the EVM: %d gas for the whole transaction (%d bytes of calldata)", r.GasUsed, len(cd))
	bad := append([]byte(nil), cd...)
	bad[len(bad)-1] ^= 1 // the digest
	if _, err := chain.Call(ctx, addr, bad); err == nil {
		t.Fatal("the EVM verifier accepts a changed public input")
	}
}

// TestStoreFamilies: the circuit families a setup ceremony of the long-run
// circuits uses (StoreFamily, reading the keys each circuit is built over
// from the key store) are built over exactly the keys the node's circuits
// are (so a ceremony's keys are for the node's circuits), and DependsFiles
// writes the record setup wrote. An aggregation or final family over a
// store without the keys it needs says which.
func TestStoreFamilies(t *testing.T) {
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("needs the long-run keys: ZKPROVER_E2E=1 (make test-e2e)")
	}
	ctx := context.Background()
	root := os.Getenv("ZKPROVER_E2E_KEYS")
	if root == "" {
		root = filepath.Join(os.TempDir(), "zkprover-e2e-keys")
	}
	k := provertest.SegmentClass
	// The keys as TestLongRunEndToEnd (run first) made and checked them;
	// verifying keys only, no circuit check again.
	ks, err := OpenKeys(ctx, root, k, KeyOptions{VerifyOnly: true, Log: zerolog.Nop()})
	if err != nil {
		t.Fatalf("the long-run keys (made by TestLongRunEndToEnd): %v", err)
	}
	names := map[string]string{DirSegment: "rv32im-segment", DirAggregate: "rv32im-aggregate", DirFinal: "rv32im-final"}
	for _, store := range Stores() {
		fam, err := StoreFamily(ctx, root, store)
		if err != nil {
			t.Fatal(err)
		}
		if fam.Name() != names[store] {
			t.Fatalf("%s: family %s", store, fam.Name())
		}
	}
	fam, _ := StoreFamily(ctx, root, DirFinal)
	ff := fam.(finalFamily)
	segVK, err := ff.segVK(k)
	if err != nil {
		t.Fatal(err)
	}
	aggVK, err := ff.aggVK(k)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := recursion.VKHash(segVK); h != ks.SegVKHash {
		t.Fatal("the ceremony's final family reads another segment key")
	}
	if h, _ := recursion.VKHash(aggVK); h != ks.AggVKHash {
		t.Fatal("the ceremony's final family reads another aggregation key")
	}
	// DependsFiles (what ceremony finalize writes with the keys) gives
	// setup's depends.json.
	for _, store := range []string{DirAggregate, DirFinal} {
		files, err := DependsFiles(ctx, root, store, k)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(prover.ClassDir(filepath.Join(root, store), k), dependsFile))
		if err != nil {
			t.Fatal(err)
		}
		if got := files[dependsFile]; string(got) != string(want) {
			t.Fatalf("%s: DependsFiles gives %s, setup wrote %s", store, got, want)
		}
	}
	// Without the aggregation keys, the final family says what is missing.
	empty := t.TempDir()
	fam, _ = StoreFamily(ctx, empty, DirFinal)
	if _, err := fam.NewCircuit(k); err == nil || !strings.Contains(err.Error(), "finalise their ceremony") {
		t.Fatalf("final family without keys: %v", err)
	}
}

// finalVerifierOnChain starts a development chain (closed with the test)
// and deploys the exported Solidity verifier of the final key on it
// (compiled with the pinned solcjs, which `make test-e2e` installs).
func finalVerifierOnChain(ctx context.Context, t *testing.T, ks *Keys) (*devchain.Chain, common.Address) {
	t.Helper()
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	sol := filepath.Join(prover.ClassDir(ks.Final.Root(), ks.LogSteps), prover.FileVerifier)
	code, err := devchain.CompileVerifier(ctx, sol, filepath.Join("..", "..", "contracts"))
	if err != nil {
		t.Fatalf("compiling the final verifier: %v", err)
	}
	addr, err := chain.DeployCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	return chain, addr
}

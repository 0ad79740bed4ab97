package contracts_test

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

func deployHarness(t *testing.T, e *env) *bindings.StatementHarness {
	addr := e.deploy("StatementHarness", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployStatementHarness(o, e.client)
		return a, tx, err
	})
	h, err := bindings.NewStatementHarness(addr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func elementsEqual(t *testing.T, what string, got []*big.Int, want []fr.Element) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d elements, want %d", what, len(got), len(want))
	}
	for i := range want {
		if w := want[i].BigInt(new(big.Int)); got[i].Cmp(w) != 0 {
			t.Fatalf("%s: element %d = %#x, want %#x", what, i, got[i], w)
		}
	}
}

// TestStatementMatchesGo checks the Solidity Statement library against the Go statement
// package on random statements: packBlob and the whole 27-element vector.
func TestStatementMatchesGo(t *testing.T) {
	e := newEnv(t)
	h := deployHarness(t, e)
	call := &bind.CallOpts{Context: e.ctx}

	off, err := h.EmptyOffchainHash(call)
	if err != nil {
		t.Fatal(err)
	}
	if off != contracts.Bytes32(emptyOffchain()) {
		t.Fatalf("EMPTY_OFFCHAIN_HASH = %x, want statement.OffchainHash(nil) = %x", off, contracts.Bytes32(emptyOffchain()))
	}
	st, err := h.EmptyStateRoot(call)
	if err != nil {
		t.Fatal(err)
	}
	if st != contracts.Bytes32(emptyState()) {
		t.Fatalf("EMPTY_STATE_ROOT = %x, want statement.StateRoot(nil) = %x", st, contracts.Bytes32(emptyState()))
	}

	rng := rand.New(rand.NewSource(1))
	lengths := []int{0, 1, 3, 4, 27, 28, 29, 252, 255, 256}
	for i := 0; i < 20; i++ {
		lengths = append(lengths, rng.Intn(257))
	}
	for _, n := range lengths {
		b := make([]byte, n)
		rng.Read(b)
		got, err := h.PackBlob(call, b)
		if err != nil {
			t.Fatalf("packBlob(%d bytes): %v", n, err)
		}
		want := statement.PackBlob(b)
		elementsEqual(t, "packBlob", got[:], want[:])
	}

	for i := 0; i < 25; i++ {
		var seq common.Address
		rng.Read(seq[:])
		in := make([]byte, rng.Intn(257))
		rng.Read(in)
		out := make([]byte, 4*rng.Intn(65))
		rng.Read(out)
		p := statement.Public{
			ProgramID: randElement(t),
			Context: statement.Context{
				ChainID: rng.Uint64(), Timestamp: rng.Uint64(), BatchNum: rng.Uint64(), Sequencer: seq,
			},
			OnchainInput: in,
			OffchainHash: randElement(t),
			OldStateRoot: randElement(t),
			NewStateRoot: randElement(t),
			ExitCode:     rng.Uint32(),
			Output:       out,
		}
		want, err := p.Elements()
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.PublicInputs(call, contracts.Bytes32(p.ProgramID), p.Context.ChainID, p.Context.Timestamp,
			p.Context.BatchNum, seq, in,
			[3][32]byte{contracts.Bytes32(p.OffchainHash), contracts.Bytes32(p.OldStateRoot), contracts.Bytes32(p.NewStateRoot)},
			p.ExitCode, out)
		if err != nil {
			t.Fatalf("publicInputs: %v", err)
		}
		elementsEqual(t, "publicInputs", got[:], want[:])
	}
}

// TestStatementRejects checks the library's errors for values the statement cannot carry.
func TestStatementRejects(t *testing.T) {
	e := newEnv(t)
	h := deployHarness(t, e)
	call := &bind.CallOpts{Context: e.ctx}
	var zero [32]byte
	hashes := [3][32]byte{zero, zero, zero}

	cases := []struct {
		name   string
		want   string
		pid    [32]byte
		in     []byte
		out    []byte
		hashes [3][32]byte
	}{
		{"input of 257 bytes", "BlobTooLarge", zero, make([]byte, 257), nil, hashes},
		{"output of 260 bytes", "BlobTooLarge", zero, nil, make([]byte, 260), hashes},
		{"output of 5 bytes", "OutputNotWords", zero, nil, make([]byte, 5), hashes},
		{"program id >= r", "NotAFieldElement", [32]byte{0xff}, nil, nil, hashes},
		{"state root >= r", "NotAFieldElement", zero, nil, nil, [3][32]byte{zero, zero, {0x31}}},
	}
	for _, c := range cases {
		_, err := h.PublicInputs(call, c.pid, 1, 2, 3, common.Address{}, c.in, c.hashes, 0, c.out)
		if err == nil {
			t.Fatalf("%s: accepted", c.name)
		}
		rv, derr := contracts.DecodeRevertError(err)
		if derr != nil {
			t.Fatalf("%s: %v (%v)", c.name, err, derr)
		}
		if rv.Name != c.want {
			t.Fatalf("%s: reverted with %s, want %s", c.name, rv, c.want)
		}
	}
	if _, err := h.PackBlob(call, make([]byte, 300)); err == nil {
		t.Fatal("packBlob accepted 300 bytes")
	}
}

// TestFinalDigestMatchesGo: Statement.finalDigest (Solidity) equals
// recursion.FinalDigest (Go) on random statements and cycle budgets (0, 1,
// 2^64-1 and random ones), including empty and full blobs, and reports its gas
// for 256 bytes of input and output.
func TestFinalDigestMatchesGo(t *testing.T) {
	e := newEnv(t)
	haddr := e.deploy("StatementHarness", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployStatementHarness(o, e.client)
		return a, tx, err
	})
	h, err := bindings.NewStatementHarness(haddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: e.ctx}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 20; i++ {
		var seq common.Address
		rng.Read(seq[:])
		in := make([]byte, []int{0, 256, rng.Intn(257)}[i%3])
		rng.Read(in)
		out := make([]byte, 4*[]int{0, 64, rng.Intn(65)}[i%3])
		rng.Read(out)
		p := statement.Public{
			ProgramID:    randElement(t),
			Context:      statement.Context{ChainID: rng.Uint64(), Timestamp: rng.Uint64(), BatchNum: rng.Uint64(), Sequencer: seq},
			OnchainInput: in, OffchainHash: randElement(t), OldStateRoot: randElement(t), NewStateRoot: randElement(t),
			ExitCode: rng.Uint32(), Output: out,
		}
		maxCycles := []uint64{0, 1, math.MaxUint64, rng.Uint64(), rng.Uint64() >> 20}[i%5]
		want, err := recursion.FinalDigest(&p, maxCycles)
		if err != nil {
			t.Fatal(err)
		}
		sp := statementPublic(&p)
		got, err := h.FinalDigest(call, sp, maxCycles)
		if err != nil {
			t.Fatalf("finalDigest: %v", err)
		}
		if got.Cmp(want.BigInt(new(big.Int))) != 0 {
			t.Fatalf("statement %d, maxCycles %d: finalDigest = %x, Go = %x", i, maxCycles, got, want.BigInt(new(big.Int)))
		}
		// the budget is hashed: one more is another digest, on both sides
		other, err := recursion.FinalDigest(&p, maxCycles+1)
		if err != nil {
			t.Fatal(err)
		}
		if got2, err := h.FinalDigest(call, sp, maxCycles+1); err != nil || other == want || got2.Cmp(other.BigInt(new(big.Int))) != 0 {
			t.Fatalf("statement %d, maxCycles %d+1: finalDigest = %x (%v), Go = %x", i, maxCycles, got2, err, other.BigInt(new(big.Int)))
		}
		if len(in) == 256 && len(out) == 256 {
			a, err := bindings.StatementHarnessMetaData.GetAbi()
			if err != nil {
				t.Fatal(err)
			}
			data, err := a.Pack("finalDigest", sp, maxCycles)
			if err != nil {
				t.Fatal(err)
			}
			gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.owner.addr, To: &haddr, Data: data})
			if err == nil {
				t.Logf("finalDigest of a statement with 256 bytes of input and output: %d gas (call, calldata included)", gas)
			}
		}
	}
	// Values the statement cannot carry are refused as by publicInputs.
	if _, err := h.FinalDigest(call, bindings.StatementPublic{ProgramId: [32]byte{0xff}}, 1); err == nil {
		t.Fatal("program id >= r accepted")
	}
	if _, err := h.FinalDigest(call, bindings.StatementPublic{Output: make([]byte, 5)}, 1); err == nil {
		t.Fatal("output of 5 bytes accepted")
	}
}

// statementPublic is the Solidity form of a statement (Statement.Public).
func statementPublic(p *statement.Public) bindings.StatementPublic {
	return bindings.StatementPublic{
		ProgramId: contracts.Bytes32(p.ProgramID),
		Ctx: bindings.StatementContext{ChainId: p.Context.ChainID, Timestamp: p.Context.Timestamp,
			BatchNum: p.Context.BatchNum, Sequencer: p.Context.Sequencer},
		OnchainInput: p.OnchainInput, OffchainHash: contracts.Bytes32(p.OffchainHash),
		OldStateRoot: contracts.Bytes32(p.OldStateRoot), NewStateRoot: contracts.Bytes32(p.NewStateRoot),
		ExitCode: p.ExitCode, Output: p.Output,
	}
}

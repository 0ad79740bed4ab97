package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

func frBytes(e fr.Element) [32]byte { return e.Bytes() }

func frU(x uint64) fr.Element {
	var e fr.Element
	e.SetUint64(x)
	return e
}

func frOf(b [32]byte) fr.Element {
	var e fr.Element
	e.SetBytes(b[:])
	return e
}

// rollupWords proves digest with the toy final circuit and returns the proof in upstream's
// 24-word form.
func rollupWords(t *testing.T, digest fr.Element) [24][32]byte {
	t.Helper()
	sp, err := toyFinalKeys.ProveFinal(digest.BigInt(new(big.Int)))
	if err != nil {
		t.Fatal(err)
	}
	w, err := prover.RollupWords(sp)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestSequenceLibrary checks Sequence.accNext and Sequence.seqDigest against recursion.AccNext
// and recursion.SeqDigest.
func TestSequenceLibrary(t *testing.T) {
	e := newEnv(t)
	addr := e.deploy("SequenceHarness", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeploySequenceHarness(o, e.client)
		return a, tx, err
	})
	h, err := bindings.NewSequenceHarness(addr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	prog := statement.Chain([]fr.Element{{1}, {2}})
	for _, input := range [][]byte{nil, []byte("abc"), bytes.Repeat([]byte{0xee}, statement.MaxOnchainInputBytes)} {
		p := &statement.Public{ProgramID: prog, OnchainInput: input, OffchainHash: statement.OffchainHash([]byte("off")),
			Context: statement.Context{ChainID: 1337, Timestamp: 1_700_000_123, BatchNum: 9, Sequencer: [20]byte{3, 19: 4}}}
		acc := statement.OffchainHash([]byte("acc")) // any value below 2^253
		acc.SetBytes(func() []byte { b := acc.Bytes(); b[0] &= 0x1f; return b[:] }())
		want, err := recursion.AccNext(acc, p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.AccNext(nil, frBytes(acc), bindings.SequenceJobInputs{ProgramId: frBytes(prog), OnchainInput: input,
			OffchainHash: frBytes(p.OffchainHash), Ctx: bindings.StatementContext{ChainId: 1337, Timestamp: 1_700_000_123, BatchNum: 9,
				Sequencer: common.Address(p.Context.Sequencer)}})
		if err != nil {
			t.Fatal(err)
		}
		if got != frBytes(want) {
			t.Fatalf("accNext with %d input bytes: %x, want %x", len(input), got, frBytes(want))
		}
	}
	s := &recursion.Sequence{ProgramID: prog, ChainID: 1337, MaxCycles: 1 << 20, OldStateRoot: statement.StateRoot(nil),
		NewStateRoot: statement.StateRoot([]statement.KV{{Key: 1, Value: 1}}), OldAcc: frU(5), NewAcc: frU(6),
		OldBatch: 3, NewBatch: 7}
	agg := [20]byte{0xaa, 19: 0xbb}
	want, err := recursion.SeqDigest(s, agg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := h.SeqDigest(nil, rangeOf(s), common.Address(agg))
	if err != nil {
		t.Fatal(err)
	}
	if got.Cmp(want.BigInt(new(big.Int))) != 0 {
		t.Fatalf("seqDigest %x, want %x", got, want.BigInt(new(big.Int)))
	}
}

func rangeOf(s *recursion.Sequence) bindings.SequenceRange {
	return bindings.SequenceRange{ProgramId: frBytes(s.ProgramID), ChainId: s.ChainID, MaxCycles: s.MaxCycles,
		OldStateRoot: frBytes(s.OldStateRoot), NewStateRoot: frBytes(s.NewStateRoot), OldAcc: frBytes(s.OldAcc),
		NewAcc: frBytes(s.NewAcc), OldBatch: s.OldBatch, NewBatch: s.NewBatch}
}

// TestSequenceRollup drives the rollup-style contract with toy final proofs: jobs sequenced
// (their accumulated input hash as recursion computes it), a range verified with one proof
// through upstream's verifier shape (the proof bound to its aggregator, the state root
// advanced), and everything else refused.
func TestSequenceRollup(t *testing.T) {
	e := newEnv(t)
	final := e.deploy("ToyFinalVerifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployToyFinalVerifier(o, e.client)
		return a, tx, err
	})
	adapterAddr := e.deploy("RollupVerifier", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployRollupVerifier(o, e.client, final)
		return a, tx, err
	})
	adapter, err := bindings.NewRollupVerifier(adapterAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	prog := statement.Chain([]fr.Element{{7}})
	genesis := statement.StateRoot(nil)
	const maxCycles = 1 << 20
	rollupAddr := e.deploy("SequenceRollup", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeploySequenceRollup(o, e.client, adapterAddr, e.node3.addr, frBytes(prog), maxCycles, frBytes(genesis))
		return a, tx, err
	})
	rollup, err := bindings.NewSequenceRollup(rollupAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}

	// sequence three jobs: two in one transaction, then one
	jobs := []bindings.SequenceRollupBatchData{
		{OnchainInput: []byte("first"), OffchainHash: frBytes(statement.OffchainHash(nil))},
		{OnchainInput: bytes.Repeat([]byte{1}, 256), OffchainHash: frBytes(statement.OffchainHash([]byte("x")))},
		{OnchainInput: nil, OffchainHash: frBytes(statement.OffchainHash(nil))},
	}
	// only the trusted sequencer sequences: a batch nobody can prove, sent by anyone, would
	// freeze the rollup (each batch is proven before the ones after it)
	e.expectRevert(e.node1, "NotTrustedSequencer", func(o *bind.TransactOpts) (*types.Transaction, error) { return rollup.SequenceBatches(o, jobs[:1]) })
	r1 := e.send(e.node3, func(o *bind.TransactOpts) (*types.Transaction, error) { return rollup.SequenceBatches(o, jobs[:2]) })
	r2 := e.send(e.node3, func(o *bind.TransactOpts) (*types.Transaction, error) { return rollup.SequenceBatches(o, jobs[2:]) })
	t.Logf("sequenceBatches: %d gas for 2 jobs, %d gas for 1", r1.GasUsed, r2.GasUsed)
	e.expectRevert(e.node3, "NoBatches", func(o *bind.TransactOpts) (*types.Transaction, error) { return rollup.SequenceBatches(o, nil) })
	// the accumulated input hashes are recursion's, over each job's context
	accs := []fr.Element{{}}
	for n := uint64(1); n <= 3; n++ {
		b, err := rollup.Batches(nil, n)
		if err != nil {
			t.Fatal(err)
		}
		j := jobs[n-1]
		p := &statement.Public{ProgramID: prog, OnchainInput: j.OnchainInput, OffchainHash: frOf(j.OffchainHash),
			Context: statement.Context{ChainID: e.chainID, Timestamp: b.Timestamp, BatchNum: n, Sequencer: e.node3.addr}}
		want, err := recursion.AccNext(accs[n-1], p)
		if err != nil {
			t.Fatal(err)
		}
		if b.AccInputHash != frBytes(want) || b.DataHash != crypto.Keccak256Hash(j.OnchainInput) || b.Sequencer != e.node3.addr {
			t.Fatalf("batch %d: %+v", n, b)
		}
		accs = append(accs, want)
	}

	// verify batches 1 and 2 with one proof made for node1
	newRoot := statement.StateRoot([]statement.KV{{Key: 1, Value: 2}})
	seq := func(from, to uint64, oldRoot, newRoot fr.Element) *recursion.Sequence {
		return &recursion.Sequence{ProgramID: prog, ChainID: e.chainID, MaxCycles: maxCycles, OldStateRoot: oldRoot,
			NewStateRoot: newRoot, OldAcc: accs[from], NewAcc: accs[to], OldBatch: from + 1, NewBatch: to + 1}
	}
	digest := func(s *recursion.Sequence, agg common.Address) fr.Element {
		d, err := recursion.SeqDigest(s, agg)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	s12 := seq(0, 2, genesis, newRoot)
	d := digest(s12, e.node1.addr)
	words := rollupWords(t, d)
	verify := func(from, to uint64, root fr.Element, w [24][32]byte) func(*bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return rollup.VerifyBatches(o, from, to, frBytes(root), w)
		}
	}
	// the adapter: true for the proof, false for another digest or a non-zero padding
	ok, err := adapter.VerifyProof(nil, words, [1]*big.Int{d.BigInt(new(big.Int))})
	if err != nil || !ok {
		t.Fatalf("adapter refuses the proof: %v %v", ok, err)
	}
	if ok, err := adapter.VerifyProof(nil, words, [1]*big.Int{big.NewInt(1)}); err != nil || ok {
		t.Fatalf("adapter accepts another digest: %v %v", ok, err)
	}
	padded := words
	padded[23][31] = 1
	if ok, err := adapter.VerifyProof(nil, padded, [1]*big.Int{d.BigInt(new(big.Int))}); err != nil || ok {
		t.Fatalf("adapter accepts a non-zero padding: %v %v", ok, err)
	}
	// refused: another aggregator sending node1's proof, another new root, a range not
	// starting at the last verified batch, a range beyond the sequenced batches
	e.expectRevert(e.node2, "InvalidProof", verify(0, 2, newRoot, words))
	e.expectRevert(e.node1, "InvalidProof", verify(0, 2, frU(9), words))
	e.expectRevert(e.node1, "BatchOutOfRange", verify(1, 2, newRoot, words))
	e.expectRevert(e.node1, "BatchOutOfRange", verify(0, 4, newRoot, words))
	e.expectRevert(e.node1, "BatchOutOfRange", verify(0, 0, newRoot, words))
	e.expectRevert(e.node1, "InvalidProof", verify(0, 3, newRoot, words)) // the proof covers batches 1-2 only
	r := e.send(e.node1, verify(0, 2, newRoot, words))
	t.Logf("verifyBatches of 2 jobs with one final proof: %d gas for the whole transaction", r.GasUsed)
	if root, err := rollup.StateRoot(nil); err != nil || root != frBytes(newRoot) {
		t.Fatalf("state root %x (%v)", root, err)
	}
	if last, err := rollup.LastVerifiedBatch(nil); err != nil || last != 2 {
		t.Fatalf("last verified batch %d (%v)", last, err)
	}
	// the same range again is refused; the next one goes on from the new root
	e.expectRevert(e.node1, "BatchOutOfRange", verify(0, 2, newRoot, words))
	root3 := statement.StateRoot([]statement.KV{{Key: 1, Value: 3}})
	stale := rollupWords(t, digest(seq(2, 3, genesis, root3), e.node2.addr)) // from the old root
	e.expectRevert(e.node2, "InvalidProof", verify(2, 3, root3, stale))
	e.send(e.node2, verify(2, 3, root3, rollupWords(t, digest(seq(2, 3, newRoot, root3), e.node2.addr))))
	if last, err := rollup.LastVerifiedBatch(nil); err != nil || last != 3 {
		t.Fatalf("last verified batch %d (%v)", last, err)
	}
}

package longrun

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// A document that parses, with a proof of points at infinity: every check
// before the proof's own is reached.
func testTopDoc(t testing.TB, mod func(*seqFileJSON)) []byte {
	t.Helper()
	var raw bytes.Buffer
	if _, err := new(groth16bn254.Proof).WriteRawTo(&raw); err != nil {
		t.Fatal(err)
	}
	p := &statement.Public{OldStateRoot: statement.StateRoot(nil), NewStateRoot: statement.StateRoot(nil), OffchainHash: statement.OffchainHash(nil)}
	elems, err := p.Elements()
	if err != nil {
		t.Fatal(err)
	}
	in := statement.InitialBoundary(0x1000, p.OldStateRoot)
	out := statement.Boundary{Cycles: 40, Halted: true, StateRoot: p.NewStateRoot}
	f := &seqFileJSON{Version: seqFileVersion, Kind: KindJobTop, Class: 5, Aggregate: true, Proof: raw.Bytes(),
		Statement: &elems, In: &in, Out: &out, MaxCycles: 100, Segments: 2}
	if mod != nil {
		mod(f)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSeqFileRefusals(t *testing.T) {
	ks := &Keys{LogSteps: 5} // no verifying keys: every case fails before the proof's check
	seqDoc := func(mod func(*seqFileJSON)) []byte {
		return testTopDoc(t, func(f *seqFileJSON) {
			f.Kind, f.Statement, f.In, f.Out, f.MaxCycles, f.Segments = KindSequence, nil, nil, nil, 0, 0
			f.Sequence = &recursion.Sequence{OldBatch: 3, NewBatch: 5}
			f.Jobs = 2
			if mod != nil {
				mod(f)
			}
		})
	}
	for name, doc := range map[string][]byte{
		"too large":         append(testTopDoc(t, nil), bytes.Repeat([]byte(" "), MaxSeqFileBytes)...),
		"not JSON":          []byte("{"),
		"unknown field":     []byte(strings.Replace(string(testTopDoc(t, nil)), `"version"`, `"extra":1,"version"`, 1)),
		"trailing data":     append(testTopDoc(t, nil), []byte("{}")...),
		"version":           testTopDoc(t, func(f *seqFileJSON) { f.Version = 2 }),
		"kind":              testTopDoc(t, func(f *seqFileJSON) { f.Kind = KindSequence }),
		"class":             testTopDoc(t, func(f *seqFileJSON) { f.Class = 6 }),
		"proof bytes":       testTopDoc(t, func(f *seqFileJSON) { f.Proof = f.Proof[:10] }),
		"no statement":      testTopDoc(t, func(f *seqFileJSON) { f.Statement = nil }),
		"with a sequence":   testTopDoc(t, func(f *seqFileJSON) { f.Sequence = &recursion.Sequence{} }),
		"not from start":    testTopDoc(t, func(f *seqFileJSON) { f.In.Cycles = 1 }),
		"not halted":        testTopDoc(t, func(f *seqFileJSON) { f.Out.Halted = false }),
		"over budget":       testTopDoc(t, func(f *seqFileJSON) { f.MaxCycles = 39 }),
		"no budget":         testTopDoc(t, func(f *seqFileJSON) { f.MaxCycles = 0 }),
		"no segment":        testTopDoc(t, func(f *seqFileJSON) { f.Segments = 0 }),
		"lengths not valid": testTopDoc(t, func(f *seqFileJSON) { f.Statement[statement.IdxLengths].SetUint64(1 << 20) }),
	} {
		if _, err := DecodeTop(doc, ks); !errors.Is(err, prover.ErrInvalidProof) {
			t.Errorf("job top, %s: %v", name, err)
		}
	}
	for name, doc := range map[string][]byte{
		"kind":            testTopDoc(t, nil),
		"one job":         seqDoc(func(f *seqFileJSON) { f.Jobs = 1 }),
		"not aggregate":   seqDoc(func(f *seqFileJSON) { f.Aggregate = false }),
		"batches":         seqDoc(func(f *seqFileJSON) { f.Sequence.NewBatch = 6 }),
		"batch wraps":     seqDoc(func(f *seqFileJSON) { f.Sequence.OldBatch, f.Sequence.NewBatch = 1<<64-1, 1 }),
		"acc not < 2^253": seqDoc(func(f *seqFileJSON) { f.Sequence.OldAcc.SetBigInt(new(big.Int).Lsh(big.NewInt(1), 253)) }),
		"with a statement": seqDoc(func(f *seqFileJSON) {
			f.Statement = new([statement.NumPublic]fr.Element)
		}),
	} {
		if _, err := DecodeSeq(doc, ks); !errors.Is(err, prover.ErrInvalidProof) {
			t.Errorf("sequence, %s: %v", name, err)
		}
	}
	if _, err := DecodeTop(testTopDoc(t, nil), nil); err == nil || errors.Is(err, prover.ErrInvalidProof) {
		t.Errorf("no keys: %v", err)
	}
}

// FuzzDecodeSeqFile: no input makes the decoders panic or accept (the keys
// have no verifying key, so nothing can verify).
func FuzzDecodeSeqFile(f *testing.F) {
	f.Add(testTopDoc(f, nil))
	f.Add([]byte(`{"version":1,"kind":"sequence","class":5,"aggregate":true,"proof":"","sequence":{},"jobs":2}`))
	ks := &Keys{LogSteps: 5}
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := DecodeTop(b, ks); err == nil {
			t.Fatal("accepted")
		}
		if _, err := DecodeSeq(b, ks); err == nil {
			t.Fatal("accepted")
		}
	})
}

package zkprover

import (
	"errors"
	"testing"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// TestBlockNumBound: public_inputs.block_num is part of the job context
// (the high half of its 64-bit batch field, batch_num the low half; the
// statement binds the context, the program reads it), so two
// requests that differ only in block_num are two statements, and a client's
// 64-bit batch field (e.g. a nonce above 2^32) goes over the wire whole. It
// was dropped (the spec: "job context, readable by the program and bound
// into the proof").
func TestBlockNumBound(t *testing.T) {
	elf := readExample(t, "fibonacci")
	ctx := statement.Context{ChainID: 5, Timestamp: 9, BatchNum: 7<<32 | 3}
	in := input(t, elf, &executor.Input{Onchain: words(5), Context: ctx}, InputOptions{IncludeELF: true})
	if pi := in.PublicInputs; pi.BatchNum != 3 || pi.BlockNum != 7 {
		t.Fatalf("wire batch_num %d block_num %d, want 3 and 7", pi.BatchNum, pi.BlockNum)
	}
	sp, err := SpecFromInput(in)
	if err != nil {
		t.Fatal(err)
	}
	if sp.Context != ctx {
		t.Fatalf("context %+v, want %+v", sp.Context, ctx)
	}
	in.PublicInputs.BlockNum = 8
	sp8, err := SpecFromInput(in)
	if err != nil {
		t.Fatal(err)
	}
	if sp8.Context.BatchNum == sp.Context.BatchNum {
		t.Fatal("block_num 7 and 8 give the same context")
	}
}

// TestSignatureBound: the requester's signature kept with a GenProof job is bounded as
// SubmitJob's is: 1024 bytes pass, one more is refused as invalid before anything is decoded.
func TestSignatureBound(t *testing.T) {
	in := input(t, readExample(t, "fibonacci"), &executor.Input{Onchain: words(5)}, InputOptions{IncludeELF: true})
	in.Signature = make([]byte, MaxSignatureBytes)
	if _, err := SpecFromInput(in); err != nil {
		t.Fatalf("a %d-byte signature: %v", len(in.Signature), err)
	}
	in.Signature = make([]byte, MaxSignatureBytes+1)
	if _, err := SpecFromInput(in); !errors.Is(err, errs.ErrInvalid) {
		t.Fatalf("a %d-byte signature: %v, want invalid", len(in.Signature), err)
	}
}

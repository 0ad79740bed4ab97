package zkprover

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/statement"
)

// SizesOf is what jobs.Service.CheckSizes bounds, read off a GenProof or
// Execute input without decoding any of it.
func SizesOf(in *pb.InputProver) jobs.Sizes {
	return jobs.Sizes{
		Request:    proto.Size(in),
		JobRequest: len(strings.TrimPrefix(strings.TrimPrefix(in.GetBatchL2Data(), "0x"), "0X")) / 2,
		Offchain:   len(in.GetOffchainInput()),
		State:      len(in.GetDb()),
		Programs:   len(in.GetContractsBytecode()),
	}
}

// MaxSignatureBytes bounds the requester's signature kept with a job (InputProver.signature,
// as the coprocessor door bounds SubmitJob's): an ECDSA signature is 65 bytes, a contract's
// ERC-1271 one larger.
const MaxSignatureBytes = 1024

// SpecFromInput maps an InputProver onto a job (the wire mapping of
// docs/node.md): batch_l2_data carries "0x" + hex of the ABI-encoded job
// request, contracts_bytecode at most the job's program ("0x"+id -> "0x"+ELF),
// db the state, public_inputs the context. The job service checks the rest
// (jobs.Service.Build). Doors check the sizes first (SizesOf, CheckSizes);
// this decodes the small fields before the state and the ELF. Errors wrap
// errs.ErrInvalid.
func SpecFromInput(in *pb.InputProver) (jobs.Spec, error) {
	if in == nil {
		return jobs.Spec{}, errs.Invalidf("input is missing")
	}
	if in.BatchL2Data == "" {
		return jobs.Spec{}, errs.Invalidf("batch_l2_data is empty: it must carry \"0x\" + hex of abi.encode(OffchainJobRequest)")
	}
	if n := len(in.ContractsBytecode); n > 1 {
		return jobs.Spec{}, errs.Invalidf("contracts_bytecode has %d programs; send at most the job's one", n)
	}
	if n := len(in.Signature); n > MaxSignatureBytes {
		return jobs.Spec{}, errs.Invalidf("signature of %d bytes (at most %d)", n, MaxSignatureBytes)
	}
	raw, err := jobs.DecodeHex("batch_l2_data", in.BatchL2Data)
	if err != nil {
		return jobs.Spec{}, err
	}
	sp := jobs.Spec{JobRequest: raw, Offchain: in.OffchainInput, Signature: in.Signature}
	pi := in.PublicInputs
	if pi == nil {
		pi = &pb.PublicInputs{}
	}
	if pi.OldStateRoot != "" {
		if sp.OldStateRoot, err = jobs.DecodeHex("public_inputs.old_state_root", pi.OldStateRoot); err != nil {
			return jobs.Spec{}, err
		}
	}
	// The context's 64-bit batch field carries batch_num in its low half and
	// block_num in its high half: both are readable by the program
	// (isa.CtxBatchLo, CtxBatchHi) and bound into the proof.
	sp.Context.ChainID, sp.Context.Timestamp = uint64(pi.ChainId), pi.EthTimestamp
	sp.Context.BatchNum = uint64(pi.BatchNum) | uint64(pi.BlockNum)<<32
	if pi.SequencerAddr != "" {
		a, err := jobs.DecodeHex("public_inputs.sequencer_addr", pi.SequencerAddr)
		if err != nil {
			return jobs.Spec{}, err
		}
		if len(a) != 20 {
			return jobs.Spec{}, errs.Invalidf("public_inputs.sequencer_addr has %d bytes, want 20", len(a))
		}
		copy(sp.Context.Sequencer[:], a)
	}
	if sp.State, err = jobs.ParseState(in.Db); err != nil {
		return jobs.Spec{}, err
	}
	for k, v := range in.ContractsBytecode {
		elf, err := jobs.DecodeHex("contracts_bytecode value (program ELF)", v)
		if err != nil {
			return jobs.Spec{}, err
		}
		sp.Programs = map[string][]byte{k: elf}
	}
	return sp, nil
}

// InputOptions describe a job for NewInput (clients and tests).
type InputOptions struct {
	Nonce     uint64
	MaxCycles uint64
	Consumer  common.Address
	Signature []byte
	// IncludeELF sends the ELF in contracts_bytecode; leave it false when the
	// node already knows the program.
	IncludeELF bool
}

// NewInput builds the InputProver for running prog (loaded from elf) on in:
// the ABI-encoded job request, the db, the old state root and the context.
func NewInput(elf []byte, prog *executor.Program, in *executor.Input, o InputOptions) (*pb.InputProver, error) {
	sp, err := jobs.SpecOf(prog, in, o.Nonce, o.MaxCycles, o.Consumer)
	if err != nil {
		return nil, err
	}
	ctx := in.Context
	if ctx.ChainID > 0xffffffff {
		return nil, fmt.Errorf("chain id %d does not fit the wire's uint32", ctx.ChainID)
	}
	root := jobs.FieldBytes(statement.StateRoot(in.State))
	out := &pb.InputProver{
		PublicInputs: &pb.PublicInputs{
			OldStateRoot:  "0x" + hex.EncodeToString(root[:]),
			SequencerAddr: "0x" + hex.EncodeToString(ctx.Sequencer[:]),
			ChainId:       uint32(ctx.ChainID),
			BatchNum:      uint32(ctx.BatchNum),
			BlockNum:      uint32(ctx.BatchNum >> 32),
			EthTimestamp:  ctx.Timestamp,
		},
		BatchL2Data:   "0x" + hex.EncodeToString(sp.JobRequest),
		Db:            jobs.FormatState(in.State),
		OffchainInput: in.Offchain,
		Signature:     o.Signature,
	}
	if o.IncludeELF {
		id := jobs.FieldBytes(prog.ID)
		out.ContractsBytecode = map[string]string{"0x" + hex.EncodeToString(id[:]): "0x" + hex.EncodeToString(elf)}
	}
	return out, nil
}

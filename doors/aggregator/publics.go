package aggregator

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// Upstream's recursive proofs (zkevm-prover, fork id >= 7, as cdk's
// aggregator reads them) carry their public values in "publics", an array of
// decimal strings of Goldilocks elements; a 256-bit value takes 8 of them,
// 32 bits each, least significant first (cdk's fea2scalar). Our recursive
// proofs use the same positions for what our statement maps onto, and append
// our own fields after upstream's 44 (docs/aggregator.md, "Recursive proofs").
const (
	PubOldStateRoot     = 0  // 8 limbs
	PubOldAccInputHash  = 8  // 8 limbs
	PubOldBatchNum      = 16 // the job's batch number
	PubChainID          = 17
	PubForkID           = 18 // the node's fork id
	PubNewStateRoot     = 19 // 8 limbs; cdk's stateRootStartIndex
	PubNewAccInputHash  = 27 // 8 limbs; cdk's accInputHashStartIndex
	PubNewLocalExitRoot = 35 // 8 limbs, zero for our jobs
	PubNewBatchNum      = 43 // old_batch_num + 1
	// Our own fields, after upstream's.
	PubProgramID       = 44 // 8 limbs
	PubStatementDigest = 52 // 8 limbs: statement.Public.Digest (zkprover.v1's input_hash)
	NumPublics         = 60
)

// accInputs are the values of an aggregator request that the accumulated
// input hash takes and our statement does not carry; the door keeps them
// with the job (inputStore) and writes them into the recursive proof.
type accInputs struct {
	OldAccInputHash   [32]byte
	L1InfoRoot        [32]byte
	ForcedBlockhashL1 [32]byte
	// SeqOldAcc is where the job's sequence starts (recursion.AccNext's
	// chain, below 2^253): InputProver's seq_acc_input_hash, or the
	// sequence acc after the job this one continues (queueBatch).
	SeqOldAcc [32]byte
}

// hash32 reads an optional 32-byte hash field: empty is zero.
func hash32(what string, b []byte) ([32]byte, error) {
	var h [32]byte
	switch len(b) {
	case 0:
	case 32:
		copy(h[:], b)
	default:
		return h, errs.Invalidf("%s has %d bytes, want 32 (or none for zero)", what, len(b))
	}
	return h, nil
}

// AccInputHash is the accumulated input hash after one job, upstream's
// (etrog) formula with our job as the batch:
//
//	keccak256(oldAccInputHash ‖ keccak256(jobRequest) ‖ l1InfoRoot ‖
//	          uint64 timestamp (8 bytes, big-endian) ‖ address sequencer ‖
//	          forcedBlockhashL1)
//
// jobRequest is batch_l2_data as received (abi.encode(OffchainJobRequest)),
// timestamp and sequencer are the job context (timestamp_limit,
// sequencer_addr). cdk's aggregator computes exactly this for its sanity
// check, and so can a rollup contract when it sequences the job.
func AccInputHash(oldAcc [32]byte, jobRequest []byte, l1InfoRoot [32]byte, timestamp uint64, sequencer [20]byte, forced [32]byte) [32]byte {
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], timestamp)
	var h [32]byte
	copy(h[:], crypto.Keccak256(oldAcc[:], crypto.Keccak256(jobRequest), l1InfoRoot[:], ts[:], sequencer[:], forced[:]))
	return h
}

// limbs writes a 32-byte big-endian value as 8 decimal 32-bit limbs, the
// least significant first (the inverse of cdk's fea2scalar).
func limbs(b [32]byte) []string {
	out := make([]string, 8)
	for i := range out {
		out[i] = strconv.FormatUint(uint64(binary.BigEndian.Uint32(b[28-4*i:32-4*i])), 10)
	}
	return out
}

// upstreamValues are the public values upstream's recursive proofs carry,
// by name (hashes and roots "0x" + 64 hex digits), plus our program id: the
// head of a batch proof's "batch" section and of an aggregated proof's
// "range" section.
type upstreamValues struct {
	OldStateRoot     string `json:"old_state_root"`
	OldAccInputHash  string `json:"old_acc_input_hash"`
	OldBatchNum      uint64 `json:"old_batch_num"`
	ChainID          uint64 `json:"chain_id"`
	ForkID           uint64 `json:"fork_id"`
	NewStateRoot     string `json:"new_state_root"`
	NewAccInputHash  string `json:"new_acc_input_hash"`
	NewLocalExitRoot string `json:"new_local_exit_root"`
	NewBatchNum      uint64 `json:"new_batch_num"`
	ProgramID        string `json:"program_id"`
}

// batchPublics is the "batch" section of a recursive proof: the upstream
// public values of the proof by name, and what recomputing them needs beyond
// the statement (the job request and the acc inputs).
type batchPublics struct {
	upstreamValues
	StatementDigest   string `json:"statement_digest"`
	L1InfoRoot        string `json:"l1_info_root"`
	ForcedBlockhashL1 string `json:"forced_blockhash_l1"`
	TimestampLimit    uint64 `json:"timestamp_limit"`
	SequencerAddr     string `json:"sequencer_addr"`
	JobRequest        string `json:"job_request"`
	// The proven sequence accumulated input hash (recursion.AccNext)
	// before and after the job: what the job's sequence proofs bind.
	SeqOldAcc string `json:"seq_old_acc"`
	SeqNewAcc string `json:"seq_new_acc"`
}

func hex32(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

// batchOf computes the batch section of a job's proof from its statement,
// its job request and its acc inputs, checking that the job request is the
// one the statement was proven for (program, onchain input, offchain input
// hash, state hash).
func batchOf(st statement.Public, jobRequest []byte, in accInputs, forkID uint64) (batchPublics, error) {
	jr, err := jobs.DecodeJobRequest(jobRequest)
	if err != nil {
		return batchPublics{}, errs.Invalidf("job request: %v", err)
	}
	pid, oldRoot := jobs.FieldBytes(st.ProgramID), jobs.FieldBytes(st.OldStateRoot)
	switch {
	case !bytes.Equal(jr.ProgramID, pid[:]):
		return batchPublics{}, errs.Invalidf("the job request names program 0x%x, the proof is of %s", jr.ProgramID, hex32(pid))
	case !bytes.Equal(jr.OnchainInput, st.OnchainInput):
		return batchPublics{}, errs.Invalidf("the job request's onchain input is not the proof's")
	case jr.OffchainInputHash != jobs.FieldBytes(st.OffchainHash):
		return batchPublics{}, errs.Invalidf("the job request's offchain input hash is not the proof's")
	case jr.StateHash != oldRoot:
		return batchPublics{}, errs.Invalidf("the job request's state hash is not the proof's old state root")
	}
	if st.Context.BatchNum == math.MaxUint64 {
		return batchPublics{}, errs.Invalidf("batch number %d has no successor", st.Context.BatchNum)
	}
	digest, err := st.Digest()
	if err != nil {
		return batchPublics{}, errs.Invalidf("statement: %v", err)
	}
	newAcc := AccInputHash(in.OldAccInputHash, jobRequest, in.L1InfoRoot, st.Context.Timestamp, st.Context.Sequencer, in.ForcedBlockhashL1)
	seqNew, err := seqAccNext(in.SeqOldAcc, &st)
	if err != nil {
		return batchPublics{}, err
	}
	return batchPublics{
		upstreamValues: upstreamValues{
			OldStateRoot:     hex32(oldRoot),
			OldAccInputHash:  hex32(in.OldAccInputHash),
			OldBatchNum:      st.Context.BatchNum,
			ChainID:          st.Context.ChainID,
			ForkID:           forkID,
			NewStateRoot:     hex32(jobs.FieldBytes(st.NewStateRoot)),
			NewAccInputHash:  hex32(newAcc),
			NewLocalExitRoot: hex32([32]byte{}),
			NewBatchNum:      st.Context.BatchNum + 1,
			ProgramID:        hex32(pid),
		},
		StatementDigest:   hex32(jobs.FieldBytes(digest)),
		L1InfoRoot:        hex32(in.L1InfoRoot),
		ForcedBlockhashL1: hex32(in.ForcedBlockhashL1),
		TimestampLimit:    st.Context.Timestamp,
		SequencerAddr:     "0x" + hex.EncodeToString(st.Context.Sequencer[:]),
		JobRequest:        "0x" + hex.EncodeToString(jobRequest),
		SeqOldAcc:         hex32(in.SeqOldAcc),
		SeqNewAcc:         hex32(seqNew),
	}, nil
}

// seqAccNext is the sequence acc after the job pub (recursion.AccNext),
// starting from old.
func seqAccNext(old [32]byte, pub *statement.Public) ([32]byte, error) {
	var acc fr.Element
	acc.SetBytes(old[:])
	if acc.Bytes() != old || !recursion.AccValid(acc) {
		return [32]byte{}, errs.Invalidf("seq_acc_input_hash 0x%x is not below 2^253", old)
	}
	next, err := recursion.AccNext(acc, pub)
	if err != nil {
		return [32]byte{}, errs.Invalidf("sequence acc: %v", err)
	}
	return next.Bytes(), nil
}

// hashOf parses one of the section's "0x" + 64 hex digit values.
func hashOf(what, s string) ([32]byte, error) {
	b, err := jobs.DecodeHex(what, s)
	if err != nil {
		return [32]byte{}, err
	}
	return hash32(what, b)
}

// accInputs are the section's acc inputs and job request.
func (b *batchPublics) accInputs() (accInputs, []byte, error) {
	var in accInputs
	var err error
	if in.OldAccInputHash, err = hashOf("batch.old_acc_input_hash", b.OldAccInputHash); err != nil {
		return in, nil, err
	}
	if in.L1InfoRoot, err = hashOf("batch.l1_info_root", b.L1InfoRoot); err != nil {
		return in, nil, err
	}
	if in.ForcedBlockhashL1, err = hashOf("batch.forced_blockhash_l1", b.ForcedBlockhashL1); err != nil {
		return in, nil, err
	}
	if in.SeqOldAcc, err = hashOf("batch.seq_old_acc", b.SeqOldAcc); err != nil {
		return in, nil, err
	}
	jr, err := jobs.DecodeHex("batch.job_request", b.JobRequest)
	if err != nil {
		return in, nil, err
	}
	return in, jr, nil
}

// publics is the "publics" array of the section.
func (b *batchPublics) publics() ([]string, error) {
	out := make([]string, 0, NumPublics)
	hashes := map[string]string{
		"old_state_root": b.OldStateRoot, "old_acc_input_hash": b.OldAccInputHash, "new_state_root": b.NewStateRoot,
		"new_acc_input_hash": b.NewAccInputHash, "new_local_exit_root": b.NewLocalExitRoot,
		"program_id": b.ProgramID, "statement_digest": b.StatementDigest,
	}
	h := func(name string) error {
		v, err := hashOf("batch."+name, hashes[name])
		if err != nil {
			return err
		}
		out = append(out, limbs(v)...)
		return nil
	}
	u := func(x uint64) { out = append(out, strconv.FormatUint(x, 10)) }
	for _, step := range []func() error{
		func() error { return h("old_state_root") },
		func() error { return h("old_acc_input_hash") },
		func() error { u(b.OldBatchNum); u(b.ChainID); u(b.ForkID); return nil },
		func() error { return h("new_state_root") },
		func() error { return h("new_acc_input_hash") },
		func() error { return h("new_local_exit_root") },
		func() error { u(b.NewBatchNum); return nil },
		func() error { return h("program_id") },
		func() error { return h("statement_digest") },
	} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if len(out) != NumPublics {
		return nil, fmt.Errorf("publics: %d elements, want %d", len(out), NumPublics)
	}
	return out, nil
}

// recursiveDoc is what the door adds to the proof.json document.
type recursiveDoc struct {
	JobID   string        `json:"job_id"`
	Publics []string      `json:"publics"`
	Batch   *batchPublics `json:"batch"`
	// Top is the job's run top proof (longrun.EncodeTop) when the job was
	// proven for aggregation: what GenAggregatedProof and a sequence final
	// proof start from.
	Top json.RawMessage `json:"top,omitempty"`
}

// fieldHashBytes is the 32-byte big-endian form of an element.
func fieldHashBytes(e fr.Element) []byte { b := e.Bytes(); return b[:] }

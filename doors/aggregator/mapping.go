package aggregator

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/google/uuid"
	"github.com/rs/zerolog"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// SizesOf is what jobs.Service.CheckSizes bounds, read off a GenBatchProof
// input without decoding any of it.
func SizesOf(in *pb.InputProver) jobs.Sizes {
	return jobs.Sizes{
		Request:    proto.Size(in),
		JobRequest: len(in.GetPublicInputs().GetBatchL2Data()),
		Offchain:   len(in.GetOffchainInput()),
		State:      len(in.GetDb()),
		Programs:   len(in.GetContractsBytecode()),
	}
}

// SpecFromInput maps an aggregator.v1 InputProver onto a job, as the
// zkprover.v1 door maps its GenProof input: batch_l2_data carries the
// ABI-encoded job request (raw bytes here), db the state, contracts_bytecode
// the program, and public_inputs.old_state_root (when set) must be the state
// root of db. The job context is chain_id, timestamp_limit (the timestamp),
// old_batch_num (the batch number) and sequencer_addr. A non-zero
// public_inputs.fork_id must be forkID. The door checks the sizes first
// (SizesOf, CheckSizes); this decodes the small fields before the state and
// the ELF. Errors wrap errs.ErrInvalid.
func SpecFromInput(in *pb.InputProver, forkID uint64) (jobs.Spec, error) {
	if in == nil {
		return jobs.Spec{}, errs.Invalidf("input is missing")
	}
	pi := in.GetPublicInputs()
	if f := pi.GetForkId(); f != 0 && f != forkID {
		return jobs.Spec{}, errs.Invalidf("public_inputs.fork_id %d, this prover serves fork %d", f, forkID)
	}
	if len(pi.GetBatchL2Data()) == 0 {
		return jobs.Spec{}, errs.Invalidf("public_inputs.batch_l2_data is empty: it must carry abi.encode(OffchainJobRequest)")
	}
	if n := len(in.GetContractsBytecode()); n > 1 {
		return jobs.Spec{}, errs.Invalidf("contracts_bytecode has %d programs; send at most the job's one", n)
	}
	sp := jobs.Spec{
		JobRequest:   pi.GetBatchL2Data(),
		Offchain:     in.GetOffchainInput(),
		Signature:    in.GetSignature(),
		OldStateRoot: pi.GetOldStateRoot(),
	}
	if len(sp.OldStateRoot) == 0 {
		sp.OldStateRoot = nil
	}
	sp.Context.ChainID = pi.GetChainId()
	sp.Context.Timestamp = pi.GetTimestampLimit()
	sp.Context.BatchNum = pi.GetOldBatchNum()
	if a := pi.GetSequencerAddr(); a != "" {
		b, err := jobs.DecodeHex("public_inputs.sequencer_addr", a)
		if err != nil {
			return jobs.Spec{}, err
		}
		if len(b) != 20 {
			return jobs.Spec{}, errs.Invalidf("public_inputs.sequencer_addr has %d bytes, want 20", len(b))
		}
		copy(sp.Context.Sequencer[:], b)
	}
	var err error
	if sp.State, err = jobs.ParseState(in.GetDb()); err != nil {
		return jobs.Spec{}, err
	}
	for k, v := range in.GetContractsBytecode() {
		elf, err := jobs.DecodeHex("contracts_bytecode value (program ELF)", v)
		if err != nil {
			return jobs.Spec{}, err
		}
		sp.Programs = map[string][]byte{k: elf}
	}
	return sp, nil
}

// proofOf is the proof of a done job (the proof.json form the job stored).
func proofOf(job queue.Job) (*prover.Proof, error) {
	res, err := jobs.DecodeResult(job.Result)
	if err != nil {
		return nil, err
	}
	if res.Proof.Version == 0 {
		return nil, fmt.Errorf("job %s has no proof", job.ID)
	}
	return res.Proof, nil
}

// recursiveProofJSON is the recursive_proof string: the proof.json document
// (prover.Proof's JSON form, what `zkprover prove` writes and `zkprover
// verify` reads) with the job id added as "job_id".
func recursiveProofJSON(jobID string, p *prover.Proof) (string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	id, _ := json.Marshal(jobID)
	m["job_id"] = id
	b, err = json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	return string(b), nil
}

// recursiveProof is GetProof's recursive_proof for a done job.
func (c *Client) recursiveProof(job queue.Job) (string, error) {
	p, err := proofOf(job)
	if err != nil {
		return "", err
	}
	return recursiveProofJSON(job.ID, p)
}

// parseRecursiveProof reads a recursive_proof string.
func parseRecursiveProof(s string) (*prover.Proof, string, error) {
	var p prover.Proof
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return nil, "", errs.Invalidf("recursive_proof is not one of our proofs (proof.json): %v", err)
	}
	var meta struct {
		JobID string `json:"job_id"`
	}
	_ = json.Unmarshal([]byte(s), &meta)
	return &p, meta.JobID, nil
}

// checkProof accepts p if it is the proof of one of this node's done jobs
// (byte for byte), or if the verifier accepts it.
func (c *Client) checkProof(ctx context.Context, p *prover.Proof, jobID string) error {
	if jobs.CheckID(jobID) == nil {
		if job, err := c.jobs.Get(ctx, jobID); err == nil && job.State == queue.Done {
			mine, err := proofOf(job)
			if err == nil {
				a, _ := json.Marshal(mine)
				b, _ := json.Marshal(p)
				if bytes.Equal(a, b) {
					return nil
				}
			}
		}
	}
	if c.opts.Verifier == nil {
		return errs.Invalidf("the proof is not the proof of a job of this node, and no verifying key is configured to check it")
	}
	v, err := c.openVerifier(ctx)
	if err != nil {
		return fmt.Errorf("loading the verifying keys: %w", err)
	}
	if err := v.Verify(p); err != nil {
		if errors.Is(err, prover.ErrInvalidProof) || errors.Is(err, prover.ErrNoClass) {
			return fmt.Errorf("%w: %w", errs.ErrInvalid, err)
		}
		return err
	}
	return nil
}

func (c *Client) openVerifier(ctx context.Context) (Verifier, error) {
	c.vmu.Lock()
	defer c.vmu.Unlock()
	if c.verifier != nil {
		return c.verifier, nil
	}
	v, err := c.opts.Verifier(ctx)
	if err != nil {
		return nil, err
	}
	c.verifier = v
	return v, nil
}

// genFinalProof accepts one of our batch proofs and makes the final proof:
// the Solidity calldata of the Groth16 proof and its public values. Our
// batch proofs are already final (no recursion), so the answer is at once;
// the final proof is kept on disk under a new id for GetProof.
func (c *Client) genFinalProof(ctx context.Context, log zerolog.Logger, req *pb.GenFinalProofRequest) *pb.GenFinalProofResponse {
	refuse := func(err error) *pb.GenFinalProofResponse {
		cl := errs.Classify(err)
		log.Warn().Err(err).Str("reason", cl.Reason).Msg("GenFinalProof refused")
		return &pb.GenFinalProofResponse{Result: cl.Agg}
	}
	// Bounded before it is decoded, as every request (max-request-bytes).
	if err := c.jobs.CheckSize(len(req.GetRecursiveProof())); err != nil {
		return refuse(err)
	}
	p, jobID, err := parseRecursiveProof(req.GetRecursiveProof())
	if err != nil {
		return refuse(err)
	}
	if err := c.checkProof(ctx, p, jobID); err != nil {
		return refuse(err)
	}
	fp, err := c.finalProof(p, req.GetAggregatorAddr())
	if err != nil {
		return refuse(err)
	}
	id := uuid.NewString()
	if err := c.final.put(id, fp); err != nil {
		return refuse(err)
	}
	log.Info().Str("id", id).Str("job", jobID).Msg("final proof made")
	return &pb.GenFinalProofResponse{Id: id, Result: pb.Result_RESULT_OK}
}

// finalProof packages a checked proof for the chain.
func (c *Client) finalProof(p *prover.Proof, aggregatorAddr string) (*pb.FinalProof, error) {
	st := p.Public
	digest, err := st.Digest()
	if err != nil {
		return nil, errs.Invalidf("statement: %v", err)
	}
	b := func(e fr.Element) []byte { x := e.Bytes(); return x[:] }
	return &pb.FinalProof{
		Proof: "0x" + hex.EncodeToString(p.Calldata),
		Public: &pb.PublicInputsExtended{
			PublicInputs: &pb.PublicInputs{
				OldStateRoot:   b(st.OldStateRoot),
				OldBatchNum:    st.Context.BatchNum,
				ChainId:        st.Context.ChainID,
				ForkId:         c.opts.ForkID,
				TimestampLimit: st.Context.Timestamp,
				SequencerAddr:  "0x" + hex.EncodeToString(st.Context.Sequencer[:]),
				AggregatorAddr: aggregatorAddr,
			},
			NewStateRoot:        b(st.NewStateRoot),
			NewAccInputHash:     b(digest),
			NewBatchNum:         st.Context.BatchNum,
			ProgramId:           b(st.ProgramID),
			Output:              st.Output,
			ExitCode:            st.ExitCode,
			OnchainInput:        st.OnchainInput,
			OffchainInputHash:   b(st.OffchainHash),
			PublicInputElements: p.PublicInputs,
			ProofClass:          uint32(p.LogSteps),
		},
	}, nil
}

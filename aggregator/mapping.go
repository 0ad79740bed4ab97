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

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/node"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	zkpb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// RequestFromInput maps an aggregator.v1 InputProver onto the node's
// canonical job, through the same mapping as ZKProverService's GenProof
// (node.RequestFromInput): batch_l2_data carries the ABI-encoded job request
// (raw bytes here), db the state, contracts_bytecode the program, and
// public_inputs.old_state_root (when set) must be the state root of db. The
// job context is chain_id, timestamp_limit (the timestamp), old_batch_num
// (the batch number) and sequencer_addr. A non-zero public_inputs.fork_id
// must be forkID. Errors wrap node.ErrInvalid.
func RequestFromInput(in *pb.InputProver, lim executor.Limits, forkID uint64) (*node.Request, error) {
	if in == nil {
		return nil, fmt.Errorf("%w: input is missing", node.ErrInvalid)
	}
	pi := in.GetPublicInputs()
	if f := pi.GetForkId(); f != 0 && f != forkID {
		return nil, fmt.Errorf("%w: public_inputs.fork_id %d, this prover serves fork %d", node.ErrInvalid, f, forkID)
	}
	zin := &zkpb.InputProver{
		PublicInputs:      &zkpb.PublicInputs{SequencerAddr: pi.GetSequencerAddr()},
		Db:                in.GetDb(),
		ContractsBytecode: in.GetContractsBytecode(),
		OffchainInput:     in.GetOffchainInput(),
		Signature:         in.GetSignature(),
	}
	if b := pi.GetBatchL2Data(); len(b) > 0 {
		zin.BatchL2Data = "0x" + hex.EncodeToString(b)
	}
	if root := pi.GetOldStateRoot(); len(root) > 0 {
		zin.PublicInputs.OldStateRoot = "0x" + hex.EncodeToString(root)
	}
	r, err := node.RequestFromInput(zin, lim)
	if err != nil {
		return nil, err
	}
	// The aggregator's context fields are 64-bit; ZKProverService's are
	// narrower, so they are set here rather than through zin.
	r.Context.ChainID = pi.GetChainId()
	r.Context.Timestamp = pi.GetTimestampLimit()
	r.Context.BatchNum = pi.GetOldBatchNum()
	return r, nil
}

// proofOf rebuilds the prover's proof (statement and every proof form) of a
// done job from what the queue stores.
func proofOf(jobs *node.Jobs, job queue.Job) (*prover.Proof, error) {
	p, pub, err := node.DecodeResult(job.Result)
	if err != nil {
		return nil, err
	}
	raw, err := jobs.Store().Request(job.ID)
	if err != nil {
		return nil, err
	}
	var r node.Request
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decoding the request of job %s: %w", job.ID, err)
	}
	st := statement.Public{
		Context:      r.Context,
		OnchainInput: r.Onchain,
		ExitCode:     job.Result.ExitCode,
		Output:       job.Result.Output,
	}
	if err := st.ProgramID.SetBytesCanonical(r.ProgramID[:]); err != nil {
		return nil, fmt.Errorf("program id of job %s: %w", job.ID, err)
	}
	for _, f := range []struct {
		name string
		hex  string
		dst  *fr.Element
	}{{"offchain_hash", pub.OffchainHash, &st.OffchainHash}, {"old_state_root", pub.OldStateRoot, &st.OldStateRoot}, {"new_state_root", pub.NewStateRoot, &st.NewStateRoot}} {
		b, err := hex.DecodeString(trim0x(f.hex))
		if err != nil || len(b) != fr.Bytes {
			return nil, fmt.Errorf("stored %s %q of job %s is not a 32-byte hex value", f.name, f.hex, job.ID)
		}
		if err := f.dst.SetBytesCanonical(b); err != nil {
			return nil, fmt.Errorf("stored %s of job %s: %w", f.name, job.ID, err)
		}
	}
	out := &prover.Proof{
		Version:       prover.ProofVersion,
		LogSteps:      int(p.Class),
		Cycles:        job.Result.Cycles,
		Public:        st,
		Raw:           p.Raw,
		A:             p.A,
		B:             p.B,
		C:             p.C,
		PublicInputs:  p.Inputs,
		SolidityProof: p.Solidity,
		Calldata:      p.Calldata,
	}
	if len(p.Commitments)%2 != 0 {
		return nil, fmt.Errorf("stored proof of job %s has an odd number of commitment coordinates", job.ID)
	}
	for i := 0; i+1 < len(p.Commitments); i += 2 {
		out.Commitments = append(out.Commitments, [2]string{p.Commitments[i], p.Commitments[i+1]})
	}
	if len(p.CommitmentPok) == 2 {
		out.CommitmentPok = [2]string{p.CommitmentPok[0], p.CommitmentPok[1]}
	}
	return out, nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
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
	p, err := proofOf(c.jobs, job)
	if err != nil {
		return "", err
	}
	return recursiveProofJSON(job.ID, p)
}

// parseRecursiveProof reads a recursive_proof string.
func parseRecursiveProof(s string) (*prover.Proof, string, error) {
	var p prover.Proof
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return nil, "", fmt.Errorf("%w: recursive_proof is not one of our proofs (proof.json): %v", node.ErrInvalid, err)
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
	if _, err := uuid.Parse(jobID); err == nil {
		if job, err := c.jobs.Get(jobID); err == nil && job.State == queue.Done {
			mine, err := proofOf(c.jobs, job)
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
		return fmt.Errorf("%w: the proof is not the proof of a job of this node, and no verifying key is configured to check it", node.ErrInvalid)
	}
	v, err := c.openVerifier(ctx)
	if err != nil {
		return fmt.Errorf("loading the verifying keys: %w", err)
	}
	if err := v.Verify(p); err != nil {
		if errors.Is(err, prover.ErrInvalidProof) || errors.Is(err, prover.ErrNoClass) {
			return fmt.Errorf("%w: %w", node.ErrInvalid, err)
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
		res := pb.Result_RESULT_INTERNAL_ERROR
		if errors.Is(err, node.ErrInvalid) {
			res = pb.Result_RESULT_ERROR
		}
		log.Warn().Err(err).Msg("GenFinalProof refused")
		return &pb.GenFinalProofResponse{Result: res}
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
		return nil, fmt.Errorf("%w: statement: %v", node.ErrInvalid, err)
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

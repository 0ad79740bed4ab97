package aggregator

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/google/uuid"
	"github.com/rs/zerolog"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
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
	sp, _, err := batchFromInput(in, forkID)
	return sp, err
}

// batchFromInput is SpecFromInput with the acc inputs of the request:
// public_inputs.old_acc_input_hash, l1_info_root and forced_blockhash_l1
// (32 bytes each, or empty for zero).
func batchFromInput(in *pb.InputProver, forkID uint64) (jobs.Spec, accInputs, error) {
	var acc accInputs
	if in == nil {
		return jobs.Spec{}, acc, errs.Invalidf("input is missing")
	}
	pi := in.GetPublicInputs()
	if f := pi.GetForkId(); f != 0 && f != forkID {
		return jobs.Spec{}, acc, errs.Invalidf("public_inputs.fork_id %d, this prover serves fork %d", f, forkID)
	}
	if len(pi.GetBatchL2Data()) == 0 {
		return jobs.Spec{}, acc, errs.Invalidf("public_inputs.batch_l2_data is empty: it must carry abi.encode(OffchainJobRequest)")
	}
	if n := len(in.GetContractsBytecode()); n > 1 {
		return jobs.Spec{}, acc, errs.Invalidf("contracts_bytecode has %d programs; send at most the job's one", n)
	}
	if pi.GetOldBatchNum() == math.MaxUint64 {
		return jobs.Spec{}, acc, errs.Invalidf("public_inputs.old_batch_num %d: the proof's new_batch_num (old + 1) would overflow", pi.GetOldBatchNum())
	}
	var err error
	if acc.OldAccInputHash, err = hash32("public_inputs.old_acc_input_hash", pi.GetOldAccInputHash()); err != nil {
		return jobs.Spec{}, acc, err
	}
	if acc.L1InfoRoot, err = hash32("public_inputs.l1_info_root", pi.GetL1InfoRoot()); err != nil {
		return jobs.Spec{}, acc, err
	}
	if acc.ForcedBlockhashL1, err = hash32("public_inputs.forced_blockhash_l1", pi.GetForcedBlockhashL1()); err != nil {
		return jobs.Spec{}, acc, err
	}
	if acc.SeqOldAcc, err = hash32("seq_acc_input_hash", in.GetSeqAccInputHash()); err != nil {
		return jobs.Spec{}, acc, err
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
			return jobs.Spec{}, acc, err
		}
		if len(b) != 20 {
			return jobs.Spec{}, acc, errs.Invalidf("public_inputs.sequencer_addr has %d bytes, want 20", len(b))
		}
		copy(sp.Context.Sequencer[:], b)
	}
	if sp.State, err = jobs.ParseState(in.GetDb()); err != nil {
		return jobs.Spec{}, acc, err
	}
	for k, v := range in.GetContractsBytecode() {
		elf, err := jobs.DecodeHex("contracts_bytecode value (program ELF)", v)
		if err != nil {
			return jobs.Spec{}, acc, err
		}
		sp.Programs = map[string][]byte{k: elf}
	}
	return sp, acc, nil
}

// StatelessSizes is what jobs.Service.CheckSizes bounds before a
// GenStatelessBatchProof witness is decoded: the whole request and the job
// request.
func StatelessSizes(in *pb.StatelessInputProver) jobs.Sizes {
	return jobs.Sizes{Request: proto.Size(in), JobRequest: len(in.GetPublicInputs().GetBatchL2Data())}
}

// InputFromStateless maps a GenStatelessBatchProof input (cdk's dialect) onto
// the InputProver of the same job. Upstream's stateless request has no db or
// contracts_bytecode: the state and the program travel in
// public_inputs.witness, which for our jobs is the protobuf encoding of an
// InputProver that carries only db, contracts_bytecode, offchain_input and
// signature (public_inputs unset; an empty witness is an empty state with no
// program, offchain input or signature). The other fields are those of
// GenBatchProof's public_inputs, with no old_state_root (the state root is
// the witness state's). The door bounds the request's size first
// (StatelessSizes); the decoded input is bounded again like a GenBatchProof
// input (SizesOf). Errors wrap errs.ErrInvalid.
func InputFromStateless(in *pb.StatelessInputProver) (*pb.InputProver, error) {
	if in == nil {
		return nil, errs.Invalidf("input is missing")
	}
	pi := in.GetPublicInputs()
	if pi == nil {
		return nil, errs.Invalidf("input.public_inputs is missing")
	}
	var w pb.InputProver
	if err := proto.Unmarshal(pi.GetWitness(), &w); err != nil {
		return nil, errs.Invalidf("public_inputs.witness is not a protobuf-encoded aggregator.v1.InputProver (db, contracts_bytecode, offchain_input, signature): %v", err)
	}
	if w.PublicInputs != nil {
		return nil, errs.Invalidf("public_inputs.witness carries public_inputs: the stateless request's own public_inputs are the job's; the witness carries only db, contracts_bytecode, offchain_input and signature")
	}
	w.PublicInputs = &pb.PublicInputs{
		OldAccInputHash:   pi.GetOldAccInputHash(),
		OldBatchNum:       pi.GetOldBatchNum(),
		ChainId:           pi.GetChainId(),
		ForkId:            pi.GetForkId(),
		BatchL2Data:       pi.GetBatchL2Data(),
		L1InfoRoot:        pi.GetL1InfoRoot(),
		TimestampLimit:    pi.GetTimestampLimit(),
		SequencerAddr:     pi.GetSequencerAddr(),
		ForcedBlockhashL1: pi.GetForcedBlockhashL1(),
		AggregatorAddr:    pi.GetAggregatorAddr(),
	}
	return &w, nil
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
// verify` reads) with the job id added as "job_id", upstream's "publics"
// array, the "batch" section and, for a job proven for aggregation, its
// "top" proof (docs/aggregator.md).
func recursiveProofJSON(jobID string, p *prover.Proof, batch batchPublics, top json.RawMessage) (string, error) {
	pubs, err := batch.publics()
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	add, err := json.Marshal(recursiveDoc{JobID: jobID, Publics: pubs, Batch: &batch, Top: top})
	if err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	var extra map[string]json.RawMessage
	if err := json.Unmarshal(add, &extra); err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	for k, v := range extra {
		m[k] = v
	}
	b, err = json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("encoding proof: %w", err)
	}
	return string(b), nil
}

// recursiveProof is GetProof's recursive_proof for a done job: its proof
// (or, for a job proven for aggregation, its run top proof), and the batch
// section from its statement, its job request and the acc inputs kept with
// it.
func (c *Client) recursiveProof(job queue.Job) (string, error) {
	r, err := c.jobs.Request(job.ID)
	if err != nil {
		return "", err
	}
	acc, err := c.inputs.forJob(job)
	if err != nil {
		return "", err
	}
	if job.Result != nil && len(job.Result.Top) > 0 && len(job.Result.Proof) == 0 {
		pub, _, err := longrun.TopStatement(job.Result.Top)
		if err != nil {
			return "", fmt.Errorf("job %s: %w", job.ID, err)
		}
		batch, err := batchOf(pub, r.JobRequest, acc, c.opts.ForkID)
		if err != nil {
			return "", err
		}
		pubs, err := batch.publics()
		if err != nil {
			return "", err
		}
		b, err := json.Marshal(recursiveDoc{JobID: job.ID, Publics: pubs, Batch: &batch, Top: job.Result.Top})
		if err != nil {
			return "", fmt.Errorf("encoding proof: %w", err)
		}
		return string(b), nil
	}
	p, err := proofOf(job)
	if err != nil {
		return "", err
	}
	batch, err := batchOf(p.Public, r.JobRequest, acc, c.opts.ForkID)
	if err != nil {
		return "", err
	}
	return recursiveProofJSON(job.ID, p, batch, nil)
}

// recursive is a parsed recursive_proof string: a batch proof, with its
// proof (proof.json) or its run top proof.
type recursive struct {
	proof     *prover.Proof // nil for a job top
	top       []byte        // the job top document
	public    statement.Public
	maxCycles uint64
	jobID     string
	publics   []string
	batch     *batchPublics
}

// parseRecursiveProof reads a recursive_proof string.
func parseRecursiveProof(s string) (*recursive, error) {
	var doc recursiveDoc
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		return nil, errs.Invalidf("recursive_proof: %v", err)
	}
	r := &recursive{jobID: doc.JobID, publics: doc.Publics, batch: doc.Batch}
	if hasTop(doc.Top) {
		pub, maxCycles, err := longrun.TopStatement(doc.Top)
		if err != nil {
			return nil, fmt.Errorf("%w: recursive_proof's job top: %w", errs.ErrInvalid, err)
		}
		r.top, r.public, r.maxCycles = doc.Top, pub, maxCycles
		return r, nil
	}
	var p prover.Proof
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return nil, errs.Invalidf("recursive_proof is not one of our proofs (proof.json): %v", err)
	}
	r.proof, r.public, r.maxCycles = &p, p.Public, p.MaxCycles
	return r, nil
}

// checkBatch checks a received proof's batch section and publics: they must
// be exactly what the proven statement, the job request and the acc inputs
// of the section give (the job request must be the statement's), for this
// node's fork id. It returns the recomputed section.
func (c *Client) checkBatch(r *recursive) (batchPublics, error) {
	if r.batch == nil {
		return batchPublics{}, errs.Invalidf("recursive_proof has no \"batch\" section (a proof made before aggregator publics, or not ours)")
	}
	if r.batch.ForkID != c.opts.ForkID {
		return batchPublics{}, errs.Invalidf("recursive_proof is of fork %d, this prover serves fork %d", r.batch.ForkID, c.opts.ForkID)
	}
	acc, jr, err := r.batch.accInputs()
	if err != nil {
		return batchPublics{}, err
	}
	want, err := batchOf(r.public, jr, acc, c.opts.ForkID)
	if err != nil {
		return batchPublics{}, err
	}
	if r.top != nil {
		// The job request's cycle budget is the one the top proof binds.
		req, err := jobs.DecodeJobRequest(jr)
		if err != nil {
			return batchPublics{}, errs.Invalidf("job request: %v", err)
		}
		if req.MaxCycles != r.maxCycles {
			return batchPublics{}, errs.Invalidf("the job request's maxCycles %d is not the job top proof's budget %d", req.MaxCycles, r.maxCycles)
		}
	}
	if want != *r.batch {
		return batchPublics{}, errs.Invalidf("recursive_proof's batch section is not the proof's (recomputed %+v)", want)
	}
	pubs, err := want.publics()
	if err != nil {
		return batchPublics{}, err
	}
	if !slices.Equal(pubs, r.publics) {
		return batchPublics{}, errs.Invalidf("recursive_proof's publics are not the proof's")
	}
	return want, nil
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
		return &pb.GenFinalProofResponse{Result: refused(log, "GenFinalProof", err)}
	}
	// Bounded before it is decoded, as every request (max-request-bytes).
	if err := c.jobs.CheckSize(len(req.GetRecursiveProof())); err != nil {
		return refuse(err)
	}
	if isSequencePart(req.GetRecursiveProof()) {
		return c.genSeqFinal(ctx, log, req)
	}
	r, err := parseRecursiveProof(req.GetRecursiveProof())
	if err != nil {
		return refuse(err)
	}
	if r.proof == nil {
		return refuse(errs.Invalidf("recursive_proof has no proof"))
	}
	// The cheap checks (parse and hash) before the proof's: checkProof may
	// load the verifying keys and runs a Groth16 verification.
	batch, err := c.checkBatch(r)
	if err != nil {
		return refuse(err)
	}
	if err := c.checkProof(ctx, r.proof, r.jobID); err != nil {
		return refuse(err)
	}
	fp, err := finalProof(r.proof, batch, req.GetAggregatorAddr())
	if err != nil {
		return refuse(err)
	}
	id := uuid.NewString()
	if err := c.final.put(id, auth.From(ctx).Name, fp); err != nil {
		return refuse(err)
	}
	log.Info().Str("id", id).Str("job", r.jobID).Msg("final proof made")
	return &pb.GenFinalProofResponse{Id: id, Result: pb.Result_RESULT_OK}
}

// finalProof packages a checked proof and its checked batch section for the
// chain: PublicInputsExtended holds the batch's upstream values (old and new
// state root, acc input hash and batch number, chain and fork id, the acc
// inputs, new_local_exit_root zero) and our statement in the extensions.
func finalProof(p *prover.Proof, batch batchPublics, aggregatorAddr string) (*pb.FinalProof, error) {
	st := p.Public
	acc, _, err := batch.accInputs()
	if err != nil {
		return nil, err
	}
	newAcc, err := hashOf("batch.new_acc_input_hash", batch.NewAccInputHash)
	if err != nil {
		return nil, err
	}
	return &pb.FinalProof{
		Proof: "0x" + hex.EncodeToString(p.Calldata),
		Public: &pb.PublicInputsExtended{
			PublicInputs: &pb.PublicInputs{
				OldStateRoot:      fieldHashBytes(st.OldStateRoot),
				OldAccInputHash:   acc.OldAccInputHash[:],
				OldBatchNum:       batch.OldBatchNum,
				ChainId:           batch.ChainID,
				ForkId:            batch.ForkID,
				L1InfoRoot:        acc.L1InfoRoot[:],
				TimestampLimit:    st.Context.Timestamp,
				SequencerAddr:     "0x" + hex.EncodeToString(st.Context.Sequencer[:]),
				ForcedBlockhashL1: acc.ForcedBlockhashL1[:],
				AggregatorAddr:    aggregatorAddr,
			},
			NewStateRoot:        fieldHashBytes(st.NewStateRoot),
			NewAccInputHash:     newAcc[:],
			NewLocalExitRoot:    make([]byte, 32),
			NewBatchNum:         batch.NewBatchNum,
			ProgramId:           fieldHashBytes(st.ProgramID),
			Output:              st.Output,
			ExitCode:            st.ExitCode,
			OnchainInput:        st.OnchainInput,
			OffchainInputHash:   fieldHashBytes(st.OffchainHash),
			PublicInputElements: p.PublicInputs,
			ProofClass:          uint32(p.ProofClass()),
		},
	}, nil
}

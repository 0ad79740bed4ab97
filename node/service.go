package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"google.golang.org/protobuf/proto"

	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// maxInflightPerStream bounds the GetProof requests waiting at once on one
// stream; further requests wait for a slot before being read.
const maxInflightPerStream = 256

// service implements zkprover.v1.ZKProverService over a Node.
type service struct {
	pb.UnimplementedZKProverServiceServer
	node *Node
}

func (s *service) count(rpc, result string) {
	s.node.metrics.Requests.WithLabelValues(rpc, result).Inc()
}

// GetStatus reports the prover state.
func (s *service) GetStatus(context.Context, *pb.GetStatusRequest) (*pb.GetStatusResponse, error) {
	st := s.node.Status()
	s.count("GetStatus", st.State.String())
	return st, nil
}

// GenProof validates the input and queues the job: OK with its id, or ERROR
// (or INTERNAL_ERROR) with no id and nothing stored.
func (s *service) GenProof(ctx context.Context, req *pb.GenProofRequest) (*pb.GenProofResponse, error) {
	resp := s.genProof(ctx, req)
	s.count("GenProof", resp.Result.String())
	return resp, nil
}

func (s *service) genProof(ctx context.Context, req *pb.GenProofRequest) *pb.GenProofResponse {
	refuse := func(err error) *pb.GenProofResponse {
		c := Classify(err)
		s.node.metrics.Failures.WithLabelValues("genproof_" + c.Reason).Inc()
		s.node.log.Info().Err(err).Str("reason", c.Reason).Msg("GenProof refused")
		return &pb.GenProofResponse{Result: c.GenProof, ResultString: err.Error()}
	}
	if size := proto.Size(req.GetInput()); size > s.node.cfg.MaxRequestBytes {
		return refuse(fmt.Errorf("input of %d bytes exceeds %d: %w", size, s.node.cfg.MaxRequestBytes, queue.ErrTooLarge))
	}
	r, err := RequestFromInput(req.GetInput(), s.node.jobs.limits)
	if err != nil {
		return refuse(err)
	}
	job, err := s.node.jobs.Submit(ctx, r)
	if err != nil {
		return refuse(err)
	}
	return &pb.GenProofResponse{Id: job.ID, Result: pb.GenProofResponse_RESULT_GEN_PROOF_OK}
}

// Cancel stops a queued or running job.
func (s *service) Cancel(_ context.Context, req *pb.CancelRequest) (*pb.CancelResponse, error) {
	resp := &pb.CancelResponse{Result: pb.CancelResponse_RESULT_CANCEL_OK}
	if _, err := uuid.Parse(req.GetId()); err != nil {
		resp = &pb.CancelResponse{Result: pb.CancelResponse_RESULT_CANCEL_ERROR, ResultString: fmt.Sprintf("invalid UUID %q", req.GetId())}
	} else if err := s.node.jobs.Cancel(req.GetId()); err != nil {
		resp = &pb.CancelResponse{Result: Classify(err).Cancel, ResultString: err.Error()}
	}
	s.count("Cancel", resp.Result.String())
	return resp, nil
}

// GetProof answers each request on the stream with its id, after waiting up
// to its timeout (seconds) for the job to finish. Requests are served
// concurrently, so answers may come in a different order than requests.
func (s *service) GetProof(stream pb.ZKProverService_GetProofServer) error {
	ctx := stream.Context()
	var (
		sendMu  sync.Mutex
		sendErr error
		wg      sync.WaitGroup
	)
	slots := make(chan struct{}, maxInflightPerStream)
	defer wg.Wait()
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		wg.Add(1)
		go func(req *pb.GetProofRequest) {
			defer wg.Done()
			defer func() { <-slots }()
			resp := s.getProof(ctx, req)
			s.count("GetProof", resp.Result.String())
			sendMu.Lock()
			defer sendMu.Unlock()
			if sendErr != nil {
				return
			}
			if err := stream.Send(resp); err != nil {
				sendErr = err
			}
		}(req)
	}
	wg.Wait()
	sendMu.Lock()
	defer sendMu.Unlock()
	return sendErr
}

func (s *service) getProof(ctx context.Context, req *pb.GetProofRequest) *pb.GetProofResponse {
	id := req.GetId()
	if _, err := uuid.Parse(id); err != nil {
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_GET_PROOF_ERROR, ResultString: fmt.Sprintf("invalid UUID %q", id)}
	}
	wait := time.Duration(0)
	if t := req.GetTimeout(); t > 0 {
		wait = s.node.cfg.MaxWait
		if t < uint64(wait/time.Second) {
			wait = time.Duration(t) * time.Second
		}
	}
	job, err := s.node.jobs.Wait(ctx, id, wait)
	if err != nil {
		c := Classify(err)
		msg := err.Error()
		if errors.Is(err, queue.ErrNotFound) {
			msg = fmt.Sprintf("unknown id %s (never submitted, or removed after the retention period)", id)
		}
		return &pb.GetProofResponse{Id: id, Result: c.GetProof, ResultString: msg}
	}
	return s.node.JobResponse(job)
}

// JobResponse is the GetProof answer for a job in its current state.
func JobResponse(job queue.Job) *pb.GetProofResponse {
	resp := &pb.GetProofResponse{Id: job.ID, JobState: string(job.State)}
	switch job.State {
	case queue.Queued, queue.Running:
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_PENDING
		resp.ResultString = string(job.State)
		return resp
	case queue.Cancelled:
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_CANCEL
		resp.ResultString = "cancelled"
		if job.Result != nil && job.Result.Error != "" {
			resp.ResultString = job.Result.Error
		}
		return resp
	case queue.Failed:
		res := job.Result
		if res == nil {
			res = &queue.Result{Reason: "internal", Error: "failed without a recorded reason"}
		}
		resp.ResultString = res.Error
		switch res.Reason {
		case "program", "too_long", "verify":
			resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR
		case "invalid", "unknown_program", "bad_elf", "bad_input":
			resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_ERROR
		default:
			resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR
		}
		resp.ExitCode = res.ExitCode
		resp.Cycles = res.Cycles
		return resp
	case queue.Done:
	default:
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR
		resp.ResultString = fmt.Sprintf("job in unknown state %q", job.State)
		return resp
	}
	proof, pub, err := DecodeResult(job.Result)
	if err != nil {
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR
		resp.ResultString = err.Error()
		return resp
	}
	res := job.Result
	resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK
	resp.Proof = &pb.Proof{
		ProofA: proof.A[:],
		ProofB: []*pb.ProofB{{Proofs: proof.B[0][:]}, {Proofs: proof.B[1][:]}},
		ProofC: proof.C[:],
	}
	resp.Public = &pb.PublicInputsExtended{
		PublicInputs: &pb.PublicInputs{
			OldStateRoot:  pub.OldStateRoot,
			NewStateRoot:  pub.NewStateRoot,
			SequencerAddr: "0x" + hex.EncodeToString(pub.Context.Sequencer[:]),
			ChainId:       uint32(pub.Context.ChainID),
			BatchNum:      uint32(pub.Context.BatchNum),
			EthTimestamp:  pub.Context.Timestamp,
		},
		InputHash: pub.InputHash,
	}
	resp.SolidityCalldata = "0x" + hex.EncodeToString(proof.Calldata)
	resp.Output = "0x" + hex.EncodeToString(res.Output)
	resp.Commitments = proof.Commitments
	resp.CommitmentPok = proof.CommitmentPok
	resp.ExitCode = res.ExitCode
	resp.Cycles = res.Cycles
	resp.PublicInputElements = proof.Inputs
	resp.ProgramId = pub.ProgramID
	resp.ResultWithMetadata = pub.ResultWithMetadata
	resp.RawProof = "0x" + hex.EncodeToString(proof.Raw)
	resp.ProofClass = uint32(proof.Class)
	return resp
}

// ResultWithMetadata is abi.encode(OffchainResultWithMetadata) for a run of
// request r with the given outcome; proof and class are empty for runs
// without a proof.
func ResultWithMetadata(r *Request, exitCode uint32, output []byte, oldRoot, newRoot [32]byte, class uint8, proof []byte) ([]byte, error) {
	jr, err := DecodeJobRequest(r.JobRequest)
	if err != nil {
		return nil, err
	}
	return EncodeOffchainResult(OffchainResult{
		JobID:             JobID(r.Nonce, r.Consumer),
		OnchainInputHash:  crypto.Keccak256Hash(r.Onchain),
		OffchainInputHash: jr.OffchainInputHash,
		MaxCycles:         r.MaxCycles,
		ProgramID:         r.ProgramID[:],
		Result:            output,
		ExitCode:          exitCode,
		OldStateRoot:      oldRoot,
		NewStateRoot:      newRoot,
		ProofClass:        class,
		Proof:             proof,
	})
}

// Execute runs each request on the stream without a proof and answers in
// order.
func (s *service) Execute(stream pb.ZKProverService_ExecuteServer) error {
	ctx := stream.Context()
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp := s.execute(ctx, req)
		s.count("Execute", resp.Result.String())
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}

func (s *service) execute(ctx context.Context, req *pb.ExecuteRequest) *pb.ExecuteResponse {
	fail := func(err error) *pb.ExecuteResponse {
		c := Classify(err)
		if c.Execute != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR {
			s.node.metrics.Failures.WithLabelValues("execute_" + c.Reason).Inc()
		}
		return &pb.ExecuteResponse{Result: c.Execute, ResultString: err.Error()}
	}
	if size := proto.Size(req.GetInput()); size > s.node.cfg.MaxRequestBytes {
		return fail(fmt.Errorf("input of %d bytes exceeds %d: %w", size, s.node.cfg.MaxRequestBytes, queue.ErrTooLarge))
	}
	r, err := RequestFromInput(req.GetInput(), s.node.jobs.limits)
	if err != nil {
		return fail(err)
	}
	ex, err := s.node.jobs.Execute(ctx, r)
	if err != nil {
		resp := fail(err)
		if ex != nil && ex.Program != nil {
			resp.ProgramId = ex.Program.IDHex()
		}
		return resp
	}
	res := ex.Result
	oldRoot, newRoot := FieldBytes(res.OldStateRoot), FieldBytes(res.StateRoot)
	receipt, err := ResultWithMetadata(r, res.ExitCode, res.Output, oldRoot, newRoot, 0, nil)
	if err != nil {
		return fail(fmt.Errorf("encoding the result: %w", err))
	}
	counters := CounterMap(res)
	return &pb.ExecuteResponse{
		Result:         pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK,
		DiffKeysValues: FormatState(res.Changed),
		NewStateRoot:   FieldHex(res.StateRoot),
		Counters: &pb.ZkCounters{
			Arith: sat32(res.Counters.ALU + res.Counters.MulDiv),
		},
		Receipts:    []string{"0x" + hex.EncodeToString(receipt)},
		Logs:        res.Logs,
		ExitCode:    res.ExitCode,
		Output:      "0x" + hex.EncodeToString(res.Output),
		Cycles:      res.Cycles,
		CountersExt: counters,
		ProgramId:   ex.Program.IDHex(),
	}
}

func sat32(x uint64) uint32 {
	if x > 0xffffffff {
		return 0xffffffff
	}
	return uint32(x)
}

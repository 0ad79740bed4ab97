package aggregator

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/google/uuid"
	"github.com/rs/zerolog"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/node"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	zkpb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// errNotSupported answers the requests this node has no proofs for yet.
var errNotSupported = errors.New("not supported: this prover makes batch and final proofs only (no aggregation)")

// handle answers one request. Every request gets exactly one answer with its
// id, whatever it holds; a request of a type this build does not know is
// answered with the id alone.
func (c *Client) handle(ctx context.Context, log zerolog.Logger, msg *pb.AggregatorMessage) *pb.ProverMessage {
	out := &pb.ProverMessage{Id: msg.GetId()}
	start := time.Now()
	var kind string
	var result fmt.Stringer
	switch r := msg.GetRequest().(type) {
	case *pb.AggregatorMessage_GetStatusRequest:
		kind = "GetStatus"
		st := c.status()
		result = st.Status
		out.Response = &pb.ProverMessage_GetStatusResponse{GetStatusResponse: st}
	case *pb.AggregatorMessage_GenBatchProofRequest:
		kind = "GenBatchProof"
		resp := c.genBatchProof(ctx, log, r.GenBatchProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenBatchProofResponse{GenBatchProofResponse: resp}
	case *pb.AggregatorMessage_GenStatelessBatchProofRequest:
		// Upstream answers the stateless request with a GenBatchProofResponse.
		kind = "GenStatelessBatchProof"
		log.Info().Err(errNotSupported).Msg("GenStatelessBatchProof refused")
		resp := &pb.GenBatchProofResponse{Result: pb.Result_RESULT_ERROR}
		result = resp.Result
		out.Response = &pb.ProverMessage_GenBatchProofResponse{GenBatchProofResponse: resp}
	case *pb.AggregatorMessage_GenAggregatedProofRequest:
		kind = "GenAggregatedProof"
		log.Info().Err(errNotSupported).Msg("GenAggregatedProof refused")
		resp := &pb.GenAggregatedProofResponse{Result: pb.Result_RESULT_ERROR}
		result = resp.Result
		out.Response = &pb.ProverMessage_GenAggregatedProofResponse{GenAggregatedProofResponse: resp}
	case *pb.AggregatorMessage_GenFinalProofRequest:
		kind = "GenFinalProof"
		resp := c.genFinalProof(ctx, log, r.GenFinalProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenFinalProofResponse{GenFinalProofResponse: resp}
	case *pb.AggregatorMessage_CancelRequest:
		kind = "Cancel"
		resp := c.cancel(log, r.CancelRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_CancelResponse{CancelResponse: resp}
	case *pb.AggregatorMessage_GetProofRequest:
		kind = "GetProof"
		resp := c.getProof(ctx, log, r.GetProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GetProofResponse{GetProofResponse: resp}
	default:
		kind = "unknown"
		log.Warn().Str("id", msg.GetId()).Msg("request of no known type: answered with its id only")
	}
	ev := log.Debug()
	if kind != "GetStatus" && kind != "GetProof" {
		ev = log.Info()
	}
	res := "none"
	if result != nil {
		res = result.String()
	}
	c.metrics.requests.WithLabelValues(kind, res).Inc()
	ev = ev.Str("result", res)
	ev.Str("request", kind).Str("id", msg.GetId()).Dur("took", time.Since(start)).Msg("aggregator request answered")
	return out
}

// status is GetStatus: the node's report plus the prover's identity.
func (c *Client) status() *pb.GetStatusResponse {
	st := c.node.Status()
	total, free := memory()
	return &pb.GetStatusResponse{
		Status:                    statusOf(st.State),
		LastComputedRequestId:     st.LastComputedRequestId,
		LastComputedEndTime:       st.LastComputedEndTime,
		CurrentComputingRequestId: st.CurrentComputingRequestId,
		CurrentComputingStartTime: st.CurrentComputingStartTime,
		VersionProto:              st.VersionProto,
		VersionServer:             st.VersionServer,
		PendingRequestQueueIds:    st.PendingRequestQueueIds,
		ProverName:                c.opts.ProverName,
		ProverId:                  c.proverID,
		NumberOfCores:             uint64(runtime.NumCPU()),
		TotalMemory:               total,
		FreeMemory:                free,
		ForkId:                    c.opts.ForkID,
	}
}

func statusOf(s zkpb.GetStatusResponse_StatusProver) pb.GetStatusResponse_Status {
	switch s {
	case zkpb.GetStatusResponse_STATUS_PROVER_BOOTING:
		return pb.GetStatusResponse_STATUS_BOOTING
	case zkpb.GetStatusResponse_STATUS_PROVER_COMPUTING:
		return pb.GetStatusResponse_STATUS_COMPUTING
	case zkpb.GetStatusResponse_STATUS_PROVER_IDLE:
		return pb.GetStatusResponse_STATUS_IDLE
	case zkpb.GetStatusResponse_STATUS_PROVER_HALT:
		return pb.GetStatusResponse_STATUS_HALT
	}
	return pb.GetStatusResponse_STATUS_UNSPECIFIED
}

// resultOf maps the node's GenProof result to the channel's.
func resultOf(r zkpb.GenProofResponse_ResultGenProof) pb.Result {
	switch r {
	case zkpb.GenProofResponse_RESULT_GEN_PROOF_OK:
		return pb.Result_RESULT_OK
	case zkpb.GenProofResponse_RESULT_GEN_PROOF_ERROR:
		return pb.Result_RESULT_ERROR
	}
	return pb.Result_RESULT_INTERNAL_ERROR
}

// genBatchProof queues the job (the same job GenProof on ZKProverService
// makes) and answers with its id; a refused request is RESULT_ERROR (or
// RESULT_INTERNAL_ERROR) with the reason in the logs.
func (c *Client) genBatchProof(ctx context.Context, log zerolog.Logger, req *pb.GenBatchProofRequest) *pb.GenBatchProofResponse {
	refuse := func(err error) *pb.GenBatchProofResponse {
		cl := node.Classify(err)
		log.Warn().Err(err).Str("reason", cl.Reason).Msg("GenBatchProof refused")
		return &pb.GenBatchProofResponse{Result: resultOf(cl.GenProof)}
	}
	if size := proto.Size(req.GetInput()); size > c.opts.MaxRequestBytes {
		return refuse(fmt.Errorf("input of %d bytes exceeds %d: %w", size, c.opts.MaxRequestBytes, queue.ErrTooLarge))
	}
	r, err := RequestFromInput(req.GetInput(), c.jobs.Limits(), c.opts.ForkID)
	if err != nil {
		return refuse(err)
	}
	job, err := c.jobs.Submit(ctx, r)
	if err != nil {
		return refuse(err)
	}
	log.Info().Str("job", job.ID).Msg("batch proof queued")
	return &pb.GenBatchProofResponse{Id: job.ID, Result: pb.Result_RESULT_OK}
}

// cancel stops a queued or running job, as Cancel on ZKProverService.
func (c *Client) cancel(log zerolog.Logger, req *pb.CancelRequest) *pb.CancelResponse {
	id := req.GetId()
	if _, err := uuid.Parse(id); err != nil {
		log.Warn().Str("id", id).Msg("Cancel refused: invalid UUID")
		return &pb.CancelResponse{Result: pb.Result_RESULT_ERROR}
	}
	if _, ok, _ := c.final.get(id); ok {
		log.Warn().Str("id", id).Msg("Cancel refused: a final proof is complete")
		return &pb.CancelResponse{Result: pb.Result_RESULT_ERROR}
	}
	if err := c.jobs.Cancel(id); err != nil {
		res := pb.Result_RESULT_ERROR
		if errors.Is(err, queue.ErrClosed) {
			res = pb.Result_RESULT_INTERNAL_ERROR
		}
		log.Warn().Err(err).Str("id", id).Msg("Cancel refused")
		return &pb.CancelResponse{Result: res}
	}
	return &pb.CancelResponse{Result: pb.Result_RESULT_OK}
}

// getProofResult maps the node's GetProof result to the channel's (the
// values have the same meaning).
func getProofResult(r zkpb.GetProofResponse_ResultGetProof) pb.GetProofResponse_Result {
	switch r {
	case zkpb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK:
		return pb.GetProofResponse_RESULT_COMPLETED_OK
	case zkpb.GetProofResponse_RESULT_GET_PROOF_ERROR:
		return pb.GetProofResponse_RESULT_ERROR
	case zkpb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR:
		return pb.GetProofResponse_RESULT_COMPLETED_ERROR
	case zkpb.GetProofResponse_RESULT_GET_PROOF_PENDING:
		return pb.GetProofResponse_RESULT_PENDING
	case zkpb.GetProofResponse_RESULT_GET_PROOF_CANCEL:
		return pb.GetProofResponse_RESULT_CANCEL
	}
	return pb.GetProofResponse_RESULT_INTERNAL_ERROR
}

// getProof answers for a batch job or a final proof; a non-zero timeout
// waits up to that many seconds (capped by MaxWait) for the job to finish.
func (c *Client) getProof(ctx context.Context, log zerolog.Logger, req *pb.GetProofRequest) *pb.GetProofResponse {
	id := req.GetId()
	if _, err := uuid.Parse(id); err != nil {
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_ERROR, ResultString: fmt.Sprintf("invalid UUID %q", id)}
	}
	if fp, ok, err := c.final.get(id); err != nil {
		log.Error().Err(err).Str("id", id).Msg("reading final proof")
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: err.Error()}
	} else if ok {
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_COMPLETED_OK, Proof: &pb.GetProofResponse_FinalProof{FinalProof: fp}}
	}
	wait := time.Duration(0)
	if t := req.GetTimeout(); t > 0 {
		wait = c.opts.MaxWait
		if t < uint64(wait/time.Second) {
			wait = time.Duration(t) * time.Second
		}
	}
	job, err := c.jobs.Wait(ctx, id, wait)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, queue.ErrNotFound) {
			msg = fmt.Sprintf("unknown id %s (never issued, or removed after the retention period)", id)
		}
		return &pb.GetProofResponse{Id: id, Result: getProofResult(node.Classify(err).GetProof), ResultString: msg}
	}
	zr := node.JobResponse(job)
	resp := &pb.GetProofResponse{Id: id, Result: getProofResult(zr.Result), ResultString: zr.ResultString}
	if resp.Result != pb.GetProofResponse_RESULT_COMPLETED_OK {
		return resp
	}
	rp, err := c.recursiveProof(job)
	if err != nil {
		log.Error().Err(err).Str("id", id).Msg("building the recursive proof of a done job")
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: err.Error()}
	}
	resp.Proof = &pb.GetProofResponse_RecursiveProof{RecursiveProof: rp}
	return resp
}

package aggregator

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

const (
	kindBatch     = "GenBatchProof"
	kindStateless = "GenStatelessBatchProof"
)

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
		st := c.status(ctx)
		result = st.Status
		out.Response = &pb.ProverMessage_GetStatusResponse{GetStatusResponse: st}
	case *pb.AggregatorMessage_GenBatchProofRequest:
		kind = kindBatch
		resp := c.genBatchProof(ctx, log, r.GenBatchProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenBatchProofResponse{GenBatchProofResponse: resp}
	case *pb.AggregatorMessage_GenStatelessBatchProofRequest:
		// Upstream answers the stateless request with a GenBatchProofResponse.
		kind = kindStateless
		resp := c.genStatelessBatchProof(ctx, log, r.GenStatelessBatchProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenBatchProofResponse{GenBatchProofResponse: resp}
	case *pb.AggregatorMessage_GenAggregatedProofRequest:
		kind = "GenAggregatedProof"
		resp := c.genAggregatedProof(ctx, log, r.GenAggregatedProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenAggregatedProofResponse{GenAggregatedProofResponse: resp}
	case *pb.AggregatorMessage_GenFinalProofRequest:
		kind = "GenFinalProof"
		resp := c.genFinalProof(ctx, log, r.GenFinalProofRequest)
		result = resp.Result
		out.Response = &pb.ProverMessage_GenFinalProofResponse{GenFinalProofResponse: resp}
	case *pb.AggregatorMessage_CancelRequest:
		kind = "Cancel"
		resp := c.cancel(ctx, log, r.CancelRequest)
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
	res := "none"
	if result != nil {
		res = result.String()
	}
	c.metrics.requests.WithLabelValues(kind, res).Inc()
	level := zerolog.InfoLevel
	if kind == "GetStatus" || kind == "GetProof" {
		level = zerolog.DebugLevel
	}
	log.WithLevel(level).Str("result", res).Str("request", kind).Str("id", msg.GetId()).Dur("took", time.Since(start)).Msg("aggregator request answered")
	return out
}

// status is GetStatus: the job service's report plus the prover's identity.
func (c *Client) status(ctx context.Context) *pb.GetStatusResponse {
	js := c.jobs.Status(ctx)
	total, free := memory()
	st := &pb.GetStatusResponse{
		Status:                 statusOf(js),
		VersionProto:           c.opts.VersionProto,
		VersionServer:          c.opts.VersionServer,
		PendingRequestQueueIds: js.Pending,
		ProverName:             c.opts.ProverName,
		ProverId:               c.proverID,
		NumberOfCores:          uint64(runtime.NumCPU()),
		TotalMemory:            total,
		FreeMemory:             free,
		ForkId:                 c.opts.ForkID,
	}
	if js.Last != nil {
		st.LastComputedRequestId = js.Last.ID
		st.LastComputedEndTime = uint64(js.Last.FinishedAt.Unix())
	}
	if len(js.Running) > 0 {
		st.CurrentComputingRequestId = js.Running[0].ID
		st.CurrentComputingStartTime = uint64(js.Running[0].StartedAt.Unix())
	}
	// Aggregations and sequence final proofs in flight count as work: the
	// caller's (another aggregator's are not listed, as its batch jobs).
	if ids, since := c.work.pendingIDs(auth.From(ctx)); len(ids) > 0 {
		st.PendingRequestQueueIds = append(st.PendingRequestQueueIds, ids...)
		if st.Status == pb.GetStatusResponse_STATUS_IDLE {
			st.Status = pb.GetStatusResponse_STATUS_COMPUTING
		}
		if st.CurrentComputingRequestId == "" {
			st.CurrentComputingRequestId = ids[0]
			st.CurrentComputingStartTime = uint64(since.Unix())
		}
	}
	return st
}

func statusOf(js jobs.Status) pb.GetStatusResponse_Status {
	switch js.Phase {
	case jobs.Booting:
		return pb.GetStatusResponse_STATUS_BOOTING
	case jobs.Halting:
		return pb.GetStatusResponse_STATUS_HALT
	}
	if js.Busy {
		return pb.GetStatusResponse_STATUS_COMPUTING
	}
	return pb.GetStatusResponse_STATUS_IDLE
}

// genBatchProof queues the job (the same job GenProof on ZKProverService
// makes) and answers with its id; a refused request is RESULT_ERROR (or
// RESULT_INTERNAL_ERROR) with the reason in the logs.
func (c *Client) genBatchProof(ctx context.Context, log zerolog.Logger, req *pb.GenBatchProofRequest) *pb.GenBatchProofResponse {
	return c.queueBatch(ctx, log, kindBatch, req.GetInput())
}

// genStatelessBatchProof is cdk's batch request: its witness and public
// inputs are mapped onto the InputProver of the same job (InputFromStateless)
// and the job is queued as GenBatchProof queues it.
func (c *Client) genStatelessBatchProof(ctx context.Context, log zerolog.Logger, req *pb.GenStatelessBatchProofRequest) *pb.GenBatchProofResponse {
	// Bounded before the witness is decoded, as every request.
	if err := c.jobs.CheckSizes(StatelessSizes(req.GetInput())); err != nil {
		return refuseBatch(log, kindStateless, err)
	}
	in, err := InputFromStateless(req.GetInput())
	if err != nil {
		return refuseBatch(log, kindStateless, err)
	}
	return c.queueBatch(ctx, log, kindStateless, in)
}

func refuseBatch(log zerolog.Logger, kind string, err error) *pb.GenBatchProofResponse {
	return &pb.GenBatchProofResponse{Result: refused(log, kind, err)}
}

// refused logs why a request of kind was refused and returns its result.
func refused(log zerolog.Logger, kind string, err error) pb.Result {
	cl := errs.Classify(err)
	log.Warn().Err(err).Str("reason", cl.Reason).Msg(kind + " refused")
	return cl.Agg
}

// queueBatch checks and queues the job of in, keeps its acc inputs, and
// answers with its id.
func (c *Client) queueBatch(ctx context.Context, log zerolog.Logger, kind string, in *pb.InputProver) *pb.GenBatchProofResponse {
	if err := c.jobs.CheckSizes(SizesOf(in)); err != nil {
		return refuseBatch(log, kind, err)
	}
	sp, acc, err := batchFromInput(in, c.opts.ForkID)
	if err != nil {
		return refuseBatch(log, kind, err)
	}
	// Room in the queue for this aggregator (max-pending and its share,
	// the stored bytes, the disk) before the ELF is loaded and the inputs
	// hashed: an aggregator refused over and over costs little. Submit
	// checks again, binding.
	if err := c.jobs.CheckRoom(ctx); err != nil {
		return refuseBatch(log, kind, err)
	}
	sp.Top = c.opts.Tops
	r, err := c.jobs.Build(sp)
	if err != nil {
		return refuseBatch(log, kind, err)
	}
	// Where the job's sequence starts: the request's seq_acc_input_hash,
	// else the sequence acc after the caller's job whose new acc input
	// hash this request continues (the records are per aggregator: another
	// one's sequence through the same upstream acc does not count), else
	// zero.
	owner := auth.From(ctx).Name
	if len(in.GetSeqAccInputHash()) == 0 {
		prev, ok, err := c.inputs.seqAfter(owner, acc.OldAccInputHash)
		if err != nil {
			log.Warn().Err(err).Msg("reading the sequence acc of the previous job: starting from zero")
		} else if ok {
			acc.SeqOldAcc = prev
		}
	}
	pub := jobInputs(r)
	seqNew, err := seqAccNext(acc.SeqOldAcc, &pub)
	if err != nil {
		return refuseBatch(log, kind, err)
	}
	job, err := c.jobs.Submit(ctx, r)
	if err != nil {
		return refuseBatch(log, kind, err)
	}
	upNew := AccInputHash(acc.OldAccInputHash, r.JobRequest, acc.L1InfoRoot, r.Context.Timestamp, r.Context.Sequencer, acc.ForcedBlockhashL1)
	if err := c.inputs.putSeq(owner, upNew, seqNew); err != nil {
		log.Warn().Err(err).Msg("keeping the sequence acc after the job: the next job must send its seq_acc_input_hash")
	}
	// Every job gets its file, zero acc inputs too: a job without one is a
	// job whose inputs were lost (inputStore.forJob).
	if err := c.inputs.put(job.ID, acc); err != nil {
		// Without its acc inputs the job's proof would carry wrong
		// publics: withdraw it.
		if cerr := c.jobs.Cancel(ctx, job.ID); cerr != nil {
			log.Error().Err(cerr).Str("job", job.ID).Msg("cancelling a job whose inputs could not be kept")
		}
		return refuseBatch(log, kind, err)
	}
	log.Info().Str("job", job.ID).Str("request", kind).Msg("batch proof queued")
	return &pb.GenBatchProofResponse{Id: job.ID, Result: pb.Result_RESULT_OK}
}

// cancel stops a queued or running job, as Cancel on ZKProverService. Another
// aggregator's job, aggregation or final proof is an unknown id.
func (c *Client) cancel(ctx context.Context, log zerolog.Logger, req *pb.CancelRequest) *pb.CancelResponse {
	// Ids are map keys and file names in the node's spelling; a request
	// may spell one otherwise (upper case, braces, urn:uuid:).
	id, err := jobs.CanonicalID(req.GetId())
	if err != nil {
		log.Warn().Err(err).Str("id", req.GetId()).Msg("Cancel refused")
		return &pb.CancelResponse{Result: errs.Classify(err).Agg}
	}
	if _, ok, _ := c.final.get(auth.From(ctx), id); ok {
		log.Warn().Str("id", id).Msg("Cancel refused: a final proof is complete")
		return &pb.CancelResponse{Result: errs.Classify(queue.ErrFinished).Agg}
	}
	if ok, err := c.cancelWork(ctx, id); ok {
		if err != nil {
			log.Warn().Err(err).Str("id", id).Msg("Cancel refused")
			return &pb.CancelResponse{Result: errs.Classify(err).Agg}
		}
		return &pb.CancelResponse{Result: pb.Result_RESULT_OK}
	}
	if err := c.jobs.Cancel(ctx, id); err != nil {
		log.Warn().Err(err).Str("id", id).Msg("Cancel refused")
		return &pb.CancelResponse{Result: errs.Classify(err).Agg}
	}
	return &pb.CancelResponse{Result: pb.Result_RESULT_OK}
}

// getProof answers for a batch job or a final proof; a non-zero timeout
// waits up to that many seconds (capped by the node's max-wait) for the job
// to finish. Another aggregator's job, aggregation or final proof is an
// unknown id. An id spelt otherwise (upper case, braces, urn:uuid:) is
// answered for the id in the node's spelling.
func (c *Client) getProof(ctx context.Context, log zerolog.Logger, req *pb.GetProofRequest) *pb.GetProofResponse {
	id, err := jobs.CanonicalID(req.GetId())
	if err != nil {
		return &pb.GetProofResponse{Id: req.GetId(), Result: errs.Classify(err).AggGetProof, ResultString: err.Error()}
	}
	if fp, ok, err := c.final.get(auth.From(ctx), id); err != nil {
		log.Error().Err(err).Str("id", id).Msg("reading final proof")
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: err.Error()}
	} else if ok {
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_COMPLETED_OK, Proof: &pb.GetProofResponse_FinalProof{FinalProof: fp}}
	}
	if resp, ok := c.workProof(ctx, id, c.jobs.WaitFor(req.GetTimeout())); ok {
		return resp
	}
	job, err := c.jobs.Wait(ctx, id, c.jobs.WaitFor(req.GetTimeout()))
	if err != nil {
		return &pb.GetProofResponse{Id: id, Result: errs.Classify(err).AggGetProof, ResultString: err.Error()}
	}
	resp := c.jobProof(log, job)
	c.setRelay(resp, job.ID)
	return resp
}

// jobProof is GetProof's answer for a job in its current state.
func (c *Client) jobProof(log zerolog.Logger, job queue.Job) *pb.GetProofResponse {
	id := job.ID
	switch job.State {
	case queue.Queued, queue.Running:
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_PENDING, ResultString: string(job.State)}
	case queue.Done:
	default:
		cl, msg, _ := jobs.Failure(job)
		return &pb.GetProofResponse{Id: id, Result: cl.AggGetProof, ResultString: msg}
	}
	rp, err := c.recursiveProof(job)
	if err != nil {
		log.Error().Err(err).Str("id", id).Msg("building the recursive proof of a done job")
		return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_INTERNAL_ERROR, ResultString: err.Error()}
	}
	return &pb.GetProofResponse{Id: id, Result: pb.GetProofResponse_RESULT_COMPLETED_OK, Proof: &pb.GetProofResponse_RecursiveProof{RecursiveProof: rp}}
}

// setRelay adds where job id's result stands on chain, as zkprover.v1's
// GetProof does (doors/zkprover RelayStatusOf): nothing when the node has no
// chain side, state "none" for a job that answers no chain request.
func (c *Client) setRelay(resp *pb.GetProofResponse, id string) {
	if c.opts.Relays == nil {
		return
	}
	r := c.opts.Relays()
	if r == nil {
		return
	}
	info, ok := r.RelayStatus(id)
	if !ok || info == nil {
		resp.RelayState, resp.RelaySummary = jobs.RelayNone, "not a chain request"
		return
	}
	resp.RelayState, resp.RelayTxHash, resp.RelayBlockNumber = info.State, info.TxHash, info.Block
	resp.RelayReason, resp.RelayId, resp.RelaySummary = info.Reason, info.RelayID, info.Summary
	if info.Attempts > 0 {
		resp.RelayAttempts = uint32(min(info.Attempts, 1<<31))
	}
	if !info.UpdatedAt.IsZero() && info.UpdatedAt.Unix() > 0 {
		resp.RelayUpdatedAt = uint64(info.UpdatedAt.Unix())
	}
}

// jobInputs is the part of a job's statement known before it runs (what
// the sequence acc hashes, recursion.AccNext).
func jobInputs(r *jobs.Request) statement.Public {
	var pid fr.Element
	pid.SetBytes(r.ProgramID[:])
	return statement.Public{ProgramID: pid, Context: r.Context, OnchainInput: r.Onchain, OffchainHash: statement.OffchainHash(r.Offchain)}
}

// Package zkprover is the zkprover.v1 front door: the ZKProverService gRPC
// service (GetStatus, GenProof, Cancel, GetProof, Execute) as a thin adapter
// over the job service. It maps the wire's messages onto jobs.Spec and back,
// and answers errors through the one error table (package errs). Upstream
// clients expect result codes with an OK status, so every call answers OK
// with a result enum.
package zkprover

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"google.golang.org/grpc"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/buildinfo"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// ProtoVersion is the protocol version GetStatus reports.
const ProtoVersion = "v0_0_1"

// ServerVersion is the server version GetStatus reports: the running build,
// "zkprover-node/<version>+<commit>" (buildinfo).
func ServerVersion() string {
	bi := buildinfo.Get()
	return "zkprover-node/" + bi.Version + "+" + bi.Commit
}

// ServiceName is the gRPC service name (also the health service key).
const ServiceName = "zkprover.v1.ZKProverService"

// maxInflightPerStream bounds the GetProof requests waiting at once on one
// stream; further requests wait for a slot before being read.
const maxInflightPerStream = 256

// Reports are what other doors tell this one (through the composition root):
// each function may be nil or return nil.
type Reports struct {
	Relays      func() jobs.RelayStatuses
	Aggregators func() []jobs.AggregatorConn
	// Fleet is the prover fleet's state in one line ("" without a fleet).
	Fleet func(ctx context.Context) string
}

// Service implements zkprover.v1.ZKProverService over the job service.
type Service struct {
	pb.UnimplementedZKProverServiceServer
	jobs    *jobs.Service
	reports Reports
	log     zerolog.Logger
	fleet   fleetLine
}

// New returns the door.
func New(j *jobs.Service, r Reports, log zerolog.Logger) *Service {
	return &Service{jobs: j, reports: r, log: log.With().Str("component", "zkprover").Logger(),
		fleet: fleetLine{every: fleetEvery, timeout: fleetTimeout, wait: fleetWait}}
}

// GetStatus's fleet line is read in the background (Reports.Fleet asks the
// fleet's servers: several round trips, up to seconds when one is slow or
// down), never for long by GetStatus itself: a call answers the line last
// read while it is younger than fleetEvery. An older line (or none yet)
// starts a read, and the call waits for that read at most fleetWait (a node
// without a fleet, or a fleet that answers, is read within it), then answers
// the older line, or FleetChecking before the first read answered.
const (
	fleetEvery   = 2 * time.Second       // age of the line at which a call starts a new read
	fleetTimeout = 10 * time.Second      // bound on one read (Reports.Fleet has its own, shorter)
	fleetWait    = 50 * time.Millisecond // most a call waits for a read
	// FleetChecking is the fleet line while the first read is in progress.
	FleetChecking = "checking (the fleet's state is being read)"
)

// fleetLine is the last fleet line read and the read in progress.
type fleetLine struct {
	every, timeout, wait time.Duration

	mu      sync.Mutex
	line    string
	read    bool          // line holds a read's answer
	at      time.Time     // when the read that answered line started
	reading chan struct{} // closed when the read in progress is done; nil: none
}

// get returns the fleet line: the last one read while it is younger than
// every; else it starts a read with fetch (unless one is in progress) and
// waits for it at most wait.
func (f *fleetLine) get(fetch func(context.Context) string) string {
	f.mu.Lock()
	if f.read && time.Since(f.at) < f.every {
		defer f.mu.Unlock()
		return f.line
	}
	done := f.reading
	if done == nil {
		done = make(chan struct{})
		f.reading = done
		go f.refresh(fetch, time.Now(), done)
	}
	f.mu.Unlock()
	t := time.NewTimer(f.wait)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.read {
		return FleetChecking
	}
	return f.line
}

// refresh reads the line on a context of its own (a caller that leaves does
// not spoil the line of every other) and closes done.
func (f *fleetLine) refresh(fetch func(context.Context) string, start time.Time, done chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), f.timeout)
	defer cancel()
	line := fetch(ctx)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.line, f.read, f.at, f.reading = line, true, start, nil
	close(done)
}

// Roles is the role each method needs (package auth): reading for status and
// results, submitting for everything that queues or runs work.
func Roles() map[string]auth.Role {
	m := "/" + ServiceName + "/"
	return map[string]auth.Role{
		m + "GetStatus": auth.Read, m + "GetProof": auth.Read,
		m + "GenProof": auth.Submit, m + "Execute": auth.Submit, m + "Cancel": auth.Submit,
	}
}

// Register registers the service on s.
func (s *Service) Register(g *grpc.Server) { pb.RegisterZKProverServiceServer(g, s) }

func (s *Service) count(rpc, result string) {
	if m := s.jobs.Metrics(); m != nil {
		m.Requests.WithLabelValues(rpc, result).Inc()
	}
}

func (s *Service) failed(rpc string, c errs.Class) {
	if m := s.jobs.Metrics(); m != nil {
		m.Failures.WithLabelValues(rpc + "_" + c.Reason).Inc()
	}
}

// GetStatus reports the prover state.
func (s *Service) GetStatus(ctx context.Context, _ *pb.GetStatusRequest) (*pb.GetStatusResponse, error) {
	st := s.Status(ctx)
	s.count("GetStatus", st.State.String())
	return st, nil
}

// Status is the GetStatus report for the caller of ctx.
func (s *Service) Status(ctx context.Context) *pb.GetStatusResponse {
	js := s.jobs.Status(ctx)
	st := &pb.GetStatusResponse{
		VersionProto:           ProtoVersion,
		VersionServer:          ServerVersion(),
		PendingRequestQueueIds: js.Pending,
		LongRuns:               js.LongRuns,
	}
	if js.Last != nil {
		st.LastComputedRequestId = js.Last.ID
		st.LastComputedEndTime = uint64(js.Last.FinishedAt.Unix())
	}
	// The node's connections (aggregator addresses and their errors, the
	// fleet's servers and members) are the operator's: an admin's (or, with
	// authentication off, everyone's), not a client's.
	if auth.From(ctx).Can(auth.Admin) {
		if s.reports.Aggregators != nil {
			st.Aggregators = aggregatorStatus(s.reports.Aggregators())
		}
		if s.reports.Fleet != nil {
			st.Fleet = s.fleet.get(s.reports.Fleet) // never waits on the fleet
		}
	}
	if len(js.Running) > 0 {
		st.CurrentComputingRequestId = js.Running[0].ID
		st.CurrentComputingStartTime = uint64(js.Running[0].StartedAt.Unix())
	}
	switch js.Phase {
	case jobs.Halting:
		st.State = pb.GetStatusResponse_STATUS_PROVER_HALT
	case jobs.Booting:
		st.State = pb.GetStatusResponse_STATUS_PROVER_BOOTING
	default:
		if js.Busy {
			st.State = pb.GetStatusResponse_STATUS_PROVER_COMPUTING
		} else {
			st.State = pb.GetStatusResponse_STATUS_PROVER_IDLE
		}
	}
	return st
}

// aggregatorStatus is the GetStatus form of the connections.
func aggregatorStatus(conns []jobs.AggregatorConn) []*pb.GetStatusResponse_Aggregator {
	var out []*pb.GetStatusResponse_Aggregator
	for _, c := range conns {
		a := &pb.GetStatusResponse_Aggregator{
			Addr: c.Addr, State: c.State, Connects: c.Connects, Requests: c.Requests, LastError: c.LastError,
		}
		if !c.Since.IsZero() {
			a.Since = uint64(c.Since.Unix())
		}
		out = append(out, a)
	}
	return out
}

// GenProof validates the input and queues the job: OK with its id, or ERROR
// (or INTERNAL_ERROR) with no id and nothing stored.
func (s *Service) GenProof(ctx context.Context, req *pb.GenProofRequest) (*pb.GenProofResponse, error) {
	resp := s.genProof(ctx, req)
	s.count("GenProof", resp.Result.String())
	return resp, nil
}

func (s *Service) genProof(ctx context.Context, req *pb.GenProofRequest) *pb.GenProofResponse {
	refuse := func(err error) *pb.GenProofResponse {
		c := errs.Classify(err)
		s.failed("genproof", c)
		s.log.Info().Err(err).Str("reason", c.Reason).Msg("GenProof refused")
		return &pb.GenProofResponse{Result: c.GenProof, ResultString: err.Error()}
	}
	// The caller's admission first: a client over its rate costs nothing
	// more; Submit does not charge the admitted context again.
	ctx, err := s.jobs.Admit(ctx)
	if err != nil {
		return refuse(err)
	}
	if err := s.jobs.CheckSizes(SizesOf(req.GetInput())); err != nil {
		return refuse(err)
	}
	sp, err := SpecFromInput(req.GetInput())
	if err != nil {
		return refuse(err)
	}
	// Room in the queue for the caller before the ELF is loaded and the
	// inputs hashed: a client refused over and over costs little.
	if err := s.jobs.CheckRoom(ctx); err != nil {
		return refuse(err)
	}
	r, err := s.jobs.Build(sp)
	if err != nil {
		return refuse(err)
	}
	job, err := s.jobs.Submit(ctx, r)
	if err != nil {
		return refuse(err)
	}
	return &pb.GenProofResponse{Id: job.ID, Result: pb.GenProofResponse_RESULT_GEN_PROOF_OK}
}

// Cancel stops a queued or running job.
func (s *Service) Cancel(ctx context.Context, req *pb.CancelRequest) (*pb.CancelResponse, error) {
	resp := &pb.CancelResponse{Result: pb.CancelResponse_RESULT_CANCEL_OK}
	if err := s.jobs.Cancel(ctx, req.GetId()); err != nil {
		resp = &pb.CancelResponse{Result: errs.Classify(err).Cancel, ResultString: err.Error()}
	}
	s.count("Cancel", resp.Result.String())
	return resp, nil
}

// GetProof answers each request on the stream with its id, after waiting up
// to its timeout (seconds) for the job to finish. Requests are served
// concurrently, so answers may come in a different order than requests.
// When the client closes its side the waits in progress are answered before
// the stream ends; when a message cannot be read (over the size bound,
// undecodable) the waits in progress are stopped unanswered and the stream
// ends at once with that error: gRPC cancels the stream's context only once
// the handler returns, so the waits run on a context of their own.
func (s *Service) GetProof(stream pb.ZKProverService_GetProofServer) error {
	ctx, stop := context.WithCancelCause(stream.Context())
	defer stop(nil)
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
			// Stop the waits before the deferred wg.Wait: they would hold
			// the stream up to their timeouts (max-wait).
			stop(fmt.Errorf("reading the GetProof stream: %w", err))
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
			if ctx.Err() != nil {
				return // the stream ends: nobody reads the answer
			}
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

func (s *Service) getProof(ctx context.Context, req *pb.GetProofRequest) *pb.GetProofResponse {
	id := req.GetId()
	job, err := s.jobs.Wait(ctx, id, s.jobs.WaitFor(req.GetTimeout()))
	if err != nil {
		return &pb.GetProofResponse{Id: id, Result: errs.Classify(err).GetProof, ResultString: err.Error()}
	}
	resp := JobResponse(job)
	if resp.Result == pb.GetProofResponse_RESULT_GET_PROOF_PENDING && s.jobs.Halting() {
		// the wait was cut short: say why, so that a client does not read
		// an early PENDING as its timeout
		resp.ResultString += " (the node is shutting down: the job is kept and proven after it restarts; ask again then)"
	}
	if s.reports.Relays != nil {
		resp.Relay = RelayStatusOf(s.reports.Relays(), job.ID)
	}
	return resp
}

// KindJobTop is GetProof's proof_kind for a job proven up to its run's top
// proof (a batch job of the aggregator channel on a node with long runs).
const KindJobTop = "job-top"

// JobResponse is the GetProof answer for a job in its current state.
func JobResponse(job queue.Job) *pb.GetProofResponse {
	resp := &pb.GetProofResponse{Id: job.ID, JobState: string(job.State), Progress: ProgressOf(job.Progress)}
	switch job.State {
	case queue.Queued, queue.Running:
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_PENDING
		resp.ResultString = string(job.State)
		if job.Progress != nil {
			resp.ResultString += ": " + job.Progress.String()
		}
		return resp
	case queue.Done:
	default:
		c, msg, _ := jobs.Failure(job)
		resp.Result, resp.ResultString = c.GetProof, msg
		if job.Result != nil {
			resp.ExitCode = job.Result.ExitCode
			resp.Cycles = job.Result.Cycles
		}
		return resp
	}
	res, err := jobs.DecodeResult(job.Result)
	if err != nil {
		resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR
		resp.ResultString = err.Error()
		return resp
	}
	proof, pub := res.Proof, res.Public
	resp.Result = pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK
	if len(job.Result.Proof) == 0 && len(job.Result.Top) > 0 {
		// A job of the aggregator channel proven for aggregation: its
		// proof is its run's top proof, which that channel serves
		// (docs/aggregator.md); here the public values.
		resp.ProofKind = KindJobTop
		resp.ResultString = "proven up to its run's top proof for aggregation: the proof is served on the aggregator channel"
		resp.Public = &pb.PublicInputsExtended{
			PublicInputs: &pb.PublicInputs{OldStateRoot: pub.OldStateRoot, NewStateRoot: pub.NewStateRoot,
				SequencerAddr: "0x" + hex.EncodeToString(pub.Context.Sequencer[:]), ChainId: uint32(pub.Context.ChainID),
				BatchNum: uint32(pub.Context.BatchNum), BlockNum: uint32(pub.Context.BatchNum >> 32), EthTimestamp: pub.Context.Timestamp},
			InputHash: pub.InputHash,
		}
		resp.Output = "0x" + hex.EncodeToString(job.Result.Output)
		resp.ExitCode, resp.Cycles, resp.ProgramId = job.Result.ExitCode, job.Result.Cycles, pub.ProgramID
		return resp
	}
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
			BlockNum:      uint32(pub.Context.BatchNum >> 32),
			EthTimestamp:  pub.Context.Timestamp,
		},
		InputHash: pub.InputHash,
	}
	resp.SolidityCalldata = "0x" + hex.EncodeToString(proof.Calldata)
	resp.Output = "0x" + hex.EncodeToString(job.Result.Output)
	for _, c := range proof.Commitments {
		resp.Commitments = append(resp.Commitments, c[0], c[1])
	}
	if len(proof.Commitments) > 0 {
		resp.CommitmentPok = []string{proof.CommitmentPok[0], proof.CommitmentPok[1]}
	}
	resp.ExitCode = job.Result.ExitCode
	resp.Cycles = job.Result.Cycles
	resp.PublicInputElements = proof.PublicInputs
	resp.ProgramId = pub.ProgramID
	resp.ResultWithMetadata = pub.ResultWithMetadata
	resp.RawProof = "0x" + hex.EncodeToString(proof.Raw)
	resp.ProofClass = uint32(proof.ProofClass())
	resp.ProofKind = proof.Kind
	if proof.Kind != "" {
		// A final proof's one public input is a digest: the statement
		// itself comes along so that a client can rebuild the digest.
		elems, err := proof.Public.Elements()
		if err != nil {
			resp.Result, resp.ResultString = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR, err.Error()
			return resp
		}
		for i := range elems {
			resp.StatementElements = append(resp.StatementElements, elems[i].String())
		}
		resp.MaxCycles = proof.MaxCycles
	}
	return resp
}

// RelayStatusOf is the GetProof form of job id's relay status from r: nil
// when r is nil (no chain side), state "none" when the job answers no chain
// request.
func RelayStatusOf(r jobs.RelayStatuses, id string) *pb.GetProofResponse_RelayStatus {
	if r == nil {
		return nil
	}
	info, ok := r.RelayStatus(id)
	if !ok || info == nil {
		return &pb.GetProofResponse_RelayStatus{State: jobs.RelayNone, Summary: "not a chain request"}
	}
	out := &pb.GetProofResponse_RelayStatus{
		State: info.State, TxHash: info.TxHash, BlockNumber: info.Block, Reason: info.Reason,
		RelayId: info.RelayID, Summary: info.Summary,
	}
	if info.Attempts > 0 {
		out.Attempts = uint32(min(info.Attempts, 1<<31))
	}
	if !info.UpdatedAt.IsZero() && info.UpdatedAt.Unix() > 0 {
		out.UpdatedAt = uint64(info.UpdatedAt.Unix())
	}
	return out
}

// Execute runs each request on the stream without a proof and answers in
// order.
func (s *Service) Execute(stream pb.ZKProverService_ExecuteServer) error {
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

func (s *Service) execute(ctx context.Context, req *pb.ExecuteRequest) *pb.ExecuteResponse {
	fail := func(err error) *pb.ExecuteResponse {
		c := errs.Classify(err)
		if c.Execute != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR {
			s.failed("execute", c)
		}
		return &pb.ExecuteResponse{Result: c.Execute, ResultString: err.Error()}
	}
	// Each request is charged the caller's admission, first (jobs.Execute
	// does not charge the admitted context again).
	ctx, err := s.jobs.Admit(ctx)
	if err != nil {
		return fail(err)
	}
	if err := s.jobs.CheckSizes(SizesOf(req.GetInput())); err != nil {
		return fail(err)
	}
	sp, err := SpecFromInput(req.GetInput())
	if err != nil {
		return fail(err)
	}
	// A place for the run before the ELF is loaded and the inputs hashed.
	if err := s.jobs.CheckExecRoom(); err != nil {
		return fail(err)
	}
	r, err := s.jobs.Build(sp)
	if err != nil {
		return fail(err)
	}
	ex, err := s.jobs.Execute(ctx, r)
	if err != nil {
		resp := fail(err)
		if ex != nil && ex.Program != nil {
			resp.ProgramId = ex.Program.IDHex()
		}
		return resp
	}
	res := ex.Result
	oldRoot, newRoot := jobs.FieldBytes(res.OldStateRoot), jobs.FieldBytes(res.StateRoot)
	receipt, err := jobs.ResultWithMetadata(r, res.ExitCode, res.Output, oldRoot, newRoot, 0, nil)
	if err != nil {
		return fail(err)
	}
	return &pb.ExecuteResponse{
		Result:         pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK,
		DiffKeysValues: jobs.FormatState(res.Changed),
		NewStateRoot:   jobs.FieldHex(res.StateRoot),
		Counters: &pb.ZkCounters{
			Arith: sat32(res.Counters.ALU + res.Counters.MulDiv),
		},
		Receipts:    []string{"0x" + hex.EncodeToString(receipt)},
		Logs:        res.Logs,
		ExitCode:    res.ExitCode,
		Output:      "0x" + hex.EncodeToString(res.Output),
		Cycles:      res.Cycles,
		CountersExt: jobs.CounterMap(res),
		ProgramId:   ex.Program.IDHex(),
	}
}

func sat32(x uint64) uint32 {
	if x > 0xffffffff {
		return 0xffffffff
	}
	return uint32(x)
}

// ProgressOf is the wire form of a long job's progress (nil for none).
func ProgressOf(p *queue.Progress) *pb.GetProofResponse_JobProgress {
	if p == nil {
		return nil
	}
	return &pb.GetProofResponse_JobProgress{Stage: p.Stage, SegmentsDone: uint32(p.SegmentsDone), Segments: uint32(p.Segments),
		AggregationsDone: uint32(p.AggregationsDone), Aggregations: uint32(p.Aggregations), Resumed: uint32(p.Resumed),
		AggregationsResumed: uint32(p.AggregationsResumed), Summary: p.String()}
}

// Package coprocessor is the InfinityVM-compatible front door: the
// coprocessor_node.v1.CoprocessorNode gRPC service (SubmitJob, GetResult,
// SubmitProgram, GetPendingJobs, ContainsProgram), its JSON gateway, and the
// Infernet container endpoint. An app that uses InfinityVM's coprocessor node
// points its client here unchanged and gets results that carry a Groth16
// proof its contracts verify (docs/coprocessor.md).
//
// Like every door it is a thin adapter over the job service: it checks a
// request (sizes first, then the ABI job request, the offchain input hash,
// the state, the signature and the nonce), hands the job to the job service
// (or, when results go on chain, to the chain door that relays them), and
// keeps an index from coprocessor job ids to node jobs.
package coprocessor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// ServiceName is the gRPC service name.
const ServiceName = "coprocessor_node.v1.CoprocessorNode"

// Chain is what the door reads from the chain (the chain door implements it).
type Chain interface {
	// ChainID is the chain's id (bound into every offchain job's statement).
	ChainID() uint64
	// CheckSignature returns nil when sig over req (raw: its ABI bytes) is
	// one the consumer contract accepts, and an error wrapping
	// errs.ErrPermission when it is not.
	CheckSignature(ctx context.Context, req *contracts.OffchainJobRequest, raw, sig []byte) error
	// JobExists reports whether the JobManager knows the job id (pending,
	// cancelled or completed).
	JobExists(ctx context.Context, jobID [32]byte) (bool, error)
	// CheckNonce returns an error wrapping errs.ErrInvalid for an offchain
	// nonce the consumer will refuse on delivery (too far above the ones it
	// has seen).
	CheckNonce(ctx context.Context, consumer common.Address, nonce uint64) error
}

// Relay delivers a job's result on chain (the chain door's bridge): it
// queues the job and returns its node job id, the same id for a job id it
// knows, also one whose node job it queued (under chain.NodeJobKey) before
// a crash kept it from recording the job. ordered relays the consumer's
// results in request order.
type Relay interface {
	SubmitOffchain(ctx context.Context, r *jobs.Request, ordered bool) (string, error)
}

// Bridge is the chain door's bridge as the door reads it: where relayed
// results stand on chain, and the jobs the node took from the chain
// (JobCreated events), which GetResult answers for too: upstream's node
// serves every job it follows, however it was requested.
type Bridge interface {
	jobs.RelayStatuses
	// Status is where the chain request of id stands ("0x" + the job id's 64 hex digits).
	Status(id string) (chain.Status, error)
}

// Options configure the door.
type Options struct {
	Jobs *jobs.Service
	// Dir holds the door's index (Badger).
	Dir string
	// Chain checks signatures and nonces; nil: no chain (signatures are not
	// checked and nothing is relayed: docs/coprocessor.md).
	Chain Chain
	// Relay delivers results on chain; nil: results stay off chain.
	Relay Relay
	// Bridge is the chain door's bridge, once it is open (nil, or nil
	// returned: none; results stand nowhere on chain).
	Bridge func() Bridge
	// MaxBodyBytes bounds a JSON gateway submit_* body (0:
	// DefaultMaxBodyBytes); the node passes 2 x max-request-bytes + 64 KiB
	// (hex doubles the bytes). Other routes take at most 64 KiB.
	MaxBodyBytes int64
	// PruneEvery is how often the door prunes the index entries whose node
	// job was swept (Prune); 0: DefaultPruneEvery, negative: only
	// GetPendingJobs prunes (the entries it reads).
	PruneEvery time.Duration
	// Epoch names the chain instance the door's jobs belong to, in their
	// node job keys (NodeJobKey, the chain door's chain.NodeJobKey): "" for
	// a real chain or none; the development chain, new at every start with
	// the same job ids, gets a fresh one (and a fresh Dir), so a request on
	// it is never taken for one of an earlier chain.
	Epoch  string
	Logger zerolog.Logger
}

// DefaultPruneEvery is how often the door prunes its index by default.
const DefaultPruneEvery = time.Hour

// Service is the door.
type Service struct {
	pb.UnimplementedCoprocessorNodeServer
	opts  Options
	jobs  *jobs.Service
	index *index
	log   zerolog.Logger

	mu       sync.Mutex
	inflight map[string]bool // job ids being admitted

	stopPrune chan struct{}  // closed by Close
	pruning   sync.WaitGroup // the prune loop
	closeOnce sync.Once
	// lookedUp, when set (tests), is called with each node job GetPendingJobs
	// or Prune looks up.
	lookedUp func(nodeJob string)
}

// New opens the door's index.
func New(o Options) (*Service, error) {
	if o.Jobs == nil || o.Dir == "" {
		return nil, errors.New("coprocessor: Jobs and Dir are required")
	}
	log := o.Logger.With().Str("component", "coprocessor").Logger()
	x, err := openIndex(o.Dir, log)
	if err != nil {
		return nil, err
	}
	s := &Service{opts: o, jobs: o.Jobs, index: x, log: log, inflight: map[string]bool{}, stopPrune: make(chan struct{})}
	every := o.PruneEvery
	if every == 0 {
		every = DefaultPruneEvery
	}
	if every > 0 {
		s.pruning.Add(1)
		go s.pruneLoop(every)
	}
	return s, nil
}

// Close stops the prune loop and closes the index.
func (s *Service) Close() error {
	s.closeOnce.Do(func() { close(s.stopPrune) })
	s.pruning.Wait()
	return s.index.close()
}

// pruneLoop prunes the index every interval until Close.
func (s *Service) pruneLoop(every time.Duration) {
	defer s.pruning.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.stopPrune:
			return
		case <-t.C:
		}
		if n, err := s.Prune(); err != nil {
			s.log.Warn().Err(err).Int("pruned", n).Msg("pruning the coprocessor index")
		} else if n > 0 {
			s.log.Info().Int("pruned", n).Msg("index entries of swept jobs pruned")
		}
	}
}

// Prune marks every index entry whose node job was swept (index.prune: the
// job id stays refused, GetPendingJobs no longer reads it) and returns how
// many it marked.
func (s *Service) Prune() (int, error) {
	entries, err := s.index.all()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		if _, gone, err := s.nodeJob(e); err != nil {
			return n, err
		} else if gone {
			n++
		}
	}
	return n, nil
}

// nodeJob looks up the node job of an entry listed under its consumer,
// whoever owns it; one that was swept is pruned (gone).
func (s *Service) nodeJob(e *entry) (job queue.Job, gone bool, err error) {
	if s.lookedUp != nil {
		s.lookedUp(e.NodeJob)
	}
	job, err = s.jobs.Store().Get(e.NodeJob)
	if errors.Is(err, queue.ErrNotFound) {
		if err := s.index.prune(e); err != nil {
			return queue.Job{}, false, err
		}
		return queue.Job{}, true, nil
	}
	if err != nil {
		return queue.Job{}, false, fmt.Errorf("job 0x%s: %w", e.JobID, err)
	}
	return job, false, nil
}

// Register registers the gRPC service on g.
func (s *Service) Register(g *grpc.Server) { pb.RegisterCoprocessorNodeServer(g, s) }

// Roles is the role each method needs (package auth).
func Roles() map[string]auth.Role {
	m := "/" + ServiceName + "/"
	return map[string]auth.Role{
		m + "SubmitJob": auth.Submit, m + "SubmitProgram": auth.Submit,
		m + "GetResult": auth.Read, m + "GetPendingJobs": auth.Read, m + "ContainsProgram": auth.Read,
	}
}

// statusOf is the gRPC status of err, by the error table.
func statusOf(err error) error {
	return status.Error(errs.Classify(err).Code, err.Error())
}

// SubmitProgram checks and stores a program ELF. The caller's admission is
// charged first, before the ELF is loaded.
func (s *Service) SubmitProgram(ctx context.Context, req *pb.SubmitProgramRequest) (*pb.SubmitProgramResponse, error) {
	ctx, err := s.jobs.Admit(ctx)
	if err != nil {
		return nil, statusOf(err)
	}
	if err := s.jobs.CheckSize(proto.Size(req)); err != nil {
		return nil, statusOf(err)
	}
	if len(req.GetProgramElf()) == 0 {
		return nil, statusOf(errs.Invalidf("program_elf is empty"))
	}
	// The ELF is loaded once; its id is computed and compared before
	// anything is stored: a refused request leaves nothing in the program
	// store.
	prog, err := s.jobs.AddProgramFor(ctx, req.GetProgramElf(), func(prog *executor.Program) error {
		id := jobs.FieldBytes(prog.ID)
		if want := req.GetProgramId(); len(want) > 0 && !bytes.Equal(want, id[:]) {
			return errs.Invalidf("program_id 0x%x is not the id the node computes for this ELF, 0x%x", want, id)
		}
		return nil
	})
	if err != nil {
		return nil, statusOf(err)
	}
	id := jobs.FieldBytes(prog.ID)
	s.log.Info().Str("program", prog.IDHex()).Int("bytes", len(req.GetProgramElf())).Msg("program stored")
	return &pb.SubmitProgramResponse{ProgramId: id[:]}, nil
}

// ContainsProgram says whether the node has the program.
func (s *Service) ContainsProgram(_ context.Context, req *pb.ContainsProgramRequest) (*pb.ContainsProgramResponse, error) {
	if len(req.GetProgramId()) != 32 {
		return nil, statusOf(errs.Invalidf("program_id has %d bytes, want 32", len(req.GetProgramId())))
	}
	ok, err := s.jobs.HasProgram(fmt.Sprintf("0x%x", req.GetProgramId()))
	if err != nil {
		return nil, statusOf(err)
	}
	return &pb.ContainsProgramResponse{Contains: ok}, nil
}

// SubmitJob checks a signed offchain job request and queues its job. A job
// id already indexed is AlreadyExists. One whose node job was queued but not
// indexed (the node stopped in between) is indexed then, and the request
// answered as the first submission would have been (AlreadyExists if it is
// another request for the job id): see recoverNodeJob.
func (s *Service) SubmitJob(ctx context.Context, req *pb.SubmitJobRequest) (*pb.SubmitJobResponse, error) {
	id, err := s.submit(ctx, req)
	if err != nil {
		s.log.Info().Err(err).Str("reason", errs.Classify(err).Reason).Msg("SubmitJob refused")
		return nil, statusOf(err)
	}
	return &pb.SubmitJobResponse{JobId: id[:]}, nil
}

func (s *Service) submit(ctx context.Context, in *pb.SubmitJobRequest) ([32]byte, error) {
	var none [32]byte
	// The caller's admission first: a client over its rate costs no
	// decoding, hashing or chain call; the job service does not charge the
	// admitted context again when it queues the job.
	ctx, err := s.jobs.Admit(ctx)
	if err != nil {
		return none, err
	}
	// Sizes next: nothing is decoded or hashed before.
	if err := s.jobs.CheckSize(proto.Size(in)); err != nil {
		return none, err
	}
	lim := s.jobs.Limits()
	switch {
	case len(in.GetRequest()) == 0:
		return none, errs.Invalidf("request is empty: it must be abi.encode(OffchainJobRequest)")
	case len(in.GetRequest()) > MaxRequestBytes:
		return none, errs.Invalidf("request of %d bytes (at most %d)", len(in.GetRequest()), MaxRequestBytes)
	case len(in.GetSignature()) == 0 || len(in.GetSignature()) > MaxSignatureBytes:
		return none, errs.Invalidf("signature of %d bytes (1 to %d)", len(in.GetSignature()), MaxSignatureBytes)
	case len(in.GetOffchainInput()) > lim.MaxOffchainBytes:
		return none, errs.Invalidf("offchain input of %d bytes (at most %d)", len(in.GetOffchainInput()), lim.MaxOffchainBytes)
	case len(in.GetState()) > stateEntryBytes*lim.MaxStateEntries:
		return none, errs.Invalidf("state of %d bytes (at most %d entries of 8 bytes)", len(in.GetState()), lim.MaxStateEntries)
	}
	req, seven, err := DecodeRequest(in.GetRequest())
	if err != nil {
		return none, err
	}
	if req.MaxCycles == 0 {
		return none, errs.Invalidf("max_cycles is zero")
	}
	if req.MaxCycles > s.jobs.MaxCycles() {
		return none, errs.Invalidf("max_cycles %d is over this node's cap %d", req.MaxCycles, s.jobs.MaxCycles())
	}
	if len(req.ProgramID) != 32 {
		return none, errs.Invalidf("programID has %d bytes, want 32", len(req.ProgramID))
	}
	// On a node that follows a chain, six-field requests too (proven, not
	// relayed): their job id would be the consumer's onchain job's of that
	// nonce.
	if (s.opts.Chain != nil || s.opts.Relay != nil) && req.Nonce < contracts.OffchainNonceMin {
		return none, errs.Invalidf("nonce %d is in the consumer's onchain nonce space: offchain requests take nonces from 2^63 (getNextOffchainNonce())", req.Nonce)
	}
	switch rs := in.GetRelayStrategy(); rs {
	case pb.RelayStrategy_RELAY_STRATEGY_UNORDERED, pb.RelayStrategy_RELAY_STRATEGY_ORDERED:
	default:
		return none, errs.Invalidf("relay_strategy %d: want 0 (unordered) or 1 (ordered)", rs)
	}
	if len(req.OnchainInput) > statement.MaxOnchainInputBytes {
		return none, errs.Invalidf("onchain input of %d bytes (at most %d)", len(req.OnchainInput), statement.MaxOnchainInputBytes)
	}
	// Room in the queue for the caller before anything is hashed or asked
	// of the chain; a resubmission whose node job is queued (under either
	// key: recoverNodeJob) has room.
	jobID := contracts.JobID(req.Nonce, req.Consumer)
	ownKey, relayKey := s.keys(jobID)
	if err := s.jobs.CheckRoom(ctx, ownKey, relayKey); err != nil {
		return none, err
	}
	if ok, err := s.jobs.HasProgram(fmt.Sprintf("0x%x", req.ProgramID)); err != nil {
		return none, err
	} else if !ok {
		return none, fmt.Errorf("%w 0x%x: submit it with SubmitProgram first", errs.ErrUnknownProgram, req.ProgramID)
	}
	if got := contracts.Bytes32(statement.OffchainHash(in.GetOffchainInput())); got != req.OffchainInputHash {
		if crypto.Keccak256Hash(in.GetOffchainInput()) == common.Hash(req.OffchainInputHash) {
			return none, errs.Invalidf("offchainInputHash is keccak256 of the offchain input; this node's proofs bind the zkVM's offchain hash (docs/zkvm.md): sign 0x%x", got)
		}
		return none, errs.Invalidf("offchainInputHash 0x%x is not the hash of the offchain input (%d bytes): 0x%x", req.OffchainInputHash, len(in.GetOffchainInput()), got)
	}
	state, err := DecodeState(in.GetState())
	if err != nil {
		return none, err
	}
	if root := contracts.Bytes32(statement.StateRoot(state)); root != req.StateHash {
		return none, errs.Invalidf("stateHash 0x%x is not the root of the state sent (%d entries): 0x%x", req.StateHash, len(state), root)
	}

	// The consumer's signature first: whether a job of another consumer
	// exists (or is being submitted) is not told to a caller who cannot
	// sign for it.
	if c := s.opts.Chain; c != nil {
		if err := c.CheckSignature(ctx, req, in.GetRequest(), in.GetSignature()); err != nil {
			return none, err
		}
		if seven { // relayed: a nonce the consumer refuses is not proven for nothing
			if err := c.CheckNonce(ctx, req.Consumer, req.Nonce); err != nil {
				return none, err
			}
		}
	}
	key := jobIDHex(jobID)
	if !s.reserve(key) {
		return none, fmt.Errorf("%w: job 0x%s (nonce %d of consumer %s) is being submitted", errs.ErrAlreadyExists, key, req.Nonce, req.Consumer)
	}
	defer s.release(key)
	if _, err := s.index.get(key); err == nil {
		return none, fmt.Errorf("%w: job 0x%s (nonce %d of consumer %s) exists", errs.ErrAlreadyExists, key, req.Nonce, req.Consumer)
	} else if !errors.Is(err, errNoEntry) {
		return none, err
	}
	var chainID uint64
	if c := s.opts.Chain; c != nil {
		exists, err := c.JobExists(ctx, jobID)
		if err != nil {
			return none, fmt.Errorf("reading job 0x%s on chain: %w", key, err)
		}
		if exists {
			return none, fmt.Errorf("%w: job 0x%s (nonce %d of consumer %s) is on chain", errs.ErrAlreadyExists, key, req.Nonce, req.Consumer)
		}
		// Read after the checks (the chain side answered them): 0 is a chain
		// side not (or no longer) running, never a job's chain.
		if chainID = c.ChainID(); chainID == 0 {
			return none, fmt.Errorf("%w: the chain side is not running (no chain id to bind the job to)", errs.ErrUnavailable)
		}
	}

	// The node job: the request in its seven-field form (a six-field one is
	// re-encoded with the empty state's root), the statement context of an
	// offchain job.
	raw := in.GetRequest()
	if !seven {
		if raw, err = req.Encode(); err != nil {
			return none, err
		}
	}
	r, err := s.jobs.Build(jobs.Spec{JobRequest: raw, Offchain: in.GetOffchainInput(), State: state,
		Context: contracts.OffchainJobContext(chainID, req), Signature: in.GetSignature()})
	if err != nil {
		return none, err
	}
	e := &entry{JobID: key, Nonce: req.Nonce, Consumer: req.Consumer}
	switch {
	case s.opts.Relay == nil:
		e.NoRelay = "the node follows no chain"
	case !seven:
		e.NoRelay = "a six-field request (without stateHash) is proven but not relayed: the JobManager takes the seven-field form"
	}
	ordered := in.GetRelayStrategy() == pb.RelayStrategy_RELAY_STRATEGY_ORDERED
	// The node job is queued under a key (NodeJobKey, or the chain door's
	// for a relayed one) before the index entry is written: after a crash
	// in between, the job is found here and indexed, never queued twice.
	found, same, err := s.recoverNodeJob(ctx, e, jobID, r, ordered)
	if err != nil {
		return none, err
	}
	switch {
	case found:
	case e.NoRelay == "":
		if e.NodeJob, err = s.opts.Relay.SubmitOffchain(ctx, r, ordered); err != nil {
			return none, err
		}
		e.Relayed = true
	default:
		job, _, err := s.jobs.SubmitKeyed(ctx, ownKey, r)
		if err != nil {
			return none, err
		}
		e.NodeJob = job.ID
	}
	if err := s.index.put(e); err != nil {
		return none, fmt.Errorf("indexing job 0x%s: %w", key, err)
	}
	if found && !same {
		return none, fmt.Errorf("%w: job 0x%s (nonce %d of consumer %s) exists with another request (its node job %s was queued before the node lost its answer)",
			errs.ErrAlreadyExists, key, req.Nonce, req.Consumer, e.NodeJob)
	}
	msg := "offchain job queued"
	if found {
		msg = "offchain job found queued without its index entry (the node stopped in between): indexed"
	}
	s.log.Info().Str("job", key).Str("node_job", e.NodeJob).Uint64("nonce", req.Nonce).Str("consumer", req.Consumer.Hex()).
		Bool("relayed", e.Relayed).Msg(msg)
	return jobID, nil
}

// NodeJobKey is the idempotency key (jobs.Service.SubmitKeyed) under which
// the door of epoch (Options.Epoch) queues the node job of coprocessor job
// jobID when it does not relay it; a relayed job is queued by the chain
// door under its key (relayKey).
func NodeJobKey(epoch string, jobID [32]byte) string {
	if epoch == "" {
		return "coprocessor:" + jobIDHex(jobID)
	}
	return "coprocessor:" + epoch + "/" + jobIDHex(jobID)
}

// keys are the two keys a node job of jobID may be queued under: the
// door's own and the chain door's (a relayed job).
func (s *Service) keys(jobID [32]byte) (own, relayed string) {
	return NodeJobKey(s.opts.Epoch, jobID), chain.NodeJobKey(s.opts.Epoch, chain.JobRelayID(jobID))
}

// recoverNodeJob looks for the node job of a job id the index does not have:
// one queued under either key before the node stopped (or before the index
// write failed). found: there is one; e then names it, and same says whether
// it runs r (the same request, inputs, state and context; the signature may
// differ). A relayed one is handed to the relay again with its stored
// request, so that the chain door's entry, if it was lost too, is written.
func (s *Service) recoverNodeJob(ctx context.Context, e *entry, jobID [32]byte, r *jobs.Request, ordered bool) (found, same bool, err error) {
	relayed := false
	ownKey, relayKey := s.keys(jobID)
	job, err := s.jobs.JobOfKey(ownKey)
	if errors.Is(err, queue.ErrNotFound) {
		relayed = true
		job, err = s.jobs.JobOfKey(relayKey)
	}
	if errors.Is(err, queue.ErrNotFound) {
		return false, false, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("looking for the node job of 0x%s: %w", e.JobID, err)
	}
	stored, err := s.jobs.Request(job.ID)
	if err != nil {
		return false, false, err
	}
	e.NodeJob, e.Relayed, e.NoRelay = job.ID, false, ""
	switch {
	case !relayed:
		e.NoRelay = "queued without relay (a six-field request, or a node that followed no chain) before the node lost its answer"
	case s.opts.Relay == nil:
		e.NoRelay = "the node follows no chain"
	default:
		if e.NodeJob, err = s.opts.Relay.SubmitOffchain(ctx, stored, ordered); err != nil {
			return false, false, err
		}
		e.Relayed = true
	}
	return true, sameJob(stored, r), nil
}

// sameJob reports whether a and b are one job: the same request, inputs,
// state and statement context (signatures aside: a signer may sign one
// request twice).
func sameJob(a, b *jobs.Request) bool {
	x, y := *a, *b
	x.Signature, y.Signature, x.ELF, y.ELF = nil, nil, nil, nil
	ja, err1 := json.Marshal(&x)
	jb, err2 := json.Marshal(&y)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

func (s *Service) reserve(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inflight[key] {
		return false
	}
	s.inflight[key] = true
	return true
}

func (s *Service) release(key string) {
	s.mu.Lock()
	delete(s.inflight, key)
	s.mu.Unlock()
}

// GetResult is a job's result and status.
func (s *Service) GetResult(ctx context.Context, req *pb.GetResultRequest) (*pb.GetResultResponse, error) {
	if len(req.GetJobId()) != 32 {
		return nil, statusOf(errs.Invalidf("job_id has %d bytes, want 32", len(req.GetJobId())))
	}
	e, err := s.index.get(fmt.Sprintf("%x", req.GetJobId()))
	if errors.Is(err, errNoEntry) {
		if res, ok, err := s.onchainResult(req.GetJobId()); err != nil || ok {
			if err != nil {
				return nil, statusOf(err)
			}
			return &pb.GetResultResponse{JobResult: res}, nil
		}
		return nil, statusOf(unknownJob(fmt.Sprintf("%x", req.GetJobId())))
	}
	if err != nil {
		return nil, statusOf(err)
	}
	res, err := s.result(ctx, e)
	if err != nil {
		return nil, statusOf(err)
	}
	return &pb.GetResultResponse{JobResult: res}, nil
}

// unknownJob is the one answer for a job id this caller cannot read: never
// submitted here, another client's, or removed after the retention period
// (one wording for all three, so that it tells nothing of other clients'
// jobs).
func unknownJob(id string) error {
	return fmt.Errorf("unknown job id 0x%s (never submitted here, not yours, or removed after the retention period): %w", id, queue.ErrNotFound)
}

// result builds a job's JobResult from its node job and relay.
func (s *Service) result(ctx context.Context, e *entry) (*pb.JobResult, error) {
	// Neither answer names the node job: the caller may not own it (a
	// swept job's owner is not known any more; another client's job reads
	// as unknown).
	if e.Swept {
		return nil, unknownJob(e.JobID)
	}
	job, err := s.jobs.Get(ctx, e.NodeJob)
	if errors.Is(err, queue.ErrNotFound) {
		return nil, unknownJob(e.JobID)
	}
	if err != nil {
		return nil, fmt.Errorf("job 0x%s: %w", e.JobID, err)
	}
	r, err := s.jobs.Request(e.NodeJob)
	if err != nil {
		return nil, err
	}
	jr, err := jobs.DecodeJobRequest(r.JobRequest)
	if err != nil {
		return nil, err
	}
	id := contracts.JobID(e.Nonce, e.Consumer)
	out := &pb.JobResult{
		Id: id[:], Nonce: e.Nonce, MaxCycles: jr.MaxCycles, ConsumerAddress: e.Consumer.Bytes(), ProgramId: jr.ProgramID,
		OnchainInput: jr.OnchainInput, OffchainInputHash: jr.OffchainInputHash[:], RequestSignature: r.Signature,
		Status: &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_PENDING},
	}
	if out.OnchainInput == nil {
		out.OnchainInput = []byte{}
	}
	switch job.State {
	case queue.Queued, queue.Running:
		return out, nil
	case queue.Done:
	default:
		_, msg, _ := jobs.Failure(job)
		out.Status = &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_FAILED, FailureReason: &msg}
		return out, nil
	}
	done, err := jobs.DecodeResult(job.Result)
	if err != nil {
		return nil, err
	}
	if rwm := done.Public.ResultWithMetadata; rwm != "" {
		if out.ResultWithMetadata, err = jobs.DecodeHex("stored result_with_metadata", rwm); err != nil {
			return nil, err
		}
	}
	st, info := s.relayStatus(e)
	out.Status = st
	if info != nil && st.Status == pb.JobStatusType_JOB_STATUS_TYPE_RELAYED && info.TxHash != "" {
		out.RelayTxHash = common.FromHex(info.TxHash)
	}
	return out, nil
}

// onchainResult is the JobResult of an onchain job the node follows (a JobCreated event's;
// ok false for any other id). Anyone who may read may read it: the request, and the result
// once delivered, are public on chain. Its offchain input is empty, its request unsigned.
func (s *Service) onchainResult(id []byte) (res *pb.JobResult, ok bool, err error) {
	src := s.bridge()
	if src == nil {
		return nil, false, nil
	}
	st, serr := src.Status(fmt.Sprintf("0x%x", id))
	// none, an offchain job's (the index has it), a subscription's
	if onchain := serr == nil && len(st.Request) == 0 && st.Subscription == 0; !onchain {
		return nil, false, nil
	}
	var job queue.Job
	if st.NodeJob != "" {
		var err error
		job, err = s.jobs.Store().Get(st.NodeJob)
		if errors.Is(err, queue.ErrNotFound) {
			return nil, false, nil // swept after the retention: as for any job
		}
		if err != nil {
			return nil, false, fmt.Errorf("job 0x%x: %w", id, err)
		}
	} else if st.Stage != chain.StageRejected && st.Stage != chain.StageCancelled {
		return nil, false, nil
	}
	offHash := contracts.Bytes32(statement.OffchainHash(nil))
	out := &pb.JobResult{
		Id: id, Nonce: st.Nonce, MaxCycles: st.MaxCycles, ConsumerAddress: st.Consumer.Bytes(), ProgramId: st.ProgramID,
		OnchainInput: st.Input, OffchainInputHash: offHash[:], RequestSignature: []byte{},
		Status: &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_PENDING},
	}
	if out.OnchainInput == nil {
		out.OnchainInput = []byte{}
	}
	failed := func(reason string) (*pb.JobResult, bool, error) {
		out.Status = &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_FAILED, FailureReason: &reason}
		return out, true, nil
	}
	switch {
	case st.Stage == chain.StageCancelled:
		return failed("cancelled on chain")
	case st.Stage == chain.StageRejected:
		return failed("rejected by the node: " + st.Reason)
	case job.State == queue.Queued || job.State == queue.Running:
		return out, true, nil
	case job.State != queue.Done:
		_, msg, _ := jobs.Failure(job)
		return failed(msg)
	}
	if r, err := chain.OnchainResult(st.Entry, job); err == nil {
		if out.ResultWithMetadata, err = r.Encode(); err != nil {
			return nil, false, err
		}
	}
	status, info := s.relayStatus(&entry{Relayed: true, NodeJob: st.NodeJob})
	out.Status = status
	if info != nil && status.Status == pb.JobStatusType_JOB_STATUS_TYPE_RELAYED && info.TxHash != "" {
		out.RelayTxHash = common.FromHex(info.TxHash)
	}
	return out, true, nil
}

// bridge is the chain door's bridge, or nil.
func (s *Service) bridge() Bridge {
	if s.opts.Bridge == nil {
		return nil
	}
	return s.opts.Bridge()
}

// relayStatus is the status of a job whose node job is done: DONE, or by
// its relay (when relayed) RELAYED or FAILED; info is the relay's (nil when
// none).
func (s *Service) relayStatus(e *entry) (*pb.JobStatus, *jobs.RelayInfo) {
	st := &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_DONE}
	src := s.bridge()
	if !e.Relayed || src == nil {
		return st, nil
	}
	info, ok := src.RelayStatus(e.NodeJob)
	if !ok || info == nil {
		return st, nil
	}
	st.Retries = uint32(max(0, min(info.Attempts-1, 1<<31)))
	switch info.State {
	case "confirmed", "already_on_chain":
		st.Status = pb.JobStatusType_JOB_STATUS_TYPE_RELAYED
	case "failed", "rejected", "no_result", "cancelled":
		// A result that cannot reach the chain is not DONE (upstream shows it so).
		reason := "relay " + info.State
		if info.Reason != "" {
			reason += ": " + info.Reason
		}
		st = &pb.JobStatus{Status: pb.JobStatusType_JOB_STATUS_TYPE_FAILED, FailureReason: &reason, Retries: st.Retries}
	}
	return st, info
}

// GetPendingJobs is the nonces of a consumer's jobs whose results are not
// on chain yet (pending, or proven and being relayed). It reads only the
// entries still listed under the consumer, one node job lookup each, and
// prunes those whose node job was swept, so they are never read again.
func (s *Service) GetPendingJobs(ctx context.Context, req *pb.GetPendingJobsRequest) (*pb.GetPendingJobsResponse, error) {
	if len(req.GetConsumerAddress()) != common.AddressLength {
		return nil, statusOf(errs.Invalidf("consumer_address has %d bytes, want 20", len(req.GetConsumerAddress())))
	}
	entries, err := s.index.ofConsumer(common.BytesToAddress(req.GetConsumerAddress()))
	if err != nil {
		return nil, statusOf(err)
	}
	caller := auth.From(ctx)
	out := &pb.GetPendingJobsResponse{PendingJobs: []uint64{}}
	for _, e := range entries {
		job, gone, err := s.nodeJob(e)
		if err != nil {
			return nil, statusOf(err)
		}
		if gone || !caller.Owns(job.Owner) { // swept, or another client's
			continue
		}
		switch job.State {
		case queue.Queued, queue.Running:
			out.PendingJobs = append(out.PendingJobs, e.Nonce)
		case queue.Done:
			if st, _ := s.relayStatus(e); e.Relayed && st.Status == pb.JobStatusType_JOB_STATUS_TYPE_DONE {
				out.PendingJobs = append(out.PendingJobs, e.Nonce)
			}
		}
	}
	return out, nil
}

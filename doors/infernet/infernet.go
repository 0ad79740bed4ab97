// Package infernet is the Infernet container front door (seed 002): POST
// /service_output with {source, destination, data, requires_proof}, served on
// its own HTTP listener. A Ritual Infernet node configured with this node as
// a container gets results proven with Groth16 that the Coordinator's
// consumers verify on chain (docs/coprocessor.md, "Infernet").
//
// Like every door it is a thin adapter over the job service: destination 1
// (off-chain) and 2 (streaming) run a program the request names on the
// inputs it carries (executed, or proven when requires_proof); destination 0
// (on-chain) proves a Coordinator subscription's interval exactly as the
// Coordinator will check its delivery, on the statement it reads from the
// chain (Coordinator.intervalStatement), and answers the five keys the
// Infernet node turns into deliverCompute's input, output and proof.
package infernet

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// Path is the container endpoint's path.
const Path = "/service_output"

// Sources and destinations of seed 002.
const (
	OnChain   = 0
	OffChain  = 1
	Streaming = 2
)

// Coordinator reads what a delivery is checked against on chain.
type Coordinator interface {
	// IntervalStatement is Coordinator.intervalStatement(subscriptionID,
	// interval, node) at the latest block: the program, the statement's
	// context (sequencer = node), the input, the offchain input hash and the
	// old state root a delivery by node must be proven with. Errors wrap
	// errs.ErrUnavailable while the chain cannot be read, errs.ErrNotFound for
	// an unknown subscription, errs.ErrInvalid for other reverts.
	IntervalStatement(ctx context.Context, subscriptionID, interval uint32, node common.Address) (*bindings.IntervalStatement, error)
	// Interval is where interval of the subscription stands for a delivery by node, at the
	// latest block (the Coordinator's public state: subscriptions, getSubscriptionInterval,
	// redundancyCount, nodeResponded), with IntervalStatement's errors.
	Interval(ctx context.Context, subscriptionID, interval uint32, node common.Address) (*Interval, error)
}

// Interval is where a subscription's interval stands for a node's delivery.
type Interval struct {
	Cancelled  bool   // cancelled by its owner
	Frequency  uint32 // the subscription's last interval
	Period     uint32 // seconds an interval lasts; 0: one interval, 1, for ever
	Current    uint32 // the current interval; 0 while the subscription is not active yet
	Redundancy uint16 // the deliveries an interval takes
	Delivered  uint16 // the deliveries of this interval so far
	Responded  bool   // the node delivered this interval already
}

// deliverable refuses an interval that no delivery by the node can land any more, with the
// Coordinator's reason: proving it would be for nothing (review: each was proven, at every
// retry). An interval ahead of the current one is proven (it may be delivered when it comes).
func deliverable(id, interval uint32, node common.Address, s *Interval) error {
	switch {
	case s.Cancelled:
		return errs.Invalidf("subscription %d was cancelled: the Coordinator refuses its deliveries (SubscriptionNotActive)", id)
	case interval > s.Frequency || s.Current > s.Frequency:
		return errs.Invalidf("interval %d: subscription %d's last interval is %d (its frequency), and it is at interval %d: the Coordinator refuses it (SubscriptionCompleted)", interval, id, s.Frequency, s.Current)
	case s.Period == 0 && interval > 1:
		return errs.Invalidf("interval %d: subscription %d has period 0, so its current interval is 1 for ever: the Coordinator refuses another (IntervalMismatch)", interval, id)
	case s.Current != 0 && interval < s.Current:
		return errs.Invalidf("interval %d of subscription %d is over: the subscription is at interval %d, and the Coordinator takes a delivery for the current interval only (IntervalMismatch)", interval, id, s.Current)
	case s.Responded:
		return fmt.Errorf("%w: %s delivered interval %d of subscription %d already (NodeRespondedAlready)", errs.ErrAlreadyExists, node.Hex(), interval, id)
	case s.Delivered >= s.Redundancy:
		return fmt.Errorf("%w: interval %d of subscription %d has its %d deliveries (IntervalCompleted)", errs.ErrAlreadyExists, interval, id, s.Redundancy)
	}
	return nil
}

// Options configure the door.
type Options struct {
	Jobs *jobs.Service
	// Coordinator reads subscription intervals (destination 0); nil: the
	// node follows no Coordinator and destination 0 is refused.
	Coordinator Coordinator
	// MaxWait bounds the wait for a proof (the request's context ends it
	// earlier); default 10 minutes.
	MaxWait time.Duration
	// MaxBodyBytes bounds a request body; default 64 MiB.
	MaxBodyBytes int64
	Logger       zerolog.Logger
}

// Door is the Infernet container endpoint.
type Door struct {
	opts Options
	jobs *jobs.Service
	log  zerolog.Logger
}

// New returns the door.
func New(o Options) (*Door, error) {
	if o.Jobs == nil {
		return nil, errors.New("infernet: Jobs is required")
	}
	if o.MaxWait <= 0 {
		o.MaxWait = 10 * time.Minute
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 64 << 20
	}
	return &Door{opts: o, jobs: o.Jobs, log: o.Logger.With().Str("component", "infernet").Logger()}, nil
}

// Request is the container input of seed 002.
type Request struct {
	Source        int             `json:"source"`
	Destination   int             `json:"destination"`
	Data          json.RawMessage `json:"data"`
	RequiresProof bool            `json:"requires_proof"`
}

// Data is the request's data object: a program and its inputs (destinations
// 1 and 2), or a subscription interval (destination 0). Bytes are hex
// strings ("0x" optional).
type Data struct {
	ProgramID     string `json:"program_id,omitempty"`     // a stored program (0x + 64 hex)
	ELF           string `json:"elf,omitempty"`            // or its ELF, stored like SubmitProgram
	Input         string `json:"input,omitempty"`          // the onchain input
	OffchainInput string `json:"offchain_input,omitempty"` // optional
	State         string `json:"state,omitempty"`          // canonical state bytes (8-byte entries key|value, LE, ascending)
	MaxCycles     uint64 `json:"max_cycles,omitempty"`     // 0: the node's cap (destination 0: 2^maxProofClass)

	SubscriptionID *uint32 `json:"subscription_id,omitempty"` // destination 0
	Interval       *uint32 `json:"interval,omitempty"`
	Node           string  `json:"node,omitempty"` // the account that will send deliverCompute
}

// OffchainResult is the answer to destination 1.
type OffchainResult struct {
	Output   string          `json:"output"` // hex, no 0x
	ExitCode uint32          `json:"exit_code"`
	Cycles   uint64          `json:"cycles"`
	Proof    json.RawMessage `json:"proof,omitempty"`  // proof.json (prover.Proof) when proven
	JobID    string          `json:"job_id,omitempty"` // the node job that proved it
}

// OnchainResult is the answer to destination 0: seed 002's five keys, hex
// (no 0x) of what the Infernet node passes to deliverCompute.
type OnchainResult struct {
	RawInput        string `json:"raw_input"`
	ProcessedInput  string `json:"processed_input"`
	RawOutput       string `json:"raw_output"`
	ProcessedOutput string `json:"processed_output"`
	Proof           string `json:"proof"`
}

// JobHeader names the node job that proved an answer (zkprover get-proof ID).
const JobHeader = "X-Zkprover-Job"

// dataKeys names the keys of data, for refusals.
const dataKeys = "keys: program_id or elf, input, offchain_input, state, max_cycles; for destination 0 subscription_id, interval, node"

// statusError is an error whose HTTP status is not the error table's: a body
// over the door's limit (413), a proven output that cannot be delivered (422),
// a stored job failure (its class's status).
type statusError struct {
	code int
	err  error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

// ServeHTTP serves POST /service_output.
func (d *Door) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != Path {
		writeError(w, http.StatusNotFound, fmt.Errorf("no such endpoint %s: POST %s", r.URL.Path, Path))
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("%s %s: only POST", r.Method, Path))
		return
	}
	start := time.Now()
	req, err := d.decode(w, r)
	if err == nil {
		err = d.serve(w, r, req)
	}
	if err != nil {
		code := errs.Classify(err).HTTP()
		var se *statusError
		if errors.As(err, &se) {
			code = se.code
		}
		d.log.Info().Err(err).Int("status", code).Dur("took", time.Since(start)).Msg("service_output refused")
		writeError(w, code, err)
		return
	}
	d.log.Info().Int("destination", req.Destination).Bool("proof", req.RequiresProof).Dur("took", time.Since(start)).Msg("service_output answered")
}

func (d *Door) decode(w http.ResponseWriter, r *http.Request) (*Request, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, d.opts.MaxBodyBytes))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			// 413, as the coprocessor gateway answers a body over its limit.
			return nil, &statusError{http.StatusRequestEntityTooLarge, fmt.Errorf("request body over %d bytes: %w", mb.Limit, errs.ErrTooLarge)}
		}
		return nil, errs.Invalidf("reading the request: %v", err)
	}
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, errs.Invalidf("the body is not the container input {source, destination, data, requires_proof}: %v", err)
	}
	if req.Source != OnChain && req.Source != OffChain {
		return nil, errs.Invalidf("source %d: want 0 (on-chain) or 1 (off-chain)", req.Source)
	}
	if req.Destination < OnChain || req.Destination > Streaming {
		return nil, errs.Invalidf("destination %d: want 0 (on-chain), 1 (off-chain) or 2 (streaming)", req.Destination)
	}
	return &req, nil
}

func (d *Door) serve(w http.ResponseWriter, r *http.Request, req *Request) error {
	if len(req.Data) == 0 || string(req.Data) == "null" {
		return errs.Invalidf("data is missing: %s", dataKeys)
	}
	var data Data
	dec := json.NewDecoder(bytes.NewReader(req.Data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&data); err != nil {
		return errs.Invalidf("data: %v (%s)", err, dataKeys)
	}
	// The caller's admission is charged first, before any ELF is loaded
	// or the chain is read: a client over its rate costs nothing more.
	ctx, err := d.jobs.Admit(r.Context())
	if err != nil {
		return err
	}
	if req.Destination == OnChain {
		res, err := d.onchain(ctx, w, len(req.Data), &data)
		if err != nil {
			return err
		}
		return writeJSON(w, res)
	}
	jr, err := d.offchainRequest(ctx, len(req.Data), &data, req.RequiresProof)
	if err != nil {
		return err
	}
	var out *OffchainResult
	if req.RequiresProof {
		job, err := d.prove(ctx, jr)
		if err != nil {
			return err
		}
		done, err := jobs.DecodeResult(job.Result)
		if err != nil {
			return err
		}
		proof, err := json.Marshal(done.Proof)
		if err != nil {
			return fmt.Errorf("encoding the proof of job %s: %w", job.ID, err)
		}
		w.Header().Set(JobHeader, job.ID)
		out = &OffchainResult{Output: hex.EncodeToString(job.Result.Output), ExitCode: job.Result.ExitCode,
			Cycles: job.Result.Cycles, Proof: proof, JobID: job.ID}
	} else {
		ex, err := d.jobs.Execute(ctx, jr)
		if err != nil {
			return err
		}
		out = &OffchainResult{Output: hex.EncodeToString(ex.Result.Output), ExitCode: ex.Result.ExitCode, Cycles: ex.Result.Cycles}
	}
	if req.Destination == Streaming {
		raw, _ := hex.DecodeString(out.Output)
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(raw) // a failed write: the client left
		return nil
	}
	return writeJSON(w, out)
}

// decoded are a request's byte fields, checked for size before anything is
// decoded beyond the hex, loaded or hashed.
type decoded struct {
	elf, input, offchain []byte
	state                []statement.KV
}

func (d *Door) bytesOf(bodyLen int, data *Data) (*decoded, error) {
	programs := 0
	if data.ELF != "" {
		programs = 1
	}
	if err := d.jobs.CheckSizes(jobs.Sizes{Request: bodyLen / 2, Offchain: len(data.OffchainInput) / 2,
		State: len(data.State) / 2 / stateEntryBytes, Programs: programs}); err != nil {
		return nil, err
	}
	if n := len(strings.TrimPrefix(data.Input, "0x")) / 2; n > statement.MaxOnchainInputBytes {
		return nil, errs.Invalidf("input of %d bytes (max %d)", n, statement.MaxOnchainInputBytes)
	}
	var out decoded
	var err error
	for _, f := range []struct {
		what string
		s    string
		to   *[]byte
	}{{"elf", data.ELF, &out.elf}, {"input", data.Input, &out.input}, {"offchain_input", data.OffchainInput, &out.offchain}} {
		if *f.to, err = jobs.DecodeHex("data."+f.what, f.s); err != nil {
			return nil, err
		}
	}
	raw, err := jobs.DecodeHex("data.state", data.State)
	if err != nil {
		return nil, err
	}
	if out.state, err = decodeState(raw); err != nil {
		return nil, err
	}
	return &out, nil
}

// offchainRequest is the job of destinations 1 and 2: the named program on
// the given inputs, in the empty context.
func (d *Door) offchainRequest(ctx context.Context, bodyLen int, data *Data, proof bool) (*jobs.Request, error) {
	if data.SubscriptionID != nil || data.Interval != nil || data.Node != "" {
		return nil, errs.Invalidf("data.subscription_id, interval and node name an on-chain delivery: use destination 0")
	}
	b, err := d.bytesOf(bodyLen, data)
	if err != nil {
		return nil, err
	}
	// Room for the job (or a place for the run) before the ELF is loaded
	// or stored: a client refused over and over costs little.
	room := d.jobs.CheckExecRoom
	if proof {
		room = func() error { return d.jobs.CheckRoom(ctx) }
	}
	if err := room(); err != nil {
		return nil, err
	}
	r := &jobs.Request{Onchain: b.input, Offchain: b.offchain, State: b.state, MaxCycles: data.MaxCycles}
	if r.MaxCycles == 0 {
		r.MaxCycles = d.jobs.MaxCycles()
	}
	if err := d.program(ctx, r, data.ProgramID, b.elf, nil, proof); err != nil {
		return nil, err
	}
	return r, nil
}

// program sets r's program: the ELF, or the stored program id; want, when
// set, is the id the program must have. An ELF sent for a run without a
// proof is stored as SubmitProgram stores it; one sent with a job to prove
// is stored with the job by Submit (and not kept when the job is refused).
func (d *Door) program(ctx context.Context, r *jobs.Request, id string, elf []byte, want *[32]byte, withJob bool) error {
	switch {
	case len(elf) > 0:
		// Loaded once, and checked before it is stored: a refused request
		// leaves nothing.
		store := d.jobs.AddProgramFor
		if withJob {
			store = func(_ context.Context, elf []byte, check func(*executor.Program) error) (*executor.Program, error) {
				return d.jobs.LoadProgram(elf, check)
			}
		}
		prog, err := store(ctx, elf, func(prog *executor.Program) error {
			pid := jobs.FieldBytes(prog.ID)
			if id != "" && !strings.EqualFold(strings.TrimPrefix(id, "0x"), strings.TrimPrefix(prog.IDHex(), "0x")) {
				return errs.Invalidf("data.program_id %s is not the ELF's program id %s", id, prog.IDHex())
			}
			if want != nil && pid != *want {
				return errs.Invalidf("the ELF's program id %s is not the subscription's program 0x%x", prog.IDHex(), *want)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("data.elf: %w", err)
		}
		r.SetProgram(elf, prog)
		return nil
	case id != "":
		raw, err := jobs.DecodeHex("data.program_id", id)
		if err != nil {
			return err
		}
		if len(raw) != 32 {
			return errs.Invalidf("data.program_id has %d bytes, want 32", len(raw))
		}
		copy(r.ProgramID[:], raw)
	case want != nil:
		r.ProgramID = *want
	default:
		return errs.Invalidf("data names no program: give program_id (a stored program) or elf (hex)")
	}
	ok, err := d.jobs.HasProgram(r.ProgramIDHex())
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w %s: send its ELF (data.elf) or submit it first", errs.ErrUnknownProgram, r.ProgramIDHex())
	}
	return nil
}

// prove submits r and waits for its proof, up to MaxWait or the request's
// end; a job that is not done by then is cancelled, and so is one whose
// wait was refused (too many waits: the client gets 429 and nobody would
// ask for the job).
func (d *Door) prove(ctx context.Context, r *jobs.Request) (queue.Job, error) {
	job, err := d.jobs.Submit(ctx, r)
	if err != nil {
		return queue.Job{}, err
	}
	cancelJob := func(id string) {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if cerr := d.jobs.Cancel(cctx, id); cerr != nil && !errors.Is(cerr, queue.ErrFinished) {
			d.log.Warn().Err(cerr).Str("job", id).Msg("cancelling an unfinished job")
		}
	}
	id := job.ID
	job, err = d.jobs.Wait(ctx, id, d.opts.MaxWait)
	if err != nil {
		cancelJob(id)
		return queue.Job{}, fmt.Errorf("job %s cancelled: %w", id, err)
	}
	if !job.State.Terminal() {
		cancelJob(job.ID)
		if ctx.Err() == nil && d.jobs.Halting() {
			// the wait ended because the node stops: nobody will ask for
			// the job after the restart (the client has no id of it)
			return queue.Job{}, fmt.Errorf("job %s cancelled: %w; send the request again once the node is back", job.ID, errs.ErrShuttingDown)
		}
		cause := ctx.Err()
		if cause == nil {
			cause = context.DeadlineExceeded
		}
		return queue.Job{}, fmt.Errorf("job %s not proven within %s (cancelled): %w", job.ID, d.opts.MaxWait, cause)
	}
	if class, msg, failed := jobs.Failure(job); failed {
		return queue.Job{}, &statusError{class.HTTP(), fmt.Errorf("job %s %s: %s", job.ID, job.State, msg)}
	}
	return job, nil
}

// onchain proves a subscription interval for the node that will deliver it.
func (d *Door) onchain(ctx context.Context, w http.ResponseWriter, bodyLen int, data *Data) (*OnchainResult, error) {
	if data.SubscriptionID == nil || data.Interval == nil || data.Node == "" {
		return nil, errs.Invalidf("destination 0 needs data.subscription_id, data.interval and data.node (the account that will send deliverCompute)")
	}
	if data.ProgramID != "" || data.Input != "" {
		return nil, errs.Invalidf("destination 0 takes the program and the input from the Coordinator: leave out data.program_id and data.input")
	}
	if !common.IsHexAddress(data.Node) {
		return nil, errs.Invalidf("data.node %q is not an address", data.Node)
	}
	if *data.Interval == 0 {
		return nil, errs.Invalidf("data.interval is 1-based")
	}
	if d.opts.Coordinator == nil {
		return nil, fmt.Errorf("%w: this node follows no Coordinator (chain off, or no coordinator configured)", errs.ErrNotSupported)
	}
	b, err := d.bytesOf(bodyLen, data)
	if err != nil {
		return nil, err
	}
	// Room for the job before the chain is read or the ELF loaded.
	if err := d.jobs.CheckRoom(ctx); err != nil {
		return nil, err
	}
	node := common.HexToAddress(data.Node)
	iv, err := d.opts.Coordinator.Interval(ctx, *data.SubscriptionID, *data.Interval, node)
	if err != nil {
		return nil, fmt.Errorf("subscription %d interval %d: %w", *data.SubscriptionID, *data.Interval, err)
	}
	if err := deliverable(*data.SubscriptionID, *data.Interval, node, iv); err != nil {
		return nil, err
	}
	st, err := d.opts.Coordinator.IntervalStatement(ctx, *data.SubscriptionID, *data.Interval, node)
	if err != nil {
		return nil, fmt.Errorf("subscription %d interval %d: %w", *data.SubscriptionID, *data.Interval, err)
	}
	rawIn, procIn, err := unpackBytesPair(st.Input)
	if err != nil {
		return nil, errs.Invalidf("the subscription's input (%d bytes) is not abi.encode(bytes raw_input, bytes processed_input), which is what an Infernet node delivers as input: %v", len(st.Input), err)
	}
	if got := jobs.FieldBytes(statement.OffchainHash(b.offchain)); got != st.OffchainInputHash {
		return nil, errs.Invalidf("data.offchain_input (%d bytes) hashes to 0x%x; the subscription requires 0x%x (statement.OffchainHash)", len(b.offchain), got, st.OffchainInputHash)
	}
	if got := jobs.FieldBytes(statement.StateRoot(b.state)); got != st.OldStateRoot {
		return nil, errs.Invalidf("data.state (%d entries) has root 0x%x; the subscription's runs start from root 0x%x", len(b.state), got, st.OldStateRoot)
	}
	maxCycles := d.jobs.MaxCycles()
	if st.MaxProofClass < 64 && uint64(1)<<st.MaxProofClass < maxCycles {
		maxCycles = uint64(1) << st.MaxProofClass
	}
	if data.MaxCycles > 0 {
		maxCycles = min(maxCycles, data.MaxCycles)
	}
	// The Coordinator checks a final proof against 2^maxProofClass (the
	// job's MaxCycles); the node's and data.max_cycles' limits cap the run.
	r := &jobs.Request{Onchain: st.Input, Offchain: b.offchain, State: b.state,
		MaxCycles: contracts.SubscriptionMaxCycles(st.MaxProofClass), RunCap: maxCycles,
		Nonce: uint64(*data.Interval),
		Context: statement.Context{ChainID: st.Ctx.ChainId, Timestamp: st.Ctx.Timestamp, BatchNum: st.Ctx.BatchNum,
			Sequencer: st.Ctx.Sequencer}}
	if err := d.program(ctx, r, "", b.elf, &st.ProgramId, true); err != nil {
		return nil, err
	}
	job, err := d.prove(ctx, r)
	if err != nil {
		return nil, err
	}
	w.Header().Set(JobHeader, job.ID)
	rawOut, procOut, err := unpackBytesPair(job.Result.Output)
	if err != nil {
		return nil, &statusError{http.StatusUnprocessableEntity, fmt.Errorf("job %s (exit code %d) wrote %d bytes that are not abi.encode(bytes raw_output, bytes processed_output): the proof binds the output bytes an Infernet node delivers, abi.encode(raw_output, processed_output), so a program served to Infernet must write its output in that form: %w",
			job.ID, job.Result.ExitCode, len(job.Result.Output), err)}
	}
	done, err := jobs.DecodeResult(job.Result)
	if err != nil {
		return nil, err
	}
	cp, err := contracts.NewComputeProofWithClass(&done.Proof.Public, done.Proof.ProofClass(), done.Proof.SolidityProof)
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", job.ID, err)
	}
	proof, err := cp.Encode()
	if err != nil {
		return nil, fmt.Errorf("job %s: %w", job.ID, err)
	}
	return &OnchainResult{RawInput: hex.EncodeToString(rawIn), ProcessedInput: hex.EncodeToString(procIn),
		RawOutput: hex.EncodeToString(rawOut), ProcessedOutput: hex.EncodeToString(procOut), Proof: hex.EncodeToString(proof)}, nil
}

// bytesPair is the ABI of (bytes, bytes).
var bytesPair = func() abi.Arguments {
	t, err := abi.NewType("bytes", "", nil)
	if err != nil {
		panic(fmt.Sprintf("infernet: bytes type: %v", err)) // static
	}
	return abi.Arguments{{Type: t}, {Type: t}}
}()

// unpackBytesPair decodes abi.encode(bytes a, bytes b), refusing any encoding
// but the canonical one (the bytes an Infernet node rebuilds from a and b).
func unpackBytesPair(b []byte) (a1, a2 []byte, err error) {
	v, err := bytesPair.Unpack(b)
	if err != nil {
		return nil, nil, err
	}
	a1, ok1 := v[0].([]byte)
	a2, ok2 := v[1].([]byte)
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("decoded %T, %T", v[0], v[1])
	}
	again, err := PackBytesPair(a1, a2)
	if err != nil {
		return nil, nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, nil, errors.New("not the canonical encoding (offsets 0x40 and 0x40 + the first's padded size, zero padding, nothing after)")
	}
	return a1, a2, nil
}

// PackBytesPair is abi.encode(bytes a, bytes b): what an Infernet node
// delivers as input (raw_input, processed_input) and as output (raw_output,
// processed_output).
func PackBytesPair(a, b []byte) ([]byte, error) {
	if a == nil {
		a = []byte{}
	}
	if b == nil {
		b = []byte{}
	}
	out, err := bytesPair.Pack(a, b)
	if err != nil {
		return nil, fmt.Errorf("encoding (bytes, bytes): %w", err)
	}
	return out, nil
}

func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding the answer: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(append(b, '\n')) // a failed write: the client left
	return nil
}

// GuardReply writes the token guard's refusals (auth.Guard.HTTPReplying) in the endpoint's
// error body, {"error"}.
func GuardReply(w http.ResponseWriter, code int, msg string) { writeError(w, code, errors.New(msg)) }

func writeError(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

package prover

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/rs/zerolog"
)

// The worker protocol (docs/proving.md, "Proving in a worker process"): the
// parent talks to a long-lived child over the child's stdin and stdout with
// frames of a 4-byte big-endian length followed by that many bytes; the child
// logs on stderr.
//
//	parent -> child   hello:    'H', JSON workerHello (sent once, first: the classes the parent loaded and their key files' sha256)
//	child  -> parent  ready:    'R' (sent once, after the keys are loaded)
//	parent -> child   request:  'P', class (1 byte), flags (1 byte: bit 0 GPU, bit 1 the recursion target), gnark full witness (MarshalBinary)
//	child  -> parent  answer:   'K', raw proof (WriteRawTo)  or  'E', error message (UTF-8)
//
// A child that fails to load its keys writes an 'E' frame instead of 'R' and
// exits; one whose key folder no longer holds the keys the parent loaded
// (a class set up again, or removed, while the parent ran) writes a 'C'
// frame (the message) and exits: the parent verifies each proof with the
// verifying keys it loaded, so a child proving with other keys would fail
// every proof as if it were the job's fault. A child whose stdin ends
// before a hello (run by hand) loads what its options say.
const (
	frameHello       = 'H'
	frameReady       = 'R'
	frameRequest     = 'P'
	frameProof       = 'K'
	frameError       = 'E'
	frameKeysChanged = 'C'

	// maxFrame bounds a frame (a witness of class 2^20 is far below it).
	maxFrame = 1 << 30
)

// WithWorker proves in a child process instead of in this one: argv is the
// command line of a process that runs ServeWorker on its stdin and stdout
// with the same key folder (`zkprover prove-worker --keys DIR`). The child is
// started on the first proof and kept; cancelling a proof kills it (SIGKILL to
// its process group), which really stops the proof, and the next proof starts
// a fresh one. Each child is told the classes this prover loaded and the
// sha256 of their keys (the hello): it loads those classes only, and
// refuses to start (ErrKeysChanged, logged at error level) when the folder
// holds other keys now. The parent still checks the witness, verifies each
// proof and builds its forms. With WithGPU the child is asked to prove on
// the GPU (give it --gpu too).
func WithWorker(argv ...string) Option {
	return func(o *options) { o.worker = append([]string(nil), argv...) }
}

// WithWorkerEnv adds KEY=VALUE entries to the worker's environment (on top of
// this process's environment).
func WithWorkerEnv(env ...string) Option {
	return func(o *options) { o.workerEnv = append(o.workerEnv, env...) }
}

// WithWorkerStderr sets where the worker's stderr (its logs) goes; default
// this process's stderr.
func WithWorkerStderr(w io.Writer) Option { return func(o *options) { o.workerStderr = w } }

// writeFrame writes one frame: the kind byte and payload parts.
func writeFrame(w io.Writer, kind byte, parts ...[]byte) error {
	n := 1
	for _, p := range parts {
		n += len(p)
	}
	if n > maxFrame {
		return fmt.Errorf("frame of %d bytes exceeds the %d-byte limit", n, maxFrame)
	}
	var hdr [5]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(n))
	hdr[4] = kind
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	for _, p := range parts {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	if f, ok := w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// readFrame reads one frame and returns its kind and payload.
func readFrame(r io.Reader) (byte, []byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n == 0 || n > maxFrame {
		return 0, nil, fmt.Errorf("bad frame length %d", n)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return 0, nil, err
	}
	return buf[0], buf[1:], nil
}

// ErrKeysChanged reports a key folder whose keys are no longer those a
// process loaded from it: a class set up again (or removed) while the node
// ran. A prove worker started then refuses to load them (the node verifies
// each proof with the verifying keys it loaded, so every proof would fail);
// restarting the node loads the new keys.
var ErrKeysChanged = errors.New("keys changed on disk since they were loaded")

// keysChangedError is a prove worker's refusal of the keys on disk (its
// 'C' frame), ErrKeysChanged.
type keysChangedError string

func (e keysChangedError) Error() string        { return string(e) }
func (e keysChangedError) Is(target error) bool { return target == ErrKeysChanged }

// workerHello is the parent's first frame: the classes it loaded, each
// with the sha256 its manifest gives the files a proof depends on (the
// constraint system, the proving key and the verifying key: not
// Verifier.sol, which RefreshVerifier may export again, nor the rest of
// the manifest). The worker loads exactly these classes, and only when
// the folder's manifests still give the same sha256.
type workerHello struct {
	Classes []helloClass `json:"classes"`
}

type helloClass struct {
	ID    int               `json:"id"`
	Files map[string]string `json:"files"`
}

// keyFiles are the class files whose sha256 identify the keys a worker
// proves with (workerHello).
var keyFiles = []string{FileCircuit, FilePK, FileVK}

// hello is the hello of a parent that loaded p's classes.
func (p *Prover) hello() ([]byte, error) {
	var h workerHello
	for _, id := range p.order {
		c := helloClass{ID: id, Files: map[string]string{}}
		for _, name := range keyFiles {
			c.Files[name] = p.keys[id].Manifest.Files[name]
		}
		h.Classes = append(h.Classes, c)
	}
	return json.Marshal(h)
}

// readHello reads the parent's hello; nil (and no error) when r ends
// first: no parent names the keys, the options decide.
func readHello(r io.Reader) (*workerHello, error) {
	kind, payload, err := readFrame(r)
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the hello: %w", err)
	}
	if kind != frameHello {
		return nil, fmt.Errorf("first frame %q, want the hello", kind)
	}
	var h workerHello
	if err := json.Unmarshal(payload, &h); err != nil {
		return nil, fmt.Errorf("decoding the hello: %w", err)
	}
	if len(h.Classes) == 0 {
		return nil, errors.New("the hello names no class")
	}
	return &h, nil
}

// ids are the hello's classes.
func (h *workerHello) ids() []int {
	ids := make([]int, len(h.Classes))
	for i, c := range h.Classes {
		ids[i] = c.ID
	}
	return ids
}

// check compares the manifests of dir (read now when loaded is nil, else
// those loaded) with the hello: a class whose keys differ, or that is
// gone, is a keysChangedError.
func (h *workerHello) check(dir string, loaded map[int]*Keys) error {
	for _, c := range h.Classes {
		var m *Manifest
		if loaded != nil {
			k, ok := loaded[c.ID]
			if !ok {
				return fmt.Errorf("class %s was not loaded", ClassLabel(c.ID))
			}
			m = &k.Manifest
		} else {
			var err error
			if m, err = ReadManifest(dir, c.ID); errors.Is(err, ErrNoClass) {
				return keysChangedError(fmt.Sprintf("class %s keys are gone from %s since the node loaded them: restart the node to load the keys now there", ClassLabel(c.ID), dir))
			} else if err != nil {
				return keysChangedError(fmt.Sprintf("class %s keys changed on disk since the node loaded them (%v): restart the node to load the new keys", ClassLabel(c.ID), err))
			}
		}
		for _, name := range keyFiles {
			if was, now := c.Files[name], m.Files[name]; was != now {
				return keysChangedError(fmt.Sprintf("class %s keys changed on disk since the node loaded them (%s sha256 %s in the manifest the node loaded, %s now in %s): restart the node to load the new keys",
					ClassLabel(c.ID), name, was, now, filepath.Join(ClassDir(dir, c.ID), FileManifest)))
			}
		}
	}
	return nil
}

// ServeWorker is the child side of WithWorker: it reads the parent's hello
// from r and opens the classes it names from the key store dir with opts
// (as Open does; with WithGPU, the GPU keys too), refusing keys other than
// the parent's (ErrKeysChanged: a 'C' frame), says it is ready, and then
// answers proof requests read from r with proofs (or errors) written to w,
// one at a time, until r ends (nil) or ctx ends. When r ends before a
// hello, it opens what opts say (every class found, or those of
// WithClasses). Logs go to the logger of WithLogger.
func ServeWorker(ctx context.Context, r io.Reader, w io.Writer, dir string, opts ...Option) error {
	bw := bufio.NewWriter(w)
	br := bufio.NewReader(r)
	hello, err := readHello(br)
	if err != nil {
		_ = writeFrame(bw, frameError, []byte(err.Error()))
		return fmt.Errorf("prove worker: %w", err)
	}
	opts = append(opts[:len(opts):len(opts)], func(o *options) { o.worker = nil; o.autoSetup = false })
	refuse := func(err error) error {
		kind := byte(frameError)
		if errors.Is(err, ErrKeysChanged) {
			kind = frameKeysChanged
		}
		_ = writeFrame(bw, kind, []byte(err.Error()))
		return fmt.Errorf("prove worker: %w", err)
	}
	if hello != nil {
		// the parent's classes, not those of the folder now or of opts
		opts = append(opts, func(o *options) { o.classes = hello.ids() })
		if err := hello.check(dir, nil); err != nil { // before loading any key
			return refuse(err)
		}
	}
	p, err := Open(ctx, dir, opts...)
	if err != nil {
		_ = writeFrame(bw, frameError, []byte(err.Error()))
		return fmt.Errorf("prove worker: %w", err)
	}
	if hello != nil {
		if err := hello.check(dir, p.keys); err != nil { // changed while they loaded
			return refuse(err)
		}
	}
	o := options{log: zerolog.Nop(), idleAfter: idleFreeAfter, idleFree: debug.FreeOSMemory}
	for _, f := range opts {
		f(&o)
	}
	log := o.log.With().Str("component", "prove-worker").Logger()
	if len(p.order) == 0 {
		err := fmt.Errorf("no class in %s: run `zkprover setup` first: %w", dir, ErrNoClass)
		_ = writeFrame(bw, frameError, []byte(err.Error()))
		return fmt.Errorf("prove worker: %w", err)
	}
	if err := writeFrame(bw, frameReady); err != nil {
		return fmt.Errorf("prove worker: writing ready: %w", err)
	}
	log.Info().Ints("classes", p.order).Msg("prove worker ready")
	var idle *time.Timer
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		kind, payload, err := readFrame(br)
		if idle != nil {
			idle.Stop()
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("prove worker: reading request: %w", err)
		}
		raw, perr := p.serveRequest(kind, payload, log)
		if perr != nil {
			err = writeFrame(bw, frameError, []byte(perr.Error()))
		} else {
			err = writeFrame(bw, frameProof, raw)
		}
		if err != nil {
			return fmt.Errorf("prove worker: writing answer: %w", err)
		}
		// A worker idle for idleFreeAfter gives its last proof's buffers (most of
		// its peak: 12 GB with segments of 2^15) back to the machine, not
		// at the runtime's next collection and scavenge, which an idle
		// process may not reach for minutes: then it holds its keys only
		// while the next stage proves in another process. Not at once: the
		// next proof of a busy worker reuses them.
		idle = time.AfterFunc(o.idleAfter, o.idleFree)
	}
}

// idleFreeAfter is how long a prove worker waits for its next request
// before it returns its free memory to the machine.
const idleFreeAfter = 10 * time.Second

// withIdleFree replaces what an idle prove worker does, and after how long
// (tests).
func withIdleFree(after time.Duration, free func()) Option {
	return func(o *options) { o.idleAfter, o.idleFree = after, free }
}

// serveRequest proves one request of the worker protocol.
func (p *Prover) serveRequest(kind byte, payload []byte, log zerolog.Logger) ([]byte, error) {
	if kind != frameRequest || len(payload) < 2 {
		return nil, fmt.Errorf("unexpected frame %q of %d bytes, want a proof request", kind, len(payload)+1)
	}
	logSteps, gpu, target := int(payload[0]), payload[1]&1 == 1, Target(payload[1]>>1&1)
	keys, err := p.Keys(logSteps)
	if err != nil {
		return nil, err
	}
	if keys.PK == nil || keys.CS == nil {
		return nil, fmt.Errorf("class %s was loaded for verification only", ClassLabel(logSteps))
	}
	full, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if err := full.UnmarshalBinary(payload[2:]); err != nil {
		return nil, fmt.Errorf("decoding witness: %w", err)
	}
	if err := checkShape(keys, full, p.fam); err != nil {
		return nil, err
	}
	start := time.Now()
	var proof groth16.Proof
	if gpu {
		gk, ok := p.gpuKeys[logSteps]
		if !ok {
			return nil, fmt.Errorf("GPU proving asked but the worker has no GPU key for class %s: start it with --gpu", ClassLabel(logSteps))
		}
		proof, err = proveGPU(keys.CS, gk, full, target)
	} else {
		proof, err = groth16.Prove(keys.CS, keys.PK, full, target.ProverOptions()...)
	}
	if err != nil {
		return nil, fmt.Errorf("proving with class %s: %w", ClassLabel(logSteps), err)
	}
	bp, ok := proof.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("proof is a %T, want a BN254 Groth16 proof", proof)
	}
	var raw bytes.Buffer
	if _, err := bp.WriteRawTo(&raw); err != nil {
		return nil, fmt.Errorf("encoding proof: %w", err)
	}
	log.Debug().Int("class", logSteps).Bool("gpu", gpu).Dur("prove", time.Since(start)).Msg("proved")
	return raw.Bytes(), nil
}

// worker is the parent's handle on one child process. It is used under the
// prover's proving slot, one proof at a time.
type worker struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	once  sync.Once
	dead  chan struct{} // closed once the child is reaped; then cmd.ProcessState is its exit status
	// frames are the frames the child writes, read by one goroutine from
	// its start; gone is closed when that read fails (the child exited, or
	// wrote garbage), readErr then says why. A worker that exits on its own
	// while idle (killed for memory, a SIGTERM meant for the node's group)
	// is seen as gone at once, so the next proof or start gets a new one.
	frames  chan workerFrame
	gone    chan struct{}
	readErr error
}

// workerFrame is one frame a worker wrote.
type workerFrame struct {
	kind    byte
	payload []byte
}

// readFrames reads the child's frames into w.frames until the read fails.
func (w *worker) readFrames(out io.Reader) {
	defer close(w.gone)
	br := bufio.NewReader(out)
	for {
		k, p, err := readFrame(br)
		if err != nil {
			w.readErr = err
			return
		}
		select {
		case w.frames <- workerFrame{k, p}:
		case <-w.dead: // killed: nobody reads
			w.readErr = errWorkerKilled
			return
		}
	}
}

// errWorkerKilled: the worker was killed with a frame of it unread.
var errWorkerKilled = errors.New("prove worker killed")

// next waits for the child's next frame, the child's end (an error) or
// ctx's end (ctx's error; the child is killed).
func (w *worker) next(ctx context.Context) (workerFrame, error) {
	select {
	case <-ctx.Done():
		w.kill()
		return workerFrame{}, ctx.Err()
	case f := <-w.frames:
		return f, nil
	case <-w.gone:
		select { // a frame read just before the end
		case f := <-w.frames:
			return f, nil
		default:
		}
		w.kill()
		return workerFrame{}, w.readErr
	}
}

// workerSpec is how to start workers.
type workerSpec struct {
	argv   []string
	env    []string
	stderr io.Writer
	hello  []byte // the first frame's payload: the parent's classes and their keys (workerHello)
}

// start starts a child and waits for its ready frame (or ctx).
func (s workerSpec) start(ctx context.Context, log zerolog.Logger) (*worker, error) {
	cmd := exec.Command(s.argv[0], s.argv[1:]...)
	cmd.Env = append(os.Environ(), s.env...)
	cmd.Stderr = s.stderr
	cmd.SysProcAttr = workerProcAttr()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("starting prove worker: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("starting prove worker: %w", err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting prove worker %q: %w", s.argv[0], err)
	}
	w := &worker{cmd: cmd, stdin: stdin, dead: make(chan struct{}), frames: make(chan workerFrame), gone: make(chan struct{})}
	go w.readFrames(stdout)
	// The hello is small: the pipe holds it whether or not the child reads
	// (one that exits first shows below, through its output's end).
	_ = writeFrame(stdin, frameHello, s.hello)
	f, err := w.next(ctx)
	switch {
	case err != nil && ctx.Err() != nil: // next killed it
		return nil, fmt.Errorf("starting prove worker: %w", ctx.Err())
	case err != nil:
		return nil, fmt.Errorf("prove worker (pid %d) exited before it was ready (%s): %w", cmd.Process.Pid, w.cmd.ProcessState, err)
	case f.kind == frameKeysChanged:
		w.kill()
		return nil, fmt.Errorf("prove worker: %w", keysChangedError(f.payload))
	case f.kind == frameError:
		w.kill()
		return nil, fmt.Errorf("prove worker: %s", f.payload)
	case f.kind != frameReady:
		w.kill()
		return nil, fmt.Errorf("prove worker sent frame %q, want ready", f.kind)
	}
	log.Info().Int("pid", cmd.Process.Pid).Dur("startup", time.Since(start)).Msg("prove worker started")
	return w, nil
}

// kill ends the child and its process group with SIGKILL and reaps it.
func (w *worker) kill() {
	w.once.Do(func() {
		killGroup(w.cmd.Process.Pid)
		_ = w.stdin.Close()
		_ = w.cmd.Wait() // the exit status (the only error of interest) is in w.cmd.ProcessState
		close(w.dead)
	})
	<-w.dead
}

// prove sends one request and waits for the answer. On ctx's end it kills the
// child and returns ctx's error; a child that dies returns an error. In both
// cases the worker is dead afterwards (check alive).
func (w *worker) prove(ctx context.Context, logSteps int, gpu bool, target Target, wit []byte) ([]byte, error) {
	sent := make(chan error, 1)
	go func() { // a large witness fills the pipe: the write waits for the child
		flag := byte(target) << 1
		if gpu {
			flag |= 1
		}
		sent <- writeFrame(w.stdin, frameRequest, []byte{byte(logSteps), flag}, wit)
	}()
	type answer struct {
		f   workerFrame
		err error
	}
	got := make(chan answer, 1)
	go func() {
		f, err := w.next(ctx)
		got <- answer{f, err}
	}()
	var a answer
	select {
	case err := <-sent:
		if err != nil {
			w.kill()
			<-got
			return nil, fmt.Errorf("prove worker (pid %d) died before the proof (%s): sending the request: %w", w.cmd.Process.Pid, w.cmd.ProcessState, err)
		}
		a = <-got
	case a = <-got:
	}
	switch {
	case ctx.Err() != nil && a.err != nil:
		return nil, ctx.Err()
	case a.err != nil:
		return nil, fmt.Errorf("prove worker (pid %d) died during the proof (%s): %w", w.cmd.Process.Pid, w.cmd.ProcessState, a.err)
	case a.f.kind == frameError:
		return nil, errors.New(string(a.f.payload))
	case a.f.kind != frameProof:
		w.kill()
		return nil, fmt.Errorf("prove worker sent frame %q, want a proof", a.f.kind)
	}
	return a.f.payload, nil
}

// reaped says whether this process killed and reaped the child (kill):
// a cancel, a child that died during a proof or a start, Close, an idle
// stop. A child that exited on its own while idle is gone but not reaped
// until the next start (liveWorker) or stop.
func (w *worker) reaped() bool {
	select {
	case <-w.dead:
		return true
	default:
		return false
	}
}

// alive says whether the child is up: not killed, and not exited on its
// own (its output ended).
func (w *worker) alive() bool {
	select {
	case <-w.dead:
		return false
	case <-w.gone:
		return false
	default:
		return true
	}
}

// ErrProofTimeout reports a prove worker that gave no answer within the
// proof's deadline (WithProofTimeout): hung (a stuck GPU, a stopped
// process), it was killed. The job may be tried again.
var ErrProofTimeout = errors.New("no proof within its deadline")

// Default proof deadline in a prove worker (WithProofTimeout): a base and a
// time per constraint of the circuit, over ten times what a 2-core machine
// takes (about 8 µs a constraint).
const (
	DefaultProofTimeout    = 30 * time.Minute
	ProofTimePerConstraint = 100 * time.Microsecond
)

// WithProofTimeout bounds one proof in a prove worker (WithWorker): a
// worker that has not answered by then is killed and the proof fails with
// ErrProofTimeout, rather than holding its job running for ever. 0 (the
// default): DefaultProofTimeout plus ProofTimePerConstraint for each
// constraint of the class; negative: no deadline.
func WithProofTimeout(d time.Duration) Option {
	return func(o *options) { o.proofTimeout = d }
}

// proofDeadline is the deadline of a proof of class logSteps (0: none).
func (p *Prover) proofDeadline(logSteps int) time.Duration {
	switch {
	case p.proofTimeout < 0:
		return 0
	case p.proofTimeout > 0:
		return p.proofTimeout
	}
	d := DefaultProofTimeout
	if k := p.keys[logSteps]; k != nil {
		d += time.Duration(k.Manifest.Constraints) * ProofTimePerConstraint
	}
	return d
}

// proveInWorker proves the witness in the worker (started if needed); it
// must be called holding the proving slot.
func (p *Prover) proveInWorker(ctx context.Context, logSteps int, full witness.Witness, target Target) (groth16.Proof, error) {
	wit, err := full.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding witness: %w", err)
	}
	w, err := p.liveWorker(ctx)
	if err != nil {
		return nil, err
	}
	if p.onWorkerRequest != nil {
		p.onWorkerRequest(w.cmd.Process.Pid)
	}
	pctx, cancel := ctx, context.CancelFunc(func() {})
	deadline := p.proofDeadline(logSteps)
	if deadline > 0 {
		pctx, cancel = context.WithTimeoutCause(ctx, deadline, ErrProofTimeout)
	}
	defer cancel()
	raw, err := w.prove(pctx, logSteps, p.gpu, target, wit)
	if err != nil {
		switch {
		case ctx.Err() != nil:
			p.log.Warn().Int("class", logSteps).Int("pid", w.cmd.Process.Pid).Msg("proof cancelled: prove worker killed; the next proof starts a fresh one")
		case pctx.Err() != nil:
			p.log.Error().Int("class", logSteps).Int("pid", w.cmd.Process.Pid).Dur("deadline", deadline).
				Msg("prove worker gave no proof within the deadline: killed; the next proof starts a fresh one")
			return nil, fmt.Errorf("prove worker (pid %d): class %s: %w (%s): killed", w.cmd.Process.Pid, ClassLabel(logSteps), ErrProofTimeout, deadline)
		}
		return nil, err
	}
	proof := groth16.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("decoding the worker's proof: %w", err)
	}
	return proof, nil
}

// StartWorker starts the prove worker now (with WithWorker; nothing
// otherwise, or when a live worker exists) and waits until it is ready, so
// that it loads its proving key while the caller does other work instead of
// at the first proof. A proof that comes meanwhile waits for this worker
// rather than starting a second one; a start whose ctx ends before its turn
// starts nothing.
func (p *Prover) StartWorker(ctx context.Context) error {
	if len(p.spec.argv) == 0 {
		return nil
	}
	_, err := p.liveWorker(ctx)
	return err
}

// liveWorker returns the live worker, starting one when there is none.
func (p *Prover) liveWorker(ctx context.Context) (*worker, error) {
	select {
	case p.wstart <- struct{}{}:
	case <-ctx.Done(): // a start under way (StartWorker ahead of a job) is not waited for
		return nil, fmt.Errorf("waiting for the prove worker's start: %w", ctx.Err())
	}
	defer func() { <-p.wstart }()
	p.wmu.Lock()
	w := p.worker
	p.wmu.Unlock()
	if w != nil && w.alive() {
		return w, nil
	}
	if w != nil {
		if w.reaped() {
			// killed (and reaped) by this process: a cancelled proof, or
			// one whose worker died under it, each reported with its proof
			p.log.Info().Int("pid", w.cmd.Process.Pid).Str("status", w.cmd.ProcessState.String()).Msg("starting a new prove worker (the last one was killed with its proof)")
		} else { // exited on its own while idle: reap it
			w.kill()
			p.log.Warn().Int("pid", w.cmd.Process.Pid).Str("status", w.cmd.ProcessState.String()).Msg("prove worker exited while idle: starting a new one")
		}
	}
	if err := ctx.Err(); err != nil { // a start cancelled while it waited for its turn
		return nil, fmt.Errorf("starting prove worker: %w", err)
	}
	w, err := p.spec.start(ctx, p.log)
	if errors.Is(err, ErrKeysChanged) {
		p.log.Error().Err(err).Str("keys", p.root).Ints("classes", p.order).
			Msg("PROVING KEYS CHANGED ON DISK: the prove worker refuses keys other than those this process loaded and verifies with; every proof fails until the node is restarted")
	}
	if err != nil {
		return nil, err
	}
	p.wmu.Lock()
	p.worker = w
	p.wmu.Unlock()
	return w, nil
}

// WorkerPID returns the process id of the live prove worker, or 0 when there
// is none (no WithWorker, not started yet, or killed).
func (p *Prover) WorkerPID() int {
	p.wmu.Lock()
	defer p.wmu.Unlock()
	if p.worker == nil || !p.worker.alive() {
		return 0
	}
	return p.worker.cmd.Process.Pid
}

// WaitIdle waits until no proof holds the proving slot, or ctx ends: then
// the memory of a proof in this process is free again (a cancelled proof in
// this process runs on in the background until its end, holding the slot).
func (p *Prover) WaitIdle(ctx context.Context) error {
	select {
	case p.sem <- struct{}{}:
		<-p.sem
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// StopIdleWorker stops the prove worker if it is idle: no proof holds the
// proving slot and no start is under way (then it does nothing: the worker
// is busy). It returns the stopped worker's pid, 0 when it stopped none. The
// prover stays usable: the next proof starts a new worker, which loads the
// proving key again. A node calls it once no segment is left to prove, so
// that the worker's memory (the proving key and the last proof's buffers)
// is the machine's again while the node aggregates.
func (p *Prover) StopIdleWorker() int {
	if len(p.spec.argv) == 0 {
		return 0 // proofs in this process: no worker
	}
	select {
	case p.sem <- struct{}{}:
	default:
		return 0 // a proof is under way
	}
	defer func() { <-p.sem }()
	select {
	case p.wstart <- struct{}{}:
	default:
		return 0 // a worker is being started (StartWorker)
	}
	defer func() { <-p.wstart }()
	p.wmu.Lock()
	w := p.worker
	if w == nil {
		p.wmu.Unlock()
		return 0
	}
	p.worker = nil
	p.wmu.Unlock()
	alive := w.alive()
	w.kill() // an exited one is reaped
	if !alive {
		return 0
	}
	return w.cmd.Process.Pid
}

// Close stops the prove worker, if any (its process group is killed); a
// worker being started (StartWorker) is waited for, then stopped. The
// prover can still be used: the next proof starts a new worker.
func (p *Prover) Close() error {
	p.wstart <- struct{}{}
	defer func() { <-p.wstart }()
	p.wmu.Lock()
	w := p.worker
	p.worker = nil
	p.wmu.Unlock()
	if w != nil {
		w.kill()
	}
	return nil
}

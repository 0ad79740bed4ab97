// Package prover turns runs of the zkVM into Groth16 proofs (BN254) and checks
// them: key setup and storage per capacity class (with manifests checked on
// load), proving (CPU, or GPU through gnark's ICICLE backend behind the
// `icicle` build tag), verification in Go, the exported Solidity verifier and
// the calldata that calls it. See docs/proving.md.
package prover

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
)

// ErrNoGPU is returned when GPU proving is asked of a binary built without
// the icicle tag.
var ErrNoGPU = errors.New("GPU proving unavailable: this binary was built without the icicle tag (rebuild with `go build -tags icicle` against the ICICLE libraries, see docs/proving.md)")

// ErrGPUUnusable is Open's error when a binary built with the icicle tag is
// asked for the GPU and ICICLE cannot use one (no backend libraries, no
// driver, no device); it says which.
var ErrGPUUnusable = errors.New("GPU proving unavailable")

// CheckGPU says whether this process can prove on a GPU: ErrNoGPU without
// the icicle tag, else the outcome of probing the GPU (ErrGPUUnusable and
// why), once per process.
func CheckGPU() error { return gpuProbe() }

// ErrTooLarge reports a run that fits no class the prover has. It is
// executor.ErrTraceTooLong: a run too long to prove is one error everywhere
// (executor, circuits, prover), whichever part noticed it.
var ErrTooLarge = executor.ErrTraceTooLong

// ErrInvalidProof reports a proof that does not verify.
var ErrInvalidProof = errors.New("invalid proof")

// ErrKeysStale reports keys that are intact but not those of the circuit
// this build proves (another family, another version of the circuit, a
// manifest that disagrees with its constraint system): made again by a
// setup, never proven with.
var ErrKeysStale = errors.New("keys of another circuit")

type options struct {
	family     Family
	classes    []int
	autoSetup  bool
	verifyOnly bool
	noPK       bool
	gpu        bool
	check      bool
	log        zerolog.Logger
	progress   Progress

	proofTimeout time.Duration
	worker       []string
	workerEnv    []string
	workerStderr io.Writer

	// idleAfter and idleFree: what a prove worker does when idle
	// (ServeWorker; withIdleFree in tests, else idleFreeAfter and
	// debug.FreeOSMemory)
	idleAfter time.Duration
	idleFree  func()

	setupFiles map[string][]byte // WithSetupFiles
}

// Option configures Open.
type Option func(*options)

// WithFamily sets the circuit family (default: RV32IM, the zkVM's circuit).
func WithFamily(f Family) Option { return func(o *options) { o.family = f } }

// WithClasses names the classes (log2 of the step capacity) the prover must
// have. Without it, Open loads every class found in the folder.
func WithClasses(logSteps ...int) Option {
	return func(o *options) { o.classes = append(o.classes, logSteps...) }
}

// WithAutoSetup makes Open set up the classes of WithClasses that are missing
// (an insecure single-party setup; see docs/proving.md).
func WithAutoSetup(on bool) Option { return func(o *options) { o.autoSetup = on } }

// WithVerifyOnly loads verifying keys only (checked against each class's
// manifest; the constraint system, proving key and Solidity verifier are
// not read and need not be there): enough for Verify, not for Prove.
func WithVerifyOnly() Option { return func(o *options) { o.verifyOnly = true } }

// WithoutProvingKey opens the keys to make, check and verify them: every
// file's sha256 is checked and the circuit too with WithCircuitCheck, but
// only the verifying key and the system's shape are kept, so the prover
// cannot prove unless a worker process does (WithWorker). For `zkprover
// setup --segment`, the node's setup child, which only makes or checks the
// keys: at segment class 2^15 the proving keys it loaded were about 8 GB
// that it never used.
func WithoutProvingKey() Option { return func(o *options) { o.noPK = true } }

// WithGPU proves through gnark's ICICLE backend (CUDA). Open fails with
// ErrNoGPU when the binary was built without the icicle tag.
func WithGPU(on bool) Option { return func(o *options) { o.gpu = on } }

// WithCircuitCheck compiles each loaded class's current circuit and fails
// when the stored keys were made for another version of it (CheckCircuit),
// unless this executable checked the same keys before (FileChecked).
func WithCircuitCheck(on bool) Option { return func(o *options) { o.check = on } }

// WithSetupFiles has the setups of WithAutoSetup write files (name ->
// content) into each class folder they make, with the keys, before the
// folder is moved into place: a record that must exist exactly when the
// keys do (the long-run keys' depends.json). Not covered by the manifest.
func WithSetupFiles(files map[string][]byte) Option {
	return func(o *options) { o.setupFiles = files }
}

// WithLogger sets the logger (a "component" field is added).
func WithLogger(l zerolog.Logger) Option { return func(o *options) { o.log = l } }

// WithSetupProgress receives the progress of the setups that Open runs
// (SetupReport.Class says which class).
func WithSetupProgress(f Progress) Option {
	return func(o *options) { o.progress = f }
}

// Prover holds the keys of one or more classes and proves runs with the
// smallest class that fits. It is safe for concurrent use; proofs run one
// at a time (each uses every core).
type Prover struct {
	fam        Family
	root       string
	log        zerolog.Logger
	keys       map[int]*Keys
	order      []int // loaded classes, ascending
	gpu        bool
	verifyOnly bool
	gpuKeys    map[int]groth16.ProvingKey
	sem        chan struct{}

	// With WithWorker: how to start the prove worker, and the live one.
	spec            workerSpec
	wstart          chan struct{} // a 1-slot semaphore held while a worker is started (StartWorker, a proof, Close); a channel so that a waiting proof can be cancelled
	wmu             sync.Mutex
	worker          *worker
	onWorkerRequest func(pid int) // tests: called before each request is sent
	proofTimeout    time.Duration // WithProofTimeout
	// prefer, when set, narrows SelectClass to the classes it accepts (PreferClasses).
	prefer atomic.Pointer[preference]
}

// Slots is how many proofs the prover makes at once (one: each uses every
// core, or its prove worker's).
func (p *Prover) Slots() int { return cap(p.sem) }

// Open loads (and with WithAutoSetup creates) the classes in the key store
// folder dir, checking each manifest and file.
func Open(ctx context.Context, dir string, opts ...Option) (*Prover, error) {
	o := options{log: zerolog.Nop()}
	for _, f := range opts {
		f(&o)
	}
	if o.family == nil {
		o.family = DefaultFamily()
	}
	if o.family == nil {
		return nil, errors.New("no circuit family: pass WithFamily")
	}
	log := o.log.With().Str("component", "prover").Logger()
	if o.gpu && !gpuCompiled {
		return nil, ErrNoGPU
	}
	if o.gpu && !o.verifyOnly && !o.noPK && len(o.worker) == 0 { // a worker probes its own
		if err := gpuProbe(); err != nil {
			return nil, err
		}
	}
	want := o.classes
	if len(want) == 0 {
		found, err := ListClasses(dir)
		if err != nil {
			return nil, err
		}
		want = found
	}
	p := &Prover{fam: o.family, root: dir, log: log, keys: map[int]*Keys{}, gpu: o.gpu, verifyOnly: o.verifyOnly,
		gpuKeys: map[int]groth16.ProvingKey{}, sem: make(chan struct{}, 1), wstart: make(chan struct{}, 1), proofTimeout: o.proofTimeout}
	if len(o.worker) > 0 {
		p.spec = workerSpec{argv: o.worker, env: o.workerEnv, stderr: o.workerStderr}
		if p.spec.stderr == nil {
			p.spec.stderr = os.Stderr
		}
	}
	if o.autoSetup { // a process that may write the store
		sweepTemps(dir, time.Now(), log)
	}
	var exe string // this executable's sha256, once a class is checked (FileChecked)
	for _, k := range want {
		if _, dup := p.keys[k]; dup {
			continue
		}
		if o.autoSetup {
			if _, err := ReadManifest(dir, k); errors.Is(err, ErrNoClass) {
				log.Info().Int("class", k).Str("dir", dir).Msg("class missing: running setup")
				if _, err := setupClassFiles(ctx, dir, o.family, k, o.progress, log, o.setupFiles); err != nil {
					return nil, fmt.Errorf("setting up class %s in %s: %w", ClassLabel(k), dir, err)
				}
			} else if done, err := RefreshVerifier(dir, k); err != nil {
				log.Warn().Err(err).Int("class", k).Str("dir", dir).Msg("the class's Solidity verifier was not re-exported; it keeps the one it was made with")
			} else if done {
				log.Info().Int("class", k).Str("dir", dir).Msg("Solidity verifier re-exported (one pairing call per proof)")
			}
		}
		start := time.Now()
		mode := LoadAll
		switch {
		case o.verifyOnly:
			mode = LoadVerifyOnly
		case len(o.worker) > 0 && !o.check: // the worker process reads and checks the system and proving key
			mode = LoadShape
		case len(o.worker) > 0 || o.noPK: // a worker process loads the proving key, not this one
			mode = LoadNoProvingKey
		}
		keys, err := LoadClass(ctx, dir, o.family, k, mode, log)
		if err != nil {
			return nil, fmt.Errorf("loading class %s: %w", ClassLabel(k), err)
		}
		if o.check && !o.verifyOnly {
			if err := checkOnce(o.family, keys, &exe, log); err != nil {
				return nil, fmt.Errorf("class %s: %w", ClassLabel(k), err)
			}
		}
		if o.autoSetup && keys.Manifest.SecretInputs == 0 && keys.Shape != nil {
			// keys made before session 28, their system just read: record
			// its secret input count (like RefreshVerifier, only where
			// setup is allowed) so that the next worker-backed load skips it
			if m, err := recordShape(dir, k, &keys.Manifest, keys.Shape.Secret); err != nil {
				log.Warn().Err(err).Int("class", k).Str("dir", dir).Msg("the witness shape was not recorded in the manifest; worker-backed loads keep reading the constraint system")
			} else if m.SecretInputs != 0 {
				keys.Manifest = *m
				log.Info().Int("class", k).Str("dir", dir).Msg("witness shape recorded in the manifest")
			}
		}
		if mode == LoadNoProvingKey || mode == LoadShape {
			// The worker process (if any) solves and proves: this one
			// checks a witness's shape only, and the system (2 GB at
			// segment class 2^15) would sit beside the worker's own copy.
			keys.CS = nil
		}
		if o.gpu && !o.verifyOnly && !o.noPK && len(o.worker) == 0 { // a worker loads its own GPU keys
			gk, err := loadGPUKey(keys)
			if err != nil {
				return nil, fmt.Errorf("loading class %s for the GPU: %w", ClassLabel(k), err)
			}
			p.gpuKeys[k] = gk
		}
		log.Info().Int("class", k).Int("constraints", keys.Manifest.Constraints).
			Dur("load", time.Since(start)).Bool("verify_only", o.verifyOnly).Msg("class loaded")
		p.keys[k] = keys
		p.order = append(p.order, k)
	}
	sortClasses(p.order, p.keys)
	if len(o.worker) > 0 {
		// the worker loads these classes, and only these keys
		var err error
		if p.spec.hello, err = p.hello(); err != nil {
			return nil, fmt.Errorf("the prove worker's hello: %w", err)
		}
	}
	return p, nil
}

// sortClasses orders class identifiers by step count, then cost (fewest
// constraints), then identifier: SelectClass takes the first class that
// fits, so a run is proven with the smallest step count that holds it (the
// contracts bound a whole-run proof's step count by the job's maxCycles,
// docs/contracts.md) and, among classes of that size, the cheapest: a base
// class before its hash classes, which cost more.
func sortClasses(order []int, keys map[int]*Keys) {
	sort.Slice(order, func(i, j int) bool {
		a, b := keys[order[i]].Manifest, keys[order[j]].Manifest
		if a.Steps != b.Steps {
			return a.Steps < b.Steps
		}
		if a.Constraints != b.Constraints {
			return a.Constraints < b.Constraints
		}
		return order[i] < order[j]
	})
}

// Classes returns the manifests of the loaded classes in the order
// SelectClass tries them (fewest steps first, then cheapest).
func (p *Prover) Classes() []Manifest {
	out := make([]Manifest, 0, len(p.order))
	for _, k := range p.order {
		out = append(out, p.keys[k].Manifest)
	}
	return out
}

// MaxSteps is the step capacity of the largest loaded class (0 with none).
func (p *Prover) MaxSteps() int {
	n := 0
	for _, id := range p.order {
		n = max(n, p.fam.Steps(id))
	}
	return n
}

// Keys returns the loaded keys of class k.
func (p *Prover) Keys(logSteps int) (*Keys, error) {
	k, ok := p.keys[logSteps]
	if !ok {
		return nil, fmt.Errorf("class %s is not loaded from %s: %w", ClassLabel(logSteps), p.root, ErrNoClass)
	}
	return k, nil
}

// Execute runs the program in trace mode and returns the run to prove. A run
// that faults returns the executor's fault. Runs longer than the largest
// loaded class stop at tracing with executor.ErrTraceTooLong, wrapped.
func (p *Prover) Execute(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*Run, error) {
	if len(p.order) == 0 {
		return nil, fmt.Errorf("no class loaded from %s: run `zkprover setup --cycles 2^k` first: %w", p.root, ErrNoClass)
	}
	capacity := uint64(p.MaxSteps())
	if cfg.MaxTraceSteps == 0 || cfg.MaxTraceSteps > capacity {
		cfg.MaxTraceSteps = capacity
	}
	res, tr, err := executor.RunTrace(ctx, prog, in, cfg)
	if errors.Is(err, executor.ErrTraceTooLong) {
		return nil, fmt.Errorf("the largest class loaded holds %d steps, set up a larger one with `zkprover setup --cycles 2^k`: %w", capacity, err)
	}
	if err != nil {
		return nil, err
	}
	return &Run{Program: prog, Input: in, Result: res, Trace: tr, Public: res.Public(prog, in)}, nil
}

// Prove executes the program in trace mode and proves the run with the
// smallest loaded class that fits; the proof is verified before it is
// returned. A run that faults returns the executor's fault and no proof.
// gnark's prover cannot be interrupted: when ctx ends during proving, Prove
// returns ctx's error at once; in-process, the proof under way finishes in the
// background and is discarded (the next proof waits for it), while with
// WithWorker the worker process is killed, which stops it for real.
func (p *Prover) Prove(ctx context.Context, prog *executor.Program, in *executor.Input, cfg executor.Config) (*Proof, error) {
	run, err := p.Execute(ctx, prog, in, cfg)
	if err != nil {
		return nil, err
	}
	return p.ProveRun(ctx, run)
}

// check rejects an incomplete run.
func (r *Run) check() error {
	if r == nil || r.Program == nil || r.Input == nil || r.Result == nil || r.Trace == nil {
		return errors.New("incomplete run: program, input, result and trace are all needed to prove")
	}
	return nil
}

// cheapestAccepted picks among the classes a run fits (fewest steps first)
// the cheapest whose proof every contract accepts that accepts a proof of
// the smallest of them: a class of no more steps than that one, or than the
// smallest loaded base class (the contracts accept a whole-run proof of at
// most 2^k steps for a job of maxCycles ≥ 2^(k−1), and any proof no larger
// than the smallest base class: VerifierRegistry.withinLowestClass). So a
// run that hashes takes a small hash class rather than a large base class,
// and a run that does not takes its base class rather than a smaller but
// costlier hash class.
func (p *Prover) cheapestAccepted(fit []int) int {
	limit := p.fam.Steps(fit[0])
	for _, k := range p.order {
		if classHash(k) == 0 {
			limit = max(limit, p.fam.Steps(k)) // the smallest base class
			break
		}
	}
	cost := func(k int) int {
		if keys, ok := p.keys[k]; ok && keys.Manifest.Constraints > 0 {
			return keys.Manifest.Constraints
		}
		return math.MaxInt
	}
	best := fit[0]
	for _, k := range fit[1:] {
		if p.fam.Steps(k) <= limit && cost(k) < cost(best) {
			best = k
		}
	}
	return best
}

// smallestFitter is implemented by families that can name the smallest of
// all their classes (loaded or not) that a run fits (RV32IM).
type smallestFitter interface {
	SmallestFit(run *Run) (class int, ok bool)
}

// PreferClasses makes SelectClass choose among the classes f accepts (class
// identifiers) whenever the run fits one of them, and among all it fits only
// otherwise; nil removes the preference. With only, a run that fits none of
// them is refused as too large (ErrTooLarge) instead: the caller proves it
// otherwise. A node that follows a chain prefers the classes the chain's
// registry has verifiers for, only those when the chain verifies final
// proofs (a run that fits none is proven in segments).
func (p *Prover) PreferClasses(f func(classID int) bool, only bool) {
	if f == nil {
		p.prefer.Store(nil)
		return
	}
	p.prefer.Store(&preference{accepts: f, only: only})
}

// preference is what PreferClasses set.
type preference struct {
	accepts func(classID int) bool
	only    bool
}

// SelectClass returns the loaded class to prove the run with: of the
// classes it fits (those PreferClasses accepts, when it accepts any of
// them), the cheapest that is no larger than the smallest of them or than
// the smallest loaded base class (cheapestAccepted).
func (p *Prover) SelectClass(run *Run) (int, error) {
	var reasons []error
	var fit []int // in p.order's order: fewest steps first
	for _, k := range p.order {
		err := p.fam.Fits(k, run)
		if err == nil {
			fit = append(fit, k)
			continue
		}
		reasons = append(reasons, fmt.Errorf("class %s: %w", ClassLabel(k), err))
	}
	if len(fit) > 0 {
		if pf := p.prefer.Load(); pf != nil {
			var preferred []int
			for _, k := range fit {
				if pf.accepts(k) {
					preferred = append(preferred, k)
				}
			}
			switch {
			case len(preferred) > 0:
				fit = preferred
			case pf.only:
				labels := make([]string, len(fit))
				for i, k := range fit {
					labels[i] = ClassLabel(k)
				}
				return 0, fmt.Errorf("the run fits only classes without a verifier on chain (%s): %w", strings.Join(labels, ", "), ErrTooLarge)
			}
		}
		return p.cheapestAccepted(fit), nil
	}
	if len(p.order) == 0 {
		return 0, fmt.Errorf("no class loaded from %s: %w", p.root, ErrNoClass)
	}
	loaded := make([]string, len(p.order))
	for i, k := range p.order {
		loaded[i] = ClassLabel(k)
	}
	hint := ""
	if f, ok := p.fam.(smallestFitter); ok {
		if k, ok := f.SmallestFit(run); ok {
			hint = fmt.Sprintf("; the smallest class that holds it is %s: %#q", ClassLabel(k), SetupCommand(k))
		}
	}
	return 0, fmt.Errorf("run does not fit any loaded class (loaded: %s)%s: %w: %w", strings.Join(loaded, ", "), hint, ErrTooLarge, errors.Join(reasons...))
}

// ProveRun proves an executed run (see Prove).
func (p *Prover) ProveRun(ctx context.Context, run *Run) (*Proof, error) {
	if err := run.check(); err != nil {
		return nil, err
	}
	if p.verifyOnly {
		return nil, errors.New("this prover was opened for verification only")
	}
	k, err := p.SelectClass(run)
	if err != nil {
		return nil, err
	}
	return p.ProveRunClass(ctx, run, k)
}

// ProveRunClass proves an executed run with class k.
func (p *Prover) ProveRunClass(ctx context.Context, run *Run, logSteps int) (*Proof, error) {
	if err := run.check(); err != nil {
		return nil, err
	}
	keys, err := p.Keys(logSteps)
	if err != nil {
		return nil, err
	}
	if !p.canProve(keys) {
		return nil, fmt.Errorf("class %s was loaded for verification only", ClassLabel(logSteps))
	}
	if err := p.fam.Fits(logSteps, run); err != nil {
		return nil, fmt.Errorf("run does not fit class %s: %w", ClassLabel(logSteps), err)
	}
	assignment, err := p.fam.Assign(logSteps, run)
	if err != nil {
		return nil, fmt.Errorf("assigning class %s: %w", ClassLabel(logSteps), err)
	}
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("building witness: %w", err)
	}
	if err := checkShape(keys, full, p.fam); err != nil {
		return nil, err
	}
	elems, err := run.Public.Elements()
	if err != nil {
		return nil, fmt.Errorf("statement: %w", err)
	}
	if err := checkPublicPart(full, elems[:]); err != nil {
		return nil, err
	}
	p.log.Info().Int("class", logSteps).Uint64("cycles", run.Result.Cycles).Int("constraints", keys.Manifest.Constraints).
		Bool("worker", len(p.spec.argv) > 0).Msg("witness ready: proving")
	gp, proveTime, err := p.proveFull(ctx, logSteps, keys, full, TargetSolidity)
	if err != nil {
		return nil, err
	}
	proof, err := newProof(logSteps, run.Result.Cycles, run.Public, gp)
	if err != nil {
		return nil, err
	}
	if err := Verify(keys.VK, proof); err != nil {
		return nil, fmt.Errorf("the new proof does not verify (class %s): %w", ClassLabel(logSteps), err)
	}
	p.log.Info().Int("class", logSteps).Uint64("cycles", run.Result.Cycles).Bool("gpu", p.gpu).
		Dur("prove", proveTime).Str("program", feHex(run.Public.ProgramID)).Msg("proved")
	return proof, nil
}

// ProveAssignment proves a full assignment of class k of the prover's
// family for the target, verifies the proof and returns it with its public
// witness. It is how circuits whose witness is not a Run (segments) are
// proven through the same proving slot, worker process and GPU path.
func (p *Prover) ProveAssignment(ctx context.Context, logSteps int, assignment frontend.Circuit, target Target) (groth16.Proof, witness.Witness, error) {
	if p.verifyOnly {
		return nil, nil, errors.New("this prover was opened for verification only")
	}
	keys, err := p.Keys(logSteps)
	if err != nil {
		return nil, nil, err
	}
	if !p.canProve(keys) {
		return nil, nil, fmt.Errorf("class %s was loaded for verification only", ClassLabel(logSteps))
	}
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, fmt.Errorf("building witness: %w", err)
	}
	if err := checkShape(keys, full, p.fam); err != nil {
		return nil, nil, err
	}
	pub, err := full.Public()
	if err != nil {
		return nil, nil, fmt.Errorf("public witness: %w", err)
	}
	gp, _, err := p.proveFull(ctx, logSteps, keys, full, target)
	if err != nil {
		return nil, nil, err
	}
	if err := groth16.Verify(gp, keys.VK, pub, target.VerifierOptions()...); err != nil {
		return nil, nil, fmt.Errorf("the new proof does not verify (class %s, %s): %w", ClassLabel(logSteps), target, err)
	}
	return gp, pub, nil
}

// proveFull proves a checked full witness of class k: in the worker process
// if there is one, else here (GPU or CPU), under the proving slot.
func (p *Prover) proveFull(ctx context.Context, logSteps int, keys *Keys, full witness.Witness, target Target) (groth16.Proof, time.Duration, error) {
	// Wait for the proving slot.
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, 0, fmt.Errorf("waiting to prove: %w", ctx.Err())
	}
	type result struct {
		proof groth16.Proof
		err   error
	}
	var r result
	start := time.Now()
	gpu := p.gpu
	if len(p.spec.argv) > 0 {
		// In the worker process: cancelling kills it, so the proof really stops.
		r.proof, r.err = p.proveInWorker(ctx, logSteps, full, target)
		<-p.sem
		if r.err != nil && ctx.Err() != nil {
			return nil, 0, fmt.Errorf("proving: %w", ctx.Err())
		}
	} else {
		done := make(chan result, 1)
		gpuKey := p.gpuKeys[logSteps]
		go func() {
			defer func() { <-p.sem }()
			var r result
			if gpu {
				r.proof, r.err = proveGPU(keys.CS, gpuKey, full, target)
			} else {
				r.proof, r.err = groth16.Prove(keys.CS, keys.PK, full, target.ProverOptions()...)
			}
			done <- r
		}()
		select {
		case <-ctx.Done():
			p.log.Warn().Int("class", logSteps).Msg("proof cancelled; the running gnark prover finishes in the background and its result is discarded")
			return nil, 0, fmt.Errorf("proving: %w", ctx.Err())
		case r = <-done:
		}
	}
	if r.err != nil {
		return nil, 0, fmt.Errorf("proving with class %s: %w", ClassLabel(logSteps), r.err)
	}
	return r.proof, time.Since(start), nil
}

// canProve says whether keys hold what this prover needs to prove: the
// constraint system and proving key here, or, when a worker process
// proves, the system's shape.
func (p *Prover) canProve(keys *Keys) bool {
	if len(p.spec.argv) > 0 {
		return keys.Shape != nil
	}
	return keys.CS != nil && keys.PK != nil
}

// checkShape catches keys made for another version of the circuit: the
// witness must have exactly the stored constraint system's inputs. fam is
// the keys' family (for the advice).
func checkShape(keys *Keys, full witness.Witness, fam Family) error {
	vec, ok := full.Vector().(fr.Vector)
	if !ok {
		return fmt.Errorf("witness is a %T, want a BN254 vector", full.Vector())
	}
	if keys.Shape == nil {
		return errors.New("the class was loaded for verification only")
	}
	pub, sec := keys.Shape.Public, keys.Shape.Secret
	if len(vec) != pub+sec {
		return fmt.Errorf("the circuit assigns %d inputs but the keys in %s were made for a circuit with %d public + %d secret inputs: the circuit changed since the setup; %s",
			len(vec), keys.Dir, pub, sec, redoAdvice(keys.Dir, fam, keys.Manifest.ID(), keys.Manifest.SetupKind))
	}
	return nil
}

// checkOnce checks keys against the family's circuit (CheckCircuit) unless
// this executable did so before (FileChecked), and records a check that
// passed. *exe caches this executable's hash across the classes of one
// Open. A stamp that cannot be read or written costs only the compile.
func checkOnce(fam Family, keys *Keys, exe *string, log zerolog.Logger) error {
	if *exe == "" {
		h, err := executableHash()
		if err != nil {
			log.Warn().Err(err).Msg("checking the circuit at every start: this executable could not be hashed")
		}
		*exe = h
	}
	if at, ok := checkedBefore(keys.Dir, &keys.Manifest, *exe); ok {
		log.Info().Str("class", keys.Manifest.Class).Str("dir", keys.Dir).Time("checked_at", at).
			Msg("circuit check skipped: this executable checked these keys before (remove " + FileChecked + " to check again)")
		return nil
	}
	start := time.Now()
	if err := CheckCircuit(fam, keys); err != nil {
		return err
	}
	if *exe != "" {
		if err := markChecked(keys.Dir, &keys.Manifest, *exe); err != nil {
			log.Warn().Err(err).Str("dir", keys.Dir).Msg("the circuit check passed but was not recorded: the next start checks again")
		}
	}
	log.Info().Str("class", keys.Manifest.Class).Dur("took", time.Since(start)).Msg("circuit checked against the keys")
	return nil
}

// CheckCircuit compiles the family's current circuit of the class and
// compares it with the stored constraint system, so that keys made for
// another version of the circuit are caught before proving.
func CheckCircuit(fam Family, keys *Keys) error {
	if keys.CS == nil {
		return errors.New("constraint system not loaded")
	}
	cs, err := Compile(fam, keys.Manifest.ID())
	if err != nil {
		return err
	}
	type shape struct{ constraints, public, secret, internal, committed int }
	got := shape{cs.GetNbConstraints(), cs.GetNbPublicVariables(), cs.GetNbSecretVariables(), cs.GetNbInternalVariables(), committedWires(cs)}
	want := shape{keys.CS.GetNbConstraints(), keys.CS.GetNbPublicVariables(), keys.CS.GetNbSecretVariables(), keys.CS.GetNbInternalVariables(), committedWires(keys.CS)}
	if got != want {
		return fmt.Errorf("%w: the keys in %s were made for another version of the circuit (stored: %d constraints, %d public, %d secret, %d internal variables, %d committed wires; current: %d, %d, %d, %d, %d): %s",
			ErrKeysStale, keys.Dir, want.constraints, want.public, want.secret, want.internal, want.committed, got.constraints, got.public, got.secret, got.internal, got.committed,
			redoAdvice(keys.Dir, fam, keys.Manifest.ID(), keys.Manifest.SetupKind))
	}
	// The same sizes are not the same circuit: a changed coefficient or
	// constant (a fixed constraint) keeps every count. The stored
	// circuit.r1cs is the serialization of the circuit compiled at setup,
	// and compiling is deterministic (the ceremony relies on it too).
	h := sha256.New()
	if _, err := cs.WriteTo(h); err != nil {
		return fmt.Errorf("hashing the current circuit of %s: %w", keys.Manifest.Class, err)
	}
	if sum := hex.EncodeToString(h.Sum(nil)); sum != keys.Manifest.Files[FileCircuit] {
		return fmt.Errorf("%w: the keys in %s were made for another version of the circuit (the same sizes, other constraints: sha256 %s stored, %s current): %s",
			ErrKeysStale, keys.Dir, keys.Manifest.Files[FileCircuit], sum, redoAdvice(keys.Dir, fam, keys.Manifest.ID(), keys.Manifest.SetupKind))
	}
	return nil
}

// committedWires counts the wires of cs's Pedersen commitments: a circuit
// change that commits other values changes the keys' commitment bases but
// not the sizes above.
func committedWires(cs constraint.ConstraintSystem) int {
	cms, ok := cs.GetCommitments().(constraint.Groth16Commitments)
	if !ok {
		return 0
	}
	n := 0
	for _, c := range cms {
		n += len(c.PrivateCommitted) + len(c.PublicAndCommitmentCommitted)
	}
	return n
}

// checkPublicPart makes sure the circuit's public inputs are exactly the
// statement's elements, in order.
func checkPublicPart(full witness.Witness, elems []fr.Element) error {
	pw, err := full.Public()
	if err != nil {
		return fmt.Errorf("public witness: %w", err)
	}
	vec, ok := pw.Vector().(fr.Vector)
	if !ok {
		return fmt.Errorf("public witness is a %T, want a BN254 vector", pw.Vector())
	}
	if len(vec) != len(elems) {
		return fmt.Errorf("circuit has %d public inputs, the statement %d", len(vec), len(elems))
	}
	for i := range vec {
		if !vec[i].Equal(&elems[i]) {
			return fmt.Errorf("circuit public input %d is %s, the statement says %s", i, vec[i].String(), elems[i].String())
		}
	}
	return nil
}

// publicWitness builds gnark's public witness from the statement's elements.
func publicWitness(elems []fr.Element) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(elems))
	for _, e := range elems {
		ch <- e
	}
	close(ch)
	if err := w.Fill(len(elems), 0, ch); err != nil {
		return nil, err
	}
	return w, nil
}

// Verify checks a proof against a verifying key: every form the proof carries
// (decimal points, public inputs, Solidity bytes, calldata) must agree with its
// raw proof and statement, and the Groth16 check (with the keccak-based
// commitment hash of the Solidity verifier) must pass for the public inputs
// rebuilt from the statement.
func Verify(vk groth16.VerifyingKey, proof *Proof) error {
	bp, elems, err := proof.checkForms()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	bvk, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return fmt.Errorf("verifying key is a %T, want a BN254 Groth16 key", vk)
	}
	if n := bvk.NbPublicWitness() - len(bvk.CommitmentKeys); n != len(elems) {
		return fmt.Errorf("%w: the verifying key takes %d public inputs, the proof has %d", ErrInvalidProof, n, len(elems))
	}
	pw, err := publicWitness(elems)
	if err != nil {
		return fmt.Errorf("public witness: %w", err)
	}
	if err := groth16.Verify(bp, vk, pw, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

// Verify checks a whole-run proof with the verifying key of its class (a
// final proof is checked with the final circuit's key: Verify, or
// longrun.VerifyProof).
func (p *Prover) Verify(proof *Proof) error {
	if proof.Kind != "" {
		return fmt.Errorf("%w: a %s proof of segment class 2^%d: check it with the long-run keys", ErrNoClass, proof.Kind, proof.Class)
	}
	keys, err := p.Keys(proof.Class)
	if err != nil {
		return err
	}
	return Verify(keys.VK, proof)
}

// Root is the key store folder.
func (p *Prover) Root() string { return p.root }

// Family is the circuit family the prover proves.
func (p *Prover) Family() Family { return p.fam }

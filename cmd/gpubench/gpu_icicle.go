//go:build icicle

package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_groth16 "github.com/consensys/gnark/backend/accelerated/icicle/groth16"
	icicle_bn254 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	icicle_runtime "github.com/ingonyama-zk/icicle-gnark/v3/wrappers/golang/runtime"

	"github.com/zkprover/zkprover/prover"
)

// buildKind says how this binary was built.
const buildKind = "icicle"

// defaultBackendDir is where ICICLE looks for its backends without
// ICICLE_BACKEND_INSTALL_DIR.
const defaultBackendDir = "/opt/icicle/lib/backend"

// gpuInfo describes the GPU found by probeGPU.
type gpuInfo struct {
	backendDir string
	devices    int
	memTotal   uint64
	memFree    uint64
	warmUp     string // why the warm-up proof failed ("" when it did not)
}

func (g *gpuInfo) String() string {
	return fmt.Sprintf("CUDA device 0 of %d (%.1f GiB, %.1f GiB free), ICICLE backend from %s%s",
		g.devices, float64(g.memTotal)/(1<<30), float64(g.memFree)/(1<<30), g.backendDir, g.warmUp)
}

// probeGPU loads ICICLE's backend and finds CUDA device 0, or says why not.
func probeGPU() (info *gpuInfo, err error) {
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, fmt.Errorf("ICICLE: %v", r)
		}
	}()
	dir := os.Getenv("ICICLE_BACKEND_INSTALL_DIR")
	if dir == "" {
		dir = defaultBackendDir
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("no ICICLE backend folder %s (set ICICLE_BACKEND_INSTALL_DIR to the lib/backend folder that scripts/gpu/build-icicle.sh makes)", dir)
	}
	if e := icicle_runtime.LoadBackendFromEnvOrDefault(); e != icicle_runtime.Success {
		return nil, fmt.Errorf("loading ICICLE's backend from %s: %s", dir, e.AsString())
	}
	devs, e := icicle_runtime.GetRegisteredDevices()
	devs = slices.DeleteFunc(devs, func(d string) bool { return d == "" })
	if e != icicle_runtime.Success || !slices.Contains(devs, "CUDA") {
		return nil, fmt.Errorf("ICICLE's CUDA backend did not load from %s (registered devices: %q): its libraries (libicicle_backend_cuda_*.so) are missing there, or cannot be loaded (no NVIDIA driver, libcudart not found: check with ldd)", dir, devs)
	}
	info = &gpuInfo{backendDir: dir}
	err = prover.OnCUDA(func() error {
		n, e := icicle_runtime.GetDeviceCount()
		if e != icicle_runtime.Success {
			return fmt.Errorf("counting CUDA devices: %s (no GPU, or no NVIDIA driver)", e.AsString())
		}
		if n < 1 {
			return errors.New("no CUDA device")
		}
		info.devices = n
		mem, e := icicle_runtime.GetAvailableMemory()
		if e != icicle_runtime.Success {
			return fmt.Errorf("reading GPU memory: %s", e.AsString())
		}
		info.memTotal, info.memFree = uint64(mem.Total), uint64(mem.Free)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// gnark warms the device up on its first GPU proof (it allocates and frees
	// half the free memory): a tiny proof does that now, so that it is not
	// counted in the first measured proof nor in its peak memory. Its failure
	// is reported, not fatal: the measurement itself says whether the GPU
	// proves.
	if err := warmUp(); err != nil {
		info.warmUp = fmt.Sprintf("; the warm-up proof failed (%v), so the first measured proof includes the warm-up", err)
	}
	return info, nil
}

// square is the one-constraint circuit of warmUp: X² = Y.
type square struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *square) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func warmUp() error {
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &square{})
	if err != nil {
		return err
	}
	pk, err := groth16.DummySetup(cs)
	if err != nil {
		return err
	}
	gk, err := gpuKey(pk)
	if err != nil {
		return err
	}
	defer releaseGPUKey(gk)
	w, err := frontend.NewWitness(&square{X: 3, Y: 9}, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	_, err = proveGPU(cs, gk, w, false, prover.TargetSolidity)
	return err
}

// gpuKey wraps the CPU proving key into an ICICLE proving key (same points,
// nothing copied; the device buffers are set up by the first proof).
func gpuKey(pk groth16.ProvingKey) (groth16.ProvingKey, error) {
	cpk, ok := pk.(*groth16_bn254.ProvingKey)
	if !ok {
		return nil, fmt.Errorf("proving key is a %T, want a BN254 Groth16 key", pk)
	}
	return &icicle_bn254.ProvingKey{ProvingKey: *cpk}, nil
}

// releaseGPUKey frees the key's device buffers.
func releaseGPUKey(pk groth16.ProvingKey) {
	if ik, ok := pk.(*icicle_bn254.ProvingKey); ok {
		_ = prover.OnCUDA(func() error { ik.FreeGPUResources(); return nil })
	}
}

// proveGPU proves on CUDA device 0 with the options of the prover
// (prover/gpu_icicle.go). ICICLE panics on backend errors; that becomes an
// error.
func proveGPU(cs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, pin bool, t prover.Target) (proof groth16.Proof, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ICICLE GPU prover: %v", r)
		}
	}()
	return icicle_groth16.Prove(cs, pk, full,
		icicle.WithProverOptions(t.ProverOptions()...),
		icicle.WithPinKeysToGPU(pin))
}

// gpuSampler polls the device's free memory while the GPU proofs run.
type gpuSampler struct {
	mu       sync.Mutex
	ok       bool
	total    uint64
	start    uint64 // in use before the proofs
	peak     uint64 // most in use seen
	quit     chan struct{}
	finished chan struct{}
}

// sampleEvery is the memory polling period.
const sampleEvery = 20 * time.Millisecond

func startGPUMemorySampler() *gpuSampler {
	s := &gpuSampler{quit: make(chan struct{}), finished: make(chan struct{})}
	go func() {
		defer close(s.finished)
		_ = prover.OnCUDA(func() error {
			t := time.NewTicker(sampleEvery)
			defer t.Stop()
			for {
				if mem, e := icicle_runtime.GetAvailableMemory(); e == icicle_runtime.Success {
					used := uint64(mem.Total - mem.Free)
					s.mu.Lock()
					if !s.ok {
						s.ok, s.total, s.start = true, uint64(mem.Total), used
					}
					s.peak = max(s.peak, used)
					s.mu.Unlock()
				}
				select {
				case <-s.quit:
					return nil
				case <-t.C:
				}
			}
		})
	}()
	return s
}

// stop ends the sampling and records the figures (null when none was read).
func (s *gpuSampler) stop(res *result) {
	select {
	case <-s.quit:
	default:
		close(s.quit)
	}
	<-s.finished
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ok {
		res.GPUPeakMemory, res.GPUMemoryStart, res.GPUMemoryTotal = ptr(s.peak), ptr(s.start), ptr(s.total)
	}
}

//go:build icicle

package prover

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_groth16 "github.com/consensys/gnark/backend/accelerated/icicle/groth16"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	icicle_runtime "github.com/ingonyama-zk/icicle-gnark/v3/wrappers/golang/runtime"
)

// gpuCompiled reports whether this binary can prove on a GPU.
const gpuCompiled = true

// gpuProbe is the outcome of probing the GPU, once per process.
var gpuProbe = sync.OnceValue(probeGPU)

// probeGPU loads ICICLE's backend (ICICLE_BACKEND_INSTALL_DIR, else ICICLE's
// default /opt/icicle/lib/backend) and checks that its CUDA device is
// registered and that CUDA device 0 answers, so that a prover asked for the
// GPU fails at Open, with the reason, rather than at its first proof after
// loading its keys.
func probeGPU() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: ICICLE: %v", ErrGPUUnusable, r)
		}
	}()
	dir := os.Getenv("ICICLE_BACKEND_INSTALL_DIR")
	if dir == "" {
		dir = "/opt/icicle/lib/backend"
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("%w: no ICICLE backend folder %s (set ICICLE_BACKEND_INSTALL_DIR to the libraries' lib/backend, docs/proving.md)", ErrGPUUnusable, dir)
	}
	if e := icicle_runtime.LoadBackendFromEnvOrDefault(); e != icicle_runtime.Success {
		return fmt.Errorf("%w: loading ICICLE's backend from %s: %s", ErrGPUUnusable, dir, e.AsString())
	}
	devs, e := icicle_runtime.GetRegisteredDevices()
	if e != icicle_runtime.Success || !slices.Contains(devs, "CUDA") {
		return fmt.Errorf("%w: ICICLE's CUDA backend did not load from %s (registered devices: %q)", ErrGPUUnusable, dir, devs)
	}
	err = OnCUDA(func() error {
		if n, e := icicle_runtime.GetDeviceCount(); e != icicle_runtime.Success || n < 1 {
			return errors.New("no CUDA device")
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrGPUUnusable, err)
	}
	return nil
}

// OnCUDA runs f on an OS thread whose ICICLE device is CUDA device 0
// (ICICLE's current device is per thread), turning ICICLE's panics into
// errors. Built with the icicle tag only.
func OnCUDA(f func() error) error {
	done := make(chan error, 1)
	go func() {
		goruntime.LockOSThread()
		defer goruntime.UnlockOSThread()
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("ICICLE: %v", r)
			}
		}()
		dev := icicle_runtime.CreateDevice("CUDA", 0)
		if e := icicle_runtime.SetDevice(&dev); e != icicle_runtime.Success {
			done <- fmt.Errorf("selecting CUDA device 0: %s", e.AsString())
			return
		}
		done <- f()
	}()
	return <-done
}

// loadGPUKey reads the class's proving key (checked against the manifest)
// into an ICICLE proving key; its device buffers are set up on first use.
func loadGPUKey(k *Keys) (groth16.ProvingKey, error) {
	pk := icicle_groth16.NewProvingKey(ecc.BN254)
	path := filepath.Join(k.Dir, FilePK)
	err := readChecked(path, k.Manifest.Files[FilePK], func(r io.Reader) error {
		_, err := pk.UnsafeReadFrom(r)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("loading proving key: %w", err)
	}
	return pk, nil
}

// proveGPU proves on the GPU (device 0). ICICLE panics when its CUDA backend
// cannot be loaded; that becomes an error.
func proveGPU(cs constraint.ConstraintSystem, pk groth16.ProvingKey, full witness.Witness, t Target) (proof groth16.Proof, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ICICLE GPU prover: %v", r)
		}
	}()
	return icicle_groth16.Prove(cs, pk, full,
		icicle.WithProverOptions(t.ProverOptions()...))
}

//go:build icicle

package prover

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_groth16 "github.com/consensys/gnark/backend/accelerated/icicle/groth16"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
)

// gpuCompiled reports whether this binary can prove on a GPU.
const gpuCompiled = true

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

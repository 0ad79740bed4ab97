package longrun

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// Stores are the three key stores of long runs, in setup order: each
// circuit depends on the keys of the ones before it.
func Stores() []string { return stores[:] }

// StoreFamily is the circuit family of one store (DirSegment, DirAggregate
// or DirFinal) of the long-run keys under root, for a setup ceremony
// (docs/ceremony.md, "Long runs"): the segment circuit stands alone; the
// aggregation circuit is built over the segment keys of its class and the
// final circuit over the segment and aggregation keys, which it reads from
// root when it is compiled, so their ceremonies run in that order, each
// after the keys of the one before are finalised.
func StoreFamily(ctx context.Context, root, store string) (prover.Family, error) {
	seg := prover.RV32IMSegments{}
	segVK := storeVK(ctx, root, DirSegment, seg)
	switch store {
	case DirSegment:
		return seg, nil
	case DirAggregate:
		return aggFamily{segVK: segVK}, nil
	case DirFinal:
		return finalFamily{segVK: segVK, aggVK: storeVK(ctx, root, DirAggregate, aggFamily{segVK: segVK})}, nil
	}
	return nil, fmt.Errorf("no long-run key store %q: want %s, %s or %s", store, DirSegment, DirAggregate, DirFinal)
}

// storeVK reads the verifying key of class k from one store under root.
func storeVK(ctx context.Context, root, store string, fam prover.Family) func(k int) (groth16.VerifyingKey, error) {
	return func(k int) (groth16.VerifyingKey, error) {
		dir := filepath.Join(root, store)
		p, err := prover.Open(ctx, dir, prover.WithFamily(fam), prover.WithClasses(k), prover.WithVerifyOnly(), prover.WithLogger(zerolog.Nop()))
		if err != nil {
			return nil, fmt.Errorf("the %s keys of class 2^%d in %s, which this circuit is built over (finalise their ceremony, or set them up, first): %w", store, k, dir, err)
		}
		defer func() { _ = p.Close() }()
		keys, err := p.Keys(k)
		if err != nil {
			return nil, err
		}
		return keys.VK, nil
	}
}

// DependsFiles is the depends.json (as a file map for
// prover.WriteClassFiles) of store's class k keys to be made over the keys
// under root: none for the segment store.
func DependsFiles(ctx context.Context, root, store string, k int) (map[string][]byte, error) {
	if store == DirSegment {
		return nil, nil
	}
	fam, err := StoreFamily(ctx, root, DirAggregate)
	if err != nil {
		return nil, err
	}
	segVK, err := fam.(aggFamily).segVK(k)
	if err != nil {
		return nil, err
	}
	segHash, err := recursion.VKHash(segVK)
	if err != nil {
		return nil, fmt.Errorf("segment key of class 2^%d: %w", k, err)
	}
	var aggHash fr.Element
	if store == DirFinal {
		aggVK, err := storeVK(ctx, root, DirAggregate, fam)(k)
		if err != nil {
			return nil, err
		}
		if aggHash, err = recursion.VKHash(aggVK); err != nil {
			return nil, fmt.Errorf("aggregation key of class 2^%d: %w", k, err)
		}
	} else if store != DirAggregate {
		return nil, fmt.Errorf("no long-run key store %q", store)
	}
	return dependsFiles(segHash, aggHash), nil
}

package longrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/recursion"
)

// The key store of long runs (docs/recursion.md, "Keys"): three folders under
// one root, each a key store of package prover with its manifests and
// checksums, one class per segment class k:
//
//	<root>/segment/class-k    the segment circuit of class k
//	<root>/aggregate/class-k  the aggregation circuit whose allowed segment key is segment/class-k's
//	<root>/final/class-k      the final circuit over aggregate/class-k's key and segment/class-k's key
//
// The aggregation circuit depends on the segment key (its hash is a
// constant of the circuit) and the final circuit on both keys, so they are
// set up in that order, and a circuit check on load recompiles each with
// the keys it depends on.
const (
	DirSegment   = "segment"
	DirAggregate = "aggregate"
	DirFinal     = "final"
)

// aggFamily is the aggregation circuit family: class k's circuit allows the
// segment key of class k.
type aggFamily struct {
	segVK func(k int) (groth16.VerifyingKey, error)
}

func (aggFamily) Name() string     { return "rv32im-aggregate" }
func (aggFamily) MinLogSteps() int { return circuits.MinLogSteps }
func (aggFamily) MaxLogSteps() int { return circuits.MaxLogSteps }
func (aggFamily) Steps(int) int    { return 0 }

// SetupCommand makes the long-run keys of segment class k (prover's
// redo advice).
func (aggFamily) SetupCommand(k int) string { return setupCommand(k) }
func (f aggFamily) NewCircuit(k int) (frontend.Circuit, error) {
	vk, err := f.segVK(k)
	if err != nil {
		return nil, err
	}
	h, err := recursion.VKHash(vk)
	if err != nil {
		return nil, fmt.Errorf("segment key of class 2^%d: %w", k, err)
	}
	return recursion.NewAggregateCircuit([]fr.Element{h})
}

// EstimateConstraints is the aggregation circuit's size (docs/recursion.md),
// for setup progress before it is compiled.
func (aggFamily) EstimateConstraints(int) int { return 3_846_000 }
func (aggFamily) Fits(int, *prover.Run) error { return prover.ErrAssignedElsewhere }
func (aggFamily) Assign(int, *prover.Run) (frontend.Circuit, error) {
	return nil, prover.ErrAssignedElsewhere
}

// finalFamily is the final circuit family: class k's circuit verifies an
// aggregation proof under aggregate/class-k's key or a segment proof under
// segment/class-k's key.
type finalFamily struct {
	segVK func(k int) (groth16.VerifyingKey, error)
	aggVK func(k int) (groth16.VerifyingKey, error)
}

func (finalFamily) Name() string     { return "rv32im-final" }
func (finalFamily) MinLogSteps() int { return circuits.MinLogSteps }
func (finalFamily) MaxLogSteps() int { return circuits.MaxLogSteps }
func (finalFamily) Steps(int) int    { return 0 }

// SetupCommand makes the long-run keys of segment class k (prover's
// redo advice).
func (finalFamily) SetupCommand(k int) string { return setupCommand(k) }

// setupCommand is the command that makes (and checks, making stale or
// damaged ones again) the long-run keys of segment class k.
func setupCommand(k int) string { return prover.RV32IMSegments{}.SetupCommand(k) }
func (f finalFamily) NewCircuit(k int) (frontend.Circuit, error) {
	seg, err := f.segVK(k)
	if err != nil {
		return nil, err
	}
	agg, err := f.aggVK(k)
	if err != nil {
		return nil, err
	}
	return recursion.NewFinalCircuit(agg, []groth16.VerifyingKey{seg})
}

// EstimateConstraints is the final circuit's size with one segment key
// (docs/recursion.md), for setup progress before it is compiled.
func (finalFamily) EstimateConstraints(int) int { return 1_930_000 }
func (finalFamily) Fits(int, *prover.Run) error { return prover.ErrAssignedElsewhere }
func (finalFamily) Assign(int, *prover.Run) (frontend.Circuit, error) {
	return nil, prover.ErrAssignedElsewhere
}

// WorkerFamily is the circuit family of a prove worker process serving the
// long-run key store keysDir (<root>/<store>, `zkprover prove-worker
// --family NAME`), by the family's name: StoreFamily of that store under
// root. The worker only proves with the keys it loads; the circuit, built
// only to set up or check keys, would read the other stores' verifying keys
// beside it.
func WorkerFamily(ctx context.Context, keysDir, name string) (prover.Family, error) {
	store, ok := StoreOf(name)
	if !ok {
		return nil, fmt.Errorf("unknown circuit family %q (of long runs: %s)", name, strings.Join(WorkerFamilies(), ", "))
	}
	return StoreFamily(ctx, filepath.Dir(keysDir), store)
}

// FamilyName is the circuit family name of the long-run key store in
// folder store (DirSegment, DirAggregate or DirFinal).
func FamilyName(store string) (string, bool) {
	switch store {
	case DirSegment:
		return prover.RV32IMSegments{}.Name(), true
	case DirAggregate:
		return aggFamily{}.Name(), true
	case DirFinal:
		return finalFamily{}.Name(), true
	}
	return "", false
}

// StoreOf is the store folder of the family named family.
func StoreOf(family string) (string, bool) {
	for _, d := range stores {
		if name, _ := FamilyName(d); name == family {
			return d, true
		}
	}
	return "", false
}

// WorkerFamilies are the family names of the stores, in setup order.
func WorkerFamilies() []string {
	names := make([]string, 0, len(stores))
	for _, d := range stores {
		name, _ := FamilyName(d)
		names = append(names, name)
	}
	return names
}

// Keys are the three provers of segment class k.
type Keys struct {
	LogSteps  int
	Segment   *prover.Prover
	Aggregate *prover.Prover
	Final     *prover.Prover

	SegVK, AggVK, FinalVK groth16.VerifyingKey
	SegVKHash, AggVKHash  fr.Element
}

// KeyOptions configure OpenKeys.
type KeyOptions struct {
	AutoSetup   bool            // set up missing keys (segment, then aggregation, then final)
	Check       bool            // recompile each circuit and check its keys against it
	VerifyOnly  bool            // load verifying keys only
	Progress    prover.Progress // setup progress
	Log         zerolog.Logger
	SegmentOpts []prover.Option // extra options of the segment prover (workers, GPU)
	// GPU proves the segments, aggregations and final proofs of this
	// process through ICICLE (prover.WithGPU); prove workers are asked for
	// it by their own options.
	GPU bool
	// SegmentReady, when set, is called once the segment keys are open
	// and checked, before the aggregation and final keys are loaded (so
	// that prove workers can load the segment proving key meanwhile). Ensure
	// calls it again if it makes the keys again.
	SegmentReady func()
	// AggregateOpts and FinalOpts are extra options of the aggregation and
	// final provers (prover.WithWorker: a node proves them in prove worker
	// processes, WorkerFamily).
	AggregateOpts []prover.Option
	FinalOpts     []prover.Option
	// NoProvingKeys opens every store without its proving key
	// (prover.WithoutProvingKey): the keys are made or checked, never
	// proven with (`zkprover setup --segment`).
	NoProvingKeys bool
}

// OpenKeys opens (and with AutoSetup makes) the keys of segment class k
// under root.
func OpenKeys(ctx context.Context, root string, k int, o KeyOptions) (*Keys, error) {
	ks, _, err := openKeys(ctx, root, k, o)
	return ks, err
}

// stores are the three key stores in setup order: each depends on the ones
// before it.
var stores = [...]string{DirSegment, DirAggregate, DirFinal}

// openKeys is OpenKeys; on error it also says which store failed (an index
// of stores).
func openKeys(ctx context.Context, root string, k int, o KeyOptions) (*Keys, int, error) {
	base := []prover.Option{prover.WithClasses(k), prover.WithAutoSetup(o.AutoSetup), prover.WithCircuitCheck(o.Check),
		prover.WithLogger(o.Log), prover.WithSetupProgress(o.Progress), prover.WithGPU(o.GPU && !o.VerifyOnly)}
	if o.VerifyOnly {
		base = append(base, prover.WithVerifyOnly())
	}
	if o.NoProvingKeys {
		base = append(base, prover.WithoutProvingKey())
	}
	ks := &Keys{LogSteps: k}
	var err error
	// Keys made before their dependencies' current keys are stale: with
	// AutoSetup they are made again, else refused.
	aggDir, finDir := filepath.Join(root, DirAggregate), filepath.Join(root, DirFinal)
	segOpts := append(append([]prover.Option{}, base...), prover.WithFamily(prover.RV32IMSegments{}))
	if ks.Segment, ks.SegVK, ks.SegVKHash, err = openInner(ctx, filepath.Join(root, DirSegment), k, o.AutoSetup, append(segOpts, o.SegmentOpts...)); err != nil {
		return nil, 0, fmt.Errorf("segment keys: %w", err)
	}
	if o.SegmentReady != nil {
		o.SegmentReady()
	}
	segVK := func(int) (groth16.VerifyingKey, error) { return ks.SegVK, nil }
	if err := checkDepends(aggDir, k, ks.SegVKHash, fr.Element{}, o.AutoSetup); err != nil {
		return nil, 1, err
	}
	aggOpts := append(append([]prover.Option{}, base...), prover.WithFamily(aggFamily{segVK: segVK}),
		prover.WithSetupFiles(dependsFiles(ks.SegVKHash, fr.Element{})))
	if ks.Aggregate, ks.AggVK, ks.AggVKHash, err = openInner(ctx, aggDir, k, o.AutoSetup, append(aggOpts, o.AggregateOpts...)); err != nil {
		return nil, 1, fmt.Errorf("aggregation keys: %w", err)
	}
	if err := writeDepends(aggDir, k, ks.SegVKHash, fr.Element{}); err != nil {
		return nil, 1, err
	}
	aggVK := func(int) (groth16.VerifyingKey, error) { return ks.AggVK, nil }
	if err := checkDepends(finDir, k, ks.SegVKHash, ks.AggVKHash, o.AutoSetup); err != nil {
		return nil, 2, err
	}
	finOpts := append(append([]prover.Option{}, base...), prover.WithFamily(finalFamily{segVK: segVK, aggVK: aggVK}),
		prover.WithSetupFiles(dependsFiles(ks.SegVKHash, ks.AggVKHash)))
	if ks.Final, err = prover.Open(ctx, finDir, append(finOpts, o.FinalOpts...)...); err != nil {
		return nil, 2, fmt.Errorf("final keys: %w", err)
	}
	if err := writeDepends(finDir, k, ks.SegVKHash, ks.AggVKHash); err != nil {
		return nil, 2, err
	}
	keys, err := ks.Final.Keys(k)
	if err != nil {
		return nil, 2, err
	}
	ks.FinalVK = keys.VK
	return ks, -1, nil
}

// openInner opens the store of keys that another circuit verifies (segment
// or aggregation keys) and hashes its verifying key. Keys not of the inner
// shape (recursion.ErrShape: made before every inner key had γ and the
// commitment base at G2's generator) are removed and made again with redo,
// else refused. Ceremony keys are never removed here: a ceremony's output is
// not replaced by single-party keys behind the operator's back.
func openInner(ctx context.Context, dir string, k int, redo bool, opts []prover.Option) (*prover.Prover, groth16.VerifyingKey, fr.Element, error) {
	p, err := prover.Open(ctx, dir, opts...)
	if err != nil {
		return nil, nil, fr.Element{}, err
	}
	vk, h, err := vkOf(p, k)
	if !errors.Is(err, recursion.ErrShape) || !redo {
		return p, vk, h, err
	}
	m, merr := prover.ReadManifest(dir, k)
	if merr != nil {
		return p, vk, h, fmt.Errorf("%w; not made again: reading its manifest: %w", err, merr)
	}
	if m.SetupKind == prover.SetupMPC {
		return p, vk, h, fmt.Errorf("%w; ceremony keys are not replaced by single-party keys: run the ceremony again for this shape (docs/ceremony.md)", err)
	}
	_ = p.Close()
	if err := os.RemoveAll(prover.ClassDir(dir, k)); err != nil {
		return nil, nil, fr.Element{}, fmt.Errorf("removing keys of another shape in %s: %w", dir, err)
	}
	if p, err = prover.Open(ctx, dir, opts...); err != nil {
		return nil, nil, fr.Element{}, err
	}
	vk, h, err = vkOf(p, k)
	return p, vk, h, err
}

func vkOf(p *prover.Prover, k int) (groth16.VerifyingKey, fr.Element, error) {
	keys, err := p.Keys(k)
	if err != nil {
		return nil, fr.Element{}, err
	}
	if keys.VK == nil {
		return nil, fr.Element{}, errors.New("no verifying key")
	}
	h, err := recursion.VKHash(keys.VK)
	if err != nil {
		return nil, fr.Element{}, fmt.Errorf("%s: %w", p.Root(), err)
	}
	return keys.VK, h, nil
}

// dependsFile records, in a class folder of the aggregation or final keys,
// the hashes of the keys its circuit was built over.
const dependsFile = "depends.json"

type depends struct {
	SegmentVKHash   string `json:"segment_vk_hash"`
	AggregateVKHash string `json:"aggregate_vk_hash,omitempty"`
}

func dependsOf(seg, agg fr.Element) depends {
	d := depends{SegmentVKHash: seg.String()}
	if !agg.IsZero() {
		d.AggregateVKHash = agg.String()
	}
	return d
}

// dependsFiles is the depends.json of keys made over seg and agg, for
// prover.WithSetupFiles: a setup writes it with the keys, so that keys
// without it were never made here over known keys (a process killed between
// a setup and its depends.json had such keys removed as stale at the next
// start: the aggregation setup, the longest, made again).
func dependsFiles(seg, agg fr.Element) map[string][]byte {
	raw, err := json.Marshal(dependsOf(seg, agg))
	if err != nil { // a struct of two strings
		panic(err)
	}
	return map[string][]byte{dependsFile: raw}
}

// checkDepends refuses (or with redo removes, so that setup makes them
// again) keys of class k in dir made over other keys than seg and agg.
// Ceremony keys are refused, never removed.
func checkDepends(dir string, k int, seg, agg fr.Element, redo bool) error {
	classDir := prover.ClassDir(dir, k)
	raw, err := os.ReadFile(filepath.Join(classDir, dependsFile))
	if errors.Is(err, os.ErrNotExist) {
		if _, merr := prover.ReadManifest(dir, k); errors.Is(merr, prover.ErrNoClass) {
			return nil // no keys yet
		}
	} else if err != nil {
		return fmt.Errorf("reading %s: %w", dependsFile, err)
	}
	var got depends
	if err == nil && json.Unmarshal(raw, &got) == nil && got == dependsOf(seg, agg) {
		return nil
	} // missing (keys made before it was written with them), unreadable or other keys: stale
	if !redo {
		return fmt.Errorf("%w: the keys in %s were made over other segment or aggregation keys: run `%s`, which makes them again", prover.ErrKeysStale, classDir, setupCommand(k))
	}
	if m, merr := prover.ReadManifest(dir, k); merr == nil && m.SetupKind == prover.SetupMPC {
		return fmt.Errorf("%w: the keys in %s were made over other segment or aggregation keys; they come from a ceremony and are not replaced by single-party keys: run the ceremony again (docs/ceremony.md)", prover.ErrKeysStale, classDir)
	}
	if err := os.RemoveAll(classDir); err != nil {
		return fmt.Errorf("removing stale keys %s: %w", classDir, err)
	}
	return nil
}

// writeDepends writes the depends.json of class k in dir (dependsFiles)
// unless it holds that already, atomically.
func writeDepends(dir string, k int, seg, agg fr.Element) error {
	raw := dependsFiles(seg, agg)[dependsFile]
	path := filepath.Join(prover.ClassDir(dir, k), dependsFile)
	if old, err := os.ReadFile(path); err == nil && string(old) == string(raw) {
		return nil
	}
	if err := prover.WriteFileAtomic(path, raw); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// Ensure opens the keys of segment class k under root, making the missing
// ones (with o.AutoSetup). With o.AutoSetup and o.Check, keys that fail
// their check (made for another version of a circuit, of another shape, or
// damaged: remakeable) are removed and made again: those of the store that
// failed and of the stores after it, which depend on it (a changed final
// circuit costs the final setup only, not the aggregation setup). Any other
// error (reading a file, memory, a cancel) is returned and removes nothing,
// and ceremony keys are never removed: a ceremony's output is not replaced
// by single-party keys behind the operator's back.
func Ensure(ctx context.Context, root string, k int, o KeyOptions) (*Keys, error) {
	ks, failed, err := openKeys(ctx, root, k, o)
	if err == nil || !o.AutoSetup || !o.Check || ctx.Err() != nil || !remakeable(err) {
		return ks, err
	}
	if failed < 0 {
		failed = 0
	}
	for _, d := range stores[failed:] {
		if m, merr := prover.ReadManifest(filepath.Join(root, d), k); merr == nil && m.SetupKind == prover.SetupMPC {
			return nil, fmt.Errorf("%w; the %s keys come from a ceremony and are not replaced by single-party keys: run the ceremony again (docs/ceremony.md)", err, d)
		}
	}
	o.Log.Warn().Err(err).Str("keys", root).Strs("remade", stores[failed:]).Msg("long-run keys unusable: making them again")
	for _, d := range stores[failed:] {
		if rerr := os.RemoveAll(prover.ClassDir(filepath.Join(root, d), k)); rerr != nil {
			return nil, fmt.Errorf("removing unusable keys: %w (after %w)", rerr, err)
		}
	}
	return OpenKeys(ctx, root, k, o)
}

// remakeable says whether err, from opening long-run keys, is one that new
// keys cure: keys of another circuit or shape, or a file whose sha256 is
// not its manifest's.
func remakeable(err error) bool {
	var ce *prover.ChecksumError
	return errors.Is(err, prover.ErrKeysStale) || errors.Is(err, recursion.ErrShape) || errors.As(err, &ce)
}

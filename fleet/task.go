package fleet

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/schema"
	"github.com/klauspost/compress/zstd"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover"
)

// Task is the message of one segment proof on the tasks stream (JSON). It
// holds ids and hashes only: what the worker proves is in the object store,
// named by the hex sha256 of its uncompressed bytes and stored
// zstd-compressed (content-addressed: the worker checks the hash).
//
// A task carries either a checkpoint (what a Job's provers publish: Run and
// Checkpoint) or a witness (Witness: a caller of ProveAssignment that hands
// a ready assignment).
type Task struct {
	ID      string        `json:"id"` // TaskID(Job, Segment)
	Job     string        `json:"job"`
	Segment int           `json:"segment"`
	Class   int           `json:"class"` // log2 of the segment's steps
	Target  prover.Target `json:"target"`
	Attempt int           `json:"attempt"` // 1, then +1 per re-task after a rejected result
	Owner   string        `json:"owner"`
	// Keys is the digest of the segment keys the owner verifies the proof
	// with (KeyDigest of the class). A worker whose own keys of the class
	// have another digest terminates the task (keysDifferReason) rather
	// than prove it: its proof would be rejected. Empty (owners of earlier
	// versions): not checked.
	Keys string `json:"keys,omitempty"`
	// Run is the object of the run's longrun.RunData (JSON): the program's
	// image, the input, the run's end; one per job, shared by its tasks.
	Run     string `json:"run,omitempty"`
	RunSize int    `json:"run_size,omitempty"` // bytes, uncompressed
	// Checkpoint is the object of the segment's longrun.SegmentTask (JSON):
	// the machine state at its start, its pages and their memory-tree
	// nodes, the public input the owner expects.
	Checkpoint string `json:"checkpoint,omitempty"`
	// Witness is the object of the gnark full witness (MarshalBinary) of
	// the segment's assignment.
	Witness     string    `json:"witness,omitempty"`
	WitnessSize int       `json:"witness_size"` // bytes of the checkpoint or the witness, uncompressed
	StoredSize  int       `json:"stored_size"`  // the same, as stored
	Created     time.Time `json:"created"`
	// Republishes: the owner publishes the task again at once when a
	// worker terminates it (the MSG_TERMINATED advisory), so a worker that
	// stops mid-task terminates it rather than nak it, which would use up
	// one of its MaxDeliver deliveries. Owners of earlier versions do not
	// (a terminated task would be lost to them): their tasks are naked.
	Republishes bool `json:"republishes,omitempty"`
}

// maxPayload bounds what a worker decompresses from the object store.
const maxPayload = 1 << 30

// payload is an object to store: its name (hex sha256 of raw) and its
// stored (compressed) bytes.
type payload struct {
	name   string
	packed []byte
}

// objectName is the name of raw's object in the object store: its hex sha256.
func objectName(raw []byte) string {
	h := sha256.Sum256(raw)
	return hex.EncodeToString(h[:])
}

// pack compresses raw for the object store and names it.
func pack(raw []byte) (payload, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return payload{}, fmt.Errorf("compressing: %w", err)
	}
	packed := enc.EncodeAll(raw, nil)
	_ = enc.Close()
	return payload{name: objectName(raw), packed: packed}, nil
}

// unpack decompresses a stored object of at most size bytes and checks it
// against its name.
func unpack(packed []byte, name string, size int) ([]byte, error) {
	if size < 0 || size > maxPayload {
		return nil, fmt.Errorf("object %s of %d bytes: over the limit of %d", name, size, maxPayload)
	}
	// The decoder's window may exceed a small object's size: allow 16 MiB.
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(max(uint64(size)+1, 16<<20)))
	if err != nil {
		return nil, fmt.Errorf("decompressing %s: %w", name, err)
	}
	defer dec.Close()
	raw, err := dec.DecodeAll(packed, nil)
	if err != nil {
		return nil, fmt.Errorf("decompressing %s: %w", name, err)
	}
	if len(raw) != size {
		return nil, fmt.Errorf("object %s: %d bytes, the task says %d", name, len(raw), size)
	}
	h := sha256.Sum256(raw)
	if hex.EncodeToString(h[:]) != name {
		return nil, fmt.Errorf("object %s: its bytes hash to %x", name, h)
	}
	return raw, nil
}

// decodeJSON reads a task object strictly (unknown fields refused).
func decodeJSON(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

// Result is a worker's answer to a task on the results stream (JSON): a raw
// proof (groth16 bn254 WriteRawTo), or an error.
type Result struct {
	Task      string `json:"task"`
	Job       string `json:"job"`
	Segment   int    `json:"segment"`
	Attempt   int    `json:"attempt"`
	Worker    string `json:"worker"`
	Delivered uint64 `json:"delivered"` // the task's delivery count when this worker got it
	Proof     []byte `json:"proof,omitempty"`
	Error     string `json:"error,omitempty"`
	// Missing: the worker could not fetch one of the task's objects (not in
	// the object store); the owner stores them again and re-tasks the
	// segment without counting a rejection (MaxAttempts times at most).
	Missing bool  `json:"missing,omitempty"`
	ProveMS int64 `json:"prove_ms"` // the proof alone
	TaskMS  int64 `json:"task_ms"`  // the whole task: witness fetched, decoded, assigned, proven
}

// encodeWitness returns the binary full witness and its stored form.
func encodeWitness(a frontend.Circuit) (raw []byte, p payload, err error) {
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, payload{}, fmt.Errorf("building witness: %w", err)
	}
	raw, err = full.MarshalBinary()
	if err != nil {
		return nil, payload{}, fmt.Errorf("encoding witness: %w", err)
	}
	p, err = pack(raw)
	return raw, p, err
}

// witnessFromRaw decodes a full witness (MarshalBinary's bytes).
func witnessFromRaw(raw []byte) (witness.Witness, error) {
	full, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if err := full.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("decoding witness: %w", err)
	}
	return full, nil
}

// digestPublic is the public part of a segment circuit: its one public
// input, the segment digest.
type digestPublic struct {
	D frontend.Variable `gnark:",public"`
}

// Define is never compiled: digestPublic only shapes a public witness.
func (c *digestPublic) Define(frontend.API) error { return nil }

// digestWitness is the public witness of a segment proof for digest d.
func digestWitness(d fr.Element) (witness.Witness, error) {
	pub, err := frontend.NewWitness(&digestPublic{D: d}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	return pub, nil
}

var tVariable = reflect.TypeOf((*frontend.Variable)(nil)).Elem()

// assignFromWitness fills the leaves of circuit (a fresh circuit of the
// witness's class) with the witness's values, public then secret, in the
// order frontend.NewWitness reads them: the assignment whose witness is w.
func assignFromWitness(circuit frontend.Circuit, w witness.Witness) error {
	vec, ok := w.Vector().(fr.Vector)
	if !ok {
		return fmt.Errorf("witness is a %T, want a BN254 vector", w.Vector())
	}
	field := ecc.BN254.ScalarField()
	count, err := schema.Walk(field, circuit, tVariable, nil)
	if err != nil {
		return fmt.Errorf("circuit schema: %w", err)
	}
	pw, err := w.Public()
	if err != nil {
		return fmt.Errorf("public witness: %w", err)
	}
	npub := 0
	if pv, ok := pw.Vector().(fr.Vector); ok {
		npub = len(pv)
	}
	if count.Public+count.Secret != len(vec) || npub != count.Public {
		return fmt.Errorf("the witness has %d public + %d secret values, the circuit %d + %d: another class or another version of the circuit",
			npub, len(vec)-npub, count.Public, count.Secret)
	}
	next := 0
	for _, vis := range []schema.Visibility{schema.Public, schema.Secret} {
		_, err := schema.Walk(field, circuit, tVariable, func(leaf schema.LeafInfo, v reflect.Value) error {
			if leaf.Visibility != vis {
				return nil
			}
			if !v.CanSet() {
				return fmt.Errorf("circuit leaf %s cannot be set", leaf.FullName())
			}
			v.Set(reflect.ValueOf(vec[next]))
			next++
			return nil
		})
		if err != nil {
			return err
		}
	}
	if next != len(vec) {
		return fmt.Errorf("assigned %d of the witness's %d values", next, len(vec))
	}
	return nil
}

// publicWitness is the public part of an assignment's witness: what the
// owner verifies a returned proof against.
func publicWitness(a frontend.Circuit) (witness.Witness, error) {
	pub, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	return pub, nil
}

// SegmentIndex is the index of the segment an assignment of segment class
// 2^k proves: its start cycle over 2^k (longrun cuts runs every 2^k steps).
// It is how a Prover names a task without being told the index.
func SegmentIndex(a frontend.Circuit, k int) (int, error) {
	c, ok := a.(*circuits.Circuit)
	if !ok || len(c.SegV) != 1 {
		return 0, fmt.Errorf("fleet: a %T is not a segment circuit assignment", a)
	}
	var cycles uint64
	for i := len(c.SegV[0].CycB) - 1; i >= 0; i-- {
		b, err := smallValue(c.SegV[0].CycB[i])
		if err != nil || b > 255 {
			return 0, fmt.Errorf("fleet: segment start cycle byte %d: %v (%w)", i, c.SegV[0].CycB[i], err)
		}
		cycles = cycles<<8 | b
	}
	if k < 0 || k > 40 || cycles%(uint64(1)<<k) != 0 {
		return 0, fmt.Errorf("fleet: segment starts at cycle %d, not a multiple of 2^%d", cycles, k)
	}
	return int(cycles >> k), nil
}

func smallValue(v frontend.Variable) (uint64, error) {
	switch x := v.(type) {
	case uint64:
		return x, nil
	case uint32:
		return uint64(x), nil
	case int:
		if x < 0 {
			return 0, errors.New("negative")
		}
		return uint64(x), nil
	case *big.Int:
		if !x.IsUint64() {
			return 0, errors.New("too large")
		}
		return x.Uint64(), nil
	case fr.Element:
		if !x.IsUint64() {
			return 0, errors.New("too large")
		}
		return x.Uint64(), nil
	case *fr.Element:
		if !x.IsUint64() {
			return 0, errors.New("too large")
		}
		return x.Uint64(), nil
	default:
		return 0, fmt.Errorf("value of type %T", v)
	}
}

// encodeProof is a proof's raw bytes (what results carry).
func encodeProof(p groth16.Proof) ([]byte, error) {
	bp, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("proof is a %T, want a BN254 Groth16 proof", p)
	}
	var b bytes.Buffer
	if _, err := bp.WriteRawTo(&b); err != nil {
		return nil, fmt.Errorf("encoding proof: %w", err)
	}
	return b.Bytes(), nil
}

func decodeProof(raw []byte) (groth16.Proof, error) {
	p := groth16.NewProof(ecc.BN254)
	if _, err := p.ReadFrom(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("decoding proof: %w", err)
	}
	return p, nil
}

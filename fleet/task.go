package fleet

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
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
// holds ids and hashes only: the witness is in the object store.
type Task struct {
	ID      string        `json:"id"` // TaskID(Job, Segment)
	Job     string        `json:"job"`
	Segment int           `json:"segment"`
	Class   int           `json:"class"` // log2 of the segment's steps
	Target  prover.Target `json:"target"`
	Attempt int           `json:"attempt"` // 1, then +1 per re-task after a rejected result
	Owner   string        `json:"owner"`
	// Witness is the object name of the gnark full witness (MarshalBinary)
	// in the object store: the hex sha256 of those bytes, uncompressed;
	// stored zstd-compressed.
	Witness     string    `json:"witness"`
	WitnessSize int       `json:"witness_size"` // bytes, uncompressed
	StoredSize  int       `json:"stored_size"`  // bytes in the object store
	Created     time.Time `json:"created"`
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
	ProveMS   int64  `json:"prove_ms"` // the proof alone
	TaskMS    int64  `json:"task_ms"`  // the whole task: witness fetched, decoded, assigned, proven
}

// encodeWitness returns the binary full witness, its sha256 (hex) and its
// zstd-compressed form.
func encodeWitness(a frontend.Circuit) (raw []byte, sum string, packed []byte, err error) {
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, "", nil, fmt.Errorf("building witness: %w", err)
	}
	raw, err = full.MarshalBinary()
	if err != nil {
		return nil, "", nil, fmt.Errorf("encoding witness: %w", err)
	}
	h := sha256.Sum256(raw)
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, "", nil, fmt.Errorf("compressing witness: %w", err)
	}
	packed = enc.EncodeAll(raw, nil)
	_ = enc.Close()
	return raw, hex.EncodeToString(h[:]), packed, nil
}

// decodeWitness decompresses a stored witness and checks it against its name.
func decodeWitness(packed []byte, sum string, maxSize int) (witness.Witness, error) {
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(maxSize)+1))
	if err != nil {
		return nil, fmt.Errorf("decompressing witness: %w", err)
	}
	defer dec.Close()
	raw, err := dec.DecodeAll(packed, nil)
	if err != nil {
		return nil, fmt.Errorf("decompressing witness: %w", err)
	}
	h := sha256.Sum256(raw)
	if hex.EncodeToString(h[:]) != sum {
		return nil, fmt.Errorf("witness %s: its bytes hash to %x", sum, h)
	}
	full, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if err := full.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("decoding witness: %w", err)
	}
	return full, nil
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

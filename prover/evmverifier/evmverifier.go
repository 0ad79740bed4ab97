// Package evmverifier writes the Solidity verifier of a BN254 Groth16 verifying key: the
// contract that checks this project's proofs on an EVM chain.
//
// It replaces gnark's exported verifier (vk.ExportSolidity) with the same interface
// (`verifyProof(bytes proof, uint256[n] input)`, the proof bytes of MarshalSolidity: A, B, C,
// then the commitment D and its proof of knowledge P, 384 bytes) and one pairing call instead
// of two. gnark checks the commitment's proof of knowledge e(D, -σG)·e(P, G) = 1 with its own
// pairing call before the Groth16 equation; this verifier folds it into the main one with a
// random scalar ρ = keccak256(proof ‖ input) mod (r−1) + 1:
//
//	e(A, B) · e(C, −δ) · e(α, −β) · e(L, −γ) · e(ρ·D, −σG) · e(ρ·P, G) = 1
//
// where L = K₀ + D + Σ input_i·K_i + h·K_c and h = keccak256(D ‖ committed inputs) mod r, as
// gnark computes it with the Solidity target (backend/solidity). One 6-pair pairing call costs
// 45,000 + 6·34,000 gas; gnark's 4-pair and 2-pair calls cost 2·45,000 + 6·34,000. The two
// extra ecMul (ρ·D, ρ·P) cost 12,000: about 33,000 gas less per verification.
//
// When the commitment's G is the key's [γ]₂ (keys made by prover/keygen and gnark's mpcsetup:
// both G2's generator), e(L, −γ)·e(ρ·P, G) = e(L − ρ·P, −γ) and the contract makes 5 pairs:
//
//	e(A, B) · e(C, −δ) · e(α, −β) · e(L − ρ·P, −γ) · e(ρ·D, −σG) = 1
//
// the same product rewritten, one pair (34,000) cheaper for one ecAdd (150) more.
//
// Why ρ keeps the check sound: write E1 for the product of the first four pairings and E2 for
// the last two without ρ (both in G_T, of prime order r). The contract accepts when
// E1·E2^ρ = 1. If the proof of knowledge is wrong (E2 ≠ 1), E2 generates G_T and exactly one
// ρ in [1, r−1] satisfies the equation for the given proof and input; ρ is keccak256 of all
// of them, so a prover who tries N proofs succeeds with probability about N/r (random-oracle
// model). If E2 = 1, the check is E1 = 1, Groth16's own equation. ρ is never 0, which would
// drop the knowledge check. Points: A, C, D and P are checked on the curve by the pairing, ecAdd
// and ecMul precompiles (BN254's G1 has cofactor 1), B on the curve and in the subgroup by the
// pairing precompile; every input must be below r.
package evmverifier

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"text/template"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// ErrUnsupported is returned for a key this package cannot write a verifier for: not BN254,
// or more than one commitment.
var ErrUnsupported = errors.New("unsupported verifying key")

// ProofBytes is the length of a proof with one commitment as verifyProof takes it (A, B, C,
// the commitment and its proof of knowledge, MarshalSolidity's layout).
const ProofBytes = 384

// Option changes the written contract.
type Option func(*config)

type config struct {
	Name   string
	Header string
	Pragma string
}

// WithName names the contract (default "Verifier").
func WithName(name string) Option { return func(c *config) { c.Name = name } }

// WithHeader puts a comment line above the contract (without "// ").
func WithHeader(line string) Option { return func(c *config) { c.Header = line } }

// WithPragma sets the pragma's version constraint (default "^0.8.24").
func WithPragma(v string) Option { return func(c *config) { c.Pragma = v } }

type g1 struct{ X, Y string }

type g2 struct{ X0, X1, Y0, Y1 string }

type data struct {
	config
	Inputs      int   // public inputs verifyProof takes
	Commitments int   // 0 or 1
	Merged      bool  // one commitment whose G is the key's γ: five pairs, not six
	Committed   []int // indexes into input of the inputs the commitment hash covers
	ProofLen    int
	Alpha       g1
	BetaNeg     g2
	GammaNeg    g2
	DeltaNeg    g2
	K0          g1
	K           []g1 // one per input
	KCommit     g1
	PedG        g2
	PedGSigNeg  g2
}

func fpStr(e *fp.Element) string { return e.BigInt(new(big.Int)).String() }

func toG1(p *bn254.G1Affine) g1 { return g1{fpStr(&p.X), fpStr(&p.Y)} }

func toG2(p *bn254.G2Affine) g2 {
	return g2{fpStr(&p.X.A0), fpStr(&p.X.A1), fpStr(&p.Y.A0), fpStr(&p.Y.A1)}
}

func neg2(p *bn254.G2Affine) g2 {
	var n bn254.G2Affine
	n.Neg(p)
	return toG2(&n)
}

// Export writes the Solidity verifier of vk to w.
func Export(w io.Writer, vk groth16.VerifyingKey, opts ...Option) error {
	d, err := dataOf(vk)
	if err != nil {
		return err
	}
	d.config = config{Name: "Verifier", Pragma: "^0.8.24"}
	for _, o := range opts {
		o(&d.config)
	}
	if err := tmpl.Execute(w, d); err != nil {
		return fmt.Errorf("writing the Solidity verifier: %w", err)
	}
	return nil
}

func dataOf(vk groth16.VerifyingKey) (*data, error) {
	if vk.CurveID() != ecc.BN254 {
		return nil, fmt.Errorf("%w: curve %s, want BN254", ErrUnsupported, vk.CurveID())
	}
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: %T", ErrUnsupported, vk)
	}
	nc := len(k.CommitmentKeys)
	if nc > 1 {
		return nil, fmt.Errorf("%w: %d commitments, at most 1", ErrUnsupported, nc)
	}
	if len(k.PublicAndCommitmentCommitted) != nc {
		return nil, fmt.Errorf("%w: %d commitment keys but %d committed sets", ErrUnsupported, nc, len(k.PublicAndCommitmentCommitted))
	}
	inputs := len(k.G1.K) - 1 - nc
	if inputs < 1 {
		return nil, fmt.Errorf("%w: %d public inputs (%d K points, %d commitments): verifyProof takes at least one", ErrUnsupported, inputs, len(k.G1.K), nc)
	}
	d := &data{
		Inputs:      inputs,
		Commitments: nc,
		ProofLen:    256 + 128*nc,
		Alpha:       toG1(&k.G1.Alpha),
		BetaNeg:     neg2(&k.G2.Beta),
		GammaNeg:    neg2(&k.G2.Gamma),
		DeltaNeg:    neg2(&k.G2.Delta),
		K0:          toG1(&k.G1.K[0]),
	}
	for i := 1; i <= inputs; i++ {
		d.K = append(d.K, toG1(&k.G1.K[i]))
	}
	if nc == 1 {
		d.KCommit = toG1(&k.G1.K[inputs+1])
		d.PedG = toG2(&k.CommitmentKeys[0].G)
		d.PedGSigNeg = toG2(&k.CommitmentKeys[0].GSigmaNeg)
		d.Merged = k.CommitmentKeys[0].G.Equal(&k.G2.Gamma)
		for _, j := range k.PublicAndCommitmentCommitted[0] {
			// gnark's indexes count public wires from 1 (0 is the constant one wire)
			if j < 1 || j > inputs {
				return nil, fmt.Errorf("%w: committed public index %d of %d inputs", ErrUnsupported, j, inputs)
			}
			d.Committed = append(d.Committed, j-1)
		}
	}
	return d, nil
}

// Pairs is the number of pairs in the contract's one pairing call: 4, 6 with a commitment, 5
// when its G is γ.
func (d *data) Pairs() int {
	if d.Merged {
		return 5
	}
	return 4 + 2*d.Commitments
}

var tmpl = template.Must(template.New("verifier").Funcs(template.FuncMap{
	"hex": func(i int) string { return fmt.Sprintf("%#x", i) },
	"mul": func(a, b int) int { return a * b },
	"add": func(a, b int) int { return a + b },
}).Parse(source))

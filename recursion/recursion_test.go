package recursion

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"

	"github.com/zkprover/zkprover/prover/keygen"
	"github.com/zkprover/zkprover/statement"
)

func TestMain(m *testing.M) {
	logger.Disable()
	os.Exit(m.Run())
}

// slow skips solver-level tests of the multi-million-constraint circuits
// unless ZKPROVER_E2E=1.
func slow(t *testing.T) {
	t.Helper()
	if os.Getenv("ZKPROVER_E2E") != "1" {
		t.Skip("solver-level recursion test: set ZKPROVER_E2E=1")
	}
}

// vkHashCircuit checks the in-circuit VK hash against the native one.
type vkHashCircuit struct {
	VK   VerifyingKey
	Want frontend.Variable `gnark:",public"`
}

func (c *vkHashCircuit) Define(api frontend.API) error {
	h, err := newHasher(api)
	if err != nil {
		return err
	}
	got, err := h.vkHash(&c.VK)
	if err != nil {
		return err
	}
	api.AssertIsEqual(got, c.Want)
	return nil
}

func TestVKHash(t *testing.T) {
	k1, k2 := newToy(t, false), newToy(t, false)
	h1, err := VKHash(k1.vk)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := VKHash(k2.vk)
	if err != nil {
		t.Fatal(err)
	}
	if h1 == h2 {
		t.Fatal("two setups, one hash")
	}
	ccs, err := Compile(&vkHashCircuit{VK: placeholderVK()})
	if err != nil {
		t.Fatal(err)
	}
	v1, err := valueOfVK(k1.vk)
	if err != nil {
		t.Fatal(err)
	}
	if err := isSolved(ccs, &vkHashCircuit{VK: v1, Want: h1}); err != nil {
		t.Fatalf("in-circuit hash differs from VKHash: %v", err)
	}
	if isSolved(ccs, &vkHashCircuit{VK: v1, Want: h2}) == nil {
		t.Fatal("hash of another key accepted")
	}

	// Two keys whose packed limbs are equal but whose limbs differ: the first
	// line of β, R0.A0's limbs 1 and 2 sit in one packed element (limb 33 of
	// the vector starts one), so limb1 + 2^64·limb2 can be kept while a limb
	// leaves [0, 2^64): a carry (limb1 + 2^64, limb2 − 1), and a field
	// element absorbing a change (limb1 + 1, limb2 − 2^-64 mod r), as an
	// unread line slot could. Both have the honest key's VKHash natively; the
	// circuit refuses both by its 64-bit range checks.
	forge := func(name string, f func(l1, l2 *big.Int) (frontend.Variable, frontend.Variable)) {
		v, err := valueOfVK(k1.vk)
		if err != nil {
			t.Fatal(err)
		}
		if (2*(1+innerK)*4+1)%limbsPerElement != 0 { // β's first limbs follow −α and K
			t.Fatal("fixture: the limb layout moved")
		}
		e := &v.Beta.Lines[0][0].R0.A0
		e.Initialize(Field())
		limbs := append([]frontend.Variable(nil), e.Limbs...)
		l1, l2 := limbs[1].(*big.Int), limbs[2].(*big.Int)
		if l2.Sign() == 0 {
			t.Fatal("fixture: limb 2 is zero")
		}
		limbs[1], limbs[2] = f(l1, l2)
		e.Limbs = limbs
		if got, err := hashVK(&v); err != nil || got != h1 {
			t.Fatalf("%s: native VKHash %v (%v), want the honest key's", name, got, err)
		}
		if isSolved(ccs, &vkHashCircuit{VK: v, Want: h1}) == nil {
			t.Fatalf("%s: accepted", name)
		}
	}
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	forge("carry", func(l1, l2 *big.Int) (frontend.Variable, frontend.Variable) {
		return new(big.Int).Add(l1, two64), new(big.Int).Sub(l2, big.NewInt(1))
	})
	forge("absorbing limb", func(l1, l2 *big.Int) (frontend.Variable, frontend.Variable) {
		inv := new(big.Int).ModInverse(two64, Field())
		return new(big.Int).Add(l1, big.NewInt(1)), new(big.Int).Mod(new(big.Int).Sub(l2, inv), Field())
	})
}

func TestShape(t *testing.T) {
	// a key without commitment is not of the inner shape
	ccs, err := Compile(&onePublicCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VKHash(vk); !errors.Is(err, ErrShape) {
		t.Fatalf("VKHash of a key without commitment: %v", err)
	}

	// a key of the inner shape from gnark's own setup (random γ and
	// commitment base) is refused: the circuit holds both as G2's generator
	toy, err := Compile(&toySegment{})
	if err != nil {
		t.Fatal(err)
	}
	_, gvk, err := groth16.Setup(toy)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VKHash(gvk); !errors.Is(err, ErrShape) {
		t.Fatalf("VKHash of a key with a random γ: %v", err)
	}
	_, kvk, err := keygen.Setup(toy)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VKHash(kvk); err != nil {
		t.Fatalf("VKHash of keygen's key: %v", err)
	}
}

type onePublicCircuit struct {
	D frontend.Variable `gnark:",public"`
	X frontend.Variable
}

func (c *onePublicCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.D, api.Mul(c.X, c.X))
	return nil
}

// TestInnerOptions: a proof made with InnerProverOptions verifies with
// InnerVerifierOptions and not without them.
func TestInnerOptions(t *testing.T) {
	k := newToy(t, false)
	ch := k.prove(t, nil, el(1), el(2), el(3))
	d := ch.Digest(fr.Element{})
	if err := VerifyInner(ch.Proof, k.vk, d); err != nil {
		t.Fatal(err)
	}
	if err := VerifyInner(ch.Proof, k.vk, el(4)); err == nil {
		t.Fatal("wrong public input accepted")
	}
	if err := verify(ch.Proof, k.vk, d, false); err == nil {
		t.Fatal("inner proof accepted by groth16.Verify without the inner verifier options")
	}
}

func testPublic() *statement.Public {
	p := &statement.Public{
		Context:      statement.Context{ChainID: 31337, Timestamp: 1700000000, BatchNum: 42},
		OnchainInput: []byte("onchain input bytes"),
		ExitCode:     7,
		Output:       []byte{1, 2, 3, 4, 5, 6, 7, 8},
	}
	p.ProgramID = statement.Chain([]fr.Element{el(1), el(2)})
	p.OffchainHash = statement.OffchainHash([]byte("offchain"))
	p.OldStateRoot = statement.StateRoot(nil)
	p.NewStateRoot = statement.StateRoot([]statement.KV{{Key: 1, Value: 2}})
	p.Context.Sequencer[0], p.Context.Sequencer[19] = 0xab, 0xcd
	return p
}

func TestFinalDigestFields(t *testing.T) {
	const budget = 1<<40 + 3
	base := testPublic()
	d0, err := FinalDigest(base, budget)
	if err != nil {
		t.Fatal(err)
	}
	if d0.BigInt(new(big.Int)).BitLen() > DigestBits {
		t.Fatal("digest over 253 bits")
	}
	lay, err := FinalLayout(base, budget)
	if err != nil {
		t.Fatal(err)
	}
	if len(lay) != LayoutBytes || !bytes.Equal(lay[offOnchainInput:offOnchainInput+19], base.OnchainInput) ||
		lay[offOnchainLen+1] != 19 || lay[offExitCode+3] != 7 || lay[offOutputLen+1] != 8 || lay[offSequencer] != 0xab ||
		!bytes.Equal(lay[offMaxCycles:], []byte{0, 0, 1, 0, 0, 0, 0, 3}) {
		t.Fatalf("layout: %x", lay)
	}
	want := sha256.Sum256(lay)
	want[0] &= 0x1f
	if new(big.Int).SetBytes(want[:]).Cmp(d0.BigInt(new(big.Int))) != 0 {
		t.Fatal("digest is not sha256 of the layout with the top 3 bits cleared")
	}
	for name, mod := range publicMods() {
		p := testPublic()
		mod(p)
		d, err := FinalDigest(p, budget)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d == d0 {
			t.Errorf("%s: digest unchanged", name)
		}
	}
	for _, m := range []uint64{0, 1, budget - 1, budget + 1, 1 << 63} {
		if d, err := FinalDigest(base, m); err != nil || d == d0 {
			t.Errorf("maxCycles %d: digest unchanged (%v)", m, err)
		}
	}
	if _, err := FinalDigest(&statement.Public{Output: []byte{1}}, budget); err == nil {
		t.Fatal("output of 1 byte accepted")
	}
}

// publicMods changes one field of a statement each.
func publicMods() map[string]func(*statement.Public) {
	return map[string]func(*statement.Public){
		"program":      func(p *statement.Public) { p.ProgramID = el(5) },
		"chain":        func(p *statement.Public) { p.Context.ChainID++ },
		"timestamp":    func(p *statement.Public) { p.Context.Timestamp++ },
		"batch":        func(p *statement.Public) { p.Context.BatchNum++ },
		"sequencer":    func(p *statement.Public) { p.Context.Sequencer[3] = 1 },
		"onchain":      func(p *statement.Public) { p.OnchainInput[0] ^= 1 },
		"onchain len":  func(p *statement.Public) { p.OnchainInput = append(p.OnchainInput, 0) },
		"offchain":     func(p *statement.Public) { p.OffchainHash = el(9) },
		"old root":     func(p *statement.Public) { p.OldStateRoot = el(9) },
		"new root":     func(p *statement.Public) { p.NewStateRoot = el(9) },
		"exit":         func(p *statement.Public) { p.ExitCode = 0 },
		"output":       func(p *statement.Public) { p.Output[7] = 9 },
		"output len":   func(p *statement.Public) { p.Output = append(p.Output, 0, 0, 0, 0) },
		"empty output": func(p *statement.Public) { p.Output = nil },
	}
}

package evmverifier_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/prover/evmverifier"
	"github.com/zkprover/zkprover/prover/keygen"
)

// oneInput has the shape of the project's recursion-facing and final proofs: one public
// input and one commitment to private values.
type oneInput struct {
	D    frontend.Variable `gnark:",public"`
	X, Y frontend.Variable
}

func (c *oneInput) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X, c.Y)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(api.Mul(c.X, c.Y), c.D)
	return nil
}

// threeInputs commits to a public input too (gnark then hashes it into the commitment's
// challenge: PublicAndCommitmentCommitted).
type threeInputs struct {
	A, B, C frontend.Variable `gnark:",public"`
	X       frontend.Variable
}

func (c *threeInputs) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.B, c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(api.Add(c.A, c.B, c.X), c.C)
	return nil
}

// manyInputs has the shape of a whole-run class: 27 public inputs, 20 of them committed.
type manyInputs struct {
	In [27]frontend.Variable `gnark:",public"`
	X  frontend.Variable
}

func (c *manyInputs) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(append(append([]frontend.Variable{}, c.In[7:]...), c.X)...)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	sum := frontend.Variable(0)
	for _, v := range c.In[:26] {
		sum = api.Add(sum, v)
	}
	api.AssertIsEqual(api.Add(sum, c.X), c.In[26])
	return nil
}

func manyAssignment() (*manyInputs, []int64) {
	var a manyInputs
	in := make([]int64, 27)
	for i := 0; i < 26; i++ {
		in[i] = int64(i + 1)
		in[26] += int64(i + 1)
	}
	in[26] += 5
	for i, v := range in {
		a.In[i] = v
	}
	a.X = 5
	return &a, in
}

// noCommit has no commitment: the plain four-pair check.
type noCommit struct {
	A, B frontend.Variable `gnark:",public"`
	X    frontend.Variable
}

func (c *noCommit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.X), c.B)
	return nil
}

type verifierCase struct {
	name       string
	circuit    frontend.Circuit
	assignment frontend.Circuit
	inputs     []int64
	committed  int // inputs the commitment covers
	// keygen: keys made by prover/keygen (γ = 1 and the commitment's G = G2's generator, as
	// the project's and the ceremony's keys): the five-pair verifier. Otherwise gnark's
	// groth16.Setup (random γ and G): six pairs.
	keygen bool
}

var cases = []verifierCase{
	{"one input", &oneInput{}, &oneInput{D: 35, X: 5, Y: 7}, []int64{35}, 0, false},
	{"three inputs, one committed", &threeInputs{}, &threeInputs{A: 1, B: 2, C: 10, X: 7}, []int64{1, 2, 10}, 1, false},
	{"no commitment", &noCommit{}, &noCommit{A: 3, B: 12, X: 4}, []int64{3, 12}, 0, false},
	func() verifierCase {
		a, in := manyAssignment()
		return verifierCase{"27 inputs, 20 committed", &manyInputs{}, a, in, 20, false}
	}(),
	func() verifierCase {
		a, in := manyAssignment()
		return verifierCase{"27 inputs, 20 committed, G = gamma (keygen)", &manyInputs{}, a, in, 20, true}
	}(),
	{"one input, G = gamma (keygen)", &oneInput{}, &oneInput{D: 35, X: 5, Y: 7}, []int64{35}, 0, true},
	{"three inputs, one committed, G = gamma (keygen)", &threeInputs{}, &threeInputs{A: 1, B: 2, C: 10, X: 7}, []int64{1, 2, 10}, 1, true},
	{"no commitment (keygen)", &noCommit{}, &noCommit{A: 3, B: 12, X: 4}, []int64{3, 12}, 0, true},
}

type evm struct {
	ctx   context.Context
	chain *devchain.Chain
	comp  *solc.Compiler
}

func newEVM(t *testing.T) *evm {
	t.Helper()
	comp, err := solc.Find("../../contracts")
	if err != nil {
		t.Skipf("%v; run `npm ci --prefix contracts`", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	t.Cleanup(cancel)
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	return &evm{ctx: ctx, chain: chain, comp: comp}
}

// compile compiles every source at once (one solcjs run) and returns the creation bytecode
// of each source's contract Verifier.
func (e *evm) compile(t *testing.T, sources map[string]string) map[string][]byte {
	t.Helper()
	out, err := e.comp.Compile(e.ctx, sources)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string][]byte{}
	for _, k := range out {
		if k.Name == "Verifier" && k.Bytecode != "" {
			if codes[k.SourceName], err = hex.DecodeString(k.Bytecode); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(codes) != len(sources) {
		t.Fatalf("%d sources compiled to %d verifiers", len(sources), len(codes))
	}
	return codes
}

func (e *evm) deploy(t *testing.T, code []byte) common.Address {
	t.Helper()
	addr, err := e.chain.DeployCode(e.ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// call runs verifyProof as an eth_call and returns the revert error's selector ("" when it
// verified).
func (e *evm) call(t *testing.T, to common.Address, data []byte) string {
	t.Helper()
	_, err := e.chain.Client().CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err == nil {
		return ""
	}
	var de interface{ ErrorData() interface{} }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok && len(s) >= 10 {
			return s[:10]
		}
	}
	return "revert"
}

func calldata(t *testing.T, n int, proof []byte, inputs []*big.Int) []byte {
	t.Helper()
	arr, err := abi.NewType("uint256["+big.NewInt(int64(n)).String()+"]", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	bt, err := abi.NewType("bytes", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	m := abi.NewMethod("verifyProof", "verifyProof", abi.Function, "view", false, false,
		abi.Arguments{{Type: bt}, {Type: arr}}, nil)
	av := reflectArray(n, inputs) // abi wants a Go array of the exact length
	packed, err := m.Inputs.Pack(proof, av)
	if err != nil {
		t.Fatal(err)
	}
	return append(m.ID, packed...)
}

// TestVerifier checks the verifier this package writes against gnark's export on an EVM:
// both accept the valid proof, both reject the same forged ones (points moved along the
// curve, a commitment or a proof of knowledge that is not the prover's, changed inputs), an
// input not below r is refused with PublicInputNotInField, and the folded check costs less
// gas when the key has a commitment.
func TestVerifier(t *testing.T) {
	e := newEVM(t)
	selNotInField := "0x" + hex.EncodeToString(crypto4("PublicInputNotInField()"))
	sources := map[string]string{}
	var proofs []groth16.Proof
	var vks []groth16.VerifyingKey
	for i, c := range cases {
		proof, vk := proveCase(t, c)
		var ours, theirs bytes.Buffer
		if err := evmverifier.Export(&ours, vk); err != nil {
			t.Fatal(err)
		}
		if err := vk.ExportSolidity(&theirs); err != nil {
			t.Fatal(err)
		}
		proofs = append(proofs, proof)
		vks = append(vks, vk)
		sources[fmt.Sprintf("ours%d.sol", i)] = ours.String()
		sources[fmt.Sprintf("gnark%d.sol", i)] = theirs.String()
	}
	codes := e.compile(t, sources)
	for i, c := range cases {
		proof := proofs[i]
		t.Run(c.name, func(t *testing.T) {
			oursAt, theirsAt := e.deploy(t, codes[fmt.Sprintf("ours%d.sol", i)]), e.deploy(t, codes[fmt.Sprintf("gnark%d.sol", i)])

			p := proof.(*groth16bn254.Proof)
			inputs := make([]*big.Int, len(c.inputs))
			for i, v := range c.inputs {
				inputs[i] = big.NewInt(v)
			}
			n := len(inputs)
			valid := calldata(t, n, p.MarshalSolidity(), inputs)

			gasOurs, gasTheirs := e.gas(t, oursAt, valid), e.gas(t, theirsAt, valid)
			t.Logf("verifyProof transaction: %d gas (gnark's export: %d, %+d)", gasOurs, gasTheirs, int64(gasOurs)-int64(gasTheirs))
			if len(p.Commitments) == 1 && gasOurs >= gasTheirs {
				t.Errorf("folded check %d gas, gnark's two pairing calls %d", gasOurs, gasTheirs)
			}
			// five pairs instead of six: one pair (34,000) less than the six-pair fold, which
			// already saves one pairing call's 45,000 less its two ecMul (about 33,000 in all);
			// the bound lies halfway between the two savings
			if len(p.Commitments) == 1 && c.keygen && gasTheirs-gasOurs < 50_000 {
				t.Errorf("G = gamma: %d gas, gnark's export %d: not the five-pair check", gasOurs, gasTheirs)
			}

			for _, f := range forgeries(t, p, vks[i].(*groth16bn254.VerifyingKey), inputs) {
				data := calldata(t, n, f.proof, f.inputs)
				got, want := e.call(t, oursAt, data), e.call(t, theirsAt, data)
				if (got == "") != f.accept || (want == "") != f.accept {
					t.Errorf("%s: ours %q, gnark's %q, want accepted=%v", f.name, got, want, f.accept)
				}
				if f.notInField && got != selNotInField {
					t.Errorf("%s: reverted with %q, want PublicInputNotInField %s", f.name, got, selNotInField)
				}
			}
		})
	}
}

// proveCase sets up a case's circuit and proves its assignment for the Solidity target.
func proveCase(t *testing.T, c verifierCase) (groth16.Proof, groth16.VerifyingKey) {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c.circuit)
	if err != nil {
		t.Fatal(err)
	}
	setup := groth16.Setup
	if c.keygen {
		setup = keygen.Setup
	}
	pk, vk, err := setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	kb := vk.(*groth16bn254.VerifyingKey)
	if merged := len(kb.CommitmentKeys) == 1 && kb.CommitmentKeys[0].G.Equal(&kb.G2.Gamma); merged != (c.keygen && len(kb.CommitmentKeys) == 1) {
		t.Fatalf("%s: the commitment's G is gamma: %v", c.name, merged)
	}
	if got := len(kb.PublicAndCommitmentCommitted); got > 0 && len(kb.PublicAndCommitmentCommitted[0]) != c.committed {
		t.Fatalf("%s: the commitment covers %d public inputs, want %d", c.name, len(kb.PublicAndCommitmentCommitted[0]), c.committed)
	}
	w, err := frontend.NewWitness(c.assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatal(err)
	}
	return proof, vk
}

// gas sends verifyProof as a transaction and returns its gas.
func (e *evm) gas(t *testing.T, to common.Address, data []byte) uint64 {
	t.Helper()
	r, err := e.chain.Transact(e.ctx, &to, data, 2_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verifyProof transaction reverted (%d gas)", r.GasUsed)
	}
	return r.GasUsed
}

type forgery struct {
	name       string
	proof      []byte
	inputs     []*big.Int
	accept     bool
	notInField bool
}

// rhoOf is the verifier's ρ = keccak256(proof ‖ input) mod (r − 1) + 1.
func rhoOf(proof []byte, inputs []*big.Int) *big.Int {
	buf := append([]byte(nil), proof...)
	for _, x := range inputs {
		buf = append(buf, x.FillBytes(make([]byte, 32))...)
	}
	r1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	rho := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(buf)), r1)
	return rho.Add(rho, big.NewInt(1))
}

// coherent fails the test unless the 5-pair product e(A, B) e(C, −δ) e(α, −β) e(L − ρP, −γ) e(ρD, −σG)
// is 1 for proof q, the inputs and the given ρ when the key has G = γ: a forgery built to cancel under
// one ρ must really cancel, so that only ρ's binding rejects it.
func coherent(t *testing.T, vk *groth16bn254.VerifyingKey, q *groth16bn254.Proof, inputs []*big.Int, rho *big.Int) {
	t.Helper()
	if !vk.CommitmentKeys[0].G.Equal(&vk.G2.Gamma) {
		return // the 6-pair shape: the forgery is only a forgery there
	}
	raw := q.MarshalSolidity()
	buf := append([]byte(nil), raw[0x100:0x140]...)
	for _, j := range vk.PublicAndCommitmentCommitted[0] {
		buf = append(buf, inputs[j-1].FillBytes(make([]byte, 32))...)
	}
	h := new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(buf)), fr.Modulus())
	var l, m bn254.G1Affine
	l.Add(&vk.G1.K[0], &q.Commitments[0])
	for i, x := range inputs {
		m.ScalarMultiplication(&vk.G1.K[i+1], x)
		l.Add(&l, &m)
	}
	m.ScalarMultiplication(&vk.G1.K[len(inputs)+1], h)
	l.Add(&l, &m)
	m.ScalarMultiplication(&q.CommitmentPok, rho)
	l.Sub(&l, &m)
	var rd bn254.G1Affine
	rd.ScalarMultiplication(&q.Commitments[0], rho)
	var cNeg, dNeg, bNeg, gNeg bn254.G2Affine
	dNeg.Neg(&vk.G2.Delta)
	bNeg.Neg(&vk.G2.Beta)
	gNeg.Neg(&vk.G2.Gamma)
	cNeg = vk.CommitmentKeys[0].GSigmaNeg
	ok, err := bn254.PairingCheck([]bn254.G1Affine{q.Ar, q.Krs, vk.G1.Alpha, l, rd}, []bn254.G2Affine{q.Bs, dNeg, bNeg, gNeg, cNeg})
	if err != nil || !ok {
		t.Fatalf("a forgery meant to cancel under rho does not (%v): the test is wrong", err)
	}
}

func forgeries(t *testing.T, p *groth16bn254.Proof, vk *groth16bn254.VerifyingKey, inputs []*big.Int) []forgery {
	t.Helper()
	var out []forgery
	add := func(name string, edit func(q *groth16bn254.Proof), accept bool) {
		q := *p
		q.Commitments = append([]bn254.G1Affine(nil), p.Commitments...)
		edit(&q)
		out = append(out, forgery{name: name, proof: q.MarshalSolidity(), inputs: inputs, accept: accept})
	}
	double1 := func(a *bn254.G1Affine) { a.Double(a) }
	add("the valid proof", func(*groth16bn254.Proof) {}, true)
	add("A and B negated (Groth16 is malleable so)", func(q *groth16bn254.Proof) { q.Ar.Neg(&q.Ar); q.Bs.Neg(&q.Bs) }, true)
	add("A doubled", func(q *groth16bn254.Proof) { double1(&q.Ar) }, false)
	add("B doubled", func(q *groth16bn254.Proof) { q.Bs.Double(&q.Bs) }, false)
	add("C doubled", func(q *groth16bn254.Proof) { double1(&q.Krs) }, false)
	add("C negated", func(q *groth16bn254.Proof) { q.Krs.Neg(&q.Krs) }, false)
	if len(p.Commitments) == 1 {
		add("proof of knowledge doubled (the Groth16 equation still holds)", func(q *groth16bn254.Proof) { double1(&q.CommitmentPok) }, false)
		add("proof of knowledge negated", func(q *groth16bn254.Proof) { q.CommitmentPok.Neg(&q.CommitmentPok) }, false)
		add("commitment doubled", func(q *groth16bn254.Proof) { double1(&q.Commitments[0]) }, false)
		add("commitment and proof of knowledge doubled", func(q *groth16bn254.Proof) {
			double1(&q.Commitments[0])
			double1(&q.CommitmentPok)
		}, false)
		add("commitment and proof of knowledge swapped", func(q *groth16bn254.Proof) {
			q.Commitments[0], q.CommitmentPok = q.CommitmentPok, q.Commitments[0]
		}, false)
	}
	raw := p.MarshalSolidity()
	if len(p.Commitments) == 1 {
		// Forgeries that would pass if ρ were not bound to the whole proof and every input:
		// with the valid proof's ρ₀, each change cancels in the 5-pair product (the γ pair
		// holds both L and ρP when G = γ); the contract's ρ of the changed bytes differs.
		rho0Inv := new(big.Int).ModInverse(rhoOf(raw, inputs), fr.Modulus())
		for _, j := range vk.PublicAndCommitmentCommitted[0] {
			if j == 1 {
				t.Fatal("input 0 is committed: the forgery below needs it outside the commitment's hash")
			}
		}
		var k1 bn254.G1Affine
		k1.ScalarMultiplication(&vk.G1.K[1], rho0Inv)
		q := *p
		q.Commitments = append([]bn254.G1Affine(nil), p.Commitments...)
		q.CommitmentPok.Add(&q.CommitmentPok, &k1)
		in := append([]*big.Int(nil), inputs...)
		in[0] = new(big.Int).Add(inputs[0], big.NewInt(1))
		out = append(out, forgery{name: "input 0 plus 1, P plus K1/rho0 (cancels under the valid proof's rho)", proof: q.MarshalSolidity(), inputs: in})
		coherent(t, vk, &q, in, rhoOf(raw, inputs))
		add("B plus G2's generator, P minus A/rho0 (cancels under the valid proof's rho)", func(q *groth16bn254.Proof) {
			_, _, _, g2 := bn254.Generators()
			q.Bs.Add(&q.Bs, &g2)
			var a bn254.G1Affine
			a.ScalarMultiplication(&q.Ar, rho0Inv)
			q.CommitmentPok.Sub(&q.CommitmentPok, &a)
			coherent(t, vk, q, inputs, rhoOf(raw, inputs))
		}, false)
		add("proof of knowledge at infinity", func(q *groth16bn254.Proof) { q.CommitmentPok = bn254.G1Affine{} }, false)
		out = append(out, forgery{name: "proof of knowledge off the curve", proof: flip(raw, 0x15f), inputs: inputs})
		py := append([]byte(nil), raw...)
		y := new(big.Int).SetBytes(py[0x160:0x180])
		y.Add(y, fp.Modulus()).FillBytes(py[0x160:0x180])
		out = append(out, forgery{name: "proof of knowledge's y plus the field modulus", proof: py, inputs: inputs})
	}
	out = append(out, forgery{name: "proof one byte short", proof: raw[:len(raw)-1], inputs: inputs})
	out = append(out, forgery{name: "proof off the curve", proof: flip(raw, 31), inputs: inputs})
	r := fr.Modulus()
	for i := range inputs {
		in := append([]*big.Int(nil), inputs...)
		in[i] = new(big.Int).Add(inputs[i], big.NewInt(1))
		out = append(out, forgery{name: "input " + big.NewInt(int64(i)).String() + " changed", proof: raw, inputs: in})
		in = append([]*big.Int(nil), inputs...)
		in[i] = new(big.Int).Add(inputs[i], r)
		out = append(out, forgery{name: "input " + big.NewInt(int64(i)).String() + " plus r", proof: raw, inputs: in, notInField: true})
	}
	return out
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 1
	return c
}

// TestUnsupported: keys the contract cannot check are refused, not written wrongly.
func TestUnsupported(t *testing.T) {
	vk := groth16.NewVerifyingKey(ecc.BLS12_381)
	if err := evmverifier.Export(&bytes.Buffer{}, vk); !errors.Is(err, evmverifier.ErrUnsupported) {
		t.Fatalf("BLS12-381 key: %v, want ErrUnsupported", err)
	}
	var k groth16bn254.VerifyingKey
	k.G1.K = make([]bn254.G1Affine, 1)
	if err := evmverifier.Export(&bytes.Buffer{}, &k); !errors.Is(err, evmverifier.ErrUnsupported) {
		t.Fatalf("key without public input: %v, want ErrUnsupported", err)
	}
	var out bytes.Buffer
	k.G1.K = make([]bn254.G1Affine, 2)
	if err := evmverifier.Export(&out, &k, evmverifier.WithName("Named"), evmverifier.WithHeader("a header"), evmverifier.WithPragma("0.8.37")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"// a header\n", "contract Named {", "pragma solidity 0.8.37;", "uint256[1] calldata input"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("written contract lacks %q", want)
		}
	}
}

func crypto4(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// reflectArray makes the [n]*big.Int value the abi packer wants for uint256[n].
func reflectArray(n int, in []*big.Int) interface{} {
	v := reflect.New(reflect.ArrayOf(n, reflect.TypeOf((*big.Int)(nil)))).Elem()
	for i, x := range in {
		v.Index(i).Set(reflect.ValueOf(x))
	}
	return v.Interface()
}

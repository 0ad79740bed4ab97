package ceremony

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/rs/zerolog"
)

// mixCircuit has what the fast phase-2 initialisation must get right:
// public inputs, two commitments (private and public wires committed, in
// an order the merge must follow), a range check (the zkVM circuit's
// commitment), coefficients of every kind (±1, 2, small, minus small,
// full-size), wires on both sides of many constraints, and a wire that
// appears in no constraint.
type mixCircuit struct {
	X, Y   frontend.Variable `gnark:",public"`
	A      [12]frontend.Variable
	Unused frontend.Variable
	rounds int
}

func (c *mixCircuit) Define(api frontend.API) error {
	cm := api.(frontend.Committer)
	c1, err := cm.Commit(c.A[0], c.A[3], c.X)
	if err != nil {
		return err
	}
	c2, err := cm.Commit(c.A[1], c.A[2], c.A[5])
	if err != nil {
		return err
	}
	rangecheck.New(api).Check(c.A[6], 20)
	big1, _ := new(big.Int).SetString("1234567890123456789012345678901234567890", 10)
	acc := api.Add(api.Mul(c1, 3), api.Mul(c2, -5), api.Mul(c.A[4], big1), api.Mul(c.A[7], -2), api.Neg(c.A[8]))
	for i := range c.rounds {
		acc = api.Add(api.Mul(acc, c.A[i%len(c.A)], 1<<(i%40)), api.Mul(c.Y, -(i+7)), c.A[(i+5)%len(c.A)])
	}
	api.AssertIsDifferent(acc, c.X)
	return nil
}

// testSRS is a sealed phase 1 of 2^power with one contribution.
func testSRS(t testing.TB, power int) *mpcsetup.SrsCommons {
	t.Helper()
	p := mpcsetup.NewPhase1(uint64(1) << power)
	p.Contribute()
	srs := p.Seal([]byte("phase2init test beacon"))
	return &srs
}

func compileMix(t testing.TB, rounds int) *cs.R1CS {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &mixCircuit{rounds: rounds})
	if err != nil {
		t.Fatal(err)
	}
	return ccs.(*cs.R1CS)
}

func TestFastPhase2InitMatchesGnark(t *testing.T) {
	srs := testSRS(t, 11)
	for _, rounds := range []int{0, 300, 900} {
		ccs := compileMix(t, rounds)
		power := log2(ccs.GetNbConstraints())
		commons, err := truncateSRS(srs, power)
		if err != nil {
			t.Fatal(err)
		}
		want := new(mpcsetup.Phase2)
		wantEvals := want.Initialize(ccs, commons)
		lb, err := computeLagrange(context.Background(), commons)
		if err != nil {
			t.Fatal(err)
		}
		if err := lb.check(context.Background(), commons); err != nil {
			t.Fatal(err)
		}
		got, gotEvals, err := initPhase2Fast(context.Background(), ccs, commons, lb)
		if err != nil {
			t.Fatal(err)
		}
		var wb, gb bytes.Buffer
		if _, err := want.WriteTo(&wb); err != nil {
			t.Fatal(err)
		}
		if _, err := got.WriteTo(&gb); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(wb.Bytes(), gb.Bytes()) {
			t.Fatalf("%d rounds (%d constraints, domain 2^%d): the phase-2 files differ", rounds, ccs.GetNbConstraints(), power)
		}
		if !reflect.DeepEqual(&wantEvals, gotEvals) {
			t.Fatalf("%d rounds: the evaluations differ", rounds)
		}
		if len(gotEvals.G1.CKK) != 3 || len(gotEvals.G1.CKK[0]) == 0 || len(gotEvals.G1.VKK) < 3 {
			t.Fatalf("%d rounds: %d commitments, %d verifying-key points: the circuit lost its commitments", rounds, len(gotEvals.G1.CKK), len(gotEvals.G1.VKK))
		}
		t.Logf("%d rounds: %d constraints, domain 2^%d, %d wires: identical", rounds, ccs.GetNbConstraints(), power, len(gotEvals.G1.A))
	}
}

func TestFastPhase2InitStops(t *testing.T) {
	srs := testSRS(t, 11)
	ccs := compileMix(t, 900)
	commons, err := truncateSRS(srs, log2(ccs.GetNbConstraints()))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := computeLagrange(ctx, commons); !errors.Is(err, context.Canceled) {
		t.Fatalf("a canceled computation returned %v", err)
	}
	lb, err := computeLagrange(context.Background(), commons)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := initPhase2Fast(ctx, ccs, commons, lb); !errors.Is(err, context.Canceled) {
		t.Fatalf("a canceled initialisation returned %v", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	if _, err := computeLagrange(ctx, commons); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a computation past its deadline returned %v", err)
	}
	small, err := truncateSRS(srs, 4)
	if err != nil {
		t.Fatal(err)
	}
	smallLB, err := computeLagrange(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := initPhase2Fast(context.Background(), ccs, small, smallLB); err == nil {
		t.Fatal("a circuit larger than the domain was initialised")
	}
	if _, _, err := initPhase2Fast(context.Background(), ccs, commons, smallLB); err == nil {
		t.Fatal("bases of another domain were used")
	}
}

func TestLagrangeCache(t *testing.T) {
	srs := testSRS(t, 9)
	commons, err := truncateSRS(srs, 8)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	srsInfo := &FileInfo{Header: Header{Kind: KindSRS, Power: 9}, Path: dir + "/srs.zkc", Hash: "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a"}
	ctx := context.Background()
	computed, err := lagrangeFor(ctx, srsInfo, commons, 8, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	path := LagrangePath(srsInfo.Path, 8)
	info, err := headerOf(path)
	if err != nil {
		t.Fatalf("the bases were not kept beside the SRS: %v", err)
	}
	if info.Kind != KindLagrange || info.SRS != srsInfo.Hash || info.Power != 8 {
		t.Fatalf("header %+v", info.Header)
	}
	read, err := lagrangeFor(ctx, srsInfo, commons, 8, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(computed, read) {
		t.Fatal("the bases read back differ from those computed")
	}

	// a file that is not the SRS's Lagrange form is refused
	rewrite := func(mutate func(b *lagrangeBases)) {
		t.Helper()
		b, err := computeLagrange(ctx, commons)
		if err != nil {
			t.Fatal(err)
		}
		mutate(b)
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
		if _, err := writeFile(path, info.Header, b); err != nil {
			t.Fatal(err)
		}
	}
	_, _, g1, g2 := curve.Generators()
	for name, c := range map[string]struct {
		mutate func(b *lagrangeBases)
		want   error
	}{
		"[τ]₁ point moved":     {func(b *lagrangeBases) { b.Tau1[5].Add(&b.Tau1[5], &g1) }, ErrInvalid},
		"[ατ]₁ points swapped": {func(b *lagrangeBases) { b.Alpha1[1], b.Alpha1[2] = b.Alpha1[2], b.Alpha1[1] }, ErrInvalid},
		"[βτ]₁ last point":     {func(b *lagrangeBases) { b.Beta1[255] = g1 }, ErrInvalid},
		"[τ]₂ point moved":     {func(b *lagrangeBases) { b.Tau2[0].Add(&b.Tau2[0], &g2) }, ErrInvalid},
		"monomial form":        {func(b *lagrangeBases) { copy(b.Tau1, commons.G1.Tau[:256]) }, ErrInvalid},
		"a basis cut short":    {func(b *lagrangeBases) { b.Tau2 = b.Tau2[:255] }, ErrTruncated},
	} {
		rewrite(c.mutate)
		if _, err := lagrangeFor(ctx, srsInfo, commons, 8, zerolog.Nop()); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	other := *srsInfo
	other.Hash = "6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b"
	if _, err := lagrangeFor(ctx, &other, commons, 8, zerolog.Nop()); !errors.Is(err, ErrOtherCircuit) {
		t.Errorf("bases of another SRS: %v", err)
	}
}

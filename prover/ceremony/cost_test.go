package ceremony

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"

	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

// TestPhase2Cost measures, part by part, what phase 2 of one circuit costs
// the coordinator (init), a participant (contribute) and a verifier, on a
// real SRS, for circuits whose Lagrange FFTs are too long to run here (the
// final circuit's domain of 2^22). Without the SRS's Lagrange file beside it,
// the accumulation runs on stand-in bases (the monomial powers: the same
// work, wrong values) and the FFTs are left out (they scale as n·log n from
// the measured 2^19 and 2^20). It runs only when asked:
//
//	ZKPROVER_CEREMONY_COST_SRS=srs.zkc            the SRS (a finished phase 1)
//	ZKPROVER_CEREMONY_COST_CIRCUIT=final          rv32im (default), segment, aggregate or final
//	ZKPROVER_CEREMONY_COST_CLASS=5                the class (the segment class for long runs)
//	ZKPROVER_CEREMONY_COST_KEYS=<keys>/longrun    the long-run key stores the circuit is built over
func TestPhase2Cost(t *testing.T) {
	srsPath := os.Getenv("ZKPROVER_CEREMONY_COST_SRS")
	if srsPath == "" {
		t.Skip("set ZKPROVER_CEREMONY_COST_SRS (and _CIRCUIT, _CLASS, _KEYS) to measure phase 2 part by part")
	}
	ctx := context.Background()
	class, err := strconv.Atoi(os.Getenv("ZKPROVER_CEREMONY_COST_CLASS"))
	if err != nil {
		t.Fatalf("ZKPROVER_CEREMONY_COST_CLASS: %v", err)
	}
	fam := prover.DefaultFamily()
	if c := os.Getenv("ZKPROVER_CEREMONY_COST_CIRCUIT"); c != "" && c != "rv32im" {
		if fam, err = longrun.StoreFamily(ctx, os.Getenv("ZKPROVER_CEREMONY_COST_KEYS"), c); err != nil {
			t.Fatal(err)
		}
	}
	step := func(name string, f func() error) {
		t.Helper()
		var r0, r1 syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
		start := time.Now()
		if err := f(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
		cpu := time.Duration(r1.Utime.Nano()-r0.Utime.Nano()) + time.Duration(r1.Stime.Nano()-r0.Stime.Nano())
		t.Logf("%-58s wall %8.1f s   cpu %8.1f s   peak rss %5.2f GB", name, time.Since(start).Seconds(), cpu.Seconds(), float64(r1.Maxrss)/(1<<20))
	}

	var c *Circuit
	step("compile the circuit", func() (err error) { c, err = CompileCircuit(fam, class); return err })
	t.Logf("%s", c)
	var srs *mpcsetup.SrsCommons
	var srsInfo *FileInfo
	step("read the SRS (checked decoding)", func() (err error) { srs, srsInfo, err = ReadSRS(srsPath); return err })
	step("check the SRS (CheckSRS)", func() error { return CheckSRS(ctx, srs) })
	commons, err := truncateSRS(srs, c.Power)
	if err != nil {
		t.Fatal(err)
	}

	var lb *lagrangeBases
	if _, err := os.Stat(LagrangePath(srsPath, c.Power)); err == nil {
		step("read the Lagrange bases", func() (err error) {
			lb, err = readLagrange(LagrangePath(srsPath, c.Power), srsInfo, c.Power)
			return err
		})
		step("check the Lagrange bases (random MSM identity)", func() error { return lb.check(ctx, commons) })
	} else {
		t.Logf("no %s: stand-in bases (the monomial powers)", LagrangePath(srsPath, c.Power))
		n := 1 << c.Power
		lb = &lagrangeBases{Tau1: commons.G1.Tau[:n], Alpha1: commons.G1.AlphaTau[:n], Beta1: commons.G1.BetaTau[:n], Tau2: commons.G2.Tau[:n]}
		step("check the Lagrange bases (random MSM identity; refuses stand-ins)", func() error {
			if err := lb.check(ctx, commons); !errors.Is(err, ErrInvalid) {
				return err
			}
			return nil
		})
		dir := t.TempDir()
		path := filepath.Join(dir, "bases")
		step("write the Lagrange bases", func() error {
			_, err := writeFile(path, Header{Kind: KindLagrange, Power: c.Power, Gnark: gnarkVersion(), SRS: srsInfo.Hash}, lb)
			return err
		})
		step("read the Lagrange bases (checked decoding)", func() error { _, err := readLagrange(path, srsInfo, c.Power); return err })
		_ = os.Remove(path)
	}

	var p *mpcsetup.Phase2
	step("accumulate the constraint terms (initPhase2Fast)", func() (err error) { p, _, err = initPhase2Fast(ctx, c.R1CS, commons, lb); return err })
	var buf bytes.Buffer
	step("hash and encode the initial file", func() error {
		if _, _, err := hashOf(p); err != nil {
			return err
		}
		_, err := p.WriteTo(&buf)
		return err
	})
	t.Logf("initial phase-2 file: %d bytes", buf.Len())
	next := new(mpcsetup.Phase2)
	step("decode a phase-2 file (checked)", func() error { _, err := next.ReadFrom(bytes.NewReader(buf.Bytes())); return err })
	step("contribute (gnark's Contribute)", func() error { next.Contribute(); return nil })
	step("verify the contribution (gnark's Verify)", func() error { return p.Verify(next) })
}

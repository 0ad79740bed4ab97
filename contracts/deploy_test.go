package contracts_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/solc"
)

// autoMine seals a block every 20 ms (the simulated chain mines only when told to) until the
// returned stop is called; stop waits for the last one, so no block is sealed behind the test's
// own afterwards (a concurrent Commit lost its transaction: "receipt: not found").
func (e *env) autoMine() (stop func()) {
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				e.sim.Commit()
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}

// TestDeploy deploys the whole set with DeployWithFinal (what `zkprover contracts deploy` runs,
// with a hash class and a final verifier) and runs a job with a whole-run proof and one with a final proof
// through it.
func TestDeploy(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	toy, toyFinal := common.FromHex(bindings.ToyVerifierMetaData.Bin), common.FromHex(bindings.ToyFinalVerifierMetaData.Bin)
	stop := e.autoMine()
	// Whole-run keys are class bytes: 0x4b is the SHA-256 class of 2^11 steps. Final keys are
	// segment classes.
	for _, bad := range []struct{ verifiers, finals map[int][]byte }{
		{map[int][]byte{0x80: toy}, nil}, {map[int][]byte{-1: toy}, nil}, {nil, map[int][]byte{64: toyFinal}},
	} {
		if _, err := contracts.DeployWithFinal(ctx, e.client, e.owner.opts, bad.verifiers, bad.finals, zerolog.Nop()); err == nil {
			stop()
			t.Fatalf("DeployWithFinal accepted verifiers %v finals %v", bad.verifiers, bad.finals)
		}
	}
	d, err := contracts.DeployWithFinal(ctx, e.client, e.owner.opts, map[int][]byte{toyClass: toy, 0x4b: toy},
		map[int][]byte{toySegmentClass: toyFinal}, zerolog.Nop())
	stop()
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != e.chainID || d.Owner != e.owner.addr || len(d.Verifiers) != 2 || len(d.FinalVerifiers) != 1 {
		t.Fatalf("deployment %+v", d)
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, e.client)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []uint8{toyClass, 0x4b} {
		if v, err := reg.Verifiers(&bind.CallOpts{}, c); err != nil || v != d.Verifiers[int(c)] || v == (common.Address{}) {
			t.Fatalf("registry class %#x -> %s (%v)", c, v, err)
		}
	}
	if m, err := reg.ClassMask(&bind.CallOpts{}); err != nil || m != 1<<toyClass {
		t.Fatalf("classMask %#x (%v)", m, err)
	}
	if m, err := reg.HashClassMask(&bind.CallOpts{}); err != nil || m != 1<<11 {
		t.Fatalf("hashClassMask %#x (%v)", m, err)
	}
	if _, ok := d.Gas["setVerifier class 0x4b (sha256 2^11)"]; !ok {
		t.Fatalf("no gas recorded for the hash class verifier: %v", d.Gas)
	}
	if v, err := reg.Verifiers(&bind.CallOpts{}, toyFinalClass); err != nil || v != d.FinalVerifiers[toySegmentClass] {
		t.Fatalf("registry class %#x -> %s (%v)", toyFinalClass, v, err)
	}
	if _, ok := d.Gas["Verifier final class 5"]; !ok {
		t.Fatalf("no gas recorded for the final verifier: %v", d.Gas)
	}
	// Use the new deployment: onchain jobs with a toy proof and a toy final proof.
	e.registryAddr, e.jmAddr, e.coordAddr = d.Registry, d.JobManager, d.Coordinator
	if e.jm, err = bindings.NewJobManager(d.JobManager, e.client); err != nil {
		t.Fatal(err)
	}
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, blob(32, 1))
	e.send(e.node1, e.submit(e.node1, e.result(j, e.public(j, blob(32, 2), 0, emptyState(), emptyState())), nil))
	j = e.requestOutputJob(c, blob(32, 3))
	p := e.public(j, blob(32, 4), 0, emptyState(), emptyState())
	e.send(e.node1, e.submit(e.node1, e.finalResult(j, p, nil), nil))
}

// TestCompileAndAddVerifier compiles gnark's exports of the toy keys with the pinned solcjs
// (VerifierCode, CompileVerifier), registers the final one with AddVerifier under another
// segment class, and delivers a final proof through it. Skipped with -short or without solcjs.
func TestCompileAndAddVerifier(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the Solidity compilation")
	}
	compiler, err := solc.Find(".")
	if err != nil {
		t.Skipf("cannot compile: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	code, n, err := contracts.VerifierCode(ctx, compiler, toyFinalKeys.VK)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("final verifier takes %d public inputs, want 1", n)
	}
	src, err := os.ReadFile(filepath.Join("src", "test", "ToyVerifier.sol"))
	if err != nil {
		t.Fatal(err)
	}
	if _, n, err := contracts.CompileVerifier(ctx, compiler, src); err != nil || n != 27 {
		t.Fatalf("ToyVerifier.sol: %d public inputs (%v), want 27", n, err)
	}
	if _, _, err := contracts.CompileVerifier(ctx, compiler, []byte("pragma solidity ^0.8.24; contract X {}")); err == nil {
		t.Fatal("a source without verifier compiled as one")
	}

	e := newEnv(t)
	if _, err := contracts.AddVerifier(ctx, e.client, e.owner.opts, e.registryAddr, 0xc0, code); err == nil {
		t.Fatal("AddVerifier accepted class 0xc0")
	}
	stop := e.autoMine()
	addr, err := contracts.AddVerifier(ctx, e.client, e.owner.opts, e.registryAddr, contracts.FinalProofClass(7), code)
	stop()
	if err != nil {
		t.Fatal(err)
	}
	if v, err := e.registry.Verifiers(&bind.CallOpts{}, 0x87); err != nil || v != addr {
		t.Fatalf("registry class 0x87 -> %s (%v), want %s", v, err, addr)
	}
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, blob(32, 1))
	p := e.public(j, blob(32, 2), 0, emptyState(), emptyState())
	r := e.finalResult(j, p, nil)
	r.ProofClass = contracts.FinalProofClass(7)
	e.send(e.node1, e.submit(e.node1, r, nil))
}

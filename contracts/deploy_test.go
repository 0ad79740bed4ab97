package contracts_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
)

// TestDeploy deploys the whole set with Deploy (what `zkprover contracts deploy` runs) and
// runs a job through it.
func TestDeploy(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() { // the simulated chain mines only when told to
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
	d, err := contracts.Deploy(ctx, e.client, e.owner.opts, map[int][]byte{toyClass: common.FromHex(bindings.ToyVerifierMetaData.Bin)}, zerolog.Nop())
	close(done)
	<-stopped // no block sealed behind the test's own from here (a concurrent Commit lost its transaction: "receipt: not found")
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != e.chainID || d.Owner != e.owner.addr || len(d.Verifiers) != 1 {
		t.Fatalf("deployment %+v", d)
	}
	reg, err := bindings.NewVerifierRegistry(d.Registry, e.client)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := reg.Verifiers(&bind.CallOpts{}, toyClass); err != nil || v != d.Verifiers[toyClass] {
		t.Fatalf("registry class %d -> %s (%v)", toyClass, v, err)
	}
	// Use the new deployment: an onchain job with a toy proof.
	e.registryAddr, e.jmAddr, e.coordAddr = d.Registry, d.JobManager, d.Coordinator
	if e.jm, err = bindings.NewJobManager(d.JobManager, e.client); err != nil {
		t.Fatal(err)
	}
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, blob(32, 1))
	e.send(e.node1, e.submit(e.node1, e.result(j, e.public(j, blob(32, 2), 0, emptyState(), emptyState())), nil))
}

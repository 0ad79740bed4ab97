package contracts_test

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/statement"
)

const testMaxCycles = 200 // ceil(log2(200)) = 8 = toyClass

func (e *env) deployOutputConsumer(program fr.Element, maxCycles uint64) (*bindings.OutputConsumer, common.Address) {
	e.t.Helper()
	addr := e.deploy("OutputConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployOutputConsumer(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program), maxCycles)
		return a, tx, err
	})
	c, err := bindings.NewOutputConsumer(addr, e.client)
	if err != nil {
		e.t.Fatal(err)
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.SetRequester(o, e.requester.addr, true)
	})
	return c, addr
}

// onchainJob is a job as a node sees it from the JobCreated event.
type onchainJob struct {
	id        [32]byte
	nonce     uint64
	createdAt uint64
	consumer  common.Address
	program   fr.Element
	maxCycles uint64
	input     []byte
	gas       uint64
}

// jobFromReceipt reads the JobCreated event of a createJob transaction.
func (e *env) jobFromReceipt(r *types.Receipt) *onchainJob {
	e.t.Helper()
	for _, l := range r.Logs {
		if l.Address != e.jmAddr {
			continue
		}
		topic, _ := bindings.JobManagerMetaData.GetAbi()
		if len(l.Topics) == 0 || l.Topics[0] != topic.Events["JobCreated"].ID {
			continue
		}
		job, err := contracts.ParseJobCreated(*l, e.blockTime(r))
		if err != nil {
			e.t.Fatal(err)
		}
		if job.Context(e.chainID) != contracts.OnchainJobContext(e.chainID, job.CreatedAt, job.Nonce, job.Consumer) {
			e.t.Fatal("job context")
		}
		return &onchainJob{
			id: job.ID, nonce: job.Nonce, createdAt: job.CreatedAt, consumer: job.Consumer,
			program: job.ProgramID, maxCycles: job.MaxCycles, input: job.OnchainInput, gas: r.GasUsed,
		}
	}
	e.t.Fatal("no JobCreated event")
	return nil
}

func (e *env) requestOutputJob(c *bindings.OutputConsumer, input []byte) *onchainJob {
	e.t.Helper()
	r := e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Request(o, input) })
	return e.jobFromReceipt(r)
}

// public is the statement a node proves for an onchain job.
func (e *env) public(j *onchainJob, output []byte, exit uint32, oldRoot, newRoot fr.Element) *statement.Public {
	return &statement.Public{
		ProgramID:    j.program,
		Context:      contracts.OnchainJobContext(e.chainID, j.createdAt, j.nonce, j.consumer),
		OnchainInput: j.input,
		OffchainHash: emptyOffchain(),
		OldStateRoot: oldRoot,
		NewStateRoot: newRoot,
		ExitCode:     exit,
		Output:       output,
	}
}

// result builds the ResultWithMetadata of p proven with the toy circuit.
func (e *env) result(j *onchainJob, p *statement.Public) *contracts.ResultWithMetadata {
	return e.resultClass(j, p, toyClass)
}

// resultClass is the result of j for the statement p under the whole-run class class (the toy
// proof verifies under every class the tests register the toy verifier for).
func (e *env) resultClass(j *onchainJob, p *statement.Public, class int) *contracts.ResultWithMetadata {
	e.t.Helper()
	r, err := contracts.NewResult(j.id, j.maxCycles, p, class, proveToy(e.t, p))
	if err != nil {
		e.t.Fatal(err)
	}
	// NewResult takes the input hash from the statement; the job's stored input is what counts.
	r.OnchainInputHash = crypto.Keccak256Hash(j.input)
	return r
}

func (e *env) submit(from *account, r *contracts.ResultWithMetadata, sig []byte) func(*bind.TransactOpts) (*types.Transaction, error) {
	enc, err := r.Encode()
	if err != nil {
		e.t.Fatal(err)
	}
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return e.jm.SubmitResult(o, enc, sig) }
}

func TestJobIDMatchesContract(t *testing.T) {
	e := newEnv(t)
	c, addr := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, []byte{1, 2, 3})
	if want := contracts.JobID(1, addr); j.id != want || j.nonce != 1 || j.consumer != addr {
		t.Fatalf("job id %x nonce %d consumer %s, want %x 1 %s", j.id, j.nonce, j.consumer, want, addr)
	}
	next, err := c.GetNextNonce(&bind.CallOpts{})
	if err != nil || next != 2 {
		t.Fatalf("next nonce %d (%v), want 2", next, err)
	}
	ctx, err := e.jm.GetJobContext(&bind.CallOpts{}, j.id)
	if err != nil {
		t.Fatal(err)
	}
	if ctx.ChainId != e.chainID || ctx.Timestamp != j.createdAt || ctx.BatchNum != 1 || ctx.Sequencer != addr {
		t.Fatalf("job context %+v does not match the rule (chain %d, created %d)", ctx, e.chainID, j.createdAt)
	}
}

// TestOnchainJob runs an onchain job from createJob to the consumer's callback with a proof,
// 256 bytes of input and output.
func TestOnchainJob(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, _ := e.deployOutputConsumer(program, testMaxCycles)
	j := e.requestOutputJob(c, blob(256, 1))
	out := blob(256, 2)
	r := e.result(j, e.public(j, out, 0, emptyState(), emptyState()))
	rc := e.send(e.node1, e.submit(e.node1, r, nil))
	t.Logf("createJob (256-byte input): %d gas; submitResult (256-byte output): %d gas", j.gas, rc.GasUsed)

	got, err := c.Outputs(&bind.CallOpts{}, j.id)
	if err != nil || !bytes.Equal(got, out) {
		t.Fatalf("consumer stored %x (%v), want %x", got, err, out)
	}
	md, err := e.jm.GetJobMetadata(&bind.CallOpts{}, j.id)
	if err != nil || md.Status != contracts.JobCompleted || md.Consumer != j.consumer ||
		!bytes.Equal(md.ProgramID, contracts.ProgramIDBytes(program)) || md.MaxCycles != testMaxCycles {
		t.Fatalf("job metadata %+v (%v)", md, err)
	}
	completed := false
	for _, l := range rc.Logs {
		if ev, err := e.jm.ParseJobCompleted(*l); err == nil && ev.JobID == j.id && bytes.Equal(ev.Result, out) {
			completed = true
		}
	}
	if !completed {
		t.Fatal("no JobCompleted event with the output")
	}
	// The same result cannot be delivered twice.
	e.expectRevert(e.node2, "JobNotPending", e.submit(e.node2, r, nil))
}

// TestOnchainJobRejects covers every way a result for an onchain job can be wrong.
func TestOnchainJobRejects(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, _ := e.deployOutputConsumer(program, testMaxCycles)
	j := e.requestOutputJob(c, blob(100, 3))
	out := blob(64, 4)
	good := e.result(j, e.public(j, out, 0, emptyState(), emptyState()))

	t.Run("forged proof", func(t *testing.T) {
		r := *good
		r.Proof = bytes.Clone(good.Proof)
		r.Proof[10] ^= 1 // A is no longer the prover's point
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("forged commitment", func(t *testing.T) {
		r := *good
		r.Proof = bytes.Clone(good.Proof)
		r.Proof[256+40] ^= 1
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("short proof", func(t *testing.T) {
		r := *good
		r.Proof = good.Proof[:256]
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("another program", func(t *testing.T) {
		other := randElement(t)
		jo := *j
		jo.program = other
		r := e.result(&jo, e.public(&jo, out, 0, emptyState(), emptyState()))
		e.expectRevert(e.node1, "ProgramIDMismatch", e.submit(e.node1, r, nil))
	})
	t.Run("changed input hash", func(t *testing.T) {
		r := *good
		r.OnchainInputHash = crypto.Keccak256Hash([]byte("another input"))
		e.expectRevert(e.node1, "OnchainInputHashMismatch", e.submit(e.node1, &r, nil))
	})
	t.Run("proof for another input", func(t *testing.T) {
		jo := *j
		jo.input = blob(100, 9)
		r := e.result(&jo, e.public(&jo, out, 0, emptyState(), emptyState()))
		r.OnchainInputHash = crypto.Keccak256Hash(j.input)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, r, nil))
	})
	t.Run("changed output", func(t *testing.T) {
		r := *good
		r.Result = blob(64, 5)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("changed exit code", func(t *testing.T) {
		r := *good
		r.ExitCode = 1
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("changed new state root", func(t *testing.T) {
		r := *good
		r.NewStateRoot = contracts.Bytes32(randElement(t))
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &r, nil))
	})
	t.Run("wrong context", func(t *testing.T) {
		p := e.public(j, out, 0, emptyState(), emptyState())
		p.Context.Timestamp++
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, e.result(j, p), nil))
	})
	t.Run("max cycles", func(t *testing.T) {
		r := *good
		r.MaxCycles = 100
		e.expectRevert(e.node1, "MaxCyclesMismatch", e.submit(e.node1, &r, nil))
	})
	t.Run("unknown job", func(t *testing.T) {
		r := *good
		r.JobID = [32]byte{1}
		e.expectRevert(e.node1, "JobNotFound", e.submit(e.node1, &r, nil))
	})
	t.Run("stateless consumer, state given", func(t *testing.T) {
		r := e.result(j, e.public(j, out, 0, randElement(t), emptyState()))
		e.expectRevert(e.node1, "UnexpectedStateRoot", e.submit(e.node1, r, nil))
	})
	t.Run("operator signature", func(t *testing.T) {
		e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.jm.SetOperator(o, e.operator.addr, true)
		})
		enc, err := good.Encode()
		if err != nil {
			t.Fatal(err)
		}
		wrong, err := contracts.SignEIP191(enc, e.stranger.key)
		if err != nil {
			t.Fatal(err)
		}
		e.expectRevert(e.node1, "InvalidOperatorSignature", e.submit(e.node1, good, wrong))
		e.expectRevert(e.node1, "InvalidOperatorSignature", e.submit(e.node1, good, nil))
		right, err := contracts.SignEIP191(enc, e.operator.key)
		if err != nil {
			t.Fatal(err)
		}
		// With the right signature the result is still checked: a changed output fails the proof.
		bad := *good
		bad.Result = blob(64, 5)
		benc, _ := bad.Encode()
		bsig, _ := contracts.SignEIP191(benc, e.operator.key)
		e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &bad, bsig))
		e.send(e.node1, e.submit(e.node1, good, right))
		e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.jm.SetOperator(o, common.Address{}, false)
		})
	})
}

func TestCancelledJob(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	c, _ := e.deployOutputConsumer(program, testMaxCycles)
	j := e.requestOutputJob(c, blob(8, 1))
	e.expectRevert(e.stranger, "NotJobConsumerOrOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.jm.CancelJob(o, j.id)
	})
	e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.Cancel(o, j.id) })
	r := e.result(j, e.public(j, blob(4, 1), 0, emptyState(), emptyState()))
	rv := e.expectRevert(e.node1, "JobNotPending", e.submit(e.node1, r, nil))
	if rv.Args[1].(uint8) != contracts.JobCancelled {
		t.Fatalf("status in JobNotPending = %v, want cancelled", rv.Args[1])
	}
	e.expectRevert(e.owner, "JobNotPending", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.jm.CancelJob(o, j.id)
	})
}

// TestProofClassBinding checks how maxCycles binds the proof's class.
func TestProofClassBinding(t *testing.T) {
	e := newEnv(t)
	program := randElement(t)
	// A smaller class exists (the toy verifier again, at class 2): a class-8 proof for a job of
	// 16 cycles (ceil(log2) = 4) must be refused.
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, 2, e.toyAddr)
	})
	c, _ := e.deployOutputConsumer(program, 16)
	j := e.requestOutputJob(c, blob(4, 1))
	r := e.result(j, e.public(j, blob(4, 1), 0, emptyState(), emptyState()))
	e.expectRevert(e.node1, "ProofClassTooLarge", e.submit(e.node1, r, nil))
	// Without the smaller class, the smallest class is always accepted.
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, 2, common.Address{})
	})
	e.send(e.node1, e.submit(e.node1, r, nil))

	// A class without a verifier.
	c2, _ := e.deployOutputConsumer(program, 1000)
	j2 := e.requestOutputJob(c2, blob(4, 1))
	r2 := e.result(j2, e.public(j2, blob(4, 1), 0, emptyState(), emptyState()))
	r2.ProofClass = 9
	rv := e.expectRevert(e.node1, "NoVerifier", e.submit(e.node1, r2, nil))
	if rv.Args[0].(uint8) != 9 {
		t.Fatalf("NoVerifier(%v), want 9", rv.Args[0])
	}
	for _, x := range []struct{ in, want uint64 }{{1, 0}, {2, 1}, {3, 2}, {200, 8}, {256, 8}, {257, 9}} {
		got, err := e.jm.CeilLog2(&bind.CallOpts{}, x.in)
		if err != nil || uint64(got) != x.want {
			t.Fatalf("ceilLog2(%d) = %d (%v), want %d", x.in, got, err, x.want)
		}
	}
	e.expectRevert(e.stranger, "NotOwner", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, 3, e.toyAddr)
	})
	e.expectRevert(e.owner, "NotAContract", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, 3, e.stranger.addr)
	})
}

// TestNonZeroExit delivers a run that halted with exit code 3: the job completes and the
// consumer records the failure.
func TestNonZeroExit(t *testing.T) {
	e := newEnv(t)
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	j := e.requestOutputJob(c, blob(4, 1))
	e.send(e.node1, e.submit(e.node1, e.result(j, e.public(j, nil, 3, emptyState(), emptyState())), nil))
	code, err := c.ExitCodes(&bind.CallOpts{}, j.id)
	if err != nil || code != 3 {
		t.Fatalf("exit code %d (%v), want 3", code, err)
	}
}

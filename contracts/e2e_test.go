package contracts_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/statement"
)

// e2eClass is the zkVM class the end-to-end tests set up once per test binary (~1 minute).
const e2eClass = provertest.Class

var zkvm struct {
	once     sync.Once
	dir      string
	p        *prover.Prover
	verifier []byte // creation bytecode of the class's exported verifier
	err      error
	skip     string
}

// realProver sets up class 2^8 of the zkVM circuit and compiles its exported Solidity
// verifier, once per test binary.
func realProver(t *testing.T) (*prover.Prover, []byte) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the zkVM key setup")
	}
	zkvm.once.Do(func() {
		c, err := solc.Find(".")
		if err != nil {
			zkvm.skip = err.Error()
			return
		}
		ctx := context.Background()
		zkvm.dir, zkvm.err = provertest.KeysDir() // machine-wide cache, shared by test binaries
		if zkvm.err != nil {
			return
		}
		zkvm.p, zkvm.err = prover.Open(ctx, zkvm.dir, prover.WithClasses(e2eClass))
		if zkvm.err != nil {
			return
		}
		src, err := os.ReadFile(filepath.Join(prover.ClassDir(zkvm.dir, e2eClass), prover.FileVerifier))
		if err != nil {
			zkvm.err = err
			return
		}
		out, err := c.Compile(ctx, map[string]string{"Verifier.sol": string(src)})
		if err != nil {
			zkvm.err = err
			return
		}
		for _, k := range out {
			if k.Name == "Verifier" {
				zkvm.verifier, zkvm.err = hex.DecodeString(k.Bytecode)
			}
		}
		if zkvm.verifier == nil && zkvm.err == nil {
			zkvm.err = os.ErrNotExist
		}
	})
	if zkvm.skip != "" {
		t.Skip(zkvm.skip)
	}
	if zkvm.err != nil {
		t.Fatalf("setting up the zkVM prover: %v", zkvm.err)
	}
	return zkvm.p, zkvm.verifier
}

// deployRealVerifier deploys the exported verifier and registers it for e2eClass.
func (e *env) deployRealVerifier(code []byte) common.Address {
	e.t.Helper()
	a, err := bindings.IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		e.t.Fatal(err)
	}
	addr := e.deploy("Verifier (zkVM class 2^8)", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bind.DeployContract(o, *a, code, e.client)
		return addr, tx, err
	})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, e2eClass, addr)
	})
	return addr
}

// TestEndToEndSquareRoot: an onchain job from createJob to the SquareRootConsumer's callback
// with a real proof from the zkVM prover, an offchain job with an EIP-712 signed request, and a
// Coordinator interval (input from getContainerInputs) proven by node1: a real proof of a run
// from a chosen state and node1's proof resent by node2 are refused.
func TestEndToEndSquareRoot(t *testing.T) {
	p, code := realProver(t)
	e := newEnv(t)
	verifierAddr := e.deployRealVerifier(code)
	prog := sqrtProgram(t)
	ctx := context.Background()

	addr := e.deploy("SquareRootConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeploySquareRootConsumer(o, e.client, e.jmAddr, contracts.Bytes32(prog.ID), 256)
		return a, tx, err
	})
	c, err := bindings.NewSquareRootConsumer(addr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	r := e.send(e.stranger, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.RequestSquareRoot(o, 1_000_000) }) // open to anyone
	j := e.jobFromReceipt(r)

	// The node: run the program with the job's input and context, prove it.
	in := &executor.Input{Onchain: j.input, Context: contracts.OnchainJobContext(e.chainID, j.createdAt, j.nonce, j.consumer)}
	proof, err := p.Prove(ctx, prog, in, executor.Config{MaxCycles: j.maxCycles})
	if err != nil {
		t.Fatal(err)
	}
	res, err := contracts.NewResult(j.id, j.maxCycles, &proof.Public, proof.Class, proof.SolidityProof)
	if err != nil {
		t.Fatal(err)
	}

	// The exported verifier alone, called with the prover's own calldata.
	g, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: e.node1.addr, To: &verifierAddr, Data: proof.Calldata})
	if err != nil {
		t.Fatalf("the zkVM verifier rejects the prover's calldata: %v", err)
	}
	t.Logf("zkVM verifier: deploy %d gas, verifyProof %d gas (a transaction calling it)",
		e.gas["deploy Verifier (zkVM class 2^8)"], g)

	forged := *res
	forged.Proof = append([]byte(nil), res.Proof...)
	forged.Proof[40] ^= 1
	e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &forged, nil))
	wrong := *res
	wrong.Result = le32(1001)
	e.expectProofRejected(e.node1, "ProofInvalid", e.submit(e.node1, &wrong, nil))

	rc := e.send(e.node1, e.submit(e.node1, res, nil))
	t.Logf("zkVM proof (class 2^%d, %d cycles): submitResult %d gas", proof.Class, proof.Cycles, rc.GasUsed)
	root, err := c.SquareRoots(&bind.CallOpts{}, 1_000_000)
	if err != nil || root != 1000 {
		t.Fatalf("square root of 1e6 on chain = %d (%v)", root, err)
	}

	// Offchain: an OutputConsumer running the same program, request signed by its signer.
	oc, ocAddr := e.deployOutputConsumer(prog.ID, 256)
	oj := e.offchainRequest(ocAddr, prog.ID, off(1), le32(144), nil, emptyState(), e.signer)
	oin := &executor.Input{Onchain: oj.req.OnchainInput, Context: contracts.OffchainJobContext(e.chainID, oj.req)}
	oproof, err := p.Prove(ctx, prog, oin, executor.Config{MaxCycles: oj.req.MaxCycles})
	if err != nil {
		t.Fatal(err)
	}
	ores, err := contracts.NewOffchainResult(oj.req, &oproof.Public, oproof.Class, oproof.SolidityProof)
	if err != nil {
		t.Fatal(err)
	}
	bad := e.offchainRequest(ocAddr, prog.ID, off(1), le32(144), nil, emptyState(), e.stranger)
	e.expectRevert(e.node1, "InvalidRequestSignature", e.submitOffchain(ores, bad))
	orc := e.send(e.node1, e.submitOffchain(ores, oj))
	t.Logf("zkVM proof: submitResultForOffchainJob %d gas", orc.GasUsed)
	out, err := oc.Outputs(&bind.CallOpts{}, ores.JobID)
	if err != nil || !strings.EqualFold(hex.EncodeToString(out), hex.EncodeToString(le32(12))) {
		t.Fatalf("offchain output %x (%v), want sqrt(144) = 12", out, err)
	}
	e.expectRevert(e.node1, "JobAlreadyExists", e.submitOffchain(ores, oj))

	// Coordinator: a subscription of the same program whose consumer names the input
	// (getContainerInputs); node1 proves the interval with its own address bound.
	store, storeAddr := e.deployStore()
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) { return store.SetContainerInputs(o, le32(49)) })
	sub, _ := e.subscribe(store, storeAddr, prog.ID, nil, 1e12, 3_000_000, 1, 0, 2)
	proveInterval := func(node common.Address, state []statement.KV) []byte {
		st, err := e.coord.IntervalStatement(&bind.CallOpts{}, sub.id, 1, node)
		if err != nil {
			t.Fatal(err)
		}
		sctx := statement.Context{ChainID: st.Ctx.ChainId, Timestamp: st.Ctx.Timestamp, BatchNum: st.Ctx.BatchNum, Sequencer: st.Ctx.Sequencer}
		if sctx != contracts.SubscriptionContext(e.chainID, sub.activeAt, sub.period, 1, node) {
			t.Fatalf("intervalStatement context %+v", st.Ctx)
		}
		proof, err := p.Prove(ctx, prog, &executor.Input{Onchain: st.Input, State: state, Context: sctx}, executor.Config{MaxCycles: 256})
		if err != nil {
			t.Fatal(err)
		}
		cp, err := contracts.NewComputeProof(&proof.Public, proof.Class, proof.SolidityProof)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := cp.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(proof.Public.Output, le32(7)) {
			t.Fatalf("sqrt(49) proven as %x", proof.Public.Output)
		}
		return enc
	}
	deliverWith := func(proof []byte) func(*bind.TransactOpts) (*types.Transaction, error) {
		return func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.coord.DeliverCompute(o, sub.id, 1, le32(49), le32(7), proof)
		}
	}
	// A real proof of a run from a state of the prover's choosing: refused before verification.
	chosen := proveInterval(e.node2.addr, []statement.KV{{Key: 1, Value: 2}})
	e.expectRevert(e.node2, "StateRootMismatch", deliverWith(chosen))
	p1 := proveInterval(e.node1.addr, nil)
	crc := e.send(e.node1, deliverWith(p1))
	t.Logf("zkVM proof: deliverCompute %d gas (inputs from getContainerInputs)", crc.GasUsed)
	// node2 copies node1's delivery to count as a second node: the proof binds node1.
	e.expectProofRejected(e.node2, "ProofInvalid", deliverWith(p1))
	if ds := e.storeDeliveries(store, sub, 1); len(ds) != 1 || ds[0].Node != e.node1.addr || !bytes.Equal(ds[0].Output, le32(7)) {
		t.Fatalf("deliveries %+v", ds)
	}
}

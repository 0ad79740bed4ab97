package contracts_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

type gasRow struct {
	what string
	gas  uint64
}

// measureGas runs every measured operation with 256 bytes of onchain input and 256 bytes of
// output, and returns the gas used.
func measureGas(t *testing.T, e *env) []gasRow {
	rows := []gasRow{
		{"deploy VerifierRegistry", e.gas["deploy VerifierRegistry"]},
		{"deploy Groth16 verifier (prover/evmverifier, 27 inputs, 1 commitment)", e.gas["deploy ToyVerifier"]},
		{"deploy JobManager", e.gas["deploy JobManager"]},
		{"deploy Coordinator", e.gas["deploy Coordinator"]},
	}
	program := randElement(t)
	hcAddr := e.deploy("HashConsumer", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployHashConsumer(o, e.client, e.jmAddr, e.signer.addr, contracts.Bytes32(program), testMaxCycles)
		return a, tx, err
	})
	hc, err := bindings.NewHashConsumer(hcAddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return hc.SetRequester(o, e.requester.addr, true)
	})
	rows = append(rows, gasRow{"deploy HashConsumer (example)", e.gas["deploy HashConsumer"]})

	// Verification alone: a transaction calling the verifier, and one calling the registry.
	j0 := &onchainJob{program: program, consumer: hcAddr, input: blob(256, 1), nonce: 1, createdAt: 1, maxCycles: testMaxCycles}
	p0 := e.public(j0, blob(256, 2), 0, emptyState(), emptyState())
	proof := proveToy(t, p0)
	elems, err := p0.Elements()
	if err != nil {
		t.Fatal(err)
	}
	var inputs [27]*big.Int
	for i := range elems {
		inputs[i] = elems[i].BigInt(new(big.Int))
	}
	// The gas of a transaction calling a (view) function: sent and mined with a fixed gas limit,
	// so the figure is the receipt's, not eth_estimateGas's (which may overshoot by 1.5%).
	var lastCalldata uint64 // of the last transaction estimate sent
	estimate := func(to common.Address, md *bind.MetaData, method string, args ...interface{}) uint64 {
		a, err := md.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		data, err := a.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: e.node1.addr, To: &to, Data: data}); err != nil {
			t.Fatalf("calling %s: %v", method, err)
		}
		r := e.send(e.node1, func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.GasLimit = 3_000_000
			return bind.NewBoundContract(to, *a, e.client, e.client, e.client).RawTransact(o, data)
		})
		lastCalldata = calldataGas(data)
		return r.GasUsed
	}
	rows = append(rows,
		gasRow{"verifier.verifyProof alone (a transaction calling it)", estimate(e.toyAddr, bindings.ToyVerifierMetaData, "verifyProof", proof, inputs)},
		gasRow{"registry.verifyProof (a transaction calling it)", estimate(e.registryAddr, bindings.VerifierRegistryMetaData, "verifyProof", uint8(toyClass), proof, inputs)},
	)

	// The final path's pieces: the final verifier (one input, one commitment) and the digest.
	finalAddr := e.registerToyFinal()
	rows = append(rows, gasRow{"deploy final verifier (prover/evmverifier, 1 input, 1 commitment)", e.gas["deploy ToyFinalVerifier"]})
	digest, err := recursion.FinalDigest(p0, j0.maxCycles)
	if err != nil {
		t.Fatal(err)
	}
	finalProof := proveToyFinal(t, p0, j0.maxCycles)
	d := digest.BigInt(new(big.Int))
	rows = append(rows,
		gasRow{"final verifier.verifyProof alone (a transaction calling it)", estimate(finalAddr, bindings.ToyFinalVerifierMetaData, "verifyProof", finalProof, [1]*big.Int{d})},
		gasRow{"  its calldata (4 gas per zero byte, 16 per other byte)", lastCalldata},
		gasRow{"registry.verifyFinalProof (a transaction calling it)", estimate(e.registryAddr, bindings.VerifierRegistryMetaData, "verifyFinalProof", toyFinalClass, finalProof, d)},
	)
	// Statement.publicInputs and Statement.finalDigest of the same statement, measured with
	// gasleft() inside the harness (a transaction calling them alone is priced by EIP-7623's
	// calldata floor, which hides the difference).
	haddr := e.deploy("StatementHarness", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployStatementHarness(o, e.client)
		return a, tx, err
	})
	h, err := bindings.NewStatementHarness(haddr, e.client)
	if err != nil {
		t.Fatal(err)
	}
	hg, err := h.MeasureGas(&bind.CallOpts{Context: e.ctx}, bindings.StatementPublic{
		ProgramId: contracts.Bytes32(p0.ProgramID),
		Ctx: bindings.StatementContext{ChainId: p0.Context.ChainID, Timestamp: p0.Context.Timestamp,
			BatchNum: p0.Context.BatchNum, Sequencer: p0.Context.Sequencer},
		OnchainInput: p0.OnchainInput, OffchainHash: contracts.Bytes32(p0.OffchainHash),
		OldStateRoot: contracts.Bytes32(p0.OldStateRoot), NewStateRoot: contracts.Bytes32(p0.NewStateRoot),
		ExitCode: p0.ExitCode, Output: p0.Output,
	}, j0.maxCycles)
	if err != nil {
		t.Fatal(err)
	}
	rows = append(rows,
		gasRow{"Statement.publicInputs (27 elements; inside a call)", hg.PublicInputsGas.Uint64()},
		gasRow{"Statement.finalDigest (sha256 of the 700-byte layout; inside a call)", hg.FinalDigestGas.Uint64()},
	)

	// Onchain job.
	r := e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return hc.Request(o, blob(256, 1)) })
	j := e.jobFromReceipt(r)
	rows = append(rows, gasRow{"createJob through HashConsumer.request (256-byte input stored by the consumer)", r.GasUsed})
	rc := e.send(e.node1, e.submit(e.node1, e.result(j, e.public(j, blob(256, 2), 0, emptyState(), emptyState())), nil))
	rows = append(rows, gasRow{"submitResult (256-byte output, proof verified, HashConsumer callback)", rc.GasUsed})

	// Offchain job.
	oj := e.offchainRequest(hcAddr, program, off(100), blob(256, 3), blob(1024, 4), emptyState(), e.signer)
	rc = e.send(e.node1, e.submitOffchain(e.offchainResult(oj, blob(256, 5), emptyState()), oj))
	rows = append(rows, gasRow{"submitResultForOffchainJob (256-byte input and output, request signature, proof)", rc.GasUsed})
	rows = append(rows, gasRow{"  its calldata (4 gas per zero byte, 16 per other byte)", e.txCalldataGas(rc)})

	// The same with final proofs.
	r = e.send(e.requester, func(o *bind.TransactOpts) (*types.Transaction, error) { return hc.Request(o, blob(256, 1)) })
	j = e.jobFromReceipt(r)
	rc = e.send(e.node1, e.submit(e.node1, e.finalResult(j, e.public(j, blob(256, 2), 0, emptyState(), emptyState()), nil), nil))
	rows = append(rows, gasRow{"submitResult, final proof (256-byte output, HashConsumer callback)", rc.GasUsed})
	// The same consumer: its latest offchain nonce shares a storage slot with the onchain one,
	// which createJob made non-zero, so both offchain jobs update a non-zero slot (a fresh
	// consumer would pay 17k more for the first one).
	oj = e.offchainRequest(hcAddr, program, off(101), blob(256, 3), blob(1024, 4), emptyState(), e.signer)
	rc = e.send(e.node1, e.submitOffchain(e.finalOffchainResult(oj, blob(256, 5), nil), oj))
	rows = append(rows, gasRow{"submitResultForOffchainJob, final proof (256-byte input and output, request signature)", rc.GasUsed})
	rows = append(rows, gasRow{"  its calldata (4 gas per zero byte, 16 per other byte)", e.txCalldataGas(rc)})

	// Coordinator.
	store, storeAddr := e.deployStore()
	rows = append(rows, gasRow{"deploy SubscriptionStore (example)", e.gas["deploy SubscriptionStore"]})
	sub, sr := e.subscribe(store, storeAddr, program, blob(256, 6), 1e12, 3_000_000, 10, 60, 1)
	rows = append(rows, gasRow{"createSubscription (256-byte inputs)", sr.GasUsed})
	e.advance(60 * time.Second)
	rc = e.send(e.node1, e.deliver(sub, 1, blob(256, 6), blob(256, 7)))
	rows = append(rows, gasRow{"deliverCompute (256-byte input and output, proof, SubscriptionStore keeps the output)", rc.GasUsed})
	finalSub, _ := e.subscribe(store, storeAddr, program, blob(256, 6), 1e12, 3_000_000, 10, 60, 1)
	e.advance(60 * time.Second)
	rc = e.send(e.node1, e.deliverD(finalSub, delivery{interval: 1, input: blob(256, 6), output: blob(256, 7), final: true}))
	rows = append(rows, gasRow{"deliverCompute, final proof (256-byte input and output, SubscriptionStore keeps the output)", rc.GasUsed})
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return store.SetContainerInputs(o, blob(256, 8))
	})
	fromConsumer, _ := e.subscribe(store, storeAddr, program, nil, 1e12, 3_000_000, 1, 0, 1)
	rc = e.send(e.node1, e.deliver(fromConsumer, 1, blob(256, 8), blob(256, 7)))
	rows = append(rows, gasRow{"deliverCompute, input from the consumer's getContainerInputs (256 bytes)", rc.GasUsed})
	stateful, _ := e.subscribeTerms(store, storeAddr, program, blob(256, 6), 1e12, 3_000_000, 1, 0, 1,
		&bindings.SubscriptionTerms{MaxProofClass: toyClass, Stateful: true})
	root := statement.StateRoot([]statement.KV{{Key: 1, Value: 1}})
	rc = e.send(e.node1, e.deliverD(stateful, delivery{interval: 1, input: blob(256, 6), output: blob(256, 7), newRoot: &root}))
	rows = append(rows, gasRow{"deliverCompute, stateful subscription (the Coordinator chains the root)", rc.GasUsed})
	return rows
}

// calldataGas is the calldata cost of data: 4 gas per zero byte, 16 per other byte (EIP-2028;
// EIP-7623's floor does not apply to these transactions, whose execution costs far more).
func calldataGas(data []byte) uint64 {
	var g uint64
	for _, b := range data {
		if b == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

// txCalldataGas is the calldata cost of the transaction of receipt r.
func (e *env) txCalldataGas(r *types.Receipt) uint64 {
	e.t.Helper()
	tx, _, err := e.client.TransactionByHash(e.ctx, r.TxHash)
	if err != nil {
		e.t.Fatal(err)
	}
	return calldataGas(tx.Data())
}

// TestGasTable measures the gas of the contracts (docs/contracts.md has the table), under the
// Osaka rules and under go-ethereum's dev default (Bogota, with EIP-8037/8038 state gas).
// ZKPROVER_GAS_TABLE=path writes the markdown table to path.
func TestGasTable(t *testing.T) {
	osakaRows := measureGas(t, newEnv(t))
	devRows := measureGas(t, newEnvWith(t, func(*node.Config, *ethconfig.Config) {}))
	var b strings.Builder
	b.WriteString("| operation | gas (Osaka) | gas (Bogota, go-ethereum dev default) |\n|---|---:|---:|\n")
	for i := range osakaRows {
		fmt.Fprintf(&b, "| %s | %d | %d |\n", osakaRows[i].what, osakaRows[i].gas, devRows[i].gas)
	}
	t.Log("\n" + b.String())
	if p := os.Getenv("ZKPROVER_GAS_TABLE"); p != "" {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

package prover

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/executor"
)

// compileSolidity compiles one source with the pinned solcjs (contracts/solc,
// installed by `npm ci --prefix contracts`, which .ci/run does) and returns the
// creation bytecode of contract name.
func compileSolidity(t testing.TB, file, source, name string) []byte {
	t.Helper()
	c, err := solc.Find("../contracts")
	if err != nil {
		t.Skipf("%v; run `npm ci --prefix contracts`", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := c.Compile(ctx, map[string]string{file: source})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range out {
		if k.SourceName == file && k.Name == name && k.Bytecode != "" {
			code, err := hex.DecodeString(k.Bytecode)
			if err != nil {
				t.Fatal(err)
			}
			return code
		}
	}
	t.Fatalf("solc produced no bytecode for %s:%s", file, name)
	return nil
}

// evmChain is an in-process chain (go-ethereum's simulated backend) with one
// funded account.
type evmChain struct {
	sim    *simulated.Backend
	client simulated.Client
	from   common.Address
	signer types.Signer
	sign   func(*types.Transaction) (*types.Transaction, error)
}

func newChain(t testing.TB) *evmChain {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	balance := new(big.Int).Lsh(big.NewInt(1), 100)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: balance}}, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	return &evmChain{sim: sim, client: client, from: from, signer: signer,
		sign: func(tx *types.Transaction) (*types.Transaction, error) { return types.SignTx(tx, signer, key) }}
}

// send signs and mines a transaction and returns its receipt.
func (c *evmChain) send(t testing.TB, to *common.Address, data []byte, gas uint64) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	tx, err := c.sign(types.NewTx(&types.DynamicFeeTx{Nonce: nonce, To: to, Gas: gas, GasFeeCap: feeCap, GasTipCap: big.NewInt(1e9), Data: data}))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (c *evmChain) deploy(t testing.TB, code []byte) common.Address {
	t.Helper()
	r := c.send(t, nil, code, 15_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deployment failed (gas used %d)", r.GasUsed)
	}
	return r.ContractAddress
}

// call runs an eth_call; a revert is an error.
func (c *evmChain) call(to common.Address, data []byte) error {
	_, err := c.client.CallContract(context.Background(), ethereum.CallMsg{From: c.from, To: &to, Data: data}, nil)
	return err
}

// deployVerifier compiles and deploys the exported verifier of a class folder.
func deployVerifier(t testing.TB, chain *evmChain, classDir string) common.Address {
	src, err := os.ReadFile(filepath.Join(classDir, FileVerifier))
	if err != nil {
		t.Fatal(err)
	}
	code := compileSolidity(t, FileVerifier, string(src), "Verifier")
	return chain.deploy(t, code)
}

// intrinsicGas is the transaction's base cost plus calldata (EIP-2028 prices
// with the EIP-7623 floor ignored), to separate the verifier's execution cost.
func intrinsicGas(data []byte) uint64 {
	g := uint64(21000)
	for _, b := range data {
		if b == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

func TestSolidityVerifierOnEVM(t *testing.T) {
	_, proof := provedEcho(t)
	chain := newChain(t)
	addr := deployVerifier(t, chain, ClassDir(toyKeys(t), toyClass))

	if err := chain.call(addr, proof.Calldata); err != nil {
		t.Fatalf("the exported verifier rejects a real proof: %v", err)
	}
	r := chain.send(t, &addr, proof.Calldata, 2_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("verifyProof transaction failed")
	}
	t.Logf("verifyProof with %d bytes of onchain input and %d bytes of output: transaction gas %d, verifier execution about %d (calldata %d bytes)",
		len(proof.Public.OnchainInput), len(proof.Public.Output), r.GasUsed, r.GasUsed-intrinsicGas(proof.Calldata), len(proof.Calldata))

	forge := func(name string, mutate func(q *Proof)) {
		t.Run(name, func(t *testing.T) {
			q := clone(t, proof)
			mutate(q)
			if err := chain.call(addr, q.Calldata); err == nil {
				t.Fatal("the exported verifier accepted a forged proof")
			}
		})
	}
	// A changed public input: the statement says the output differs.
	forge("changed output", func(q *Proof) {
		q.Public.Output[0] ^= 1
		q.refill(t)
	})
	forge("changed program id", func(q *Proof) {
		q.Public.ProgramID.SetUint64(1)
		q.refill(t)
	})
	// A forged proof: C replaced by C + A (still a valid curve point).
	forge("forged point", func(q *Proof) {
		gp := q.mustBN254(t)
		gp.Krs.Add(&gp.Krs, &gp.Ar)
		q.setRaw(t, gp)
		elems, err := q.Public.Elements()
		if err != nil {
			t.Fatal(err)
		}
		if err := q.fillForms(gp, elems[:]); err != nil {
			t.Fatal(err)
		}
	})
	forge("forged commitment", func(q *Proof) {
		gp := q.mustBN254(t)
		gp.Commitments[0].Add(&gp.Commitments[0], &gp.Ar)
		q.setRaw(t, gp)
		elems, err := q.Public.Elements()
		if err != nil {
			t.Fatal(err)
		}
		if err := q.fillForms(gp, elems[:]); err != nil {
			t.Fatal(err)
		}
	})
	forge("garbage bytes", func(q *Proof) {
		q.Calldata = append(q.Calldata[:4:4], bytes.Repeat([]byte{0x11}, len(q.Calldata)-4)...)
	})
}

// TestGasFullStatement measures on-chain verification gas for a real-circuit
// proof of a run with 256 bytes of onchain input and 256 bytes of output (the
// echo program, 453 cycles, so a class of at least 2^9). It needs keys made
// beforehand: ZKPROVER_GAS_KEYS=<data>/keys with such a class (zkprover setup
// --cycles 2^10 --data <data>); without it the test is skipped.
func TestGasFullStatement(t *testing.T) {
	dir := os.Getenv("ZKPROVER_GAS_KEYS")
	if dir == "" {
		t.Skip("set ZKPROVER_GAS_KEYS to a key store with a class of at least 2^9 to measure gas with the real circuit")
	}
	p, err := Open(context.Background(), dir, WithLogger(zerolog.Nop()))
	if err != nil {
		t.Fatal(err)
	}
	proof, err := p.Prove(context.Background(), echoProgram(t, 64), testInput(64), executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	chain := newChain(t)
	addr := deployVerifier(t, chain, ClassDir(dir, proof.Class))
	r := chain.send(t, &addr, proof.Calldata, 2_000_000)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("verifyProof transaction failed")
	}
	t.Logf("real circuit, class 2^%d, %d bytes in / %d bytes out: transaction gas %d, verifier execution about %d, calldata %d bytes",
		proof.Class, len(proof.Public.OnchainInput), len(proof.Public.Output), r.GasUsed, r.GasUsed-intrinsicGas(proof.Calldata), len(proof.Calldata))
}

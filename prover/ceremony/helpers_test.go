package ceremony_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/statement"
)

func ctxT(t testing.TB) context.Context {
	d := 10 * time.Minute
	if tt, ok := t.(*testing.T); ok {
		if dl, ok := tt.Deadline(); ok {
			d = max(d, time.Until(dl)-30*time.Second) // the slow, opt-in tests run with a long -timeout
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// beacon is a test beacon (32 bytes) made from a label.
func beacon(label string) []byte {
	b := make([]byte, 32)
	copy(b, label)
	return b
}

// fibonacci is the fibonacci example with input 10 (fits class 2^8).
func fibonacci(t testing.TB) (*executor.Program, *executor.Input) {
	t.Helper()
	elf, err := os.ReadFile(filepath.Join("..", "..", "examples", "fibonacci", "fibonacci.elf"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	in := &executor.Input{Onchain: []byte{10, 0, 0, 0}, Context: statement.Context{ChainID: 1, Timestamp: 1_700_000_000, BatchNum: 3}}
	return prog, in
}

// cp copies a file into dir under its base name and returns the copy.
func cp(t testing.TB, src, dir string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// splitFile returns a ceremony file's header (JSON) and body.
func splitFile(t testing.TB, path string) (map[string]any, []byte) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b[:8]) != "ZKPCRMNY" {
		t.Fatalf("%s: magic %q", path, b[:8])
	}
	n := binary.BigEndian.Uint32(b[8:12])
	var hdr map[string]any
	if err := json.Unmarshal(b[12:12+n], &hdr); err != nil {
		t.Fatal(err)
	}
	return hdr, b[12+n:]
}

// joinFile writes a ceremony file from a header and a body.
func joinFile(t testing.TB, path string, hdr map[string]any, body []byte) {
	t.Helper()
	hb, err := json.Marshal(hdr)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.WriteString("ZKPCRMNY")
	if err := binary.Write(&out, binary.BigEndian, uint32(len(hb))); err != nil {
		t.Fatal(err)
	}
	out.Write(hb)
	out.Write(body)
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readerFrom / writerTo: gnark's serialisation.
type readerFrom interface {
	ReadFrom(io.Reader) (int64, error)
}
type writerTo interface {
	WriteTo(io.Writer) (int64, error)
}

// rewriteBody decodes a ceremony file's body into v, lets edit change it and
// writes the file back with the same header.
func rewriteBody[T interface {
	readerFrom
	writerTo
}](t testing.TB, path string, v T, edit func(T)) {
	t.Helper()
	hdr, body := splitFile(t, path)
	if _, err := v.ReadFrom(bytes.NewReader(body)); err != nil {
		t.Fatal(err)
	}
	edit(v)
	var nb bytes.Buffer
	if _, err := v.WriteTo(&nb); err != nil {
		t.Fatal(err)
	}
	joinFile(t, path, hdr, nb.Bytes())
}

// evmChain is go-ethereum's simulated backend with one funded account, to
// run the exported verifier (as prover/evm_test.go does).
type evmChain struct {
	sim    *simulated.Backend
	client simulated.Client
	from   common.Address
	sign   func(*types.Transaction) (*types.Transaction, error)
}

func newChain(t testing.TB) *evmChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	return &evmChain{sim: sim, client: client, from: from,
		sign: func(tx *types.Transaction) (*types.Transaction, error) { return types.SignTx(tx, signer, key) }}
}

// deployVerifier compiles the Verifier.sol of a class folder with the pinned
// solcjs and deploys it; the test skips when solc is not installed.
func (c *evmChain) deployVerifier(t testing.TB, classDir string) common.Address {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(classDir, prover.FileVerifier))
	if err != nil {
		t.Fatal(err)
	}
	comp, err := solc.Find(filepath.Join("..", "..", "contracts"))
	if err != nil {
		t.Skipf("%v; run `npm ci --prefix contracts`", err)
	}
	out, err := comp.Compile(ctxT(t), map[string]string{prover.FileVerifier: string(src)})
	if err != nil {
		t.Fatal(err)
	}
	var code []byte
	for _, k := range out {
		if k.SourceName == prover.FileVerifier && k.Name == "Verifier" && k.Bytecode != "" {
			if code, err = hex.DecodeString(strings.TrimPrefix(k.Bytecode, "0x")); err != nil {
				t.Fatal(err)
			}
		}
	}
	if code == nil {
		t.Fatal("solc produced no bytecode for Verifier")
	}
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
	tx, err := c.sign(types.NewTx(&types.DynamicFeeTx{Nonce: nonce, Gas: 15_000_000, GasFeeCap: feeCap, GasTipCap: big.NewInt(1e9), Data: code}))
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
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verifier deployment failed (gas used %d)", r.GasUsed)
	}
	return r.ContractAddress
}

// call runs an eth_call; a revert is an error.
func (c *evmChain) call(to common.Address, data []byte) error {
	_, err := c.client.CallContract(context.Background(), ethereum.CallMsg{From: c.from, To: &to, Data: data}, nil)
	return err
}

// checkOnEVM deploys the class's exported verifier and checks that the proof
// verifies there and that the same proof with another output is refused.
func checkOnEVM(t testing.TB, classDir string, proof *prover.Proof) {
	t.Helper()
	chain := newChain(t)
	addr := chain.deployVerifier(t, classDir)
	if err := chain.call(addr, proof.Calldata); err != nil {
		t.Fatalf("the exported verifier rejects a proof made with the same keys: %v", err)
	}
	elems, err := proof.Public.Elements()
	if err != nil {
		t.Fatal(err)
	}
	forged := append([]fr.Element(nil), elems[:]...)
	var one fr.Element
	one.SetOne()
	forged[len(forged)-1].Add(&forged[len(forged)-1], &one)
	cd, err := prover.EncodeCalldata(proof.SolidityProof, forged)
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.call(addr, cd); err == nil {
		t.Fatal("the exported verifier accepts the proof for another statement")
	}
}

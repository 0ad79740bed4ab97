package chain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/relayer"
)

// batch is the number of results relayed per benchmark iteration.
const batch = 8

// BenchmarkRelayProvenResults relays batches of pre-made proofs (onchain jobs of the example
// consumer, proven at class 2^8) through the relayer over JSON-RPC to the embedded chain,
// sealing a block as soon as the relayer has stepped (no block-time wait), with 2
// confirmations. Reported: results/min and ms from handing a proven result to the relayer to
// its confirmed delivery (mean over the batch).
func BenchmarkRelayProvenResults(b *testing.B) {
	keysDir, verifier := keys(b)
	_, prog := fibProgram(b)
	ctx := context.Background()
	relayKey, _ := crypto.GenerateKey()
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", Fund: []common.Address{crypto.PubkeyToAddress(relayKey.PublicKey)}, Logger: zerolog.Nop()})
	if err != nil {
		b.Fatal(err)
	}
	defer chain.Close()
	dep, err := chain.Deploy(ctx, verifier, class, contracts.Bytes32(prog.ID), 256)
	if err != nil {
		b.Fatal(err)
	}
	p, err := prover.Open(ctx, keysDir, prover.WithClasses(class))
	if err != nil {
		b.Fatal(err)
	}
	consumer, _ := bindings.NewOutputConsumer(dep.Consumer, chain.Client())
	user, _ := bind.NewKeyedTransactorWithChainID(chain.User, chain.ChainID())
	rpc, err := ethclient.Dial(chain.URL())
	if err != nil {
		b.Fatal(err)
	}
	defer rpc.Close()
	rel, err := openRelayer(ctx, rpc, relayKey, b.TempDir(), relayer.Options{Logger: zerolog.Nop()})
	if err != nil {
		b.Fatal(err)
	}
	defer rel.Close()

	// Pre-make b.N batches of proofs.
	var reqs []relayer.Request
	for i := 0; i < b.N*batch; i++ {
		reqs = append(reqs, premade(b, ctx, chain, consumer, user, dep, p, prog, uint32(i%30)))
	}
	b.ResetTimer()
	var total time.Duration
	start := time.Now()
	for i := 0; i < b.N; i++ {
		handed := time.Now()
		ids := make([]string, 0, batch)
		for _, r := range reqs[i*batch : (i+1)*batch] {
			if _, err := rel.Submit(r); err != nil {
				b.Fatal(err)
			}
			ids = append(ids, r.ID)
		}
		done := map[string]bool{}
		for rounds := 0; len(done) < len(ids); rounds++ {
			if rounds > 50 {
				b.Fatalf("not confirmed after %d blocks", rounds)
			}
			if err := rel.Step(ctx); err != nil {
				b.Fatal(err)
			}
			for _, id := range ids {
				tx, _ := rel.Get(id)
				if !done[id] && tx.State.Terminal() {
					if tx.State != relayer.Confirmed {
						b.Fatalf("%s: %s", id, tx.Status())
					}
					done[id] = true
					total += tx.DoneAt.Sub(handed)
				}
			}
			chain.Commit()
		}
	}
	el := time.Since(start)
	b.ReportMetric(float64(b.N*batch)/el.Minutes(), "results/min")
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N*batch), "ms/delivery")
}

// premade requests fib(n) on chain and proves it, returning the delivery.
func premade(b *testing.B, ctx context.Context, chain *devchain.Chain, c *bindings.OutputConsumer, user *bind.TransactOpts,
	dep *devchain.Deployment, p *prover.Prover, prog *executor.Program, n uint32) relayer.Request {
	b.Helper()
	nonce, err := c.GetNextNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		b.Fatal(err)
	}
	tx, err := c.Request(user, le32(n))
	if err != nil {
		b.Fatal(err)
	}
	chain.Commit()
	r, err := chain.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != 1 {
		b.Fatalf("request: %v", err)
	}
	h, err := chain.Client().HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		b.Fatal(err)
	}
	jobID := contracts.JobID(nonce, dep.Consumer)
	in := &executor.Input{Onchain: le32(n), Context: contracts.OnchainJobContext(chain.ChainID().Uint64(), h.Time, nonce, dep.Consumer)}
	proof, err := p.Prove(ctx, prog, in, executor.Config{MaxCycles: 256})
	if err != nil {
		b.Fatal(err)
	}
	res, err := contracts.NewResultWithClass(jobID, 256, &proof.Public, proof.ProofClass(), proof.SolidityProof)
	if err != nil {
		b.Fatal(err)
	}
	req, err := bridge.SubmitResult(dep.JobManager, res, nil, dep.Consumer, false)
	if err != nil {
		b.Fatal(err)
	}
	return req
}

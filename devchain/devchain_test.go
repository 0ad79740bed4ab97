package devchain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/devchain"
)

func TestChainServesJSONRPCAndSeals(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	funded := common.HexToAddress("0x00000000000000000000000000000000000000f1")
	c, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", BlockPeriod: 50 * time.Millisecond,
		Fund: []common.Address{funded}, Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	go func() { _ = c.Run(ctx) }()
	rpc, err := ethclient.Dial(c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	id, err := rpc.ChainID(ctx)
	if err != nil || id.Cmp(c.ChainID()) != 0 {
		t.Fatalf("chain id over JSON-RPC %v (%v), want %v", id, err, c.ChainID())
	}
	for _, a := range []common.Address{funded, crypto.PubkeyToAddress(c.User.PublicKey), crypto.PubkeyToAddress(c.Deployer.PublicKey)} {
		bal, err := rpc.BalanceAt(ctx, a, nil)
		if err != nil || bal.Sign() == 0 {
			t.Fatalf("%s not funded: %v %v", a, bal, err)
		}
	}
	start, _ := rpc.BlockNumber(ctx)
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := rpc.BlockNumber(ctx)
		if err == nil && n >= start+3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no blocks sealed: head %d", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	x1, x2, y := devchain.DevKey("x"), devchain.DevKey("x"), devchain.DevKey("y")
	if crypto.PubkeyToAddress(x1.PublicKey) != crypto.PubkeyToAddress(x2.PublicKey) ||
		crypto.PubkeyToAddress(x1.PublicKey) == crypto.PubkeyToAddress(y.PublicKey) {
		t.Fatal("dev keys are not deterministic per name")
	}
	if _, err := devchain.Start(ctx, devchain.Options{Addr: c.URL()[len("http://"):]}); err == nil {
		t.Fatal("a second chain started on a busy address")
	}
}

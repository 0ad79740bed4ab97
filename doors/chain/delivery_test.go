package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/relayer"
)

// openRelayer opens a relayer for key's account that reads reverts with ClassifyDelivery, as
// serve does.
func openRelayer(ctx context.Context, client relayer.Client, key *ecdsa.PrivateKey, dir string, o relayer.Options) (*relayer.Manager, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	from, sign := relayer.KeySigner(key, id)
	o.Classify = bridge.ClassifyDelivery
	return relayer.Open(ctx, client, from, sign, dir, o)
}

func TestClassifyDelivery(t *testing.T) {
	a, err := bindings.JobManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	pack := func(name string, args ...interface{}) []byte {
		e := a.Errors[name]
		b, err := e.Inputs.Pack(args...)
		if err != nil {
			t.Fatal(err)
		}
		return append(append([]byte{}, e.ID[:4]...), b...)
	}
	id := [32]byte{7}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobNotPending", id, contracts.JobCompleted)); !v.Already {
		t.Fatalf("completed job: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobNotPending", id, contracts.JobCancelled)); v.Already || !strings.Contains(v.Reason, "cancelled") {
		t.Fatalf("cancelled job: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitOffchainResult, pack("JobAlreadyExists", id)); !v.Already {
		t.Fatalf("offchain job recorded: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("JobAlreadyExists", id)); v.Already {
		t.Fatalf("JobAlreadyExists for an onchain job's result: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindSubmitResult, pack("MaxCyclesMismatch", uint64(1), uint64(2))); v.Already || !strings.Contains(v.Reason, "MaxCyclesMismatch(1, 2)") {
		t.Fatalf("mismatch: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{0x2f, 0x4c, 0xa8, 0x5b}); !v.Already {
		t.Fatalf("IntervalCompleted: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{0x88, 0xa2, 0x1e, 0x4f}); !v.Already {
		t.Fatalf("NodeRespondedAlready: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, nil); v.Already || v.Reason == "" {
		t.Fatalf("empty revert: %+v", v)
	}
	if v := bridge.ClassifyDelivery(bridge.KindDeliverCompute, []byte{1, 2, 3, 4, 5}); v.Already || !strings.Contains(v.Reason, "0x0102030405") {
		t.Fatalf("unknown revert: %+v", v)
	}
}

func TestRelayIDs(t *testing.T) {
	if got := bridge.JobRelayID([32]byte{0xab}); got != "job/0xab"+strings.Repeat("0", 62) {
		t.Fatal(got)
	}
	if got := bridge.SubscriptionRelayID(3, 7); got != "sub/3/7" {
		t.Fatal(got)
	}
	res := &contracts.ResultWithMetadata{JobID: [32]byte{1}, MaxCycles: 256, ProgramID: make([]byte, 32), Proof: make([]byte, 384)}
	jm, consumer := common.Address{19: 1}, common.Address{19: 2}
	r, err := bridge.SubmitResult(jm, res, nil, consumer, true)
	if err != nil || r.ID != bridge.JobRelayID(res.JobID) || r.To != jm || r.Kind != bridge.KindSubmitResult ||
		r.Group != "consumer/"+consumer.Hex() || len(r.Data) < 4 {
		t.Fatalf("%+v %v", r, err)
	}
	if r, _ := bridge.SubmitResult(jm, res, nil, consumer, false); r.Group != "" {
		t.Fatalf("unordered delivery in group %q", r.Group)
	}
	cp := &contracts.ComputeProof{Proof: make([]byte, 384)}
	d, err := bridge.DeliverCompute(jm, 3, 7, nil, nil, cp, 5e9, true)
	if err != nil || d.ID != "sub/3/7" || d.Group != "sub/3" || d.Kind != bridge.KindDeliverCompute || d.MaxFeeCap.Uint64() != 5e9 {
		t.Fatalf("%+v %v", d, err)
	}
	if d, err := bridge.DeliverCompute(jm, 3, 7, nil, nil, cp, 0, true); err == nil || !strings.Contains(err.Error(), "maxGasPrice 0") {
		t.Fatalf("a delivery under maxGasPrice 0 (the Coordinator refuses any gas price above it): %+v %v", d, err)
	}
}

// TestRevertingDeliveryFailsWithReason: a delivery that reverts in simulation is never sent;
// it ends failed with the revert decoded by ClassifyDelivery, through a relayer that knows
// no contract.
func TestRevertingDeliveryFailsWithReason(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}},
		simulated.WithBlockGasLimit(60_000_000), func(_ *gethnode.Config, ec *ethconfig.Config) {
			c := *ec.Genesis.Config
			c.BogotaTime = nil // Osaka rules (see contracts/env_test.go)
			ec.Genesis.Config = &c
		})
	defer sim.Close()
	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	owner, _ := bind.NewKeyedTransactorWithChainID(key, chainID)
	regAddr, _, _, err := bindings.DeployVerifierRegistry(owner, client, from)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	jmAddr, _, _, err := bindings.DeployJobManager(owner, client, regAddr, from)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	m, err := openRelayer(ctx, client, key, t.TempDir(), relayer.Options{Logger: zerolog.New(zerolog.NewTestWriter(t))})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	res := &contracts.ResultWithMetadata{JobID: [32]byte{1}, MaxCycles: 256, ProgramID: make([]byte, 32), Proof: make([]byte, 384)}
	req, err := bridge.SubmitResult(jmAddr, res, nil, common.Address{19: 7}, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Submit(req); err != nil {
		t.Fatal(err)
	}
	var tx relayer.Tx
	for i := 0; i < 3 && !tx.State.Terminal(); i++ {
		_ = m.Step(ctx)
		tx, _ = m.Get(req.ID)
		sim.Commit()
	}
	if tx.State != relayer.Failed || tx.Class != relayer.Reverted || !strings.Contains(tx.Reason, "JobNotFound(0x0100") {
		t.Fatalf("want failed with JobNotFound: %s", tx.Status())
	}
	if n, _ := client.NonceAt(ctx, from, nil); len(tx.Attempts) != 0 || n != 2 {
		t.Fatalf("a reverting delivery was sent: %d attempts, nonce %d", len(tx.Attempts), n)
	}
}

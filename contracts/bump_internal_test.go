package contracts

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
)

// TestAwaitRecognisesEarlier: the wait ends with the receipt of a transaction the one waited
// for replaced (mined instead of it: another node's pool had it), not with a wait to the
// deadline or ErrNonceTaken.
func TestAwaitRecognisesEarlier(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	defer sim.Close()
	client := sim.Client()
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		t.Fatal(err)
	}
	transfer := func(feeCap int64) *types.Transaction {
		tx, err := opts.Signer(from, types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: 0, GasTipCap: big.NewInt(1e9),
			GasFeeCap: big.NewInt(feeCap), Gas: 21000, To: &from, Value: new(big.Int)}))
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	mined, lost := transfer(10e9), transfer(20e9) // the same nonce: lost replaced mined, never left
	if err := client.SendTransaction(ctx, mined); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	rc, err := awaitTx(ctx, txWait{chain: client, opts: opts, fees: defaultFees(), log: zerolog.Nop(), what: "a transfer",
		earlier: []common.Hash{mined.Hash()}}, lost)
	if err != nil || rc.TxHash != mined.Hash() {
		t.Fatalf("waiting for %s after %s was mined: %+v, %v", lost.Hash(), mined.Hash(), rc, err)
	}
}

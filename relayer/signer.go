package relayer

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs a transaction of the sender's account and returns the signed transaction (the
// model of go-ethereum's bind.SignerFn and op-service txmgr's SignerFn). It may be a local key
// (KeySigner), a remote signer or a KMS; its call is bounded by Options.RPCTimeout like every
// call to the node. The manager checks that the signed transaction is the one it asked for,
// from its sender.
type Signer func(ctx context.Context, tx *types.Transaction) (*types.Transaction, error)

// KeySigner returns the address of key and a Signer that signs with key for chainID (the
// chain's EIP-155 id; a transaction for another chain is refused).
func KeySigner(key *ecdsa.PrivateKey, chainID *big.Int) (common.Address, Signer) {
	s := types.LatestSignerForChainID(chainID)
	return crypto.PubkeyToAddress(key.PublicKey), func(_ context.Context, tx *types.Transaction) (*types.Transaction, error) {
		return types.SignTx(tx, s, key)
	}
}

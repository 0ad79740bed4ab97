package devchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// DeployCode deploys creation bytecode from the Deployer account and
// returns the contract's address, sealing a block.
func (c *Chain) DeployCode(ctx context.Context, code []byte) (common.Address, error) {
	r, err := c.Transact(ctx, nil, code, 15_000_000)
	if err != nil {
		return common.Address{}, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("deployment failed (%d gas)", r.GasUsed)
	}
	return r.ContractAddress, nil
}

// Transact sends data to to (nil: a contract creation) from the Deployer
// account with the given gas limit, seals a block and returns the receipt
// (a reverted transaction is a receipt with a failed status, not an error).
func (c *Chain) Transact(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(c.Deployer.PublicKey)
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, To: to, Gas: gas,
		GasFeeCap: feeCap, GasTipCap: big.NewInt(1e9), Data: data}), types.LatestSignerForChainID(c.chainID), c.Deployer)
	if err != nil {
		return nil, err
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("sending: %w", err)
	}
	c.Commit()
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
	}
	return r, nil
}

// Call runs an eth_call from the Deployer account; a revert is an error.
func (c *Chain) Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return c.client.CallContract(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(c.Deployer.PublicKey), To: &to, Data: data}, nil)
}

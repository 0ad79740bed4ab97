package contracts

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
)

// Chain is what Deploy needs from a node connection (an *ethclient.Client, or the simulated
// backend's client).
type Chain interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deployment lists the addresses of a deployed set of contracts.
type Deployment struct {
	ChainID     uint64                 `json:"chainId"`
	Owner       common.Address         `json:"owner"`
	Registry    common.Address         `json:"verifierRegistry"`
	JobManager  common.Address         `json:"jobManager"`
	Coordinator common.Address         `json:"coordinator"`
	Verifiers   map[int]common.Address `json:"verifiers"` // class (log2 of steps) -> verifier
	Gas         map[string]uint64      `json:"gasUsed"`
	Txs         map[string]common.Hash `json:"transactions"`
}

// Deploy deploys the VerifierRegistry (owned by opts.From), one verifier per class from its
// creation bytecode (compiled from the Verifier.sol the prover exports), registers them, and
// deploys the JobManager and the Coordinator on top of the registry. It waits for each
// transaction to be mined.
func Deploy(ctx context.Context, chain Chain, opts *bind.TransactOpts, verifiers map[int][]byte, log zerolog.Logger) (*Deployment, error) {
	log = log.With().Str("component", "contracts").Logger()
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the chain id: %w", err)
	}
	d := &Deployment{ChainID: id.Uint64(), Owner: opts.From, Verifiers: map[int]common.Address{},
		Gas: map[string]uint64{}, Txs: map[string]common.Hash{}}
	o := *opts
	o.Context = ctx

	wait := func(what string, tx *types.Transaction) (*types.Receipt, error) {
		r, err := bind.WaitMined(ctx, chain, tx)
		if err != nil {
			return nil, fmt.Errorf("waiting for %s (%s): %w", what, tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("%s failed (%s, %d gas)", what, tx.Hash(), r.GasUsed)
		}
		d.Gas[what], d.Txs[what] = r.GasUsed, tx.Hash()
		log.Info().Str("what", what).Str("tx", tx.Hash().Hex()).Uint64("gas", r.GasUsed).Msg("mined")
		return r, nil
	}

	addr, tx, registry, err := bindings.DeployVerifierRegistry(&o, chain, opts.From)
	if err != nil {
		return nil, fmt.Errorf("deploying the VerifierRegistry: %w", err)
	}
	if _, err := wait("VerifierRegistry", tx); err != nil {
		return nil, err
	}
	d.Registry = addr

	classes := make([]int, 0, len(verifiers))
	for k := range verifiers {
		classes = append(classes, k)
	}
	sort.Ints(classes)
	vabi, err := bindings.IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("verifier ABI: %w", err)
	}
	for _, k := range classes {
		if k < 0 || k > 63 {
			return nil, fmt.Errorf("class %d out of range 0..63", k)
		}
		what := fmt.Sprintf("Verifier class %d", k)
		vaddr, tx, _, err := bind.DeployContract(&o, *vabi, verifiers[k], chain)
		if err != nil {
			return nil, fmt.Errorf("deploying the verifier of class %d: %w", k, err)
		}
		if _, err := wait(what, tx); err != nil {
			return nil, err
		}
		tx, err = registry.SetVerifier(&o, uint8(k), vaddr)
		if err != nil {
			return nil, fmt.Errorf("registering the verifier of class %d: %w", k, err)
		}
		if _, err := wait(fmt.Sprintf("setVerifier class %d", k), tx); err != nil {
			return nil, err
		}
		d.Verifiers[k] = vaddr
	}

	d.JobManager, tx, _, err = bindings.DeployJobManager(&o, chain, d.Registry, opts.From)
	if err != nil {
		return nil, fmt.Errorf("deploying the JobManager: %w", err)
	}
	if _, err := wait("JobManager", tx); err != nil {
		return nil, err
	}
	d.Coordinator, tx, _, err = bindings.DeployCoordinator(&o, chain, d.Registry)
	if err != nil {
		return nil, fmt.Errorf("deploying the Coordinator: %w", err)
	}
	if _, err := wait("Coordinator", tx); err != nil {
		return nil, err
	}
	return d, nil
}

package contracts

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/prover/evmverifier"
)

// Chain is what Deploy needs from a node connection (an *ethclient.Client, or the simulated
// backend's client).
type Chain interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Deployment lists the addresses of a deployed set of contracts.
type Deployment struct {
	ChainID uint64 `json:"chainId"`
	// Block is the block of the first contract (the registry): nothing of this deployment
	// happened before it, so a node on a fresh data folder starts following there
	// (start-block) rather than at block 0.
	Block       uint64                 `json:"block"`
	Owner       common.Address         `json:"owner"`
	Registry    common.Address         `json:"verifierRegistry"`
	JobManager  common.Address         `json:"jobManager"`
	Coordinator common.Address         `json:"coordinator"`
	Verifiers   map[int]common.Address `json:"verifiers"` // whole-run class (its byte, 0..0x7F) -> verifier
	// Segment class k -> the final verifier registered under FinalProofClass(k) (DeployWithFinal).
	FinalVerifiers map[int]common.Address `json:"finalVerifiers,omitempty"`
	// VerifierDelay is the registry's sealed delay in seconds (Seal; 0: not sealed, the owner
	// may put any verifier in place at once).
	VerifierDelay uint64 `json:"verifierDelay"`
	// PlannedDelay is the seal's delay the deployment was started with (seconds; 0: none):
	// a resume must ask for the same (DeployPlan.SealDelay).
	PlannedDelay uint64 `json:"plannedVerifierDelay,omitempty"`
	// Gas is each mined transaction's gas, by step ("VerifierRegistry", "Verifier class 12",
	// "setVerifier class 12", "JobManager", "Coordinator", "seal"); Txs each step's
	// transaction, mined or (no Gas entry) sent.
	Gas map[string]uint64      `json:"gasUsed"`
	Txs map[string]common.Hash `json:"transactions"`
	// Nonces is each sent step's nonce: a transaction the chain does not know is sent again
	// with it, never with a new one (both could be mined).
	Nonces map[string]uint64 `json:"nonces,omitempty"`
	// Replaced lists, by step, the transactions its Txs entry replaced (the same nonce, lower
	// fees: not mined after DeployPlan.BumpAfter blocks); until the step is mined any of them
	// may be.
	Replaced map[string][]common.Hash `json:"replaced,omitempty"`
	// Incomplete: a deployment stopped midway (Resume goes on from it); its addresses are of
	// the contracts mined so far, a verifier's whether or not it is registered yet.
	Incomplete bool `json:"incomplete,omitempty"`
}

// Deploy deploys the VerifierRegistry (owned by opts.From), one verifier per whole-run class
// from its creation bytecode (compiled from the Verifier.sol the prover exports), registers them
// under their class, and deploys the JobManager and the Coordinator on top of the registry. The
// keys of verifiers are whole-run class bytes, 0..0x7F: k for the base class of 2^k steps,
// Sha256ClassFlag|k or KeccakClassFlag|k for a hash class of 2^k steps. It waits for each
// transaction to be mined. DeployWithFinal also registers final verifiers.
func Deploy(ctx context.Context, chain Chain, opts *bind.TransactOpts, verifiers map[int][]byte, log zerolog.Logger) (*Deployment, error) {
	return DeployWithFinal(ctx, chain, opts, verifiers, nil, log)
}

// DeployWithFinal is Deploy with final verifiers too: finals maps a segment class k (log2 of
// the segments' steps) to the creation bytecode of the final circuit's verifier for segments of
// 2^k steps (gnark's export of the final key, compiled: CompileVerifier), registered under
// FinalProofClass(k). Either map may be empty.
func DeployWithFinal(ctx context.Context, chain Chain, opts *bind.TransactOpts, verifiers, finals map[int][]byte, log zerolog.Logger) (*Deployment, error) {
	d := &Deployment{}
	if err := Resume(ctx, chain, opts, d, DeployPlan{Verifiers: verifiers, Finals: finals}, log); err != nil {
		return nil, err
	}
	return d, nil
}

// AddVerifier deploys a verifier from its creation bytecode and registers it under proofClass
// (a whole-run class 0x00..0x7F, or FinalProofClass(k) for a final verifier) in the VerifierRegistry
// at registry, whose owner opts must be. It waits for both transactions and returns the
// verifier's address. A verifier registered under a class replaces the previous one. A sealed
// registry is refused before anything is sent (ErrSealed): there, ProposeVerifier, then
// ActivateVerifier after the registry's delay.
func AddVerifier(ctx context.Context, chain Chain, opts *bind.TransactOpts, registry common.Address, proofClass uint8, code []byte) (common.Address, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return common.Address{}, err
	}
	o := *opts
	o.Context = ctx
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return common.Address{}, err
	}
	if err := checkOwner(ctx, reg, opts.From); err != nil {
		return common.Address{}, err
	}
	if d, err := sealedDelay(ctx, reg); err != nil {
		return common.Address{}, err
	} else if d != 0 {
		return common.Address{}, fmt.Errorf("class %#x: %w (ProposeVerifier, ActivateVerifier; its delay: %s)", proofClass, ErrSealed, time.Duration(d)*time.Second)
	}
	vaddr, tx, err := deployVerifier(&o, chain, code)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying the verifier of class %#x: %w", proofClass, err)
	}
	if _, err := waitMined(ctx, chain, opts, fmt.Sprintf("verifier of class %#x", proofClass), tx); err != nil {
		return common.Address{}, err
	}
	if tx, err = reg.SetVerifier(&o, proofClass, vaddr); err != nil {
		return common.Address{}, sendError(fmt.Sprintf("registering the verifier of class %#x", proofClass), err)
	}
	if _, err := waitMined(ctx, chain, opts, fmt.Sprintf("setVerifier class %#x", proofClass), tx); err != nil {
		return common.Address{}, err
	}
	return vaddr, nil
}

// Seal seals the VerifierRegistry at registry (owned by opts.From) with delay: from then on
// every verifier put in place must be proposed (proposeVerifier) and wait delay (whole seconds,
// 1 s to 365 days); removing one stays immediate. Once only. It waits for the transaction and
// returns its receipt.
func Seal(ctx context.Context, chain Chain, opts *bind.TransactOpts, registry common.Address, delay time.Duration) (*types.Receipt, error) {
	if delay < time.Second || delay > 365*24*time.Hour || delay%time.Second != 0 {
		return nil, fmt.Errorf("verifier delay %s: want whole seconds from 1s to 365 days", delay)
	}
	o := *opts
	o.Context = ctx
	reg, err := bindings.NewVerifierRegistry(registry, chain)
	if err != nil {
		return nil, err
	}
	tx, err := reg.Seal(&o, uint64(delay/time.Second))
	if err != nil {
		return nil, sendError("sealing the verifier registry", err)
	}
	return waitMined(ctx, chain, opts, "seal", tx)
}

// wholeRunClassName names a whole-run class in DeployWithFinal's gas and transaction keys:
// "class k" for a base class (as before hash classes), "class 0x4b (sha256 2^11)" for a hash
// class.
func wholeRunClassName(c uint8) string {
	if c <= MaxSingleClass {
		return fmt.Sprintf("class %d", c)
	}
	kind := "sha256"
	if c&0xE0 == KeccakClassFlag {
		kind = "keccak"
	}
	return fmt.Sprintf("class %#x (%s 2^%d)", c, kind, c&0x1F)
}

// deployVerifier sends the creation transaction of a verifier (no constructor arguments).
func deployVerifier(o *bind.TransactOpts, chain Chain, code []byte) (common.Address, *types.Transaction, error) {
	if len(code) == 0 {
		return common.Address{}, nil, errors.New("empty verifier bytecode")
	}
	vabi, err := bindings.IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("verifier ABI: %w", err)
	}
	addr, tx, _, err := bind.DeployContract(o, *vabi, code, chain)
	return addr, tx, err
}

// waitMined waits for opts's transaction tx to be mined and checks it succeeded; a transaction
// not mined after DefaultBumpAfter blocks is replaced with higher fees (up to DefaultMaxFeeGwei),
// logged on ctx's logger (zerolog.Ctx).
func waitMined(ctx context.Context, chain Chain, opts *bind.TransactOpts, what string, tx *types.Transaction) (*types.Receipt, error) {
	r, err := awaitTx(ctx, txWait{chain: chain, opts: opts, fees: defaultFees(), what: what,
		log: zerolog.Ctx(ctx).With().Str("component", "contracts").Logger()}, tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s failed (%s, %d gas)", what, r.TxHash, r.GasUsed)
	}
	return r, nil
}

// CompileVerifier compiles a Groth16 verifier (the prover's class-<k>/Verifier.sol, a final
// key store's Verifier.sol: package prover/evmverifier's contract, or gnark's export in key
// stores made before it) with the project's pinned
// solcjs (solc.Find), and returns the creation bytecode of its one contract with a verifyProof
// function and the number of public inputs verifyProof takes: 27 for a whole-run verifier
// (register it under its class), 1 for a final verifier (register it under FinalProofClass).
func CompileVerifier(ctx context.Context, c *solc.Compiler, source []byte) (code []byte, numPublic int, err error) {
	compiled, err := c.Compile(ctx, map[string]string{"Verifier.sol": string(source)})
	if err != nil {
		return nil, 0, fmt.Errorf("compiling the verifier: %w", err)
	}
	var found []string
	for _, k := range compiled {
		if k.Bytecode == "" {
			continue
		}
		a, err := abi.JSON(bytes.NewReader(k.ABI))
		if err != nil {
			return nil, 0, fmt.Errorf("ABI of %s: %w", k.Name, err)
		}
		m, ok := a.Methods["verifyProof"]
		if !ok || len(m.Inputs) != 2 || m.Inputs[0].Type.T != abi.BytesTy || m.Inputs[1].Type.T != abi.ArrayTy {
			continue
		}
		found = append(found, k.Name)
		if code, err = hex.DecodeString(k.Bytecode); err != nil {
			return nil, 0, fmt.Errorf("bytecode of %s: %w", k.Name, err)
		}
		numPublic = m.Inputs[1].Type.Size
	}
	if len(found) != 1 {
		return nil, 0, fmt.Errorf("want one contract with verifyProof(bytes, uint256[n]), found %d %v", len(found), found)
	}
	return code, numPublic, nil
}

// VerifierCode writes vk's Solidity verifier (package prover/evmverifier, as the prover's key
// stores do) and compiles it with CompileVerifier.
func VerifierCode(ctx context.Context, c *solc.Compiler, vk groth16.VerifyingKey) (code []byte, numPublic int, err error) {
	var src bytes.Buffer
	if err := evmverifier.Export(&src, vk); err != nil {
		return nil, 0, fmt.Errorf("exporting the verifier: %w", err)
	}
	return CompileVerifier(ctx, c, src.Bytes())
}

package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/prover"
)

func newContractsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "contracts",
		Short: "Deploy the on-chain contracts (verifier registry, verifiers, JobManager, Coordinator)",
	}
	cmd.AddCommand(newContractsDeployCmd())
	return cmd
}

func newContractsDeployCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL",
		Short: "Deploy the VerifierRegistry, the verifier of every class in the key store, the JobManager and the Coordinator",
		Long: `Compiles the Solidity verifier that the key store holds for each class
(<data>/keys/class-<k>/Verifier.sol) with the pinned solcjs (npm ci --prefix
contracts), deploys it, registers it in a new VerifierRegistry owned by the
deployer, then deploys the JobManager and the Coordinator on top of the registry.
Prints (or writes with --out) the addresses as JSON. The deployer's key is read
from the file --key-file or from $ZKPROVER_DEPLOYER_KEY (hex).

With --verifier-delay D the registry is sealed once its verifiers are in
place: every later verifier (a new class, a replacement) must be proposed
and waits D before it counts, so the users of a class see it coming; removing
one stays immediate. Without it the deployer's key can swap a verifier at
once (and so make a false result verify): fine for a test chain, not for
results anyone relies on. See docs/contracts.md.`,
		Args: cobra.NoArgs,
		RunE: runContractsDeploy,
	}
	cmd.Flags().String("rpc", "", "JSON-RPC URL of the chain (required)")
	cmd.Flags().String("key-file", "", "file holding the deployer's private key (hex); default $ZKPROVER_DEPLOYER_KEY")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().IntSlice("classes", nil, "class identifiers to deploy verifiers for (log2 of the step capacity; a hash class's: 64+k SHA-256, 96+k Keccak); default every class in the key store")
	cmd.Flags().String("contracts-dir", "contracts", "the contracts folder (for its node_modules/solc)")
	cmd.Flags().String("out", "", "write the deployment JSON here instead of stdout")
	cmd.Flags().Duration("verifier-delay", 0, "seal the registry: later verifiers wait this long after their proposal (e.g. 48h; whole seconds, at most 8760h); 0: not sealed")
	cmd.Flags().Duration("timeout", 10*time.Minute, "give up after this long")
	return cmd
}

func deployerKey(path string) (*ecdsa.PrivateKey, error) {
	var raw string
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("reading the deployer key %s: %w", path, err)
		}
		raw = string(b)
	} else {
		raw = os.Getenv("ZKPROVER_DEPLOYER_KEY")
		if raw == "" {
			return nil, errors.New("no deployer key: pass --key-file or set ZKPROVER_DEPLOYER_KEY")
		}
	}
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(raw), "0x"))
	if err != nil {
		return nil, fmt.Errorf("decoding the deployer key: %w", err)
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("decoding the deployer key: %w", err)
	}
	return key, nil
}

func runContractsDeploy(cmd *cobra.Command, _ []string) error {
	flags := cmd.Flags()
	rpcURL, _ := flags.GetString("rpc")
	keyFile, _ := flags.GetString("key-file")
	data, _ := flags.GetString("data")
	classes, _ := flags.GetIntSlice("classes")
	contractsDir, _ := flags.GetString("contracts-dir")
	out, _ := flags.GetString("out")
	timeout, _ := flags.GetDuration("timeout")
	delay, _ := flags.GetDuration("verifier-delay")
	if rpcURL == "" {
		return errors.New("--rpc is required")
	}
	if delay != 0 && (delay < time.Second || delay > 365*24*time.Hour || delay%time.Second != 0) {
		return fmt.Errorf("--verifier-delay %s: want whole seconds from 1s to 8760h (0: not sealed)", delay)
	}
	if err := checkOut(out, true); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
	defer cancel()
	log := proverLogger(cmd.ErrOrStderr())

	key, err := deployerKey(keyFile)
	if err != nil {
		return err
	}
	keys := filepath.Join(data, "keys")
	if len(classes) == 0 {
		if classes, err = prover.ListClasses(keys); err != nil {
			return fmt.Errorf("listing the classes in %s: %w", keys, err)
		}
		if len(classes) == 0 {
			return fmt.Errorf("no classes in %s: run `zkprover setup` first", keys)
		}
	}
	// Each Verifier.sol is the one the class's manifest names (or the
	// export of its checksummed verifying key): a stale, edited or swapped
	// file is never deployed.
	for _, k := range classes {
		if err := prover.CheckVerifier(keys, k); err != nil {
			return fmt.Errorf("the verifier of class %s: %w", prover.ClassLabel(k), err)
		}
	}
	compiler, err := solc.Find(contractsDir)
	if err != nil {
		return err
	}
	verifiers := map[int][]byte{}
	for _, k := range classes {
		path := filepath.Join(prover.ClassDir(keys, k), prover.FileVerifier)
		src, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("reading the verifier of class %s: %w", prover.ClassLabel(k), err)
		}
		compiled, err := compiler.Compile(ctx, map[string]string{"Verifier.sol": string(src)})
		if err != nil {
			return fmt.Errorf("compiling %s: %w", path, err)
		}
		for _, c := range compiled {
			if c.Name == "Verifier" {
				if verifiers[k], err = hex.DecodeString(c.Bytecode); err != nil {
					return fmt.Errorf("bytecode of %s: %w", path, err)
				}
			}
		}
		if verifiers[k] == nil {
			return fmt.Errorf("%s has no contract Verifier", path)
		}
	}

	client, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", rpcURL, err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the chain id from %s: %w", rpcURL, err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return fmt.Errorf("building the transactor: %w", err)
	}
	d, err := contracts.Deploy(ctx, client, opts, verifiers, log)
	if err != nil {
		return err
	}
	var sealErr error
	if delay > 0 {
		if err := contracts.Seal(ctx, client, opts, d.Registry, delay); err != nil {
			// the deployment is still written (verifierDelay 0): its addresses are not lost
			sealErr = fmt.Errorf("contracts deployed (registry %s) but not sealed: seal it with its owner's key (VerifierRegistry.seal): %w", d.Registry, err)
		} else {
			d.VerifierDelay = uint64(delay / time.Second)
		}
	} else {
		log.Warn().Str("registry", d.Registry.Hex()).
			Msg("verifier registry not sealed: the deployer's key can swap a verifier at once; for results anyone relies on, deploy with --verifier-delay (e.g. 48h)")
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding the deployment: %w", err)
	}
	b = append(b, '\n')
	if out == "" {
		_, err = cmd.OutOrStdout().Write(b)
		return errors.Join(sealErr, err)
	}
	if err := prover.WriteFileAtomic(out, b); err != nil {
		return errors.Join(sealErr, fmt.Errorf("writing %s: %w", out, err))
	}
	return sealErr
}

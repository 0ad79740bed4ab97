package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/solc"
	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
)

func newContractsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "contracts",
		Short: "Deploy the on-chain contracts; read and manage a verifier registry's verifiers",
	}
	cmd.AddCommand(newContractsDeployCmd(), newRegistryShowCmd(), newAddVerifierCmd(), newActivateVerifierCmd(), newRemoveVerifierCmd())
	return cmd
}

func newContractsDeployCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL",
		Short: "Deploy the VerifierRegistry, the verifier of every class in the key store, the JobManager and the Coordinator",
		Long: `Compiles the Solidity verifier that the key store holds for each class
(<keys>/class-<k>/Verifier.sol, <keys> being --keys or <data>/keys) and for the
final circuit of each long-run segment class (<keys>/longrun/final/class-<k>)
with the pinned solcjs (npm ci --prefix contracts), deploys it, registers it in
a new VerifierRegistry owned by the deployer (a final verifier under the class
byte 0x80 | k), then deploys the JobManager and the Coordinator on top of the
registry. Prints (or writes with --out) the addresses as JSON; without --out
they are also kept in <data>/deployments/<time>.json as the deployment goes. The deployer's
key is read from the file --key-file or from $ZKPROVER_DEPLOYER_KEY (hex).

With --verifier-delay D the registry is sealed once its verifiers are in
place: every later verifier (a new class, a replacement) must be proposed
and waits D before it counts, so the users of a class see it coming; removing
one stays immediate. Without it the deployer's key can swap a verifier at
once (and so make a false result verify): fine for a test chain, not for
results anyone relies on. See docs/contracts.md.

With --out the file is written as the deployment goes (before each
transaction is sent and when it is mined, "incomplete": true until the end).
If the deployment stops midway (a failed transaction, an empty account, an
RPC that does not answer, the process killed), run the same command with
--resume FILE: what was mined is not sent again, a transaction sent but not
seen mined is looked for first.

A transaction not mined --bump-after-blocks blocks after it was sent (fees too
low for the chain's price now) is sent again with the same nonce and fees at
least 10% higher, up to the chain's current price and never above
--max-fee-gwei; at that cap it waits as it is. The file lists each replaced
transaction ("replaced"): until the step is mined any of them may be.`,
		Args: cobra.NoArgs,
		RunE: runContractsDeploy,
	}
	cmd.Flags().String("rpc", "", "JSON-RPC URL of the chain (required)")
	cmd.Flags().String("key-file", "", "file holding the deployer's private key (hex); default $ZKPROVER_DEPLOYER_KEY")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys unless --keys")
	cmd.Flags().String("keys", "", "keys folder (default <data>/keys)")
	cmd.Flags().IntSlice("classes", nil, "class identifiers to deploy verifiers for (log2 of the step capacity; a hash class's: 64+k SHA-256, 96+k Keccak); default every class in the key store")
	cmd.Flags().IntSlice("finals", nil, "segment classes (log2 of a segment's steps) whose final verifier to deploy; default every long-run final key store (<keys>/longrun/final); -1: none")
	cmd.Flags().String("contracts-dir", "contracts", "the contracts folder (for its node_modules/solc)")
	cmd.Flags().String("out", "", "write the deployment JSON here instead of stdout, as the deployment goes (what --resume reads)")
	cmd.Flags().String("resume", "", "go on with the deployment stopped midway that this file holds (--out's file of the run that stopped; written back there unless --out)")
	cmd.Flags().Duration("verifier-delay", 0, "seal the registry: later verifiers wait this long after their proposal (e.g. 48h; whole seconds, at most 8760h); 0: not sealed")
	cmd.Flags().Duration("timeout", 10*time.Minute, "give up after this long")
	cmd.Flags().Uint64("bump-after-blocks", contracts.DefaultBumpAfter, "send a transaction not mined after this many blocks again with higher fees")
	cmd.Flags().Uint64("max-fee-gwei", contracts.DefaultMaxFeeGwei, "cap on the fee per gas of those replacements (gwei; the first transaction of each step is priced by the chain's suggestion)")
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
	bumpAfter, _ := flags.GetUint64("bump-after-blocks")
	maxFeeGwei, _ := flags.GetUint64("max-fee-gwei")
	if rpcURL == "" {
		return errors.New("--rpc is required")
	}
	if bumpAfter == 0 || maxFeeGwei == 0 || maxFeeGwei > 1e9 {
		return fmt.Errorf("--bump-after-blocks %d, --max-fee-gwei %d: want both positive, the cap at most 1e9 gwei", bumpAfter, maxFeeGwei)
	}
	if delay != 0 && (delay < time.Second || delay > 365*24*time.Hour || delay%time.Second != 0) {
		return fmt.Errorf("--verifier-delay %s: want whole seconds from 1s to 8760h (0: not sealed)", delay)
	}
	resume, _ := flags.GetString("resume")
	if resume != "" && out == "" {
		out = resume
	}
	if err := checkOut(out, true); err != nil {
		return err
	}
	d, err := deploymentToResume(resume, out)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
	defer cancel()
	log := proverLogger(cmd.ErrOrStderr())
	key, err := deployerKey(keyFile)
	if err != nil {
		return err
	}
	keys := keysDir(data)
	if f, _ := flags.GetString("keys"); f != "" {
		keys = f
	}
	finals, err := finalClasses(cmd, keys)
	if err != nil {
		return err
	}
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
	// file is never deployed. Every class is checked before any is compiled.
	sources := map[verifierRef][]byte{}
	for _, k := range classes {
		if sources[verifierRef{k, false}], err = verifierSource(ctx, keys, k, false); err != nil {
			return err
		}
	}
	for _, k := range finals {
		if sources[verifierRef{k, true}], err = verifierSource(ctx, keys, k, true); err != nil {
			return err
		}
	}
	compiler, err := solc.Find(contractsDir)
	if err != nil {
		return err
	}
	verifiers, finalCodes := map[int][]byte{}, map[int][]byte{}
	for ref, src := range sources {
		code, err := compileVerifierSource(ctx, compiler, ref, src)
		if err != nil {
			return err
		}
		if ref.final {
			finalCodes[ref.k] = code
		} else {
			verifiers[ref.k] = code
		}
	}
	client, opts, err := dialOwner(ctx, rpcURL, key)
	if err != nil {
		return err
	}
	defer client.Close()
	plan := contracts.DeployPlan{Verifiers: verifiers, Finals: finalCodes, SealDelay: delay, BumpAfter: bumpAfter,
		MaxFee: contracts.Gwei(maxFeeGwei)}
	record := out
	if record == "" {
		// Without --out the deployment is still kept as it goes (a kill would lose it), under
		// the data folder, and printed at the end.
		dir := filepath.Join(data, "deployments")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("making %s for the deployment's record: %w", dir, err)
		}
		record = filepath.Join(dir, time.Now().UTC().Format("20060102T150405.000Z")+".json")
		log.Info().Str("file", record).Msg("the deployment is written here as it goes (--out names another file)")
	}
	plan.Progress = func(d *contracts.Deployment) error { return writeDeployment(record, d) }
	err = contracts.Resume(ctx, client, opts, d, plan, log)
	switch {
	case err == nil:
	case errors.Is(err, contracts.ErrCannotResume):
		return err
	case d.Incomplete:
		if out == "" {
			if b, merr := deploymentJSON(d); merr == nil {
				_, _ = cmd.OutOrStdout().Write(b)
			}
		}
		return hinted{err: err, hint: fmt.Sprintf("the deployment stopped midway; %s holds what was done: run the same command (the same flags) with --resume %s to go on (nothing mined is sent again)", record, record)}
	default:
		return err
	}
	if delay == 0 {
		log.Warn().Str("registry", d.Registry.Hex()).
			Msg("verifier registry not sealed: the deployer's key can swap a verifier at once; for results anyone relies on, deploy with --verifier-delay (e.g. 48h)")
	}
	if out != "" {
		return nil // written by the last progress
	}
	b, err := deploymentJSON(d)
	if err != nil {
		return err
	}
	_, err = cmd.OutOrStdout().Write(b)
	return err
}

// deploymentJSON is the deployment file's content.
func deploymentJSON(d *contracts.Deployment) ([]byte, error) {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the deployment: %w", err)
	}
	return append(b, '\n'), nil
}

func writeDeployment(path string, d *contracts.Deployment) error {
	b, err := deploymentJSON(d)
	if err != nil {
		return err
	}
	if err := prover.WriteFileAtomic(path, b); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// deploymentToResume reads the deployment that --resume names. An --out other than the
// --resume file that holds a deployment is refused: the deployment writes its file before
// the first transaction is sent, and a deployment's addresses are never overwritten (a second
// run that failed at once wiped the first's).
func deploymentToResume(resume, out string) (*contracts.Deployment, error) {
	if out != "" && out != resume {
		b, err := os.ReadFile(out)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("--out %s: %w", out, err)
		default:
			var d contracts.Deployment
			if json.Unmarshal(b, &d) == nil && d.ChainID != 0 {
				what := "a deployment"
				if d.Incomplete {
					what = "a deployment stopped midway (--resume " + out + " goes on with it)"
				}
				return nil, fmt.Errorf("--out %s holds %s (registry %s): its addresses are never overwritten; choose another file, or remove it", out, what, d.Registry)
			}
		}
	}
	if resume == "" {
		return &contracts.Deployment{}, nil
	}
	b, err := os.ReadFile(resume)
	if err != nil {
		return nil, fmt.Errorf("--resume: %w", err)
	}
	var d contracts.Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("--resume %s: not a deployment file: %w", resume, err)
	}
	if d.ChainID == 0 {
		return nil, fmt.Errorf("--resume %s: not a deployment file (no chainId)", resume)
	}
	return &d, nil
}

// verifierRef names a verifier in a keys folder: the whole-run class k
// (its class byte), or with final the final circuit of segment class k.
type verifierRef struct {
	k     int
	final bool
}

// classByte is the registry's class byte of the verifier.
func (r verifierRef) classByte() uint8 {
	if r.final {
		return contracts.FinalProofClass(r.k)
	}
	return uint8(r.k)
}

func (r verifierRef) String() string {
	if r.final {
		return fmt.Sprintf("the final circuit of segment class 2^%d", r.k)
	}
	return "class " + prover.ClassLabel(r.k)
}

// finalClasses are the segment classes whose final verifier `contracts
// deploy` deploys: --finals, or every final key store under
// <keys>/longrun/final (none there: none); -1 alone: none.
func finalClasses(cmd *cobra.Command, keys string) ([]int, error) {
	finals, _ := cmd.Flags().GetIntSlice("finals")
	if slices.Contains(finals, -1) {
		if len(finals) != 1 {
			return nil, errors.New("--finals -1 (none) goes alone")
		}
		return nil, nil
	}
	for _, k := range finals {
		if k < circuits.MinLogSteps || k > circuits.MaxLogSteps {
			return nil, fmt.Errorf("--finals %d: a segment class is %d..%d", k, circuits.MinLogSteps, circuits.MaxLogSteps)
		}
	}
	if cmd.Flags().Changed("finals") {
		return finals, nil
	}
	root := filepath.Join(node.LongRunKeysDir(keys), longrun.DirFinal)
	ks, err := prover.ListClasses(root)
	if err != nil {
		return nil, fmt.Errorf("listing the final key stores in %s: %w", root, err)
	}
	return ks, nil
}

// verifierSource is the checked Verifier.sol of ref in the keys folder
// keys: for a whole-run class, the one its manifest names (or the export of
// its checksummed verifying key); for a final circuit the same, once the
// long-run key stores of its segment class are found consistent (the final
// keys were made over the segment and aggregation keys there: a verifier of
// stale final keys would reject every proof the node makes).
func verifierSource(ctx context.Context, keys string, k int, final bool) ([]byte, error) {
	ref := verifierRef{k, final}
	root := keys
	if final {
		lr := node.LongRunKeysDir(keys)
		ks, err := longrun.OpenKeys(ctx, lr, k, longrun.KeyOptions{VerifyOnly: true, Log: zerolog.Nop()})
		if err != nil {
			return nil, fmt.Errorf("the long-run keys of segment class 2^%d in %s: %w", k, lr, err)
		}
		for _, p := range []*prover.Prover{ks.Segment, ks.Aggregate, ks.Final} {
			_ = p.Close()
		}
		root = filepath.Join(lr, longrun.DirFinal)
	}
	if err := prover.CheckVerifier(root, k); err != nil {
		return nil, fmt.Errorf("the verifier of %s: %w", ref, err)
	}
	path := filepath.Join(prover.ClassDir(root, k), prover.FileVerifier)
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the verifier of %s: %w", ref, err)
	}
	return src, nil
}

// compileVerifierSource compiles a verifier and checks that it takes the
// public inputs of its kind (27 for a whole-run class, 1 for a final
// circuit).
func compileVerifierSource(ctx context.Context, compiler *solc.Compiler, ref verifierRef, src []byte) ([]byte, error) {
	code, n, err := contracts.CompileVerifier(ctx, compiler, src)
	if err != nil {
		return nil, fmt.Errorf("the verifier of %s: %w", ref, err)
	}
	want := 27
	if ref.final {
		want = 1
	}
	if n != want {
		return nil, fmt.Errorf("the verifier of %s takes %d public inputs, want %d", ref, n, want)
	}
	return code, nil
}

// dialChain connects to the chain at rpcURL.
func dialChain(ctx context.Context, rpcURL string) (*ethclient.Client, error) {
	if rpcURL == "" {
		return nil, errors.New("--rpc is required")
	}
	client, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", rpcURL, err)
	}
	return client, nil
}

// dialOwner connects to the chain at rpcURL and builds the transactor of
// key on its chain id.
func dialOwner(ctx context.Context, rpcURL string, key *ecdsa.PrivateKey) (*ethclient.Client, *bind.TransactOpts, error) {
	client, err := dialChain(ctx, rpcURL)
	if err != nil {
		return nil, nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("reading the chain id from %s: %w", rpcURL, err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("building the transactor: %w", err)
	}
	return client, opts, nil
}

package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/solc"
)

// registryFlags are the flags of the commands on an existing registry.
type registryFlags struct {
	rpc, registry, keyFile string
	class, final           int
	timeout                time.Duration
}

func (f *registryFlags) register(cmd *cobra.Command, withClass, withKey bool) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain (required)")
	cmd.Flags().StringVar(&f.registry, "registry", "", "address of the VerifierRegistry (required; contracts deploy prints it as verifierRegistry)")
	if withKey {
		cmd.Flags().StringVar(&f.keyFile, "key-file", "", "file holding the registry owner's private key (hex); default $ZKPROVER_DEPLOYER_KEY")
	}
	if withClass {
		cmd.Flags().IntVar(&f.class, "class", -1, "a whole-run class: log2 of its step capacity (a hash class: 64+k SHA-256, 96+k Keccak)")
		cmd.Flags().IntVar(&f.final, "final", -1, "the final verifier of a segment class: log2 of a segment's steps (class byte 0x80 | k)")
	}
	cmd.Flags().DurationVar(&f.timeout, "timeout", 10*time.Minute, "give up after this long")
}

// ref is the verifier --class or --final names (exactly one).
func (f *registryFlags) ref() (verifierRef, error) {
	switch {
	case (f.class < 0) == (f.final < 0):
		return verifierRef{}, errors.New("name one verifier: --class K (a whole-run class) or --final K (a segment class's final verifier)")
	case f.final >= 0:
		if f.final < circuits.MinLogSteps || f.final > circuits.MaxLogSteps {
			return verifierRef{}, fmt.Errorf("--final %d: a segment class is %d..%d", f.final, circuits.MinLogSteps, circuits.MaxLogSteps)
		}
		return verifierRef{f.final, true}, nil
	}
	if err := contracts.ValidProofClass(uint8(f.class)); f.class >= contracts.FinalClassFlag || err != nil {
		return verifierRef{}, fmt.Errorf("--class %d: a whole-run class is 0..63 (base), 64+k (SHA-256) or 96+k (Keccak); a final verifier is --final K", f.class)
	}
	return verifierRef{f.class, false}, nil
}

func (f *registryFlags) address() (common.Address, error) {
	if !common.IsHexAddress(f.registry) {
		return common.Address{}, fmt.Errorf("--registry %q: want the registry's 0x address", f.registry)
	}
	return common.HexToAddress(f.registry), nil
}

// open checks the flags and connects: as the owner with owner.
func (f *registryFlags) open(cmd *cobra.Command, owner bool) (context.Context, context.CancelFunc, *ethclient.Client, *bind.TransactOpts, common.Address, error) {
	reg, err := f.address()
	if err != nil {
		return nil, nil, nil, nil, common.Address{}, err
	}
	var key *ecdsa.PrivateKey
	if owner {
		if key, err = deployerKey(f.keyFile); err != nil {
			return nil, nil, nil, nil, common.Address{}, err
		}
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), f.timeout)
	// a transaction replaced with higher fees is logged (contracts' waitMined)
	ctx = proverLogger(cmd.ErrOrStderr()).WithContext(ctx)
	var (
		client *ethclient.Client
		opts   *bind.TransactOpts
	)
	if owner {
		client, opts, err = dialOwner(ctx, f.rpc, key)
	} else {
		client, err = dialChain(ctx, f.rpc)
	}
	if err != nil {
		cancel()
		return nil, nil, nil, nil, common.Address{}, err
	}
	return ctx, cancel, client, opts, reg, nil
}

// runOnClass checks the flags, connects as the registry's owner, runs do on the class byte the
// flags name and prints its report (nothing on an error).
func (f *registryFlags) runOnClass(cmd *cobra.Command, do func(ctx context.Context, client *ethclient.Client, opts *bind.TransactOpts, reg common.Address, c uint8) (verifierReport, error)) error {
	ref, err := f.ref()
	if err != nil {
		return err
	}
	ctx, cancel, client, opts, reg, err := f.open(cmd, true)
	if err != nil {
		return err
	}
	defer cancel()
	defer client.Close()
	r, err := do(ctx, client, opts, reg, ref.classByte())
	if err != nil {
		return err
	}
	return printReport(cmd, r)
}

// verifierReport is what add-verifier, activate-verifier and
// remove-verifier print.
type verifierReport struct {
	Class    string         `json:"class"` // "0x8e"
	Name     string         `json:"name"`
	Verifier common.Address `json:"verifier,omitzero"`
	// State: "set" (in place), "proposed" (ready at ReadyAt), "removed",
	// "withdrawn" (the proposal).
	State   string     `json:"state"`
	ReadyAt *time.Time `json:"readyAt,omitempty"`
	Expires *time.Time `json:"expiresAt,omitempty"`
	Next    string     `json:"next,omitempty"` // the command to run then
}

func printReport(cmd *cobra.Command, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = cmd.OutOrStdout().Write(append(b, '\n'))
	return err
}

func newRegistryShowCmd() *cobra.Command {
	var f registryFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "registry --rpc URL --registry ADDR",
		Short: "Show a verifier registry: owner, seal, each class's verifier and pending proposal",
		Long: `Reads a VerifierRegistry: its owner (and pending owner), whether it is sealed
and with what delay, and every class byte with a verifier or a pending
proposal (when the proposal is ready and when it expires). Users of a class
watch this (or the VerifierProposed events) to see a replacement coming.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel, client, _, reg, err := f.open(cmd, false)
			if err != nil {
				return err
			}
			defer cancel()
			defer client.Close()
			s, err := contracts.ReadRegistry(ctx, client, reg)
			if err != nil {
				return err
			}
			if asJSON {
				return printReport(cmd, s)
			}
			sealed := "no: the owner can put any verifier in place at once"
			if s.SealedDelaySeconds > 0 {
				sealed = fmt.Sprintf("yes: a verifier waits %s after its proposal", time.Duration(s.SealedDelaySeconds)*time.Second)
			}
			rows := [][2]string{{"registry", s.Address.Hex()}, {"owner", s.Owner.Hex()}}
			if s.PendingOwner != nil {
				rows = append(rows, [2]string{"pending owner", s.PendingOwner.Hex() + " (until it accepts)"})
			}
			rows = append(rows, [2]string{"sealed", sealed})
			for _, c := range s.Classes {
				label := fmt.Sprintf("%s (%s)", c.Byte, c.Name)
				if c.Verifier != nil {
					rows = append(rows, [2]string{label, c.Verifier.Hex()})
				}
				if p := c.Proposal; p != nil {
					state := fmt.Sprintf("ready %s, expires %s", p.ReadyAt.Format(time.RFC3339), p.Expires.Format(time.RFC3339))
					switch {
					case s.Time.After(p.Expires):
						state = "EXPIRED " + p.Expires.Format(time.RFC3339) + ": propose it again"
					case !s.Time.Before(p.ReadyAt):
						state = "ready now (activate-verifier), expires " + p.Expires.Format(time.RFC3339)
					}
					rows = append(rows, [2]string{label + " proposed", p.Verifier.Hex() + ", " + state})
				}
			}
			printTable(cmd.OutOrStdout(), rows)
			return nil
		},
	}
	f.register(cmd, false, false)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newAddVerifierCmd() *cobra.Command {
	var f registryFlags
	var data, keysFlag, contractsDir string
	var replace bool
	cmd := &cobra.Command{
		Use:   "add-verifier --rpc URL --registry ADDR (--class K | --final K)",
		Short: "Deploy a class's verifier from the key store and put it in place (a sealed registry: propose it)",
		Long: `Checks the Verifier.sol of a whole-run class (--class) or of a segment class's
final circuit (--final; the long-run key stores under <keys>/longrun must be
consistent) as 'contracts deploy' does, compiles and deploys it, then:
  - on a registry that is not sealed, puts it in place (setVerifier) at once;
  - on a sealed registry, proposes it (proposeVerifier): it may be put in place
    with 'contracts activate-verifier' once the registry's delay has passed,
    and within 14 days after. The output says when. A class's pending proposal
    is replaced (its wait starting again) only with --replace.
The key (--key-file or $ZKPROVER_DEPLOYER_KEY) must be the registry owner's.
Prints JSON: the class byte, the verifier, its state, and the next command.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ref, err := f.ref()
			if err != nil {
				return err
			}
			keys := keysDir(data)
			if keysFlag != "" {
				keys = keysFlag
			}
			ctx, cancel, client, opts, reg, err := f.open(cmd, true)
			if err != nil {
				return err
			}
			defer cancel()
			defer client.Close()
			src, err := verifierSource(ctx, keys, ref.k, ref.final)
			if err != nil {
				return err
			}
			compiler, err := solc.Find(contractsDir)
			if err != nil {
				return err
			}
			code, err := compileVerifierSource(ctx, compiler, ref, src)
			if err != nil {
				return err
			}
			c := ref.classByte()
			r := verifierReport{Class: fmt.Sprintf("0x%02x", c), Name: contracts.ClassName(c)}
			addr, err := contracts.AddVerifier(ctx, client, opts, reg, c, code)
			switch {
			case errors.Is(err, contracts.ErrSealed):
				// A new proposal replaces the pending one and starts its wait again: only
				// when asked (a rerun after a timeout would push the pending one back).
				pending, err := contracts.PendingProposal(ctx, client, reg, c)
				if err != nil {
					return err
				}
				if pending != nil && !replace {
					return fmt.Errorf("class %#x has a pending proposal, %s, ready at %s: activate it (zkprover contracts activate-verifier), or replace it with --replace (its wait starts again)",
						c, pending.Verifier.Hex(), pending.ReadyAt.Format(time.RFC3339))
				}
				var ready time.Time
				if addr, ready, err = contracts.ProposeVerifier(ctx, client, opts, reg, c, code); err != nil {
					return err
				}
				expires := ready.Add(contracts.ProposalWindow)
				r.State, r.ReadyAt, r.Expires = "proposed", &ready, &expires
				r.Next = fmt.Sprintf("zkprover contracts activate-verifier --rpc %s --registry %s %s (from %s)",
					f.rpc, reg.Hex(), ref.flag(), ready.Format(time.RFC3339))
			case err != nil:
				return err
			default:
				r.State = "set"
			}
			r.Verifier = addr
			return printReport(cmd, r)
		},
	}
	f.register(cmd, true, true)
	cmd.Flags().StringVar(&data, "data", "data", "data folder; keys live in <data>/keys unless --keys")
	cmd.Flags().StringVar(&keysFlag, "keys", "", "keys folder (default <data>/keys)")
	cmd.Flags().StringVar(&contractsDir, "contracts-dir", "contracts", "the contracts folder (for its node_modules/solc)")
	cmd.Flags().BoolVar(&replace, "replace", false, "on a sealed registry, replace the class's pending proposal (its wait starts again)")
	return cmd
}

// flag is the --class or --final flag naming r.
func (r verifierRef) flag() string {
	if r.final {
		return fmt.Sprintf("--final %d", r.k)
	}
	return fmt.Sprintf("--class %d", r.k)
}

func newActivateVerifierCmd() *cobra.Command {
	var f registryFlags
	cmd := &cobra.Command{
		Use:   "activate-verifier --rpc URL --registry ADDR (--class K | --final K)",
		Short: "Put a sealed registry's proposed verifier of a class in place, once its delay has passed",
		Long: `Reads the class's pending proposal (made by 'contracts add-verifier' on a sealed
registry) and, when the chain's time has reached its ready time and it has
not expired (14 days after), puts it in place (setVerifier). Before that it
says when, and sends nothing. The key must be the registry owner's.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.runOnClass(cmd, func(ctx context.Context, client *ethclient.Client, opts *bind.TransactOpts, reg common.Address, c uint8) (verifierReport, error) {
				addr, err := contracts.ActivateVerifier(ctx, client, opts, reg, c)
				return verifierReport{Class: fmt.Sprintf("0x%02x", c), Name: contracts.ClassName(c), Verifier: addr, State: "set"}, err
			})
		},
	}
	f.register(cmd, true, true)
	return cmd
}

func newRemoveVerifierCmd() *cobra.Command {
	var f registryFlags
	var proposal bool
	cmd := &cobra.Command{
		Use:   "remove-verifier --rpc URL --registry ADDR (--class K | --final K) [--proposal]",
		Short: "Remove a class's verifier at once (every proof of the class fails from then on), or withdraw its proposal",
		Long: `Removes the verifier of a class (setVerifier(class, address(0))): immediate even
on a sealed registry, an emergency switch when a verifier is found unsound.
Every proof of the class fails from then on, and jobs that need it stay
pending. Removing the lowest base class raises lowestClass, the class a job of
any maxCycles may be answered with (docs/contracts.md). Putting a verifier back
on a sealed registry waits the delay again. With --proposal, withdraws the
class's pending proposal instead. The key must be the registry owner's.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.runOnClass(cmd, func(ctx context.Context, client *ethclient.Client, opts *bind.TransactOpts, reg common.Address, c uint8) (verifierReport, error) {
				state := "removed"
				if proposal {
					state = "withdrawn"
				}
				err := contracts.RemoveVerifier(ctx, client, opts, reg, c, proposal)
				return verifierReport{Class: fmt.Sprintf("0x%02x", c), Name: contracts.ClassName(c), State: state}, err
			})
		},
	}
	f.register(cmd, true, true)
	cmd.Flags().BoolVar(&proposal, "proposal", false, "withdraw the class's pending proposal instead of removing its verifier")
	return cmd
}

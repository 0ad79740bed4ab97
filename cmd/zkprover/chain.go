package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	"github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/executor"
)

// chainInfo is the answer of the relay status API's /v1/chain: the chain id,
// the relayer and, on the development chain, its deployment.
type chainInfo struct {
	ChainID    uint64  `json:"chain_id"`
	Relayer    string  `json:"relayer"`
	Deployment *devDep `json:"deployment"`
	// Contracts the node follows, on any chain (nil from a node before them).
	Contracts *chain.Contracts `json:"contracts"`
}

// devDep is the development chain's deployment as the node shows it.
type devDep struct {
	Registry    common.Address         `json:"registry"`
	JobManager  common.Address         `json:"job_manager"`
	Coordinator common.Address         `json:"coordinator"`
	Consumer    common.Address         `json:"consumer"`
	ProgramID   common.Hash            `json:"program_id"`
	MaxCycles   uint64                 `json:"max_cycles"`
	Verifiers   map[int]common.Address `json:"verifiers"`
	RPC         string                 `json:"rpc"`
	DevAccount  common.Address         `json:"dev_account"`
	Signer      common.Address         `json:"offchain_signer"`
}

func (a *statusAPI) chainInfo(ctx context.Context) (*chainInfo, []byte, error) {
	b, err := a.get(ctx, "/v1/chain")
	if err != nil {
		return nil, nil, err
	}
	var ci chainInfo
	if err := json.Unmarshal(b, &ci); err != nil {
		return nil, nil, fmt.Errorf("decoding the node's answer: %w", err)
	}
	return &ci, b, nil
}

func newChainCmd() *cobra.Command {
	var api statusAPI
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "The chain a running node follows: its contracts and accounts, a job's state on chain",
	}
	api.register(cmd.PersistentFlags())
	var asJSON bool
	info := &cobra.Command{
		Use:   "info",
		Short: "Show the chain the node follows: chain id, relayer and (development chain) the contracts, verifiers and dev account",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ci, raw, err := api.chainInfo(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				_, err := cmd.OutOrStdout().Write(raw)
				return err
			}
			rows := [][2]string{{"chain id", fmt.Sprint(ci.ChainID)}, {"relayer", ci.Relayer}}
			if c := ci.Contracts; c != nil && ci.Deployment == nil {
				rows = append(rows, [2]string{"job manager", c.JobManager.Hex()})
				if c.Coordinator != nil {
					rows = append(rows, [2]string{"coordinator", c.Coordinator.Hex()})
				}
				rows = append(rows, [2]string{"registry", c.Registry.Hex() + " (zkprover contracts registry --rpc URL --registry ADDR lists its verifiers)"})
			}
			if d := ci.Deployment; d != nil {
				classes := make([]int, 0, len(d.Verifiers))
				for k := range d.Verifiers {
					classes = append(classes, k)
				}
				sort.Ints(classes)
				rows = append(rows,
					[2]string{"json-rpc", d.RPC + " (the node's development chain)"},
					[2]string{"job manager", d.JobManager.Hex()},
					[2]string{"coordinator", d.Coordinator.Hex()},
					[2]string{"registry", d.Registry.Hex()})
				for _, k := range classes {
					rows = append(rows, [2]string{"verifier " + circuits.ClassLabel(k), d.Verifiers[k].Hex()})
				}
				rows = append(rows,
					[2]string{"consumer", fmt.Sprintf("%s (OutputConsumer, maxCycles %s)", d.Consumer.Hex(), groupDigits(d.MaxCycles))},
					[2]string{"program", d.ProgramID.Hex()},
					[2]string{"dev account", d.DevAccount.Hex() + " (funded; `zkprover request` signs with its well-known key)"})
				if d.Signer != (common.Address{}) {
					rows = append(rows, [2]string{"signer", d.Signer.Hex() + " (signs the consumer's offchain requests: `zkprover submit-job`; its well-known key is in the node's start banner)"})
				}
			}
			printTable(cmd.OutOrStdout(), rows)
			return nil
		},
	}
	info.Flags().BoolVar(&asJSON, "json", false, "print the JSON the node returns")
	var rpc string
	var jobJSON bool
	var rpcTimeout time.Duration
	job := &cobra.Command{
		Use:   "job JOBID",
		Short: "Show an onchain job: its state in the JobManager, the consumer's output and the relay status",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ci, _, err := api.chainInfo(cmd.Context())
			if err != nil {
				return err
			}
			d := ci.Deployment
			switch {
			case d != nil:
				if rpc == "" {
					rpc = d.RPC
				}
			case ci.Contracts == nil:
				return errors.New("the node does not say which contracts it follows (a node older than this command)")
			case rpc == "":
				return errors.New("the node follows an external chain: pass its JSON-RPC URL with --rpc")
			default:
				d = &devDep{JobManager: ci.Contracts.JobManager}
			}
			id := common.HexToHash(args[0])
			if rpcTimeout <= 0 {
				return errors.New("--rpc-timeout must be positive")
			}
			// The relay status first: the block of the node's delivery is where the
			// output is (a real chain is not searched from its genesis).
			var relayBlock uint64
			var relay string
			if rs, err := api.get(cmd.Context(), "/v1/relay/"+id.Hex()); err == nil {
				var s chain.Status
				if json.Unmarshal(rs, &s) == nil {
					relay = strings.TrimPrefix(s.Summary(), "relay ")
					if s.Relay != nil {
						relayBlock = s.Relay.Block
					}
				}
			}
			search := jobSearch{all: ci.Deployment != nil, block: relayBlock}
			rctx, cancel := context.WithTimeout(cmd.Context(), rpcTimeout)
			st, err := readJob(rctx, rpc, d, id, search)
			cancel()
			if err != nil {
				return err
			}
			st.Relay = relay
			if jobJSON {
				return writeJSON(cmd.OutOrStdout(), st)
			}
			printTable(cmd.OutOrStdout(), st.rows())
			return nil
		},
	}
	job.Flags().StringVar(&rpc, "rpc", "", "JSON-RPC URL of the chain (default: the node's development chain; needed for an external chain)")
	job.Flags().BoolVar(&jobJSON, "json", false, "print one JSON object")
	job.Flags().DurationVar(&rpcTimeout, "rpc-timeout", defaultRPCTimeout, "give up on the chain's JSON-RPC endpoint after this long")
	cmd.AddCommand(info, job)
	return cmd
}

// onchainJob is an onchain job's state as `chain job` and `request` show it.
type onchainJob struct {
	JobID    string `json:"job_id"`
	Status   string `json:"status"` // pending, cancelled, completed
	Consumer string `json:"consumer"`
	Output   string `json:"output,omitempty"`
	// OutputNote says why Output was not read.
	OutputNote string  `json:"output_note,omitempty"`
	ExitCode   *uint32 `json:"exit_code,omitempty"` // nil: not read (a consumer other than the example one)
	Relay      string  `json:"relay,omitempty"`
	Tx         string  `json:"tx,omitempty"`    // the request's transaction (request only)
	Block      uint64  `json:"block,omitempty"` // its block
	Took       string  `json:"took,omitempty"`  // request to proven output (request only)
}

func (j *onchainJob) rows() [][2]string {
	rows := [][2]string{{"job", j.JobID}}
	if j.Tx != "" {
		rows = append(rows, [2]string{"request tx", fmt.Sprintf("%s in block %d", j.Tx, j.Block)})
	}
	rows = append(rows, [2]string{"status", j.Status}, [2]string{"consumer", j.Consumer})
	if j.Status == "completed" {
		exit := "not read (only the example consumer keeps it; the JobManager's JobCompleted has the output only)"
		if j.ExitCode != nil {
			exit = fmt.Sprint(*j.ExitCode)
		}
		out := j.Output
		if j.OutputNote != "" {
			out = j.OutputNote
		}
		rows = append(rows, [2]string{"exit code", exit}, [2]string{"output", out})
	}
	if j.Relay != "" {
		rows = append(rows, [2]string{"relay", j.Relay})
	}
	if j.Took != "" {
		rows = append(rows, [2]string{"took", j.Took})
	}
	return rows
}

// defaultRPCTimeout bounds the JSON-RPC calls of chain job and request.
const defaultRPCTimeout = 30 * time.Second

// readJob reads a job's state from the JobManager and its output from the
// (OutputConsumer) consumer.
// isOutputConsumer reports whether consumer answers the example OutputConsumer's views for the
// job (outputs, exitCodes): then its output and exit code are read there, wherever the node
// follows (a consumer of another kind reverts, or has no code for them).
func isOutputConsumer(co *bind.CallOpts, client *ethclient.Client, consumer common.Address, id common.Hash) bool {
	cons, err := bindings.NewOutputConsumer(consumer, client)
	if err != nil {
		return false
	}
	if _, err := cons.ExitCodes(co, id); err != nil {
		return false
	}
	_, err = cons.Outputs(co, id)
	return err == nil
}

// jobSearch says where a completed job's JobCompleted event (its output) is looked for: the
// whole chain (all: the development chain, short), or the block of the node's delivery (block;
// 0: not known, the output is not read).
type jobSearch struct {
	all   bool
	block uint64
}

func readJob(ctx context.Context, rpc string, d *devDep, id common.Hash, search jobSearch) (*onchainJob, error) {
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", rpc, err)
	}
	defer client.Close()
	return readJobWith(ctx, client, d, id, search)
}

func readJobWith(ctx context.Context, client *ethclient.Client, d *devDep, id common.Hash, search jobSearch) (*onchainJob, error) {
	jm, err := bindings.NewJobManager(d.JobManager, client)
	if err != nil {
		return nil, err
	}
	co := &bind.CallOpts{Context: ctx}
	md, err := jm.GetJobMetadata(co, id)
	if err != nil {
		return nil, fmt.Errorf("reading job %s from the JobManager: %w", id.Hex(), err)
	}
	j := &onchainJob{JobID: id.Hex(), Consumer: md.Consumer.Hex()}
	switch md.Status {
	case contracts.JobPending:
		j.Status = "pending"
	case contracts.JobCancelled:
		j.Status = "cancelled"
	case contracts.JobCompleted:
		j.Status = "completed"
	default:
		return nil, fmt.Errorf("no job %s in the JobManager %s", id.Hex(), d.JobManager.Hex())
	}
	switch {
	case md.Status != contracts.JobCompleted:
	case d.Consumer != (common.Address{}) && md.Consumer == d.Consumer, d.Consumer == (common.Address{}) && isOutputConsumer(co, client, md.Consumer, id):
		cons, err := bindings.NewOutputConsumer(md.Consumer, client)
		if err != nil {
			return nil, err
		}
		out, err := cons.Outputs(co, id)
		if err != nil {
			return nil, fmt.Errorf("reading the output of %s: %w", id.Hex(), err)
		}
		exit, err := cons.ExitCodes(co, id)
		if err != nil {
			return nil, fmt.Errorf("reading the exit code of %s: %w", id.Hex(), err)
		}
		j.Output, j.ExitCode = fmt.Sprintf("0x%x", out), &exit
	case !search.all && search.block == 0:
		j.OutputNote = "not read: not delivered by this node (the JobManager's JobCompleted event holds it)"
	default:
		// Another consumer keeps what it likes: the output is the JobManager's
		// JobCompleted event's (the development chain is short to search; on another
		// chain, the block of the node's delivery).
		fo := &bind.FilterOpts{Context: ctx}
		if !search.all {
			end := search.block
			fo.Start, fo.End = search.block, &end
		}
		it, err := jm.FilterJobCompleted(fo, [][32]byte{id})
		if err != nil {
			return nil, fmt.Errorf("reading the JobCompleted event of %s: %w", id.Hex(), err)
		}
		defer it.Close()
		found := false
		for it.Next() {
			j.Output, found = fmt.Sprintf("0x%x", it.Event.Result), true
		}
		if err := it.Error(); err != nil {
			return nil, fmt.Errorf("reading the JobCompleted event of %s: %w", id.Hex(), err)
		}
		if !found {
			j.OutputNote = "not read: no JobCompleted event where it was looked for (another node's delivery, or a reorg)"
		}
	}
	return j, nil
}

func newRequestCmd() *cobra.Command {
	var (
		api      statusAPI
		input    string
		consumer string
		rpc      string
		keyFile  string
		wait     time.Duration
		asJSON   bool
		timeouts struct{ rpc, mine time.Duration }
	)
	cmd := &cobra.Command{
		Use:   "request [PROGRAM.elf] --input HEX",
		Short: "Request a job on chain from a consumer contract and wait for its proven result",
		Long: `Calls request(input) on an OutputConsumer-style consumer contract (by default
the example consumer of the node's development chain), which creates a job in
the JobManager; the node follows the chain, proves the job and delivers the
result with its proof. request prints the job id, then waits (--wait) until the
consumer holds the proven output, showing the job's relay status on stderr as it
moves, and prints the output.

The chain and the consumer come from the node's relay status API
(--relay-status-addr) unless --rpc and --consumer name them. The transaction is
signed with the key in --key-file (hex), or on the development chain with its
funded dev account's well-known key. PROGRAM.elf, when given, must be the
consumer's program (its id is checked).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := readBytesArg(input)
			if err != nil {
				return fmt.Errorf("--input: %w", err)
			}
			ctx := cmd.Context()
			ci, _, apiErr := api.chainInfo(ctx)
			d := &devDep{}
			if apiErr == nil && ci.Deployment != nil {
				d = ci.Deployment
			}
			if consumer != "" {
				if !common.IsHexAddress(consumer) {
					return fmt.Errorf("--consumer %q: want a 20-byte hex address", consumer)
				}
				d.Consumer = common.HexToAddress(consumer)
			}
			if rpc == "" {
				rpc = d.RPC
			}
			if rpc == "" || d.Consumer == (common.Address{}) {
				if apiErr != nil {
					return fmt.Errorf("no chain to use: pass --rpc and --consumer, or run a node with its development chain (%w)", apiErr)
				}
				return errors.New("the node follows an external chain: pass --rpc and --consumer")
			}
			key, err := requesterKey(keyFile, ci)
			if err != nil {
				return err
			}
			if timeouts.rpc <= 0 || timeouts.mine <= 0 {
				return errors.New("--rpc-timeout and --mine-timeout must be positive")
			}
			// Every call to the endpoint up to the request's transaction
			// shares one --rpc-timeout; its mining gets --mine-timeout; each
			// poll of the job's state another --rpc-timeout.
			sctx, cancel := context.WithTimeout(ctx, timeouts.rpc)
			defer cancel()
			client, err := ethclient.DialContext(sctx, rpc)
			if err != nil {
				return fmt.Errorf("connecting to %s: %w", rpc, err)
			}
			defer client.Close()
			cons, err := bindings.NewOutputConsumer(d.Consumer, client)
			if err != nil {
				return err
			}
			co := &bind.CallOpts{Context: sctx}
			if d.JobManager == (common.Address{}) {
				if d.JobManager, err = cons.JobManager(co); err != nil {
					return fmt.Errorf("reading the consumer's JobManager: %w", err)
				}
			}
			if len(args) == 1 {
				if err := checkProgram(args[0], cons, co); err != nil {
					return err
				}
			}
			chainID, err := client.ChainID(sctx)
			if err != nil {
				return fmt.Errorf("reading the chain id from %s: %w", rpc, err)
			}
			o, err := bind.NewKeyedTransactorWithChainID(key, chainID)
			if err != nil {
				return err
			}
			o.Context = sctx
			start := time.Now()
			tx, err := cons.Request(o, in)
			if err != nil {
				if r, derr := contracts.DecodeRevertError(err); derr == nil {
					return fmt.Errorf("request(%#x) on %s: the consumer reverted %s (from %s): %w", in, d.Consumer.Hex(), r, o.From.Hex(), err)
				}
				return fmt.Errorf("request(%#x) on %s: %w", in, d.Consumer.Hex(), err)
			}
			mctx, cancelMine := context.WithTimeout(ctx, timeouts.mine)
			r, err := bind.WaitMined(mctx, client, tx)
			cancelMine()
			if err != nil {
				return fmt.Errorf("waiting for %s to be mined: %w", tx.Hash().Hex(), err)
			}
			jm, err := bindings.NewJobManager(d.JobManager, client)
			if err != nil {
				return err
			}
			var id common.Hash
			for _, l := range r.Logs {
				if ev, err := jm.ParseJobCreated(*l); err == nil && l.Address == d.JobManager {
					id = ev.JobID
				}
			}
			if id == (common.Hash{}) {
				return fmt.Errorf("transaction %s created no job (status %d)", tx.Hash().Hex(), r.Status)
			}
			stderr := cmd.ErrOrStderr()
			fmt.Fprintf(stderr, "requested job %s (tx %s, block %d)\n", id.Hex(), tx.Hash().Hex(), r.BlockNumber)
			job := &onchainJob{JobID: id.Hex(), Status: "pending", Consumer: d.Consumer.Hex(), Tx: tx.Hash().Hex(), Block: r.BlockNumber.Uint64()}
			deadline := time.Now().Add(wait)
			said := ""
			for wait > 0 {
				pctx, cancelPoll := context.WithTimeout(ctx, timeouts.rpc)
				j, err := readJobWith(pctx, client, d, id, jobSearch{all: true})
				cancelPoll()
				if err == nil {
					j.Tx, j.Block, j.Relay = job.Tx, job.Block, job.Relay
					job = j
				}
				if rs, err := api.get(ctx, "/v1/relay/"+id.Hex()); err == nil {
					var s chain.Status
					if json.Unmarshal(rs, &s) == nil {
						job.Relay = strings.TrimPrefix(s.Summary(), "relay ")
						if s.Relay != nil && s.Relay.State == "failed" {
							return fmt.Errorf("job %s: the node could not deliver the result: %s", id.Hex(), s.Summary())
						}
						if s.Stage == chain.StageRejected || s.Stage == chain.StageNoResult {
							return fmt.Errorf("job %s: %s", id.Hex(), s.Summary())
						}
					}
				}
				if job.Relay != "" && job.Relay != said {
					said = job.Relay
					fmt.Fprintf(stderr, "  %s  %s\n", humanDuration(time.Since(start).Round(time.Second)), said)
				}
				if job.Status != "pending" {
					break
				}
				if time.Now().After(deadline) {
					return fmt.Errorf("job %s is still pending after %s (zkprover chain job %s --rpc <rpc-url> shows where it stands)", id.Hex(), wait, id.Hex())
				}
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(500 * time.Millisecond):
				}
			}
			if job.Status != "pending" {
				job.Took = humanDuration(time.Since(start))
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), job)
			}
			printTable(cmd.OutOrStdout(), job.rows())
			if job.Status == "cancelled" {
				return fmt.Errorf("job %s was cancelled on chain", id.Hex())
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&input, "input", "", "the job's onchain input: hex bytes (0x optional) or @FILE")
	cmd.Flags().StringVar(&consumer, "consumer", "", "the consumer contract (default: the development chain's example consumer)")
	cmd.Flags().StringVar(&rpc, "rpc", "", "JSON-RPC URL (default: the node's development chain)")
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file holding the requester's private key (hex); default on the development chain: its dev account")
	wait = 5 * time.Minute
	cmd.Flags().Var((*waitFlag)(&wait), "wait", "wait up to this long for the proven result: a duration (5m, 90s) or a number of seconds; 0: print the job id and return")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().DurationVar(&timeouts.rpc, "rpc-timeout", defaultRPCTimeout, "give up on the chain's JSON-RPC endpoint after this long (for the calls up to the request's transaction, and for each poll)")
	cmd.Flags().DurationVar(&timeouts.mine, "mine-timeout", 5*time.Minute, "give up waiting for the request's transaction to be mined after this long")
	return cmd
}

// requesterKey is --key-file's key, or on the development chain its dev
// account's well-known key.
func requesterKey(path string, ci *chainInfo) (*ecdsa.PrivateKey, error) {
	if path != "" {
		return deployerKey(path)
	}
	if ci != nil && ci.Deployment != nil {
		return devchain.DevKey("user"), nil
	}
	return nil, errors.New("no key to sign the request with: pass --key-file (a file holding a hex private key)")
}

// checkProgram checks that the ELF at path is the consumer's program.
func checkProgram(path string, cons *bindings.OutputConsumer, co *bind.CallOpts) error {
	elf, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading program %s: %w", path, err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return fmt.Errorf("loading program %s: %w", path, err)
	}
	want, err := cons.ProgramID(co)
	if err != nil {
		return fmt.Errorf("reading the consumer's program: %w", err)
	}
	if got := contracts.Bytes32(prog.ID); got != want {
		return fmt.Errorf("%s is program %s, the consumer runs %s", path, common.Hash(got).Hex(), common.Hash(want).Hex())
	}
	return nil
}

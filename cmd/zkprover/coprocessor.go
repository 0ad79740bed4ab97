package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/doors/coprocessor"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/statement"
)

// The coprocessor API's client commands (docs/coprocessor.md): what an
// InfinityVM app does with its SDK, from the command line.

func newSubmitProgramCmd() *cobra.Command {
	var cf clientFlags
	cmd := &cobra.Command{
		Use:   "submit-program PROGRAM.elf",
		Short: "Store a program on a node (coprocessor SubmitProgram) and print its program id",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			elf, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("reading program %s: %w", args[0], err)
			}
			conn, ctx, done, err := cf.dial(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			resp, err := pb.NewCoprocessorNodeClient(conn).SubmitProgram(ctx, &pb.SubmitProgramRequest{ProgramElf: elf})
			if err != nil {
				return cf.callError("SubmitProgram", err)
			}
			return cf.print(cmd.OutOrStdout(), resp, func() { fmt.Fprintf(cmd.OutOrStdout(), "0x%x\n", resp.ProgramId) })
		},
	}
	cf.register(cmd)
	return cmd
}

func newSubmitJobCmd() *cobra.Command {
	var (
		cf         clientFlags
		rpcURL     string
		keyFile    string
		consumer   string
		jobManager string
		nonce      uint64
		maxCycles  uint64
		ordered    bool
		bare       bool
	)
	cmd := &cobra.Command{
		Use:   "submit-job PROGRAM_ID|PROGRAM.elf",
		Short: "Sign an offchain job request and submit it to a node (coprocessor SubmitJob); print the job id",
		Long: `Build abi.encode(OffchainJobRequest) for the program (its id, or an ELF whose id is computed)
on the input flags, sign it with the key in --key-file (the consumer's offchain signer) as EIP-712
typed data for --job-manager on --chain-id (or, with --bare, the bare EIP-191 hash of the ABI bytes
that consumers opting in accept), and submit it. Without --nonce the nonce is the consumer's
getNextOffchainNonce(), read from --rpc-url, or past the highest of the consumer's jobs the node
still has in flight (GetPendingJobs), whichever is larger (offchain nonces start at 2^63 and may
run at most 2^32 ahead of the highest used: docs/contracts.md). Without --chain-id it is read
from --rpc-url. --timestamp, --batch and --sequencer are refused: an offchain job's context is
fixed.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			prog, err := programIDArg(args[0])
			if err != nil {
				return err
			}
			in, err := readInput(cmd)
			if err != nil {
				return err
			}
			key, err := readKeyFile(keyFile)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(consumer) {
				return fmt.Errorf("--consumer %q is not an address", consumer)
			}
			// An offchain job's context is fixed (chain id, timestamp 0, the nonce as the
			// batch, the consumer as the sequencer: what the JobManager proves it in).
			for _, name := range []string{"timestamp", "batch", "sequencer"} {
				if cmd.Flags().Changed(name) {
					return fmt.Errorf("--%s: an offchain job's context is fixed (timestamp 0, the nonce as the batch, the consumer as the sequencer); drop the flag", name)
				}
			}
			if in.Context.ChainID == 0 && !bare && rpcURL != "" {
				if in.Context.ChainID, err = rpcChainID(cmd.Context(), rpcURL); err != nil {
					return err
				}
			}
			conn, ctx, done, err := cf.dial(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			client := pb.NewCoprocessorNodeClient(conn)
			if nonce == 0 {
				if rpcURL == "" {
					return fmt.Errorf("give --nonce, or --rpc-url to read the consumer's getNextOffchainNonce()")
				}
				if nonce, err = nextOffchainNonce(cmd.Context(), rpcURL, common.HexToAddress(consumer)); err != nil {
					return err
				}
				// The chain counts a nonce once its result is delivered: past the
				// node's jobs of the consumer still in flight too, so that two
				// submissions in a row do not take the same one.
				pending, err := client.GetPendingJobs(ctx, &pb.GetPendingJobsRequest{ConsumerAddress: common.HexToAddress(consumer).Bytes()})
				if err != nil {
					return cf.callError("GetPendingJobs", err)
				}
				for _, n := range pending.PendingJobs {
					if n >= nonce && n < math.MaxUint64 {
						nonce = n + 1
					}
				}
			}
			req := &contracts.OffchainJobRequest{Nonce: nonce, MaxCycles: maxCycles, Consumer: common.HexToAddress(consumer), ProgramID: prog,
				OnchainInput: in.Onchain, OffchainInputHash: contracts.Bytes32(statement.OffchainHash(in.Offchain)),
				StateHash: contracts.Bytes32(statement.StateRoot(in.State))}
			raw, err := req.Encode()
			if err != nil {
				return err
			}
			var sig []byte
			if bare {
				sig, err = contracts.SignEIP191(raw, key)
			} else {
				if !common.IsHexAddress(jobManager) || in.Context.ChainID == 0 {
					return fmt.Errorf("EIP-712 signing needs --job-manager and --chain-id (or --bare for a consumer that accepts bare signatures)")
				}
				sig, err = contracts.SignOffchainRequest(req, in.Context.ChainID, common.HexToAddress(jobManager), key)
			}
			if err != nil {
				return err
			}
			strategy := pb.RelayStrategy_RELAY_STRATEGY_UNORDERED
			if ordered {
				strategy = pb.RelayStrategy_RELAY_STRATEGY_ORDERED
			}
			resp, err := client.SubmitJob(ctx, &pb.SubmitJobRequest{Request: raw, Signature: sig,
				OffchainInput: in.Offchain, State: coprocessor.EncodeState(in.State), RelayStrategy: strategy})
			if err != nil {
				return cf.callError("SubmitJob", err)
			}
			return cf.print(cmd.OutOrStdout(), resp, func() { fmt.Fprintf(cmd.OutOrStdout(), "0x%x\n", resp.JobId) })
		},
	}
	cf.register(cmd)
	addInputFlags(cmd)
	f := cmd.Flags()
	f.StringVar(&keyFile, "key-file", "", "file holding the signer's private key (hex)")
	f.StringVar(&consumer, "consumer", "", "the consumer contract's address")
	f.StringVar(&jobManager, "job-manager", "", "the JobManager's address (the EIP-712 domain)")
	f.Uint64Var(&nonce, "nonce", 0, "the request's nonce (0: the consumer's getNextOffchainNonce() from --rpc-url)")
	f.StringVar(&rpcURL, "rpc-url", "", "Ethereum JSON-RPC URL to read the consumer's next offchain nonce from")
	f.Uint64Var(&maxCycles, "max-cycles", 1<<20, "the job's cycle limit")
	f.BoolVar(&ordered, "ordered", false, "relay this consumer's results in request order")
	f.BoolVar(&bare, "bare", false, "sign the bare EIP-191 hash of the ABI request (replayable across chains; only for consumers that opt in)")
	_ = cmd.MarkFlagRequired("key-file")
	_ = cmd.MarkFlagRequired("consumer")
	return cmd
}

func newGetResultCmd() *cobra.Command {
	var (
		cf   clientFlags
		wait time.Duration
	)
	cmd := &cobra.Command{
		Use:   "get-result JOB_ID",
		Short: "Get an offchain job's result from a node (coprocessor GetResult), waiting up to --wait for it to leave PENDING",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := hex.DecodeString(strings.TrimPrefix(args[0], "0x"))
			if err != nil || len(id) != 32 {
				return fmt.Errorf("job id %q: want 32 bytes of hex", args[0])
			}
			conn, ctx, done, err := cf.dial(cmd.Context(), wait)
			if err != nil {
				return err
			}
			defer done()
			c := pb.NewCoprocessorNodeClient(conn)
			deadline := time.Now().Add(wait)
			var resp *pb.GetResultResponse
			for {
				if resp, err = c.GetResult(ctx, &pb.GetResultRequest{JobId: id}); err != nil {
					return cf.callError("GetResult", err)
				}
				if resp.JobResult.GetStatus().GetStatus() != pb.JobStatusType_JOB_STATUS_TYPE_PENDING || time.Now().After(deadline) {
					break
				}
				if err := sleepCtx(ctx, 500*time.Millisecond); err != nil {
					break
				}
			}
			if err := cf.print(cmd.OutOrStdout(), resp, func() { printJobResult(cmd, resp.JobResult) }); err != nil {
				return err
			}
			return jobResultErr(id, resp.JobResult)
		},
	}
	cf.register(cmd)
	cmd.Flags().Var((*waitFlag)(&wait), "wait", "wait this long for the job to leave PENDING: a duration (5m) or a number of seconds")
	return cmd
}

// jobResultErr is get-result's exit: as get-proof's, a result (done,
// relayed) or a job still pending is a success, anything else an error, so
// that a script goes on only after a result.
func jobResultErr(id []byte, r *pb.JobResult) error {
	switch st := r.GetStatus(); st.GetStatus() {
	case pb.JobStatusType_JOB_STATUS_TYPE_DONE, pb.JobStatusType_JOB_STATUS_TYPE_RELAYED, pb.JobStatusType_JOB_STATUS_TYPE_PENDING:
		return nil
	default:
		return fmt.Errorf("job 0x%x: %s %s", id, strings.TrimPrefix(st.GetStatus().String(), "JOB_STATUS_TYPE_"), st.GetFailureReason())
	}
}

func printJobResult(cmd *cobra.Command, r *pb.JobResult) {
	w := cmd.OutOrStdout()
	st := strings.TrimPrefix(r.GetStatus().GetStatus().String(), "JOB_STATUS_TYPE_")
	fmt.Fprintf(w, "status:   %s\n", st)
	if reason := r.GetStatus().GetFailureReason(); reason != "" {
		fmt.Fprintf(w, "reason:   %s\n", reason)
	}
	fmt.Fprintf(w, "job:      0x%x (nonce %d, consumer 0x%x)\n", r.Id, r.Nonce, r.ConsumerAddress)
	fmt.Fprintf(w, "program:  0x%x\n", r.ProgramId)
	if len(r.ResultWithMetadata) > 0 {
		if res, err := contracts.DecodeOffchainResultWithMetadata(r.ResultWithMetadata); err == nil {
			fmt.Fprintf(w, "output:   0x%x\n", res.Result)
			fmt.Fprintf(w, "exit:     %d\n", res.ExitCode)
			fmt.Fprintf(w, "state:    0x%x -> 0x%x\n", res.OldStateRoot, res.NewStateRoot)
			fmt.Fprintf(w, "proof:    class %s, %d bytes\n", proofClassLabel(res.ProofClass), len(res.Proof))
		}
	}
	if len(r.RelayTxHash) > 0 {
		fmt.Fprintf(w, "relay tx: 0x%x\n", r.RelayTxHash)
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// programIDArg is a program id ("0x" + 64 hex digits) or the id of an ELF file.
func programIDArg(s string) ([]byte, error) {
	if b, err := hex.DecodeString(strings.TrimPrefix(s, "0x")); err == nil && len(b) == 32 {
		return b, nil
	}
	elf, err := os.ReadFile(s)
	if err != nil {
		return nil, fmt.Errorf("%q is neither a program id nor a readable ELF: %w", s, err)
	}
	prog, err := loadProgramID(elf)
	if err != nil {
		return nil, fmt.Errorf("program %s: %w", s, err)
	}
	return prog, nil
}

// readKeyFile reads a hex private key from a file.
func readKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading key file %s: %w", path, err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return k, nil
}

func loadProgramID(elf []byte) ([]byte, error) {
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return nil, err
	}
	return contracts.ProgramIDBytes(p.ID), nil
}

// dialRPC connects to a JSON-RPC URL for calls bounded by 30 s (the context it returns);
// done closes both.
func dialRPC(ctx context.Context, url string) (context.Context, *ethclient.Client, func(), error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		cancel()
		return nil, nil, nil, fmt.Errorf("connecting to %s: %w", url, err)
	}
	return ctx, client, func() { client.Close(); cancel() }, nil
}

// rpcChainID reads the chain id over JSON-RPC (the EIP-712 domain's when --chain-id is not
// given).
func rpcChainID(ctx context.Context, url string) (uint64, error) {
	ctx, client, done, err := dialRPC(ctx, url)
	if err != nil {
		return 0, err
	}
	defer done()
	id, err := client.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("reading the chain id from %s: %w", url, err)
	}
	if !id.IsUint64() {
		return 0, fmt.Errorf("chain id %s from %s: too large", id, url)
	}
	return id.Uint64(), nil
}

// nextOffchainNonce reads consumer.getNextOffchainNonce() over JSON-RPC.
func nextOffchainNonce(ctx context.Context, url string, consumer common.Address) (uint64, error) {
	ctx, client, done, err := dialRPC(ctx, url)
	if err != nil {
		return 0, err
	}
	defer done()
	c, err := bindings.NewOutputConsumerCaller(consumer, client)
	if err != nil {
		return 0, err
	}
	n, err := c.GetNextOffchainNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reading %s's getNextOffchainNonce(): %w", consumer, err)
	}
	return n, nil
}

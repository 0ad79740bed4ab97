package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/tlsconf"
)

// clientFlags are the flags every client command has.
type clientFlags struct {
	addr    string
	json    bool
	timeout time.Duration
	tls     bool
	tlsCA   string
	tlsCert string
	tlsKey  string
}

func (c *clientFlags) register(cmd *cobra.Command) {
	def := os.Getenv("ZKPROVER_ADDR")
	if def == "" {
		def = config.Default().Node.Addr
	}
	cmd.Flags().StringVar(&c.addr, "addr", def, "node gRPC address HOST:PORT (env ZKPROVER_ADDR)")
	cmd.Flags().BoolVar(&c.json, "json", false, "print the response as JSON (protojson)")
	cmd.Flags().DurationVar(&c.timeout, "call-timeout", 30*time.Second, "deadline of the call (GetProof adds --wait)")
	cmd.Flags().BoolVar(&c.tls, "tls", false, "connect over TLS (implied by --tls-ca and --tls-cert)")
	cmd.Flags().StringVar(&c.tlsCA, "tls-ca", "", "CA (PEM) of the node's certificate (default: the system's roots)")
	cmd.Flags().StringVar(&c.tlsCert, "tls-cert", "", "client certificate (PEM) for a node that requires one (mTLS)")
	cmd.Flags().StringVar(&c.tlsKey, "tls-key", "", "key (PEM) of --tls-cert")
}

// connect dials the node and returns a client, a context bounded by
// --call-timeout plus extra, and a function that releases both.
// The bearer token comes from $ZKPROVER_TOKEN (never a flag: command lines
// are visible to other users of the machine).
func (c *clientFlags) connect(parent context.Context, extra time.Duration) (pb.ZKProverServiceClient, context.Context, func(), error) {
	creds := insecure.NewCredentials()
	if c.tls || c.tlsCA != "" || c.tlsCert != "" {
		tc, err := (tlsconf.Client{CAFile: c.tlsCA, CertFile: c.tlsCert, KeyFile: c.tlsKey}).Config()
		if err != nil {
			return nil, nil, nil, err
		}
		creds = credentials.NewTLS(tc)
	}
	opts := []grpc.DialOption{
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)),
	}
	if tok := os.Getenv("ZKPROVER_TOKEN"); tok != "" {
		opts = append(opts, grpc.WithPerRPCCredentials(auth.PerRPC{Token: tok}))
	}
	conn, err := grpc.NewClient(c.addr, opts...)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("connecting to %s: %w", c.addr, err)
	}
	ctx, cancel := context.WithTimeout(parent, c.timeout+extra)
	return pb.NewZKProverServiceClient(conn), ctx, func() { cancel(); _ = conn.Close() }, nil
}

func (c *clientFlags) print(w io.Writer, m proto.Message, human func()) error {
	if c.json {
		b, err := protojson.MarshalOptions{Multiline: true, EmitUnpopulated: false}.Marshal(m)
		if err != nil {
			return fmt.Errorf("encoding response: %w", err)
		}
		_, err = fmt.Fprintln(w, string(b))
		return err
	}
	human()
	return nil
}

// jobFlags are the job request fields a client sends besides the run's
// input (whose flags come from inputflags.go).
type jobFlags struct {
	nonce     uint64
	maxCycles uint64
	consumer  string
}

func (f *jobFlags) register(cmd *cobra.Command) {
	addInputFlags(cmd)
	fl := cmd.Flags()
	fl.Uint64Var(&f.nonce, "nonce", 0, "job request nonce")
	fl.Uint64Var(&f.maxCycles, "max-cycles", executor.DefaultMaxCycles, "job request maxCycles")
	fl.StringVar(&f.consumer, "consumer", "", "job request consumer address (20 bytes hex)")
}

func (f *jobFlags) options() (zkprover.InputOptions, error) {
	o := zkprover.InputOptions{Nonce: f.nonce, MaxCycles: f.maxCycles}
	if f.consumer != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(f.consumer, "0x"), "0X"))
		if err != nil || len(b) != 20 {
			return o, fmt.Errorf("--consumer %q: want 20 bytes of hex", f.consumer)
		}
		o.Consumer = common.BytesToAddress(b)
	}
	return o, nil
}

// buildInput loads the ELF and builds the InputProver.
func buildInput(cmd *cobra.Command, path string, f *jobFlags, includeELF bool) (*pb.InputProver, *executor.Program, error) {
	elf, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading program %s: %w", path, err)
	}
	prog, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		return nil, nil, fmt.Errorf("loading program %s: %w", path, err)
	}
	in, err := readInput(cmd)
	if err != nil {
		return nil, nil, err
	}
	o, err := f.options()
	if err != nil {
		return nil, nil, err
	}
	o.IncludeELF = includeELF
	ip, err := zkprover.NewInput(elf, prog, in, o)
	if err != nil {
		return nil, nil, err
	}
	return ip, prog, nil
}

func unixTime(s uint64) string {
	if s == 0 {
		return "-"
	}
	return time.Unix(int64(s), 0).UTC().Format(time.RFC3339)
}

func newStatusCmd() *cobra.Command {
	var cf clientFlags
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show a node's state (GetStatus)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, ctx, done, err := cf.connect(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			st, err := c.GetStatus(ctx, &pb.GetStatusRequest{})
			if err != nil {
				return fmt.Errorf("GetStatus on %s: %w", cf.addr, err)
			}
			out := cmd.OutOrStdout()
			return cf.print(out, st, func() {
				fmt.Fprintf(out, "state:     %s\n", strings.TrimPrefix(st.State.String(), "STATUS_PROVER_"))
				fmt.Fprintf(out, "versions:  proto %s, server %s\n", st.VersionProto, st.VersionServer)
				if st.CurrentComputingRequestId != "" {
					fmt.Fprintf(out, "computing: %s since %s\n", st.CurrentComputingRequestId, unixTime(st.CurrentComputingStartTime))
				}
				if st.LastComputedRequestId != "" {
					fmt.Fprintf(out, "last:      %s at %s\n", st.LastComputedRequestId, unixTime(st.LastComputedEndTime))
				}
				fmt.Fprintf(out, "pending:   %d\n", len(st.PendingRequestQueueIds))
				for _, id := range st.PendingRequestQueueIds {
					fmt.Fprintf(out, "  %s\n", id)
				}
				for _, a := range st.Aggregators { // the aggregator channel (docs/aggregator.md)
					fmt.Fprintf(out, "aggregator %s: %s since %s, %d streams, %d requests", a.Addr, a.State, unixTime(a.Since), a.Connects, a.Requests)
					if a.LastError != "" {
						fmt.Fprintf(out, ", last error: %s", a.LastError)
					}
					fmt.Fprintln(out)
				}
			})
		},
	}
	cf.register(cmd)
	return cmd
}

func newGenProofCmd() *cobra.Command {
	var (
		cf    clientFlags
		jf    jobFlags
		noELF bool
	)
	cmd := &cobra.Command{
		Use:   "gen-proof PROGRAM.elf",
		Short: "Submit a proving job to a node (GenProof) and print its id",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ip, prog, err := buildInput(cmd, args[0], &jf, !noELF)
			if err != nil {
				return err
			}
			c, ctx, done, err := cf.connect(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			resp, err := c.GenProof(ctx, &pb.GenProofRequest{Input: ip})
			if err != nil {
				return fmt.Errorf("GenProof on %s: %w", cf.addr, err)
			}
			out := cmd.OutOrStdout()
			if err := cf.print(out, resp, func() {
				if resp.Result == pb.GenProofResponse_RESULT_GEN_PROOF_OK {
					fmt.Fprintln(out, resp.Id)
				}
			}); err != nil {
				return err
			}
			if resp.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
				return fmt.Errorf("GenProof of program %s: %s: %s", prog.IDHex(), resp.Result, resp.ResultString)
			}
			return nil
		},
	}
	cf.register(cmd)
	jf.register(cmd)
	cmd.Flags().BoolVar(&noELF, "no-elf", false, "send only the program id (the node already has the program)")
	return cmd
}

func newGetProofCmd() *cobra.Command {
	var (
		cf   clientFlags
		wait uint64
		out  string
	)
	cmd := &cobra.Command{
		Use:   "get-proof ID",
		Short: "Get a job's result from a node (GetProof), waiting up to --wait seconds",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, ctx, done, err := cf.connect(cmd.Context(), time.Duration(wait)*time.Second)
			if err != nil {
				return err
			}
			defer done()
			stream, err := c.GetProof(ctx)
			if err != nil {
				return fmt.Errorf("GetProof on %s: %w", cf.addr, err)
			}
			if err := stream.Send(&pb.GetProofRequest{Id: args[0], Timeout: wait}); err != nil {
				return fmt.Errorf("GetProof on %s: %w", cf.addr, err)
			}
			resp, err := stream.Recv()
			if err != nil {
				return fmt.Errorf("GetProof on %s: %w", cf.addr, err)
			}
			_ = stream.CloseSend()
			if out != "" {
				b, err := protojson.MarshalOptions{Multiline: true}.Marshal(resp)
				if err != nil {
					return fmt.Errorf("encoding response: %w", err)
				}
				if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
					return fmt.Errorf("writing %s: %w", out, err)
				}
			}
			w := cmd.OutOrStdout()
			if err := cf.print(w, resp, func() {
				fmt.Fprintf(w, "id:      %s\nresult:  %s\n", resp.Id, strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_"))
				if resp.ResultString != "" {
					fmt.Fprintf(w, "detail:  %s\n", resp.ResultString)
				}
				if resp.Result == pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
					fmt.Fprintf(w, "program: %s\nexit:    %d\ncycles:  %d\noutput:  %s\n", resp.ProgramId, resp.ExitCode, resp.Cycles, resp.Output)
					fmt.Fprintf(w, "state:   %s -> %s\n", resp.GetPublic().GetPublicInputs().GetOldStateRoot(), resp.GetPublic().GetPublicInputs().GetNewStateRoot())
					fmt.Fprintf(w, "proof:   A=%v C=%v\ninput hash: %s\n", resp.GetProof().GetProofA(), resp.GetProof().GetProofC(), resp.GetPublic().GetInputHash())
				}
				printRelay(w, resp.GetRelay())
				if out != "" {
					fmt.Fprintf(w, "written: %s\n", out)
				}
			}); err != nil {
				return err
			}
			switch resp.Result {
			case pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK, pb.GetProofResponse_RESULT_GET_PROOF_PENDING:
				return nil
			default:
				return fmt.Errorf("job %s: %s", resp.Id, strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_"))
			}
		},
	}
	cf.register(cmd)
	cmd.Flags().Uint64Var(&wait, "wait", 0, "seconds to wait for the job to finish (0: answer at once)")
	cmd.Flags().StringVar(&out, "out", "", "also write the full response (JSON) to this file")
	return cmd
}

// printRelay prints a job's relay status (nothing when the node relays no results).
func printRelay(w io.Writer, r *pb.GetProofResponse_RelayStatus) {
	if r == nil {
		return
	}
	if r.GetRelayId() != "" {
		fmt.Fprintf(w, "relay:   %s (%s)\n", r.GetState(), r.GetRelayId())
	} else {
		fmt.Fprintf(w, "relay:   %s\n", r.GetState())
	}
	if r.GetTxHash() != "" {
		tx := r.GetTxHash()
		if r.GetBlockNumber() != 0 {
			tx += fmt.Sprintf(" in block %d", r.GetBlockNumber())
		}
		plural := "s"
		if r.GetAttempts() == 1 {
			plural = ""
		}
		fmt.Fprintf(w, "  tx:      %s (%d attempt%s)\n", tx, r.GetAttempts(), plural)
	}
	if r.GetReason() != "" {
		fmt.Fprintf(w, "  reason:  %s\n", r.GetReason())
	}
	if r.GetUpdatedAt() != 0 {
		fmt.Fprintf(w, "  updated: %s\n", time.Unix(int64(r.GetUpdatedAt()), 0).UTC().Format(time.RFC3339))
	}
}

func newCancelCmd() *cobra.Command {
	var cf clientFlags
	cmd := &cobra.Command{
		Use:   "cancel ID",
		Short: "Cancel a queued or running job on a node (Cancel)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, ctx, done, err := cf.connect(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			resp, err := c.Cancel(ctx, &pb.CancelRequest{Id: args[0]})
			if err != nil {
				return fmt.Errorf("cancel on %s: %w", cf.addr, err)
			}
			w := cmd.OutOrStdout()
			if err := cf.print(w, resp, func() {
				if resp.Result == pb.CancelResponse_RESULT_CANCEL_OK {
					fmt.Fprintf(w, "cancelled %s\n", args[0])
				}
			}); err != nil {
				return err
			}
			if resp.Result != pb.CancelResponse_RESULT_CANCEL_OK {
				return fmt.Errorf("cancel %s: %s", args[0], resp.ResultString)
			}
			return nil
		},
	}
	cf.register(cmd)
	return cmd
}

func newExecuteCmd() *cobra.Command {
	var (
		cf    clientFlags
		jf    jobFlags
		noELF bool
	)
	cmd := &cobra.Command{
		Use:   "execute PROGRAM.elf",
		Short: "Run a program on a node without a proof (Execute)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ip, _, err := buildInput(cmd, args[0], &jf, !noELF)
			if err != nil {
				return err
			}
			c, ctx, done, err := cf.connect(cmd.Context(), 0)
			if err != nil {
				return err
			}
			defer done()
			stream, err := c.Execute(ctx)
			if err != nil {
				return fmt.Errorf("execute on %s: %w", cf.addr, err)
			}
			if err := stream.Send(&pb.ExecuteRequest{Input: ip}); err != nil {
				return fmt.Errorf("execute on %s: %w", cf.addr, err)
			}
			resp, err := stream.Recv()
			if err != nil {
				return fmt.Errorf("execute on %s: %w", cf.addr, err)
			}
			_ = stream.CloseSend()
			w := cmd.OutOrStdout()
			if err := cf.print(w, resp, func() {
				fmt.Fprintf(w, "result:   %s\n", strings.TrimPrefix(resp.Result.String(), "RESULT_EXECUTE_"))
				if resp.ResultString != "" {
					fmt.Fprintf(w, "detail:   %s\n", resp.ResultString)
				}
				if resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK {
					return
				}
				fmt.Fprintf(w, "program:  %s\nexit:     %d\ncycles:   %d\noutput:   %s\nnew root: %s\n", resp.ProgramId, resp.ExitCode, resp.Cycles, resp.Output, resp.NewStateRoot)
				keys := make([]string, 0, len(resp.DiffKeysValues))
				for k := range resp.DiffKeysValues {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					fmt.Fprintf(w, "changed:  %s = %s\n", k, resp.DiffKeysValues[k])
				}
				for _, l := range resp.Logs {
					fmt.Fprintf(w, "log:      %s\n", l)
				}
			}); err != nil {
				return err
			}
			if resp.Result != pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK {
				return fmt.Errorf("execute: %s: %s", strings.TrimPrefix(resp.Result.String(), "RESULT_EXECUTE_"), resp.ResultString)
			}
			return nil
		},
	}
	cf.register(cmd)
	jf.register(cmd)
	cmd.Flags().BoolVar(&noELF, "no-elf", false, "send only the program id (the node already has the program)")
	return cmd
}

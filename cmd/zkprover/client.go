package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
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
	cmd.Flags().DurationVar(&c.timeout, "call-timeout", 30*time.Second, "deadline of each call to the node (a command that waits, --wait, adds the wait to it)")
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
	conn, ctx, done, err := c.dial(parent, extra)
	if err != nil {
		return nil, nil, nil, err
	}
	return pb.NewZKProverServiceClient(conn), ctx, done, nil
}

// dial is connect for any of the node's gRPC services.
func (c *clientFlags) dial(parent context.Context, extra time.Duration) (*grpc.ClientConn, context.Context, func(), error) {
	creds := insecure.NewCredentials()
	useTLS := c.tls || c.tlsCA != "" || c.tlsCert != ""
	if useTLS {
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
		if err := tokenTransport(c.addr, localTarget(c.addr), useTLS); err != nil {
			return nil, nil, nil, err
		}
		// over TLS, gRPC itself refuses to put the token on a plaintext connection
		opts = append(opts, grpc.WithPerRPCCredentials(auth.PerRPC{Token: tok, RequireTLS: useTLS}))
	}
	conn, err := grpc.NewClient(c.addr, opts...)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("connecting to %s: %w", c.addr, err)
	}
	ctx, cancel := context.WithTimeout(parent, c.timeout+extra)
	return conn, ctx, func() { cancel(); _ = conn.Close() }, nil
}

// errTokenInPlaintext is a bearer token that would cross the network in
// plaintext: $ZKPROVER_TOKEN is sent over TLS, or in plaintext to this
// machine only.
var errTokenInPlaintext = errors.New("refusing to send $ZKPROVER_TOKEN in plaintext")

// tokenTransport refuses to send the token to addr in plaintext unless
// local (addr is on this machine).
func tokenTransport(addr string, local, useTLS bool) error {
	if useTLS || local {
		return nil
	}
	return fmt.Errorf("%w to %s (not a loopback address: anyone on the path could read it and act as you): connect with --tls (and --tls-ca FILE for a private CA), or unset ZKPROVER_TOKEN for a node without tokens", errTokenInPlaintext, addr)
}

// localTarget reports whether a gRPC target is on this machine: a loopback
// HOST:PORT (also as dns:///HOST:PORT or passthrough:///HOST:PORT) or a Unix
// socket.
func localTarget(target string) bool {
	if strings.HasPrefix(target, "unix:") || strings.HasPrefix(target, "unix-abstract:") {
		return true
	}
	for _, scheme := range []string{"dns:///", "passthrough:///"} {
		if rest, ok := strings.CutPrefix(target, scheme); ok {
			target = rest
			break
		}
	}
	return tlsconf.Loopback(target)
}

// errNotListening is a call to an address where no node listens.
var errNotListening = errors.New("not listening yet")

// callError words a failed call: a node that is not listening (not started
// yet, or still building) is named as such instead of a raw dial error.
func (c *clientFlags) callError(rpc string, err error) error {
	if notListening(err) {
		return fmt.Errorf("%w on %s: no node answers there (start one with `make run` or `zkprover serve`; it listens a moment after it starts; a node on another address: --addr)", errNotListening, c.addr)
	}
	return fmt.Errorf("%s on %s: %w", rpc, c.addr, err)
}

// notListening reports a call that failed because nothing accepts
// connections at the address.
func notListening(err error) bool {
	st, ok := status.FromError(err)
	return ok && st.Code() == codes.Unavailable &&
		(strings.Contains(st.Message(), "connection refused") || strings.Contains(st.Message(), "connect: ") ||
			strings.Contains(st.Message(), "no such host"))
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
	fl.Uint64Var(&f.maxCycles, "max-cycles", executor.DefaultMaxCycles, "job request maxCycles (positive; the node caps it at its own max-cycles)")
	fl.StringVar(&f.consumer, "consumer", "", "job request consumer address (20 bytes hex)")
}

func (f *jobFlags) options() (zkprover.InputOptions, error) {
	o := zkprover.InputOptions{Nonce: f.nonce, MaxCycles: f.maxCycles}
	if f.maxCycles == 0 {
		// the default is not 0: this is --max-cycles 0, which the request
		// would carry as "the default" (exec refuses it too)
		return o, fmt.Errorf("--max-cycles must be positive")
	}
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
	var (
		cf   clientFlags
		wait time.Duration
	)
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show a node's state (GetStatus); --wait waits until it is ready",
		Long: `Shows a node's state (GetStatus): BOOTING while it loads or sets up its
proving keys, IDLE or COMPUTING once it proves, HALT while it stops. A node
that is not listening yet is named as such. With --wait DURATION it waits
(up to DURATION) until the node listens and has its keys, showing what it
waits for on stderr, then prints the state.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := getStatus(cmd, &cf, wait)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			return cf.print(out, st, func() { printStatus(out, st) })
		},
	}
	cf.register(cmd)
	cmd.Flags().Var((*waitFlag)(&wait), "wait", "wait up to this long until the node listens and is ready (not BOOTING): a duration (10m) or a number of seconds")
	return cmd
}

// getStatus asks the node for its status; with wait > 0 it asks again every
// second until the node answers and is not BOOTING, or wait has passed.
func getStatus(cmd *cobra.Command, cf *clientFlags, wait time.Duration) (*pb.GetStatusResponse, error) {
	deadline := time.Now().Add(wait)
	said := ""
	say := func(what string) {
		if what != said {
			said = what
			fmt.Fprintf(cmd.ErrOrStderr(), "waiting: %s\n", what)
		}
	}
	for {
		st, err := func() (*pb.GetStatusResponse, error) {
			c, ctx, done, err := cf.connect(cmd.Context(), 0)
			if err != nil {
				return nil, err
			}
			defer done()
			st, err := c.GetStatus(ctx, &pb.GetStatusRequest{})
			if err != nil {
				return nil, cf.callError("GetStatus", err)
			}
			return st, nil
		}()
		// What it waits for is said before the deadline is looked at: a wait that ends at
		// its first try (one that took the whole wait) still shows what it waited for.
		expired := time.Now().After(deadline)
		switch {
		case wait <= 0:
			return st, err
		case err == nil && st.State != pb.GetStatusResponse_STATUS_PROVER_BOOTING:
			return st, nil
		case err == nil:
			say(fmt.Sprintf("the node on %s is BOOTING (loading or setting up its proving keys; its log shows the progress)", cf.addr))
		case errors.Is(err, errNotListening):
			say(fmt.Sprintf("not listening yet on %s", cf.addr))
		case !expired:
			return nil, err
		}
		if expired {
			if err != nil {
				return nil, fmt.Errorf("after waiting %s: %w", wait, err)
			}
			return nil, fmt.Errorf("the node on %s is still BOOTING after %s", cf.addr, wait)
		}
		select {
		case <-cmd.Context().Done():
			return nil, cmd.Context().Err()
		case <-time.After(time.Second):
		}
	}
}

func printStatus(out io.Writer, st *pb.GetStatusResponse) {
	rows := [][2]string{
		{"state", strings.TrimPrefix(st.State.String(), "STATUS_PROVER_")},
		{"versions", fmt.Sprintf("proto %s, server %s", st.VersionProto, st.VersionServer)},
	}
	if st.CurrentComputingRequestId != "" {
		rows = append(rows, [2]string{"computing", fmt.Sprintf("%s since %s", st.CurrentComputingRequestId, unixTime(st.CurrentComputingStartTime))})
	}
	if st.LastComputedRequestId != "" {
		rows = append(rows, [2]string{"last", fmt.Sprintf("%s at %s", st.LastComputedRequestId, unixTime(st.LastComputedEndTime))})
	}
	rows = append(rows, [2]string{"pending", fmt.Sprint(len(st.PendingRequestQueueIds))})
	for _, id := range st.PendingRequestQueueIds {
		rows = append(rows, [2]string{"", id})
	}
	if st.LongRuns != "" { // runs longer than every class (docs/recursion.md, "In the node")
		rows = append(rows, [2]string{"long runs", st.LongRuns})
	}
	if st.Fleet != "" { // the prover fleet (docs/fleet.md)
		rows = append(rows, [2]string{"fleet", st.Fleet})
	}
	for _, a := range st.Aggregators { // the aggregator channel (docs/aggregator.md)
		v := fmt.Sprintf("%s since %s, %d streams, %d requests", a.State, unixTime(a.Since), a.Connects, a.Requests)
		if a.LastError != "" {
			v += ", last error: " + a.LastError
		}
		rows = append(rows, [2]string{"aggregator " + a.Addr, v})
	}
	printTable(out, rows)
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
				return cf.callError("GenProof", err)
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
		wait waitFlag
		out  string
	)
	cmd := &cobra.Command{
		Use:   "get-proof ID",
		Short: "Get a job's result from a node (GetProof), waiting up to --wait for it to finish",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if id := strings.TrimPrefix(args[0], "job/"); len(id) == 66 && strings.HasPrefix(id, "0x") {
				return fmt.Errorf("%s is a chain job's id; get-proof takes the node job's (a UUID): zkprover relay status %s shows the chain job and its node job", args[0], id)
			}
			if err := checkOut(out, true); err != nil {
				return err
			}
			c, ctx, done, err := cf.connect(cmd.Context(), time.Duration(wait.seconds())*time.Second)
			if err != nil {
				return err
			}
			defer done()
			stream, err := c.GetProof(ctx)
			if err != nil {
				return cf.callError("GetProof", err)
			}
			if err := stream.Send(&pb.GetProofRequest{Id: args[0], Timeout: wait.seconds()}); err != nil {
				return cf.callError("GetProof", err)
			}
			resp, err := stream.Recv()
			if err != nil {
				return cf.callError("GetProof", err)
			}
			_ = stream.CloseSend()
			var written error
			if out != "" {
				written = writeProofOf(resp, out)
			}
			w := cmd.OutOrStdout()
			if err := cf.print(w, resp, func() {
				rows := getProofRows(resp)
				if out != "" && written == nil {
					rows = append(rows, [2]string{"proof file", fmt.Sprintf("%s (%s; %s)", out, proofWhat(resp), verifyHint(out))})
				}
				printTable(w, rows)
			}); err != nil {
				return err
			}
			if written != nil {
				return written
			}
			switch resp.Result {
			case pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK, pb.GetProofResponse_RESULT_GET_PROOF_PENDING:
				return nil
			default:
				code := strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_")
				if resp.ResultString != "" {
					return fmt.Errorf("job %s: %s: %s", resp.Id, code, resp.ResultString)
				}
				return fmt.Errorf("job %s: %s", resp.Id, code)
			}
		},
	}
	cf.register(cmd)
	cmd.Flags().Var(&wait, "wait", "wait up to this long for the job to finish: a duration (10m, 90s) or a number of seconds (600); 0: answer at once")
	cmd.Flags().StringVar(&out, "out", "", "also write the proof file (proof.json, what zkprover verify reads) to this file")
	return cmd
}

// waitFlag is get-proof's --wait: a duration (10m), or a plain number of
// seconds (600, as before durations were taken). GetProof's timeout is in
// whole seconds: a fraction is rounded up.
type waitFlag time.Duration

func (w *waitFlag) String() string {
	if *w == 0 {
		return "0"
	}
	return time.Duration(*w).String()
}

func (w *waitFlag) Set(s string) error {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		if n > uint64(math.MaxInt64/int64(time.Second)) {
			return fmt.Errorf("%s seconds: too long", s)
		}
		*w = waitFlag(time.Duration(n) * time.Second)
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("want a duration (10m, 90s) or a number of seconds (600)")
	}
	*w = waitFlag(d)
	return nil
}

func (w *waitFlag) Type() string { return "duration" }

// seconds is the wait in whole seconds, rounded up.
func (w waitFlag) seconds() uint64 {
	d := time.Duration(w)
	s := uint64(d / time.Second)
	if d%time.Second != 0 {
		s++
	}
	return s
}

// verifyHint says how to check a proof file that get-proof wrote: verify
// needs the node's keys, so --data must name the node's data folder (the
// folder ZKPROVER_DATA names when the client's environment sets it; the
// default is ./data). Without it, verify looks in ./data, and a setup run
// there to make keys makes other keys, which call the proof invalid.
func verifyHint(out string) string {
	if d := os.Getenv("ZKPROVER_DATA"); d != "" {
		return fmt.Sprintf("check it with `zkprover verify %s --data %s`", out, d)
	}
	return fmt.Sprintf("check it with `zkprover verify %s --data DIR`, DIR the node's data folder", out)
}

// writeProofOf writes the proof file (proof.json, what `verify` reads) of a
// GetProof answer.
func writeProofOf(resp *pb.GetProofResponse, path string) error {
	p, err := zkprover.ProofFromResponse(resp)
	if err != nil {
		return fmt.Errorf("nothing written to %s: %w", path, err)
	}
	return prover.WriteProofFile(path, p)
}

// getProofRows are a GetProof answer's lines for people.
func getProofRows(resp *pb.GetProofResponse) [][2]string {
	rows := [][2]string{
		{"id", resp.Id},
		{"result", strings.TrimPrefix(resp.Result.String(), "RESULT_GET_PROOF_")},
	}
	if resp.ResultString != "" {
		rows = append(rows, [2]string{"detail", resp.ResultString})
	}
	if resp.Result == pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_OK {
		pi := resp.GetPublic().GetPublicInputs()
		state := pi.GetOldStateRoot() + " (unchanged)"
		if pi.GetNewStateRoot() != pi.GetOldStateRoot() {
			state = pi.GetOldStateRoot() + " -> " + pi.GetNewStateRoot()
		}
		raw := (len(resp.RawProof) - 2) / 2
		rows = append(rows,
			[2]string{"program", resp.ProgramId},
			[2]string{"exit code", fmt.Sprint(resp.ExitCode)},
			[2]string{"cycles", groupDigits(resp.Cycles)},
			[2]string{"output", resp.Output},
			[2]string{"state root", state},
			[2]string{"proof", fmt.Sprintf("Groth16, %s, %d bytes raw, verified by the node", proofWhat(resp), raw)},
			[2]string{"input hash", resp.GetPublic().GetInputHash()},
		)
	}
	return append(rows, relayRows(resp.GetRelay())...)
}

// relayRows are a job's relay status lines (none when the node relays no results).
func relayRows(r *pb.GetProofResponse_RelayStatus) [][2]string {
	if r == nil {
		return nil
	}
	state := r.GetState()
	if r.GetRelayId() != "" {
		state += " (" + r.GetRelayId() + ")"
	}
	rows := [][2]string{{"relay", state}}
	if r.GetTxHash() != "" {
		tx := r.GetTxHash()
		if r.GetBlockNumber() != 0 {
			tx += fmt.Sprintf(" in block %d", r.GetBlockNumber())
		}
		plural := "s"
		if r.GetAttempts() == 1 {
			plural = ""
		}
		rows = append(rows, [2]string{"relay tx", fmt.Sprintf("%s (%d attempt%s)", tx, r.GetAttempts(), plural)})
	}
	if r.GetReason() != "" {
		rows = append(rows, [2]string{"relay reason", r.GetReason()})
	}
	if r.GetUpdatedAt() != 0 {
		rows = append(rows, [2]string{"relay updated", time.Unix(int64(r.GetUpdatedAt()), 0).UTC().Format(time.RFC3339)})
	}
	return rows
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
				return cf.callError("cancel", err)
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
				return cf.callError("execute", err)
			}
			if err := stream.Send(&pb.ExecuteRequest{Input: ip}); err != nil {
				return cf.callError("execute", err)
			}
			resp, err := stream.Recv()
			if err != nil {
				return cf.callError("execute", err)
			}
			_ = stream.CloseSend()
			w := cmd.OutOrStdout()
			if err := cf.print(w, resp, func() {
				rows := [][2]string{{"result", strings.TrimPrefix(resp.Result.String(), "RESULT_EXECUTE_")}}
				if resp.ResultString != "" {
					rows = append(rows, [2]string{"detail", resp.ResultString})
				}
				if resp.Result == pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_OK {
					rows = append(rows,
						[2]string{"program", resp.ProgramId},
						[2]string{"exit code", fmt.Sprint(resp.ExitCode)},
						[2]string{"cycles", groupDigits(resp.Cycles)},
						[2]string{"output", resp.Output},
						[2]string{"new root", resp.NewStateRoot})
					keys := make([]string, 0, len(resp.DiffKeysValues))
					for k := range resp.DiffKeysValues {
						keys = append(keys, k)
					}
					sort.Strings(keys)
					for _, k := range keys {
						rows = append(rows, [2]string{"changed", k + " = " + resp.DiffKeysValues[k]})
					}
					for _, l := range resp.Logs {
						rows = append(rows, [2]string{"log", l})
					}
				}
				printTable(w, rows)
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

// proofWhat names the proof of a GetProof answer: its class, or for the final
// proof of a long run its segments.
func proofWhat(resp *pb.GetProofResponse) string {
	if resp.ProofKind == prover.KindFinal {
		return fmt.Sprintf("final proof over %d segments of at most 2^%d steps", resp.GetProgress().GetSegments(), resp.ProofClass&^prover.FinalClassFlag)
	}
	return "class " + prover.ClassLabel(int(resp.ProofClass))
}

// proofClassLabel names an on-chain proof class byte: "2^12", "2^11
// sha256", or "final (segments of 2^12 steps)".
func proofClassLabel(c uint8) string {
	if c&0xC0 == prover.FinalClassFlag {
		return fmt.Sprintf("final (segments of 2^%d steps)", c&^prover.FinalClassFlag)
	}
	return prover.ClassLabel(int(c))
}

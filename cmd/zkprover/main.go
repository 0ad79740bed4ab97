// Command zkprover is the prover node and its tools: it runs RISC-V programs,
// proves the runs with Groth16, serves the zkprover gRPC protocol and talks to
// aggregators and chains. Run `zkprover --help` for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkprover/zkprover/buildinfo"
)

func main() {
	os.Exit(run())
}

// run executes the command line and returns the exit status (a function of
// its own, so that its deferred calls run before os.Exit). The first
// SIGINT/SIGTERM cancels the command's context (serve stops gracefully); a
// second one exits at once (stopOnSignals).
func run() int {
	// The logger's settings (zerolog keeps them package-wide): timestamps to the
	// millisecond, durations in seconds, as the *_s fields are.
	zerolog.TimeFieldFormat = "2006-01-02T15:04:05.000Z07:00"
	zerolog.DurationFieldUnit, zerolog.DurationFieldInteger = time.Second, false
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go stopOnSignals(sigs, cancel, os.Stderr, os.Exit)
	err := newRootCmd().ExecuteContext(ctx)
	return exitStatus(err, context.Cause(ctx), os.Stderr)
}

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "interrupted by " + signalName(i.sig) }

// forcedStopNote is what a second signal's line adds after "stopping now"
// (a command that leaves work behind says what becomes of it: serve, worker).
var forcedStopNote atomic.Pointer[string]

// setForcedStopNote sets what the line of a second signal adds.
func setForcedStopNote(s string) { forcedStopNote.Store(&s) }

// forcedStopLog, when set (serve), takes the second signal's line in its own format (JSON
// lines by default) instead of a plain line on stderr.
var forcedStopLog atomic.Pointer[zerolog.Logger]

// stopOnSignals cancels the command's context at the first signal and, at a
// second one (an operator who will not wait for the grace period and the
// stop timeouts), says so on stderr and exits at once with 128 + the
// signal's number.
func stopOnSignals(sigs <-chan os.Signal, cancel context.CancelCauseFunc, stderr io.Writer, exit func(int)) {
	first := <-sigs
	cancel(interrupted{first})
	second := <-sigs
	note := ""
	if p := forcedStopNote.Load(); p != nil {
		note = *p
	}
	if l := forcedStopLog.Load(); l != nil {
		l.Warn().Msgf("second %s: stopping now%s", signalName(second), note)
	} else {
		fmt.Fprintf(stderr, "second %s: stopping now%s\n", signalName(second), note)
	}
	exit(signalStatus(second))
}

// signalName is "interrupt" for SIGINT (Ctrl-C), else the signal's name.
func signalName(sig os.Signal) string {
	if sig == os.Interrupt {
		return "interrupt"
	}
	if sig == syscall.SIGTERM {
		return "SIGTERM"
	}
	return sig.String()
}

// signalStatus is the shell's exit status of a process stopped by sig:
// 130 for SIGINT, 143 for SIGTERM.
func signalStatus(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + int(syscall.SIGINT)
}

// hinted is an error with advice that is printed also when a signal interrupted the command
// (whose error is otherwise the one word "interrupted").
type hinted struct {
	err  error
	hint string
}

func (h hinted) Error() string { return h.hint + ": " + h.err.Error() }
func (h hinted) Unwrap() error { return h.err }

// exitStatus prints a command's error and returns the exit status: 0, 1 for
// an error, or 128 + the signal's number for a command a signal
// interrupted (cause: its context's cause); a command that ends well after
// a signal (serve's graceful stop) exits 0.
func exitStatus(err, cause error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var le loggedError
	logged := errors.As(err, &le)
	var in interrupted
	var h hinted
	if errors.As(cause, &in) {
		switch {
		case logged && cancelled(err):
			le.log.Info().Msg("interrupted")
		case logged:
			le.log.Error().Err(le.err).Msg("interrupted; stopped with an error")
		case cancelled(err) && errors.As(err, &h):
			fmt.Fprintln(stderr, "interrupted;", h.hint)
		case cancelled(err):
			fmt.Fprintln(stderr, "interrupted")
		default:
			fmt.Fprintln(stderr, "interrupted; error:", err)
		}
		return signalStatus(in.sig)
	}
	if logged {
		le.log.Error().Err(le.err).Msg("stopped with an error")
		return 1
	}
	fmt.Fprintln(stderr, "error:", err)
	return 1
}

// loggedError is the error of a command that has a logger of its own (serve: JSON lines by
// default): exitStatus writes it there, in the log's format, rather than as a plain line.
type loggedError struct {
	err error
	log zerolog.Logger
}

func (e loggedError) Error() string { return e.err.Error() }
func (e loggedError) Unwrap() error { return e.err }

// cancelled reports an error that only says the work was cancelled.
func cancelled(err error) bool {
	return errors.Is(err, context.Canceled) || status.Code(err) == codes.Canceled || strings.Contains(err.Error(), context.Canceled.Error())
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "zkprover",
		Short:         "A RISC-V zkVM prover node: execute programs, prove runs with Groth16, serve aggregators",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       buildinfo.Get().String(), // --version
	}
	// Each part of the node adds its commands here.
	root.AddCommand(newExecCmd(), newServeCmd(), newStatusCmd(), newGenProofCmd(), newGetProofCmd(), newCancelCmd(), newExecuteCmd(), newSetupCmd(), newCeremonyCmd(), newProveCmd(), newVerifyCmd(), newBenchCmd(), newContractsCmd(), newRelayCmd(), newChainCmd(), newRequestCmd(), newProveWorkerCmd(), newSubmitProgramCmd(), newSubmitJobCmd(), newGetResultCmd())
	root.AddCommand(newWorkerCmd(), newFleetCmd()) // the prover fleet (docs/fleet.md)
	withUsageOnArgErrors(root)
	return root
}

// withUsageOnArgErrors makes a wrong number of arguments name the command's
// usage line in its error (SilenceUsage keeps cobra from printing the whole
// help; "accepts 1 arg(s), received 0" alone does not say which argument).
func withUsageOnArgErrors(c *cobra.Command) {
	for _, sub := range c.Commands() {
		withUsageOnArgErrors(sub)
	}
	if c.Args == nil {
		return
	}
	check := c.Args
	c.Args = func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return fmt.Errorf("%w\nusage: %s (see %s --help)", err, cmd.UseLine(), cmd.CommandPath())
		}
		return nil
	}
}

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	gnarklogger "github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
)

func newSetupCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "setup --cycles 2^k [--hash sha256|keccak]",
		Short: "Make (or check) the proving and verifying keys of a capacity class",
		Long: `Makes the keys of the class of 2^k cycles under <data>/keys/class-<k>/: the
compiled constraint system, the proving and verifying keys (raw), the exported
Solidity verifier (Verifier.sol) and manifest.json with the sha256 of every
file. When the class already exists it is checked instead (manifest and
checksums).

The setup is a single-party Groth16 setup, marked "insecure-development": whoever
runs it can forge proofs. Production keys come from a multi-party ceremony
(zkprover ceremony, docs/ceremony.md); for those, the check also reports the
setup kind and the ceremony's transcript hash.

--hash sha256 or --hash keccak makes a hash class instead (class-<k>-sha256,
class-<k>-keccak): the class of 2^k cycles with one SHA256_COMPRESS row per 64
steps (from 2^6) or one KECCAK_F row per 512 steps (from 2^9), for programs that
hash with the precompiles (docs/circuit.md "Hash classes"). A prover with such a
class next to the base classes takes it for runs that no smaller class holds.`,
		Args: cobra.NoArgs,
		RunE: runSetup,
	}
	cmd.Flags().String("cycles", "", "class capacity: a power of two, as 256 or 2^8 (required)")
	cmd.Flags().String("hash", "", "make a hash class: sha256 (more SHA256_COMPRESS rows) or keccak (more KECCAK_F rows)")
	cmd.Flags().String("data", "data", "data folder; keys live in <data>/keys")
	cmd.Flags().Bool("json", false, "print the class manifest as JSON")
	cmd.Flags().String("keys", "", "keys folder (default <data>/keys); the long-run keys are in <keys>/longrun")
	cmd.Flags().Bool("progress-json", false, "with --segment: print the setup's progress as JSON lines on stdout and make again keys that fail their circuit check (the node's background setup)")
	cmd.Flags().String("segment", "", "make (or check) the long-run keys of segment class 2^k instead: segment, aggregation and final circuits under <data>/keys/longrun (docs/recursion.md); --cycles is not used")
	return cmd
}

// parseCycles reads a class capacity written as "256" or "2^8" and returns
// its log2.
func parseCycles(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("--cycles is required (e.g. --cycles 2^10)")
	}
	if b, e, ok := strings.Cut(s, "^"); ok {
		if strings.TrimSpace(b) != "2" {
			return 0, fmt.Errorf("--cycles %q: want a power of two such as 2^10", s)
		}
		k, err := strconv.Atoi(strings.TrimSpace(e))
		if err != nil || k < 1 || k > 30 {
			return 0, fmt.Errorf("--cycles %q: exponent must be 1..30", s)
		}
		return k, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n < 2 || n&(n-1) != 0 || n > 1<<30 {
		return 0, fmt.Errorf("--cycles %q: want a power of two such as 1024 or 2^10", s)
	}
	return bits.TrailingZeros64(n), nil
}

// keysDir is the key store inside a data folder.
func keysDir(data string) string { return filepath.Join(data, "keys") }

// proverLogger logs to stderr for the prover commands, without colours
// when w is not a terminal.
func proverLogger(w io.Writer) zerolog.Logger {
	return zerolog.New(zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly, NoColor: noColor(w)}).With().Timestamp().Logger()
}

// noColor reports whether a console log on w must be plain: w is a file or
// pipe, not a terminal (ANSI colour codes would land in the file).
func noColor(w io.Writer) bool {
	f, isFile := w.(*os.File)
	return !isFile || !isTerminal(f)
}

// quietLogger is the prover's log for commands that show their own
// progress and results (setup, prove, verify, bench): it only speaks when
// something needs attention (warnings: insecure keys, ...), without colours
// when w is not a terminal.
func quietLogger(w io.Writer) zerolog.Logger {
	return zerolog.New(zerolog.ConsoleWriter{Out: w, NoColor: noColor(w),
		PartsExclude: []string{zerolog.TimestampFieldName}}).Level(zerolog.WarnLevel)
}

// quietGnark stops gnark's own logger (compile statistics, debug lines) from
// interleaving with the commands' output.
func quietGnark() { gnarklogger.Disable() }

func runSetup(cmd *cobra.Command, _ []string) error {
	quietGnark()
	if seg, _ := cmd.Flags().GetString("segment"); seg != "" {
		if err := noHashWithSegment(cmd); err != nil {
			return err
		}
		return runSetupLong(cmd, seg)
	}
	s, _ := cmd.Flags().GetString("cycles")
	hs, _ := cmd.Flags().GetString("hash")
	k, err := classID(s, hs)
	if err != nil {
		return err
	}
	data, _ := cmd.Flags().GetString("data")
	asJSON, _ := cmd.Flags().GetBool("json")
	root := keysDir(data)
	if k, _ := cmd.Flags().GetString("keys"); k != "" {
		root = k
	}
	log := quietLogger(os.Stderr).With().Str("component", "setup").Logger()
	out := cmd.OutOrStdout()

	m, err := prover.CheckClass(root, k)
	switch {
	case err == nil:
		if m.Family != prover.DefaultFamily().Name() {
			return fmt.Errorf("class %s in %s holds keys of circuit family %q, this build proves %q: remove the folder and run setup again", m.Class, root, m.Family, prover.DefaultFamily().Name())
		}
		if _, err := prover.Open(cmd.Context(), root, prover.WithClasses(k), prover.WithCircuitCheck(true), prover.WithoutProvingKey(), prover.WithLogger(log)); err != nil {
			return err
		}
		if m.SetupKind == prover.SetupMPC {
			if err := ceremony.CheckRecord(m); err != nil {
				return err
			}
			if ceremony.BindsKeys(m.Ceremony) {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: ceremony keys; the verifying key is the one the ceremony's transcript names (compare the transcript sha256 below with the published one)\n", prover.ClassDir(root, k))
			} else {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: ceremony keys of a transcript of version 1, which does not name the keys: `zkprover ceremony verify --data` shows they are the ceremony's\n", prover.ClassDir(root, k))
			}
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: present and intact (every sha256 matches its manifest; the keys are of the current circuit: same sizes and circuit.r1cs sha256)\n", prover.ClassDir(root, k))
		if done, err := prover.RefreshVerifier(root, k); err != nil {
			return err
		} else if done {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s: Verifier.sol re-exported (one pairing call per proof; the keys are unchanged)\n", prover.ClassDir(root, k))
		}
	case errors.Is(err, prover.ErrNoClass):
		progress, finish := setupProgress(os.Stderr, isTerminal(os.Stderr))
		m, err = prover.SetupClass(cmd.Context(), root, prover.DefaultFamily(), k, progress, log)
		finish()
		if err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: created (compile and Groth16 setup took %s)\n", prover.ClassDir(root, k), prover.RoundDuration(time.Duration(m.SetupSeconds*float64(time.Second))))
	default:
		return err
	}
	if m.SetupKind == prover.SetupInsecure {
		fmt.Fprintln(cmd.ErrOrStderr(), "WARNING: insecure development keys (single-party setup): whoever ran the setup can forge proofs. Production keys come from a multi-party ceremony: zkprover ceremony, docs/ceremony.md.")
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(m)
	}
	fmt.Fprintf(out, "class        %s (%s steps%s)\nfamily       %s\nconstraints  %s (%.1f per step)\npublic       %d inputs, %d commitment(s)\ngnark        %s, %s/%s\nsetup        %s\nverifier     %s\n",
		m.Class, groupDigits(m.Steps), hashRows(m), m.Family, groupDigits(m.Constraints), float64(m.Constraints)/float64(m.Steps),
		m.PublicInputs, m.Commitments, m.GnarkVersion, m.Curve, m.Backend, m.SetupKind,
		filepath.Join(prover.ClassDir(root, k), prover.FileVerifier))
	if r := m.Ceremony; r != nil {
		fmt.Fprintf(out, "transcript   %s (phase 1: %s of 2^%d, phase 2: %d contributions)\n", r.TranscriptSHA256, r.Phase1Source, r.Phase1Power, len(r.Contributions))
	}
	return nil
}

// hashRows describes a hash class's precompile rows ("" for a base class).
func hashRows(m *prover.Manifest) string {
	if m.Hash == "" {
		return ""
	}
	sha, keccak := prover.RV32IM{}.PrecompileRows(m.ID())
	return fmt.Sprintf(", %s hash class: %d SHA-256 and %d Keccak rows", m.Hash, sha, keccak)
}

// classID is the identifier of the class --cycles and --hash name: log2 of
// the cycles, or a hash class's identifier (circuits.NewHashClass).
func classID(cycles, hash string) (int, error) {
	k, err := parseCycles(cycles)
	if err != nil {
		return 0, err
	}
	h, err := circuits.ParseHash(hash)
	if err != nil {
		return 0, fmt.Errorf("--hash: %w", err)
	}
	if h == 0 {
		return k, nil
	}
	c, err := circuits.NewHashClass(k, h)
	if err != nil {
		return 0, fmt.Errorf("--cycles %s --hash %s: %w", cycles, hash, err)
	}
	return c.ID(), nil
}

// noHashWithSegment refuses --hash next to --segment: hash classes are
// whole-run classes, segment classes have none (docs/recursion.md).
func noHashWithSegment(cmd *cobra.Command) error {
	if h, _ := cmd.Flags().GetString("hash"); h != "" {
		return errors.New("--hash names a whole-run hash class; segment classes have none (docs/recursion.md)")
	}
	return nil
}

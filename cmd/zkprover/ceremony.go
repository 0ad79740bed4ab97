package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/node"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
	"github.com/zkprover/zkprover/prover/longrun"
)

// ceremonyTarget is the circuit a ceremony command works on and the key
// store its class folder goes to.
type ceremonyTarget struct {
	fam   prover.Family
	keys  string // key store: <keys> for the single-class circuit, <keys>/longrun/<store> for a long-run one
	root  string // the long-run keys' root (long-run circuits only)
	store string // longrun.DirSegment, DirAggregate or DirFinal; "" for the single-class circuit
}

// ceremonyCircuitFlags adds --circuit, --data and --keys.
func ceremonyCircuitFlags(cmd *cobra.Command, dataHelp string) {
	cmd.Flags().String("circuit", "rv32im", "the circuit: rv32im (a single-class proof), or a long-run circuit: segment, aggregate, final (--cycles is then the segment class)")
	cmd.Flags().String("data", "data", dataHelp)
	cmd.Flags().String("keys", "", "keys folder (default <data>/keys); the long-run keys are in <keys>/longrun")
	cmd.Flags().String("hash", "", "with --circuit rv32im: the hash class of --cycles, sha256 or keccak (zkprover setup --help)")
}

// ceremonyClass is the class identifier --cycles (and, for the rv32im
// circuit, --hash) name.
func ceremonyClass(cmd *cobra.Command, cycles string) (int, error) {
	hash, _ := cmd.Flags().GetString("hash")
	if circuit, _ := cmd.Flags().GetString("circuit"); hash != "" && circuit != "" && circuit != prover.DefaultFamily().Name() {
		return 0, fmt.Errorf("--hash names a class of the rv32im circuit, not of %s", circuit)
	}
	return classID(cycles, hash)
}

// ceremonyTargetOf reads --circuit, --data and --keys. The aggregation and
// final circuits are built over the keys of the circuits before them, read
// from the long-run key store when they are compiled.
func ceremonyTargetOf(cmd *cobra.Command) (*ceremonyTarget, error) {
	circuit, _ := cmd.Flags().GetString("circuit")
	data, _ := cmd.Flags().GetString("data")
	keys := keysDir(data)
	if k, _ := cmd.Flags().GetString("keys"); k != "" {
		keys = k
	}
	switch circuit {
	case "", prover.DefaultFamily().Name():
		return &ceremonyTarget{fam: prover.DefaultFamily(), keys: keys}, nil
	case longrun.DirSegment, longrun.DirAggregate, longrun.DirFinal:
		root := node.LongRunKeysDir(keys)
		fam, err := longrun.StoreFamily(cmd.Context(), root, circuit)
		if err != nil {
			return nil, err
		}
		return &ceremonyTarget{fam: fam, keys: filepath.Join(root, circuit), root: root, store: circuit}, nil
	}
	return nil, fmt.Errorf("--circuit %q: want rv32im, segment, aggregate or final", circuit)
}

func newCeremonyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Run a multi-party setup ceremony for production keys (on files, one participant at a time)",
		Long: `A multi-party Groth16 setup ceremony (gnark mpcsetup, BN254): the keys it makes
are safe if at least one participant of each phase kept their randomness secret.
Participants never meet: each takes the last file, contributes, and publishes
the new file and its contribution hash. See docs/ceremony.md.

  phase 1 (powers of tau, any circuit):
    zkprover ceremony init phase1 --power 17 --out phase1-00.zkc
    zkprover ceremony contribute phase1-00.zkc phase1-01.zkc          (each participant)
    zkprover ceremony srs --beacon HEX --out srs.zkc phase1-*.zkc     (or: srs --ptau FILE.ptau)
  phase 2 (one class):
    zkprover ceremony init phase2 --cycles 2^8 --srs srs.zkc --out phase2-00.zkc
    zkprover ceremony contribute phase2-00.zkc phase2-01.zkc          (each participant)
    zkprover ceremony finalize --srs srs.zkc --beacon HEX phase2-*.zkc
  anyone:
    zkprover ceremony verify phase1-*.zkc srs.zkc phase2-*.zkc [--beacon HEX --data DIR]`,
	}
	cmd.AddCommand(newCeremonyInitCmd(), newCeremonyContributeCmd(), newCeremonySRSCmd(), newCeremonyVerifyCmd(), newCeremonyFinalizeCmd())
	return cmd
}

// ceremonyLogger logs the ceremony's progress on stderr.
func ceremonyLogger() zerolog.Logger {
	return proverLogger(os.Stderr).With().Str("component", "ceremony").Logger()
}

// parseBeacon reads a beacon given in hex (0x optional).
func parseBeacon(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("--beacon %q: want hex: %w", s, err)
	}
	if len(b) < ceremony.MinBeacon {
		return nil, fmt.Errorf("--beacon: %d bytes, give at least %d (a public random value fixed after the last contribution, e.g. a drand round or a block hash announced in advance)", len(b), ceremony.MinBeacon)
	}
	return b, nil
}

func newCeremonyInitCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write the initial file of a phase (phase1: for a size; phase2: for a class, from an SRS)",
	}
	p1 := &cobra.Command{
		Use:   "phase1 --power P --out FILE",
		Short: "Write the initial phase-1 file: 2^P powers of tau (--cycles 2^k picks the power class 2^k needs)",
		Long: `Writes the initial file of a phase 1 (powers of tau) of 2^P powers, enough for
every circuit of at most 2^P constraints. It holds no randomness: the first
participant contributes to it. --cycles 2^k picks the power that class 2^k of the
zkVM's circuit needs (it compiles the circuit); docs/ceremony.md lists them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			quietGnark()
			power, _ := cmd.Flags().GetInt("power")
			cycles, _ := cmd.Flags().GetString("cycles")
			out, _ := cmd.Flags().GetString("out")
			if out == "" {
				return errors.New("--out is required")
			}
			if err := checkOut(out, false); err != nil {
				return err
			}
			switch {
			case cycles != "" && power != 0:
				return errors.New("give --power or --cycles, not both")
			case cycles != "":
				k, err := ceremonyClass(cmd, cycles)
				if err != nil {
					return err
				}
				target, err := ceremonyTargetOf(cmd)
				if err != nil {
					return err
				}
				c, err := ceremony.CompileCircuit(target.fam, k)
				if err != nil {
					return err
				}
				power = c.Power
			case power == 0:
				return errors.New("--power (or --cycles) is required")
			}
			info, err := ceremony.InitPhase1(out, power)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "phase 1 of 2^%d powers of tau: initial file %s\nsha256 %s\n", power, out, info.Hash)
			return nil
		},
	}
	p1.Flags().Int("power", 0, "log2 of the number of powers of tau (the largest circuit domain it serves)")
	p1.Flags().String("cycles", "", "pick the power class 2^k of the zkVM's circuit needs, as 2^k")
	p1.Flags().String("out", "", "file to write (required; never overwritten)")
	ceremonyCircuitFlags(p1, "with --cycles and a long-run circuit: data folder whose keys the circuit is built over")

	p2 := &cobra.Command{
		Use:   "phase2 --cycles 2^k --srs FILE --out FILE",
		Short: "Write the initial phase-2 file of a class from an SRS (a finished phase 1)",
		Long: `Compiles class 2^k of the zkVM's circuit and writes the initial file of its
phase 2, computed from the SRS (written by 'zkprover ceremony srs'). Anyone can
recompute it: verify does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			quietGnark()
			cycles, _ := cmd.Flags().GetString("cycles")
			k, err := ceremonyClass(cmd, cycles)
			if err != nil {
				return err
			}
			srs, _ := cmd.Flags().GetString("srs")
			out, _ := cmd.Flags().GetString("out")
			if srs == "" || out == "" {
				return errors.New("--srs and --out are required")
			}
			if err := checkOut(out, false); err != nil {
				return err
			}
			target, err := ceremonyTargetOf(cmd)
			if err != nil {
				return err
			}
			info, err := ceremony.InitPhase2(cmd.Context(), target.fam, k, srs, out, ceremonyLogger())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "phase 2 of %s class %s (%d constraints, domain 2^%d): initial file %s\ncircuit sha256 %s\nsrs     sha256 %s\nsha256 %s\n",
				info.Family, prover.ClassLabel(info.Class), info.Constraints, info.Power, out, info.Circuit, info.SRS, info.Hash)
			return nil
		},
	}
	p2.Flags().String("cycles", "", "class capacity, as 2^k (required)")
	p2.Flags().String("srs", "", "the SRS file phase 2 starts from (required)")
	p2.Flags().String("out", "", "file to write (required; never overwritten)")
	ceremonyCircuitFlags(p2, "for the aggregation and final circuits: data folder whose long-run keys the circuit is built over")
	cmd.AddCommand(p1, p2)
	return cmd
}

func newCeremonyContributeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "contribute IN OUT",
		Short: "Add your contribution to the last file of a phase; prints the hash to publish",
		Long: `Reads IN (the last file of phase 1 or phase 2), adds a contribution made with
fresh randomness from the operating system, and writes OUT. The randomness
exists only in this process's memory and is gone when it exits: there is
nothing to keep or delete. Publish OUT and the contribution hash printed.
Check first that IN's hash (printed as "made on") is the one its author
published.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			quietGnark()
			start := time.Now()
			prev, next, err := ceremony.Contribute(cmd.Context(), args[0], args[1], ceremonyLogger())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: contribution %d to %s, in %s\nmade on           %s (%s)\ncontribution hash %s\n",
				args[1], next.Index, describePhase(next), prover.RoundDuration(time.Since(start)), prev.Hash, args[0], next.Hash)
			fmt.Fprintln(cmd.ErrOrStderr(), "Publish the contribution hash and the file; hand the file to the next participant.")
			return nil
		},
	}
}

// describePhase names a file's phase for people.
func describePhase(h *ceremony.FileInfo) string {
	if h.Kind == ceremony.KindPhase2 {
		return fmt.Sprintf("phase 2 of %s class %s", h.Family, prover.ClassLabel(h.Class))
	}
	return fmt.Sprintf("phase 1 of 2^%d", h.Power)
}

func newCeremonySRSCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "srs --out FILE (--beacon HEX PHASE1_FILE... | --ptau FILE.ptau [--power P])",
		Short: "Finish phase 1 (verify it, apply the beacon) or import a powers-of-tau file: the SRS phase 2 starts from",
		Long: `With phase-1 files (the initial file, then every contribution, in order) and a
beacon: verifies every contribution, applies the beacon and writes the SRS.

With --ptau: imports the powers of tau of a snarkjs .ptau file (BN254, e.g. the
Hermez/Polygon powersOfTau28_hez_final_NN.ptau files), truncated to 2^P
(--power, default the file's), after checking every point and that they are
powers of one τ. Compare the printed sha256 (or b2sum's BLAKE2b) of the file
with the hash its ceremony published.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			quietGnark()
			out, _ := cmd.Flags().GetString("out")
			ptau, _ := cmd.Flags().GetString("ptau")
			if out == "" {
				return errors.New("--out is required")
			}
			if err := checkOut(out, false); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if ptau != "" {
				if len(args) > 0 {
					return errors.New("--ptau takes no phase-1 files")
				}
				power, _ := cmd.Flags().GetInt("power")
				info, err := ceremony.ImportPtau(cmd.Context(), ptau, power, out)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "SRS of 2^%d powers of tau imported from %s (2^%d powers, sha256 %s)\nwritten to %s, sha256 %s\n",
					info.Power, ptau, info.Origin.PtauPower, info.Origin.PtauSHA256, out, info.Hash)
				return nil
			}
			if len(args) == 0 {
				return errors.New("give the phase-1 files in order (or --ptau FILE)")
			}
			bs, _ := cmd.Flags().GetString("beacon")
			beacon, err := parseBeacon(bs)
			if err != nil {
				return err
			}
			info, err := ceremony.SealPhase1(cmd.Context(), args, beacon, out, printStep(w))
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "phase 1 verified (%d contributions) and sealed with beacon %s\nSRS of 2^%d powers written to %s, sha256 %s\n",
				len(info.Origin.Contributions), info.Origin.Beacon, info.Power, out, info.Hash)
			return nil
		},
	}
	cmd.Flags().String("out", "", "SRS file to write (required; never overwritten)")
	cmd.Flags().String("beacon", "", "phase 1's beacon, hex (with phase-1 files)")
	cmd.Flags().String("ptau", "", "import this snarkjs powers-of-tau file instead")
	cmd.Flags().Int("power", 0, "with --ptau: keep 2^P powers (default: all of the file's)")
	return cmd
}

// printStep prints each file a check accepted.
func printStep(w io.Writer) ceremony.Reporter {
	return func(s ceremony.Step) {
		f := s.File
		var what string
		switch {
		case f.Kind == ceremony.KindSRS && f.Origin.Source == ceremony.SourcePtau:
			what = fmt.Sprintf("SRS of 2^%d, imported .ptau %s", f.Power, f.Origin.PtauSHA256)
		case f.Kind == ceremony.KindSRS:
			what = fmt.Sprintf("SRS of 2^%d, phase 1 of %d contributions, beacon %s", f.Power, len(f.Origin.Contributions), f.Origin.Beacon)
		case f.Index == 0:
			what = describePhase(f) + ", initial file"
		default:
			what = fmt.Sprintf("%s, contribution %d", describePhase(f), f.Index)
		}
		fmt.Fprintf(w, "%3d ok  %s  %s  sha256 %s\n", s.Position, filepath.Base(f.Path), what, f.Hash)
	}
}

func newCeremonyVerifyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify FILE...",
		Short: "Check a ceremony's files: every contribution, the SRS, and (with --beacon) the keys",
		Long: `Checks the files of a ceremony, given in order: the phase-1 files (initial file,
then every contribution), the srs file, the phase-2 files (initial file, then
every contribution); any part may be left out (phase-2 files alone need
--srs). Every contribution is checked against the file before it; the SRS is
recomputed from the phase-1 files and its beacon when they are given; the
initial phase-2 file is recomputed from the SRS and this build's circuit. The
first bad file is named with its position and the reason, and the command
fails.

With --beacon (phase 2's), the keys are sealed as finalize does: the command
prints the transcript hash and the sha256 of every key file, and with --data
checks that the key store holds exactly these keys and this record.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			quietGnark()
			w := cmd.OutOrStdout()
			o := ceremony.VerifyOptions{Report: printStep(w)}
			o.SRS, _ = cmd.Flags().GetString("srs")
			if bs, _ := cmd.Flags().GetString("beacon"); bs != "" {
				b, err := parseBeacon(bs)
				if err != nil {
					return err
				}
				o.Beacon = b
			}
			target, err := ceremonyTargetOf(cmd)
			if err != nil {
				return err
			}
			o.Family = target.fam
			if cmd.Flags().Changed("data") || cmd.Flags().Changed("keys") {
				if o.Beacon == nil {
					return errors.New("--data or --keys needs --beacon (the keys are sealed with it)")
				}
				o.Keys = target.keys
			}
			res, err := ceremony.Verify(cmd.Context(), args, o)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "all %d files verified\n", len(args))
			if res.SRS != nil && !res.SRSMatchesPhase1 {
				fmt.Fprintf(w, "the SRS's own phase 1 was not checked here (only that it is powers of one τ): give its phase-1 files too, or check the imported file's hash\n")
			}
			if res.Record != nil {
				fmt.Fprintf(w, "transcript sha256 %s\n", res.Record.TranscriptSHA256)
				names := make([]string, 0, len(res.KeyFiles))
				for n := range res.KeyFiles {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					fmt.Fprintf(w, "  %-14s sha256 %s\n", n, res.KeyFiles[n])
				}
			}
			if res.Matched != "" {
				fmt.Fprintf(w, "%s holds exactly these keys and this ceremony record\n", res.Matched)
			}
			return nil
		},
	}
	cmd.Flags().String("srs", "", "the SRS file phase-2 files start from, when the list holds none")
	cmd.Flags().String("beacon", "", "phase 2's beacon, hex: seal the keys and print their hashes and the transcript hash")
	ceremonyCircuitFlags(cmd, "with --beacon: check the keys in <data>/keys (or <data>/keys/longrun/<circuit>)")
	return cmd
}

func newCeremonyFinalizeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "finalize --srs FILE --beacon HEX PHASE2_FILE...",
		Short: "Verify phase 2, apply the beacon and write the keys into the key store (setup kind mpc)",
		Long: `Verifies the phase-2 files (initial file, then every contribution, in order)
against the SRS, applies the beacon and writes the class folder into
<data>/keys: the constraint system, the proving and verifying keys, the exported
Solidity verifier and manifest.json with setup_kind "mpc", every contribution
hash and the transcript hash. An existing class folder is never replaced.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			quietGnark()
			srs, _ := cmd.Flags().GetString("srs")
			if srs == "" {
				return errors.New("--srs is required")
			}
			bs, _ := cmd.Flags().GetString("beacon")
			beacon, err := parseBeacon(bs)
			if err != nil {
				return err
			}
			target, err := ceremonyTargetOf(cmd)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			// aggregation and final keys: depends.json goes into the
			// class folder with them (a finalize killed after the
			// keys and before a separate write left keys refused as
			// stale, which only a new verification of hours cured)
			var extra func(int) (map[string][]byte, error)
			if target.store != "" {
				extra = func(k int) (map[string][]byte, error) {
					files, err := longrun.DependsFiles(cmd.Context(), target.root, target.store, k)
					if err != nil {
						return nil, fmt.Errorf("the keys the %s circuit is built over: %w", target.store, err)
					}
					return files, nil
				}
			}
			m, err := ceremony.FinalizeWith(cmd.Context(), target.fam, srs, args, beacon, target.keys, printStep(w), ceremonyLogger(), extra)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "%s: ceremony keys written (setup kind %s, %d phase-2 contributions)\ntranscript sha256 %s\nverifier %s\n",
				prover.ClassDir(target.keys, m.ID()), m.SetupKind, len(m.Ceremony.Contributions), m.Ceremony.TranscriptSHA256,
				filepath.Join(prover.ClassDir(target.keys, m.ID()), prover.FileVerifier))
			return nil
		},
	}
	cmd.Flags().String("srs", "", "the SRS file phase 2 started from (required)")
	cmd.Flags().String("beacon", "", "phase 2's beacon, hex (required)")
	ceremonyCircuitFlags(cmd, "data folder; keys are written to <data>/keys (or <data>/keys/longrun/<circuit>)")
	return cmd
}

// Command gentoy runs fresh setups of the test-only toy circuits and writes their keys to
// contracts/testdata and their verifiers to contracts/src/test: the whole-run stand-in
// (toy.pk, toy.vk, ToyVerifier.sol) and the final-proof stand-in (toyfinal.pk, toyfinal.vk,
// ToyFinalVerifier.sol). Run it only when a toy circuit changes (`-only toy` or `-only final`
// remakes one of them), then `make contracts`; TestToyVerifiersCurrent checks that the committed
// verifiers are the exports of the committed keys. `-export` keeps the committed keys and
// writes their verifiers again (after a change of the verifier template, prover/evmverifier).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zkprover/zkprover/contracts/internal/toycircuit"
)

func main() {
	dir := flag.String("dir", "contracts", "the contracts directory")
	only := flag.String("only", "", "remake one circuit's keys only: toy or final (default: both)")
	export := flag.Bool("export", false, "keep the committed keys; write their verifiers again")
	flag.Parse()
	if err := run(*dir, *only, *export); err != nil {
		fmt.Fprintln(os.Stderr, "gentoy:", err)
		os.Exit(1)
	}
}

func run(dir, only string, exportOnly bool) error {
	type circuit struct {
		name     string // file stem in testdata
		verifier string // file in src/test
		setup    func() (*toycircuit.Keys, error)
		load     func(pk, vk io.Reader) (*toycircuit.Keys, error)
		export   func(*toycircuit.Keys, io.Writer) error
	}
	all := []circuit{
		{"toy", "ToyVerifier.sol", toycircuit.Setup, toycircuit.Load, (*toycircuit.Keys).ExportSolidity},
		{"toyfinal", "ToyFinalVerifier.sol", toycircuit.SetupFinal, toycircuit.LoadFinal, (*toycircuit.Keys).ExportFinalSolidity},
	}
	switch only {
	case "":
	case "toy":
		all = all[:1]
	case "final":
		all = all[1:]
	default:
		return fmt.Errorf("-only %q: want toy or final", only)
	}
	for _, c := range all {
		if exportOnly {
			if err := reexport(dir, c.name, c.verifier, c.load, c.export); err != nil {
				return err
			}
			continue
		}
		k, err := c.setup()
		if err != nil {
			return err
		}
		var pk, vk, sol bytes.Buffer
		if _, err := k.PK.WriteTo(&pk); err != nil {
			return fmt.Errorf("encoding the proving key: %w", err)
		}
		if _, err := k.VK.WriteTo(&vk); err != nil {
			return fmt.Errorf("encoding the verifying key: %w", err)
		}
		if err := c.export(k, &sol); err != nil {
			return err
		}
		for p, b := range map[string][]byte{
			filepath.Join(dir, "testdata", c.name+".pk"):  pk.Bytes(),
			filepath.Join(dir, "testdata", c.name+".vk"):  vk.Bytes(),
			filepath.Join(dir, "src", "test", c.verifier): sol.Bytes(),
		} {
			if err := os.WriteFile(p, b, 0o644); err != nil {
				return fmt.Errorf("writing %s: %w", p, err)
			}
		}
	}
	return nil
}

// reexport writes the verifier of the committed keys testdata/<name>.pk and .vk.
func reexport(dir, name, verifier string, load func(pk, vk io.Reader) (*toycircuit.Keys, error),
	export func(*toycircuit.Keys, io.Writer) error) error {
	pk, err := os.Open(filepath.Join(dir, "testdata", name+".pk"))
	if err != nil {
		return err
	}
	defer pk.Close()
	vk, err := os.Open(filepath.Join(dir, "testdata", name+".vk"))
	if err != nil {
		return err
	}
	defer vk.Close()
	k, err := load(pk, vk)
	if err != nil {
		return err
	}
	var sol bytes.Buffer
	if err := export(k, &sol); err != nil {
		return err
	}
	p := filepath.Join(dir, "src", "test", verifier)
	if err := os.WriteFile(p, sol.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", p, err)
	}
	return nil
}

// Command gentoy runs a fresh setup of the test-only toy circuit and writes its keys to
// contracts/testdata and its verifier to contracts/src/test/ToyVerifier.sol. Run it only when
// the toy circuit changes, then `make contracts`.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zkprover/zkprover/contracts/internal/toycircuit"
)

func main() {
	if err := run("contracts"); err != nil {
		fmt.Fprintln(os.Stderr, "gentoy:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	k, err := toycircuit.Setup()
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
	if err := k.ExportSolidity(&sol); err != nil {
		return err
	}
	for p, b := range map[string][]byte{
		filepath.Join(dir, "testdata", "toy.pk"):             pk.Bytes(),
		filepath.Join(dir, "testdata", "toy.vk"):             vk.Bytes(),
		filepath.Join(dir, "src", "test", "ToyVerifier.sol"): sol.Bytes(),
	} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", p, err)
		}
	}
	return nil
}

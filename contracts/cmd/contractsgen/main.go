// Command contractsgen compiles the Solidity sources in contracts/src with the pinned solcjs
// and writes contracts/artifacts/*.json and contracts/bindings/bindings.go. Run it through
// `make contracts` from the repository root.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sort"

	"github.com/zkprover/zkprover/contracts/internal/gen"
	"github.com/zkprover/zkprover/contracts/solc"
)

func main() {
	dir := flag.String("dir", "contracts", "the contracts directory")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, *dir)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "contractsgen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir string) error {
	c, err := solc.Find(dir)
	if err != nil {
		return err
	}
	files, err := gen.Generate(ctx, c, dir)
	if err != nil {
		return err
	}
	// Remove artifacts of contracts that no longer exist.
	old, err := filepath.Glob(filepath.Join(dir, "artifacts", "*.json"))
	if err != nil {
		return fmt.Errorf("listing old artifacts: %w", err)
	}
	for _, p := range old {
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		if _, keep := files[filepath.ToSlash(rel)]; !keep {
			if err := os.Remove(p); err != nil {
				return fmt.Errorf("removing stale artifact %s: %w", p, err)
			}
		}
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", filepath.Dir(p), err)
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", p, err)
		}
	}
	fmt.Printf("contractsgen: wrote %d files under %s\n", len(names), dir)
	return nil
}

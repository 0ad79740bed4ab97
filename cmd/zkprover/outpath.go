package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// checkOut checks the file an --out flag names before the command does its
// work (a proof takes minutes, a ceremony phase hours): not a directory,
// in a directory that exists, and, unless overwrite, not there yet. An
// empty path (no --out) passes.
func checkOut(path string, overwrite bool) error {
	if path == "" {
		return nil
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("--out %s is a directory: name a file", path)
	case err == nil && !overwrite:
		return fmt.Errorf("--out %s already exists (never overwritten): choose another name", path)
	case err == nil:
		return nil
	}
	dir := filepath.Dir(path)
	dst, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("--out %s: directory %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("--out %s: %w", path, err)
	case !dst.IsDir():
		return fmt.Errorf("--out %s: %s is not a directory", path, dir)
	}
	return nil
}

package queue

import (
	"fmt"
	"syscall"
)

// freeBytes is the space unprivileged writers may still use on the file
// system that holds dir.
func freeBytes(dir string) (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, fmt.Errorf("reading the free space of %s: %w", dir, err)
	}
	return int64(st.Bavail) * int64(st.Bsize), nil //nolint:unconvert // field types differ between platforms
}

// FreeBytes is the free space on the file system that holds the store (-1
// when it cannot be read).
func (s *Store) FreeBytes() int64 {
	n, err := freeBytes(s.dir)
	if err != nil {
		return -1
	}
	return n
}

// checkDisk refuses new work (what would grow the store) while the file
// system that holds it has less than Options.MinFreeBytes free: work already
// admitted still needs room for its parts and results, and Badger fails
// every write on a full disk. A free space that cannot be read refuses too.
func (s *Store) checkDisk(what string, n int) error {
	if s.opts.MinFreeBytes <= 0 {
		return nil
	}
	free, err := freeBytes(s.dir)
	if err != nil {
		return fmt.Errorf("%s: %w: %w", what, err, ErrDiskLow)
	}
	if free-int64(n) < s.opts.MinFreeBytes {
		return fmt.Errorf("%s of %d bytes: %d bytes free on the job store's disk, below the reserve of %d (min-free-disk): %w",
			what, n, free, s.opts.MinFreeBytes, ErrDiskLow)
	}
	return nil
}

package node

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/queue"
)

// DiskStopFloor is the free space on the data folder's disk below which the node stops: Badger
// writes through memory-mapped files, and a write the disk has no room for kills the process
// with SIGBUS (a fault, not an error: nothing to catch), possibly in the middle of a job.
// Stopping while there is still room requeues the running jobs cleanly; a start below it is
// refused (queue.Open) rather than crash-looping.
const DiskStopFloor = queue.MinFreeToOpen

// diskCheckEvery is how often guardDisk reads the free space.
const diskCheckEvery = 2 * time.Second

// guardDisk reads the free space every diskCheckEvery (free: -1 when unreadable). Below floor
// it returns an error, which stops the node; below reserve (min-free-disk: new jobs are being
// refused) it warns, at most once every 10 minutes.
func guardDisk(ctx context.Context, free func() int64, floor, reserve int64, every time.Duration, log zerolog.Logger) error {
	t := time.NewTicker(every)
	defer t.Stop()
	var warned time.Time
	for {
		switch n := free(); {
		case n < 0:
		case n < floor:
			return fmt.Errorf("the data folder's disk has %d bytes free, below %d: stopping before a write finds it full (Badger would die of SIGBUS); free space and start again", n, floor)
		case n < reserve && time.Since(warned) >= 10*time.Minute:
			warned = time.Now()
			log.Warn().Int64("free_bytes", n).Int64("min_free_disk", reserve).
				Msg("the data folder's disk is below min-free-disk: new jobs and programs are refused (queue full, disk_low) until space is freed")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/zkprover/zkprover/prover"
)

// isTerminal reports whether f is a terminal (progress bars) rather than a
// file or pipe (progress lines).
func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// progressLineEvery is how often a running setup stage prints a line when
// the output is not a terminal.
const progressLineEvery = 30 * time.Second

// setupProgress shows a key setup's progress on w: on a terminal a bar
// filled by the elapsed share of the estimate, with the stage, the time
// elapsed and the time left; elsewhere a line when each stage starts, one
// every progressLineEvery while it runs, and one at the end. finish ends the
// bar (call it once the setup returned).
func setupProgress(w io.Writer, terminal bool) (progress prover.Progress, finish func()) {
	var mu sync.Mutex
	if !terminal {
		var stage prover.Stage
		var last time.Duration
		return func(r prover.SetupReport) {
			mu.Lock()
			defer mu.Unlock()
			if !r.Done && r.Stage == stage && r.Elapsed-last < progressLineEvery {
				return
			}
			stage, last = r.Stage, r.Elapsed
			fmt.Fprintln(w, r.String())
		}, func() {}
	}
	const scale = 1000
	var bar *progressbar.ProgressBar
	return func(r prover.SetupReport) {
			mu.Lock()
			defer mu.Unlock()
			if bar == nil {
				bar = progressbar.NewOptions(scale,
					progressbar.OptionSetWriter(w),
					progressbar.OptionSetElapsedTime(false),
					progressbar.OptionSetPredictTime(false),
					progressbar.OptionSetRenderBlankState(true),
					progressbar.OptionSetWidth(20),
					progressbar.OptionClearOnFinish(),
				)
			}
			if r.Done {
				_ = bar.Finish()
				fmt.Fprintln(w, r.String())
				return
			}
			share := scale - 1
			if r.Estimate > 0 && r.Elapsed < r.Estimate {
				share = int(int64(scale) * int64(r.Elapsed) / int64(r.Estimate))
			}
			bar.Describe(r.String())
			_ = bar.Set(share)
		}, func() {
			mu.Lock()
			defer mu.Unlock()
			if bar != nil && !bar.IsFinished() {
				_ = bar.Exit()
				fmt.Fprintln(w)
			}
		}
}

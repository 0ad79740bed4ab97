package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/zkprover/zkprover/prover"
)

// Output for people: aligned tables, durations rounded to what matters,
// numbers with thousands separators. Every command that
// prints this also has --json for scripts.

// humanDuration is d rounded for people (prover.RoundDuration); under a
// millisecond it keeps microseconds.
func humanDuration(d time.Duration) string {
	if d < time.Millisecond {
		return d.Round(time.Microsecond).String()
	}
	if d < time.Second {
		return d.Round(time.Millisecond).String()
	}
	return prover.RoundDuration(d).String()
}

// humanSeconds is a duration given in seconds, for people.
func humanSeconds(s float64) string {
	return humanDuration(time.Duration(s * float64(time.Second)))
}

// groupDigits writes n with thousands separators (1,234,567).
func groupDigits[T ~int | ~int64 | ~uint64 | ~uint32](n T) string {
	s := strconv.FormatInt(int64(n), 10)
	if n > 0 && uint64(n) > 1<<62 {
		s = strconv.FormatUint(uint64(n), 10)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// printTable prints label/value rows with the values aligned.
func printTable(w io.Writer, rows [][2]string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\n", r[0], r[1])
	}
	_ = tw.Flush()
}

// printColumns prints a table with a header row, columns aligned.
func printColumns(w io.Writer, header []string, rows [][]string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	_ = tw.Flush()
}

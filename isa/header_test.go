package isa

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// headerConstants is what guest/zkvm.h must define, by name.
var headerConstants = map[string]int64{
	"ZK_SYS_HALT":            SysHalt,
	"ZK_SYS_READ_ONCHAIN":    SysReadOnchain,
	"ZK_SYS_READ_OFFCHAIN":   SysReadOffchain,
	"ZK_SYS_READ_CONTEXT":    SysReadContext,
	"ZK_SYS_WRITE_OUTPUT":    SysWriteOutput,
	"ZK_SYS_STATE_GET":       SysStateGet,
	"ZK_SYS_STATE_SET":       SysStateSet,
	"ZK_SYS_LOG":             SysLog,
	"ZK_SYS_SHA256_COMPRESS": SysSha256Compress,
	"ZK_SYS_KECCAK_F":        SysKeccakF,
	"ZK_CTX_ONCHAIN_LEN":     CtxOnchainLen,
	"ZK_CTX_OFFCHAIN_LEN":    CtxOffchainLen,
	"ZK_CTX_CHAIN_ID_LO":     CtxChainIDLo,
	"ZK_CTX_CHAIN_ID_HI":     CtxChainIDHi,
	"ZK_CTX_TIMESTAMP_LO":    CtxTimestampLo,
	"ZK_CTX_TIMESTAMP_HI":    CtxTimestampHi,
	"ZK_CTX_BATCH_LO":        CtxBatchLo,
	"ZK_CTX_BATCH_HI":        CtxBatchHi,
	"ZK_CTX_SEQUENCER":       CtxSequencer,
	"ZK_MAX_ONCHAIN_BYTES":   MaxOnchainBytes,
	"ZK_MAX_OUTPUT_WORDS":    MaxOutputWords,
	"ZK_MAX_LOG_LINE":        MaxLogLine,
	"ZK_MAX_LOG_BYTES":       MaxLogBytes,
	"ZK_MAX_OFFCHAIN_BYTES":  MaxOffchainBytes,
	"ZK_MAX_STATE_ENTRIES":   MaxStateEntries,
	"ZK_MAX_MEMORY_BYTES":    MaxMemoryBytes,
	"ZK_RAM_SIZE":            RAMSize,
	"ZK_STACK_TOP":           StackTop,
}

var defineRE = regexp.MustCompile(`(?m)^\s*#\s*define\s+(ZK_\w+)\s+(\S+)`)

// parseDefines returns the ZK_* macros of a C header with their integer
// values, and the problems found (a value that is not an integer literal, a
// macro defined twice).
func parseDefines(src string) (map[string]int64, []string) {
	got := map[string]int64{}
	var bad []string
	for _, m := range defineRE.FindAllStringSubmatch(src, -1) {
		name, lit := m[1], strings.TrimRight(strings.ToLower(m[2]), "ul")
		v, err := strconv.ParseInt(lit, 0, 64)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%s = %q is not an integer literal", name, m[2]))
			continue
		}
		if _, dup := got[name]; dup {
			bad = append(bad, fmt.Sprintf("%s defined twice", name))
		}
		got[name] = v
	}
	return got, bad
}

// headerProblems lists every disagreement between a zkvm.h and this package.
func headerProblems(src string) []string {
	got, bad := parseDefines(src)
	for name, want := range headerConstants {
		v, ok := got[name]
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("lacks %s (= %d in isa)", name, want))
		case v != want:
			bad = append(bad, fmt.Sprintf("%s is %d, isa says %d", name, v, want))
		}
	}
	for name := range got {
		if _, ok := headerConstants[name]; !ok {
			bad = append(bad, fmt.Sprintf("defines %s, which isa does not know (add it to isa and headerConstants)", name))
		}
	}
	sort.Strings(bad)
	return bad
}

func readHeader(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "guest", "zkvm.h"))
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// TestHeaderInStep checks that guest/zkvm.h defines exactly the constants of
// this package, with the same values.
func TestHeaderInStep(t *testing.T) {
	for _, p := range headerProblems(readHeader(t)) {
		t.Errorf("guest/zkvm.h: %s", p)
	}
}

// TestHeaderCheckFails makes sure the check above can fail: a changed
// number, a missing, an unknown and a non-numeric define are all reported.
func TestHeaderCheckFails(t *testing.T) {
	src := readHeader(t)
	for name, r := range map[string][2]string{
		"changed number": {"#define ZK_SYS_LOG 7", "#define ZK_SYS_LOG 9"},
		"renamed define": {"#define ZK_MAX_LOG_LINE ", "#define ZK_MAX_LOGLINE "},
		"hex value":      {"ZK_RAM_SIZE 0x40000000u", "ZK_RAM_SIZE 0x20000000u"},
		"not a number":   {"ZK_MAX_STATE_ENTRIES 4096", "ZK_MAX_STATE_ENTRIES (1 << 12)"},
	} {
		edited := strings.Replace(src, r[0], r[1], 1)
		if edited == src {
			t.Fatalf("%s: %q is not in guest/zkvm.h", name, r[0])
		}
		if p := headerProblems(edited); len(p) == 0 {
			t.Errorf("%s: the header check finds nothing wrong", name)
		} else {
			t.Logf("%s: %v", name, p)
		}
	}
}

// TestStartupCode checks the constants that guest/start.S spells out: the
// stack pointer (lui sp, StackTop >> 12) and the HALT call number.
func TestStartupCode(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "guest", "start.S"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*lui\s+sp,\s*(\S+)`).FindStringSubmatch(string(src))
	if m == nil {
		t.Fatal("guest/start.S: no `lui sp, ...`")
	}
	if v, err := strconv.ParseInt(m[1], 0, 64); err != nil || v<<12 != StackTop {
		t.Errorf("guest/start.S sets sp to %s << 12, isa.StackTop is 0x%x", m[1], StackTop)
	}
	m = regexp.MustCompile(`(?m)^\s*li\s+a7,\s*(\S+)`).FindStringSubmatch(string(src))
	if m == nil {
		t.Fatal("guest/start.S: no `li a7, ...`")
	}
	if v, err := strconv.ParseInt(m[1], 0, 64); err != nil || v != SysHalt {
		t.Errorf("guest/start.S halts with a7 = %s, isa.SysHalt is %d", m[1], SysHalt)
	}
}

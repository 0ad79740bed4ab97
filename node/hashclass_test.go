package node

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/provertest"
)

// rv32 encodes the few instructions shaCallELF needs.

// shaCallELF writes a statically linked RV32IM executable (one PT_LOAD
// segment at 0x1000) that compresses the zero block into the zero state at
// 0x200 with one SHA256_COMPRESS call, writes the first state word to the
// output and halts: 10 steps, which a class of 2^6 steps holds only with a
// SHA-256 row.
func shaCallELF(t *testing.T, path string) {
	const a0, a1, a7 = 10, 11, 17
	words := []uint32{
		provertest.Addi(a0, 0, 0x200), provertest.Addi(a1, 0, 0x300), provertest.Addi(a7, 0, isa.SysSha256Compress), provertest.Ecall,
		provertest.Lw(a0, a0, 0), provertest.Addi(a7, 0, isa.SysWriteOutput), provertest.Ecall,
		provertest.Addi(a0, 0, 0), provertest.Addi(a7, 0, isa.SysHalt), provertest.Ecall,
	}
	b := provertest.ELF(0x1000, words)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDemoHashClass: a node whose keys folder has the base class 2^8 and
// the SHA-256 hash class 2^6 proves the development chain's demo job, a
// program with a SHA256_COMPRESS call, with the hash class (the base class
// has no SHA-256 row); the development chain registers the hash class's
// verifier under its class byte 0x46, the JobManager accepts the proof of
// class 0x46 and the consumer receives the output.
func TestDemoHashClass(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: real key setups, proof and development chain")
	}
	hashID := circuits.HashSha256 | 6
	cached, err := provertest.KeysDir()
	if err != nil {
		t.Fatal(err)
	}
	cachedHash, err := provertest.ClassKeysDir(hashID)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	linkClass(t, prover.ClassDir(cached, provertest.Class), prover.ClassDir(keys, provertest.Class))
	linkClass(t, prover.ClassDir(cachedHash, hashID), prover.ClassDir(keys, hashID))
	elf := filepath.Join(dir, "sha.elf")
	shaCallELF(t, elf)

	cfg := demoConfig(dir, elf)
	cfg.Prover.Class = 0 // every class in the folder
	var st [isa.Sha256StateWords]uint32
	var blk [isa.Sha256BlockWords]uint32
	isa.Sha256CompressCall(&st, &blk)
	logs := demoLogs()
	runDemo(t, cfg, Options{Logger: zerolog.New(logs), OpenProver: OpenGnark(keys, 0, zerolog.New(logs))}, logs,
		fmt.Sprintf(`"output":"0x%x"`, binary.LittleEndian.AppendUint32(nil, st[0])))
	for _, want := range []string{`"class":70,"cycles":10`} {
		if !strings.Contains(logs.String(), want) {
			t.Fatalf("log lacks %s:\n%s", want, logs)
		}
	}
}

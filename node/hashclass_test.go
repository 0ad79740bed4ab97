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
func rvAddi(rd, rs1 uint32, imm int32) uint32 {
	return uint32(imm&0xFFF)<<20 | rs1<<15 | rd<<7 | 0x13
}

func rvLw(rd, rs1 uint32, imm int32) uint32 {
	return uint32(imm&0xFFF)<<20 | rs1<<15 | 2<<12 | rd<<7 | 0x03
}

const rvEcall = 0x00000073

// shaCallELF writes a statically linked RV32IM executable (one PT_LOAD
// segment at 0x1000) that compresses the zero block into the zero state at
// 0x200 with one SHA256_COMPRESS call, writes the first state word to the
// output and halts: 10 steps, which a class of 2^6 steps holds only with a
// SHA-256 row.
func shaCallELF(t *testing.T, path string) {
	const a0, a1, a7 = 10, 11, 17
	words := []uint32{
		rvAddi(a0, 0, 0x200), rvAddi(a1, 0, 0x300), rvAddi(a7, 0, isa.SysSha256Compress), rvEcall,
		rvLw(a0, a0, 0), rvAddi(a7, 0, isa.SysWriteOutput), rvEcall,
		rvAddi(a0, 0, 0), rvAddi(a7, 0, isa.SysHalt), rvEcall,
	}
	const ehsize, phsize, base = 52, 32, 0x1000
	le := binary.LittleEndian
	b := make([]byte, ehsize+phsize, ehsize+phsize+4*len(words))
	copy(b, "\x7fELF\x01\x01\x01")
	le.PutUint16(b[16:], 2)    // ET_EXEC
	le.PutUint16(b[18:], 0xF3) // EM_RISCV
	le.PutUint32(b[20:], 1)    // EV_CURRENT
	le.PutUint32(b[24:], base) // entry
	le.PutUint32(b[28:], ehsize)
	le.PutUint16(b[40:], ehsize)
	le.PutUint16(b[42:], phsize)
	le.PutUint16(b[44:], 1)
	ph := b[ehsize:]
	le.PutUint32(ph[0:], 1) // PT_LOAD
	le.PutUint32(ph[4:], ehsize+phsize)
	le.PutUint32(ph[8:], base)
	le.PutUint32(ph[12:], base)
	le.PutUint32(ph[16:], uint32(4*len(words)))
	le.PutUint32(ph[20:], uint32(4*len(words)))
	le.PutUint32(ph[24:], 5) // R|X
	le.PutUint32(ph[28:], 4)
	for _, w := range words {
		b = le.AppendUint32(b, w)
	}
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

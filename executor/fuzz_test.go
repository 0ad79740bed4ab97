package executor

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// fuzzConfig keeps fuzzed runs short and small.
var fuzzConfig = Config{MaxCycles: 4096, Limits: Limits{MaxMemoryBytes: 8 * PageBytes, MaxLogBytes: 4096}}

// FuzzLoadELF feeds arbitrary bytes to the loader: it must never panic, and
// whatever it accepts must be a well-formed program that runs without panics.
func FuzzLoadELF(f *testing.F) {
	f.Add(goodELF())
	for _, name := range []string{"fibonacci", "fault"} {
		if data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf")); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := LoadELF(data, Limits{MaxImageBytes: 1 << 20})
		if err != nil {
			if !errors.Is(err, ErrBadELF) {
				t.Fatalf("error does not wrap ErrBadELF: %v", err)
			}
			return
		}
		if p.Entry < p.Base || p.Entry >= p.End() || p.Entry%4 != 0 || len(p.Words) == 0 || len(p.Words) > 1<<18 {
			t.Fatalf("accepted a bad image: base %#x entry %#x words %d", p.Base, p.Entry, len(p.Words))
		}
		checkRun(t, p, &Input{Onchain: []byte{1, 0, 0, 0}})
	})
}

// fuzzOpcodes are the major opcodes a fuzzed word is steered to, so that
// most fuzzed programs execute more than one instruction.
var fuzzOpcodes = [16]uint32{0x37, 0x17, 0x6f, 0x67, 0x63, 0x03, 0x23, 0x13, 0x33, 0x0f, 0x73, 0x13, 0x33, 0x03, 0x23, 0x63}

// FuzzRun runs programs of fuzzed instruction words (their opcodes steered to
// valid major opcodes, ECALLs with a fuzzed call number) in both modes: no
// panics, both modes agree, and every trace passes CheckTrace.
func FuzzRun(f *testing.F) {
	f.Add(code(prog(ADDI(a0, zero, 7), halt())...), []byte{1, 2, 3, 4, 5})
	f.Add(code(prog(LI(t0, 0x20000), SW(t0, t0, 0), LW(a0, t0, 0), DIV(a0, a0, zero), outputReg(a0), halt())...), []byte{})
	f.Add(code(prog(ADDI(a0, zero, 3), ADDI(a1, zero, 9), ADDI(a7, zero, SysStateSet), ECALL, ADDI(a7, zero, SysStateGet), ECALL, halt())...), []byte{9})
	f.Add(code(prog(LI(a0, 0x20000), LI(a1, 0x20040), ADDI(a7, zero, SysSha256Compress), ECALL, ECALL, LW(a0, a0, 4), halt())...), []byte{})
	f.Add(code(prog(LI(a0, 0x23fa0), ADDI(a7, zero, SysKeccakF), ECALL, SW(a0, a0, 8), ECALL, LW(a0, a0, 196), halt())...), []byte{})
	f.Fuzz(func(t *testing.T, text []byte, onchain []byte) {
		n := len(text) / 4
		if n == 0 || n > 4096 {
			return
		}
		words := make([]uint32, n+2)
		for i := 0; i < n; i++ {
			w := binary.LittleEndian.Uint32(text[4*i:])
			opc := fuzzOpcodes[w&15]
			w = w&^0x7f | opc
			if opc == 0x73 && w>>20&1 == 0 {
				w = ECALL
			}
			if opc == 0x13 && w>>12&7 == 0 && w>>7&31 == a7 {
				w = w&0xfffff | (w>>20&15)<<20 // small call numbers
			}
			words[i] = w
		}
		words[n], words[n+1] = ADDI(a7, zero, 0), ECALL
		p, err := NewProgram(0x10000, 0x10000, words)
		if err != nil {
			t.Fatal(err)
		}
		if len(onchain) > 256 {
			onchain = onchain[:256]
		}
		checkRun(t, p, &Input{Onchain: onchain, Offchain: text})
	})
}

func checkRun(t *testing.T, p *Program, in *Input) {
	t.Helper()
	ctx := context.Background()
	r1, err1 := Run(ctx, p, in, fuzzConfig)
	r2, tr, err2 := RunTrace(ctx, p, in, fuzzConfig)
	if (err1 == nil) != (err2 == nil) || (err1 != nil && err1.Error() != err2.Error()) {
		t.Fatalf("modes disagree: %v vs %v", err1, err2)
	}
	if err1 != nil {
		var f *Fault
		if !errors.As(err1, &f) {
			t.Fatalf("run error is not a *Fault: %v", err1)
		}
		return
	}
	if !reflect.DeepEqual(r1, r2) {
		t.Fatal("results differ between modes")
	}
	if err := CheckTrace(p, in, tr); err != nil {
		t.Fatal(err)
	}
}

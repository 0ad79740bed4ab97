package executor

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/statement"
)

type testSeg struct {
	ptype, vaddr, memsz, flags uint32
	data                       []byte
}

// makeELF writes a minimal ELF32 RISC-V executable: header, program
// headers, then each segment's data.
func makeELF(entry uint32, segs []testSeg) []byte {
	le := binary.LittleEndian
	h := make([]byte, elfHeaderSize)
	copy(h, "\x7fELF")
	h[4], h[5], h[6] = 1, 1, 1
	le.PutUint16(h[16:], etExec)
	le.PutUint16(h[18:], emRISCV)
	le.PutUint32(h[20:], 1)
	le.PutUint32(h[24:], entry)
	le.PutUint32(h[28:], elfHeaderSize)
	le.PutUint16(h[40:], elfHeaderSize)
	le.PutUint16(h[42:], elfPhdrSize)
	le.PutUint16(h[44:], uint16(len(segs)))
	off := uint32(elfHeaderSize + elfPhdrSize*len(segs))
	var ph, body []byte
	for _, s := range segs {
		p := make([]byte, elfPhdrSize)
		le.PutUint32(p[0:], s.ptype)
		le.PutUint32(p[4:], off+uint32(len(body)))
		le.PutUint32(p[8:], s.vaddr)
		le.PutUint32(p[12:], s.vaddr)
		le.PutUint32(p[16:], uint32(len(s.data)))
		le.PutUint32(p[20:], s.memsz)
		le.PutUint32(p[24:], s.flags)
		ph = append(ph, p...)
		body = append(body, s.data...)
	}
	return append(append(h, ph...), body...)
}

func code(words ...uint32) []byte { return statement.WordsToBytes(words) }

func goodELF() []byte {
	text := code(prog(ADDI(a0, zero, 7), halt())...)
	return makeELF(0x10000, []testSeg{
		{ptype: ptLoad, vaddr: 0x10000, memsz: uint32(len(text)), flags: 5, data: text},
		{ptype: ptLoad, vaddr: 0x10010, memsz: 0x100, flags: 6, data: []byte{1, 2, 3, 4, 5}},
	})
}

func TestLoadELF(t *testing.T) {
	p, err := LoadELF(goodELF(), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	// Image: text (3 words) + data (5 bytes -> 2 words); .bss beyond is not in the image.
	if p.Base != 0x10000 || p.Entry != 0x10000 || len(p.Words) != 6 || p.Words[4] != 0x04030201 || p.Words[5] != 5 {
		t.Fatalf("image base %#x entry %#x words %#x", p.Base, p.Entry, p.Words)
	}
	if want := statement.ProgramID(p.Entry, p.Base, p.Words); p.ID != want {
		t.Fatal("program id")
	}
	if s := p.IDHex(); len(s) != 66 || !strings.HasPrefix(s, "0x") {
		t.Fatalf("IDHex %q", s)
	}
}

func TestLoadELFExamplesAreSmall(t *testing.T) {
	for _, name := range []string{"fibonacci", "sha256", "sort", "bank", "mext", "fault"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".elf"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := LoadELF(data, Limits{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(p.Words) > 1024 {
			t.Errorf("%s: image of %d words; keep examples small", name, len(p.Words))
		}
	}
}

func TestLoadELFRejections(t *testing.T) {
	le := binary.LittleEndian
	text := code(prog(ADDI(a0, zero, 7), halt())...)
	mod := func(f func(b []byte)) []byte {
		b := goodELF()
		f(b)
		return b
	}
	phdr := func(i int) int { return elfHeaderSize + i*elfPhdrSize }
	cases := []struct {
		name string
		data []byte
		lim  Limits
		want string
	}{
		{"empty", nil, Limits{}, "truncated file"},
		{"short header", goodELF()[:40], Limits{}, "truncated file"},
		{"not ELF", mod(func(b []byte) { b[0] = 'M' }), Limits{}, "not an ELF file"},
		{"ELF64", mod(func(b []byte) { b[4] = 2 }), Limits{}, "ELF class 2"},
		{"big-endian", mod(func(b []byte) { b[5] = 2 }), Limits{}, "little-endian"},
		{"x86", mod(func(b []byte) { le.PutUint16(b[18:], 3) }), Limits{}, "machine 3"},
		{"shared object", mod(func(b []byte) { le.PutUint16(b[16:], etDyn) }), Limits{}, "ET_DYN"},
		{"relocatable", mod(func(b []byte) { le.PutUint16(b[16:], 1) }), Limits{}, "ELF type 1"},
		{"compressed", mod(func(b []byte) { le.PutUint32(b[36:], efRISCVRVC) }), Limits{}, "compressed instructions"},
		{"hard float", mod(func(b []byte) { le.PutUint32(b[36:], 0x4) }), Limits{}, "floating-point ABI"},
		{"rve", mod(func(b []byte) { le.PutUint32(b[36:], efRISCVRVE) }), Limits{}, "RV32E"},
		{"no program headers", mod(func(b []byte) { le.PutUint16(b[44:], 0) }), Limits{}, "no program headers"},
		{"phentsize", mod(func(b []byte) { le.PutUint16(b[42:], 56) }), Limits{}, "program header size"},
		{"program headers past the end", mod(func(b []byte) { le.PutUint32(b[28:], 0xfffffff0) }), Limits{}, "truncated file"},
		{"truncated segment", goodELF()[:len(goodELF())-2], Limits{}, "truncated file"},
		{"segment offset past the end", mod(func(b []byte) { le.PutUint32(b[phdr(0)+4:], 0xffffff00) }), Limits{}, "truncated file"},
		{"filesz > memsz", mod(func(b []byte) { le.PutUint32(b[phdr(1)+20:], 1) }), Limits{}, "larger than memory size"},
		{"segment past RAM", mod(func(b []byte) { le.PutUint32(b[phdr(1)+8:], 0x3fffff80) }), Limits{}, "does not fit in RAM"},
		{"segment wraps", mod(func(b []byte) { le.PutUint32(b[phdr(1)+20:], 0xffffffff) }), Limits{}, "does not fit in RAM"},
		{"overlap", mod(func(b []byte) { le.PutUint32(b[phdr(1)+8:], 0x10008) }), Limits{}, "overlap"},
		{"entry outside code", mod(func(b []byte) { le.PutUint32(b[24:], 0x10010) }), Limits{}, "entry point"},
		{"entry misaligned", mod(func(b []byte) { le.PutUint32(b[24:], 0x10002) }), Limits{}, "not 4-aligned"},
		{"entry in bss", mod(func(b []byte) { le.PutUint32(b[24:], 0x10080); le.PutUint32(b[phdr(1)+24:], 7) }), Limits{}, "entry point"},
		{"image over limit", goodELF(), Limits{MaxImageBytes: 16}, "over the limit"},
		{"dynamic", makeELF(0x10000, []testSeg{{ptype: ptLoad, vaddr: 0x10000, memsz: 12, flags: 5, data: text}, {ptype: ptDynamic}}), Limits{}, "PT_DYNAMIC"},
		{"interp", makeELF(0x10000, []testSeg{{ptype: ptInterp}, {ptype: ptLoad, vaddr: 0x10000, memsz: 12, flags: 5, data: text}}), Limits{}, "PT_INTERP"},
		{"no load segment", makeELF(0x10000, []testSeg{{ptype: 4}}), Limits{}, "no loadable segment"},
		{"only bss", makeELF(0x10000, []testSeg{{ptype: ptLoad, vaddr: 0x10000, memsz: 12, flags: 5}}), Limits{}, "no file data"},
		{"huge sparse image", makeELF(0x10000, []testSeg{{ptype: ptLoad, vaddr: 0x10000, memsz: 12, flags: 5, data: text}, {ptype: ptLoad, vaddr: 0x3000000, memsz: 4, flags: 6, data: []byte{1, 2, 3, 4}}}), Limits{}, "over the limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadELF(c.data, c.lim)
			if !errors.Is(err, ErrBadELF) {
				t.Fatalf("got %v, want ErrBadELF", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not say %q", err, c.want)
			}
		})
	}
}

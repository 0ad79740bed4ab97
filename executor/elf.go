package executor

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkprover/zkprover/statement"
)

// Program is a loaded ELF: its image (docs/zkvm.md, "Image"), entry point and
// program id, plus the predecoded instructions. A Program is immutable and may
// be shared by concurrent runs.
type Program struct {
	Entry uint32     // entry point, inside an executable segment, 4-aligned
	Base  uint32     // byte address of Words[0], a multiple of 4
	Words []uint32   // little-endian words of [Base, End())
	ID    fr.Element // statement.ProgramID(Entry, Base, Words)

	code []inst // predecoded Words, plus one opFallOff sentinel
}

// End is the first byte address after the image.
func (p *Program) End() uint32 { return p.Base + 4*uint32(len(p.Words)) }

// IDHex is the program id as "0x" + 64 hex digits (32 bytes, big-endian).
func (p *Program) IDHex() string {
	b := p.ID.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// NewProgram builds a Program from an image directly (tests, tools). The
// entry must be 4-aligned and inside the image.
func NewProgram(entry, base uint32, words []uint32) (*Program, error) {
	if base%4 != 0 {
		return nil, fmt.Errorf("image base 0x%x is not 4-aligned: %w", base, ErrBadELF)
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("empty image: %w", ErrBadELF)
	}
	if uint64(base)+4*uint64(len(words)) > uint64(RAMSize) {
		return nil, fmt.Errorf("image [0x%x, 0x%x) leaves RAM [0, 0x%x): %w", base, uint64(base)+4*uint64(len(words)), RAMSize, ErrBadELF)
	}
	end := base + 4*uint32(len(words))
	if entry%4 != 0 || entry < base || entry >= end {
		return nil, fmt.Errorf("entry 0x%x is not a 4-aligned address in the image [0x%x, 0x%x): %w", entry, base, end, ErrBadELF)
	}
	p := &Program{Entry: entry, Base: base, Words: words}
	p.ID = statement.ProgramID(entry, base, words)
	p.code = make([]inst, len(words)+1)
	for i, w := range words {
		p.code[i] = decode(w, base+4*uint32(i))
	}
	p.code[len(words)] = inst{op: opFallOff, rd: sinkReg}
	return p, nil
}

// ELF constants.
const (
	elfHeaderSize = 52
	elfPhdrSize   = 32
	emRISCV       = 243
	etExec        = 2
	etDyn         = 3
	ptLoad        = 1
	ptDynamic     = 2
	ptInterp      = 3
	pfX           = 1
	efRISCVRVC    = 0x1
	efRISCVFloat  = 0x6
	efRISCVRVE    = 0x8
	maxPhdrs      = 256
)

type segment struct {
	vaddr, filesz, memsz, off, flags uint32
}

func badELF(format string, a ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, a...), ErrBadELF)
}

// LoadELF parses a statically linked little-endian ELF32 RISC-V executable
// and builds its image. Every error wraps ErrBadELF and says what is wrong,
// except ErrBadConfig for limits above the maximum (Limits.Validate).
func LoadELF(data []byte, lim Limits) (*Program, error) {
	if err := lim.Validate(); err != nil {
		return nil, err
	}
	lim = lim.WithDefaults()
	if len(data) < elfHeaderSize {
		return nil, badELF("truncated file: %d bytes, an ELF32 header needs %d", len(data), elfHeaderSize)
	}
	if string(data[:4]) != "\x7fELF" {
		return nil, badELF("not an ELF file (magic %x)", data[:4])
	}
	if data[4] != 1 {
		return nil, badELF("ELF class %d, want 1 (ELF32)", data[4])
	}
	if data[5] != 1 {
		return nil, badELF("ELF data encoding %d, want 1 (little-endian)", data[5])
	}
	if data[6] != 1 {
		return nil, badELF("ELF version %d, want 1", data[6])
	}
	le := binary.LittleEndian
	typ := le.Uint16(data[16:])
	machine := le.Uint16(data[18:])
	entry := le.Uint32(data[24:])
	phoff := le.Uint32(data[28:])
	flags := le.Uint32(data[36:])
	phentsize := le.Uint16(data[42:])
	phnum := le.Uint16(data[44:])
	if machine != emRISCV {
		return nil, badELF("machine %d, want %d (RISC-V)", machine, emRISCV)
	}
	if typ == etDyn {
		return nil, badELF("a shared object or position-independent executable (ET_DYN); link statically")
	}
	if typ != etExec {
		return nil, badELF("ELF type %d, want %d (executable)", typ, etExec)
	}
	if flags&efRISCVRVC != 0 {
		return nil, badELF("compiled with compressed instructions (EF_RISCV_RVC); build with -march=rv32im")
	}
	if flags&efRISCVRVE != 0 {
		return nil, badELF("compiled for RV32E; build with -march=rv32im")
	}
	if flags&efRISCVFloat != 0 {
		return nil, badELF("hardware floating-point ABI (e_flags 0x%x); build with -mabi=ilp32", flags)
	}
	if phnum == 0 {
		return nil, badELF("no program headers")
	}
	if phentsize != elfPhdrSize {
		return nil, badELF("program header size %d, want %d", phentsize, elfPhdrSize)
	}
	if phnum > maxPhdrs {
		return nil, badELF("%d program headers (max %d)", phnum, maxPhdrs)
	}
	if uint64(phoff)+uint64(phnum)*elfPhdrSize > uint64(len(data)) {
		return nil, badELF("truncated file: program headers [%d, %d) past the end (%d bytes)", phoff, uint64(phoff)+uint64(phnum)*elfPhdrSize, len(data))
	}
	var segs []segment
	for i := 0; i < int(phnum); i++ {
		h := data[uint64(phoff)+uint64(i)*elfPhdrSize:]
		ptype := le.Uint32(h)
		switch ptype {
		case ptDynamic:
			return nil, badELF("dynamically linked (PT_DYNAMIC); link statically")
		case ptInterp:
			return nil, badELF("dynamically linked (PT_INTERP); link statically")
		case ptLoad:
		default:
			continue
		}
		s := segment{off: le.Uint32(h[4:]), vaddr: le.Uint32(h[8:]), filesz: le.Uint32(h[16:]), memsz: le.Uint32(h[20:]), flags: le.Uint32(h[24:])}
		if s.filesz > s.memsz {
			return nil, badELF("segment %d: file size 0x%x larger than memory size 0x%x", i, s.filesz, s.memsz)
		}
		if uint64(s.off)+uint64(s.filesz) > uint64(len(data)) {
			return nil, badELF("truncated file: segment %d data [%d, %d) past the end (%d bytes)", i, s.off, uint64(s.off)+uint64(s.filesz), len(data))
		}
		if uint64(s.vaddr)+uint64(s.memsz) > uint64(RAMSize) {
			return nil, badELF("segment %d [0x%x, 0x%x) does not fit in RAM [0, 0x%x)", i, s.vaddr, uint64(s.vaddr)+uint64(s.memsz), RAMSize)
		}
		if s.memsz == 0 {
			continue
		}
		segs = append(segs, s)
	}
	if len(segs) == 0 {
		return nil, badELF("no loadable segment")
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].vaddr < segs[j].vaddr })
	for i := 1; i < len(segs); i++ {
		a, b := segs[i-1], segs[i]
		if a.vaddr+a.memsz > b.vaddr {
			return nil, badELF("segments [0x%x, 0x%x) and [0x%x, 0x%x) overlap", a.vaddr, a.vaddr+a.memsz, b.vaddr, b.vaddr+b.memsz)
		}
	}
	base := segs[0].vaddr &^ 3
	var end uint64
	for _, s := range segs {
		if e := uint64(s.vaddr) + uint64(s.filesz); e > end {
			end = e
		}
	}
	end = (end + 3) &^ 3
	if end <= uint64(base) {
		return nil, badELF("no file data in the loadable segments")
	}
	if end-uint64(base) > uint64(lim.MaxImageBytes) {
		return nil, badELF("image [0x%x, 0x%x) is %d bytes, over the limit of %d", base, end, end-uint64(base), lim.MaxImageBytes)
	}
	inCode := false
	for _, s := range segs {
		if s.flags&pfX != 0 && entry >= s.vaddr && uint64(entry) < uint64(s.vaddr)+uint64(s.filesz) {
			inCode = true
		}
	}
	if !inCode {
		return nil, badELF("entry point 0x%x is not inside the file data of an executable segment", entry)
	}
	if entry%4 != 0 {
		return nil, badELF("entry point 0x%x is not 4-aligned", entry)
	}
	img := make([]byte, end-uint64(base))
	for _, s := range segs {
		copy(img[s.vaddr-base:], data[s.off:s.off+s.filesz])
	}
	words := make([]uint32, len(img)/4)
	for i := range words {
		words[i] = le.Uint32(img[4*i:])
	}
	return NewProgram(entry, base, words)
}

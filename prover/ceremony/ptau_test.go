package ceremony_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/ceremony"
)

// testPtau is a powers-of-tau file of 2^8 made by snarkjs 0.7.6 (two
// contributions, a beacon, `prepare phase2`: the layout of the Hermez
// powersOfTau28_hez_final_NN.ptau files; see testdata/README.md).
const testPtau = "testdata/snarkjs-8.ptau"

// TestImportPtau: phase 1 taken from a snarkjs file, then phase 2 for class
// 2^7 of the test family (domain 2^8): the keys prove and verify, and the
// record names the imported file by its sha256.
func TestImportPtau(t *testing.T) {
	dir := t.TempDir()
	raw, err := os.ReadFile(testPtau)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	srs, err := ceremony.ImportPtau(ctxT(t), testPtau, 0, filepath.Join(dir, "srs.zkc"))
	if err != nil {
		t.Fatal(err)
	}
	if o := srs.Origin; o.Source != ceremony.SourcePtau || o.PtauSHA256 != hex.EncodeToString(sum[:]) || o.PtauPower != 8 || srs.Power != 8 {
		t.Fatalf("srs header %+v, origin %+v", srs.Header, srs.Origin)
	}
	// A file truncated to 2^7 powers is too small for the class.
	small, err := ceremony.ImportPtau(ctxT(t), testPtau, 7, filepath.Join(dir, "srs-7.zkc"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ceremony.InitPhase2(ctxT(t), testFamily{}, 7, small.Path, filepath.Join(dir, "x.zkc"), zerolog.Nop()); !errors.Is(err, ceremony.ErrOtherCircuit) {
		t.Fatalf("phase 2 of a domain of 2^8 from 2^7 powers: %v", err)
	}

	files := []string{filepath.Join(dir, "phase2-00.zkc")}
	if _, err := ceremony.InitPhase2(ctxT(t), testFamily{}, 7, srs.Path, files[0], zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		_, next, err := ceremony.Contribute(ctxT(t), files[i-1], filepath.Join(dir, "phase2-0"+string(rune('0'+i))+".zkc"), zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, next.Path)
	}
	res, err := ceremony.Verify(ctxT(t), append([]string{srs.Path}, files...), ceremony.VerifyOptions{Family: testFamily{}, Beacon: beacon2})
	if err != nil {
		t.Fatal(err)
	}
	if res.SRSMatchesPhase1 || res.Record.Phase1Source != ceremony.SourcePtau || res.Record.PtauSHA256 != srs.Origin.PtauSHA256 {
		t.Fatalf("verify result %+v, record %+v", res, res.Record)
	}
	keys := filepath.Join(dir, "keys")
	m, err := ceremony.Finalize(ctxT(t), testFamily{}, srs.Path, files, beacon2, keys, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := ceremony.CheckRecord(m); err != nil {
		t.Fatal(err)
	}
	if m.Ceremony.TranscriptSHA256 != res.Record.TranscriptSHA256 {
		t.Fatalf("finalize's transcript %s, verify's %s", m.Ceremony.TranscriptSHA256, res.Record.TranscriptSHA256)
	}
	p, err := prover.Open(ctxT(t), keys, prover.WithFamily(testFamily{}), prover.WithClasses(7))
	if err != nil {
		t.Fatal(err)
	}
	prog, in := fibonacci(t)
	proof, err := p.Prove(ctxT(t), prog, in, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(proof); err != nil {
		t.Fatal(err)
	}
}

// ptauSection returns the offset and size of section typ of a .ptau file.
func ptauSection(t *testing.T, b []byte, typ uint32) (int, int) {
	t.Helper()
	off := 12
	for i := uint32(0); i < binary.LittleEndian.Uint32(b[8:]); i++ {
		ty, size := binary.LittleEndian.Uint32(b[off:]), int(binary.LittleEndian.Uint64(b[off+4:]))
		if ty == typ {
			return off + 12, size
		}
		off += 12 + size
	}
	t.Fatalf("no section %d", typ)
	return 0, 0
}

// TestImportPtauRefused: a damaged or forged powers-of-tau file is refused.
func TestImportPtauRefused(t *testing.T) {
	raw, err := os.ReadFile(testPtau)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		edit func(b []byte) []byte
		want error
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }, nil},
		{"not a ptau file", func(b []byte) []byte { return append([]byte("ZKPC"), b[4:]...) }, nil},
		{"a coordinate changed (off the curve)", func(b []byte) []byte {
			off, _ := ptauSection(t, b, 2)
			b[off+64*5] ^= 1 // x of [τ⁵]₁
			return b
		}, ceremony.ErrMalformed},
		{"two powers swapped (valid points, not powers of one τ)", func(b []byte) []byte {
			off, _ := ptauSection(t, b, 2)
			p3, p4 := off+64*3, off+64*4
			tmp := append([]byte(nil), b[p3:p3+64]...)
			copy(b[p3:p3+64], b[p4:p4+64])
			copy(b[p4:p4+64], tmp)
			return b
		}, ceremony.ErrInvalid},
		{"[β]₂ replaced by [τ]₂", func(b []byte) []byte {
			off2, _ := ptauSection(t, b, 3)
			off6, _ := ptauSection(t, b, 6)
			copy(b[off6:off6+128], b[off2+128:off2+256])
			return b
		}, ceremony.ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "bad.ptau")
			if err := os.WriteFile(path, c.edit(bytes.Clone(raw)), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "srs.zkc")
			_, err := ceremony.ImportPtau(ctxT(t), path, 0, out)
			if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
				t.Fatalf("import: %v, want %v", err, c.want)
			}
			t.Logf("refused: %v", err)
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Fatal("an srs file was written")
			}
		})
	}
}

package prover

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/circuits"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/isa"
)

// lw is the RV32I LW instruction: rd = mem[rs1 + imm].
func lw(rd, rs1 uint32, imm int32) uint32 {
	return uint32(imm&0xFFF)<<20 | rs1<<15 | 2<<12 | rd<<7 | 0x03
}

// Addresses of shaCallProgram's buffers (RAM below the image).
const (
	shaStateAddr = 0x200
	shaBlockAddr = 0x300
)

// shaCallProgram compresses the zero block into the zero state with one
// SHA256_COMPRESS call and writes the first state word to the output: 10
// steps, so a class of 2^6 steps holds it, but only with a SHA-256 row.
func shaCallProgram(t testing.TB) *executor.Program {
	const a0, a1, a7 = 10, 11, 17
	words := []uint32{
		addi(a0, 0, shaStateAddr),
		addi(a1, 0, shaBlockAddr),
		addi(a7, 0, isa.SysSha256Compress),
		ecall,
		lw(a0, a0, 0),
		addi(a7, 0, isa.SysWriteOutput),
		ecall,
		addi(a0, 0, 0),
		addi(a7, 0, isa.SysHalt),
		ecall,
	}
	p, err := executor.NewProgram(0x1000, 0x1000, words)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestHashClassProof: a SHA-256 hash class (2^6 steps, one SHA-256 row)
// is set up into its own folder with its own manifest, found by
// ListClasses, and proves a run with a SHA256_COMPRESS call that no base
// class of that size holds; the proof's class byte is the class
// identifier 0x46, it verifies in Go (also read back from its file) and
// with the class's exported Solidity verifier on a simulated EVM, and a
// changed output is rejected by both.
func TestHashClassProof(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping a real setup (about a minute of CPU)")
	}
	id := circuits.HashSha256 | 6
	dir := t.TempDir()
	ctx := context.Background()
	p, err := Open(ctx, dir, WithClasses(id), WithAutoSetup(true), WithLogger(zerolog.Nop()))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := os.Stat(filepath.Join(dir, "class-6-sha256", "manifest.json")); err != nil {
		t.Fatalf("class folder: %v", err)
	}
	if got, err := ListClasses(dir); err != nil || !reflect.DeepEqual(got, []int{id}) {
		t.Fatalf("ListClasses = %v, %v; want [%#x]", got, err, id)
	}
	m := p.Classes()[0]
	if m.ID() != id || m.LogSteps != 6 || m.Steps != 64 || m.Hash != "sha256" || m.Class != "class-6-sha256" {
		t.Fatalf("manifest: id %#x, log steps %d, %d steps, hash %q, class %q", m.ID(), m.LogSteps, m.Steps, m.Hash, m.Class)
	}
	base := circuits.NewClass(6)
	sha, _ := RV32IM{}.PrecompileRows(id)
	t.Logf("class %s: %d constraints (%d SHA-256 row)", ClassLabel(id), m.Constraints, sha)

	prog := shaCallProgram(t)
	run, err := p.Execute(ctx, prog, &executor.Input{}, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var st [isa.Sha256StateWords]uint32
	var blk [isa.Sha256BlockWords]uint32
	isa.Sha256CompressCall(&st, &blk)
	if want := binary.LittleEndian.AppendUint32(nil, st[0]); string(run.Result.Output) != string(want) {
		t.Fatalf("output %x, want %x", run.Result.Output, want)
	}
	if err := base.Fits(&circuits.Witness{Trace: run.Trace}); err == nil {
		t.Fatal("the base class 2^6 holds a SHA256_COMPRESS call")
	}
	proof, err := p.ProveRun(ctx, run)
	if err != nil {
		t.Fatal(err)
	}
	if proof.Class != id || proof.ProofClass() != uint8(id) {
		t.Fatalf("proof class %#x (byte %#x), want %#x", proof.Class, proof.ProofClass(), id)
	}
	if err := p.Verify(viaFile(t, proof)); err != nil {
		t.Fatalf("proof read back: %v", err)
	}

	chain := newChain(t)
	addr := deployVerifier(t, chain, ClassDir(dir, id))
	if err := chain.call(addr, proof.Calldata); err != nil {
		t.Fatalf("the exported verifier of class %s rejects its proof: %v", ClassLabel(id), err)
	}
	q := clone(t, proof)
	q.Public.Output[0] ^= 1
	if err := p.Verify(q); err == nil {
		t.Fatal("a changed output verifies in Go")
	}
	q.refill(t)
	if err := chain.call(addr, q.Calldata); err == nil {
		t.Fatal("a changed output verifies on the EVM")
	}
}

// TestClassNames: class folder names of base and hash classes, and names
// that are no class.
func TestClassNames(t *testing.T) {
	for id, name := range map[int]string{12: "class-12", circuits.HashSha256 | 11: "class-11-sha256", circuits.HashKeccak | 12: "class-12-keccak"} {
		if got := ClassName(id); got != name {
			t.Errorf("ClassName(%#x) = %q, want %q", id, got, name)
		}
		if got, ok := parseClassName(name); !ok || got != id {
			t.Errorf("parseClassName(%q) = %#x, %v", name, got, ok)
		}
		if got := (&Manifest{LogSteps: ClassLogSteps(id), Hash: circuits.HashName(id &^ 0x1F)}).ID(); got != id {
			t.Errorf("manifest of %s: ID %#x", name, got)
		}
	}
	for _, name := range []string{"class-", "class-x", "class-012", "class-12-", "class-12-sha3", "class-12-none", "class-0", "class-41", "class-40-sha256", "class--1", "longrun"} {
		if id, ok := parseClassName(name); ok {
			t.Errorf("%q parsed as class %#x", name, id)
		}
	}
	if got := SetupCommand(circuits.HashKeccak | 12); got != "zkprover setup --cycles 2^12 --hash keccak" {
		t.Errorf("SetupCommand = %q", got)
	}
}

// TestSelectOrder: classes are tried by step count, then cost: a hash
// class before larger base classes (the contracts bound a proof's step
// count by the job's budget), a base class before its own hash class.
func TestSelectOrder(t *testing.T) {
	keys := map[int]*Keys{}
	for id, n := range map[int]int{8: 98_627, 12: 1_057_952, circuits.HashSha256 | 6: 83_506, circuits.HashSha256 | 11: 1_396_107, 11: 530_000} {
		keys[id] = &Keys{Manifest: Manifest{Constraints: n, Steps: 1 << ClassLogSteps(id)}}
	}
	order := []int{12, circuits.HashSha256 | 11, 11, 8, circuits.HashSha256 | 6}
	sortClasses(order, keys)
	want := []int{circuits.HashSha256 | 6, 8, 11, circuits.HashSha256 | 11, 12}
	if !reflect.DeepEqual(order, want) {
		t.Fatalf("order %#x, want %#x", order, want)
	}
}

// TestSuggestHashClass: a run that no loaded class holds because of its
// SHA256_COMPRESS call is refused with the smallest class that would hold
// it and the command that makes it (no keys needed: SelectClass only asks
// the family whether the run fits).
func TestSuggestHashClass(t *testing.T) {
	ctx := context.Background()
	res, tr, err := executor.RunTrace(ctx, shaCallProgram(t), &executor.Input{}, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	run := &Run{Program: shaCallProgram(t), Input: &executor.Input{}, Result: res, Trace: tr}
	if k, ok := (RV32IM{}).SmallestFit(run); !ok || k != circuits.HashSha256|6 {
		t.Fatalf("SmallestFit = %#x, %v; want 0x46", k, ok)
	}
	p := &Prover{fam: RV32IM{}, order: []int{6, 8}}
	_, err = p.SelectClass(run)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("SelectClass: %v, want ErrTooLarge", err)
	}
	for _, want := range []string{"(loaded: 2^6, 2^8)", "the smallest class that holds it is 2^6 sha256: `zkprover setup --cycles 2^6 --hash sha256`", "1 SHA256_COMPRESS calls > 0"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q lacks %q", err, want)
		}
	}
	// A run that fits a loaded class is not refused.
	if k, err := (&Prover{fam: RV32IM{}, order: []int{8, circuits.HashSha256 | 6}}).SelectClass(run); err != nil || k != circuits.HashSha256|6 {
		t.Fatalf("SelectClass with 0x46 loaded = %#x, %v", k, err)
	}
}

// TestCheapestAccepted: of the classes a run fits, the cheapest no larger
// than the smallest of them or than the smallest loaded base class: a
// plain run keeps its base class rather than a smaller, costlier hash
// class; a hashing run takes a small hash class rather than a larger base
// class that a tight maxCycles would refuse.
func TestCheapestAccepted(t *testing.T) {
	sha9, sha11 := circuits.HashSha256|9, circuits.HashSha256|11
	cost := map[int]int{10: 268_740, sha9: 400_000, sha11: 1_396_107, 12: 1_057_952}
	prov := func(loaded ...int) *Prover {
		p := &Prover{fam: RV32IM{}, keys: map[int]*Keys{}}
		for _, k := range loaded {
			p.keys[k] = &Keys{Manifest: Manifest{Constraints: cost[k], Steps: RV32IM{}.Steps(k)}}
			p.order = append(p.order, k)
		}
		sortClasses(p.order, p.keys)
		return p
	}
	for _, tc := range []struct {
		name        string
		loaded, fit []int
		want        int
	}{
		{"plain run, a smaller hash class loaded", []int{10, sha9}, []int{sha9, 10}, 10},
		{"hashing run", []int{10, sha9}, []int{sha9}, sha9},
		{"hashing run, a larger base class fits too", []int{10, sha11, 12}, []int{sha11, 12}, sha11},
		{"the smallest base class is larger: cheapest", []int{sha11, 12}, []int{sha11, 12}, 12},
		{"one class", []int{12}, []int{12}, 12},
	} {
		if got := prov(tc.loaded...).cheapestAccepted(tc.fit); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, ClassLabel(got), ClassLabel(tc.want))
		}
	}
}

// TestPreferClasses: with a preference set, a run is proven with a preferred class it fits
// even when a smaller class would hold it; when it fits no preferred class it still gets one it
// fits, unless only the preferred ones are allowed (then it is refused as too large); a nil
// preference is none.
func TestPreferClasses(t *testing.T) {
	ctx := context.Background()
	prog := shaCallProgram(t)
	res, tr, err := executor.RunTrace(ctx, prog, &executor.Input{}, executor.Config{})
	if err != nil {
		t.Fatal(err)
	}
	run := &Run{Program: prog, Input: &executor.Input{}, Result: res, Trace: tr}
	sha6, sha8 := circuits.HashSha256|6, circuits.HashSha256|8
	p := &Prover{fam: RV32IM{}, order: []int{sha6, sha8}}
	if k, err := p.SelectClass(run); err != nil || k != sha6 {
		t.Fatalf("without a preference: %#x, %v; want %#x", k, err, sha6)
	}
	p.PreferClasses(func(id int) bool { return id == sha8 }, false)
	if k, err := p.SelectClass(run); err != nil || k != sha8 {
		t.Fatalf("preferring %#x: %#x, %v", sha8, k, err)
	}
	p.PreferClasses(func(id int) bool { return id == 12 }, false) // fits none of them
	if k, err := p.SelectClass(run); err != nil || k != sha6 {
		t.Fatalf("preferring a class it does not fit: %#x, %v; want %#x", k, err, sha6)
	}
	p.PreferClasses(func(id int) bool { return id == sha8 }, true)
	if k, err := p.SelectClass(run); err != nil || k != sha8 {
		t.Fatalf("only %#x: %#x, %v", sha8, k, err)
	}
	p.PreferClasses(func(id int) bool { return id == 12 }, true)
	if _, err := p.SelectClass(run); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "without a verifier on chain") {
		t.Fatalf("only a class it does not fit: %v, want ErrTooLarge", err)
	}
	p.PreferClasses(nil, true)
	if k, err := p.SelectClass(run); err != nil || k != sha6 {
		t.Fatalf("preference removed: %#x, %v; want %#x", k, err, sha6)
	}
}

package prover

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// toyFamily is a small test-only circuit family with the real statement's
// public inputs and a commitment (from a range check), so that the key store,
// the proof forms and the Solidity verifier are exercised with real gnark
// proofs without waiting for large setups. Its class k proves runs of at most
// 2^k cycles and binds every public input in a constraint.
type toyFamily struct{}

type toyCircuit struct {
	Pub    [statement.NumPublic]frontend.Variable `gnark:",public"`
	Copy   [statement.NumPublic]frontend.Variable
	Cycles frontend.Variable
	logN   int
	shift  int // a constant of the bulk: another value is another circuit of the same sizes
}

func (c *toyCircuit) Define(api frontend.API) error {
	for i := range c.Pub {
		api.AssertIsEqual(c.Pub[i], c.Copy[i])
	}
	rangecheck.New(api).Check(c.Cycles, c.logN+1) // forces a commitment
	x := c.Cycles
	for i := 0; i < 4<<c.logN; i++ { // some bulk, like a real class
		x = api.Add(api.Mul(x, x), i+c.shift)
	}
	api.AssertIsDifferent(x, c.Pub[0])
	return nil
}

func (toyFamily) Name() string           { return "toy-test" }
func (toyFamily) MinLogSteps() int       { return 4 }
func (toyFamily) MaxLogSteps() int       { return 12 }
func (toyFamily) Steps(logSteps int) int { return 1 << logSteps }
func (toyFamily) NewCircuit(logSteps int) (frontend.Circuit, error) {
	return &toyCircuit{logN: logSteps}, nil
}
func (f toyFamily) Fits(logSteps int, run *Run) error {
	if run.Result.Cycles > uint64(f.Steps(logSteps)) {
		return fmt.Errorf("%d cycles, capacity %d", run.Result.Cycles, f.Steps(logSteps))
	}
	return nil
}
func (toyFamily) Assign(logSteps int, run *Run) (frontend.Circuit, error) {
	elems, err := run.Public.Elements()
	if err != nil {
		return nil, err
	}
	c := &toyCircuit{logN: logSteps, Cycles: run.Result.Cycles}
	for i := range elems {
		c.Pub[i] = elems[i]
		c.Copy[i] = elems[i]
	}
	return c, nil
}

// Instruction encodings for hand-made test programs.
func addi(rd, rs1 uint32, imm int32) uint32 {
	return uint32(imm)<<20 | rs1<<15 | rd<<7 | 0x13
}

func bne(rs1, rs2 uint32, off int32) uint32 {
	o := uint32(off)
	return (o>>12&1)<<31 | (o>>5&0x3f)<<25 | rs2<<20 | rs1<<15 | 1<<12 | (o>>1&0xf)<<8 | (o>>11&1)<<7 | 0x63
}

const ecall = 0x00000073

// echoProgram copies the onchain input (nWords words) to the output and halts
// with exit code 7.
func echoProgram(t testing.TB, nWords int32) *executor.Program {
	const s0, s1, a0, a7 = 8, 9, 10, 17
	words := []uint32{
		addi(s0, 0, 0),
		addi(s1, 0, nWords),
		// loop:
		addi(a0, s0, 0),
		addi(a7, 0, 1), // READ_ONCHAIN
		ecall,
		addi(a7, 0, 4), // WRITE_OUTPUT
		ecall,
		addi(s0, s0, 1),
		bne(s0, s1, -24),
		addi(a0, 0, 7),
		addi(a7, 0, 0), // HALT
		ecall,
	}
	p, err := executor.NewProgram(0x1000, 0x1000, words)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func testInput(nWords int) *executor.Input {
	in := &executor.Input{
		Onchain:  make([]byte, 4*nWords),
		Offchain: []byte("offchain data"),
		State:    []statement.KV{{Key: 1, Value: 2}},
		Context:  statement.Context{ChainID: 1, Timestamp: 1_700_000_000, BatchNum: 9},
	}
	for i := range in.Onchain {
		in.Onchain[i] = byte(i*7 + 1)
	}
	in.Context.Sequencer[19] = 0xaa
	return in
}

const toyClass = 9 // the echo program of 64 words runs 455 cycles

var toyStore struct {
	once sync.Once
	dir  string
	err  error
}

// toyKeys sets up the toy class once per test binary.
func toyKeys(t testing.TB) string {
	toyStore.once.Do(func() {
		dir, err := os.MkdirTemp("", "prover-test-keys-")
		if err != nil {
			toyStore.err = err
			return
		}
		toyStore.dir = dir
		_, toyStore.err = SetupClass(context.Background(), dir, toyFamily{}, toyClass, nil, zerolog.Nop())
	})
	if toyStore.err != nil {
		t.Fatalf("toy setup: %v", toyStore.err)
	}
	return toyStore.dir
}

func TestMain(m *testing.M) {
	if os.Getenv(testWorkerEnv) == "1" { // the test binary as a prove worker (worker_test.go)
		os.Exit(runTestWorker())
	}
	code := m.Run()
	for _, dir := range []string{toyStore.dir, realStore.dir} {
		if dir != "" {
			_ = os.RemoveAll(dir) // best effort: the temporary folder goes anyway
		}
	}
	os.Exit(code)
}

package circuits

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
)

// forgeAndSolve assigns w with tp, applies mut and reports whether the
// circuit of c accepts the result.
func forgeAndSolve(t *testing.T, c Class, w *Witness, tp *tamper, mut func(a *Circuit)) error {
	t.Helper()
	a, err := assign(c, w, tp)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	mut(a.(*Circuit))
	return solve(t, c, a)
}

// TestBitwiseOpBits: operation bits that are not bits but keep the key of
// a real operation, in witnesses coherent otherwise (the step's TV and the
// register follow the forged result, a 32-bit word; the program does not
// use it further): only the Or and Xor booleans reject them (checked by
// deleting each: its forgery is then accepted). Or = 3 on an XOR row keeps op = 4
// and gives 3a + 3b − 5·and: XOR(1, 0) = 3; Xor = 1/3 on an OR row keeps
// op = 6 and gives (a + b)/3: OR(3, 0) = 1.
func TestBitwiseOpBits(t *testing.T) {
	c := NewClass(5)
	// The results are not used: the forged values stay in the registers.
	w := run(t, prog(li(s0, 1), li(s1, 0), alu(0, 4, t0, s0, s1), li(a1, 3), alu(0, 6, t1, a1, s1),
		halt(0)), runIn{})
	accept(t, c, w)
	inv3 := new(big.Int).ModInverse(big.NewInt(3), ecc.BN254.ScalarField())
	for _, f := range []struct {
		name      string
		step, row int
		res       uint32
		or, xor   any
	}{
		{"XOR(1, 0) = 3 by Or = 3", 2, 0, 3, 3, 0},
		{"OR(3, 0) = 1 by Xor = 1/3", 4, 1, 1, 0, inv3},
	} {
		err := forgeAndSolve(t, c, w, &tamper{result: atStep(f.step, func(uint32) uint32 { return f.res })}, func(a *Circuit) {
			a.Steps[f.step].TV = f.res
			a.Bit[f.row].Or, a.Bit[f.row].Xor = f.or, f.xor
		})
		if err == nil {
			t.Errorf("%s: forged witness accepted", f.name)
		}
	}
}

// TestSubwordBitsAndBytes: an offset bit and a stored byte out of range,
// with the same key and everything else coherent: only the A0 boolean and
// the Y0 range check reject them (checked by deleting each: its forgery is
// then accepted). A0 = 2, A1 = 0 is offset 2 in the key
// but selects 2·byte1 − byte0 (0xcb, a byte with its sign lookup) instead
// of byte 2 (0xc1); Y0 + 256, Y1 − 1 keep the key but carry into the next
// byte of the stored word.
func TestSubwordBitsAndBytes(t *testing.T) {
	// LBU t0 at offset 2 of 0x80c1a57f (step 4, row 0), the result unused.
	c := NewClass(6)
	w := run(t, prog(uType(0x2000, s0, 0x37), li(s1, -0x7f3e5a81), store(2, s1, s0, 0), load(4, t0, s0, 2), halt(0)), runIn{})
	accept(t, c, w)
	err := forgeAndSolve(t, c, w, &tamper{result: atStep(4, func(uint32) uint32 { return 0xcb })}, func(a *Circuit) {
		a.Steps[4].TV = uint32(0xcb)
		a.Sub[0].A0, a.Sub[0].A1 = 2, 0
	})
	if err == nil {
		t.Error("LBU at offset 2 reading 0xcb by A0 = 2: forged witness accepted")
	}
	// SB of 0xcb at offset 1 (step 31, row 12 of subwordProgram).
	c = NewClass(7)
	w = run(t, subwordProgram(), runIn{})
	const sb, sbRow = 31, 12
	err = forgeAndSolve(t, c, w, &tamper{stored: atStep(sb, func(v uint32) uint32 { return v + 0x10000 })}, func(a *Circuit) {
		a.Sub[sbRow].Y0 = new(big.Int).Add(toBig(a.Sub[sbRow].Y0), big.NewInt(256))
		a.Sub[sbRow].Y1 = new(big.Int).Sub(toBig(a.Sub[sbRow].Y1), big.NewInt(1))
	})
	if err == nil {
		t.Error("SB carrying into the next byte by Y0 = 0x1cb: forged witness accepted")
	}
}

// TestTableRowMutations: every column of an active bitwise or sub-word row
// matters: raising any one of them by 1 is rejected (rows of each kind:
// AND, OR, XOR; LB of a negative byte, LHU, SB, SH).
func TestTableRowMutations(t *testing.T) {
	mutateAll := func(t *testing.T, c Class, w *Witness, rows func(a *Circuit) []reflect.Value) {
		n := len(rows(mustAssign(t, c, w)))
		for r := 0; r < n; r++ {
			cols := leafVariables(rows(mustAssign(t, c, w))[r])
			for k := range cols {
				a := mustAssign(t, c, w)
				v := leafVariables(rows(a)[r])[k]
				old := toBig(*v.ptr)
				*v.ptr = new(big.Int).Add(old, big.NewInt(1))
				if err := solve(t, c, a); err == nil {
					t.Errorf("row %d: %s %s -> %s accepted", r, v.name, old, *v.ptr)
				}
			}
		}
	}
	t.Run("bitwise", func(t *testing.T) {
		c := NewClass(5)
		w := run(t, bitwiseProgram(), runIn{})
		mutateAll(t, c, w, func(a *Circuit) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(&a.Bit[0]).Elem(), reflect.ValueOf(&a.Bit[1]).Elem(), reflect.ValueOf(&a.Bit[2]).Elem()}
		})
	})
	t.Run("subword", func(t *testing.T) {
		c := NewClass(7)
		w := run(t, subwordProgram(), runIn{})
		mutateAll(t, c, w, func(a *Circuit) []reflect.Value {
			var out []reflect.Value
			for _, r := range []int{2, 9, 12, 13} {
				out = append(out, reflect.ValueOf(&a.Sub[r]).Elem())
			}
			return out
		})
	})
}

type leaf struct {
	name string
	ptr  *frontend.Variable
}

// leafVariables lists the variables of a row struct (arrays expanded).
func leafVariables(v reflect.Value) []leaf {
	var out []leaf
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		if f.Kind() == reflect.Array {
			for k := 0; k < f.Len(); k++ {
				out = append(out, leaf{fmt.Sprintf("%s[%d]", name, k), f.Index(k).Addr().Interface().(*frontend.Variable)})
			}
			continue
		}
		out = append(out, leaf{name, f.Addr().Interface().(*frontend.Variable)})
	}
	return out
}

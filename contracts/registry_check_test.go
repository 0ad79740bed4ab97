package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// deployRaw deploys a contract whose runtime code is code.
func (e *env) deployRaw(code []byte) common.Address {
	e.t.Helper()
	// PUSH1 len; DUP1; PUSH1 11; PUSH1 0; CODECOPY; PUSH1 0; RETURN; then the runtime code
	initCode := append([]byte{0x60, byte(len(code)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, code...)
	return e.deploy("raw", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		addr, tx, _, err := bind.DeployContract(o, abi.ABI{}, initCode, e.client)
		return addr, tx, err
	})
}

// TestRegistryRefusesNonVerifiers: setVerifier refuses (NotAVerifier) a contract that does not
// revert on an all-zero proof — one that returns false as a bool verifier does, one that
// stops at once (an empty implementation, a fallback) — for a whole-run and a final class, so
// that verifyProof, which takes "returned" for "valid", never accepts a forged proof through
// it; real verifiers (the toy ones) are still registered.
func TestRegistryRefusesNonVerifiers(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		name string
		code []byte
	}{
		{"returns false", common.FromHex("60206000f3")}, // PUSH1 32; PUSH1 0; RETURN: 32 zero bytes
		{"stops", common.FromHex("00")},
	} {
		addr := e.deployRaw(c.code)
		for _, class := range []uint8{toyClass + 2, 0x80 | 3} {
			rv := e.expectRevert(e.owner, "NotAVerifier", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return e.registry.SetVerifier(o, class, addr)
			})
			if rv.Args[0].(common.Address) != addr {
				t.Fatalf("%s, class %#x: %s", c.name, class, rv)
			}
		}
	}
	e.send(e.owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SetVerifier(o, toyClass+2, e.toyAddr)
	})
	e.registerToyFinal()
}

// TestCreateJobProgramIDInField: createJob refuses a program id that is no field element (no
// proof could answer the job: submitResult would revert NotAFieldElement), as the Coordinator
// refuses it for a subscription.
func TestCreateJobProgramIDInField(t *testing.T) {
	e := newEnv(t)
	pid := make([]byte, 32)
	for i := range pid {
		pid[i] = 0xff
	}
	e.expectRevert(e.stranger, "NotAFieldElement", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.jm.CreateJob(o, 1, pid, nil, 10)
	})
}

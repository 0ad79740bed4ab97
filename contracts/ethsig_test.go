package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
)

// TestRecoverSignerIsEthSig: RecoverSigner accepts exactly the signatures EthSig.recover does
// (through SingleOffchainSigner.isValidSignature of a deployed OutputConsumer): both v forms of
// a signature, and neither its malleated twin (r, n-s, v^1) nor a v outside {0, 1, 27, 28}.
func TestRecoverSignerIsEthSig(t *testing.T) {
	e := newEnv(t)
	c, _ := e.deployOutputConsumer(randElement(t), testMaxCycles)
	hash := crypto.Keccak256([]byte("a request digest"))
	sig, err := crypto.Sign(hash, e.signer.key) // v in {0, 1}, low s
	if err != nil {
		t.Fatal(err)
	}
	with := func(v byte, s *big.Int) []byte {
		out := append([]byte(nil), sig...)
		if s != nil {
			s.FillBytes(out[32:64])
		}
		out[64] = v
		return out
	}
	n := crypto.S256().Params().N
	highS := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	v := sig[64]
	cases := []struct {
		name string
		sig  []byte
		ok   bool
	}{
		{"v 0/1", with(v, nil), true},
		{"v 27/28", with(v+27, nil), true},
		{"high s, v flipped (27/28)", with((v^1)+27, highS), false},
		{"high s, v flipped (0/1)", with(v^1, highS), false},
		{"v 2/3", with(v+2, nil), false},
		{"v 29/30", with(v+29, nil), false},
		{"v 25/26", with(v+25, nil), false},
	}
	// The twin really is a valid secp256k1 signature of the signer (go-ethereum's recovery
	// accepts it): only the low-s rule tells it apart.
	if pub, err := crypto.SigToPub(hash, with(v^1, highS)); err != nil || crypto.PubkeyToAddress(*pub) != e.signer.addr {
		t.Fatalf("the malleated twin does not recover the signer: %v", err)
	}
	for _, tc := range cases {
		magic, err := c.IsValidSignature(&bind.CallOpts{}, [32]byte(hash), tc.sig)
		if err != nil {
			t.Fatalf("%s: isValidSignature: %v", tc.name, err)
		}
		onChain := magic == [4]byte{0x16, 0x26, 0xba, 0x7e}
		got, rerr := contracts.RecoverSigner(hash, tc.sig)
		offChain := rerr == nil && got == e.signer.addr
		if onChain != tc.ok || offChain != tc.ok {
			t.Errorf("%s: EthSig accepts %v, RecoverSigner accepts %v (%v), want %v", tc.name, onChain, offChain, rerr, tc.ok)
		}
	}
}

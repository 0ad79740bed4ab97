package contracts_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/zkprover/zkprover/contracts/internal/toycircuit"
)

// TestToyVerifiersCurrent checks that the committed toy verifiers (src/test/ToyVerifier.sol and
// ToyFinalVerifier.sol) are the exports (prover/evmverifier) of the committed toy keys (testdata/toy.vk and
// toyfinal.vk), and that the keys still fit the toy circuits (a proof made with the committed
// proving key verifies under the committed verifying key: TestMain loads them, the proofs the
// other tests make are checked natively). After changing a toy circuit: `go run
// ./contracts/cmd/gentoy` (or `-only toy|final`), then `make contracts`; after a change of the
// verifier template, `go run ./contracts/cmd/gentoy -export` keeps the keys.
func TestToyVerifiersCurrent(t *testing.T) {
	for _, c := range []struct {
		keys   *toycircuit.Keys
		file   string
		export func(*toycircuit.Keys, io.Writer) error
		shape  string // the public inputs of verifyProof
	}{
		{toyKeys, "ToyVerifier.sol", (*toycircuit.Keys).ExportSolidity, "uint256[27] calldata input"},
		{toyFinalKeys, "ToyFinalVerifier.sol", (*toycircuit.Keys).ExportFinalSolidity, "uint256[1] calldata input"},
	} {
		var want bytes.Buffer
		if err := c.export(c.keys, &want); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("src", "test", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("src/test/%s is not the export of its testdata key: run `go run ./contracts/cmd/gentoy -export` and `make contracts`", c.file)
		}
		if !bytes.Contains(got, []byte(c.shape)) || !bytes.Contains(got, []byte("PED_GSIGNEG_X_0")) || !bytes.Contains(got, []byte("e(L - rho P, -gamma)")) {
			t.Errorf("src/test/%s: want verifyProof(bytes, %s) and one commitment folded into five pairs (keygen's G = gamma)", c.file, c.shape)
		}
	}
}

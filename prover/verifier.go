package prover

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkprover/zkprover/prover/evmverifier"
)

// ExportVerifier writes the Solidity verifier of vk: a class folder's Verifier.sol. It is
// package evmverifier's contract (one pairing call: the commitment's proof of knowledge is
// folded into the Groth16 equation), with gnark's interface: verifyProof(bytes, uint256[n]).
func ExportVerifier(w io.Writer, vk groth16.VerifyingKey) error {
	return evmverifier.Export(w, vk)
}

// verifierIsExport says whether src is what ExportVerifier writes for vk: the Verifier.sol of
// a class whose manifest was written before the file was refreshed (RefreshVerifier writes the
// file first, then the manifest, so a reader between the two sees this).
func verifierIsExport(src []byte, vk groth16.VerifyingKey) bool {
	var want bytes.Buffer
	return ExportVerifier(&want, vk) == nil && bytes.Equal(src, want.Bytes())
}

// RefreshVerifier rewrites the Verifier.sol of class id under root, and its checksum in the
// manifest, when the file is not what ExportVerifier writes for the class's verifying key
// today (keys made by an earlier version: gnark's export, which checks the commitment with a
// second pairing call and costs about 33,000 gas more per proof). The keys are not touched;
// the old and the new contract accept exactly the same proofs. It reports whether it wrote.
// The file is replaced before the manifest, each by an atomic rename, so a process loading
// the class meanwhile accepts either state (LoadClass and CheckClass take a Verifier.sol
// that is the current export of the checksummed verifying key).
func RefreshVerifier(root string, id int) (bool, error) {
	m, err := ReadManifest(root, id)
	if err != nil {
		return false, err
	}
	dir := ClassDir(root, id)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readChecked(filepath.Join(dir, FileVK), m.Files[FileVK], func(r io.Reader) error {
		_, err := vk.UnsafeReadFrom(r)
		return err
	}); err != nil {
		return false, fmt.Errorf("loading verifying key: %w", err)
	}
	path := filepath.Join(dir, FileVerifier)
	have, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("reading %s: %w", path, err)
	}
	var want bytes.Buffer
	if err := ExportVerifier(&want, vk); err != nil {
		return false, fmt.Errorf("exporting the verifier of %s: %w", dir, err)
	}
	if bytes.Equal(have, want.Bytes()) {
		return false, nil
	}
	if sum := sha256.Sum256(have); hex.EncodeToString(sum[:]) != m.Files[FileVerifier] {
		return false, &ChecksumError{Path: path, Want: m.Files[FileVerifier], Got: hex.EncodeToString(sum[:])}
	}
	sum, err := replaceFile(dir, FileVerifier, want.Bytes())
	if err != nil {
		return false, err
	}
	m.Files[FileVerifier] = sum
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return false, fmt.Errorf("encoding manifest: %w", err)
	}
	if _, err := replaceFile(dir, FileManifest, append(mb, '\n')); err != nil {
		return false, err
	}
	return true, nil
}

package prover

import (
	"fmt"

	"github.com/zkprover/zkprover/circuits"
)

// Class identifiers. The prover keeps keys per class identifier, an int:
// for most classes the log2 of the class's steps; RV32IM's hash classes
// (circuits.NewHashClass: more SHA-256 or Keccak rows) are identified by
// circuits.HashSha256|k or circuits.HashKeccak|k, which is also the proof
// class byte of their proofs on chain (docs/contracts.md).

// ClassLogSteps is log2 of the steps of the class identified by id.
func ClassLogSteps(id int) int {
	k, _ := circuits.SplitID(id)
	return k
}

// classHash is the hash flag of a hash class identifier, else 0.
func classHash(id int) int {
	_, h := circuits.SplitID(id)
	return h
}

// classHashName is the hash tables' name of the class identified by id
// ("sha256", "keccak"), "" for a base class (Manifest.Hash).
func classHashName(id int) string { return circuits.HashName(classHash(id)) }

// ClassLabel names the class identified by id for people: "2^12",
// "2^11 sha256".
func ClassLabel(id int) string { return circuits.ClassLabel(id) }

// SetupCommand is the command that sets up the class identified by id.
func SetupCommand(id int) string {
	if k, h := circuits.SplitID(id); h != 0 {
		return fmt.Sprintf("zkprover setup --cycles 2^%d --hash %s", k, circuits.HashName(h))
	}
	return fmt.Sprintf("zkprover setup --cycles 2^%d", id)
}

// setupCommander is implemented by families whose keys another command
// makes than `zkprover setup --cycles` (the long-run stores: `zkprover
// setup --segment 2^k`).
type setupCommander interface {
	SetupCommand(id int) string
}

// setupCommandOf is the command that sets up class id of fam (nil: the
// whole-run classes, SetupCommand).
func setupCommandOf(fam Family, id int) string {
	if c, ok := fam.(setupCommander); ok {
		return c.SetupCommand(id)
	}
	return SetupCommand(id)
}

// redoAdvice says how to replace the keys of class id of fam in the class
// folder dir: `zkprover setup` never overwrites a class folder, so the
// folder goes first. Keys of setup kind SetupMPC come from a ceremony, and
// a setup would make single-party keys instead.
func redoAdvice(dir string, fam Family, id int, kind string) string {
	if kind == SetupMPC {
		return fmt.Sprintf("the keys in %s come from a ceremony: put its files back, or run the ceremony again (docs/ceremony.md)", dir)
	}
	return fmt.Sprintf("remove %s and run %#q", dir, setupCommandOf(fam, id))
}

// classChecker is implemented by families whose class identifiers are not
// a plain range of log steps (RV32IM).
type classChecker interface {
	CheckClass(id int) error
}

// checkClass returns an error unless the family builds class id.
func checkClass(fam Family, id int) error {
	if c, ok := fam.(classChecker); ok {
		return c.CheckClass(id)
	}
	if id < fam.MinLogSteps() || id > fam.MaxLogSteps() {
		return fmt.Errorf("class %s outside the family's range 2^%d..2^%d", ClassLabel(id), fam.MinLogSteps(), fam.MaxLogSteps())
	}
	return nil
}

package prover

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/recursion"
	"github.com/zkprover/zkprover/statement"
)

// ProofVersion is the version of the proof format (Go and JSON).
const ProofVersion = 1

// KindFinal marks the final proof of a long run (docs/recursion.md): one
// public input, recursion.FinalDigest of the statement and the run's cycle
// budget MaxCycles, checked with the final circuit's key of segment class
// Class. A whole-run proof of one class has no kind.
const KindFinal = "final"

// FinalClassFlag is set in the on-chain proof class byte of a final proof:
// 0x80 | segment class (docs/contracts.md); a whole-run proof's class byte is
// its class.
const FinalClassFlag = 0x80

// Proof is one proven run: the statement, the Groth16 proof in every form the
// node and its users need, and the class that proved it.
type Proof struct {
	Version   int              // ProofVersion
	Kind      string           // "" (a whole-run proof of class Class) or KindFinal
	Class     int              // the class identifier (ClassLogSteps: 2^k steps; a hash class's identifier is also its proof class byte); of a final proof its segment class
	Segments  int              // a final proof's number of segments (0 otherwise)
	Cycles    uint64           // cycles of the run (not part of the statement)
	MaxCycles uint64           // a final proof's cycle budget, bound by its digest: the run halted within it (0 otherwise)
	Public    statement.Public // what the proof attests
	Raw       []byte           // the proof in gnark's raw form (groth16 bn254 Proof.WriteRawTo)

	// The points as decimal strings: A = [x, y], B = [[x0, x1], [y0, y1]]
	// (x = x0 + x1·u), C = [x, y]; the Pedersen commitments and their proof of
	// knowledge, [x, y] each.
	A             [2]string
	B             [2][2]string
	C             [2]string
	Commitments   [][2]string
	CommitmentPok [2]string

	// PublicInputs are the statement's public inputs as decimal strings
	// (statement.Public.Elements, in order; of a final proof, the one
	// element recursion.FinalDigest(Public, MaxCycles)).
	PublicInputs []string
	// SolidityProof is the `bytes proof` argument of the exported verifier's
	// verifyProof: A, B, C, the commitments and their proof of knowledge,
	// 32-byte big-endian words (gnark's MarshalSolidity).
	SolidityProof []byte
	// Calldata is a complete call of verifyProof(bytes, uint256[n]): the
	// 4-byte selector followed by the ABI-encoded arguments.
	Calldata []byte
}

// VerifyProofSignature is the exported verifier's entry point for n public inputs.
func VerifyProofSignature(nPublic int) string {
	return fmt.Sprintf("verifyProof(bytes,uint256[%d])", nPublic)
}

// newProof fills every form of a Proof from gnark's proof and the statement.
func newProof(logSteps int, cycles uint64, pub statement.Public, gp groth16.Proof) (*Proof, error) {
	return build(&Proof{Version: ProofVersion, Class: logSteps, Cycles: cycles, Public: pub}, gp)
}

// NewFinalProof is the Proof form of a long run's final proof: segment class
// segClass, its number of segments, and gnark's proof of the final circuit
// for recursion.FinalDigest(pub, maxCycles). Verify checks it with the final
// circuit's verifying key.
func NewFinalProof(segClass, segments int, cycles, maxCycles uint64, pub statement.Public, gp groth16.Proof) (*Proof, error) {
	return build(&Proof{Version: ProofVersion, Kind: KindFinal, Class: segClass, Segments: segments, Cycles: cycles,
		MaxCycles: maxCycles, Public: pub}, gp)
}

func build(p *Proof, gp groth16.Proof) (*Proof, error) {
	bp, ok := gp.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("proof is a %T, want a BN254 Groth16 proof", gp)
	}
	var raw bytes.Buffer
	if _, err := bp.WriteRawTo(&raw); err != nil {
		return nil, fmt.Errorf("encoding proof: %w", err)
	}
	p.Raw = raw.Bytes()
	elems, err := p.Inputs()
	if err != nil {
		return nil, err
	}
	if err := p.fillForms(bp, elems); err != nil {
		return nil, err
	}
	return p, nil
}

// Inputs are the public inputs the proof is checked against, rebuilt from
// its statement: statement.Public.Elements, or for a final proof the one
// element recursion.FinalDigest(Public, MaxCycles).
func (p *Proof) Inputs() ([]fr.Element, error) {
	switch p.Kind {
	case "":
		elems, err := p.Public.Elements()
		if err != nil {
			return nil, fmt.Errorf("statement: %w", err)
		}
		return elems[:], nil
	case KindFinal:
		d, err := recursion.FinalDigest(&p.Public, p.MaxCycles)
		if err != nil {
			return nil, fmt.Errorf("statement: %w", err)
		}
		return []fr.Element{d}, nil
	default:
		return nil, fmt.Errorf("unknown proof kind %q", p.Kind)
	}
}

// ProofClass is the proof class byte of the contracts (VerifierRegistry):
// the class of a whole-run proof, FinalClassFlag | segment class of a final
// proof.
func (p *Proof) ProofClass() uint8 {
	if p.Kind == KindFinal {
		return FinalClassFlag | uint8(p.Class)
	}
	return uint8(p.Class)
}

// ProofFromRaw builds a Proof, with every derived form, from gnark's raw
// proof (Proof.Raw) of class logSteps and the statement it proves: what a
// client rebuilds from a node's answer. Verify checks it.
func ProofFromRaw(logSteps int, cycles uint64, pub statement.Public, raw []byte) (*Proof, error) {
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("decoding proof: %w", err)
	}
	return newProof(logSteps, cycles, pub, gp)
}

// fillForms derives the decimal points, the public inputs and the Solidity
// forms from the gnark proof and the public input vector.
func (p *Proof) fillForms(bp *groth16bn254.Proof, elems []fr.Element) error {
	p.A = [2]string{bp.Ar.X.String(), bp.Ar.Y.String()}
	p.B = [2][2]string{
		{bp.Bs.X.A0.String(), bp.Bs.X.A1.String()},
		{bp.Bs.Y.A0.String(), bp.Bs.Y.A1.String()},
	}
	p.C = [2]string{bp.Krs.X.String(), bp.Krs.Y.String()}
	p.Commitments = make([][2]string, len(bp.Commitments))
	for i, c := range bp.Commitments {
		p.Commitments[i] = [2]string{c.X.String(), c.Y.String()}
	}
	p.CommitmentPok = [2]string{bp.CommitmentPok.X.String(), bp.CommitmentPok.Y.String()}
	p.PublicInputs = make([]string, len(elems))
	for i := range elems {
		p.PublicInputs[i] = elems[i].String()
	}
	p.SolidityProof = bp.MarshalSolidity()
	cd, err := EncodeCalldata(p.SolidityProof, elems)
	if err != nil {
		return err
	}
	p.Calldata = cd
	return nil
}

// RollupWords is a Groth16 proof in upstream's rollup form (zkevm-node's and
// cdk's FinalProof.proof, which their convertProof splits into bytes32[24]):
// the 12 words of MarshalSolidity (A, B, C, the commitment and its proof of
// knowledge) followed by 12 zero words. contracts/src/RollupVerifier.sol
// reads it back.
func RollupWords(solidityProof []byte) ([24][32]byte, error) {
	var w [24][32]byte
	if len(solidityProof) != 12*32 {
		return w, fmt.Errorf("%w: a Solidity proof of %d bytes, want %d", ErrInvalidProof, len(solidityProof), 12*32)
	}
	for i := range 12 {
		copy(w[i][:], solidityProof[32*i:32*(i+1)])
	}
	return w, nil
}

// EncodeCalldata returns the call of the exported verifier's
// verifyProof(bytes proof, uint256[n] input): selector and ABI-encoded arguments.
func EncodeCalldata(solidityProof []byte, inputs []fr.Element) ([]byte, error) {
	n := len(inputs)
	bytesT, err := abi.NewType("bytes", "", nil)
	if err != nil {
		return nil, fmt.Errorf("abi type bytes: %w", err)
	}
	arrT, err := abi.NewType(fmt.Sprintf("uint256[%d]", n), "", nil)
	if err != nil {
		return nil, fmt.Errorf("abi type uint256[%d]: %w", n, err)
	}
	args := abi.Arguments{{Type: bytesT}, {Type: arrT}}
	// The ABI packer wants a Go array of the exact length for uint256[n].
	arr := reflect.New(reflect.ArrayOf(n, reflect.TypeFor[*big.Int]())).Elem()
	for i := range inputs {
		arr.Index(i).Set(reflect.ValueOf(inputs[i].BigInt(new(big.Int))))
	}
	packed, err := args.Pack(solidityProof, arr.Interface())
	if err != nil {
		return nil, fmt.Errorf("abi-encoding verifyProof arguments: %w", err)
	}
	selector := crypto.Keccak256([]byte(VerifyProofSignature(n)))[:4]
	return append(selector, packed...), nil
}

// GnarkProof decodes the raw proof.
func (p *Proof) GnarkProof() (groth16.Proof, error) {
	gp := groth16.NewProof(ecc.BN254)
	if _, err := gp.ReadFrom(bytes.NewReader(p.Raw)); err != nil {
		return nil, fmt.Errorf("decoding proof: %w", err)
	}
	return gp, nil
}

// checkForms rebuilds every derived form from Raw and Public and fails if the
// proof carries anything different: a proof file whose points, public inputs
// or calldata were edited is rejected even where the pairing check would not
// look at them.
func (p *Proof) checkForms() (*groth16bn254.Proof, []fr.Element, error) {
	if p.Version != ProofVersion {
		return nil, nil, fmt.Errorf("proof version %d, this build reads version %d", p.Version, ProofVersion)
	}
	gp, err := p.GnarkProof()
	if err != nil {
		return nil, nil, err
	}
	bp := gp.(*groth16bn254.Proof)
	elems, err := p.Inputs()
	if err != nil {
		return nil, nil, err
	}
	want := Proof{}
	if err := want.fillForms(bp, elems); err != nil {
		return nil, nil, err
	}
	switch {
	case p.A != want.A || p.B != want.B || p.C != want.C || p.CommitmentPok != want.CommitmentPok ||
		!equalPairs(p.Commitments, want.Commitments):
		return nil, nil, fmt.Errorf("the decimal proof points do not match the raw proof")
	case !equalStrings(p.PublicInputs, want.PublicInputs):
		return nil, nil, fmt.Errorf("the public inputs do not match the statement")
	case !bytes.Equal(p.SolidityProof, want.SolidityProof):
		return nil, nil, fmt.Errorf("the Solidity proof bytes do not match the raw proof")
	case !bytes.Equal(p.Calldata, want.Calldata):
		return nil, nil, fmt.Errorf("the calldata does not match the proof and statement")
	}
	return bp, elems, nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalPairs(a, b [][2]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// StatementJSON is the JSON form of a statement.
type StatementJSON struct {
	ProgramID    string `json:"program_id"` // 0x + 64 hex digits (field element, big-endian)
	ChainID      uint64 `json:"chain_id"`
	Timestamp    uint64 `json:"timestamp"`
	BatchNum     uint64 `json:"batch_num"`
	Sequencer    string `json:"sequencer"`     // 0x + 40 hex digits
	OnchainInput string `json:"onchain_input"` // 0x-hex bytes
	OffchainHash string `json:"offchain_hash"` // 0x + 64 hex digits
	OldStateRoot string `json:"old_state_root"`
	NewStateRoot string `json:"new_state_root"`
	ExitCode     uint32 `json:"exit_code"`
	Output       string `json:"output"` // 0x-hex bytes
}

// proofJSON is the JSON form of a Proof (proof.json).
type proofJSON struct {
	Version       int           `json:"version"`
	Kind          string        `json:"kind,omitempty"` // "final" for a long run's final proof
	Curve         string        `json:"curve"`
	System        string        `json:"system"`
	Class         int           `json:"class"`              // the class identifier (Proof.Class); of a final proof its segment class
	Segments      int           `json:"segments,omitempty"` // a final proof's number of segments
	Cycles        uint64        `json:"cycles"`
	MaxCycles     *uint64       `json:"max_cycles,omitempty"` // a final proof's cycle budget (bound by its digest)
	Statement     StatementJSON `json:"statement"`
	Proof         string        `json:"proof"` // 0x-hex, gnark raw form
	A             [2]string     `json:"a"`
	B             [2][2]string  `json:"b"`
	C             [2]string     `json:"c"`
	Commitments   [][2]string   `json:"commitments"`
	CommitmentPok [2]string     `json:"commitment_pok"`
	PublicInputs  []string      `json:"public_inputs"`
	SolidityProof string        `json:"solidity_proof"` // 0x-hex, the bytes argument of verifyProof
	Calldata      string        `json:"calldata"`       // 0x-hex, selector + ABI-encoded arguments
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }

func feHex(e fr.Element) string {
	b := e.Bytes()
	return hex0x(b[:])
}

func parseHex(field, s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("%s: %q is not 0x-hex", field, s)
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	return b, nil
}

func parseFE(field, s string) (fr.Element, error) {
	var e fr.Element
	b, err := parseHex(field, s)
	if err != nil {
		return e, err
	}
	if len(b) != fr.Bytes {
		return e, fmt.Errorf("%s: %d bytes, want %d", field, len(b), fr.Bytes)
	}
	if err := e.SetBytesCanonical(b); err != nil {
		return e, fmt.Errorf("%s: %w", field, err)
	}
	return e, nil
}

// ToJSON converts a statement to its JSON form.
func ToJSON(p statement.Public) StatementJSON {
	return StatementJSON{
		ProgramID:    feHex(p.ProgramID),
		ChainID:      p.Context.ChainID,
		Timestamp:    p.Context.Timestamp,
		BatchNum:     p.Context.BatchNum,
		Sequencer:    hex0x(p.Context.Sequencer[:]),
		OnchainInput: hex0x(p.OnchainInput),
		OffchainHash: feHex(p.OffchainHash),
		OldStateRoot: feHex(p.OldStateRoot),
		NewStateRoot: feHex(p.NewStateRoot),
		ExitCode:     p.ExitCode,
		Output:       hex0x(p.Output),
	}
}

// Public converts the JSON form back to a statement.
func (s StatementJSON) Public() (statement.Public, error) {
	var p statement.Public
	var err error
	if p.ProgramID, err = parseFE("program_id", s.ProgramID); err != nil {
		return p, err
	}
	if p.OffchainHash, err = parseFE("offchain_hash", s.OffchainHash); err != nil {
		return p, err
	}
	if p.OldStateRoot, err = parseFE("old_state_root", s.OldStateRoot); err != nil {
		return p, err
	}
	if p.NewStateRoot, err = parseFE("new_state_root", s.NewStateRoot); err != nil {
		return p, err
	}
	seq, err := parseHex("sequencer", s.Sequencer)
	if err != nil {
		return p, err
	}
	if len(seq) != 20 {
		return p, fmt.Errorf("sequencer: %d bytes, want 20", len(seq))
	}
	copy(p.Context.Sequencer[:], seq)
	p.Context.ChainID, p.Context.Timestamp, p.Context.BatchNum = s.ChainID, s.Timestamp, s.BatchNum
	if p.OnchainInput, err = parseHex("onchain_input", s.OnchainInput); err != nil {
		return p, err
	}
	if p.Output, err = parseHex("output", s.Output); err != nil {
		return p, err
	}
	p.ExitCode = s.ExitCode
	err = p.Validate()
	return p, err
}

// MarshalJSON writes the proof.json form.
func (p *Proof) MarshalJSON() ([]byte, error) {
	var maxCycles *uint64
	if p.Kind == KindFinal {
		maxCycles = &p.MaxCycles
	}
	return json.Marshal(proofJSON{
		Version:       p.Version,
		Kind:          p.Kind,
		Curve:         "bn254",
		System:        "groth16",
		Class:         p.Class,
		Segments:      p.Segments,
		Cycles:        p.Cycles,
		MaxCycles:     maxCycles,
		Statement:     ToJSON(p.Public),
		Proof:         hex0x(p.Raw),
		A:             p.A,
		B:             p.B,
		C:             p.C,
		Commitments:   p.Commitments,
		CommitmentPok: p.CommitmentPok,
		PublicInputs:  p.PublicInputs,
		SolidityProof: hex0x(p.SolidityProof),
		Calldata:      hex0x(p.Calldata),
	})
}

// UnmarshalJSON reads the proof.json form. It checks the encoding only;
// Verify checks that the forms agree and that the proof is valid.
func (p *Proof) UnmarshalJSON(b []byte) error {
	var j proofJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if j.Version != ProofVersion {
		return fmt.Errorf("proof version %d, this build reads version %d", j.Version, ProofVersion)
	}
	if j.Curve != "bn254" || j.System != "groth16" {
		return fmt.Errorf("a %s/%s proof, want bn254/groth16", j.Curve, j.System)
	}
	if j.Kind != "" && j.Kind != KindFinal {
		return fmt.Errorf("unknown proof kind %q", j.Kind)
	}
	var maxCycles uint64
	switch {
	case j.Kind == KindFinal && j.MaxCycles == nil:
		return errors.New("a final proof without max_cycles (made before the final digest bound the cycle budget: prove it again)")
	case j.Kind == KindFinal:
		maxCycles = *j.MaxCycles
	case j.MaxCycles != nil:
		return errors.New("max_cycles in a proof that is not final")
	}
	pub, err := j.Statement.Public()
	if err != nil {
		return fmt.Errorf("statement: %w", err)
	}
	raw, err := parseHex("proof", j.Proof)
	if err != nil {
		return err
	}
	sp, err := parseHex("solidity_proof", j.SolidityProof)
	if err != nil {
		return err
	}
	cd, err := parseHex("calldata", j.Calldata)
	if err != nil {
		return err
	}
	*p = Proof{
		Version: j.Version, Kind: j.Kind, Class: j.Class, Segments: j.Segments, Cycles: j.Cycles, MaxCycles: maxCycles,
		Public: pub, Raw: raw,
		A: j.A, B: j.B, C: j.C, Commitments: j.Commitments, CommitmentPok: j.CommitmentPok,
		PublicInputs: j.PublicInputs, SolidityProof: sp, Calldata: cd,
	}
	return nil
}

// CheckForms fails when a derived form of p (decimal points, public inputs,
// Solidity bytes, calldata) does not agree with its raw proof and statement.
func CheckForms(p *Proof) error {
	_, _, err := p.checkForms()
	return err
}

// IsFinalJSON reports whether a JSON document is a proof of kind final.
func IsFinalJSON(b []byte) bool {
	var k struct {
		Kind string `json:"kind"`
	}
	return json.Unmarshal(b, &k) == nil && k.Kind == KindFinal
}

// ReadProofFile reads a proof.json file.
func ReadProofFile(path string) (*Proof, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading proof %s: %w", path, err)
	}
	var p Proof
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("decoding proof %s: %w", path, err)
	}
	return &p, nil
}

// WriteProofFile writes a proof.json file (indented, atomically).
func WriteProofFile(path string, p *Proof) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding proof: %w", err)
	}
	if err := WriteFileAtomic(path, append(b, '\n')); err != nil {
		return fmt.Errorf("writing proof %s: %w", path, err)
	}
	return nil
}

// WriteFileAtomic writes b to path through a temporary file of this write
// alone, synced before the rename: a crash, or a second writer, leaves the
// old file or a whole new one, never a mix.
func WriteFileAtomic(path string, b []byte) error {
	_, err := replaceFile(filepath.Dir(path), filepath.Base(path), b)
	return err
}

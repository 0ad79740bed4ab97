// Package contracts holds the Solidity contracts of zkprover (sources in src/, compiled
// artifacts in artifacts/, Go bindings in bindings/) and the Go encodings a node needs to
// deliver proven results to them: the ABI structs the JobManager and the Coordinator decode,
// job ids, and the statement context each delivery path uses. See docs/contracts.md.
package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/statement"
)

// Job status values of the JobManager (InfinityVM).
const (
	JobPending   uint8 = 1
	JobCancelled uint8 = 2
	JobCompleted uint8 = 3
)

// OffchainNonceMin is the first nonce of signed offchain requests: onchain jobs take nonces
// below it, offchain requests nonces from it up (OFFCHAIN_NONCE_MIN in Types.sol).
const OffchainNonceMin uint64 = 1 << 63

// MaxNonceGap is how far above the highest nonce of its space (onchain or offchain) a
// consumer built on Consumer.sol accepts a new nonce (Consumer.MAX_NONCE_GAP).
const MaxNonceGap uint64 = 1 << 32

// ResultWithMetadata is the result of an onchain job; its ABI encoding is submitResult's
// first argument. The first five fields are InfinityVM's; the rest carry the proof.
type ResultWithMetadata struct {
	JobID            [32]byte
	OnchainInputHash [32]byte // keccak256 of the job's onchain input
	MaxCycles        uint64
	ProgramID        []byte // 32 bytes, big-endian
	Result           []byte // the program output
	ExitCode         uint32
	OldStateRoot     [32]byte
	NewStateRoot     [32]byte
	ProofClass       uint8  // below 0x80: a whole-run class (WholeRunLogSteps); FinalProofClass(k): a final proof
	Proof            []byte // groth16 Proof.MarshalSolidity(): 384 bytes
}

// OffchainResultWithMetadata is the result of an offchain job; its ABI encoding is
// submitResultForOffchainJob's first argument.
type OffchainResultWithMetadata struct {
	JobID               [32]byte
	OnchainInputHash    [32]byte
	OffchainInputHash   [32]byte // statement.OffchainHash of the offchain input
	MaxCycles           uint64
	ProgramID           []byte
	Result              []byte
	VersionedBlobHashes [][32]byte
	ExitCode            uint32
	OldStateRoot        [32]byte
	NewStateRoot        [32]byte
	ProofClass          uint8
	Proof               []byte
}

// OffchainJobRequest is a signed offchain job request (InfinityVM's, with stateHash).
type OffchainJobRequest struct {
	Nonce             uint64
	MaxCycles         uint64
	Consumer          common.Address
	ProgramID         []byte
	OnchainInput      []byte
	OffchainInputHash [32]byte // statement.OffchainHash of the offchain input
	StateHash         [32]byte // statement.StateRoot the run starts from
}

// ComputeProof is the `proof` argument of Coordinator.deliverCompute.
type ComputeProof struct {
	ProofClass        uint8
	ExitCode          uint32
	OffchainInputHash [32]byte
	OldStateRoot      [32]byte
	NewStateRoot      [32]byte
	Proof             []byte
}

func tupleArgs(fields ...abi.ArgumentMarshaling) abi.Arguments {
	t, err := abi.NewType("tuple", "", fields)
	if err != nil {
		panic(fmt.Sprintf("contracts: bad tuple type: %v", err)) // static definitions below
	}
	return abi.Arguments{{Type: t}}
}

func f(name, typ string) abi.ArgumentMarshaling { return abi.ArgumentMarshaling{Name: name, Type: typ} }

var (
	resultArgs = tupleArgs(f("jobID", "bytes32"), f("onchainInputHash", "bytes32"), f("maxCycles", "uint64"),
		f("programID", "bytes"), f("result", "bytes"), f("exitCode", "uint32"), f("oldStateRoot", "bytes32"),
		f("newStateRoot", "bytes32"), f("proofClass", "uint8"), f("proof", "bytes"))
	offchainResultArgs = tupleArgs(f("jobID", "bytes32"), f("onchainInputHash", "bytes32"),
		f("offchainInputHash", "bytes32"), f("maxCycles", "uint64"), f("programID", "bytes"), f("result", "bytes"),
		f("versionedBlobHashes", "bytes32[]"), f("exitCode", "uint32"), f("oldStateRoot", "bytes32"),
		f("newStateRoot", "bytes32"), f("proofClass", "uint8"), f("proof", "bytes"))
	requestArgs = tupleArgs(f("nonce", "uint64"), f("maxCycles", "uint64"), f("consumer", "address"),
		f("programID", "bytes"), f("onchainInput", "bytes"), f("offchainInputHash", "bytes32"), f("stateHash", "bytes32"))
	computeProofArgs = tupleArgs(f("proofClass", "uint8"), f("exitCode", "uint32"), f("offchainInputHash", "bytes32"),
		f("oldStateRoot", "bytes32"), f("newStateRoot", "bytes32"), f("proof", "bytes"))
)

// Encode returns abi.encode(ResultWithMetadata).
func (r *ResultWithMetadata) Encode() ([]byte, error) {
	b, err := resultArgs.Pack(r)
	if err != nil {
		return nil, fmt.Errorf("encoding ResultWithMetadata: %w", err)
	}
	return b, nil
}

// Encode returns abi.encode(OffchainResultWithMetadata).
func (r *OffchainResultWithMetadata) Encode() ([]byte, error) {
	if r.VersionedBlobHashes == nil {
		r.VersionedBlobHashes = [][32]byte{}
	}
	b, err := offchainResultArgs.Pack(r)
	if err != nil {
		return nil, fmt.Errorf("encoding OffchainResultWithMetadata: %w", err)
	}
	return b, nil
}

// Encode returns abi.encode(OffchainJobRequest): the bytes that are signed and submitted.
func (q *OffchainJobRequest) Encode() ([]byte, error) {
	b, err := requestArgs.Pack(q)
	if err != nil {
		return nil, fmt.Errorf("encoding OffchainJobRequest: %w", err)
	}
	return b, nil
}

// decodeTuple decodes abi.encode of one tuple into a new T (a struct with the
// tuple's fields).
func decodeTuple[T any](args abi.Arguments, b []byte, what string) (*T, error) {
	vals, err := args.Unpack(b)
	if err != nil {
		return nil, fmt.Errorf("decoding %s (%d bytes): %w", what, len(b), err)
	}
	if len(vals) != 1 {
		return nil, fmt.Errorf("decoding %s: %d values", what, len(vals))
	}
	v, ok := abi.ConvertType(vals[0], new(T)).(*T)
	if !ok {
		return nil, fmt.Errorf("decoding %s: unexpected %T", what, vals[0])
	}
	return v, nil
}

// DecodeOffchainJobRequest decodes abi.encode(OffchainJobRequest). The encoding must be
// canonical (re-encoding the decoded request gives the same bytes), so one request has exactly
// one encoding: the one its signature covers.
func DecodeOffchainJobRequest(b []byte) (*OffchainJobRequest, error) {
	q, err := decodeTuple[OffchainJobRequest](requestArgs, b, "OffchainJobRequest")
	if err != nil {
		return nil, err
	}
	again, err := q.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, fmt.Errorf("decoding OffchainJobRequest: not a canonical abi.encode (%d bytes, canonical form has %d)", len(b), len(again))
	}
	return q, nil
}

// DecodeOffchainResultWithMetadata decodes abi.encode(OffchainResultWithMetadata).
func DecodeOffchainResultWithMetadata(b []byte) (*OffchainResultWithMetadata, error) {
	return decodeTuple[OffchainResultWithMetadata](offchainResultArgs, b, "OffchainResultWithMetadata")
}

// Encode returns abi.encode(ComputeProof).
func (c *ComputeProof) Encode() ([]byte, error) {
	b, err := computeProofArgs.Pack(c)
	if err != nil {
		return nil, fmt.Errorf("encoding ComputeProof: %w", err)
	}
	return b, nil
}

// DecodeComputeProof decodes abi.encode(ComputeProof).
func DecodeComputeProof(b []byte) (*ComputeProof, error) {
	return decodeTuple[ComputeProof](computeProofArgs, b, "ComputeProof")
}

// JobID is keccak256(abi.encodePacked(uint64 nonce, address consumer)).
func JobID(nonce uint64, consumer common.Address) [32]byte {
	var pre [28]byte
	binary.BigEndian.PutUint64(pre[:8], nonce)
	copy(pre[8:], consumer[:])
	return crypto.Keccak256Hash(pre[:])
}

// OnchainJobContext is the statement context of an onchain job: the chain id, the timestamp of
// the block holding the createJob call (JobCreated), batch number = the job's nonce,
// sequencer = the consumer.
func OnchainJobContext(chainID, createdAt, nonce uint64, consumer common.Address) statement.Context {
	return statement.Context{ChainID: chainID, Timestamp: createdAt, BatchNum: nonce, Sequencer: consumer}
}

// OffchainJobContext is the statement context of an offchain job: timestamp 0, batch number =
// the request's nonce, sequencer = the consumer.
func OffchainJobContext(chainID uint64, req *OffchainJobRequest) statement.Context {
	return statement.Context{ChainID: chainID, Timestamp: 0, BatchNum: req.Nonce, Sequencer: req.Consumer}
}

// SubscriptionContext is the statement context of a delivery for a Coordinator subscription's
// interval (1-based) by node, the account that sends deliverCompute: timestamp = activeAt +
// (interval-1)*period, batch number = interval, sequencer = node. A proof made with one node's
// address does not verify for a delivery from another.
func SubscriptionContext(chainID uint64, activeAt, period, interval uint32, node common.Address) statement.Context {
	ts := uint64(activeAt) + uint64(interval-1)*uint64(period)
	return statement.Context{ChainID: chainID, Timestamp: ts, BatchNum: uint64(interval), Sequencer: node}
}

// Bytes32 is a field element as the contracts carry it: 32 bytes, big-endian.
func Bytes32(e fr.Element) [32]byte {
	return e.Bytes()
}

// ProgramIDBytes is the programID argument of createJob and the result structs.
func ProgramIDBytes(id fr.Element) []byte {
	b := id.Bytes()
	return b[:]
}

// ContainerID is the Coordinator containerId naming a program: "0x" + 64 hex digits.
func ContainerID(id fr.Element) string {
	b := id.Bytes()
	return fmt.Sprintf("0x%x", b[:])
}

// SignEIP191 signs keccak256("\x19Ethereum Signed Message:\n" || len || data) and returns
// r|s|v with v in {27, 28}: the operator's signature on a result, and the bare signature on an
// offchain job request (abi.encode(request)) for consumers that accept bare request signatures
// (replayable across chains; SignOffchainRequest is the default).
func SignEIP191(data []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	return signHash(accounts.TextHash(data), key)
}

func signHash(hash []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(hash, key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// The EIP-712 domain of offchain job requests (JobManager.EIP712_NAME, EIP712_VERSION) and the
// request's type.
const (
	EIP712Name    = "zkprover JobManager"
	EIP712Version = "1"
	// OffchainJobRequestType is the EIP-712 encodeType of OffchainJobRequest.
	OffchainJobRequestType = "OffchainJobRequest(uint64 nonce,uint64 maxCycles,address consumer,bytes programID," +
		"bytes onchainInput,bytes32 offchainInputHash,bytes32 stateHash)"
)

var (
	domainTypeHash  = crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	requestTypeHash = crypto.Keccak256([]byte(OffchainJobRequestType))
)

// DomainSeparator is the EIP-712 domain separator of the JobManager at jobManager on chain
// chainID (JobManager.DOMAIN_SEPARATOR()).
func DomainSeparator(chainID uint64, jobManager common.Address) [32]byte {
	var cid [32]byte
	binary.BigEndian.PutUint64(cid[24:], chainID)
	return crypto.Keccak256Hash(domainTypeHash, crypto.Keccak256([]byte(EIP712Name)), crypto.Keccak256([]byte(EIP712Version)),
		cid[:], common.LeftPadBytes(jobManager[:], 32))
}

// OffchainRequestDigest is the EIP-712 digest of req for the JobManager at jobManager on chain
// chainID (JobManager.hashOffchainJobRequest): what the requester signs and the consumer's
// isValidSignature receives, unless the consumer accepts bare request signatures.
func OffchainRequestDigest(chainID uint64, jobManager common.Address, req *OffchainJobRequest) [32]byte {
	var nonce, maxCycles [32]byte
	binary.BigEndian.PutUint64(nonce[24:], req.Nonce)
	binary.BigEndian.PutUint64(maxCycles[24:], req.MaxCycles)
	structHash := crypto.Keccak256(requestTypeHash, nonce[:], maxCycles[:], common.LeftPadBytes(req.Consumer[:], 32),
		crypto.Keccak256(req.ProgramID), crypto.Keccak256(req.OnchainInput), req.OffchainInputHash[:], req.StateHash[:])
	ds := DomainSeparator(chainID, jobManager)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], structHash)
}

// SignOffchainRequest signs req as EIP-712 typed data for the JobManager at jobManager on chain
// chainID and returns r|s|v (v in {27, 28}): the request signature SingleOffchainSigner checks.
// The signature is valid on that chain and that JobManager only.
func SignOffchainRequest(req *OffchainJobRequest, chainID uint64, jobManager common.Address, key *ecdsa.PrivateKey) ([]byte, error) {
	d := OffchainRequestDigest(chainID, jobManager, req)
	return signHash(d[:], key)
}

// RecoverOffchainRequestSigner returns the account whose EIP-712 signature (r|s|v, v in {0, 1,
// 27, 28}) over req for the JobManager at jobManager on chain chainID is sig.
func RecoverOffchainRequestSigner(req *OffchainJobRequest, chainID uint64, jobManager common.Address, sig []byte) (common.Address, error) {
	d := OffchainRequestDigest(chainID, jobManager, req)
	return RecoverSigner(d[:], sig)
}

// secp256k1HalfN is secp256k1's group order n / 2 (EthSig.HALF_N): a signature with a larger s
// is the malleated twin of one with n - s.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverSigner is the account whose r|s|v signature (v in {0, 1, 27, 28}) of hash is sig. It
// accepts exactly what the contracts' EthSig.recover accepts: a v outside {0, 1, 27, 28} or an s
// above n/2 (the malleable twin of a valid signature, which EthSig.recover reads as
// address(0)) is refused.
func RecoverSigner(hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature of %d bytes, want 65", len(sig))
	}
	s := append([]byte(nil), sig...)
	switch s[64] {
	case 0, 1:
	case 27, 28:
		s[64] -= 27
	default:
		return common.Address{}, fmt.Errorf("signature v = %d, want 0, 1, 27 or 28", sig[64])
	}
	if new(big.Int).SetBytes(s[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("signature s above n/2 (malleable; EthSig.recover refuses it)")
	}
	pub, err := crypto.SigToPub(hash, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("recovering the signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Proof classes: the proofClass byte of a result names the verifier (VerifierRegistry) and the
// kind of proof:
//
//	0x00..0x3F  0..MaxSingleClass: a whole-run proof of the base circuit with 2^class steps
//	0x40..0x5F  Sha256ClassFlag|k (k = 0..31): a whole-run proof of the SHA-256 class of 2^k
//	            steps (the circuit with more SHA256_COMPRESS rows)
//	0x60..0x7F  KeccakClassFlag|k (k = 0..31): a whole-run proof of the Keccak class of 2^k
//	            steps (more KECCAK_F rows)
//	0x80..0xBF  FinalClassFlag|k (FinalProofClass(k)): a final proof of a run proven in
//	            segments of 2^k steps
//	0xC0..0xFF  no class: refused (ClassOutOfRange on chain)
//
// Every byte below FinalClassFlag is a whole-run class: 27 public inputs
// (statement.Public.Elements), an IGroth16Verifier. The contracts bound it by its log steps
// (WholeRunLogSteps: the class for a base class, class&0x1F for a hash class), never by the raw
// byte: against ceil(log2 maxCycles) of a job, a subscription's maxProofClass. A final proof has
// one public input, recursion.FinalDigest of the statement and a cycle budget, which the
// contracts recompute as Statement.finalDigest with the job's maxCycles, or a subscription's
// SubscriptionMaxCycles.
const (
	// MaxSingleClass is the largest base class (and segment class of a final class).
	MaxSingleClass = 63
	// Sha256ClassFlag | k is the SHA-256 class of 2^k steps (k <= MaxHashClassLogSteps).
	Sha256ClassFlag = 0x40
	// KeccakClassFlag | k is the Keccak class of 2^k steps (k <= MaxHashClassLogSteps).
	KeccakClassFlag = 0x60
	// MaxHashClassLogSteps is the largest log steps of a hash class.
	MaxHashClassLogSteps = 31
	// FinalClassFlag | k is the final class of segments of 2^k steps (k <= MaxSingleClass).
	FinalClassFlag = 0x80
)

// WholeRunLogSteps reports whether c is a whole-run class (below FinalClassFlag: a base class
// 0..63, a SHA-256 class 0x40|k or a Keccak class 0x60|k) and the log2 of the steps it proves
// the run halted within (VerifierRegistry.logStepsOf): c for a base class, c&0x1F for a hash
// class.
func WholeRunLogSteps(c uint8) (logSteps int, ok bool) {
	switch {
	case c <= MaxSingleClass:
		return int(c), true
	case c < FinalClassFlag:
		return int(c & 0x1F), true
	}
	return 0, false
}

// SubscriptionMaxCycles is the cycle budget the Coordinator applies to a final proof of an
// interval of a subscription whose terms have maxProofClass (Coordinator.maxCyclesOf):
// 2^maxProofClass, saturating at 2^64-1. A node proves such an interval's final proof with
// exactly this budget (prover.Proof.MaxCycles), whatever lower cap it runs the program with.
func SubscriptionMaxCycles(maxProofClass uint8) uint64 {
	if maxProofClass >= 64 {
		return math.MaxUint64
	}
	return uint64(1) << maxProofClass
}

// FinalProofClass is the class byte of a final proof made with segments of 2^segmentClass
// steps: FinalClassFlag | segmentClass. A segmentClass outside 0..63 gives 0xFF, which is no
// class (ValidProofClass and the contracts refuse it).
func FinalProofClass(segmentClass int) uint8 {
	if segmentClass < 0 || segmentClass > MaxSingleClass {
		return 0xFF
	}
	return FinalClassFlag | uint8(segmentClass)
}

// IsFinalProofClass reports whether c is a final class (0x80..0xBF), and its segment class.
func IsFinalProofClass(c uint8) (segmentClass int, ok bool) {
	if c&0xC0 != FinalClassFlag {
		return 0, false
	}
	return int(c &^ FinalClassFlag), true
}

// ValidProofClass returns an error unless c is a whole-run class (0x00..0x7F: base, SHA-256 or
// Keccak) or a final class (0x80..0xBF).
func ValidProofClass(c uint8) error {
	_, whole := WholeRunLogSteps(c)
	if _, final := IsFinalProofClass(c); whole || final {
		return nil
	}
	return fmt.Errorf("proof class %#x is neither a whole-run class (0x00..%#x) nor a final class (%#x|k, k <= %d)",
		c, FinalClassFlag-1, FinalClassFlag, MaxSingleClass)
}

// wholeRunClass is the class byte of the whole-run class id class (0..0x7F: the id of a
// whole-run class is its byte).
func wholeRunClass(class int) (uint8, error) {
	if class < 0 || class >= FinalClassFlag {
		return 0, fmt.Errorf("whole-run proof class %#x out of range 0..%#x", class, FinalClassFlag-1)
	}
	return uint8(class), nil
}

// NewResult is the result of an onchain job whose run pub was proven by a whole-run proof of
// class class (solidityProof = prover.Proof.SolidityProof). class is the whole-run class id,
// which is its class byte: 0..63 for a base class of 2^class steps (prover.Proof.Class of a
// whole-run proof is its class id), Sha256ClassFlag|k or KeccakClassFlag|k for a hash class of 2^k steps; any
// other value is an error. NewResultWithClass takes any class byte (a final proof:
// FinalProofClass).
func NewResult(jobID [32]byte, maxCycles uint64, pub *statement.Public, class int, solidityProof []byte) (*ResultWithMetadata, error) {
	c, err := wholeRunClass(class)
	if err != nil {
		return nil, err
	}
	return NewResultWithClass(jobID, maxCycles, pub, c, solidityProof)
}

// NewResultWithClass is the result of an onchain job whose run pub was proven by a proof of
// class proofClass: a whole-run class byte (0x00..0x7F) or FinalProofClass(segment class) for a
// final proof (its Solidity proof bytes, 384 bytes).
func NewResultWithClass(jobID [32]byte, maxCycles uint64, pub *statement.Public, proofClass uint8, solidityProof []byte) (*ResultWithMetadata, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return nil, err
	}
	pid := pub.ProgramID.Bytes()
	return &ResultWithMetadata{
		JobID:            jobID,
		OnchainInputHash: crypto.Keccak256Hash(pub.OnchainInput),
		MaxCycles:        maxCycles,
		ProgramID:        pid[:],
		Result:           pub.Output,
		ExitCode:         pub.ExitCode,
		OldStateRoot:     pub.OldStateRoot.Bytes(),
		NewStateRoot:     pub.NewStateRoot.Bytes(),
		ProofClass:       proofClass,
		Proof:            solidityProof,
	}, nil
}

// NewOffchainResult is the result of the offchain job req whose run pub was proven by a
// whole-run proof of class class (the whole-run class id, as in NewResult).
// NewOffchainResultWithClass takes any class byte.
func NewOffchainResult(req *OffchainJobRequest, pub *statement.Public, class int, solidityProof []byte) (*OffchainResultWithMetadata, error) {
	c, err := wholeRunClass(class)
	if err != nil {
		return nil, err
	}
	return NewOffchainResultWithClass(req, pub, c, solidityProof)
}

// NewOffchainResultWithClass is the result of the offchain job req whose run pub was proven by
// a proof of class proofClass (a whole-run class or FinalProofClass(k)).
func NewOffchainResultWithClass(req *OffchainJobRequest, pub *statement.Public, proofClass uint8, solidityProof []byte) (*OffchainResultWithMetadata, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return nil, err
	}
	return &OffchainResultWithMetadata{
		JobID:               JobID(req.Nonce, req.Consumer),
		OnchainInputHash:    crypto.Keccak256Hash(req.OnchainInput),
		OffchainInputHash:   pub.OffchainHash.Bytes(),
		MaxCycles:           req.MaxCycles,
		ProgramID:           req.ProgramID,
		Result:              pub.Output,
		VersionedBlobHashes: [][32]byte{},
		ExitCode:            pub.ExitCode,
		OldStateRoot:        pub.OldStateRoot.Bytes(),
		NewStateRoot:        pub.NewStateRoot.Bytes(),
		ProofClass:          proofClass,
		Proof:               solidityProof,
	}, nil
}

// NewComputeProof is deliverCompute's proof argument for a run proven by a whole-run proof of
// class class (the whole-run class id, as in NewResult). NewComputeProofWithClass takes any
// class byte.
func NewComputeProof(pub *statement.Public, class int, solidityProof []byte) (*ComputeProof, error) {
	c, err := wholeRunClass(class)
	if err != nil {
		return nil, err
	}
	return NewComputeProofWithClass(pub, c, solidityProof)
}

// NewComputeProofWithClass is deliverCompute's proof argument for a run proven by a proof of
// class proofClass (a whole-run class or FinalProofClass(k)).
func NewComputeProofWithClass(pub *statement.Public, proofClass uint8, solidityProof []byte) (*ComputeProof, error) {
	if err := ValidProofClass(proofClass); err != nil {
		return nil, err
	}
	return &ComputeProof{
		ProofClass:        proofClass,
		ExitCode:          pub.ExitCode,
		OffchainInputHash: pub.OffchainHash.Bytes(),
		OldStateRoot:      pub.OldStateRoot.Bytes(),
		NewStateRoot:      pub.NewStateRoot.Bytes(),
		Proof:             solidityProof,
	}, nil
}

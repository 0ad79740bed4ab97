package aggregator

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/uuid"
	"github.com/rs/zerolog"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/errs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/prover/longrun"
	"github.com/zkprover/zkprover/recursion"
)

// Aggregation on the channel (docs/aggregator.md, "Aggregated proofs"): a
// batch proof of a job proven for aggregation carries the job's run top
// proof; GenAggregatedProof joins two adjacent proofs (batch or aggregated)
// into one proof of the whole range with the run aggregation key
// (longrun.AggregateSeq), and GenFinalProof wraps a batch or aggregated
// proof with the aggregator's address (longrun.WrapSeq).

// KindAggregated marks an aggregated recursive proof.
const KindAggregated = "aggregated"

// rangeSection is an aggregated proof's values by name: upstream's for the
// whole range (old values of its first job, new ones of its last) and the
// proven sequence's.
type rangeSection struct {
	upstreamValues
	// SequenceDigest is recursion.SeqDigest of the sequence with the zero
	// aggregator (publics' statement digest entries).
	SequenceDigest string `json:"sequence_digest"`
	SeqOldAcc      string `json:"seq_old_acc"`
	SeqNewAcc      string `json:"seq_new_acc"`
	MaxCycles      uint64 `json:"max_cycles"`
	Jobs           int    `json:"jobs"`
}

// aggregatedDoc is an aggregated recursive_proof string.
type aggregatedDoc struct {
	Kind    string        `json:"kind"`
	Publics []string      `json:"publics"`
	Range   *rangeSection `json:"range"`
	// Sequence is the proof (longrun.EncodeSeq): self-contained, checked
	// on receipt.
	Sequence json.RawMessage `json:"sequence"`
}

// publics is the range's "publics" array, laid out as a batch proof's.
func (r *rangeSection) publics() ([]string, error) {
	b := batchPublics{upstreamValues: r.upstreamValues, StatementDigest: r.SequenceDigest}
	return b.publics()
}

// part is one checked recursive proof that can be aggregated or finalised:
// a batch proof with its job top, or an aggregated proof. Checking it needs
// no keys; node needs them.
type part struct {
	rng   rangeSection
	batch *batchPublics // a batch proof's section (nil for an aggregated proof)
	top   []byte        // a batch proof's job top document
	seq   []byte        // an aggregated proof's sequence document
}

// elementOf reads a "0x" + 64 hex value as a field element (it must be one).
func elementOf(what, s string) (fr.Element, error) {
	h, err := hashOf(what, s)
	if err != nil {
		return fr.Element{}, err
	}
	var e fr.Element
	e.SetBytes(h[:])
	if e.Bytes() != h {
		return fr.Element{}, errs.Invalidf("%s is not below the field modulus", what)
	}
	return e, nil
}

// readPart checks a recursive proof string as far as it can without keys:
// its publics and sections are what its statement gives, for this node's
// fork id, and it carries a proof that can be aggregated.
func (c *Client) readPart(s string) (*part, error) {
	var head struct {
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal([]byte(s), &head); err != nil {
		return nil, errs.Invalidf("recursive proof is not a JSON object: %v", err)
	}
	if head.Kind == KindAggregated {
		return c.readAggregated(s)
	}
	r, err := parseRecursiveProof(s)
	if err != nil {
		return nil, err
	}
	batch, err := c.checkBatch(r)
	if err != nil {
		return nil, err
	}
	if len(r.top) == 0 {
		return nil, errs.Invalidf("the batch proof of job %s has no job top proof (proven by a node without long runs): it cannot be aggregated", r.jobID)
	}
	if _, err := elementOf("batch.program_id", batch.ProgramID); err != nil {
		return nil, err
	}
	return &part{rng: rangeSection{upstreamValues: batch.upstreamValues, SeqOldAcc: batch.SeqOldAcc, SeqNewAcc: batch.SeqNewAcc,
		MaxCycles: r.maxCycles, Jobs: 1}, batch: &batch, top: r.top}, nil
}

// readAggregated checks an aggregated proof's publics against its range.
func (c *Client) readAggregated(s string) (*part, error) {
	var doc aggregatedDoc
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, errs.Invalidf("aggregated proof: %v", err)
	}
	if doc.Range == nil || len(doc.Sequence) == 0 {
		return nil, errs.Invalidf("aggregated proof without its range or sequence")
	}
	if doc.Range.ForkID != c.opts.ForkID {
		return nil, errs.Invalidf("aggregated proof of fork %d, this prover serves fork %d", doc.Range.ForkID, c.opts.ForkID)
	}
	r := doc.Range
	if r.NewLocalExitRoot != hex32([32]byte{}) {
		return nil, errs.Invalidf("aggregated proof with new_local_exit_root %s: our jobs have none (zero)", r.NewLocalExitRoot)
	}
	if r.NewBatchNum <= r.OldBatchNum || r.Jobs < 2 || r.NewBatchNum-r.OldBatchNum != uint64(r.Jobs) {
		return nil, errs.Invalidf("aggregated proof of %d jobs from batch %d to %d", r.Jobs, r.OldBatchNum, r.NewBatchNum)
	}
	if _, err := seqOf(*r); err != nil {
		return nil, err
	}
	pubs, err := r.publics()
	if err != nil {
		return nil, err
	}
	if !slices.Equal(pubs, doc.Publics) {
		return nil, errs.Invalidf("aggregated proof's publics are not its range's")
	}
	return &part{rng: *doc.Range, seq: doc.Sequence}, nil
}

// node checks the part's proof with the keys and returns it as a sequence:
// a job's leaf (its top proof, from its sequence acc) or the aggregation.
// The sequence must be the one the part's sections state.
func (p *part) node(ks *longrun.Keys) (*longrun.SeqNode, error) {
	var n *longrun.SeqNode
	if p.top != nil {
		top, err := longrun.DecodeTop(p.top, ks)
		if err != nil {
			return nil, invalidProof("the batch proof's job top", err)
		}
		want, err := seqOf(p.rng)
		if err != nil {
			return nil, err
		}
		if n, err = longrun.JobLeaf(top, want.OldAcc); err != nil {
			return nil, fmt.Errorf("%w: %w", errs.ErrInvalid, err)
		}
	} else {
		var err error
		if n, err = longrun.DecodeSeq(p.seq, ks); err != nil {
			return nil, invalidProof("the aggregated proof's sequence", err)
		}
		if n.Jobs != p.rng.Jobs {
			return nil, errs.Invalidf("the aggregated proof covers %d jobs, its range says %d", n.Jobs, p.rng.Jobs)
		}
	}
	want, err := seqOf(p.rng)
	if err != nil {
		return nil, err
	}
	if n.Sequence != *want {
		return nil, errs.Invalidf("the proof's sequence is not the one its publics state")
	}
	if p.batch == nil {
		d, err := recursion.SeqDigest(&n.Sequence, [20]byte{})
		if err != nil || hex32(d.Bytes()) != p.rng.SequenceDigest {
			return nil, errs.Invalidf("the aggregated proof's sequence digest is not its sequence's")
		}
	}
	return n, nil
}

// invalidProof wraps a proof document's refusal as the requester's error
// (errs.ErrInvalid) when the document is at fault, and leaves the node's own
// failures (no key to check it with) as they are.
func invalidProof(what string, err error) error {
	if errors.Is(err, prover.ErrInvalidProof) {
		return fmt.Errorf("%w: %s: %w", errs.ErrInvalid, what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// hasTop reports whether a recursive proof's "top" is there (not absent or
// null).
func hasTop(raw json.RawMessage) bool { return len(raw) > 0 && string(raw) != "null" }

// seqOf is the sequence a range states.
func seqOf(r rangeSection) (*recursion.Sequence, error) {
	s := &recursion.Sequence{ChainID: r.ChainID, MaxCycles: r.MaxCycles, OldBatch: r.OldBatchNum, NewBatch: r.NewBatchNum}
	for _, f := range []struct {
		what string
		v    string
		dst  *fr.Element
	}{{"program_id", r.ProgramID, &s.ProgramID}, {"old_state_root", r.OldStateRoot, &s.OldStateRoot},
		{"new_state_root", r.NewStateRoot, &s.NewStateRoot}, {"seq_old_acc", r.SeqOldAcc, &s.OldAcc}, {"seq_new_acc", r.SeqNewAcc, &s.NewAcc}} {
		e, err := elementOf(f.what, f.v)
		if err != nil {
			return nil, err
		}
		*f.dst = e
	}
	return s, nil
}

// adjacent checks that b continues a as upstream's prover checks two
// proofs before it aggregates them (chain and fork id, the state root, the
// acc input hash, the batch number), plus ours (program, cycle budget, the
// sequence acc).
func adjacent(a, b *rangeSection) error {
	switch {
	case a.ChainID != b.ChainID:
		return errs.Invalidf("not adjacent: chain id %d then %d", a.ChainID, b.ChainID)
	case a.ForkID != b.ForkID:
		return errs.Invalidf("not adjacent: fork id %d then %d", a.ForkID, b.ForkID)
	case a.ProgramID != b.ProgramID:
		return errs.Invalidf("not adjacent: program %s then %s", a.ProgramID, b.ProgramID)
	case a.NewStateRoot != b.OldStateRoot:
		return errs.Invalidf("not adjacent: the second starts from state root %s, the first ends at %s", b.OldStateRoot, a.NewStateRoot)
	case a.NewAccInputHash != b.OldAccInputHash:
		return errs.Invalidf("not adjacent: the second's old acc input hash %s is not the first's new one %s", b.OldAccInputHash, a.NewAccInputHash)
	case a.NewBatchNum != b.OldBatchNum:
		return errs.Invalidf("not adjacent: batch %d follows batch %d", b.OldBatchNum, a.NewBatchNum-1)
	case a.SeqNewAcc != b.SeqOldAcc:
		return errs.Invalidf("not adjacent: the second's sequence acc %s is not the first's new one %s (send seq_acc_input_hash with the batch request)", b.SeqOldAcc, a.SeqNewAcc)
	case a.MaxCycles != b.MaxCycles:
		return errs.Invalidf("not adjacent: cycle budget %d then %d", a.MaxCycles, b.MaxCycles)
	}
	return nil
}

// joined is the range of a followed by b.
func joined(a, b *rangeSection, n *longrun.SeqNode) (rangeSection, error) {
	j := *a
	j.NewStateRoot, j.NewAccInputHash, j.NewLocalExitRoot, j.NewBatchNum = b.NewStateRoot, b.NewAccInputHash, b.NewLocalExitRoot, b.NewBatchNum
	j.SeqNewAcc, j.Jobs = b.SeqNewAcc, a.Jobs+b.Jobs
	d, err := recursion.SeqDigest(&n.Sequence, [20]byte{})
	if err != nil {
		return j, err
	}
	j.SequenceDigest = hex32(d.Bytes())
	return j, nil
}

// longRunKeys are the node's long-run keys, or why there are none.
func (c *Client) longRunKeys() (*longrun.Keys, error) {
	if c.opts.LongRuns == nil {
		return nil, fmt.Errorf("%w: this prover has no long runs (segment-class 0), so it aggregates no proofs", errs.ErrNotSupported)
	}
	ks := c.opts.LongRuns()
	if ks == nil {
		return nil, fmt.Errorf("%w: the long-run keys are not loaded yet (GetStatus of zkprover.v1 says how far their setup is); ask again later", errs.ErrUnavailable)
	}
	return ks, nil
}

// genAggregatedProof checks that the second proof continues the first and
// queues their aggregation; GetProof on the id answers the aggregated proof.
func (c *Client) genAggregatedProof(ctx context.Context, log zerolog.Logger, req *pb.GenAggregatedProofRequest) *pb.GenAggregatedProofResponse {
	refuse := func(err error) *pb.GenAggregatedProofResponse {
		return &pb.GenAggregatedProofResponse{Result: refused(log, "GenAggregatedProof", err)}
	}
	p1, p2 := req.GetRecursiveProof_1(), req.GetRecursiveProof_2()
	if err := c.jobs.CheckSize(len(p1) + len(p2)); err != nil {
		return refuse(err)
	}
	a, err := c.readPart(p1)
	if err != nil {
		return refuse(fmt.Errorf("recursive_proof_1: %w", err))
	}
	b, err := c.readPart(p2)
	if err != nil {
		return refuse(fmt.Errorf("recursive_proof_2: %w", err))
	}
	if err := adjacent(&a.rng, &b.rng); err != nil {
		return refuse(err)
	}
	// Room for one more pending item of this aggregator before the proofs
	// are checked with the keys (work.add checks again, binding). After
	// the parse: a pair that can never be aggregated is told so, not told
	// to ask again later.
	if err := c.work.room(auth.From(ctx).Name); err != nil {
		return refuse(err)
	}
	ks, err := c.longRunKeys()
	if err != nil {
		return refuse(err)
	}
	left, err := a.node(ks)
	if err != nil {
		return refuse(fmt.Errorf("recursive_proof_1: %w", err))
	}
	right, err := b.node(ks)
	if err != nil {
		return refuse(fmt.Errorf("recursive_proof_2: %w", err))
	}
	if _, err := recursion.Join(&left.Sequence, &right.Sequence); err != nil {
		return refuse(fmt.Errorf("%w: %w", errs.ErrInvalid, err))
	}
	id := uuid.NewString()
	if err := c.work.add(&workRecord{ID: id, Kind: workAggregate, Inputs: []string{p1, p2}, Owner: auth.From(ctx).Name}); err != nil {
		return refuse(err)
	}
	c.kickWork()
	log.Info().Str("id", id).Uint64("from_batch", a.rng.OldBatchNum).Uint64("to_batch", b.rng.NewBatchNum).
		Int("jobs", a.rng.Jobs+b.rng.Jobs).Msg("aggregation queued")
	return &pb.GenAggregatedProofResponse{Id: id, Result: pb.Result_RESULT_OK}
}

// aggregate proves a queued aggregation and returns its recursive proof.
func (c *Client) aggregate(ctx context.Context, ks *longrun.Keys, w *workRecord) (string, error) {
	if len(w.Inputs) != 2 {
		return "", errs.Invalidf("an aggregation of %d proofs", len(w.Inputs))
	}
	var parts [2]*part
	var nodes [2]*longrun.SeqNode
	for i, s := range w.Inputs {
		p, err := c.readPart(s)
		if err != nil {
			return "", err
		}
		if nodes[i], err = p.node(ks); err != nil {
			return "", err
		}
		parts[i] = p
	}
	n, err := longrun.AggregateSeq(ctx, ks, nodes[0], nodes[1])
	if err != nil {
		if errors.Is(err, recursion.ErrNotAdjacent) {
			return "", fmt.Errorf("%w: %w", errs.ErrInvalid, err)
		}
		return "", err
	}
	rng, err := joined(&parts[0].rng, &parts[1].rng, n)
	if err != nil {
		return "", err
	}
	pubs, err := rng.publics()
	if err != nil {
		return "", err
	}
	seq, err := longrun.EncodeSeq(ks.LogSteps, n)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(aggregatedDoc{Kind: KindAggregated, Publics: pubs, Range: &rng, Sequence: seq})
	if err != nil {
		return "", fmt.Errorf("encoding the aggregated proof: %w", err)
	}
	return string(b), nil
}

// aggregatorAddress reads GenFinalProof's aggregator_addr ("0x" + 40 hex;
// empty is the zero address).
func aggregatorAddress(s string) ([20]byte, error) {
	if s == "" {
		return [20]byte{}, nil
	}
	if !common.IsHexAddress(s) {
		return [20]byte{}, errs.Invalidf("aggregator_addr %q is not an address (0x + 40 hex digits)", s)
	}
	return common.HexToAddress(s), nil
}

// isSequencePart reports whether a recursive proof is finalised as a
// sequence: an aggregated proof, or a batch proof with its job top.
func isSequencePart(s string) bool {
	var head struct {
		Kind string          `json:"kind"`
		Top  json.RawMessage `json:"top"`
	}
	if json.Unmarshal([]byte(s), &head) != nil {
		return false
	}
	return head.Kind == KindAggregated || hasTop(head.Top)
}

// genSeqFinal checks a sequence part and queues its final proof for
// aggregator.
func (c *Client) genSeqFinal(ctx context.Context, log zerolog.Logger, req *pb.GenFinalProofRequest) *pb.GenFinalProofResponse {
	refuse := func(err error) *pb.GenFinalProofResponse {
		return &pb.GenFinalProofResponse{Result: refused(log, "GenFinalProof", err)}
	}
	if _, err := aggregatorAddress(req.GetAggregatorAddr()); err != nil {
		return refuse(err)
	}
	p, err := c.readPart(req.GetRecursiveProof())
	if err != nil {
		return refuse(err)
	}
	// Room for one more pending item of this aggregator before the proof
	// is checked with the keys (work.add checks again, binding).
	if err := c.work.room(auth.From(ctx).Name); err != nil {
		return refuse(err)
	}
	ks, err := c.longRunKeys()
	if err != nil {
		return refuse(err)
	}
	if _, err := p.node(ks); err != nil {
		return refuse(err)
	}
	id := uuid.NewString()
	if err := c.work.add(&workRecord{ID: id, Kind: workFinal, Inputs: []string{req.GetRecursiveProof()}, Aggregator: req.GetAggregatorAddr(),
		Owner: auth.From(ctx).Name}); err != nil {
		return refuse(err)
	}
	c.kickWork()
	log.Info().Str("id", id).Uint64("from_batch", p.rng.OldBatchNum).Uint64("to_batch", p.rng.NewBatchNum).Int("jobs", p.rng.Jobs).
		Msg("sequence final proof queued")
	return &pb.GenFinalProofResponse{Id: id, Result: pb.Result_RESULT_OK}
}

// seqFinal proves a queued sequence final proof; it returns the
// FinalProof, protojson-encoded, kept with the work item.
func (c *Client) seqFinal(ctx context.Context, ks *longrun.Keys, w *workRecord) (string, error) {
	if len(w.Inputs) != 1 {
		return "", errs.Invalidf("a final proof of %d proofs", len(w.Inputs))
	}
	addr, err := aggregatorAddress(w.Aggregator)
	if err != nil {
		return "", err
	}
	p, err := c.readPart(w.Inputs[0])
	if err != nil {
		return "", err
	}
	n, err := p.node(ks)
	if err != nil {
		return "", err
	}
	f, err := longrun.WrapSeq(ctx, ks, n, addr)
	if err != nil {
		return "", err
	}
	fp, err := seqFinalProof(f, p, w.Aggregator, ks.LogSteps)
	if err != nil {
		return "", err
	}
	b, err := protojson.Marshal(fp)
	if err != nil {
		return "", fmt.Errorf("encoding the final proof: %w", err)
	}
	return string(b), nil
}

// seqFinalProof packages a sequence final proof: proof in upstream's 24 x
// 32-byte form ("0x" + 1536 hex digits: the Groth16 proof's 12 words, then
// 12 zero words), the range's upstream values in PublicInputsExtended, and
// the one public input (the sequence digest) in public_input_elements.
func seqFinalProof(f *longrun.SeqFinal, p *part, aggregatorAddr string, logSteps int) (*pb.FinalProof, error) {
	words, err := f.Words()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	for _, w := range words {
		buf.Write(w[:])
	}
	h := func(what, s string) []byte {
		v, err2 := hashOf(what, s)
		if err2 != nil && err == nil {
			err = err2
		}
		return v[:]
	}
	r := p.rng
	pi := &pb.PublicInputs{
		OldStateRoot: h("old_state_root", r.OldStateRoot), OldAccInputHash: h("old_acc_input_hash", r.OldAccInputHash),
		OldBatchNum: r.OldBatchNum, ChainId: r.ChainID, ForkId: r.ForkID, AggregatorAddr: aggregatorAddr,
	}
	if b := p.batch; b != nil {
		pi.L1InfoRoot, pi.ForcedBlockhashL1 = h("l1_info_root", b.L1InfoRoot), h("forced_blockhash_l1", b.ForcedBlockhashL1)
		pi.TimestampLimit, pi.SequencerAddr = b.TimestampLimit, b.SequencerAddr
	}
	fp := &pb.FinalProof{
		Proof: "0x" + hex.EncodeToString(buf.Bytes()),
		Public: &pb.PublicInputsExtended{
			PublicInputs:        pi,
			NewStateRoot:        h("new_state_root", r.NewStateRoot),
			NewAccInputHash:     h("new_acc_input_hash", r.NewAccInputHash),
			NewLocalExitRoot:    h("new_local_exit_root", r.NewLocalExitRoot),
			NewBatchNum:         r.NewBatchNum,
			ProgramId:           h("program_id", r.ProgramID),
			PublicInputElements: []string{f.Digest.String()},
			ProofClass:          uint32(logSteps),
		},
	}
	if err != nil {
		return nil, err
	}
	return fp, nil
}

package aggregator

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/protobuf/proto"

	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

// batchFor is the batch section of p for a job request made from its
// statement (program, onchain input, offchain input hash, state hash).
func batchFor(t testing.TB, p *prover.Proof, acc accInputs, forkID uint64) batchPublics {
	t.Helper()
	st := p.Public
	pid := jobs.FieldBytes(st.ProgramID)
	jr, err := jobs.EncodeJobRequest(jobs.JobRequest{
		Nonce: 1, MaxCycles: 1 << 20, ProgramID: pid[:], OnchainInput: st.OnchainInput,
		OffchainInputHash: jobs.FieldBytes(st.OffchainHash), StateHash: jobs.FieldBytes(st.OldStateRoot),
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := batchOf(st, jr, acc, forkID)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cdkAccInputHash is cdk's common.CalculateAccInputHash (aggregator, etrog),
// written out as upstream writes it: big-endian values left-padded to 32, 32,
// 8, 20 and 32 bytes around keccak256(batchData).
func cdkAccInputHash(oldAcc common.Hash, batchData []byte, l1InfoRoot common.Hash, timestampLimit uint64, sequencer common.Address, forced common.Hash) common.Hash {
	pad := func(b []byte, n int) []byte {
		for len(b) < n {
			b = append([]byte{0}, b...)
		}
		return b
	}
	v1 := pad(oldAcc.Bytes(), 32)
	v2 := crypto.Keccak256(batchData)
	v3 := pad(l1InfoRoot.Bytes(), 32)
	v4 := pad(new(big.Int).SetUint64(timestampLimit).Bytes(), 8)
	v5 := pad(sequencer.Bytes(), 20)
	v6 := pad(forced.Bytes(), 32)
	return common.BytesToHash(crypto.Keccak256(v1, v2, v3, v4, v5, v6))
}

// cdkSanityHash is cdk's prover.GetSanityCheckHashFromProof: the proof JSON
// must mention "publics"; elements [start, start+8) are parsed with
// strconv.ParseInt(_, 10, 64) and joined by fea2scalar (32-bit limbs, least
// significant first) into a hash.
func cdkSanityHash(t *testing.T, proof string, start int) common.Hash {
	t.Helper()
	if !strings.Contains(proof, "publics") {
		t.Fatal("the recursive proof does not mention publics: cdk reads a zero hash")
	}
	var publics struct {
		Publics []string `mapstructure:"publics"`
	}
	if err := json.Unmarshal([]byte(proof), &publics); err != nil {
		t.Fatalf("cdk cannot unmarshal the proof: %v", err)
	}
	if len(publics.Publics) < start+8 {
		t.Fatalf("publics has %d elements: cdk indexes past its end", len(publics.Publics))
	}
	res := new(big.Int)
	for j := 0; j < 8; j++ {
		u, err := strconv.ParseInt(publics.Publics[start+j], 10, 64)
		if err != nil {
			t.Fatalf("publics[%d] = %q: cdk's log.Fatal: %v", start+j, publics.Publics[start+j], err)
		}
		if u >= 1<<32 {
			t.Fatalf("publics[%d] = %d is not a 32-bit limb", start+j, u)
		}
		res.Add(res, new(big.Int).Lsh(big.NewInt(u), uint(32*j)))
	}
	h := fmt.Sprintf("%x", res)
	if len(h)%2 != 0 {
		h = "0" + h
	}
	return common.HexToHash(h)
}

func TestAccInputHashIsUpstreams(t *testing.T) {
	jr := []byte("abi.encode(OffchainJobRequest)")
	for _, ts := range []uint64{0, 1, 1_700_000_000, 1 << 63} {
		old := common.HexToHash("0x0102")
		l1 := common.HexToHash("0xff00000000000000000000000000000000000000000000000000000000000001")
		forced := common.HexToHash("0x03")
		seq := common.HexToAddress("0x00000000000000000000000000000000000000aa")
		got := AccInputHash(old, jr, l1, ts, seq, forced)
		if want := cdkAccInputHash(old, jr, l1, ts, seq, forced); common.Hash(got) != want {
			t.Errorf("timestamp %d: %x, upstream %x", ts, got, want)
		}
	}
}

func TestLimbsAreFea2scalar(t *testing.T) {
	var b [32]byte
	for i := range b {
		b[i] = byte(0xf1 + 7*i)
	}
	proof := `{"publics":["` + strings.Join(limbs(b), `","`) + `"]}`
	if got := cdkSanityHash(t, proof, 0); got != common.Hash(b) {
		t.Errorf("limbs read back as %x, want %x", got, b)
	}
}

// statelessInput is cdk's StatelessInputProver for running elf on in: the
// job request in batch_l2_data, the state, program and offchain input in the
// witness, and upstream's public inputs.
func statelessInput(t testing.TB, elf []byte, in *executor.Input, nonce uint64, withELF bool, acc accInputs) *pb.StatelessInputProver {
	t.Helper()
	full := aggInput(t, elf, in, nonce, withELF)
	pi := full.PublicInputs
	full.PublicInputs = nil
	w, err := proto.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	return &pb.StatelessInputProver{PublicInputs: &pb.StatelessPublicInputs{
		Witness:           w,
		OldAccInputHash:   acc.OldAccInputHash[:],
		OldBatchNum:       pi.OldBatchNum,
		ChainId:           pi.ChainId,
		BatchL2Data:       pi.BatchL2Data,
		L1InfoRoot:        acc.L1InfoRoot[:],
		TimestampLimit:    pi.TimestampLimit,
		SequencerAddr:     common.BytesToAddress(in.Context.Sequencer[:]).String(), // EIP-55, as cdk sends it
		ForcedBlockhashL1: acc.ForcedBlockhashL1[:],
		AggregatorAddr:    "0x00000000000000000000000000000000000000a1",
		L1InfoTreeData:    map[uint32]*pb.L1Data{1: {GlobalExitRoot: make([]byte, 32)}},
	}}
}

func statelessReq(in *pb.StatelessInputProver) isRequest {
	return reqFunc(func(m *pb.AggregatorMessage) {
		m.Request = &pb.AggregatorMessage_GenStatelessBatchProofRequest{GenStatelessBatchProofRequest: &pb.GenStatelessBatchProofRequest{Input: in}}
	})
}

func (p *proverConn) genStateless(t testing.TB, in *pb.StatelessInputProver) *pb.GenBatchProofResponse {
	t.Helper()
	resp, err := p.call("", statelessReq(in))
	if err != nil {
		t.Fatal(err)
	}
	r := resp.GetGenBatchProofResponse()
	if r == nil {
		t.Fatalf("GenStatelessBatchProof answered with %T, want a GenBatchProofResponse as upstream", resp.Response)
	}
	return r
}

// TestMalformedStatelessRefusedBeforeWork: every malformed cdk request is
// RESULT_ERROR with nothing queued and no costly check started, and the
// stream keeps serving; a good one is queued.
func TestMalformedStatelessRefusedBeforeWork(t *testing.T) {
	var costly []string
	agg := startAgg(t, "127.0.0.1:0", 3)
	tn := startNode(t, t.TempDir(), nodeOpts{name: "p", forkID: 3, aggs: []string{agg.addr()},
		onCheck: func(step string, _ int) { costly = append(costly, step) }})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	in := &executor.Input{Onchain: words(5)}
	mk := func(edit func(*pb.StatelessInputProver)) *pb.StatelessInputProver {
		s := statelessInput(t, fib, in, 1, true, accInputs{})
		edit(s)
		return s
	}
	withPublic := aggInput(t, fib, in, 1, true)
	wp, _ := proto.Marshal(withPublic)
	twoPrograms := aggInput(t, fib, in, 1, true)
	twoPrograms.PublicInputs = nil
	twoPrograms.ContractsBytecode["0x01"] = "0x00"
	tp, _ := proto.Marshal(twoPrograms)
	for name, s := range map[string]*pb.StatelessInputProver{
		"no input":               nil,
		"no public inputs":       {},
		"witness not protobuf":   mk(func(s *pb.StatelessInputProver) { s.PublicInputs.Witness = []byte{0xff, 0xff, 0xff} }),
		"witness public inputs":  mk(func(s *pb.StatelessInputProver) { s.PublicInputs.Witness = wp }),
		"two programs":           mk(func(s *pb.StatelessInputProver) { s.PublicInputs.Witness = tp }),
		"no job request":         mk(func(s *pb.StatelessInputProver) { s.PublicInputs.BatchL2Data = nil }),
		"bad job request":        mk(func(s *pb.StatelessInputProver) { s.PublicInputs.BatchL2Data = []byte{1, 2, 3} }),
		"other fork":             mk(func(s *pb.StatelessInputProver) { s.PublicInputs.ForkId = 4 }),
		"short old acc hash":     mk(func(s *pb.StatelessInputProver) { s.PublicInputs.OldAccInputHash = []byte{1} }),
		"long l1 info root":      mk(func(s *pb.StatelessInputProver) { s.PublicInputs.L1InfoRoot = make([]byte, 33) }),
		"short forced blockhash": mk(func(s *pb.StatelessInputProver) { s.PublicInputs.ForcedBlockhashL1 = make([]byte, 31) }),
		"bad sequencer":          mk(func(s *pb.StatelessInputProver) { s.PublicInputs.SequencerAddr = "0x1234" }),
		"last batch number":      mk(func(s *pb.StatelessInputProver) { s.PublicInputs.OldBatchNum = 1<<64 - 1 }),
	} {
		if r := p.genStateless(t, s); r.Result != pb.Result_RESULT_ERROR || r.Id != "" {
			t.Errorf("GenStatelessBatchProof with %s: %v", name, r)
		}
	}
	if len(costly) != 0 {
		t.Errorf("refused requests started costly checks: %v", costly)
	}
	// Checks that need the witness decoded are refused too (after the cheap ones).
	for name, s := range map[string]*pb.StatelessInputProver{
		"wrong state": mk(func(s *pb.StatelessInputProver) {
			w := aggInput(t, fib, &executor.Input{Onchain: words(5), State: []statement.KV{{Key: 1, Value: 2}}}, 1, true)
			w.PublicInputs = nil
			s.PublicInputs.Witness, _ = proto.Marshal(w)
		}),
		"unknown program": mk(func(s *pb.StatelessInputProver) {
			w := aggInput(t, fib, in, 1, false)
			w.PublicInputs = nil
			s.PublicInputs.Witness, _ = proto.Marshal(w)
		}),
	} {
		if r := p.genStateless(t, s); r.Result != pb.Result_RESULT_ERROR || r.Id != "" {
			t.Errorf("GenStatelessBatchProof with %s: %v", name, r)
		}
	}
	if n := tn.Jobs().Store().Counts()[queue.Queued]; n != 0 {
		t.Errorf("%d jobs queued by refused requests", n)
	}
	if r := p.genStateless(t, statelessInput(t, fib, in, 1, true, accInputs{})); r.Result != pb.Result_RESULT_OK || r.Id == "" {
		t.Errorf("good GenStatelessBatchProof after the bad ones: %v", r)
	}
	if c := tn.Aggregators()[0]; c.Connects != 1 {
		t.Errorf("stream was redialled: %+v", c)
	}
}

// fakeRelays is a chain side that knows one delivery.
type fakeRelays struct {
	id   string
	info jobs.RelayInfo
}

func (f *fakeRelays) RelayStatus(id string) (*jobs.RelayInfo, bool) {
	if id != f.id {
		return nil, false
	}
	i := f.info
	return &i, true
}

// TestGetProofCarriesRelayStatus: with a chain side, GetProof carries the
// relay status of a job that has a delivery and "none" for one that has not;
// without a chain side it carries none.
func TestGetProofCarriesRelayStatus(t *testing.T) {
	relays := &fakeRelays{}
	agg := startAgg(t, "127.0.0.1:0", 0)
	startNode(t, t.TempDir(), nodeOpts{name: "p", aggs: []string{agg.addr()}, relays: func() RelayStatuses { return relays }})
	p := agg.next(t)
	fib := readExample(t, "fibonacci")
	r1 := p.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true))
	r2 := p.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(6)}, 2, true))
	if r1.Result != pb.Result_RESULT_OK || r2.Result != pb.Result_RESULT_OK {
		t.Fatal(r1, r2)
	}
	at := time.Unix(1_800_000_000, 0)
	relays.id = r1.Id
	relays.info = jobs.RelayInfo{State: "sent", TxHash: "0xabcd", Block: 0, Attempts: 2, Reason: "",
		UpdatedAt: at, RelayID: "job/0x01", Summary: "sent 0xabcd, 2 attempts"}
	g := p.getProof(t, r1.Id, 0)
	if g.Result != pb.GetProofResponse_RESULT_PENDING || g.RelayState != "sent" || g.RelayTxHash != "0xabcd" ||
		g.RelayAttempts != 2 || g.RelayUpdatedAt != uint64(at.Unix()) || g.RelayId != "job/0x01" || g.RelaySummary == "" {
		t.Errorf("GetProof of a job with a delivery: %v", g)
	}
	if g := p.getProof(t, r2.Id, 0); g.RelayState != jobs.RelayNone || g.RelaySummary != "not a chain request" || g.RelayTxHash != "" {
		t.Errorf("GetProof of a job without a delivery: %v", g)
	}

	// Without a chain side (Relays returns nil): no relay fields.
	agg2 := startAgg(t, "127.0.0.1:0", 0)
	startNode(t, t.TempDir(), nodeOpts{name: "q", aggs: []string{agg2.addr()}, relays: func() RelayStatuses { return nil }})
	q := agg2.next(t)
	r := q.genBatch(t, aggInput(t, fib, &executor.Input{Onchain: words(5)}, 1, true))
	if g := q.getProof(t, r.Id, 0); g.RelayState != "" || g.RelaySummary != "" {
		t.Errorf("GetProof without a chain side: %v", g)
	}
}

// TestStatelessStatefulPublicsEndToEnd: a cdk aggregator proves two
// consecutive jobs of a stateful program (bank) with GenStatelessBatchProof;
// the recursive proofs' publics are laid out as upstream's, field by field:
// cdk's sanity check reads the new state root and acc input hash it expects,
// and the second job continues the first (old state root, old acc input hash
// and old batch number are the first's new ones, same chain and fork) as
// upstream's aggregation checks it. The final proof of the second carries
// the same values in PublicInputsExtended, and the relay status of a job
// with a delivery rides along.
func TestStatelessStatefulPublicsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("proves")
	}
	open := openShared(t)
	relays := &fakeRelays{}
	const fork = 12
	agg := startAgg(t, "127.0.0.1:0", fork)
	startNode(t, t.TempDir(), nodeOpts{name: "cdk", forkID: fork, aggs: []string{agg.addr()}, open: open,
		relays: func() RelayStatuses { return relays }})
	p := agg.next(t)
	waitFor(t, "IDLE", func() bool { return p.mustStatus(t).Status == pb.GetStatusResponse_STATUS_IDLE })

	bank := readExample(t, "bank")
	ctx := statement.Context{ChainID: 1001, Timestamp: 1_700_000_000, BatchNum: 41, Sequencer: [20]byte{19: 0x5e}}
	in1 := &executor.Input{Onchain: words(2, 1, 0, 30), State: []statement.KV{{Key: 1, Value: 100}}, Context: ctx}
	prog, err := executor.LoadELF(bank, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	run1, err := executor.Run(context.Background(), prog, in1, executor.Config{})
	if err != nil || run1.ExitCode != 0 {
		t.Fatalf("first job: %v %v", err, run1)
	}
	acc1 := accInputs{
		OldAccInputHash: common.HexToHash("0x1111"), L1InfoRoot: common.HexToHash("0x2222"), ForcedBlockhashL1: common.HexToHash("0x3333"),
	}
	req1 := statelessInput(t, bank, in1, 1, true, acc1)

	type proved struct {
		id, proof string
		publics   []string
	}
	prove := func(req *pb.StatelessInputProver, in *executor.Input) proved {
		t.Helper()
		r := p.genStateless(t, req)
		if r.Result != pb.Result_RESULT_OK {
			t.Fatalf("GenStatelessBatchProof: %v", r)
		}
		g := p.poll(t, r.Id)
		checkRecursive(t, g, r.Id, expected(t, bank, in))
		var doc struct {
			Publics []string `json:"publics"`
		}
		if err := json.Unmarshal([]byte(g.GetRecursiveProof()), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Publics) != NumPublics {
			t.Fatalf("%d publics, want %d", len(doc.Publics), NumPublics)
		}
		return proved{r.Id, g.GetRecursiveProof(), doc.Publics}
	}
	j1 := prove(req1, in1)

	// The second job starts from the first's new state and acc input hash,
	// as the next batch.
	in2 := &executor.Input{Onchain: words(2, 1, 0, 30), State: run1.State, Context: ctx}
	in2.Context.BatchNum = ctx.BatchNum + 1
	acc2 := accInputs{OldAccInputHash: cdkSanityHash(t, j1.proof, 27), L1InfoRoot: common.HexToHash("0x4444")}
	req2 := statelessInput(t, bank, in2, 2, false, acc2)
	j2 := prove(req2, in2)

	// cdk's sanity checks: the state root and acc input hash it computes for
	// each batch.
	for i, c := range []struct {
		j   proved
		in  *executor.Input
		req *pb.StatelessInputProver
	}{{j1, in1, req1}, {j2, in2, req2}} {
		want := expected(t, bank, c.in)
		pi := c.req.PublicInputs
		if got := cdkSanityHash(t, c.j.proof, 19); got != common.Hash(jobs.FieldBytes(want.NewStateRoot)) {
			t.Errorf("job %d: cdk reads new state root %x", i+1, got)
		}
		wantAcc := cdkAccInputHash(common.BytesToHash(pi.OldAccInputHash), pi.BatchL2Data, common.BytesToHash(pi.L1InfoRoot),
			pi.TimestampLimit, common.HexToAddress(pi.SequencerAddr), common.BytesToHash(pi.ForcedBlockhashL1))
		if got := cdkSanityHash(t, c.j.proof, 27); got != wantAcc {
			t.Errorf("job %d: cdk reads acc input hash %x, computes %x", i+1, got, wantAcc)
		}
		// Field by field, as upstream lays them out.
		pub := c.j.publics
		checks := []struct {
			name  string
			start int
			want  []string
		}{
			{"old state root", PubOldStateRoot, limbs(jobs.FieldBytes(want.OldStateRoot))},
			{"old acc input hash", PubOldAccInputHash, limbs([32]byte(pi.OldAccInputHash))},
			{"old batch num", PubOldBatchNum, []string{strconv.FormatUint(pi.OldBatchNum, 10)}},
			{"chain id", PubChainID, []string{strconv.FormatUint(pi.ChainId, 10)}},
			{"fork id", PubForkID, []string{strconv.Itoa(fork)}},
			{"new state root", PubNewStateRoot, limbs(jobs.FieldBytes(want.NewStateRoot))},
			{"new acc input hash", PubNewAccInputHash, limbs(wantAcc)},
			{"new local exit root", PubNewLocalExitRoot, limbs([32]byte{})},
			{"new batch num", PubNewBatchNum, []string{strconv.FormatUint(pi.OldBatchNum+1, 10)}},
			{"program id", PubProgramID, limbs(jobs.FieldBytes(want.ProgramID))},
		}
		for _, ck := range checks {
			if got := strings.Join(pub[ck.start:ck.start+len(ck.want)], ","); got != strings.Join(ck.want, ",") {
				t.Errorf("job %d: %s at publics[%d] = %s, want %s", i+1, ck.name, ck.start, got, strings.Join(ck.want, ","))
			}
		}
	}
	// Upstream's aggregation checks (zkevm-prover genAggregatedProof with
	// fork ids): chain id, mid state root, mid acc input hash, batch numbers.
	a, b := j1.publics, j2.publics
	if a[PubChainID] != b[PubChainID] || a[PubForkID] != b[PubForkID] || a[PubNewBatchNum] != b[PubOldBatchNum] {
		t.Errorf("chain id, fork id or batch numbers do not continue: %v / %v", a[16:19], b[16:19])
	}
	for i := 0; i < 8; i++ {
		if a[PubNewStateRoot+i] != b[PubOldStateRoot+i] || a[PubNewAccInputHash+i] != b[PubOldAccInputHash+i] {
			t.Errorf("limb %d: the second job does not continue the first", i)
		}
	}

	// The final proof of the second job: PublicInputsExtended as the publics.
	resp, err := p.call("", finalReq(j2.proof, "0x00000000000000000000000000000000000000a1"))
	if err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_OK {
		t.Fatalf("GenFinalProof: %v %v", resp, err)
	}
	fin := p.getProof(t, resp.GetGenFinalProofResponse().GetId(), 0)
	fpub := fin.GetFinalProof().GetPublic()
	want2 := expected(t, bank, in2)
	nr, or := jobs.FieldBytes(want2.NewStateRoot), jobs.FieldBytes(want2.OldStateRoot)
	newAcc := cdkSanityHash(t, j2.proof, 27)
	if fin.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || fpub == nil ||
		string(fpub.NewStateRoot) != string(nr[:]) || string(fpub.PublicInputs.OldStateRoot) != string(or[:]) ||
		string(fpub.NewAccInputHash) != string(newAcc[:]) || string(fpub.PublicInputs.OldAccInputHash) != string(acc2.OldAccInputHash[:]) ||
		fpub.PublicInputs.OldBatchNum != 42 || fpub.NewBatchNum != 43 || string(fpub.NewLocalExitRoot) != string(make([]byte, 32)) ||
		fpub.PublicInputs.ChainId != 1001 || fpub.PublicInputs.ForkId != fork || string(fpub.PublicInputs.L1InfoRoot) != string(acc2.L1InfoRoot[:]) {
		t.Errorf("final proof public values: %v", fin)
	}

	// A recursive proof whose publics were edited is refused.
	var m map[string]any
	if err := json.Unmarshal([]byte(j2.proof), &m); err != nil {
		t.Fatal(err)
	}
	m["publics"].([]any)[PubNewBatchNum] = "7"
	bad, _ := json.Marshal(m)
	if resp, err := p.call("", finalReq(string(bad), "")); err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("edited publics: %v %v", resp, err)
	}
	m["publics"].([]any)[PubNewBatchNum] = b[PubNewBatchNum]
	m["batch"].(map[string]any)["old_acc_input_hash"] = "0x" + hex.EncodeToString(make([]byte, 32))
	bad, _ = json.Marshal(m)
	if resp, err := p.call("", finalReq(string(bad), "")); err != nil || resp.GetGenFinalProofResponse().GetResult() != pb.Result_RESULT_ERROR {
		t.Errorf("edited acc inputs: %v %v", resp, err)
	}

	// The relay status of a done job with a delivery.
	relays.id = j1.id
	relays.info = jobs.RelayInfo{State: "confirmed", TxHash: "0x01", Block: 9, Attempts: 1, RelayID: "job/0x02", Summary: "confirmed"}
	if g := p.getProof(t, j1.id, 0); g.Result != pb.GetProofResponse_RESULT_COMPLETED_OK || g.RelayState != "confirmed" || g.RelayBlockNumber != 9 {
		t.Errorf("GetProof with a delivery: %v %v %v", g.Result, g.RelayState, g.RelayBlockNumber)
	}
}

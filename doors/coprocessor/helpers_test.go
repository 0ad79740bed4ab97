package coprocessor

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/jobs"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
	"github.com/zkprover/zkprover/prover/provertest"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/statement"
)

var shared provertest.Shared

// testChain is a chain as the door sees it, for the door's own tests: one
// consumer whose accepted signer is a key of the test (EIP-712 typed data
// for a fixed JobManager), and a set of job ids already on chain. The real
// check against a consumer contract (doors/chain.RequestChecker) is tested
// end to end in package node.
type testChain struct {
	signer     common.Address
	jobManager common.Address
	onChain    map[[32]byte]bool
	calls      atomic.Int32 // CheckSignature, CheckNonce and JobExists calls
	// nextNonce is the consumer's getNextOffchainNonce() (0: a consumer without it)
	nextNonce uint64
}

func (c *testChain) ChainID() uint64 { return 1337 }

func (c *testChain) CheckSignature(_ context.Context, req *contracts.OffchainJobRequest, _, sig []byte) error {
	c.calls.Add(1)
	got, err := contracts.RecoverOffchainRequestSigner(req, c.ChainID(), c.jobManager, sig)
	if err != nil || got != c.signer {
		return fmt.Errorf("%w: not the consumer's signer", errs.ErrPermission)
	}
	return nil
}

// CheckNonce is doors/chain.RequestChecker's check with Consumer.sol's MAX_NONCE_GAP.
func (c *testChain) CheckNonce(_ context.Context, _ common.Address, nonce uint64) error {
	c.calls.Add(1)
	if c.nextNonce != 0 && nonce-(c.nextNonce-1) > 1<<32 && nonce > c.nextNonce {
		return errs.Invalidf("nonce %d is more than the consumer's MAX_NONCE_GAP above its highest offchain nonce used", nonce)
	}
	return nil
}

func (c *testChain) JobExists(_ context.Context, id [32]byte) (bool, error) {
	c.calls.Add(1)
	return c.onChain[id], nil
}

// testDoor is the door over a real store and job service (with real
// workers when prove is set), served over gRPC and its gateway on loopback.
type testDoor struct {
	store   *queue.Store
	jobs    *jobs.Service
	door    *Service
	client  pb.CoprocessorNodeClient
	gateway string // http://host:port
	chain   *testChain
	key     *ecdsa.PrivateKey
	stop    func()
}

func startDoor(t *testing.T, dir string, prove bool) *testDoor {
	return startDoorTB(t, dir, prove, nil)
}

func startDoorB(b *testing.B) *testDoor { return startDoorTB(b, b.TempDir(), false, nil) }

// startDoorTB starts the door; tweak, when set, changes the job service's
// options.
func startDoorTB(t testing.TB, dir string, prove bool, tweak func(*jobs.Options)) *testDoor {
	t.Helper()
	qo := queue.DefaultOptions()
	qo.MaxPending = 1 << 20 // the admission benchmark queues many jobs
	return startDoorOn(t, dir, prove, qo, tweak)
}

// startDoorOn is startDoorTB over a store opened with qo.
func startDoorOn(t testing.TB, dir string, prove bool, qo queue.Options, tweak func(*jobs.Options)) *testDoor {
	t.Helper()
	store, err := queue.Open(filepath.Join(dir, "queue"), qo)
	if err != nil {
		t.Fatal(err)
	}
	jo := jobs.Options{MaxRequestBytes: 32 << 20, Logger: zerolog.Nop()}
	if tweak != nil {
		tweak(&jo)
	}
	js := jobs.New(store, jo)
	key := crypto.ToECDSAUnsafe(crypto.Keccak256([]byte("coprocessor test signer")))
	tc := &testChain{signer: crypto.PubkeyToAddress(key.PublicKey), jobManager: common.HexToAddress("0x00000000000000000000000000000000000000f1"), onChain: map[[32]byte]bool{}}
	door, err := New(Options{Jobs: js, Dir: filepath.Join(dir, "coprocessor"), Chain: tc, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	var pool *jobs.Pool
	if prove {
		p := shared.Prover(t)
		js.SetReady()
		pool = js.StartWorkers(p, 1)
	}
	// As the node serves the door: every call runs as a caller (anonymous
	// without tokens), so the admission rate applies.
	g := auth.NewGuard(nil, Roles())
	srv := grpc.NewServer(grpc.ChainUnaryInterceptor(g.Unary), grpc.ChainStreamInterceptor(g.Stream))
	door.Register(srv)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	ctx, cancel := context.WithCancel(context.Background())
	gw, err := door.Gateway(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: g.HTTPReplying(auth.Read, gw, GuardReply), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(hl) }()
	conn, err := grpc.NewClient("passthrough:///"+l.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	td := &testDoor{store: store, jobs: js, door: door, client: pb.NewCoprocessorNodeClient(conn),
		gateway: "http://" + hl.Addr().String(), chain: tc, key: key}
	stopped := false
	td.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		_ = conn.Close()
		_ = hs.Close()
		js.Halt()
		srv.Stop()
		if pool != nil {
			pool.Stop(time.Second)
		}
		_ = door.Close()
		_ = store.Close()
	}
	t.Cleanup(td.stop)
	return td
}

func readExample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", name, name+".elf"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func le32(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return b
}

func programID(t testing.TB, elf []byte) []byte {
	t.Helper()
	p, err := executor.LoadELF(elf, executor.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return contracts.ProgramIDBytes(p.ID)
}

var consumer = common.HexToAddress("0x00000000000000000000000000000000000000c0")

// job is a signed SubmitJobRequest for the program on the inputs.
func (td *testDoor) job(t testing.TB, prog []byte, nonce uint64, onchain, offchain []byte, state []statement.KV) *pb.SubmitJobRequest {
	t.Helper()
	req := &contracts.OffchainJobRequest{Nonce: nonce, MaxCycles: 1 << 20, Consumer: consumer, ProgramID: prog, OnchainInput: onchain,
		OffchainInputHash: contracts.Bytes32(statement.OffchainHash(offchain)), StateHash: contracts.Bytes32(statement.StateRoot(state))}
	return td.sign(t, req, offchain, EncodeState(state))
}

func (td *testDoor) sign(t testing.TB, req *contracts.OffchainJobRequest, offchain, state []byte) *pb.SubmitJobRequest {
	t.Helper()
	raw, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := contracts.SignOffchainRequest(req, td.chain.ChainID(), td.chain.jobManager, td.key)
	if err != nil {
		t.Fatal(err)
	}
	return &pb.SubmitJobRequest{Request: raw, Signature: sig, OffchainInput: offchain, State: state}
}

// waitResult polls GetResult until the status is not pending.
func (td *testDoor) waitResult(t testing.TB, id []byte) *pb.JobResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for {
		r, err := td.client.GetResult(ctx, &pb.GetResultRequest{JobId: id})
		if err != nil {
			t.Fatal(err)
		}
		if r.JobResult.Status.Status != pb.JobStatusType_JOB_STATUS_TYPE_PENDING {
			return r.JobResult
		}
		select {
		case <-ctx.Done():
			t.Fatal(errors.New("the job never finished"))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

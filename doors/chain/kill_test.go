package chain_test

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/devchain"
	bridge "github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/jobs"
	"github.com/zkprover/zkprover/queue"
	"github.com/zkprover/zkprover/relayer"
)

// TestServeKilledBetweenSendAndConfirmation runs `zkprover serve` as a process against a chain
// outside it (the embedded chain of this test, over JSON-RPC), kills it with SIGKILL once the
// relay transaction is sent and before it is confirmed, starts it again: the result is
// delivered exactly once, by the transaction sent before the kill.
func TestServeKilledBetweenSendAndConfirmation(t *testing.T) {
	keysDir, verifier := keys(t)
	elf, prog := fibProgram(t)
	bin := filepath.Join(t.TempDir(), "zkprover")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/zkprover")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building zkprover: %v\n%s", err, out)
	}

	relayKey, _ := crypto.GenerateKey()
	relayAddr := crypto.PubkeyToAddress(relayKey.PublicKey)
	ctx := t.Context()
	chain, err := devchain.Start(ctx, devchain.Options{Addr: "127.0.0.1:0", Fund: []common.Address{relayAddr}, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	dep, err := chain.Deploy(ctx, verifier, class, contracts.Bytes32(prog.ID), 256)
	if err != nil {
		t.Fatal(err)
	}
	// Blocks are sealed every 100 ms, except while hold is set and the relayer has sent a
	// transaction (its pending nonce moved): the transaction sent before the kill then stays
	// unconfirmed until the kill, however late this test sees its status (at most the one
	// block sealed while it was being sent can hold it: one confirmation of the two needed).
	var hold atomic.Bool
	hold.Store(true)
	go func() {
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				if hold.Load() {
					if n, err := chain.Client().PendingNonceAt(ctx, relayAddr); err != nil || n > 0 {
						continue
					}
				}
				chain.Commit()
			}
		}
	}()

	// The relayer's keystore and passphrase file; the node's data with the program known.
	dir := t.TempDir()
	js, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: relayAddr, PrivateKey: relayKey}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pass := filepath.Join(dir, "relayer.json"), filepath.Join(dir, "relayer.pass")
	if err := os.WriteFile(ks, js, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pass, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	cfg := config.Default()
	cfg.Node.Data = data
	store, err := queue.Open(cfg.QueueDir(), queue.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := store.PutProgram(jobs.FieldHex(prog.ID), elf); err != nil {
		t.Fatal(err)
	}
	_ = store.Close()
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	statusAddr := l.Addr().String()
	_ = l.Close()

	start := func(name string) *exec.Cmd {
		cmd := exec.Command(bin, "serve", "--data", data, "--keys", keysDir, "--class", fmt.Sprint(class),
			"--addr", "127.0.0.1:0", "--metrics-addr", "", "--rpc-url", chain.URL(), "--job-manager", dep.JobManager.Hex(),
			"--relayer-keystore", ks, "--relayer-passphrase-file", pass, "--relay-status-addr", statusAddr,
			"--coprocessor-gateway-addr", "", "--segment-class", "0")
		logf, err := os.Create(filepath.Join(dir, name+".log"))
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = logf.Close() })
		return cmd
	}
	status := func(id string) (bridge.Status, bool) {
		resp, err := http.Get("http://" + statusAddr + "/v1/relay/" + id)
		if err != nil {
			return bridge.Status{}, false
		}
		defer resp.Body.Close()
		var st bridge.Status
		if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&st) != nil {
			return bridge.Status{}, false
		}
		return st, true
	}
	logs := func() string {
		b, _ := os.ReadFile(filepath.Join(dir, "first.log"))
		c, _ := os.ReadFile(filepath.Join(dir, "second.log"))
		return string(b) + "\n---- restarted ----\n" + string(c)
	}

	first := start("first")
	consumer, _ := bindings.NewOutputConsumer(dep.Consumer, chain.Client())
	user, _ := bind.NewKeyedTransactorWithChainID(chain.User, chain.ChainID())
	nonce, err := consumer.GetNextNonce(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := consumer.Request(user, le32(20)); err != nil {
		t.Fatal(err)
	}
	jobID := common.Hash(contracts.JobID(nonce, dep.Consumer)).Hex()

	// Wait for the relay transaction (the sealer holds it back).
	var sent bridge.Status
	deadline := time.Now().Add(5 * time.Minute)
	for {
		st, ok := status(jobID)
		if ok && st.Relay != nil && len(st.Relay.Attempts) > 0 {
			sent = st
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no relay transaction: %s\n%s", st.Summary(), logs())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if sent.Relay.State == relayer.Confirmed {
		t.Fatalf("confirmed before the kill: %s", sent.Summary())
	}
	if err := first.Process.Kill(); err != nil { // SIGKILL: no shutdown path runs
		t.Fatal(err)
	}
	_ = first.Wait()
	for range 3 { // a few blocks without the node
		chain.Commit()
	}
	hold.Store(false)

	start("second")
	var done bridge.Status
	deadline = time.Now().Add(3 * time.Minute)
	for {
		st, ok := status(jobID)
		if ok && st.Relay != nil && st.Relay.State.Terminal() {
			done = st
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not delivered after the restart: %s\n%s", st.Summary(), logs())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if done.Relay.State != relayer.Confirmed || done.Relay.Hash != sent.Relay.Attempts[0].Hash {
		t.Fatalf("after the restart: %s (sent before the kill: %s)", done.Summary(), sent.Relay.Attempts[0].Hash)
	}
	n, err := chain.Client().NonceAt(ctx, relayAddr, nil)
	if err != nil || n != 1 {
		t.Fatalf("the relayer sent %d transactions (%v), want exactly 1", n, err)
	}
	out, err := consumer.Outputs(&bind.CallOpts{Context: ctx}, contracts.JobID(nonce, dep.Consumer))
	if err != nil || string(out) != string(le32(6765)) {
		t.Fatalf("consumer received %x (%v), want fib(20) = 6765", out, err)
	}
	t.Logf("killed after sending %s (state %s), delivered once after the restart: %s", sent.Relay.Attempts[0].Hash, sent.Relay.State, done.Summary())
}

package relayer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/zkprover/zkprover/relayer"
)

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	js, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k},
		"s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "key.json")
	pass := filepath.Join(dir, "pass")
	if err := os.WriteFile(ks, js, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pass, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(dir, "pass-shared") // readable by others: refused
	if err := os.WriteFile(shared, []byte("s3cret\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"RELAY_PASS": "s3cret", "WRONG": "nope"}
	getenv := func(k string) string { return env[k] }

	for _, src := range []relayer.KeySource{{Keystore: ks, PassphraseFile: pass}, {Keystore: ks, PassphraseEnv: "RELAY_PASS"}} {
		got, err := relayer.LoadKey(src, getenv)
		if err != nil {
			t.Fatal(err)
		}
		if crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(k.PublicKey) {
			t.Fatal("wrong key")
		}
	}
	for name, c := range map[string]struct {
		src  relayer.KeySource
		want string
	}{
		"wrong passphrase":  {relayer.KeySource{Keystore: ks, PassphraseEnv: "WRONG"}, "decrypting keystore"},
		"unset variable":    {relayer.KeySource{Keystore: ks, PassphraseEnv: "NOPE"}, "empty or unset"},
		"no passphrase":     {relayer.KeySource{Keystore: ks}, "no passphrase source"},
		"both sources":      {relayer.KeySource{Keystore: ks, PassphraseFile: pass, PassphraseEnv: "RELAY_PASS"}, "not both"},
		"missing file":      {relayer.KeySource{Keystore: filepath.Join(dir, "none"), PassphraseFile: pass}, "reading keystore"},
		"no keystore":       {relayer.KeySource{PassphraseFile: pass}, "no keystore"},
		"shared passphrase": {relayer.KeySource{Keystore: ks, PassphraseFile: shared}, "chmod 600"},
	} {
		if _, err := relayer.LoadKey(c.src, getenv); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error with %q", name, err, c.want)
		}
	}
}

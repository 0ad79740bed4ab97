package relayer

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// KeySource names the relayer's key: a go-ethereum keystore file (JSON, scrypt) and where its
// passphrase is: a file (its first line) or an environment variable. A key is never taken
// from the command line.
type KeySource struct {
	Keystore       string // path of the keystore JSON file
	PassphraseFile string // file holding the passphrase (trailing newline ignored)
	PassphraseEnv  string // name of an environment variable holding the passphrase
}

// LoadKey decrypts the key. getenv reads the environment (os.Getenv). A node calls it at
// start, before it loads its proving keys, so that a mistake (a passphrase file others may
// read, a wrong passphrase) is told at once.
func LoadKey(src KeySource, getenv func(string) string) (*ecdsa.PrivateKey, error) {
	if src.Keystore == "" {
		return nil, fmt.Errorf("relayer key: no keystore file given")
	}
	js, err := os.ReadFile(src.Keystore)
	if err != nil {
		return nil, fmt.Errorf("reading keystore %s: %w", src.Keystore, err)
	}
	var pass string
	switch {
	case src.PassphraseFile != "" && src.PassphraseEnv != "":
		return nil, fmt.Errorf("relayer key: give the passphrase in a file or an environment variable, not both")
	case src.PassphraseFile != "":
		if err := ownerOnly(src.PassphraseFile); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(src.PassphraseFile)
		if err != nil {
			return nil, fmt.Errorf("reading passphrase file %s: %w", src.PassphraseFile, err)
		}
		pass = strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r")
	case src.PassphraseEnv != "":
		v := getenv(src.PassphraseEnv)
		if v == "" {
			return nil, fmt.Errorf("relayer key: environment variable %s is empty or unset", src.PassphraseEnv)
		}
		pass = v
	default:
		return nil, fmt.Errorf("relayer key: no passphrase source (a passphrase file or an environment variable)")
	}
	k, err := keystore.DecryptKey(js, pass)
	if err != nil {
		return nil, fmt.Errorf("decrypting keystore %s: %w", src.Keystore, err)
	}
	return k.PrivateKey, nil
}

// ownerOnly refuses a passphrase file that group or others may read or write (as the node
// refuses such a TLS key): whoever reads it and the keystore holds the relayer's funds.
func ownerOnly(path string) error {
	if runtime.GOOS == "windows" {
		return nil // no Unix modes to check
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("reading passphrase file %s: %w", path, err)
	}
	if m := st.Mode().Perm(); m&0o077 != 0 {
		return fmt.Errorf("passphrase file %s may be read or written by group or others (mode %04o): with it and the keystore anyone spends the relayer's funds; chmod 600 %s (a Kubernetes secret volume: defaultMode 0400)", path, m, path)
	}
	return nil
}

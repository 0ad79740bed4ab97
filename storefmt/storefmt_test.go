package storefmt

import (
	"errors"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func openDB(t *testing.T, dir string) *badger.DB {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestCheck: a new store gets the record; the same version passes, across a
// reopen; a newer store is refused by an older binary (ErrNewer, naming both
// versions and the store), an older one by a newer binary (ErrOlder); a
// malformed record is an error.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	db := openDB(t, dir)
	if err := Check(db, "test store", 2); err != nil {
		t.Fatalf("new store: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = openDB(t, dir)
	defer db.Close()
	if err := Check(db, "test store", 2); err != nil {
		t.Fatalf("same version after a reopen: %v", err)
	}
	err := Check(db, "test store", 1)
	if !errors.Is(err, ErrNewer) || !strings.Contains(err.Error(), "test store is in format 2, this binary reads format 1") {
		t.Fatalf("older binary: %v, want ErrNewer naming both versions", err)
	}
	if err := Check(db, "test store", 3); !errors.Is(err, ErrOlder) {
		t.Fatalf("newer binary on an older store: %v, want ErrOlder", err)
	}
	if err := db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(Key), []byte{1}) }); err != nil {
		t.Fatal(err)
	}
	if err := Check(db, "test store", 2); err == nil || errors.Is(err, ErrNewer) || errors.Is(err, ErrOlder) {
		t.Fatalf("malformed record: %v", err)
	}
}

// TestLegacyStore: a store with records but no format record is taken for the format of
// before the record (Legacy, 1): a binary of that format opens it; one of a later format is
// told it is older (ErrOlder), to migrate it, never stamps it as its own.
func TestLegacyStore(t *testing.T) {
	for _, c := range []struct {
		version uint32
		want    error
	}{{Legacy, nil}, {Legacy + 1, ErrOlder}} {
		db := openDB(t, t.TempDir())
		if err := db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("job/1"), []byte("{}")) }); err != nil {
			t.Fatal(err)
		}
		if err := Check(db, "old store", c.version); !errors.Is(err, c.want) || (c.want == nil && err != nil) {
			t.Errorf("binary of format %d on a store without the record: %v, want %v", c.version, err, c.want)
		}
		if err := Check(db, "old store", Legacy); err != nil {
			t.Errorf("the store was not recorded as format %d: %v", Legacy, err)
		}
		_ = db.Close()
	}
}

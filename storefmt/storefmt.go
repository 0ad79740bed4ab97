// Package storefmt records in each of the node's Badger stores the format
// its records are written in, and refuses a store written in a format this
// binary does not read: an older binary started on a data folder that a
// newer one upgraded stops at once with the reason, instead of misreading
// (or quarantining, or overwriting) records it does not understand.
//
// A new (empty) store gets the caller's version. A store with records but
// without the format record was made before the record existed, in format
// 1: Check records 1 and compares as for any other store (a binary of
// format 2 then sees ErrOlder, and migrates first). Every store's format is
// 1 today; a change that older binaries cannot read raises its version.
package storefmt

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// Key is the record's key: outside every store's record prefixes.
const Key = "zkprover/format"

// Legacy is the format of a store's records written before the format record
// existed.
const Legacy = 1

// empty says whether the store holds no key at all.
func empty(txn *badger.Txn) bool {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
	defer it.Close()
	it.Rewind()
	return !it.Valid()
}

// ErrNewer: the store was written by a newer binary in a format this one
// does not read.
var ErrNewer = errors.New("store written in a newer format")

// ErrOlder: the store is in an older format this binary does not migrate.
var ErrOlder = errors.New("store written in an older format")

// Check reads db's format record: none is written as version; an equal one
// passes; another is ErrNewer or ErrOlder, naming the store (what, e.g.
// "job store data/queue") and both versions.
func Check(db *badger.DB, what string, version uint32) error {
	var got uint32
	err := db.Update(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(Key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			got = version
			if !empty(txn) {
				got = Legacy // records from before the format record
			}
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], got)
			return txn.Set([]byte(Key), b[:])
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			if len(v) != 4 {
				return fmt.Errorf("format record of %d bytes, want 4", len(v))
			}
			got = binary.BigEndian.Uint32(v)
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("reading the format of the %s: %w", what, err)
	}
	switch {
	case got == version:
		return nil
	case got > version:
		return fmt.Errorf("%w: the %s is in format %d, this binary reads format %d: run the newer zkprover that wrote it (or move the folder aside and start empty)", ErrNewer, what, got, version)
	default:
		return fmt.Errorf("%w: the %s is in format %d, this binary reads format %d and migrates none older", ErrOlder, what, got, version)
	}
}

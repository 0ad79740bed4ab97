package relayer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/storefmt"
)

// ErrNotFound is returned for an unknown logical transaction id.
var ErrNotFound = errors.New("relay transaction not found")

const (
	keyTxPrefix = "tx/"
	keySeq      = "meta/seq"
)

// store persists transaction records in Badger. Every write is synced before it returns, so
// a record (and the attempt it holds) is on disk before the transaction is broadcast.
type store struct {
	db *badger.DB
}

// storeFormat is the format of the relay records (storefmt).
const storeFormat = 1

// openStore opens (creating) the Badger directory dir.
func openStore(dir string, log zerolog.Logger) (*store, error) {
	o := badger.DefaultOptions(dir).WithSyncWrites(true).WithLogger(badgerLogger{log}).
		WithNumVersionsToKeep(1).WithValueLogFileSize(64 << 20)
	db, err := badger.Open(o)
	if err != nil {
		return nil, fmt.Errorf("opening relayer store %s: %w", dir, err)
	}
	if err := storefmt.Check(db, "relayer store "+dir, storeFormat); err != nil {
		_ = db.Close()
		return nil, err
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

// put writes t.
func (s *store) put(t *Tx) error {
	b, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("encoding relay record %s: %w", t.ID, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set([]byte(keyTxPrefix+t.ID), b) }); err != nil {
		return fmt.Errorf("writing relay record %s: %w", t.ID, err)
	}
	return nil
}

// remove deletes the record of id.
func (s *store) remove(id string) error {
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete([]byte(keyTxPrefix + id)) }); err != nil {
		return fmt.Errorf("deleting relay record %s: %w", id, err)
	}
	return nil
}

// insert writes a new record with the next sequence number (assigned to t.Seq).
func (s *store) insert(t *Tx) error {
	return s.db.Update(func(txn *badger.Txn) error {
		var seq uint64
		it, err := txn.Get([]byte(keySeq))
		switch {
		case err == nil:
			if err := it.Value(func(v []byte) error {
				if len(v) != 8 {
					return fmt.Errorf("relayer store: bad sequence record")
				}
				seq = binary.BigEndian.Uint64(v)
				return nil
			}); err != nil {
				return err
			}
		case !errors.Is(err, badger.ErrKeyNotFound):
			return err
		}
		seq++
		t.Seq = seq
		var sb [8]byte
		binary.BigEndian.PutUint64(sb[:], seq)
		if err := txn.Set([]byte(keySeq), sb[:]); err != nil {
			return err
		}
		b, err := json.Marshal(t)
		if err != nil {
			return err
		}
		return txn.Set([]byte(keyTxPrefix+t.ID), b)
	})
}

// all loads every record, ascending by sequence.
func (s *store) all() ([]*Tx, error) {
	var out []*Tx
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(keyTxPrefix), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var t Tx
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &t) }); err != nil {
				return fmt.Errorf("decoding relay record %s: %w", it.Item().Key(), err)
			}
			out = append(out, &t)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("loading relay records: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

type badgerLogger struct{ l zerolog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error().Msgf(f, a...) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn().Msgf(f, a...) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Debug().Msgf(f, a...) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Debug().Msgf(f, a...) }

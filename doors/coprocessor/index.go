package coprocessor

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/zkprover/zkprover/storefmt"
)

// entry is what the door keeps of a job: the node job that runs it, and
// how its result leaves.
type entry struct {
	JobID    string         `json:"job_id"`   // hex of keccak256(abi.encodePacked(nonce, consumer))
	NodeJob  string         `json:"node_job"` // the job service's id
	Nonce    uint64         `json:"nonce"`
	Consumer common.Address `json:"consumer"`
	// Relayed: the result is delivered on chain (handed to the chain door).
	Relayed bool `json:"relayed"`
	// NoRelay says why the result is not delivered on chain ("" when it is).
	NoRelay string `json:"no_relay,omitempty"`
	// Swept: the node job was swept (after --retention): the entry stays so
	// that the job id stays refused (AlreadyExists), but it has no result
	// and is no longer listed under its consumer (prune).
	Swept bool `json:"swept,omitempty"`
}

// index is the door's Badger store: job id -> entry, and consumer -> nonces
// of the entries whose node job is not swept (GetPendingJobs reads only
// those).
type index struct {
	db *badger.DB
	// beforePut, when set (tests), runs before each put; an error is put's,
	// with nothing written: a node that stops before it writes the entry.
	beforePut func(*entry) error
}

// indexFormat is the format of the index's records (storefmt).
const indexFormat = 1

func openIndex(dir string, log zerolog.Logger) (*index, error) {
	o := badger.DefaultOptions(dir).WithLogger(badgerLog{log}).WithSyncWrites(true).WithNumVersionsToKeep(1)
	db, err := badger.Open(o)
	if err != nil {
		return nil, fmt.Errorf("opening the coprocessor index %s: %w", dir, err)
	}
	if err := storefmt.Check(db, "coprocessor index "+dir, indexFormat); err != nil {
		_ = db.Close()
		return nil, err
	}
	return &index{db: db}, nil
}

func (x *index) close() error { return x.db.Close() }

func jobKey(jobID string) []byte { return []byte("j/" + jobID) }

func consumerKey(c common.Address, nonce uint64) []byte {
	return []byte(fmt.Sprintf("c/%s/%016x", hexAddr(c), nonce))
}

var errNoEntry = errors.New("no such job")

func (x *index) get(jobID string) (*entry, error) {
	var e entry
	err := x.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(jobKey(jobID))
		if err != nil {
			return err
		}
		return it.Value(func(v []byte) error { return json.Unmarshal(v, &e) })
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, errNoEntry
	}
	if err != nil {
		return nil, fmt.Errorf("reading job %s: %w", jobID, err)
	}
	return &e, nil
}

func (x *index) put(e *entry) error {
	if x.beforePut != nil {
		if err := x.beforePut(e); err != nil {
			return err
		}
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return x.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(jobKey(e.JobID), b); err != nil {
			return err
		}
		return txn.Set(consumerKey(e.Consumer, e.Nonce), []byte(e.JobID))
	})
}

// ofConsumer lists a consumer's entries in nonce order: those still listed
// under it (not pruned), read in one transaction.
func (x *index) ofConsumer(c common.Address) ([]*entry, error) {
	return x.listed([]byte("c/" + hexAddr(c) + "/"))
}

// listed reads the entries of the consumer keys under prefix.
func (x *index) listed(prefix []byte) ([]*entry, error) {
	var out []*entry
	err := x.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := string(it.Item().Key())
			if _, err := strconv.ParseUint(k[strings.LastIndexByte(k, '/')+1:], 16, 64); err != nil {
				return fmt.Errorf("bad index key %q", k)
			}
			id, err := it.Item().ValueCopy(nil)
			if err != nil {
				return fmt.Errorf("reading index key %q: %w", k, err)
			}
			item, err := txn.Get(jobKey(string(id)))
			if err != nil {
				return fmt.Errorf("reading job %s of index key %q: %w", id, k, err)
			}
			var e entry
			if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &e) }); err != nil {
				return fmt.Errorf("decoding job %s: %w", id, err)
			}
			out = append(out, &e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// all lists every entry still listed under its consumer (prune).
func (x *index) all() ([]*entry, error) { return x.listed([]byte("c/")) }

// prune marks the entry of a job whose node job was swept: the entry stays
// (its job id stays refused) marked Swept, and its consumer key goes, so
// that GetPendingJobs never reads it again.
func (x *index) prune(e *entry) error {
	t := *e
	t.Swept = true
	b, err := json.Marshal(&t)
	if err != nil {
		return err
	}
	err = x.db.Update(func(txn *badger.Txn) error {
		if err := txn.Set(jobKey(t.JobID), b); err != nil {
			return err
		}
		return txn.Delete(consumerKey(t.Consumer, t.Nonce))
	})
	if err != nil {
		return fmt.Errorf("pruning job %s: %w", t.JobID, err)
	}
	return nil
}

func jobIDHex(id [32]byte) string { return hex.EncodeToString(id[:]) }

type badgerLog struct{ l zerolog.Logger }

func (b badgerLog) Errorf(f string, a ...any)   { b.l.Error().Msgf(f, a...) }
func (b badgerLog) Warningf(f string, a ...any) { b.l.Warn().Msgf(f, a...) }
func (b badgerLog) Infof(f string, a ...any)    { b.l.Debug().Msgf(f, a...) }
func (b badgerLog) Debugf(f string, a ...any)   { b.l.Debug().Msgf(f, a...) }

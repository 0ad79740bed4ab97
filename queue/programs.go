package queue

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The program store: ELFs by program id (prog/<id>), each with its size and
// its last use (progmeta/<id>). A program is used when it is stored and when
// a job naming it is added (NewJob.Program). Sweep deletes a program once no
// remaining job names it and its last use is older than the retention; its
// bytes, all programs together, are capped by Options.MaxProgramBytes.

// programMeta is what the store keeps beside a program's ELF.
type programMeta struct {
	Size     int64     `json:"size"`
	LastUsed time.Time `json:"last_used"`
	Uses     uint64    `json:"uses"` // counts every use: a sweep deletes a program only if it saw its last one
	// Owner is who stored the program first: its bytes count against that
	// owner's Options.MaxProgramBytesPerOwner until it is deleted ("" for
	// none: no share).
	Owner string `json:"owner,omitempty"`
}

// readMeta reads a program's meta in txn (ok false when it has none). The
// read is tracked: a transaction that changed the meta meanwhile makes this
// one fail to commit with badger.ErrConflict.
func readMeta(txn *badger.Txn, id string) (programMeta, bool, error) {
	var m programMeta
	item, err := txn.Get([]byte(prefixUse + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return m, false, nil
	}
	if err != nil {
		return m, false, fmt.Errorf("reading program %s: %w", id, err)
	}
	if err := item.Value(func(v []byte) error { return decodeMeta(id, v, &m) }); err != nil {
		return m, false, err
	}
	return m, true, nil
}

// decodeMeta decodes program id's record v into m; a record that does not
// decode wraps errBadRecord.
func decodeMeta(id string, v []byte, m *programMeta) error {
	if err := json.Unmarshal(v, m); err != nil {
		return fmt.Errorf("decoding program %s's record: %w: %w", id, errBadRecord, err)
	}
	if m.Size < 0 {
		return fmt.Errorf("decoding program %s's record: size %d: %w", id, m.Size, errBadRecord)
	}
	return nil
}

// quarantineProgram moves program id's record, which does not decode, aside
// and writes a new one in the same transaction: its size from its ELF, used
// now (kept at least one retention period). It returns that size (0 when the
// ELF is gone too: the record is then only moved aside). A record that
// decodes again (written anew meanwhile) is left alone.
func (s *Store) quarantineProgram(id string) (int64, error) {
	s.progMu.Lock()
	defer s.progMu.Unlock()
	var size int64
	err := s.updateRetry(func(txn *badger.Txn) error {
		size = 0
		item, err := txn.Get([]byte(prefixUse + id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return errKeep
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		var m programMeta
		if err := decodeMeta(id, v, &m); err == nil {
			return errKeep
		}
		e := badger.NewEntry([]byte(prefixQuarantine+prefixUse+id), v).WithTTL(s.opts.Retention)
		if err := txn.SetEntry(e); err != nil {
			return err
		}
		item, err = txn.Get([]byte(prefixProg + id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return txn.Delete([]byte(prefixUse + id))
		}
		if err != nil {
			return err
		}
		elf, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		size = int64(len(elf))
		// the owner it was charged to, if it decoded at Open, keeps it
		return writeMeta(txn, id, programMeta{Size: size, LastUsed: time.Now().UTC(), Owner: s.charged[id].owner})
	})
	if errors.Is(err, errKeep) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("moving aside the record of program %s: %w", id, err)
	}
	if c, ok := s.charged[id]; ok {
		s.uncharge(id)
		if size > 0 {
			s.chargeOwner(id, c.owner, size)
		}
	}
	s.mu.Lock()
	s.quarantined++
	s.mu.Unlock()
	s.log.Error().Str("program", id).Str("moved_to", prefixQuarantine+prefixUse+id).Int64("size", size).
		Msg("program record does not decode: moved aside (kept for the retention period), a new one written (the program counts as used now)")
	return size, nil
}

func writeMeta(txn *badger.Txn, id string, m programMeta) error {
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("encoding program %s's record: %w", id, err)
	}
	return txn.Set([]byte(prefixUse+id), b)
}

// loadPrograms sums the stored programs' sizes. A program stored by an
// earlier version (no record beside it) gets one, used now: it is kept at
// least one retention period from this start. So does a program whose
// record does not decode (the record is moved aside: quarantineProgram); one
// whose record cannot be read is skipped. Either is logged and counted
// (Quarantined).
func (s *Store) loadPrograms() error {
	have := map[string]bool{}
	var legacy, bad []string
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixUse)})
		for it.Rewind(); it.Valid(); it.Next() {
			id := string(it.Item().Key()[len(prefixUse):])
			have[id] = true
			var m programMeta
			err := it.Item().Value(func(v []byte) error { return decodeMeta(id, v, &m) })
			if errors.Is(err, errBadRecord) {
				bad = append(bad, id)
				continue
			}
			if err != nil {
				s.log.Error().Err(err).Str("program", id).Msg("program record unreadable: skipped")
				s.quarantined++
				continue
			}
			s.progBytes += m.Size
			s.chargeOwner(id, m.Owner, m.Size)
		}
		it.Close()
		it = txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixProg)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if id := string(it.Item().Key()[len(prefixProg):]); !have[id] {
				legacy = append(legacy, id)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("loading programs: %w", err)
	}
	for _, id := range bad {
		size, err := s.quarantineProgram(id)
		if err != nil {
			s.log.Error().Err(err).Msg("program record does not decode; moving it aside failed: skipped")
			continue
		}
		s.progBytes += size
	}
	now := time.Now().UTC()
	for _, id := range legacy {
		var size int64
		err := s.update(func(txn *badger.Txn) error {
			item, err := txn.Get([]byte(prefixProg + id))
			if err != nil {
				return err
			}
			elf, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			size = int64(len(elf))
			return writeMeta(txn, id, programMeta{Size: size, LastUsed: now})
		})
		if err != nil {
			return fmt.Errorf("recording program %s: %w", id, err)
		}
		s.progBytes += size
	}
	return nil
}

// PutProgram stores a program's ELF under its id and marks it used. Storing
// an id that is stored already only marks it used (its ELF is kept). A new
// program that would take the store past Options.MaxProgramBytes is refused
// with an error wrapping ErrProgramStoreFull, and nothing is stored.
func (s *Store) PutProgram(id string, elf []byte) error {
	_, err := s.StoreProgram(id, elf)
	return err
}

// chargeOwner charges owner for program id of size bytes (under progMu, or
// at Open); uncharge frees it again.
func (s *Store) chargeOwner(id, owner string, size int64) {
	if owner != "" {
		s.charged[id] = charge{owner, size}
	}
}

// uncharge frees what program id was charged to its owner, if anything
// (under progMu). By the program's id, not by its record: a record that no
// longer decodes (moved aside) still frees its owner's share.
func (s *Store) uncharge(id string) { delete(s.charged, id) }

// charge is what a program was charged to its owner.
type charge struct {
	owner string
	size  int64
}

// bytesOf is the size of the programs charged to owner (under progMu): a
// sum over the stored programs, which max-program-bytes keeps few.
func (s *Store) bytesOf(owner string) int64 {
	var n int64
	for _, c := range s.charged {
		if c.owner == owner {
			n += c.size
		}
	}
	return n
}

// ProgramBytesOf is the size of the stored programs owner stored first.
func (s *Store) ProgramBytesOf(owner string) int64 {
	s.progMu.Lock()
	defer s.progMu.Unlock()
	return s.bytesOf(owner)
}

// ProgramPut is what StoreProgram did: whether it stored the ELF (a new
// program) and the use it recorded.
type ProgramPut struct {
	ID    string
	Added bool
	Used  time.Time
}

// StoreProgram is PutProgram, saying what it did: DropProgram takes a new
// program back when the job it came with was refused.
func (s *Store) StoreProgram(id string, elf []byte) (ProgramPut, error) {
	return s.StoreProgramFor("", id, elf)
}

// StoreProgramFor is StoreProgram for owner: a new program counts against
// the owner's Options.MaxProgramBytesPerOwner until it is deleted (a program
// stored already costs nothing more, whoever stored it).
func (s *Store) StoreProgramFor(owner, id string, elf []byte) (ProgramPut, error) {
	return s.storeProgram(owner, id, elf, true)
}

// PutNodeProgram is PutProgram for the node's own programs (the examples it
// deploys on its development chain at start): not refused for the disk
// reserve (Options.MinFreeBytes), which is for clients' work, so that a node
// on a nearly full disk still starts; MaxProgramBytes still bounds it.
func (s *Store) PutNodeProgram(id string, elf []byte) error {
	_, err := s.storeProgram("", id, elf, false)
	return err
}

func (s *Store) storeProgram(owner, id string, elf []byte, reserve bool) (ProgramPut, error) {
	s.progMu.Lock()
	defer s.progMu.Unlock()
	now := time.Now().UTC()
	var added int64
	err := s.updateRetry(func(txn *badger.Txn) error {
		added = 0
		m, ok, err := readMeta(txn, id)
		if err != nil {
			return err
		}
		if !ok {
			if reserve {
				if err := s.checkDisk("a new program", len(elf)); err != nil {
					return err
				}
			}
			if total := s.progBytes + int64(len(elf)); total > s.opts.MaxProgramBytes {
				return fmt.Errorf("a new program of %d bytes would take the program store to %d bytes, over its cap of %d (max-program-bytes); programs no job uses are deleted after the retention period: %w",
					len(elf), total, s.opts.MaxProgramBytes, ErrProgramStoreFull)
			}
			if limit := s.opts.MaxProgramBytesPerOwner; limit > 0 && owner != "" {
				if total := s.bytesOf(owner) + int64(len(elf)); total > limit {
					return fmt.Errorf("a new program of %d bytes would take %s's programs to %d bytes, over the cap of %d a client (max-program-bytes-per-client); programs no job uses are deleted after the retention period: %w",
						len(elf), owner, total, limit, ErrOwnerProgramsFull)
				}
			}
			m.Owner = owner
			if err := txn.Set([]byte(prefixProg+id), elf); err != nil {
				return err
			}
			m.Size, added = int64(len(elf)), int64(len(elf))
		}
		m.LastUsed = now
		m.Uses++
		return writeMeta(txn, id, m)
	})
	if err != nil {
		return ProgramPut{}, fmt.Errorf("storing program %s: %w", id, err)
	}
	s.progBytes += added
	if added > 0 {
		s.chargeOwner(id, owner, added)
	}
	return ProgramPut{ID: id, Added: added > 0, Used: now}, nil
}

// DropProgram deletes the program put stored, if put stored it (a new
// program) and nothing used it since (no job names it: a job records a
// use): the program of a job that was refused (queue full) does not stay
// for the retention period, filling max-program-bytes.
func (s *Store) DropProgram(put ProgramPut) error {
	if !put.Added {
		return nil
	}
	_, err := s.deleteProgram(put.ID, put.Used)
	if errors.Is(err, errKeep) || errors.Is(err, badger.ErrConflict) {
		return nil // used since: it stays
	}
	return err
}

// Program returns the ELF stored under id, or ErrNoProgram.
func (s *Store) Program(id string) ([]byte, error) {
	return s.value(prefixProg+id, "program "+id, ErrNoProgram)
}

// ProgramBytes is the size of all stored programs.
func (s *Store) ProgramBytes() int64 {
	s.progMu.Lock()
	defer s.progMu.Unlock()
	return s.progBytes
}

// useProgram marks a stored program used at at, in txn; ErrNoProgram when it
// is not stored. It reads only the program's ELF key (a deletion committed
// meanwhile makes txn conflict and retry) and writes its last-use key without
// reading it, so concurrent jobs of one program never conflict with each
// other; a deletion reads that key, so a use committed while it runs makes
// the deletion conflict instead.
func (s *Store) useProgram(txn *badger.Txn, id string, at time.Time) error {
	if _, err := txn.Get([]byte(prefixProg + id)); errors.Is(err, badger.ErrKeyNotFound) {
		return fmt.Errorf("program %s: %w", id, ErrNoProgram)
	} else if err != nil {
		return fmt.Errorf("reading program %s: %w", id, err)
	}
	b, err := at.MarshalBinary()
	if err != nil {
		return err
	}
	return txn.Set([]byte(prefixLastUse+id), b)
}

// lastUse is a program's last use by a job (zero when none), read in txn.
func lastUse(txn *badger.Txn, id string) (time.Time, error) {
	var t time.Time
	item, err := txn.Get([]byte(prefixLastUse + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return t, nil
	}
	if err != nil {
		return t, fmt.Errorf("reading program %s's last use: %w", id, err)
	}
	err = item.Value(func(v []byte) error { return t.UnmarshalBinary(v) })
	return t, err
}

// lastUsed is the later of a program's record and its last use by a job.
func lastUsed(txn *badger.Txn, id string, m programMeta) (time.Time, error) {
	t, err := lastUse(txn, id)
	if err != nil || t.Before(m.LastUsed) {
		return m.LastUsed, err
	}
	return t, nil
}

// errKeep ends a program's deletion without deleting it.
var errKeep = errors.New("program kept")

// oldPrograms lists, in txn, the programs that no job in used names and
// whose retention after their last use is over (expired), and those whose record does not decode (bad,
// for quarantineProgram). A program whose record or last use cannot be read
// is passed over, its error in errs. Sweep calls it in the transaction that
// lists the jobs; a job added after that snapshot is a use its deletion sees.
func oldPrograms(txn *badger.Txn, expired func(last time.Time) bool, used map[string]bool) (old map[string]time.Time, bad []string, errs []error) {
	old = map[string]time.Time{}
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, Prefix: []byte(prefixUse)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		id := string(it.Item().Key()[len(prefixUse):])
		if used[id] {
			continue
		}
		var m programMeta
		if err := it.Item().Value(func(v []byte) error { return decodeMeta(id, v, &m) }); errors.Is(err, errBadRecord) {
			bad = append(bad, id)
			continue
		} else if err != nil {
			errs = append(errs, fmt.Errorf("reading program %s's record: %w", id, err))
			continue
		}
		last, err := lastUsed(txn, id, m)
		if err != nil {
			errs = append(errs, fmt.Errorf("program %s: %w", id, err))
			continue
		}
		if expired(last) {
			old[id] = last // deleted only if still its last use
		}
	}
	return old, bad, errs
}

// sweepPrograms deletes the programs oldPrograms listed, each unless it was
// used since (a new job named it, or it was stored again). A program that
// cannot be deleted is left for the next sweep; the error returned joins
// their errors.
func (s *Store) sweepPrograms(old map[string]time.Time) error {
	n, freed := 0, int64(0)
	var errs []error
	for id, seen := range old {
		size, err := s.deleteProgram(id, seen)
		if errors.Is(err, errKeep) || errors.Is(err, badger.ErrConflict) {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("deleting program %s: %w", id, err))
			continue
		}
		n++
		freed += size
	}
	if n > 0 {
		s.log.Info().Int("programs", n).Int64("bytes", freed).Int64("kept_bytes", s.ProgramBytes()).Dur("retention", s.opts.Retention).
			Msg("swept programs no job uses")
	}
	return errors.Join(errs...)
}

// deleteProgram deletes program id if its last use is still seen, the one the
// sweep listed (else errKeep), and returns its size. A use committed while
// this runs makes the commit fail with badger.ErrConflict (its record and last
// use were read here).
func (s *Store) deleteProgram(id string, seen time.Time) (int64, error) {
	s.progMu.Lock()
	defer s.progMu.Unlock()
	var size int64
	err := s.update(func(txn *badger.Txn) error {
		m, ok, err := readMeta(txn, id)
		if err != nil {
			return err
		}
		if !ok {
			return errKeep
		}
		if last, err := lastUsed(txn, id, m); err != nil {
			return err
		} else if !last.Equal(seen) {
			return errKeep
		}
		size = m.Size
		for _, k := range []string{prefixProg, prefixUse, prefixLastUse} {
			if err := txn.Delete([]byte(k + id)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	s.progBytes -= size
	s.uncharge(id)
	s.deleted.Add(inValueLog(size)) // a sweep's, or a refused job's new program (DropProgram)
	return size, nil
}

// updateRetry is update, run again when it conflicts with a concurrent
// transaction (jobs of one program all update its use record, so concurrent
// admissions of a popular program conflict often): up to 64 tries, backing
// off a random fraction of a growing delay between them.
func (s *Store) updateRetry(fn func(*badger.Txn) error) error {
	var err error
	for try := range 64 {
		if err = s.update(fn); !errors.Is(err, badger.ErrConflict) {
			return err
		}
		time.Sleep(time.Duration(rand.Int64N(int64(time.Duration(min(try+1, 20)) * 100 * time.Microsecond))))
	}
	return err
}

package aggregator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/zkprover/zkprover/auth"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
	"github.com/zkprover/zkprover/queue"
)

// finalStore keeps final proofs, one JSON file per id, written atomically
// (temporary file, fsync, rename, fsync of the folder), so that GetProof
// answers for them after a reconnect or a restart. Each is kept with its
// owner, the aggregator that asked for it (finalFile); a file written before
// owners were is the FinalProof alone (protojson), owner "" (ownedBy: any
// aggregator's).
type finalStore struct{ dir string }

// finalFile is a stored final proof.
type finalFile struct {
	Owner string          `json:"owner"`
	Final json.RawMessage `json:"final_proof"` // protojson
}

func openFinalStore(dir string) (*finalStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating final proof folder %s: %w", dir, err)
	}
	return &finalStore{dir: dir}, nil
}

func (s *finalStore) path(id string) (string, error) {
	u, err := uuid.Parse(id)
	if err != nil {
		return "", fmt.Errorf("final proof id %q: %w", id, err)
	}
	return filepath.Join(s.dir, u.String()+".json"), nil
}

func (s *finalStore) put(id, owner string, fp *pb.FinalProof) error {
	p, err := s.path(id)
	if err != nil {
		return err
	}
	raw, err := protojson.Marshal(fp)
	if err != nil {
		return fmt.Errorf("encoding final proof %s: %w", id, err)
	}
	b, err := json.Marshal(finalFile{Owner: owner, Final: raw})
	if err != nil {
		return fmt.Errorf("encoding final proof %s: %w", id, err)
	}
	if err := writeAtomic(s.dir, p, b); err != nil {
		return fmt.Errorf("writing final proof %s: %w", id, err)
	}
	return nil
}

// writeAtomic writes b to path in dir: a temporary file, fsync, rename, fsync
// of the folder.
func writeAtomic(dir, path string, b []byte) error {
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(b); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// get returns the final proof stored under id if caller may read it
// (ownedBy); ok is false when there is none, or it is another aggregator's.
func (s *finalStore) get(caller auth.Principal, id string) (*pb.FinalProof, bool, error) {
	p, perr := s.path(id)
	if perr != nil { // not a final proof id: none is stored under it
		return nil, false, nil //nolint:nilerr // an id that is not a UUID names no final proof
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("reading final proof %s: %w", id, err)
	}
	var f finalFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, false, fmt.Errorf("decoding final proof %s: %w", p, err)
	}
	if len(f.Final) == 0 { // written before owners were: the FinalProof alone
		f = finalFile{Final: b}
	}
	if !ownedBy(caller, f.Owner) {
		return nil, false, nil
	}
	var fp pb.FinalProof
	if err := protojson.Unmarshal(f.Final, &fp); err != nil {
		return nil, false, fmt.Errorf("decoding final proof %s: %w", p, err)
	}
	return &fp, true, nil
}

// sweep deletes final proofs written before cutoff.
func (s *finalStore) sweep(cutoff time.Time) (int, error) { return sweepDir(s.dir, cutoff) }

// sweepDir deletes the JSON files (and leftover temporary files) of dir
// written before cutoff.
func sweepDir(dir string, cutoff time.Time) (int, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("listing %s: %w", dir, err)
	}
	n := 0
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") && !strings.HasPrefix(e.Name(), ".tmp-") {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(cutoff) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err == nil {
			n++
		}
	}
	return n, nil
}

// inputStore keeps the acc inputs of the jobs the aggregators made (what the
// accumulated input hash needs beyond the statement), one JSON file per job
// (zero acc inputs too), for as long as the job is in the queue: sweep
// deletes a job's file only once the queue has deleted the job.
//
// Before the format marker (inputsMarker) was written, a job with all-zero
// acc inputs got no file: a job created before since that has none had zero
// acc inputs (forJob). A newer job without its file lost it: its proof
// cannot be given the right publics, and forJob says so.
type inputStore struct {
	dir   string
	since time.Time // when every job made through the channel got a file
}

// inputsMarker is the file, in the inputs folder, holding when this folder
// started to keep a file for every job (inputsFormat). It does not end in
// .json: no sweep, of this build or an older one, deletes it.
const inputsMarker = "format"

// inputsFormat is the marker's content.
type inputsFormat struct {
	Version int       `json:"version"` // 2: every job has a file
	Since   time.Time `json:"since"`
}

// errNoInputs is a job made through the channel whose inputs file is gone.
var errNoInputs = errors.New("inputs file missing")

func openInputStore(dir string) (*inputStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating job input folder %s: %w", dir, err)
	}
	s := &inputStore{dir: dir}
	p := filepath.Join(dir, inputsMarker)
	b, err := os.ReadFile(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new folder, or one of a build that wrote no file for zero
		// acc inputs: the jobs made from now on all have one.
		f := inputsFormat{Version: 2, Since: time.Now().UTC()}
		if b, err = json.Marshal(f); err != nil {
			return nil, fmt.Errorf("encoding %s: %w", p, err)
		}
		if err := writeAtomic(dir, p, b); err != nil {
			return nil, fmt.Errorf("writing %s: %w", p, err)
		}
		s.since = f.Since
	case err != nil:
		return nil, fmt.Errorf("reading %s: %w", p, err)
	default:
		// The time since which every job made through the channel has
		// an inputs file: deleting the marker starts that count again.
		var f inputsFormat
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("decoding %s: %w", p, err)
		}
		if f.Since.IsZero() {
			return nil, fmt.Errorf("%s holds no time", p)
		}
		s.since = f.Since
	}
	return s, nil
}

type inputFile struct {
	OldAccInputHash   string `json:"old_acc_input_hash"`
	L1InfoRoot        string `json:"l1_info_root"`
	ForcedBlockhashL1 string `json:"forced_blockhash_l1"`
	SeqOldAcc         string `json:"seq_old_acc,omitempty"`
}

func (s *inputStore) path(id string) (string, error) {
	u, err := uuid.Parse(id)
	if err != nil {
		return "", fmt.Errorf("job id %q: %w", id, err)
	}
	return filepath.Join(s.dir, u.String()+".json"), nil
}

func (s *inputStore) put(id string, in accInputs) error {
	p, err := s.path(id)
	if err != nil {
		return err
	}
	b, err := json.Marshal(inputFile{hex32(in.OldAccInputHash), hex32(in.L1InfoRoot), hex32(in.ForcedBlockhashL1), hex32(in.SeqOldAcc)})
	if err != nil {
		return err
	}
	if err := writeAtomic(s.dir, p, b); err != nil {
		return fmt.Errorf("writing the inputs of job %s: %w", id, err)
	}
	return nil
}

// get returns the acc inputs kept for job id; an error wraps
// fs.ErrNotExist when there is no file.
func (s *inputStore) get(id string) (accInputs, error) {
	var in accInputs
	p, err := s.path(id)
	if err != nil {
		return in, err
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return in, fmt.Errorf("reading the inputs of job %s: %w", id, err)
	}
	var f inputFile
	if err := json.Unmarshal(b, &f); err != nil {
		return in, fmt.Errorf("decoding %s: %w", p, err)
	}
	if in.OldAccInputHash, err = hashOf("old_acc_input_hash", f.OldAccInputHash); err == nil {
		if in.L1InfoRoot, err = hashOf("l1_info_root", f.L1InfoRoot); err == nil {
			in.ForcedBlockhashL1, err = hashOf("forced_blockhash_l1", f.ForcedBlockhashL1)
		}
	}
	if err == nil && f.SeqOldAcc != "" {
		in.SeqOldAcc, err = hashOf("seq_old_acc", f.SeqOldAcc)
	}
	if err != nil {
		return in, fmt.Errorf("decoding %s: %w", p, err)
	}
	return in, nil
}

// forJob returns the acc inputs of job: those kept with it; zero for a job
// created before every job had a file (s.since) that has none. A newer job
// without its file is an error wrapping errNoInputs: its proof would carry
// wrong publics.
func (s *inputStore) forJob(job queue.Job) (accInputs, error) {
	in, err := s.get(job.ID)
	if !errors.Is(err, fs.ErrNotExist) {
		return in, err
	}
	if job.CreatedAt.Before(s.since) {
		return accInputs{}, nil // made when zero acc inputs wrote no file
	}
	return accInputs{}, fmt.Errorf("the acc inputs of job %s (old_acc_input_hash, l1_info_root, forced_blockhash_l1) are lost, so its proof's publics cannot be made: %w: %w", job.ID, errNoInputs, err)
}

// sweep deletes the inputs files of the jobs the queue no longer has
// (exists false) that were written before cutoff, the sequence acc records
// written before cutoff, and leftover temporary files. A job's file is
// written when the job is queued, so a job the queue deleted (retention
// after it finished) has a file older than cutoff; a job still in the queue
// keeps its file whatever its age.
func (s *inputStore) sweep(cutoff time.Time, exists func(id string) (bool, error)) (int, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, fmt.Errorf("listing %s: %w", s.dir, err)
	}
	n := 0
	var errsSeen []error
	for _, e := range ents {
		name := e.Name()
		id, isJSON := strings.CutSuffix(name, ".json")
		switch {
		case strings.HasPrefix(name, ".tmp-"), isJSON && strings.HasPrefix(name, "seq-"):
		case isJSON && uuid.Validate(id) == nil:
		default:
			continue // the format marker, and anything not ours
		}
		info, err := e.Info()
		if err != nil || !info.ModTime().Before(cutoff) {
			continue
		}
		if isJSON && !strings.HasPrefix(name, "seq-") {
			ok, err := exists(id)
			if err != nil {
				errsSeen = append(errsSeen, fmt.Errorf("looking up job %s: %w", id, err))
				continue
			}
			if ok {
				continue
			}
		}
		if err := os.Remove(filepath.Join(s.dir, name)); err == nil {
			n++
		}
	}
	return n, errors.Join(errsSeen...)
}

// seqPath is where owner's sequence acc after a job is kept, by the job's
// new_acc_input_hash (upstream's chain): owner's next job, whose
// old_acc_input_hash it is, continues that sequence acc. Each aggregator
// (owner, its principal's name) has its own records: two aggregators whose
// sequences pass through the same upstream acc do not overwrite each
// other's. The file name holds a hash of the owner (names are not file
// names); owner "" (the node itself) and records written before owners were
// are "seq-" + the acc alone.
func (s *inputStore) seqPath(owner string, upstreamAcc [32]byte) string {
	acc := hex.EncodeToString(upstreamAcc[:])
	if owner == "" {
		return filepath.Join(s.dir, "seq-"+acc+".json")
	}
	h := sha256.Sum256([]byte(owner))
	return filepath.Join(s.dir, "seq-"+hex.EncodeToString(h[:16])+"-"+acc+".json")
}

// putSeq records that the sequence acc after owner's job whose upstream acc
// input hash is upstreamAcc is seqAcc.
func (s *inputStore) putSeq(owner string, upstreamAcc, seqAcc [32]byte) error {
	b, err := json.Marshal(map[string]string{"seq_acc": hex32(seqAcc)})
	if err != nil {
		return err
	}
	if err := writeAtomic(s.dir, s.seqPath(owner, upstreamAcc), b); err != nil {
		return fmt.Errorf("writing the sequence acc after %s: %w", hex32(upstreamAcc), err)
	}
	return nil
}

// seqAfter returns the sequence acc recorded for owner's upstreamAcc, else
// the one recorded for it before records had owners (ok false: none). The
// records written before owners are no longer written for an aggregator:
// they are read until retention sweeps them, so that a sequence under way
// across the upgrade continues.
func (s *inputStore) seqAfter(owner string, upstreamAcc [32]byte) ([32]byte, bool, error) {
	h, ok, err := s.readSeq(s.seqPath(owner, upstreamAcc))
	if ok || err != nil || owner == "" {
		return h, ok, err
	}
	return s.readSeq(s.seqPath("", upstreamAcc))
}

// readSeq reads a sequence acc record (ok false: no such file).
func (s *inputStore) readSeq(path string) ([32]byte, bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return [32]byte{}, false, nil
	}
	if err != nil {
		return [32]byte{}, false, err
	}
	var f map[string]string
	if err := json.Unmarshal(b, &f); err != nil {
		return [32]byte{}, false, fmt.Errorf("decoding %s: %w", path, err)
	}
	h, err := hashOf("seq_acc", f["seq_acc"])
	return h, err == nil, err
}

package aggregator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
)

// finalStore keeps final proofs, one JSON file per id, written atomically
// (temporary file, fsync, rename, fsync of the folder), so that GetProof
// answers for them after a reconnect or a restart.
type finalStore struct{ dir string }

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

func (s *finalStore) put(id string, fp *pb.FinalProof) error {
	p, err := s.path(id)
	if err != nil {
		return err
	}
	b, err := protojson.Marshal(fp)
	if err != nil {
		return fmt.Errorf("encoding final proof %s: %w", id, err)
	}
	tmp, err := os.CreateTemp(s.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("writing final proof %s: %w", id, err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(b); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		return fmt.Errorf("writing final proof %s: %w", id, err)
	}
	if d, err := os.Open(s.dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// get returns the final proof stored under id (ok false when there is none).
func (s *finalStore) get(id string) (*pb.FinalProof, bool, error) {
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
	var fp pb.FinalProof
	if err := protojson.Unmarshal(b, &fp); err != nil {
		return nil, false, fmt.Errorf("decoding final proof %s: %w", p, err)
	}
	return &fp, true, nil
}

// sweep deletes final proofs written before cutoff.
func (s *finalStore) sweep(cutoff time.Time) (int, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, fmt.Errorf("listing final proofs in %s: %w", s.dir, err)
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
		if err := os.Remove(filepath.Join(s.dir, e.Name())); err == nil {
			n++
		}
	}
	return n, nil
}

package fleet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkprover/zkprover/prover"
)

// keysDifferReason starts the reason a worker gives when it terminates a
// task of an owner whose segment keys are not its own (Task.Keys): the
// owner publishes the task again for another worker, without counting a
// rejection.
const keysDifferReason = "keys differ"

// KeyDigest identifies a segment class's keys in tasks (Task.Keys) and
// member records (Member.Keys): the hex sha256 of the class's verifying
// key as its file holds it (prover.FileVK, WriteRawTo), the digest the
// class's manifest records and that the node's prove workers are told in
// their hello (prover.ErrKeysChanged). Keys set up again give another
// digest, even for the same circuit.
func KeyDigest(k *prover.Keys) (string, error) {
	if k == nil {
		return "", errors.New("no keys")
	}
	if d := strings.ToLower(k.Manifest.Files[prover.FileVK]); isSHA256Hex(d) {
		return d, nil
	}
	if k.VK == nil {
		return "", errors.New("no verifying key")
	}
	h := sha256.New()
	if _, err := k.VK.WriteRawTo(h); err != nil {
		return "", fmt.Errorf("hashing the verifying key: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func isSHA256Hex(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// shortDigest is a key digest as logs and errors show it.
func shortDigest(d string) string {
	if d == "" {
		return "unknown"
	}
	return d[:min(len(d), 16)]
}

// listMembers reads the live members' records.
func (f *Fleet) listMembers(ctx context.Context) ([]Member, error) {
	tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	keys, err := f.members.ListKeys(tctx)
	if err != nil {
		return nil, fmt.Errorf("members: %w", err)
	}
	defer func() { _ = keys.Stop() }()
	var out []Member
	for key := range keys.Keys() {
		e, err := f.members.Get(tctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("member %s: %w", key, err)
		}
		var m Member
		if err := json.Unmarshal(e.Value(), &m); err != nil {
			continue
		}
		out = append(out, m)
	}
	return out, nil
}

// othersCanProve reports whether a live member of class k, other than
// the workers in exclude (with a count above 0), could prove the owner's
// task: its keys are digest (or it does not say which it has). When the
// members cannot be read it answers true (the caller then goes on
// re-tasking rather than fail the segment).
func (j *Job) othersCanProve(ctx context.Context, k int, digest string, exclude map[string]int) bool {
	ms, err := j.f.listMembers(ctx)
	if err != nil {
		j.log.Debug().Err(err).Msg("reading the fleet's members")
		return true
	}
	for _, m := range ms {
		if !slices.Contains(m.Classes, k) || exclude[m.ID] > 0 {
			continue
		}
		if d := m.Keys[k]; d != "" && digest != "" && d != digest {
			continue
		}
		return true
	}
	return false
}

// keyDigest is KeyDigest(keys) of class k, computed once per class ("" when
// it cannot be: the tasks then do not name their keys and workers do not
// check them).
func (j *Job) keyDigest(k int, keys *prover.Keys) string {
	j.mu.Lock()
	d, ok := j.digests[k]
	j.mu.Unlock()
	if ok {
		return d
	}
	d, err := KeyDigest(keys)
	if err != nil {
		j.log.Warn().Err(err).Int("class", k).Msg("the owner's segment keys have no digest: tasks do not name their keys")
	}
	j.mu.Lock()
	j.digests[k] = d
	j.mu.Unlock()
	return d
}

package infernet

import (
	"encoding/binary"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/isa"
	"github.com/zkprover/zkprover/statement"
)

// stateEntryBytes is the size of one entry of the canonical state bytes.
const stateEntryBytes = 8

// decodeState decodes the canonical state bytes (the coprocessor door's
// layout, docs/coprocessor.md): 8-byte entries, key then value, each a
// little-endian uint32, keys strictly ascending, no zero value.
func decodeState(b []byte) ([]statement.KV, error) {
	if len(b)%stateEntryBytes != 0 {
		return nil, errs.Invalidf("data.state of %d bytes: want 8-byte entries (key, value: little-endian uint32)", len(b))
	}
	n := len(b) / stateEntryBytes
	if n > isa.MaxStateEntries {
		return nil, errs.Invalidf("data.state of %d entries (at most %d)", n, isa.MaxStateEntries)
	}
	var kv []statement.KV
	for i := 0; i < n; i++ {
		e := statement.KV{Key: binary.LittleEndian.Uint32(b[8*i:]), Value: binary.LittleEndian.Uint32(b[8*i+4:])}
		if e.Value == 0 {
			return nil, errs.Invalidf("data.state entry %d (key 0x%08x) has value 0: absent keys are left out", i, e.Key)
		}
		if i > 0 && e.Key <= kv[i-1].Key {
			return nil, errs.Invalidf("data.state keys not strictly ascending at entry %d", i)
		}
		kv = append(kv, e)
	}
	return kv, nil
}

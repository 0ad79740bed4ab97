package jobs

import (
	"fmt"

	"github.com/zkprover/zkprover/errs"
	"github.com/zkprover/zkprover/executor"
	"github.com/zkprover/zkprover/statement"
)

// MaxJobRequestBytes is the size of the largest job request the node accepts:
// abi.encode(OffchainJobRequest) with a 32-byte program id and the largest
// onchain input (the offset of the tuple, its seven head words, then each
// dynamic field's length word and its words). A longer one is refused before
// it is decoded.
const MaxJobRequestBytes = 32 + 7*32 + (32 + 32) + (32 + statement.MaxOnchainInputBytes)

// Sizes are a request's sizes as a door reads them off the message it
// received, before decoding any of it.
type Sizes struct {
	Request    int // the whole request (the wire message), bytes
	JobRequest int // abi.encode(OffchainJobRequest), bytes (hex digits / 2 when sent as hex)
	Offchain   int // offchain input, bytes
	State      int // state entries (the db map)
	Programs   int // programs sent with the job
}

// CheckSizes refuses a request whose sizes are over the node's bounds: the
// request bytes (errs.ErrTooLarge), then the job request, the offchain input,
// the state and the programs sent (errs.ErrInvalid). Doors call it on what
// they received before they decode or hash any of it; Build checks the same
// bounds again on the Spec.
func (s *Service) CheckSizes(z Sizes) error {
	if err := s.CheckSize(z.Request); err != nil {
		return err
	}
	return checkSizes(z, s.opts.Limits)
}

// checkSizes is CheckSizes without the request bytes, with lim's bounds (a
// zero limit: its default).
func checkSizes(z Sizes, lim executor.Limits) error {
	lim = lim.WithDefaults()
	if z.JobRequest > MaxJobRequestBytes {
		return errs.Invalidf("job request of %d bytes: abi.encode(OffchainJobRequest) with a 32-byte program id and at most %d bytes of onchain input has at most %d",
			z.JobRequest, statement.MaxOnchainInputBytes, MaxJobRequestBytes)
	}
	if z.Offchain > lim.MaxOffchainBytes {
		return errs.Invalidf("offchain input of %d bytes (max %d)", z.Offchain, lim.MaxOffchainBytes)
	}
	if z.State > lim.MaxStateEntries {
		return errs.Invalidf("state of %d entries (max %d)", z.State, lim.MaxStateEntries)
	}
	if z.Programs > 1 {
		return errs.Invalidf("%d programs sent; send at most the job's one", z.Programs)
	}
	return nil
}

// The costly steps of checking a request, as Options.OnCheck names them.
const (
	CheckProgram  = "program"  // loading an ELF and hashing its image (the program id)
	CheckOffchain = "offchain" // hashing the offchain input
	CheckState    = "state"    // hashing the state (its root)
)

// checking reports a costly step of size n to onCheck (when set).
func checking(onCheck func(step string, n int), step string, n int) {
	if onCheck != nil {
		onCheck(step, n)
	}
}

// enterWait takes one of the node's waiting places (Options.MaxWaiting) for
// owner (callerName: "" for the node's own and anonymous calls); the
// caller calls the returned release when its wait ends. Over the cap, or
// over an authenticated client's share of it (waitShare), it returns an
// error wrapping errs.ErrTooManyWaits.
func (s *Service) enterWait(owner string) (release func(), err error) {
	if s.opts.MaxWaiting > 0 && !s.waitsBy.take(owner, waitShare(s.opts.MaxWaiting)) {
		return nil, fmt.Errorf("%w: %s has %d calls waiting for jobs already, a client's share of this node's %d (max-waiting); ask again later, or with timeout 0 for the job's state now",
			errs.ErrTooManyWaits, owner, waitShare(s.opts.MaxWaiting), s.opts.MaxWaiting)
	}
	n := s.waiting.Add(1)
	if s.opts.MaxWaiting > 0 && n > int64(s.opts.MaxWaiting) {
		s.waiting.Add(-1)
		s.waitsBy.give(owner)
		return nil, fmt.Errorf("%w: %d calls are waiting for jobs already, the most this node holds (max-waiting); ask again later, or with timeout 0 for the job's state now",
			errs.ErrTooManyWaits, n-1)
	}
	return func() {
		s.waiting.Add(-1)
		if s.opts.MaxWaiting > 0 {
			s.waitsBy.give(owner)
		}
	}, nil
}

// Waiting is the number of waits in progress (Wait with a timeout on an
// active job), all doors together.
func (s *Service) Waiting() int { return int(s.waiting.Load()) }

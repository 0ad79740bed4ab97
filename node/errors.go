package node

import (
	"context"
	"errors"
	"fmt"

	"google.golang.org/grpc/codes"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// Domain errors of the node. Every error a door sees wraps one of these or a
// queue/executor sentinel; Classify maps it to protocol results.
var (
	// ErrInvalid: the request is not correct (bad hex, undecodable job,
	// wrong program id, mismatched hashes, sizes out of bounds).
	ErrInvalid = errors.New("invalid request")
	// ErrUnknownProgram: the job names a program the node does not have.
	ErrUnknownProgram = errors.New("unknown program")
	// ErrShuttingDown: the node is stopping and takes no new work.
	ErrShuttingDown = errors.New("node is shutting down")
	// ErrProofInvalid: a proof was made but did not verify.
	ErrProofInvalid = errors.New("proof did not verify")
)

func invalidf(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
}

// Class is how one error shows on each door. Code is the gRPC status code a
// door uses when it reports errors as statuses (the aggregator channel, the
// JSON gateway); the zkprover service itself answers with result codes and an
// OK status, as upstream clients expect.
type Class struct {
	Reason   string // short label for metrics and logs
	GenProof pb.GenProofResponse_ResultGenProof
	Execute  pb.ExecuteResponse_ResultExecute
	GetProof pb.GetProofResponse_ResultGetProof
	Cancel   pb.CancelResponse_ResultCancel
	Code     codes.Code
}

type errorRow struct {
	err   error
	class Class
}

// errorTable is the one mapping from domain errors to result codes; the
// first entry whose sentinel matches (errors.Is) wins. Unlisted errors are
// internal errors (internalClass).
func errorTable() []errorRow {
	return []errorRow{
		{ErrInvalid, Class{"invalid", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.InvalidArgument}},
		{ErrUnknownProgram, Class{"unknown_program", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.NotFound}},
		{executor.ErrBadELF, Class{"bad_elf", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.InvalidArgument}},
		{executor.ErrBadInput, Class{"bad_input", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.InvalidArgument}},
		{queue.ErrTooLarge, Class{"too_large", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.InvalidArgument}},
		{queue.ErrQueueFull, Class{"queue_full", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.ResourceExhausted}},
		{queue.ErrNotFound, Class{"not_found", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.NotFound}},
		{queue.ErrFinished, Class{"finished", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.FailedPrecondition}},
		{ErrShuttingDown, Class{"shutting_down", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.Unavailable}},
		{queue.ErrClosed, Class{"shutting_down", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.Unavailable}},
		// A program fault: the run was computed and is not valid.
		{faultSentinel{}, Class{"program", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR, pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.FailedPrecondition}},
		{executor.ErrTraceTooLong, Class{"too_long", pb.GenProofResponse_RESULT_GEN_PROOF_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR, pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.FailedPrecondition}},
		{ErrProofInvalid, Class{"verify", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.Internal}},
		{context.Canceled, Class{"cancelled", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_CANCEL, pb.GetProofResponse_RESULT_GET_PROOF_CANCEL, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.Canceled}},
		{context.DeadlineExceeded, Class{"deadline", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_CANCEL, pb.GetProofResponse_RESULT_GET_PROOF_PENDING, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.DeadlineExceeded}},
	}
}

func internalClass() Class {
	return Class{"internal", pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR, pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR, pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR, pb.CancelResponse_RESULT_CANCEL_ERROR, codes.Internal}
}

// faultSentinel matches any *executor.Fault through errors.As.
type faultSentinel struct{}

func (faultSentinel) Error() string { return "program fault" }

// Classify maps an error to its protocol results (nil error: zero Class).
func Classify(err error) Class {
	if err == nil {
		return Class{}
	}
	for _, e := range errorTable() {
		if _, ok := e.err.(faultSentinel); ok {
			var f *executor.Fault
			if errors.As(err, &f) {
				return e.class
			}
			continue
		}
		if errors.Is(err, e.err) {
			return e.class
		}
	}
	return internalClass()
}

// Package errs is the node's one error table: the domain errors every part
// returns, and how each shows on every door — a gRPC status code, an HTTP
// status, the zkprover.v1 result enums and the aggregator.v1 result enums.
//
// Parts return errors that wrap a sentinel (the ones below, or those of the
// queue, the executor and the prover); doors call Classify and read the column
// of their protocol. Failed jobs store the row's Reason, and ByReason maps a
// stored reason back to its row, so a failure reads the same whether it is
// reported at once or read back later.
package errs

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"google.golang.org/grpc/codes"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/executor"
	aggpb "github.com/zkprover/zkprover/proto/aggregator/v1"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/prover"
	"github.com/zkprover/zkprover/queue"
)

// Domain errors that belong to no lower part.
var (
	// ErrInvalid: the request is not correct (bad hex, undecodable job,
	// wrong program id, mismatched hashes, sizes out of bounds).
	ErrInvalid = errors.New("invalid request")
	// ErrUnknownProgram: the job names a program the node does not have.
	ErrUnknownProgram = errors.New("unknown program")
	// ErrShuttingDown: the node is stopping and takes no new work.
	ErrShuttingDown = errors.New("node is shutting down")
	// ErrNotSupported: the request is well formed but this node does not
	// serve it.
	ErrNotSupported = errors.New("not supported")
	// ErrRateLimited: the client submits faster than its admission rate.
	ErrRateLimited = errors.New("admission rate exceeded")
	// ErrUnavailable: a part the request needs is not ready (e.g. the chain
	// side while it starts); the request may be retried.
	ErrUnavailable = errors.New("unavailable")
	// ErrAlreadyExists: the job (e.g. a consumer's nonce) exists already.
	ErrAlreadyExists = errors.New("already exists")
	// ErrTooManyWaits: the node already holds as many waiting GetProof
	// calls (all streams and doors together) as it allows.
	ErrTooManyWaits = errors.New("too many waiting GetProof calls")
	// ErrTooManyExecutions: the node already runs as many Execute calls
	// (all doors together) as it allows.
	ErrTooManyExecutions = errors.New("too many executions in progress")
)

// Errors of lower parts the table names, under the names doors use.
var (
	// ErrProofInvalid: a proof was made (or received) but does not verify.
	ErrProofInvalid = prover.ErrInvalidProof
	// ErrTooLarge: a request over a size bound.
	ErrTooLarge = queue.ErrTooLarge
	// ErrNotFound: no job with that id.
	ErrNotFound = queue.ErrNotFound
	// ErrTooLong: a run longer than every class or the cycle limit.
	ErrTooLong = executor.ErrTraceTooLong
	// ErrProgramStoreFull: a new program does not fit the program store's
	// byte cap.
	ErrProgramStoreFull = queue.ErrProgramStoreFull
	// ErrUnauthenticated: no valid token.
	ErrUnauthenticated = auth.ErrUnauthenticated
	// ErrPermission: the token's role does not allow the call.
	ErrPermission = auth.ErrPermission
)

// Invalidf returns an error wrapping ErrInvalid.
func Invalidf(format string, a ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, a...))
}

// Class is how one error shows on each door.
type Class struct {
	// Reason is a short stable label: metrics, logs, and the failure reason
	// stored with a failed job.
	Reason string
	// Code is the gRPC status code (doors that answer with statuses).
	Code codes.Code
	// zkprover.v1 results.
	GenProof pb.GenProofResponse_ResultGenProof
	Execute  pb.ExecuteResponse_ResultExecute
	GetProof pb.GetProofResponse_ResultGetProof
	Cancel   pb.CancelResponse_ResultCancel
	// aggregator.v1 results: Agg for GenBatchProof, GenFinalProof and Cancel,
	// AggGetProof for GetProof.
	Agg         aggpb.Result
	AggGetProof aggpb.GetProofResponse_Result
}

// HTTP is the HTTP status of the class: the one grpc-gateway gives Code, so
// that JSON gateways and plain HTTP doors agree.
func (c Class) HTTP() int { return HTTPStatus(c.Code) }

// HTTPStatus maps a gRPC code to an HTTP status as grpc-gateway does.
func HTTPStatus(c codes.Code) int {
	switch c {
	case codes.OK:
		return http.StatusOK
	case codes.Canceled:
		return 499
	case codes.InvalidArgument, codes.FailedPrecondition, codes.OutOfRange:
		return http.StatusBadRequest
	case codes.DeadlineExceeded:
		return http.StatusGatewayTimeout
	case codes.NotFound:
		return http.StatusNotFound
	case codes.AlreadyExists, codes.Aborted:
		return http.StatusConflict
	case codes.PermissionDenied:
		return http.StatusForbidden
	case codes.Unauthenticated:
		return http.StatusUnauthorized
	case codes.ResourceExhausted:
		return http.StatusTooManyRequests
	case codes.Unimplemented:
		return http.StatusNotImplemented
	case codes.Unavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// Short names for the enums, to keep the table one row per error.
const (
	gpErr  = pb.GenProofResponse_RESULT_GEN_PROOF_ERROR
	gpInt  = pb.GenProofResponse_RESULT_GEN_PROOF_INTERNAL_ERROR
	exErr  = pb.ExecuteResponse_RESULT_EXECUTE_ERROR
	exInt  = pb.ExecuteResponse_RESULT_EXECUTE_INTERNAL_ERROR
	exRun  = pb.ExecuteResponse_RESULT_EXECUTE_COMPLETED_ERR
	exCan  = pb.ExecuteResponse_RESULT_EXECUTE_CANCEL
	gtErr  = pb.GetProofResponse_RESULT_GET_PROOF_ERROR
	gtInt  = pb.GetProofResponse_RESULT_GET_PROOF_INTERNAL_ERROR
	gtRun  = pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR
	gtCan  = pb.GetProofResponse_RESULT_GET_PROOF_CANCEL
	gtPend = pb.GetProofResponse_RESULT_GET_PROOF_PENDING
	cnErr  = pb.CancelResponse_RESULT_CANCEL_ERROR
	agErr  = aggpb.Result_RESULT_ERROR
	agInt  = aggpb.Result_RESULT_INTERNAL_ERROR
	aqErr  = aggpb.GetProofResponse_RESULT_ERROR
	aqInt  = aggpb.GetProofResponse_RESULT_INTERNAL_ERROR
	aqRun  = aggpb.GetProofResponse_RESULT_COMPLETED_ERROR
	aqCan  = aggpb.GetProofResponse_RESULT_CANCEL
	aqPend = aggpb.GetProofResponse_RESULT_PENDING
)

type row struct {
	match func(error) bool
	class Class
}

func is(target error) func(error) bool {
	return func(err error) bool { return errors.Is(err, target) }
}

func isFault(err error) bool {
	var f *executor.Fault
	return errors.As(err, &f)
}

// table is the one mapping from domain errors to what each door answers; the
// first row that matches wins. Unlisted errors are internal (Internal).
var table = []row{
	{is(ErrInvalid), Class{"invalid", codes.InvalidArgument, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(ErrUnknownProgram), Class{"unknown_program", codes.NotFound, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(executor.ErrBadELF), Class{"bad_elf", codes.InvalidArgument, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(executor.ErrBadInput), Class{"bad_input", codes.InvalidArgument, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(queue.ErrTooLarge), Class{"too_large", codes.InvalidArgument, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(ErrNotSupported), Class{"not_supported", codes.Unimplemented, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(ErrAlreadyExists), Class{"already_exists", codes.AlreadyExists, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(auth.ErrUnauthenticated), Class{"unauthenticated", codes.Unauthenticated, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(auth.ErrPermission), Class{"permission", codes.PermissionDenied, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(ErrRateLimited), Class{"rate_limited", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrOwnerFull), Class{"client_queue_full", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrDiskLow), Class{"disk_low", codes.Unavailable, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrQueueFull), Class{"queue_full", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrOwnerProgramsFull), Class{"client_program_store_full", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrProgramStoreFull), Class{"program_store_full", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(ErrTooManyWaits), Class{"too_many_waits", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(ErrTooManyExecutions), Class{"too_many_executions", codes.ResourceExhausted, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrNotFound), Class{"not_found", codes.NotFound, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(queue.ErrFinished), Class{"finished", codes.FailedPrecondition, gpErr, exErr, gtErr, cnErr, agErr, aqErr}},
	{is(ErrUnavailable), Class{"unavailable", codes.Unavailable, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(ErrShuttingDown), Class{"shutting_down", codes.Unavailable, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(queue.ErrClosed), Class{"shutting_down", codes.Unavailable, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	// A program fault: the run was computed and is not valid.
	{isFault, Class{"program", codes.FailedPrecondition, gpErr, exRun, gtRun, cnErr, agErr, aqRun}},
	{is(executor.ErrTraceTooLong), Class{"too_long", codes.FailedPrecondition, gpErr, exRun, gtRun, cnErr, agErr, aqRun}},
	// The node's keys changed on disk under it: its operator's to fix (a restart).
	{is(prover.ErrKeysChanged), Class{"keys_changed", codes.FailedPrecondition, gpInt, exInt, gtInt, cnErr, agInt, aqInt}},
	{is(prover.ErrInvalidProof), Class{"verify", codes.Internal, gpInt, exInt, gtRun, cnErr, agInt, aqRun}},
	{is(context.Canceled), Class{"cancelled", codes.Canceled, gpInt, exCan, gtCan, cnErr, agInt, aqCan}},
	{is(context.DeadlineExceeded), Class{"deadline", codes.DeadlineExceeded, gpInt, exCan, gtPend, cnErr, agInt, aqPend}},
}

// Internal is the class of errors no row matches.
var Internal = Class{"internal", codes.Internal, gpInt, exInt, gtInt, cnErr, agInt, aqInt}

// Classify maps an error to its class (nil error: the zero Class).
func Classify(err error) Class {
	if err == nil {
		return Class{}
	}
	for _, r := range table {
		if r.match(err) {
			return r.class
		}
	}
	return Internal
}

// ByReason is the class whose Reason is reason (a stored failure); Internal
// when none is.
func ByReason(reason string) Class {
	for _, r := range table {
		if r.class.Reason == reason {
			return r.class
		}
	}
	return Internal
}

// Reasons lists every reason of the table, in order (docs and tests).
func Reasons() []string {
	out := make([]string, 0, len(table)+1)
	seen := map[string]bool{}
	for _, r := range table {
		if !seen[r.class.Reason] {
			seen[r.class.Reason] = true
			out = append(out, r.class.Reason)
		}
	}
	return append(out, Internal.Reason)
}

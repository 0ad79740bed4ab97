package coprocessorpb

import (
	"testing"

	"google.golang.org/protobuf/reflect/protoreflect"
)

// TestUpstreamWire: every upstream message keeps its field names, numbers and
// kinds (../shared/spec/coprocessor.md); our additions are >= 16.
func TestUpstreamWire(t *testing.T) {
	type f struct {
		num  protoreflect.FieldNumber
		kind protoreflect.Kind
	}
	want := map[string]map[string]f{
		"SubmitJobRequest": {"request": {1, protoreflect.BytesKind}, "signature": {2, protoreflect.BytesKind},
			"offchain_input": {3, protoreflect.BytesKind}, "relay_strategy": {4, protoreflect.EnumKind}, "state": {16, protoreflect.BytesKind}},
		"SubmitJobResponse":       {"job_id": {1, protoreflect.BytesKind}},
		"GetResultRequest":        {"job_id": {1, protoreflect.BytesKind}},
		"GetResultResponse":       {"job_result": {1, protoreflect.MessageKind}},
		"SubmitProgramRequest":    {"program_elf": {1, protoreflect.BytesKind}, "program_id": {2, protoreflect.BytesKind}, "vm_type": {3, protoreflect.EnumKind}},
		"SubmitProgramResponse":   {"program_id": {1, protoreflect.BytesKind}},
		"GetPendingJobsRequest":   {"consumer_address": {1, protoreflect.BytesKind}},
		"GetPendingJobsResponse":  {"pending_jobs": {1, protoreflect.Uint64Kind}},
		"ContainsProgramRequest":  {"program_id": {1, protoreflect.BytesKind}},
		"ContainsProgramResponse": {"contains": {1, protoreflect.BoolKind}},
		"JobStatus":               {"status": {1, protoreflect.EnumKind}, "failure_reason": {2, protoreflect.StringKind}, "retries": {3, protoreflect.Uint32Kind}},
		"JobResult": {"id": {1, protoreflect.BytesKind}, "nonce": {2, protoreflect.Uint64Kind}, "max_cycles": {3, protoreflect.Uint64Kind},
			"consumer_address": {4, protoreflect.BytesKind}, "program_id": {5, protoreflect.BytesKind}, "onchain_input": {6, protoreflect.BytesKind},
			"offchain_input_hash": {7, protoreflect.BytesKind}, "request_signature": {8, protoreflect.BytesKind},
			"result_with_metadata": {9, protoreflect.BytesKind}, "zkvm_operator_signature": {10, protoreflect.BytesKind},
			"status": {11, protoreflect.MessageKind}, "relay_tx_hash": {12, protoreflect.BytesKind}},
	}
	fd := File_coprocessor_node_v1_coprocessor_node_proto
	if fd.Package() != "coprocessor_node.v1" || fd.Services().ByName("CoprocessorNode") == nil {
		t.Fatalf("package %s", fd.Package())
	}
	for msg, fields := range want {
		md := fd.Messages().ByName(protoreflect.Name(msg))
		if md == nil {
			t.Fatalf("no message %s", msg)
		}
		if md.Fields().Len() != len(fields) {
			t.Errorf("%s has %d fields, want %d", msg, md.Fields().Len(), len(fields))
		}
		for name, w := range fields {
			fld := md.Fields().ByName(protoreflect.Name(name))
			if fld == nil || fld.Number() != w.num || fld.Kind() != w.kind {
				t.Errorf("%s.%s: %v, want number %d kind %v", msg, name, fld, w.num, w.kind)
			}
		}
	}
	svc := fd.Services().ByName("CoprocessorNode")
	for _, m := range []string{"SubmitJob", "GetResult", "SubmitProgram", "GetPendingJobs", "ContainsProgram"} {
		if svc.Methods().ByName(protoreflect.Name(m)) == nil {
			t.Errorf("no method %s", m)
		}
	}
	if JobStatusType_JOB_STATUS_TYPE_PENDING != 1 || JobStatusType_JOB_STATUS_TYPE_RELAYED != 4 || RelayStrategy_RELAY_STRATEGY_ORDERED != 1 {
		t.Error("enum numbers")
	}
}

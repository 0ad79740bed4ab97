package aggregatorv1

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// upstream is the table of ../shared/spec/aggregator-channel.md: message ->
// "name number type" for every upstream field ("repeated " for lists,
// "map<k,v>" for maps, message and enum types by full name).
var upstream = map[string][]string{
	"Version": {"v0_0_1 1 string"},
	"AggregatorMessage": {
		"id 1 string",
		"get_status_request 2 message aggregator.v1.GetStatusRequest",
		"gen_batch_proof_request 3 message aggregator.v1.GenBatchProofRequest",
		"gen_aggregated_proof_request 4 message aggregator.v1.GenAggregatedProofRequest",
		"gen_final_proof_request 5 message aggregator.v1.GenFinalProofRequest",
		"cancel_request 6 message aggregator.v1.CancelRequest",
		"get_proof_request 7 message aggregator.v1.GetProofRequest",
		"gen_stateless_batch_proof_request 8 message aggregator.v1.GenStatelessBatchProofRequest",
	},
	"ProverMessage": {
		"id 1 string",
		"get_status_response 2 message aggregator.v1.GetStatusResponse",
		"gen_batch_proof_response 3 message aggregator.v1.GenBatchProofResponse",
		"gen_aggregated_proof_response 4 message aggregator.v1.GenAggregatedProofResponse",
		"gen_final_proof_response 5 message aggregator.v1.GenFinalProofResponse",
		"cancel_response 6 message aggregator.v1.CancelResponse",
		"get_proof_response 7 message aggregator.v1.GetProofResponse",
	},
	"GetStatusRequest":              {},
	"GenBatchProofRequest":          {"input 1 message aggregator.v1.InputProver"},
	"GenStatelessBatchProofRequest": {"input 1 message aggregator.v1.StatelessInputProver"},
	"GenAggregatedProofRequest":     {"recursive_proof_1 1 string", "recursive_proof_2 2 string"},
	"GenFinalProofRequest":          {"recursive_proof 1 string", "aggregator_addr 2 string"},
	"CancelRequest":                 {"id 1 string"},
	"GetProofRequest":               {"id 1 string", "timeout 2 uint64"},
	"GetStatusResponse": {
		"status 1 enum aggregator.v1.GetStatusResponse.Status",
		"last_computed_request_id 2 string",
		"last_computed_end_time 3 uint64",
		"current_computing_request_id 4 string",
		"current_computing_start_time 5 uint64",
		"version_proto 6 string",
		"version_server 7 string",
		"pending_request_queue_ids 8 repeated string",
		"prover_name 9 string",
		"prover_id 10 string",
		"number_of_cores 11 uint64",
		"total_memory 12 uint64",
		"free_memory 13 uint64",
		"fork_id 14 uint64",
	},
	"GenBatchProofResponse":      {"id 1 string", "result 2 enum aggregator.v1.Result"},
	"GenAggregatedProofResponse": {"id 1 string", "result 2 enum aggregator.v1.Result"},
	"GenFinalProofResponse":      {"id 1 string", "result 2 enum aggregator.v1.Result"},
	"CancelResponse":             {"result 1 enum aggregator.v1.Result"},
	"GetProofResponse": {
		"id 1 string",
		"final_proof 2 message aggregator.v1.FinalProof",
		"recursive_proof 3 string",
		"result 4 enum aggregator.v1.GetProofResponse.Result",
		"result_string 5 string",
	},
	"FinalProof": {"proof 1 string", "public 2 message aggregator.v1.PublicInputsExtended"},
	"PublicInputs": {
		"old_state_root 1 bytes",
		"old_acc_input_hash 2 bytes",
		"old_batch_num 3 uint64",
		"chain_id 4 uint64",
		"fork_id 5 uint64",
		"batch_l2_data 6 bytes",
		"l1_info_root 7 bytes",
		"timestamp_limit 8 uint64",
		"sequencer_addr 9 string",
		"forced_blockhash_l1 10 bytes",
		"aggregator_addr 12 string",
		"l1_info_tree_data 16 map<uint32,message aggregator.v1.L1Data>",
	},
	"StatelessPublicInputs": {
		"witness 1 bytes",
		"old_acc_input_hash 2 bytes",
		"old_batch_num 3 uint64",
		"chain_id 4 uint64",
		"fork_id 5 uint64",
		"batch_l2_data 6 bytes",
		"l1_info_root 7 bytes",
		"timestamp_limit 8 uint64",
		"sequencer_addr 9 string",
		"forced_blockhash_l1 10 bytes",
		"aggregator_addr 11 string",
		"l1_info_tree_data 12 map<uint32,message aggregator.v1.L1Data>",
	},
	"L1Data": {
		"global_exit_root 1 bytes",
		"blockhash_l1 2 bytes",
		"min_timestamp 3 uint32",
		"smt_proof 4 repeated bytes",
	},
	"InputProver": {
		"public_inputs 1 message aggregator.v1.PublicInputs",
		"db 4 map<string,string>",
		"contracts_bytecode 5 map<string,string>",
	},
	"StatelessInputProver": {"public_inputs 1 message aggregator.v1.StatelessPublicInputs"},
	"PublicInputsExtended": {
		"public_inputs 1 message aggregator.v1.PublicInputs",
		"new_state_root 2 bytes",
		"new_acc_input_hash 3 bytes",
		"new_local_exit_root 4 bytes",
		"new_batch_num 5 uint64",
	},
}

// upstreamOneofs: message -> oneof name -> its member fields, in order.
var upstreamOneofs = map[string]map[string]string{
	"AggregatorMessage": {"request": "get_status_request gen_batch_proof_request gen_aggregated_proof_request gen_final_proof_request cancel_request get_proof_request gen_stateless_batch_proof_request"},
	"ProverMessage":     {"response": "get_status_response gen_batch_proof_response gen_aggregated_proof_response gen_final_proof_response cancel_response get_proof_response"},
	"GetProofResponse":  {"proof": "final_proof recursive_proof"},
}

var upstreamEnums = map[string]string{
	"aggregator.v1.Result":                   "RESULT_UNSPECIFIED 0,RESULT_OK 1,RESULT_ERROR 2,RESULT_INTERNAL_ERROR 3",
	"aggregator.v1.GetStatusResponse.Status": "STATUS_UNSPECIFIED 0,STATUS_BOOTING 1,STATUS_COMPUTING 2,STATUS_IDLE 3,STATUS_HALT 4",
	"aggregator.v1.GetProofResponse.Result":  "RESULT_UNSPECIFIED 0,RESULT_COMPLETED_OK 1,RESULT_ERROR 2,RESULT_COMPLETED_ERROR 3,RESULT_PENDING 4,RESULT_INTERNAL_ERROR 5,RESULT_CANCEL 6",
}

// firstExtension is the lowest number our own fields may use; they may only
// sit in messages whose upstream fields are all below it.
const firstExtension = 16

func kindName(f protoreflect.FieldDescriptor) string {
	switch f.Kind() {
	case protoreflect.MessageKind:
		return "message " + string(f.Message().FullName())
	case protoreflect.EnumKind:
		return "enum " + string(f.Enum().FullName())
	default:
		return f.Kind().String()
	}
}

func fieldType(f protoreflect.FieldDescriptor) string {
	if f.IsMap() {
		return fmt.Sprintf("map<%s,%s>", kindName(f.MapKey()), kindName(f.MapValue()))
	}
	if f.IsList() {
		return "repeated " + kindName(f)
	}
	return kindName(f)
}

func TestWireMatchesUpstream(t *testing.T) {
	fd := File_aggregator_v1_aggregator_proto
	if fd.Package() != "aggregator.v1" {
		t.Fatalf("package %q, want aggregator.v1", fd.Package())
	}
	seen := map[string]bool{}
	var walk func(protoreflect.MessageDescriptors)
	walk = func(ms protoreflect.MessageDescriptors) {
		for i := 0; i < ms.Len(); i++ {
			m := ms.Get(i)
			if m.IsMapEntry() {
				continue
			}
			name := string(m.Name())
			want, ok := upstream[name]
			if !ok {
				t.Errorf("message %s is not upstream", name)
				continue
			}
			seen[name] = true
			byNum := map[int]string{}
			maxUp := 0
			for _, w := range want {
				var n string
				var num int
				if _, err := fmt.Sscanf(w, "%s %d", &n, &num); err != nil {
					t.Fatalf("table row %q: %v", w, err)
				}
				byNum[num] = w
				maxUp = max(maxUp, num)
			}
			fs := m.Fields()
			for j := 0; j < fs.Len(); j++ {
				f := fs.Get(j)
				got := fmt.Sprintf("%s %d %s", f.Name(), f.Number(), fieldType(f))
				if w, ok := byNum[int(f.Number())]; ok {
					if got != w {
						t.Errorf("%s: field %q, upstream %q", name, got, w)
					}
					delete(byNum, int(f.Number()))
					continue
				}
				if f.Number() < firstExtension || maxUp >= firstExtension {
					t.Errorf("%s: extension %q must use a number >= %d in a message without upstream fields there", name, got, firstExtension)
				}
				if f.ContainingOneof() != nil {
					t.Errorf("%s: extension %q is inside a oneof", name, got)
				}
			}
			for _, w := range byNum {
				t.Errorf("%s: upstream field %q missing", name, w)
			}
			for k := 0; k < m.Oneofs().Len(); k++ {
				o := m.Oneofs().Get(k)
				var members []string
				for f := 0; f < o.Fields().Len(); f++ {
					members = append(members, string(o.Fields().Get(f).Name()))
				}
				if want := upstreamOneofs[name][string(o.Name())]; strings.Join(members, " ") != want {
					t.Errorf("%s: oneof %s = %v, upstream %q", name, o.Name(), members, want)
				}
			}
			walk(m.Messages())
		}
	}
	walk(fd.Messages())
	for name := range upstream {
		if !seen[name] {
			t.Errorf("upstream message %s missing", name)
		}
	}

	enums := map[string]string{}
	addEnum := func(e protoreflect.EnumDescriptor) {
		var vals []string
		for v := 0; v < e.Values().Len(); v++ {
			vals = append(vals, fmt.Sprintf("%s %d", e.Values().Get(v).Name(), e.Values().Get(v).Number()))
		}
		sort.Strings(vals)
		enums[string(e.FullName())] = strings.Join(vals, ",")
	}
	for i := 0; i < fd.Enums().Len(); i++ {
		addEnum(fd.Enums().Get(i))
	}
	for i := 0; i < fd.Messages().Len(); i++ {
		for k := 0; k < fd.Messages().Get(i).Enums().Len(); k++ {
			addEnum(fd.Messages().Get(i).Enums().Get(k))
		}
	}
	for name, want := range upstreamEnums {
		w := strings.Split(want, ",")
		sort.Strings(w)
		if got := enums[name]; got != strings.Join(w, ",") {
			t.Errorf("enum %s = %q, upstream %q", name, got, want)
		}
		delete(enums, name)
	}
	for name := range enums {
		t.Errorf("enum %s is not upstream", name)
	}

	if fd.Services().Len() != 1 {
		t.Fatalf("%d services, want 1", fd.Services().Len())
	}
	svc := fd.Services().Get(0)
	if svc.FullName() != "aggregator.v1.AggregatorService" || svc.Methods().Len() != 1 {
		t.Fatalf("service %s with %d methods, want aggregator.v1.AggregatorService with Channel", svc.FullName(), svc.Methods().Len())
	}
	m := svc.Methods().Get(0)
	got := fmt.Sprintf("%s(%s) %s %t %t", m.Name(), m.Input().FullName(), m.Output().FullName(), m.IsStreamingClient(), m.IsStreamingServer())
	if want := "Channel(aggregator.v1.ProverMessage) aggregator.v1.AggregatorMessage true true"; got != want {
		t.Errorf("rpc %s, upstream %s", got, want)
	}
	if path := "/aggregator.v1.AggregatorService/Channel"; AggregatorService_Channel_FullMethodName != path {
		t.Errorf("method path %s, want %s", AggregatorService_Channel_FullMethodName, path)
	}
}

// TestWireBytes pins the encoding of a GetStatus exchange as the Go
// aggregator sends and reads it: tag bytes of the envelope and the oneof.
func TestWireBytes(t *testing.T) {
	b, err := proto.Marshal(&AggregatorMessage{Request: &AggregatorMessage_GetStatusRequest{GetStatusRequest: &GetStatusRequest{}}})
	if err != nil {
		t.Fatal(err)
	}
	// field 2, length-delimited, empty message; the empty id is not written.
	if want := []byte{0x12, 0x00}; string(b) != string(want) {
		t.Errorf("GetStatus request encodes as %x, want %x", b, want)
	}
	b, err = proto.Marshal(&ProverMessage{Id: "a", Response: &ProverMessage_GetStatusResponse{GetStatusResponse: &GetStatusResponse{
		Status: GetStatusResponse_STATUS_IDLE, ForkId: 9,
	}}})
	if err != nil {
		t.Fatal(err)
	}
	// id (1, "a"), response 2 { status 1 = 3, fork_id 14 = 9 }
	if want := []byte{0x0a, 0x01, 'a', 0x12, 0x04, 0x08, 0x03, 0x70, 0x09}; string(b) != string(want) {
		t.Errorf("GetStatus response encodes as %x, want %x", b, want)
	}
}

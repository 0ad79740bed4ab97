package zkproverv1

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"google.golang.org/protobuf/reflect/protoreflect"
)

// upstreamFields is the spec table (../shared/spec/zkprover-protocol.md):
// message -> "name number type" for every upstream field. Types are the
// protobuf kind, the message or enum full name, "repeated " for lists and
// "map<k,v>" for maps.
var upstreamFields = map[string][]string{
	"GetStatusRequest": {},
	"GetStatusResponse": {
		"state 1 enum zkprover.v1.GetStatusResponse.StatusProver",
		"last_computed_request_id 2 string",
		"last_computed_end_time 3 uint64",
		"current_computing_request_id 4 string",
		"current_computing_start_time 5 uint64",
		"version_proto 6 string",
		"version_server 7 string",
		"pending_request_queue_ids 8 repeated string",
	},
	"GenProofRequest": {"input 1 message zkprover.v1.InputProver"},
	"GenProofResponse": {
		"id 1 string",
		"result 2 enum zkprover.v1.GenProofResponse.ResultGenProof",
	},
	"CancelRequest":  {"id 1 string"},
	"CancelResponse": {"result 1 enum zkprover.v1.CancelResponse.ResultCancel"},
	"GetProofRequest": {
		"id 1 string",
		"timeout 2 uint64",
	},
	"GetProofResponse": {
		"id 1 string",
		"proof 2 message zkprover.v1.Proof",
		"public 3 message zkprover.v1.PublicInputsExtended",
		"result 4 enum zkprover.v1.GetProofResponse.ResultGetProof",
		"result_string 5 string",
	},
	"ExecuteRequest": {"input 1 message zkprover.v1.InputProver"},
	"ExecuteResponse": {
		"result 1 enum zkprover.v1.ExecuteResponse.ResultExecute",
		"diff_keys_values 2 map<string,string>",
		"new_state_root 3 string",
		"counters 4 message zkprover.v1.ZkCounters",
		"receipts 5 repeated string",
		"logs 6 repeated string",
	},
	"ZkCounters": {
		"ecrecover 1 uint32",
		"hash_poseidon 2 uint32",
		"hash_keccak 3 uint32",
		"arith 4 uint32",
	},
	"PublicInputs": {
		"old_state_root 1 string",
		"old_local_exit_root 2 string",
		"new_state_root 3 string",
		"new_local_exit_root 4 string",
		"sequencer_addr 5 string",
		"batch_hash_data 6 string",
		"chain_id 7 uint32",
		"batch_num 8 uint32",
		"block_num 9 uint32",
		"eth_timestamp 10 uint64",
	},
	"InputProver": {
		"public_inputs 1 message zkprover.v1.PublicInputs",
		"global_exit_root 2 string",
		"batch_l2_data 3 string",
		"db 4 map<string,string>",
		"contracts_bytecode 5 map<string,string>",
	},
	"ProofB": {"proofs 1 repeated string"},
	"Proof": {
		"proof_a 1 repeated string",
		"proof_b 2 repeated message zkprover.v1.ProofB",
		"proof_c 3 repeated string",
	},
	"PublicInputsExtended": {
		"public_inputs 1 message zkprover.v1.PublicInputs",
		"input_hash 2 string",
	},
	"Version": {"v0_0_1 1 string"},
}

// upstreamEnums: enum full name -> "VALUE number" for every value.
var upstreamEnums = map[string][]string{
	"zkprover.v1.GetStatusResponse.StatusProver": {
		"STATUS_PROVER_UNSPECIFIED 0", "STATUS_PROVER_BOOTING 1", "STATUS_PROVER_COMPUTING 2",
		"STATUS_PROVER_IDLE 3", "STATUS_PROVER_HALT 4",
	},
	"zkprover.v1.GenProofResponse.ResultGenProof": {
		"RESULT_GEN_PROOF_UNSPECIFIED 0", "RESULT_GEN_PROOF_OK 1", "RESULT_GEN_PROOF_ERROR 2",
		"RESULT_GEN_PROOF_INTERNAL_ERROR 3",
	},
	"zkprover.v1.CancelResponse.ResultCancel": {
		"RESULT_CANCEL_UNSPECIFIED 0", "RESULT_CANCEL_OK 1", "RESULT_CANCEL_ERROR 2",
	},
	"zkprover.v1.GetProofResponse.ResultGetProof": {
		"RESULT_GET_PROOF_UNSPECIFIED 0", "RESULT_GET_PROOF_COMPLETED_OK 1", "RESULT_GET_PROOF_ERROR 2",
		"RESULT_GET_PROOF_COMPLETED_ERROR 3", "RESULT_GET_PROOF_PENDING 4",
		"RESULT_GET_PROOF_INTERNAL_ERROR 5", "RESULT_GET_PROOF_CANCEL 6",
	},
	"zkprover.v1.ExecuteResponse.ResultExecute": {
		"RESULT_EXECUTE_UNSPECIFIED 0", "RESULT_EXECUTE_COMPLETED_OK 1", "RESULT_EXECUTE_ERROR 2",
		"RESULT_EXECUTE_COMPLETED_ERR 3", "RESULT_EXECUTE_INTERNAL_ERROR 4", "RESULT_EXECUTE_CANCEL 5",
	},
}

// upstreamRPCs: method -> "Input Output clientStreaming serverStreaming".
var upstreamRPCs = map[string]string{
	"GetStatus": "zkprover.v1.GetStatusRequest zkprover.v1.GetStatusResponse false false",
	"GenProof":  "zkprover.v1.GenProofRequest zkprover.v1.GenProofResponse false false",
	"Cancel":    "zkprover.v1.CancelRequest zkprover.v1.CancelResponse false false",
	"GetProof":  "zkprover.v1.GetProofRequest zkprover.v1.GetProofResponse true true",
	"Execute":   "zkprover.v1.ExecuteRequest zkprover.v1.ExecuteResponse true true",
}

// firstExtension is the lowest field number our own fields may use.
const firstExtension = 16

func fieldType(f protoreflect.FieldDescriptor) string {
	if f.IsMap() {
		return fmt.Sprintf("map<%s,%s>", kindName(f.MapKey()), kindName(f.MapValue()))
	}
	t := kindName(f)
	if f.IsList() {
		t = "repeated " + t
	}
	return t
}

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

func TestWireMatchesUpstream(t *testing.T) {
	fd := File_zkprover_v1_zk_prover_proto
	if got := fd.Package(); got != "zkprover.v1" {
		t.Fatalf("package = %q, want zkprover.v1", got)
	}
	if got := fd.Path(); got != "zkprover/v1/zk_prover.proto" {
		t.Errorf("file path = %q, want zkprover/v1/zk_prover.proto", got)
	}

	msgs := fd.Messages()
	seen := map[string]bool{}
	for i := 0; i < msgs.Len(); i++ {
		m := msgs.Get(i)
		name := string(m.Name())
		want, ok := upstreamFields[name]
		if !ok {
			t.Errorf("message %s is not in the upstream table", name)
			continue
		}
		seen[name] = true
		wantByNum := map[int]string{}
		for _, w := range want {
			var fname string
			var num int
			if _, err := fmt.Sscanf(w, "%s %d", &fname, &num); err != nil {
				t.Fatalf("bad table row %q: %v", w, err)
			}
			wantByNum[num] = w
		}
		fields := m.Fields()
		for j := 0; j < fields.Len(); j++ {
			f := fields.Get(j)
			num := int(f.Number())
			got := fmt.Sprintf("%s %d %s", f.Name(), num, fieldType(f))
			if w, ok := wantByNum[num]; ok {
				if got != w {
					t.Errorf("%s field %d = %q, want %q", name, num, got, w)
				}
				delete(wantByNum, num)
			} else if num < firstExtension {
				t.Errorf("%s: extension field %q uses number %d < %d", name, got, num, firstExtension)
			}
		}
		for _, w := range wantByNum {
			t.Errorf("%s: upstream field %q missing", name, w)
		}
	}
	for name := range upstreamFields {
		if !seen[name] {
			t.Errorf("upstream message %s missing", name)
		}
	}

	// Enums (all nested in their messages, as upstream).
	gotEnums := map[string][]string{}
	var collect func(protoreflect.MessageDescriptors)
	collect = func(ms protoreflect.MessageDescriptors) {
		for i := 0; i < ms.Len(); i++ {
			m := ms.Get(i)
			for k := 0; k < m.Enums().Len(); k++ {
				e := m.Enums().Get(k)
				var vals []string
				for v := 0; v < e.Values().Len(); v++ {
					ev := e.Values().Get(v)
					vals = append(vals, fmt.Sprintf("%s %d", ev.Name(), ev.Number()))
				}
				gotEnums[string(e.FullName())] = vals
			}
			collect(m.Messages())
		}
	}
	collect(msgs)
	if fd.Enums().Len() != 0 {
		t.Errorf("top-level enums present; upstream nests every enum in its message")
	}
	for name, want := range upstreamEnums {
		got, ok := gotEnums[name]
		if !ok {
			t.Errorf("enum %s missing", name)
			continue
		}
		sort.Strings(got)
		w := append([]string(nil), want...)
		sort.Strings(w)
		if strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("enum %s = %v, want %v", name, got, w)
		}
	}
	for name := range gotEnums {
		if _, ok := upstreamEnums[name]; !ok {
			t.Errorf("enum %s is not upstream", name)
		}
	}

	// Service.
	if fd.Services().Len() != 1 {
		t.Fatalf("%d services, want 1", fd.Services().Len())
	}
	svc := fd.Services().Get(0)
	if svc.FullName() != "zkprover.v1.ZKProverService" {
		t.Errorf("service = %s", svc.FullName())
	}
	if svc.Methods().Len() != len(upstreamRPCs) {
		t.Errorf("%d methods, want %d", svc.Methods().Len(), len(upstreamRPCs))
	}
	for i := 0; i < svc.Methods().Len(); i++ {
		m := svc.Methods().Get(i)
		got := fmt.Sprintf("%s %s %t %t", m.Input().FullName(), m.Output().FullName(), m.IsStreamingClient(), m.IsStreamingServer())
		if want := upstreamRPCs[string(m.Name())]; got != want {
			t.Errorf("rpc %s = %q, want %q", m.Name(), got, want)
		}
	}
}

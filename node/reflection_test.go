package node

import (
	"slices"
	"testing"

	rpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"

	"github.com/zkprover/zkprover/doors/zkprover"
)

// TestServerReflection: the node answers gRPC server reflection (what
// grpcurl and grpcui use): it lists the zkprover.v1 and health services and
// sends the file that defines ZKProverService, with its rpcs.
func TestServerReflection(t *testing.T) {
	tn := startNode(t, t.TempDir(), nil, nil)
	stream, err := rpb.NewServerReflectionClient(tn.conn).ServerReflectionInfo(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = stream.CloseSend() }()
	if err := stream.Send(&rpb.ServerReflectionRequest{MessageRequest: &rpb.ServerReflectionRequest_ListServices{}}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	for _, want := range []string{zkprover.ServiceName, "grpc.health.v1.Health"} {
		if !slices.Contains(names, want) {
			t.Fatalf("reflection lists %v, not %s", names, want)
		}
	}
	if err := stream.Send(&rpb.ServerReflectionRequest{MessageRequest: &rpb.ServerReflectionRequest_FileContainingSymbol{
		FileContainingSymbol: zkprover.ServiceName}}); err != nil {
		t.Fatal(err)
	}
	if resp, err = stream.Recv(); err != nil {
		t.Fatal(err)
	}
	var methods []string
	for _, b := range resp.GetFileDescriptorResponse().GetFileDescriptorProto() {
		var fd descriptorpb.FileDescriptorProto
		if err := proto.Unmarshal(b, &fd); err != nil {
			t.Fatal(err)
		}
		for _, s := range fd.GetService() {
			if fd.GetPackage()+"."+s.GetName() == zkprover.ServiceName {
				for _, m := range s.GetMethod() {
					methods = append(methods, m.GetName())
				}
			}
		}
	}
	for _, want := range []string{"GetStatus", "GenProof", "GetProof", "Cancel", "Execute"} {
		if !slices.Contains(methods, want) {
			t.Fatalf("the reflected ZKProverService has rpcs %v, not %s", methods, want)
		}
	}
}

// Package proto holds the gRPC definitions (zkprover/v1, aggregator/v1,
// coprocessor_node/v1 with its JSON gateway) and
// their generated Go, which is committed; this test checks that it is current.
package proto

import (
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedCodeIsCurrent regenerates the Go of every .proto file (when
// protoc and the pinned plugins are installed, as `make generators` and `make
// proto` install them) and compares it with the committed files, tool version
// comments aside.
func TestGeneratedCodeIsCurrent(t *testing.T) {
	gobin := filepath.Join(build.Default.GOPATH, "bin")
	path := os.Getenv("PATH") + string(os.PathListSeparator) + gobin
	find := func(name string) string {
		for _, dir := range filepath.SplitList(path) {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				return p
			}
		}
		return ""
	}
	protoc, genGo, genGrpc := find("protoc"), find("protoc-gen-go"), find("protoc-gen-go-grpc")
	if protoc == "" || genGo == "" || genGrpc == "" {
		t.Skip("protoc, protoc-gen-go or protoc-gen-go-grpc not installed (make generators installs them)")
	}
	protos, err := filepath.Glob("*/v*/*.proto")
	if err != nil || len(protos) < 2 {
		t.Fatalf("proto files: %v %v", protos, err)
	}
	out := t.TempDir()
	args := []string{"-I", ".", "--plugin=protoc-gen-go=" + genGo, "--plugin=protoc-gen-go-grpc=" + genGrpc,
		"--go_out=" + out, "--go_opt=paths=source_relative",
		"--go-grpc_out=" + out, "--go-grpc_opt=paths=source_relative"}
	if b, err := exec.Command(protoc, append(args, protos...)...).CombinedOutput(); err != nil {
		t.Fatalf("protoc: %v\n%s", err, b)
	}
	strip := func(b []byte) string {
		var keep []string
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "// \tprotoc") || strings.HasPrefix(l, "// - protoc") {
				continue // tool versions
			}
			keep = append(keep, l)
		}
		return strings.Join(keep, "\n")
	}
	for _, src := range protos {
		base := strings.TrimSuffix(src, ".proto")
		for _, name := range []string{base + ".pb.go", base + "_grpc.pb.go"} {
			fresh, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			committed, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v: run `make proto`", err)
			}
			if strip(fresh) != strip(committed) {
				t.Errorf("%s is not what %s generates: run `make proto`", name, src)
			}
		}
	}

	// The JSON gateways: a .proto with a gateway.yaml (its HTTP routes) beside it.
	genGW := find("protoc-gen-grpc-gateway")
	gateways, err := filepath.Glob("*/v*/gateway.yaml")
	if err != nil || len(gateways) == 0 {
		t.Fatalf("gateway configurations: %v %v", gateways, err)
	}
	if genGW == "" {
		t.Skip("protoc-gen-grpc-gateway not installed (make generators installs it)")
	}
	for _, y := range gateways {
		srcs, err := filepath.Glob(filepath.Join(filepath.Dir(y), "*.proto"))
		if err != nil || len(srcs) == 0 {
			t.Fatalf("protos beside %s: %v", y, err)
		}
		args := []string{"-I", ".", "--plugin=protoc-gen-grpc-gateway=" + genGW, "--grpc-gateway_out=" + out,
			"--grpc-gateway_opt=paths=source_relative", "--grpc-gateway_opt=grpc_api_configuration=" + y}
		if b, err := exec.Command(protoc, append(args, srcs...)...).CombinedOutput(); err != nil {
			t.Fatalf("protoc (gateway): %v\n%s", err, b)
		}
		for _, src := range srcs {
			name := strings.TrimSuffix(src, ".proto") + ".pb.gw.go"
			fresh, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			committed, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v: run `make proto`", err)
			}
			if strip(fresh) != strip(committed) {
				t.Errorf("%s is not what %s and %s generate: run `make proto`", name, src, y)
			}
		}
	}
}

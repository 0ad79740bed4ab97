package coprocessor

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/zkprover/zkprover/contracts"
	pb "github.com/zkprover/zkprover/proto/coprocessor_node/v1"
)

// BenchmarkSubmitJob: SubmitJob admissions per second over gRPC from 16
// concurrent callers, each request signed (EIP-712) and its signature
// recovered and checked before the job is stored (fsync'd queue):
//
//	go test -run '^$' -bench SubmitJob -benchtime 2000x ./doors/coprocessor
func BenchmarkSubmitJob(b *testing.B) {
	td := startDoorB(b)
	elf := readExample(b, "fibonacci")
	if _, err := td.client.SubmitProgram(context.Background(), &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		b.Fatal(err)
	}
	prog := programID(b, elf)
	reqs := make([]*pb.SubmitJobRequest, b.N)
	for i := range reqs {
		reqs[i] = td.job(b, prog, contracts.OffchainNonceMin+uint64(i), le32(uint32(i)), nil, nil)
	}
	var next atomic.Int64
	b.SetParallelism(8)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(p *testing.PB) {
		for p.Next() {
			i := next.Add(1) - 1
			if _, err := td.client.SubmitJob(context.Background(), reqs[i]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "admissions/s")
}

// BenchmarkGatewayOverhead: one ContainsProgram round trip over gRPC against
// the same call through the JSON gateway (HTTP, hex JSON).
func BenchmarkGatewayOverhead(b *testing.B) {
	td := startDoorB(b)
	elf := readExample(b, "fibonacci")
	if _, err := td.client.SubmitProgram(context.Background(), &pb.SubmitProgramRequest{ProgramElf: elf}); err != nil {
		b.Fatal(err)
	}
	id := programID(b, elf)
	b.Run("grpc", func(b *testing.B) {
		for range b.N {
			if _, err := td.client.ContainsProgram(context.Background(), &pb.ContainsProgramRequest{ProgramId: id}); err != nil {
				b.Fatal(err)
			}
		}
	})
	body, _ := json.Marshal(map[string]string{"programId": hex.EncodeToString(id)})
	c := &http.Client{}
	b.Run("gateway", func(b *testing.B) {
		for range b.N {
			resp, err := c.Post(td.gateway+"/v1/coprocessor_node/contains_program", "application/json", bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			_ = resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Fatal(resp.Status)
			}
		}
	})
}

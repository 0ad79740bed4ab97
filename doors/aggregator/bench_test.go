package aggregator

import (
	"testing"

	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/aggregator/v1"
)

// BenchmarkGetStatus is one lockstep GetStatus round trip on the channel
// (aggregator on loopback, node without a prover).
func BenchmarkGetStatus(b *testing.B) {
	agg := startAgg(b, "127.0.0.1:0", 0)
	startNode(b, b.TempDir(), nodeOpts{aggs: []string{agg.addr()}})
	p := agg.next(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.status(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenBatchProof is one GenBatchProof admission on the channel: the
// input is mapped, validated (program id, hashes, state root) and the job
// stored in the durable queue (fsync on), then answered. The program is
// known to the node, as after the first job.
func BenchmarkGenBatchProof(b *testing.B) {
	agg := startAgg(b, "127.0.0.1:0", 0)
	startNode(b, b.TempDir(), nodeOpts{aggs: []string{agg.addr()}, pending: 1 << 30})
	p := agg.next(b)
	fib := readExample(b, "fibonacci")
	if r := p.genBatch(b, aggInput(b, fib, &executor.Input{Onchain: words(3)}, 0, true)); r.Result != pb.Result_RESULT_OK {
		b.Fatal(r)
	}
	ins := make([]*pb.InputProver, b.N)
	for i := range ins {
		ins[i] = aggInput(b, fib, &executor.Input{Onchain: words(3)}, uint64(i+1), false)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if r := p.genBatch(b, ins[i]); r.Result != pb.Result_RESULT_OK {
			b.Fatal(r)
		}
	}
}

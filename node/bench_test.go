package node

import (
	"context"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/queue"
)

// The benchmarks run a node without a prover (workers never start), so they
// measure the node itself: admission into the durable queue, status, and the
// wake-up of waiting GetProof calls. Run them with
//
//	go test -run '^$' -bench . -benchtime 2000x ./node

// BenchmarkGenProofAdmission: GenProof calls per second from 32 concurrent
// callers over one connection, each admitted into the fsync'd Badger queue.
func BenchmarkGenProofAdmission(b *testing.B) {
	elf := readExample(b, "fibonacci")
	for _, withELF := range []bool{false, true} {
		name := "known-program"
		if withELF {
			name = "with-elf"
		}
		b.Run(name, func(b *testing.B) {
			tn := startNode(b, b.TempDir(), nil, func(c *config.Config) { c.Queue.MaxPending = 1 << 22 })
			in := input(b, elf, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{IncludeELF: true})
			// the first job registers the program
			if r, err := tn.client.GenProof(context.Background(), &pb.GenProofRequest{Input: in}); err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
				b.Fatalf("%v %v", r, err)
			}
			if !withELF {
				in = input(b, elf, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{})
			}
			req := &pb.GenProofRequest{Input: in}
			b.SetParallelism(16)
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb_ *testing.PB) {
				for pb_.Next() {
					r, err := tn.client.GenProof(context.Background(), req)
					if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
						b.Errorf("%v %v", r, err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "admissions/s")
		})
	}
}

// BenchmarkGetStatus100Clients: GetStatus latency with 100 clients, each on
// its own connection, calling at the same time (100 jobs queued).
func BenchmarkGetStatus100Clients(b *testing.B) {
	const clients = 100
	tn := startNode(b, b.TempDir(), nil, nil)
	elf := readExample(b, "fibonacci")
	for i := 0; i < 100; i++ {
		in := input(b, elf, &executor.Input{Onchain: words(uint32(i))}, zkprover.InputOptions{IncludeELF: i == 0, Nonce: uint64(i)})
		if r, err := tn.client.GenProof(context.Background(), &pb.GenProofRequest{Input: in}); err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			b.Fatalf("%v %v", r, err)
		}
	}
	conns := make([]pb.ZKProverServiceClient, clients)
	for i := range conns {
		c, err := grpc.NewClient("passthrough:///"+tn.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = c.Close() })
		conns[i] = pb.NewZKProverServiceClient(c)
		if _, err := conns[i].GetStatus(context.Background(), &pb.GetStatusRequest{}); err != nil { // connect
			b.Fatal(err)
		}
	}
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < clients; i++ {
		n := b.N / clients
		if i < b.N%clients {
			n++
		}
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			for k := 0; k < n; k++ {
				t0 := time.Now()
				st, err := conns[i].GetStatus(context.Background(), &pb.GetStatusRequest{})
				if err != nil || len(st.PendingRequestQueueIds) != 100 {
					b.Errorf("GetStatus: %v", err)
					return
				}
				lat[i] = append(lat[i], time.Since(t0))
			}
		}(i, n)
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(a, c int) bool { return all[a] < all[c] })
	if len(all) > 0 {
		b.ReportMetric(float64(all[len(all)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(all[len(all)*99/100].Microseconds()), "p99-µs")
		b.ReportMetric(float64(len(all))/elapsed.Seconds(), "calls/s")
	}
}

// BenchmarkFinishToGetProofAnswer: time from a worker recording a job's
// result (queue Finish, fsync'd) to the answer of a GetProof call that was
// waiting for it on a stream; "wake-µs" excludes the durable write.
func BenchmarkFinishToGetProofAnswer(b *testing.B) {
	tn := startNode(b, b.TempDir(), nil, func(c *config.Config) { c.Queue.MaxPending = 1 << 20 })
	elf := readExample(b, "fibonacci")
	in := input(b, elf, &executor.Input{Onchain: words(3)}, zkprover.InputOptions{IncludeELF: true})
	stream, err := tn.client.GetProof(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = stream.CloseSend() }()
	var total, wake time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r, err := tn.client.GenProof(context.Background(), &pb.GenProofRequest{Input: in})
		if err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
			b.Fatalf("%v %v", r, err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		job, _, err := tn.store.Next(ctx)
		cancel()
		if err != nil || job.ID != r.Id {
			b.Fatalf("next: %v", err)
		}
		if err := stream.Send(&pb.GetProofRequest{Id: r.Id, Timeout: 60}); err != nil {
			b.Fatal(err)
		}
		for gaugeValue(tn.metrics.GetProofWaits) < 1 { // the request is waiting
			time.Sleep(50 * time.Microsecond)
		}
		b.StartTimer()
		t0 := time.Now()
		if _, err := tn.store.Finish(r.Id, queue.Failed, queue.Result{Reason: "program", Error: "benchmark"}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		resp, err := stream.Recv()
		t2 := time.Now()
		if err != nil || resp.Id != r.Id || resp.Result != pb.GetProofResponse_RESULT_GET_PROOF_COMPLETED_ERROR {
			b.Fatalf("%v %v", resp, err)
		}
		total += t2.Sub(t0)
		wake += t2.Sub(t1)
		b.StopTimer()
		for gaugeValue(tn.metrics.GetProofWaits) > 0 {
			time.Sleep(50 * time.Microsecond)
		}
	}
	b.ReportMetric(float64(total.Microseconds())/float64(b.N), "finish-to-answer-µs")
	b.ReportMetric(float64(wake.Microseconds())/float64(b.N), "wake-µs")
}

func gaugeValue(g prometheus.Gauge) float64 {
	var m dto.Metric
	if err := g.Write(&m); err != nil {
		return 0
	}
	return m.GetGauge().GetValue()
}

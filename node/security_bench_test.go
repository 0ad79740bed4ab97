package node

import (
	"context"
	"testing"
	"time"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/zkprover"
	"github.com/zkprover/zkprover/executor"
	pb "github.com/zkprover/zkprover/proto/zkprover/v1"
	"github.com/zkprover/zkprover/tlsconf"
	"github.com/zkprover/zkprover/tlsconf/tlstest"
)

// BenchmarkAdmissionSecurity: GenProof admissions per second of a known
// program from 16 concurrent callers over one connection, plaintext without
// tokens against TLS with a bearer token (docs/security.md):
//
//	go test -run '^$' -bench AdmissionSecurity -benchtime 3000x ./node
func BenchmarkAdmissionSecurity(b *testing.B) {
	elf := readExample(b, "fibonacci")
	for _, secure := range []bool{false, true} {
		name := "plaintext-no-token"
		if secure {
			name = "tls-token"
		}
		b.Run(name, func(b *testing.B) {
			ca := tlstest.NewCA(b)
			cert, key := ca.Issue(b, "node", true)
			tokens := writeTokensTB(b, "bench:"+auth.Hash("bench-token"))
			tn := startNode(b, b.TempDir(), nil, func(c *config.Config) {
				c.Queue.MaxPending = 1 << 22
				if secure {
					c.Security.TLSCert, c.Security.TLSKey, c.Security.AuthTokens = cert, key, tokens
				}
			})
			client := tn.client
			if secure {
				tc, err := (tlsconf.Client{CAFile: ca.File, ServerName: "127.0.0.1"}).Config()
				if err != nil {
					b.Fatal(err)
				}
				client = dialTB(b, tn.Addr().String(), tc, "bench-token")
			}
			in := input(b, elf, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{IncludeELF: true})
			if r, err := client.GenProof(context.Background(), &pb.GenProofRequest{Input: in}); err != nil || r.Result != pb.GenProofResponse_RESULT_GEN_PROOF_OK {
				b.Fatalf("%v %v", r, err)
			}
			req := &pb.GenProofRequest{Input: input(b, elf, &executor.Input{Onchain: words(10)}, zkprover.InputOptions{})}
			b.SetParallelism(16)
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(p *testing.PB) {
				for p.Next() {
					r, err := client.GenProof(context.Background(), req)
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

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/doors/chain"
)

func newRelayCmd() *cobra.Command {
	var addr string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Show where results stand on chain (relay status of a running node)",
	}
	cmd.PersistentFlags().StringVar(&addr, "relay-status-addr", "127.0.0.1:9465", "the node's relay status API address")
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print the JSON the node returns")
	get := func(ctx context.Context, path string) ([]byte, error) {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
		if err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, fmt.Errorf("asking the node at %s: %w", addr, err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("reading the node's answer: %w", err)
		}
		if resp.StatusCode != http.StatusOK {
			var m struct{ Message string }
			_ = json.Unmarshal(b, &m)
			return nil, fmt.Errorf("node answered %s: %s", resp.Status, m.Message)
		}
		return b, nil
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List every chain request the node took and its relay status",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := get(cmd.Context(), "/v1/relay")
			if err != nil {
				return err
			}
			if asJSON {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			var all struct {
				Requests []chain.Status `json:"requests"`
				Counts   map[string]int `json:"counts"`
				Relayer  string         `json:"relayer"`
			}
			if err := json.Unmarshal(b, &all); err != nil {
				return fmt.Errorf("decoding the node's answer: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "relayer %s, transactions by state %v\n", all.Relayer, all.Counts)
			for _, s := range all.Requests {
				fmt.Fprintf(cmd.OutOrStdout(), "%s  job %s  %s\n", s.ID, orDash(s.NodeJob), s.Summary())
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "status ID",
		Short: "Relay status of one request: an onchain job id (0x..), a relay id (job/0x.., sub/1/2) or a node job id",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := get(cmd.Context(), "/v1/relay/"+url.PathEscape(args[0]))
			if err != nil {
				return err
			}
			if asJSON {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			var s chain.Status
			if err := json.Unmarshal(b, &s); err != nil {
				return fmt.Errorf("decoding the node's answer: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\nnode job: %s\nstatus:   %s\n", s.ID, orDash(s.NodeJob), s.Summary())
			if s.Relay != nil {
				for i, a := range s.Relay.Attempts {
					note := ""
					if a.Rejected != "" {
						note = " rejected: " + a.Rejected
					}
					fmt.Fprintf(cmd.OutOrStdout(), "attempt %d: %s nonce %d fee cap %s tip %s%s\n", i+1, a.Hash.Hex(), a.Nonce, a.FeeCap, a.TipCap, note)
				}
			}
			return nil
		},
	})
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkprover/zkprover/config"
	"github.com/zkprover/zkprover/doors/chain"
	"github.com/zkprover/zkprover/relayer"
	"github.com/zkprover/zkprover/tlsconf"
)

// statusAPI is a client of a node's relay status API (HTTP, JSON; HTTPS
// when the node serves it with TLS, as it does every listener with tls-cert).
type statusAPI struct {
	addr                   string
	tls                    bool
	tlsCA, tlsCert, tlsKey string
}

// register adds --relay-status-addr (default $ZKPROVER_RELAY_STATUS_ADDR,
// else the node's default) and the TLS flags of the client commands.
func (a *statusAPI) register(fl interface {
	StringVar(p *string, name, value, usage string)
	BoolVar(p *bool, name string, value bool, usage string)
},
) {
	def := os.Getenv("ZKPROVER_RELAY_STATUS_ADDR")
	if def == "" {
		def = config.Default().Chain.StatusAddr
	}
	fl.StringVar(&a.addr, "relay-status-addr", def, "the node's relay status API address (env ZKPROVER_RELAY_STATUS_ADDR)")
	fl.BoolVar(&a.tls, "tls", false, "connect over TLS (implied by --tls-ca and --tls-cert)")
	fl.StringVar(&a.tlsCA, "tls-ca", "", "CA (PEM) of the node's certificate (default: the system's roots)")
	fl.StringVar(&a.tlsCert, "tls-cert", "", "client certificate (PEM) for a node that requires one (mTLS)")
	fl.StringVar(&a.tlsKey, "tls-key", "", "key (PEM) of --tls-cert")
}

// client is the HTTP client and URL scheme of the status API.
func (a *statusAPI) client() (*http.Client, string, error) {
	if !a.tls && a.tlsCA == "" && a.tlsCert == "" {
		return http.DefaultClient, "http://", nil
	}
	tc, err := (tlsconf.Client{CAFile: a.tlsCA, CertFile: a.tlsCert, KeyFile: a.tlsKey}).Config()
	if err != nil {
		return nil, "", err
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}, "https://", nil
}

// get fetches path; the bearer token comes from $ZKPROVER_TOKEN (sent over
// TLS, or in plaintext to a loopback address only).
func (a *statusAPI) get(ctx context.Context, path string) ([]byte, error) {
	return a.do(ctx, http.MethodGet, path)
}

// do sends a bodiless request and returns the answer's body (an error for any status but 200,
// with the node's message).
func (a *statusAPI) do(ctx context.Context, method, path string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	hc, scheme, err := a.client()
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, scheme+a.addr+path, nil)
	if err != nil {
		return nil, fmt.Errorf("asking the node at %s: %w", a.addr, err)
	}
	if method != http.MethodGet {
		req.Header.Set("Content-Type", "application/json") // what the node's POST routes demand
	}
	if tok := os.Getenv("ZKPROVER_TOKEN"); tok != "" {
		if err := tokenTransport(a.addr, tlsconf.Loopback(a.addr), scheme == "https://"); err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := hc.Do(req)
	if err != nil {
		if strings.Contains(err.Error(), "connection refused") {
			return nil, fmt.Errorf("not listening yet on %s: no relay status API there (the node starts it once its keys are ready and its chain side is up; a node started with another relay-status-addr: pass it as --relay-status-addr)", a.addr)
		}
		return nil, fmt.Errorf("asking the node at %s: %w", a.addr, err)
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

// relayList is the answer of GET /v1/relay (a page: Next is the cursor of
// the following one, "" on the last).
type relayList struct {
	Requests []chain.Status `json:"requests"`
	Next     string         `json:"next,omitempty"`
	Counts   map[string]int `json:"counts"`
	Relayer  string         `json:"relayer"`
}

// relayListAll reads every page of GET /v1/relay (at most a bound of
// pages, against a node whose cursor never ends) into one list.
func relayListAll(ctx context.Context, api *statusAPI) (*relayList, error) {
	var all relayList
	after := ""
	for page := 0; ; page++ {
		if page == maxRelayPages {
			return nil, fmt.Errorf("more than %d pages of chain requests: the node's list does not end", maxRelayPages)
		}
		q := url.Values{"limit": {strconv.Itoa(chain.MaxRelayPage)}}
		if after != "" {
			q.Set("after", after)
		}
		b, err := api.get(ctx, "/v1/relay?"+q.Encode())
		if err != nil {
			return nil, err
		}
		var l relayList
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("decoding the node's answer: %w", err)
		}
		all.Requests = append(all.Requests, l.Requests...)
		all.Counts, all.Relayer = l.Counts, l.Relayer
		if l.Next == "" {
			return &all, nil
		}
		after = l.Next
	}
}

// maxRelayPages bounds relayListAll (10^6 entries at 1000 a page).
const maxRelayPages = 1000

func newRelayCmd() *cobra.Command {
	var api statusAPI
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Show where results stand on chain (relay status of a running node)",
	}
	api.register(cmd.PersistentFlags())
	cmd.PersistentFlags().BoolVar(&asJSON, "json", false, "print the JSON the node returns")
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List every chain request the node took and its relay status",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			all, err := relayListAll(cmd.Context(), &api)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(all)
			}
			printRelayList(cmd.OutOrStdout(), all)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "status ID",
		Short: "Relay status of one request: an onchain job id (0x..), a relay id (job/0x.., sub/1/2) or a node job id",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := api.get(cmd.Context(), "/v1/relay/"+url.PathEscape(args[0]))
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
			printRelayStatus(cmd.OutOrStdout(), &s)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "retry ID",
		Short: "Send a failed delivery again (after its cause is fixed: a consumer callback that reverted, an empty account); admin role",
		Long: `Puts a failed delivery back to pending: the relayer simulates it again
before it sends anything, so a cause that is not fixed fails it again at no
cost. ID is what relay status takes (an onchain job id, a relay id or a node
job id). Needs the admin role when the node has auth-tokens.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := api.do(cmd.Context(), http.MethodPost, "/v1/relay/retry/"+url.PathEscape(args[0]))
			if err != nil {
				return err
			}
			if asJSON {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			var r struct{ ID, State string }
			if err := json.Unmarshal(b, &r); err != nil {
				return fmt.Errorf("decoding the node's answer: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %s again (follow it with zkprover relay status %s)\n", r.ID, r.State, r.ID)
			return nil
		},
	})
	return cmd
}

// printRelayList prints the relayer, its transactions by state, and one
// aligned row per chain request.
func printRelayList(w io.Writer, all *relayList) {
	names := make([]string, 0, len(all.Counts))
	for s := range all.Counts {
		names = append(names, s)
	}
	sort.Strings(names)
	states := make([]string, len(names))
	for i, s := range names {
		states[i] = fmt.Sprintf("%d %s", all.Counts[s], s)
	}
	counts := "none"
	if len(states) > 0 {
		counts = strings.Join(states, ", ")
	}
	printTable(w, [][2]string{{"relayer", all.Relayer}, {"transactions", counts}, {"requests", fmt.Sprint(len(all.Requests))}})
	if len(all.Requests) == 0 {
		return
	}
	fmt.Fprintln(w)
	rows := make([][]string, 0, len(all.Requests))
	for _, s := range all.Requests {
		rows = append(rows, []string{s.ID, orDash(s.NodeJob), shownStage(&s), relayDetail(&s)})
	}
	printColumns(w, []string{"REQUEST", "NODE JOB", "STAGE", "STATUS"}, rows)
}

// shownStage is the STAGE column: the bridge's stage, but the relay's end once it has one (the
// bridge's stage stays "relaying" for good once the relayer owns the request).
func shownStage(s *chain.Status) string {
	if s.Stage == chain.StageRelaying && s.Relay != nil {
		switch s.Relay.State {
		case relayer.Confirmed, relayer.AlreadyDone:
			return "delivered"
		case relayer.Failed:
			return "relay failed"
		}
	}
	return string(s.Stage)
}

// relayDetail is where a request stands, in a few words.
func relayDetail(s *chain.Status) string {
	if s.Relay != nil {
		return s.Relay.Status()
	}
	if s.Reason != "" {
		return s.Reason
	}
	return "-"
}

// printRelayStatus prints one request and each transaction attempt.
func printRelayStatus(w io.Writer, s *chain.Status) {
	rows := [][2]string{
		{"request", s.ID},
		{"node job", orDash(s.NodeJob)},
		{"consumer", s.Consumer.Hex()},
		{"status", s.Summary()},
	}
	if s.Relay != nil {
		for i, a := range s.Relay.Attempts {
			v := fmt.Sprintf("%s nonce %d, fee cap %s wei, tip %s wei", a.Hash.Hex(), a.Nonce, a.FeeCap, a.TipCap)
			if a.Rejected != "" {
				v += ", rejected: " + a.Rejected
			}
			rows = append(rows, [2]string{fmt.Sprintf("attempt %d", i+1), v})
		}
	}
	printTable(w, rows)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

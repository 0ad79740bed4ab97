package main

import (
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
)

// TestRelayListForPeople: relay list follows the node's pages (next) and
// prints the relayer's transactions by state in words (no Go map syntax)
// and one aligned row per request; --json prints the pages' requests as one
// list.
func TestRelayListForPeople(t *testing.T) {
	const page1 = `{"requests":[
	  {"id":"job/0x01","node_job":"7f1a79e4-3be5-4f61-8d29-f4f850cf74fc","stage":"relaying","consumer":"0x0000000000000000000000000000000000000001","max_cycles":256,"program_id":null,
	   "relay":{"id":"job/0x01","state":"failed","class":"reverted","reason":"ProofClassTooLarge(10, 256)"}}],
	 "next":"job/0x01","counts":{"failed":1,"confirmed":2},"relayer":"0x00000000000000000000000000000000000000aa"}`
	const page2 = `{"requests":[
	  {"id":"job/0x0203","stage":"rejected","reason":"unknown program","consumer":"0x0000000000000000000000000000000000000001","max_cycles":256,"program_id":null}],
	 "next":"","counts":{"failed":1,"confirmed":2},"relayer":"0x00000000000000000000000000000000000000aa"}`
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path != "/v1/relay":
			http.NotFound(w, r)
		case r.URL.Query().Get("after") == "":
			_, _ = w.Write([]byte(page1))
		case r.URL.Query().Get("after") == "job/0x01":
			_, _ = w.Write([]byte(page2))
		default:
			http.Error(w, `{"message":"bad after"}`, http.StatusBadRequest)
		}
	})}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })

	out, err := runRoot(t, "relay", "list", "--relay-status-addr", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"transactions  2 confirmed, 1 failed\n",
		"REQUEST     NODE JOB                              STAGE         STATUS\n",
		"job/0x01    7f1a79e4-3be5-4f61-8d29-f4f850cf74fc  relay failed  failed (reverted): ProofClassTooLarge(10, 256)\n",
		"job/0x0203  -                                     rejected      unknown program\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("relay list lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "map[") {
		t.Errorf("Go map syntax in relay list:\n%s", out)
	}
	out, err = runRoot(t, "relay", "list", "--json", "--relay-status-addr", l.Addr().String())
	var all relayList
	if err != nil || json.Unmarshal([]byte(out), &all) != nil || len(all.Requests) != 2 || all.Requests[1].ID != "job/0x0203" ||
		all.Next != "" || all.Counts["confirmed"] != 2 || all.Relayer == "" {
		t.Fatalf("relay list --json: %v\n%s", err, out)
	}
	if _, err := runRoot(t, "relay", "status", "job/0x09", "--relay-status-addr", l.Addr().String()); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("relay status of an unknown request: %v", err)
	}
}

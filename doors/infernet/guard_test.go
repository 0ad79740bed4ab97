package infernet

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/auth"
)

// TestGuardRepliesInEndpointShape: the token guard's refusals in front of the endpoint (415
// for a body that is not JSON, 401 without a token) are {"error"} bodies, as every other
// refusal of the endpoint (review: they were {"message"}).
func TestGuardRepliesInEndpointShape(t *testing.T) {
	f := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(f, []byte("a:"+auth.Hash("secret")+":submit\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tokens, err := auth.LoadTokens(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tokens *auth.Tokens
		ctype  string
		want   int
	}{
		{nil, "text/plain", http.StatusUnsupportedMediaType},
		{tokens, "application/json", http.StatusUnauthorized},
	} {
		g := auth.NewGuard(c.tokens, nil)
		srv := httptest.NewServer(g.HTTPReplying(auth.Submit, http.NotFoundHandler(), GuardReply))
		req, err := http.NewRequest(http.MethodPost, srv.URL+"/service_output", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", c.ctype)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]string
		derr := json.NewDecoder(resp.Body).Decode(&body)
		_ = resp.Body.Close()
		srv.Close()
		if resp.StatusCode != c.want || derr != nil || body["error"] == "" || len(body) != 1 {
			t.Fatalf("%d %v (%v), want %d with {\"error\"}", resp.StatusCode, body, derr, c.want)
		}
	}
}

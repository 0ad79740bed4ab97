package main

import (
	"encoding/json"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkprover/zkprover/prover"
)

// TestBenchPlot: bench --plot writes a PNG that decodes to an image of the
// chart's size and an SVG that parses as one; --compare adds an earlier
// --json result to the table.
func TestBenchPlot(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: proves (with dummy keys)")
	}
	dir := t.TempDir()
	js := filepath.Join(dir, "earlier.json")
	out, err := runRoot(t, "bench", "--dummy-setup", "--cycles", "2^4", "--baseline=false", "--json")
	if err != nil {
		t.Fatalf("bench --json: %v\n%s", err, out)
	}
	// the JSON is stdout; progress lines went to stderr (both captured here)
	i := strings.Index(out, "{")
	if i < 0 {
		t.Fatalf("bench --json printed no object:\n%s", out)
	}
	jsonPart := out[i:]
	var r prover.BenchResult
	if err := json.Unmarshal([]byte(jsonPart), &r); err != nil || r.LogSteps != 4 || r.ProveSeconds <= 0 {
		t.Fatalf("bench --json: %v %+v\n%s", err, r, out)
	}
	if err := os.WriteFile(js, []byte(jsonPart), 0o644); err != nil {
		t.Fatal(err)
	}

	pngFile := filepath.Join(dir, "bench.png")
	out, err = runRoot(t, "bench", "--dummy-setup", "--cycles", "2^4,2^5", "--baseline=false", "--plot", pngFile, "--compare", js)
	if err != nil {
		t.Fatalf("bench --plot: %v\n%s", err, out)
	}
	if !strings.Contains(out, "2^4 (this run)") || !strings.Contains(out, "2^5 (this run)") || !strings.Contains(out, "2^4 (earlier.json)") {
		t.Fatalf("bench table lacks a column:\n%s", out)
	}
	f, err := os.Open(pngFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s does not decode as PNG: %v", pngFile, err)
	}
	if b := img.Bounds(); b.Dx() < 600 || b.Dy() < 200 {
		t.Fatalf("chart of %dx%d pixels", b.Dx(), b.Dy())
	}

	svgFile := filepath.Join(dir, "bench.svg")
	if out, err := runRoot(t, "bench", "--dummy-setup", "--cycles", "2^4", "--baseline=false", "--plot", svgFile); err != nil {
		t.Fatalf("bench --plot svg: %v\n%s", err, out)
	}
	b, err := os.ReadFile(svgFile)
	if err != nil {
		t.Fatal(err)
	}
	var root struct {
		XMLName xml.Name
		Width   string `xml:"width,attr"`
	}
	if err := xml.Unmarshal(b, &root); err != nil || root.XMLName.Local != "svg" || root.Width == "" {
		t.Fatalf("%s is not an SVG image: %v %+v", svgFile, err, root)
	}
	if !strings.Contains(string(b), "cycles proven per second") {
		t.Fatal("the SVG lacks the cycles-per-second chart")
	}

	if _, err := runRoot(t, "bench", "--dummy-setup", "--cycles", "2^4", "--plot", filepath.Join(dir, "x.gif")); err == nil || !strings.Contains(err.Error(), ".svg or .png") {
		t.Fatalf("--plot x.gif: %v", err)
	}
}

package main

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	_ "gonum.org/v1/plot/vg/vgimg" // png
	_ "gonum.org/v1/plot/vg/vgsvg" // svg

	"github.com/zkprover/zkprover/prover"
)

// plotFormat is the image format of a --plot file name.
func plotFormat(path string) (string, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".svg", ".png":
		return ext[1:], nil
	default:
		return "", fmt.Errorf("--plot %s: write .svg or .png", path)
	}
}

// seriesColors are the bars' colours, one per series.
var seriesColors = []color.Color{
	color.RGBA{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff},
	color.RGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff},
	color.RGBA{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff},
	color.RGBA{R: 0xd6, G: 0x27, B: 0x28, A: 0xff},
	color.RGBA{R: 0x94, G: 0x67, B: 0xbd, A: 0xff},
}

// plotBench draws three bar charts side by side, one bar per class and
// series: prove time, setup time and cycles proven per second.
func plotBench(path string, series []benchSeries) error {
	format, err := plotFormat(path)
	if err != nil {
		return err
	}
	// The classes on the x axis: every class any series measured.
	seen := map[string]bool{}
	var classes []*prover.BenchResult // one result per class: its log steps and hash
	for _, s := range series {
		for _, r := range s.Results {
			if !seen[benchLabel(r)] {
				seen[benchLabel(r)] = true
				classes = append(classes, r)
			}
		}
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := classes[i], classes[j]
		return a.LogSteps < b.LogSteps || a.LogSteps == b.LogSteps && a.Hash < b.Hash
	})
	names := make([]string, len(classes))
	for i, c := range classes {
		names[i] = benchLabel(c)
	}
	panels := []struct {
		title, unit string
		value       func(*prover.BenchResult) float64
	}{
		{"prove time (median)", "seconds", func(r *prover.BenchResult) float64 { return r.ProveSeconds }},
		{"setup time (compile + Groth16 setup)", "seconds", func(r *prover.BenchResult) float64 {
			if r.SetupSeconds > 0 {
				return r.SetupSeconds
			}
			return r.CompileSeconds
		}},
		{"cycles proven per second", "cycles/s", func(r *prover.BenchResult) float64 { return r.CyclesPerSecond }},
	}
	const barWidth = 22
	plots := make([]*plot.Plot, len(panels))
	for i, pn := range panels {
		p := plot.New()
		p.Title.Text = pn.title
		p.X.Label.Text = "class (steps)"
		p.Y.Label.Text = pn.unit
		p.Y.Min = 0
		top := 0.0
		for si, s := range series {
			vals := make(plotter.Values, len(classes))
			for ci, c := range classes {
				for _, r := range s.Results {
					if benchLabel(r) == benchLabel(c) {
						vals[ci] = pn.value(r)
						top = max(top, vals[ci])
					}
				}
			}
			bars, err := plotter.NewBarChart(vals, barWidth)
			if err != nil {
				return fmt.Errorf("plotting %s: %w", pn.title, err)
			}
			bars.Color = seriesColors[si%len(seriesColors)]
			bars.LineStyle.Width = 0
			bars.Offset = vg.Length(float64(si)-float64(len(series)-1)/2) * barWidth
			p.Add(bars)
			if len(series) > 1 && i == 0 {
				p.Legend.Add(s.Name, bars)
			}
		}
		p.Y.Max = top * 1.15 // room above the highest bar (and for the legend)
		p.Legend.Top = true
		p.NominalX(names...)
		p.X.Min, p.X.Max = -0.6, float64(len(classes))-0.4 // room beside the outer bars
		p.Add(plotter.NewGrid())
		plots[i] = p
	}
	const w, h = 13 * vg.Inch, 4 * vg.Inch
	c, err := draw.NewFormattedCanvas(w, h, format)
	if err != nil {
		return fmt.Errorf("--plot %s: %w", path, err)
	}
	tiles := draw.Tiles{Rows: 1, Cols: len(plots), PadX: vg.Millimeter * 4, PadTop: vg.Millimeter * 2,
		PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	dc := draw.New(c)
	for i, p := range plots {
		p.Draw(tiles.At(dc, i, 0))
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if _, err := c.WriteTo(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

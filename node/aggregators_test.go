package node

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestAggregatorConfig(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }

	fs := newFlagSet()
	ConfigFlags(fs)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(fs, getenv)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Aggregators) != 0 || c.AggregatorWatchdog != 60*time.Second {
		t.Errorf("defaults: aggregators %v, watchdog %v", c.Aggregators, c.AggregatorWatchdog)
	}

	// The config file's list, overridden by the environment, overridden by
	// repeated flags.
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "node.yaml")
	if err := os.WriteFile(cfgFile, []byte("aggregator: [\"a:1\", \"b:2\"]\nprover-name: p1\nfork-id: 12\naggregator-watchdog: 5s\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fs = newFlagSet()
	ConfigFlags(fs)
	if err := fs.Parse([]string{"--config", cfgFile}); err != nil {
		t.Fatal(err)
	}
	if c, err = LoadConfig(fs, getenv); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Aggregators, []string{"a:1", "b:2"}) || c.ProverName != "p1" || c.ForkID != 12 || c.AggregatorWatchdog != 5*time.Second {
		t.Errorf("from file: %v %q %d %v", c.Aggregators, c.ProverName, c.ForkID, c.AggregatorWatchdog)
	}
	env["ZKPROVER_AGGREGATOR"] = "c:3, d:4"
	if c, err = LoadConfig(fs, getenv); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Aggregators, []string{"c:3", "d:4"}) {
		t.Errorf("from env: %v", c.Aggregators)
	}
	fs = newFlagSet()
	ConfigFlags(fs)
	if err := fs.Parse([]string{"--config", cfgFile, "--aggregator", "e:5", "--aggregator", "f:6"}); err != nil {
		t.Fatal(err)
	}
	if c, err = LoadConfig(fs, getenv); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Aggregators, []string{"e:5", "f:6"}) {
		t.Errorf("from flags: %v", c.Aggregators)
	}

	fs = newFlagSet()
	ConfigFlags(fs)
	if err := fs.Parse([]string{"--aggregator", "nohostport"}); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(fs, func(string) string { return "" }); err == nil {
		t.Error("an aggregator address without a port was accepted")
	}
}

package node

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"
)

// Config is the node's configuration. Precedence, lowest first: defaults,
// the YAML config file, ZKPROVER_* environment variables, command-line flags.
type Config struct {
	Addr            string        // gRPC listen address
	Data            string        // data folder (job store, keys)
	Keys            string        // proving keys folder ("" = <data>/keys)
	LogLevel        string        // trace, debug, info, warn, error
	LogFormat       string        // json or console
	MetricsAddr     string        // Prometheus /metrics listen address ("" = off)
	Workers         int           // jobs proved at the same time
	MaxPending      int           // queued + running jobs
	MaxRequestBytes int           // one request (GenProof input, Execute input)
	MaxCycles       uint64        // cap on any job's maxCycles
	Retention       time.Duration // how long finished jobs are kept
	Grace           time.Duration // how long a running job may finish on shutdown
	StopTimeout     time.Duration // how long GracefulStop may take before a hard stop
	MaxWait         time.Duration // cap on a GetProof timeout
	SweepEvery      time.Duration // how often expired jobs are deleted
	SyncWrites      bool          // fsync every queue write
	// Class is the prover class (log2 of the step capacity) to load, set up
	// on first start; 0: every class in the keys folder, or DefaultClass
	// when there is none.
	Class int
	// ProveInProcess proves in the node's own process instead of in a prove
	// worker process (which a cancel kills; docs/proving.md).
	ProveInProcess bool

	// The aggregator channel (node/aggregators.go, docs/aggregator.md).
	Aggregators          []string      // aggregators HOST:PORT the node dials and serves
	ProverName           string        // name reported to aggregators ("" = the host name)
	ForkID               uint64        // fork id reported to aggregators
	AggregatorWatchdog   time.Duration // drop and redial a stream silent this long
	AggregatorBackoff    time.Duration // first redial delay
	AggregatorBackoffMax time.Duration // cap on the redial delay
}

// DefaultConfig returns the documented defaults.
func DefaultConfig() Config {
	return Config{
		Addr:            "127.0.0.1:50051",
		Data:            "./data",
		LogLevel:        "info",
		LogFormat:       "json",
		MetricsAddr:     "127.0.0.1:9464",
		Workers:         1,
		MaxPending:      1024,
		MaxRequestBytes: 32 << 20,
		MaxCycles:       1 << 27,
		Retention:       7 * 24 * time.Hour,
		Grace:           30 * time.Second,
		StopTimeout:     5 * time.Second,
		MaxWait:         time.Hour,
		SweepEvery:      time.Hour,
		SyncWrites:      true,

		AggregatorWatchdog:   DefaultAggregatorWatchdog,
		AggregatorBackoff:    DefaultAggregatorBackoff,
		AggregatorBackoffMax: DefaultAggregatorBackoffMax,
	}
}

// KeysDir is the proving keys folder.
func (c Config) KeysDir() string {
	if c.Keys != "" {
		return c.Keys
	}
	return filepath.Join(c.Data, "keys")
}

// QueueDir is the job store folder.
func (c Config) QueueDir() string { return filepath.Join(c.Data, "queue") }

// Validate checks the values.
func (c Config) Validate() error {
	if c.Addr == "" {
		return fmt.Errorf("config: addr is empty")
	}
	if c.Data == "" {
		return fmt.Errorf("config: data is empty")
	}
	if _, err := zerolog.ParseLevel(c.LogLevel); err != nil || c.LogLevel == "" {
		return fmt.Errorf("config: log-level %q: want trace, debug, info, warn or error", c.LogLevel)
	}
	if c.LogFormat != "json" && c.LogFormat != "console" {
		return fmt.Errorf("config: log-format %q: want json or console", c.LogFormat)
	}
	if c.Workers < 1 {
		return fmt.Errorf("config: workers %d: want at least 1", c.Workers)
	}
	if c.MaxPending < 1 || c.MaxRequestBytes < 1024 || c.MaxCycles < 1 {
		return fmt.Errorf("config: max-pending, max-request-bytes (>= 1024) and max-cycles must be positive")
	}
	if c.Retention <= 0 || c.SweepEvery <= 0 || c.MaxWait <= 0 || c.StopTimeout <= 0 || c.Grace < 0 {
		return fmt.Errorf("config: retention, sweep-every, max-wait and stop-timeout must be positive, grace not negative")
	}
	return c.validateAggregators()
}

// setting is one configuration value with its flag, env and file names.
type setting struct {
	name  string // flag name and config file key
	usage string
	value pflag.Value
}

func (s setting) env() string {
	return "ZKPROVER_" + strings.ToUpper(strings.ReplaceAll(s.name, "-", "_"))
}

func settings(c *Config) []setting {
	return append([]setting{
		{"addr", "gRPC listen address HOST:PORT", (*strVal)(&c.Addr)},
		{"data", "data folder (job store, programs, keys)", (*strVal)(&c.Data)},
		{"keys", "proving keys folder (default <data>/keys)", (*strVal)(&c.Keys)},
		{"log-level", "log level: trace, debug, info, warn, error", (*strVal)(&c.LogLevel)},
		{"log-format", "log format: json or console", (*strVal)(&c.LogFormat)},
		{"metrics-addr", "Prometheus /metrics listen address (empty: off)", (*strVal)(&c.MetricsAddr)},
		{"workers", "jobs proved at the same time", (*intVal)(&c.Workers)},
		{"max-pending", "most queued plus running jobs; more are refused", (*intVal)(&c.MaxPending)},
		{"max-request-bytes", "largest request (and gRPC message) accepted, bytes", (*intVal)(&c.MaxRequestBytes)},
		{"max-cycles", "cap on any job's maxCycles", (*u64Val)(&c.MaxCycles)},
		{"retention", "how long finished jobs are kept", (*durVal)(&c.Retention)},
		{"grace", "on shutdown, how long a running job may finish before it is requeued", (*durVal)(&c.Grace)},
		{"stop-timeout", "on shutdown, how long open calls may take before a hard stop", (*durVal)(&c.StopTimeout)},
		{"max-wait", "cap on a GetProof timeout", (*durVal)(&c.MaxWait)},
		{"sweep-every", "how often finished jobs past retention are deleted", (*durVal)(&c.SweepEvery)},
		{"sync-writes", "fsync every queue write (durable across power loss)", (*boolVal)(&c.SyncWrites)},
		{"prove-in-process", "prove in the node's process instead of a prove worker process (a cancelled proof then runs on to its end in the background)", (*boolVal)(&c.ProveInProcess)},
		{"class", "prover class (log2 of steps) to load, set up on first start; 0: every class in the keys folder, or 10 when there is none", (*intVal)(&c.Class)},
	}, aggregatorSettings(c)...)
}

// ConfigFlags registers the config flags (and --config) on fs, with the
// defaults as their shown defaults. Call LoadConfig after parsing.
func ConfigFlags(fs *pflag.FlagSet) {
	def := DefaultConfig()
	for _, s := range settings(&def) {
		if _, ok := s.value.(*listVal); ok {
			fs.StringArray(s.name, nil, s.usage+" (env "+s.env()+")")
			continue
		}
		fs.String(s.name, s.value.String(), s.usage+" (env "+s.env()+")")
	}
	fs.String("config", "", "YAML config file with the same keys as the flags (env ZKPROVER_CONFIG)")
}

// LoadConfig builds the configuration: defaults, then the config file
// (--config or ZKPROVER_CONFIG), then environment variables, then the flags
// set on the command line. getenv is os.Getenv in production.
func LoadConfig(fs *pflag.FlagSet, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	set := settings(&c)
	byName := map[string]setting{}
	for _, s := range set {
		byName[s.name] = s
	}
	path := getenv("ZKPROVER_CONFIG")
	if f := fs.Lookup("config"); f != nil && f.Changed {
		path = f.Value.String()
	}
	if path != "" {
		if err := loadFile(path, byName); err != nil {
			return c, err
		}
	}
	for _, s := range set {
		if v := getenv(s.env()); v != "" {
			if err := s.value.Set(v); err != nil {
				return c, fmt.Errorf("config: %s=%q: %w", s.env(), v, err)
			}
		}
	}
	var ferr error
	fs.Visit(func(f *pflag.Flag) {
		s, ok := byName[f.Name]
		if !ok || ferr != nil {
			return
		}
		val := f.Value.String()
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			val = strings.Join(sv.GetSlice(), ",")
		}
		if err := s.value.Set(val); err != nil {
			ferr = fmt.Errorf("config: --%s=%q: %w", f.Name, val, err)
		}
	})
	if ferr != nil {
		return c, ferr
	}
	return c, c.Validate()
}

func loadFile(path string, byName map[string]setting) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config file %s: %w", path, err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("parsing config file %s: %w", path, err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := byName[k]
		if !ok {
			return fmt.Errorf("config file %s: unknown key %q", path, k)
		}
		v := m[k]
		var str string
		switch x := v.(type) {
		case string:
			str = x
		case int, int64, uint64, float64, bool:
			str = fmt.Sprint(x)
		case nil:
			str = ""
		case []any:
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = fmt.Sprint(e)
			}
			str = strings.Join(parts, ",")
		default:
			return fmt.Errorf("config file %s: key %q: want a scalar, got %T", path, k, v)
		}
		if err := s.value.Set(str); err != nil {
			return fmt.Errorf("config file %s: key %q = %q: %w", path, k, str, err)
		}
	}
	return nil
}

// Logger builds the zerolog logger the config asks for.
func (c Config) Logger() zerolog.Logger {
	lvl, err := zerolog.ParseLevel(c.LogLevel)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	var l zerolog.Logger
	if c.LogFormat == "console" {
		l = zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr, TimeFormat: time.RFC3339})
	} else {
		l = zerolog.New(os.Stderr)
	}
	return l.Level(lvl).With().Timestamp().Logger()
}

type strVal string

func (v *strVal) String() string     { return string(*v) }
func (v *strVal) Set(s string) error { *v = strVal(s); return nil }
func (v *strVal) Type() string       { return "string" }

type intVal int

func (v *intVal) String() string { return strconv.Itoa(int(*v)) }
func (v *intVal) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not an integer")
	}
	*v = intVal(n)
	return nil
}
func (v *intVal) Type() string { return "int" }

type u64Val uint64

func (v *u64Val) String() string { return strconv.FormatUint(uint64(*v), 10) }
func (v *u64Val) Set(s string) error {
	n, err := strconv.ParseUint(strings.TrimSpace(s), 0, 64)
	if err != nil {
		return fmt.Errorf("not an unsigned integer")
	}
	*v = u64Val(n)
	return nil
}
func (v *u64Val) Type() string { return "uint64" }

type durVal time.Duration

func (v *durVal) String() string { return time.Duration(*v).String() }
func (v *durVal) Set(s string) error {
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not a duration (e.g. 30s, 168h)")
	}
	*v = durVal(d)
	return nil
}
func (v *durVal) Type() string { return "duration" }

type boolVal bool

func (v *boolVal) String() string { return strconv.FormatBool(bool(*v)) }
func (v *boolVal) Set(s string) error {
	b, err := strconv.ParseBool(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not a boolean")
	}
	*v = boolVal(b)
	return nil
}
func (v *boolVal) Type() string { return "bool" }

# zkprover: the two commands a newcomer needs are `make run` and `make test`.
GO        ?= go
BIN       := bin/zkprover
DATA      ?= ./data
PKGS      := ./...
# Tests are sized for a 2-core machine; the whole suite must stay well under 20 minutes.
TESTFLAGS ?= -count=1 -timeout 25m

.PHONY: all build run solc generators test test-e2e tour bench lint lint-tools fmt vet tidy tidy-check proto guests contracts clean

all: build

# The commit the binary says it is (zkprover --version, the start-up log, zkprover_build_info),
# linked in: go's own VCS stamping is off on machines that set -buildvcs=false.
COMMIT := $(shell c=$$(git rev-parse --short=12 HEAD 2>/dev/null) && { git diff --quiet HEAD 2>/dev/null && echo $$c || echo $$c-dirty; })

build:
	$(GO) build -ldflags "-X github.com/zkprover/zkprover/buildinfo.linkedCommit=$(COMMIT)" -o $(BIN) ./cmd/zkprover

# The node starts an embedded development chain and compiles the exported verifier with the
# pinned solcjs, so `run` installs it (npm ci) when missing.
run: build solc
	./$(BIN) serve --data $(DATA)

solc:
	@[ -f contracts/node_modules/solc/package.json ] || npm ci --prefix contracts --no-audit --no-fund

test: solc
	$(GO) vet $(PKGS)
	$(GO) test $(TESTFLAGS) $(PKGS)

# Long runs end to end (docs/recursion.md): the segment (2^5), aggregation and final keys are made
# into E2E_KEYS, outside the checkout, and reused by later runs while the circuits and the keys they
# depend on are unchanged (manifests, circuit checks, depends.json); then a run of three segments is
# proven through two aggregation levels to a final proof, checked in Go and on the simulated EVM;
# two sequenced jobs are aggregated into a sequence and verified by the rollup-style contract;
# then a long job goes through the node (gRPC, the job store's kept segment proofs across a crash,
# progress, cancel); then an aggregator's whole flow on the channel (four batch proofs in both
# dialects, aggregated to depth 2, finalised, verified by the rollup-style contract:
# docs/aggregator.md). Warm: about 27 minutes on a 2-core machine; cold, the key setups add about 6
# (prover/keygen; docs/recursion.md). CI runs it after `make test`.
E2E_KEYS ?= $(HOME)/.cache/zkprover-e2e-keys
# Each node test in its own process, under a soft memory limit (the prove workers inherit it): a
# node aggregating in its own process (TestLongRunThroughNode) holds the aggregation and final keys
# (about 17.5 GB resident at peak on a 24 GB machine); two in one process ran out of memory.
# TestLongRunWorkers's two cases (long-run proofs in worker processes) run in one process each too.
E2E_MEMLIMIT ?= 14GiB
test-e2e: solc
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) $(GO) test -count=1 -timeout 80m -run '^(TestLongRunEndToEnd|TestSequenceEndToEnd|TestStoreFamilies)$$' -v ./prover/longrun/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) $(GO) test -count=1 -timeout 10m -run '^TestContractsDeployFinal$$' -v ./cmd/zkprover/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 60m -run '^TestLongRunThroughNode$$' -v ./node/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 60m -run '^TestLongRunThroughNodeFleet$$' -v ./node/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 30m -run '^TestLongRunWorkers$$/^keep-segment-workers=false$$' -v ./node/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 30m -run '^TestLongRunWorkers$$/^keep-segment-workers=true$$' -v ./node/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 30m -run '^TestShortRunOnFinalOnlyChain$$' -v ./node/
	ZKPROVER_E2E=1 ZKPROVER_E2E_KEYS=$(E2E_KEYS) GOMEMLIMIT=$(E2E_MEMLIMIT) $(GO) test -count=1 -timeout 60m -run '^TestAggregatorFlowEndToEnd$$' -v ./doors/aggregator/

# The README's tour, run as written on a fresh copy of the tree while `make run` runs there, every
# command's output compared with the README's (cmd/zkprover TestReadmeTour; it installs clang and
# lld when missing, as `make guests` does). CI runs it. `make tour TOUR_UPDATE=1` writes the real
# outputs into README.md.
tour: solc
	@command -v clang >/dev/null && command -v ld.lld >/dev/null || { \
	  echo "installing clang and lld (the tour builds a program)"; SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq clang lld; }
	ZKPROVER_TOUR=1 ZKPROVER_TOUR_UPDATE=$(TOUR_UPDATE) $(GO) test -count=1 -timeout 60m -run '^TestReadmeTour$$' -v ./cmd/zkprover/

bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x $(PKGS)

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '\.pb\.go$$')

# lint = gofmt + go vet + go.mod/go.sum tidy + golangci-lint (config: .golangci.yml). CI runs it.
lint: vet tidy-check lint-tools
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '\.pb\.go$$')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GOLANGCI_LINT) run $(PKGS)

# The measure-tagged compile-only measurements (recursion/measure_test.go) are vetted too, so that
# they keep compiling although no test run builds them.
vet:
	$(GO) vet $(PKGS)
	$(GO) vet -tags measure ./recursion/

tidy:
	$(GO) mod tidy

# Fails when `go mod tidy` would change go.mod or go.sum (and prints the difference).
tidy-check:
	@d=$$($(GO) mod tidy -diff 2>&1) || { echo "go.mod/go.sum are not tidy (run make tidy):"; echo "$$d"; exit 1; }

# golangci-lint, pinned here and only here. lint-tools installs it into GOPATH/bin (GOBIN when
# set) unless that binary is already this version built with the current Go (a binary built
# with an older Go cannot load code that needs a newer one). .ci/run calls it.
GOLANGCI_LINT_VERSION := v2.15.0
GOLANGCI_LINT = $(or $(shell $(GO) env GOBIN),$(GOBIN_DIR))/golangci-lint
lint-tools:
	@$(GOLANGCI_LINT) version 2>/dev/null | grep -q "has version $(GOLANGCI_LINT_VERSION:v%=%) built with $$($(GO) env GOVERSION) " || { \
	  echo "installing golangci-lint $(GOLANGCI_LINT_VERSION)"; \
	  $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION); }

# Guest programs: the examples' ELFs are committed; `make guests` rebuilds them
# (installing Debian's clang and lld when missing). Flags: guest/cflags.
GUEST_CC     ?= clang
GUEST_CFLAGS := $(shell cat guest/cflags)
GUEST_RT     := guest/start.S guest/runtime.c
EXAMPLES     := $(patsubst examples/%/main.c,%,$(wildcard examples/*/main.c))

guests:
	@command -v $(GUEST_CC) >/dev/null && command -v ld.lld >/dev/null || { \
	  echo "installing clang and lld"; SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq clang lld; }
	@for e in $(EXAMPLES); do echo "CC examples/$$e/$$e.elf"; \
	  $(GUEST_CC) $(GUEST_CFLAGS) -o examples/$$e/$$e.elf $(GUEST_RT) examples/$$e/main.c || exit 1; done

clean:
	rm -rf bin

# Regenerates the committed gRPC/protobuf Go code from proto/**/*.proto.
# Installs protoc (Debian protobuf-compiler) and the pinned Go plugins if missing.
PROTOC_GEN_GO_VERSION      ?= v1.36.12
PROTOC_GEN_GO_GRPC_VERSION ?= v1.6.0
# The JSON gateway's generator; the same version as the runtime in go.mod.
PROTOC_GEN_GATEWAY_VERSION ?= v2.33.0
GOBIN_DIR := $(shell $(GO) env GOPATH)/bin
# generators installs every code generator (clang + lld for the guests, protoc and its pinned
# plugins), so that the tests comparing committed generated files with fresh output run instead of
# skipping. .ci/run calls it.
generators:
	@command -v clang >/dev/null && command -v ld.lld >/dev/null && command -v protoc >/dev/null || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq clang lld protobuf-compiler; }
	@[ -x "$(GOBIN_DIR)/protoc-gen-go" ] || $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
	@[ -x "$(GOBIN_DIR)/protoc-gen-go-grpc" ] || $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GO_GRPC_VERSION)
	@[ -x "$(GOBIN_DIR)/protoc-gen-grpc-gateway" ] || $(GO) install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway@$(PROTOC_GEN_GATEWAY_VERSION)

proto:
	@command -v protoc >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y protobuf-compiler; \
	  else sudo apt-get update && sudo apt-get install -y protobuf-compiler; fi; }
	@[ -x "$(GOBIN_DIR)/protoc-gen-go" ] || $(GO) install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
	@[ -x "$(GOBIN_DIR)/protoc-gen-go-grpc" ] || $(GO) install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$(PROTOC_GEN_GO_GRPC_VERSION)
	@[ -x "$(GOBIN_DIR)/protoc-gen-grpc-gateway" ] || $(GO) install github.com/grpc-ecosystem/grpc-gateway/v2/protoc-gen-grpc-gateway@$(PROTOC_GEN_GATEWAY_VERSION)
	PATH="$(GOBIN_DIR):$$PATH" protoc -I proto \
	  --go_out=proto --go_opt=paths=source_relative \
	  --go-grpc_out=proto --go-grpc_opt=paths=source_relative \
	  $$(find proto -name '*.proto' | sed 's|^proto/||' | sort)
	@# JSON gateways: a proto with a gateway.yaml beside it (its HTTP routes)
	@for y in $$(find proto -name gateway.yaml | sort); do d=$$(dirname $$y | sed 's|^proto/||'); \
	  echo "gateway $$d"; PATH="$(GOBIN_DIR):$$PATH" protoc -I proto \
	  --grpc-gateway_out=proto --grpc-gateway_opt=paths=source_relative \
	  --grpc-gateway_opt=grpc_api_configuration=$$y $$(cd proto && ls $$d/*.proto) || exit 1; done

# Solidity contracts: compiles contracts/src with the pinned solcjs (contracts/package.json,
# installed with npm ci when missing), writes contracts/artifacts/*.json and regenerates the Go
# bindings contracts/bindings/bindings.go (abigen of the go-ethereum version in go.mod).
# contracts.TestArtifactsCurrent fails when the committed outputs are stale.
contracts:
	@[ -f contracts/node_modules/solc/package.json ] || npm ci --prefix contracts
	$(GO) run ./contracts/cmd/contractsgen -dir contracts

# GPU benchmark command (cmd/gpubench), built without the icicle tag: it measures CPU proving
# and says why the GPU is unavailable. The GPU build is scripts/gpu/link.sh (docs/proving.md).
.PHONY: gpubench
gpubench:
	$(GO) build -o bin/gpubench ./cmd/gpubench

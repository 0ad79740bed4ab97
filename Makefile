# zkprover: the two commands a newcomer needs are `make run` and `make test`.
GO        ?= go
BIN       := bin/zkprover
DATA      ?= ./data
PKGS      := ./...
# Tests are sized for a 2-core machine; the whole suite must stay well under 20 minutes.
TESTFLAGS ?= -count=1 -timeout 25m

.PHONY: all build run test bench lint fmt vet proto guests contracts clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/zkprover

run: build
	./$(BIN) serve --data $(DATA)

test:
	$(GO) vet $(PKGS)
	$(GO) test $(TESTFLAGS) $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x $(PKGS)

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '\.pb\.go$$')

lint: vet
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '\.pb\.go$$')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

clean:
	rm -rf bin

# shellcheck shell=bash
# Helpers sourced by scripts/gpu/*.sh (not run on its own).
# shellcheck disable=SC2034 # the constants are used by the scripts that source this
#
# Exit statuses of every script: 0 done; 1 the step failed (its log says
# where); 2 bad arguments; 3 a prerequisite is missing (all are checked first,
# and the script stops before building or running anything).

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# GPU_DIR holds everything these scripts make; it is under /bin/, which git
# ignores, so it travels to the GPU machine only when named in `carry`.
GPU_DIR=${GPU_DIR:-$ROOT/bin/gpu}
ICICLE_MODULE=github.com/ingonyama-zk/icicle-gnark/v3
ICICLE_VERSION=v3.2.2
# Limits of the GPU machine's tool: what travels there, what comes back.
MAX_CARRY_BYTES=$((64 * 1024 * 1024))
MAX_RETURN_BYTES=$((16 * 1024 * 1024))
PART_BYTES=$((15 * 1024 * 1024))

PROG=$(basename "$0")
MISSING=()

say() { echo "$PROG: $*" >&2; }
die() { echo "$PROG: FAILED: $*" >&2; exit 1; }
usage_error() { echo "$PROG: $*" >&2; exit 2; }

# missing records a missing prerequisite; stop_if_missing reports them all.
missing() { MISSING+=("$*"); }
stop_if_missing() {
	if ((${#MISSING[@]} > 0)); then
		echo "$PROG: STOP: missing prerequisites (nothing was built or run):" >&2
		local m
		for m in "${MISSING[@]}"; do echo "  - $m" >&2; done
		exit 3
	fi
}

have() { command -v "$1" >/dev/null 2>&1; }

# bytes FILE|DIR: size in bytes (apparent size).
bytes() { du -sb "$1" 2>/dev/null | cut -f1; }

# mib N: N bytes in MiB, one decimal.
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

# find_nvcc: nvcc on PATH, or in /usr/local/cuda/bin (added to PATH).
find_nvcc() {
	if ! have nvcc && [[ -x /usr/local/cuda/bin/nvcc ]]; then
		export PATH=/usr/local/cuda/bin:$PATH
	fi
	have nvcc
}

# gpu_count: number of NVIDIA GPUs nvidia-smi lists (0 when none or no nvidia-smi).
gpu_count() {
	if ! have nvidia-smi; then echo 0; return; fi
	nvidia-smi -L 2>/dev/null | grep -c '^GPU ' || true
}

# report_go: says whether Go is here (a GPU machine may have none).
report_go() {
	if have go; then say "Go found: $(go version)"; else say "no Go toolchain here"; fi
}

# unstage: unpacks what stage.sh packed into $GPU_DIR/stage (gpubench.xz,
# zkprover.xz, icicle.tar.xz: compressed, they travel in about half the
# space) into $GPU_DIR, replacing what is there; nothing when there is no
# stage folder.
unstage() {
	local st=$GPU_DIR/stage
	[[ -d $st ]] || return 0
	have xz || die "xz is needed to unpack $st"
	local b
	for b in gpubench zkprover; do
		if [[ -f $st/$b.xz ]]; then
			xz -dc "$st/$b.xz" >"$GPU_DIR/$b.tmp" && chmod +x "$GPU_DIR/$b.tmp" && mv "$GPU_DIR/$b.tmp" "$GPU_DIR/$b" ||
				die "unpacking $st/$b.xz failed"
		fi
	done
	if [[ -f $st/icicle.tar.xz ]]; then
		rm -rf "$GPU_DIR/icicle" && mkdir -p "$GPU_DIR/icicle" && tar -xJf "$st/icicle.tar.xz" -C "$GPU_DIR/icicle" ||
			die "unpacking $st/icicle.tar.xz failed"
	fi
	say "unpacked $st: $(cd "$st" && echo *)"
}

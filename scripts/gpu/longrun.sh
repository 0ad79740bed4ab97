#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# longrun.sh (run on the GPU machine): a long run through the node's own
# binary built with the icicle tag (bin/gpu/zkprover, carried compressed in
# bin/gpu/stage by scripts/gpu/stage.sh; it finds the libraries in
# bin/gpu/icicle/lib through its run path): the keys of segment class 2^SEGMENT, the aggregation and the
# final circuit are set up there (CPU: `zkprover setup --segment`), then
# `zkprover bench --cycles 2^CYCLES --segment 2^SEGMENT --json` proves the
# loop program on the GPU (--gpu: segments in a prove worker process, as the
# node proves them, aggregations and the final proof in the command's
# process), then, if time is left, the same on the CPU. The aggregation and
# final circuits have the same size at every segment class, so a small class
# measures them as a 2^14 one would.
#
# Usage: scripts/gpu/longrun.sh [CYCLES [SEGMENT]]   (default 7 5: 4 segments, 3 aggregations)
# Env: OUT (default bin/gpu/out-long), DEADLINE seconds for everything (default 450),
#      DATA (key folder, default bin/gpu/longrun-data: kept, so that a second
#      call on the still-warm GPU machine finds the keys instead of setting
#      them up again; a temporary folder lost them on 2026-12-04).
# Writes: $OUT/long.json (one line per device), $OUT/long.log (stderr),
#         $OUT/setup.txt (setup time), $OUT/nvidia-smi-mem.csv.
source "$(dirname "$0")/common.sh"

cycles=${1:-7}
segment=${2:-5}
cycles=${cycles#2^}
segment=${segment#2^}
[[ $cycles =~ ^[0-9]+$ && $segment =~ ^[0-9]+$ && $# -le 2 ]] || usage_error "usage: scripts/gpu/longrun.sh [CYCLES [SEGMENT]] (log2, e.g. 7 5)"
OUT=${OUT:-$GPU_DIR/out-long}
DEADLINE=${DEADLINE:-450}
START=$SECONDS
bin=$GPU_DIR/zkprover
lib=$GPU_DIR/icicle/lib

[[ -x $bin ]] || unstage
if ! have nvidia-smi || (($(gpu_count) < 1)); then missing "a GPU (nvidia-smi lists none)"; fi
[[ -x $bin ]] || missing "$bin (build it here with -tags icicle against bin/gpu/icicle/lib: scripts/gpu/stage.sh; carry bin/gpu/stage)"
find "$lib/backend" -name 'libicicle_backend_cuda_curve_bn254.so' 2>/dev/null | grep -q . ||
	missing "ICICLE's CUDA backend in $lib/backend (scripts/gpu/build-and-run.sh builds it there)"
have timeout || missing "timeout (coreutils)"
mkdir -p "$OUT" 2>/dev/null && [[ -w $OUT ]] || missing "a writable output folder OUT=$OUT"
stop_if_missing

export ICICLE_BACKEND_INSTALL_DIR=$lib/backend
export LD_LIBRARY_PATH=$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
work=$(mktemp -d) # not the repository: the bench proves the loop program there
data=${DATA:-$GPU_DIR/longrun-data}
nvidia-smi --query-gpu=timestamp,memory.used,utilization.gpu --format=csv -lms 500 >"$OUT/nvidia-smi-mem.csv" 2>&1 &
smi=$!
trap 'kill "$smi" 2>/dev/null || true; rm -rf "$work"' EXIT
left() { echo $((START + DEADLINE - SECONDS)); }

say "setup: segment class 2^$segment, aggregation, final (CPU; at most $(left) s)"
t=$SECONDS
rc=0
(cd "$work" && timeout "$(left)" "$bin" setup --segment "2^$segment" --data "$data") 2>>"$OUT/long.log" || rc=$?
echo "setup --segment 2^$segment: exit $rc in $((SECONDS - t)) s on $(nproc) cores" | tee "$OUT/setup.txt" >&2
((rc == 0)) || die "setup failed (exit $rc; $OUT/long.log)"

failed=0
for dev in gpu cpu; do
	if (($(left) < 30)); then
		say "$dev: skipped ($(left) s left)"
		failed=1
		continue
	fi
	args=(bench --cycles "2^$cycles" --segment "2^$segment" --json --data "$data" --workers 1)
	[[ $dev = gpu ]] && args+=(--gpu)
	say "$dev: zkprover ${args[*]} (at most $(left) s)"
	rc=0
	(cd "$work" && timeout "$(left)" "$bin" "${args[@]}") >>"$OUT/long.json" 2>>"$OUT/long.log" || rc=$?
	say "$dev: exit $rc ($((SECONDS - START)) s)"
	((rc == 0)) || failed=1
done
cat "$OUT/long.json" 2>/dev/null || true
say "done in $((SECONDS - START)) s; results in $OUT"
exit "$failed"

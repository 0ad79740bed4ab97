#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# build-and-run.sh (run on the GPU machine, as ONE device call: every machine
# start costs a minute or more of the 15 minutes a task has): builds ICICLE's
# CUDA backend there (build-icicle.sh), puts the libraries built there in
# bin/gpu/icicle/lib (replacing the frontends that frontends.sh built here to
# link bin/gpu/gpubench: same sources, same sonames) and runs the benchmark
# (run.sh) in the time left. Everything that comes back fits the device
# tool's 8 files: $OUT/libs/ (icicle-libs.tar.gz or its .part-NN pieces,
# icicle-libs.sha256, icicle-libs.txt: what scripts/gpu/link.sh takes),
# $OUT/build-icicle.log, $OUT/gpubench.jsonl and $OUT/run.tar.gz (run.sh's
# logs: gpubench.log, nvidia-smi.txt, nvidia-smi-mem.csv, run.txt).
#
# Usage: scripts/gpu/build-and-run.sh [SPEC...]   (SPEC: as run.sh's)
# Env: OUT (default bin/gpu/out-all), TOTAL seconds for everything (default
#      540, inside the 10 minutes one command may take), BUILD_TIMEOUT
#      (default 270), ICICLE_CURVES, CUDA_ARCH (as build-icicle.sh's).
# Carry: bin/gpu/icicle-src, bin/gpu/gpubench, bin/gpu/icicle.
source "$(dirname "$0")/common.sh"

OUT=${OUT:-$GPU_DIR/out-all}
TOTAL=${TOTAL:-540}
START=$SECONDS
[[ -x $GPU_DIR/gpubench ]] || missing "$GPU_DIR/gpubench (scripts/gpu/frontends.sh, then scripts/gpu/link.sh, here; carry bin/gpu/gpubench)"
[[ -f $GPU_DIR/icicle-src/CMakeLists.txt ]] || missing "$GPU_DIR/icicle-src (scripts/gpu/prepare.sh here; carry it)"
mkdir -p "$OUT" 2>/dev/null && [[ -w $OUT ]] || missing "a writable output folder OUT=$OUT"
stop_if_missing

say "1/2: building ICICLE (at most ${BUILD_TIMEOUT:-270} s)"
rc=0
OUT=$OUT/libs BUILD_TIMEOUT=${BUILD_TIMEOUT:-270} "$ROOT/scripts/gpu/build-icicle.sh" || rc=$?
[[ -f $OUT/libs/build-icicle.log ]] && mv "$OUT/libs/build-icicle.log" "$OUT/build-icicle.log"
if ((rc != 0)); then
	say "FAILED: build-icicle.sh: exit $rc after $((SECONDS - START)) s (log: $OUT/build-icicle.log)"
	exit "$rc"
fi
rm -rf "$GPU_DIR/icicle/lib"
mkdir -p "$GPU_DIR/icicle"
cp -R "$GPU_DIR/icicle-build/install/lib" "$GPU_DIR/icicle/lib"
say "libraries built here installed in $GPU_DIR/icicle/lib ($((SECONDS - START)) s)"

left=$((TOTAL - (SECONDS - START)))
say "2/2: run.sh ${*:-(default classes)} in at most $left s"
run=$GPU_DIR/out-run
rm -rf "$run"
rc=0
OUT=$run DEADLINE=$left "$ROOT/scripts/gpu/run.sh" "$@" || rc=$?
[[ -f $run/gpubench.jsonl ]] && mv "$run/gpubench.jsonl" "$OUT/gpubench.jsonl"
tar -czf "$OUT/run.tar.gz" -C "$run" .
say "done in $((SECONDS - START)) s (run.sh: exit $rc)"
exit "$rc"

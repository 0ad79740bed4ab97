#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# build-and-run.sh (run on the GPU machine, as ONE device call: every machine
# start costs a minute or more of the 15 minutes a task has): the whole GPU
# measurement. 1. Unless bin/gpu/icicle/lib already holds ICICLE's CUDA
# backend (built here by scripts/gpu/build-icicle-here.sh --cuda, the normal way),
# builds it there (build-icicle.sh; this does not fit a lease together with
# the runs: the G2 MSM kernels alone take more than 280 s on 16 cores) and
# puts the libraries in bin/gpu/icicle/lib. 2. run.sh: gpubench for each SPEC.
# 3. With LONGRUN="CYCLES SEGMENT" and time left, longrun.sh: the node's
# binary (bin/gpu/zkprover) proves a long run on the GPU (segments in a
# prove worker, aggregations, final proof) and then on the CPU.
# What comes back fits the device tool's 8 files: $OUT/gpubench.jsonl,
# $OUT/run.tar.gz (run.sh's logs), $OUT/long.json, $OUT/long.tar.gz
# (longrun.sh's logs), and when it built: $OUT/build-icicle.log and
# $OUT/libs/ (icicle-libs.tar.gz or its .part-NN pieces, icicle-libs.sha256,
# icicle-libs.txt: what scripts/gpu/link.sh takes).
#
# Usage: scripts/gpu/build-and-run.sh [SPEC...]   (SPEC: as run.sh's)
# Env: OUT (default bin/gpu/out-all), TOTAL seconds for everything (default
#      540, inside the 10 minutes one command may take), LONGRUN (e.g. "7 5"),
#      LONG_MIN (seconds the long run needs to start, default 200),
#      BUILD_TIMEOUT (default 270), ICICLE_CURVES, CUDA_ARCH (build-icicle.sh's).
# Carry: bin/gpu/stage (scripts/gpu/stage.sh: gpubench, the tagged node
#        binary and the libraries, compressed; unpacked first), or
#        bin/gpu/gpubench and bin/gpu/icicle (bin/gpu/icicle-src to build there).
source "$(dirname "$0")/common.sh"

OUT=${OUT:-$GPU_DIR/out-all}
TOTAL=${TOTAL:-540}
START=$SECONDS
lib=$GPU_DIR/icicle/lib
unstage
prebuilt=0
find "$lib/backend" -name 'libicicle_backend_cuda_curve_bn254.so' 2>/dev/null | grep -q . && prebuilt=1
[[ -x $GPU_DIR/gpubench ]] || missing "$GPU_DIR/gpubench (scripts/gpu/build-icicle-here.sh, then scripts/gpu/link.sh, here; carry bin/gpu/gpubench)"
((prebuilt)) || [[ -f $GPU_DIR/icicle-src/CMakeLists.txt ]] ||
	missing "ICICLE's CUDA backend in $lib/backend (scripts/gpu/build-icicle-here.sh --cuda here; carry bin/gpu/icicle) or its sources to build it here (carry bin/gpu/icicle-src)"
if [[ -n ${LONGRUN:-} ]]; then
	[[ -x $GPU_DIR/zkprover ]] || missing "$GPU_DIR/zkprover for LONGRUN (the node binary built with -tags icicle: scripts/gpu/stage.sh)"
fi
mkdir -p "$OUT" 2>/dev/null && [[ -w $OUT ]] || missing "a writable output folder OUT=$OUT"
stop_if_missing

if ((prebuilt)); then
	say "1/3: ICICLE's CUDA backend is there (built elsewhere): $(cd "$lib" && find backend -name '*.so' | tr '\n' ' ')"
else
	say "1/3: building ICICLE (at most ${BUILD_TIMEOUT:-270} s)"
	rc=0
	OUT=$OUT/libs BUILD_TIMEOUT=${BUILD_TIMEOUT:-270} "$ROOT/scripts/gpu/build-icicle.sh" || rc=$?
	[[ -f $OUT/libs/build-icicle.log ]] && mv "$OUT/libs/build-icicle.log" "$OUT/build-icicle.log"
	if ((rc != 0)); then
		say "FAILED: build-icicle.sh: exit $rc after $((SECONDS - START)) s (log: $OUT/build-icicle.log)"
		exit "$rc"
	fi
	rm -rf "$lib"
	mkdir -p "$GPU_DIR/icicle"
	cp -R "$GPU_DIR/icicle-build/install/lib" "$lib"
	say "libraries built here installed in $lib ($((SECONDS - START)) s)"
fi

long_min=${LONG_MIN:-200}
left=$((TOTAL - (SECONDS - START)))
[[ -n ${LONGRUN:-} ]] && left=$((left - long_min))
say "2/3: run.sh ${*:-(default classes)} in at most $left s"
run=$GPU_DIR/out-run
rm -rf "$run"
rc=0
OUT=$run DEADLINE=$left "$ROOT/scripts/gpu/run.sh" "$@" || rc=$?
[[ -f $run/gpubench.jsonl ]] && mv "$run/gpubench.jsonl" "$OUT/gpubench.jsonl"
tar -czf "$OUT/run.tar.gz" -C "$run" .

if [[ -n ${LONGRUN:-} ]]; then
	left=$((TOTAL - (SECONDS - START)))
	say "3/3: longrun.sh $LONGRUN in at most $left s"
	long=$GPU_DIR/out-long
	rm -rf "$long"
	lrc=0
	# shellcheck disable=SC2086 # LONGRUN is "CYCLES SEGMENT"
	OUT=$long DEADLINE=$left "$ROOT/scripts/gpu/longrun.sh" $LONGRUN || lrc=$? # keys kept in bin/gpu/longrun-data
	[[ -f $long/long.json ]] && mv "$long/long.json" "$OUT/long.json"
	tar -czf "$OUT/long.tar.gz" -C "$long" .
	((lrc == 0)) || rc=$lrc
fi
say "done in $((SECONDS - START)) s (exit $rc)"
exit "$rc"

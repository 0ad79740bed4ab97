#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# run.sh (run on the GPU machine): runs bin/gpu/gpubench (from link.sh, with
# the ICICLE libraries in bin/gpu/icicle) for each class and writes into $OUT:
# gpubench.jsonl (one JSON line per class), gpubench.log (its stderr, with
# gnark's per-step GPU timings: ICICLE_STEP_PROFILE),
# nvidia-smi.txt (the GPU), nvidia-smi-mem.csv (memory and load every 200 ms)
# and run.txt (what ran, exit statuses). Every class runs with --require-gpu,
# so a GPU that ICICLE cannot use is an error, not a CPU-only line.
#
# Usage: scripts/gpu/run.sh [CLASS[:KEYS[:RUNS[:CIRCUIT]]]...]
#   CLASS  12 or 2^12; KEYS: setup (in-memory keygen.Setup: the GPU proof is
#          verified with a real verifying key) or dummy (keygen.Dummy: timing
#          only); RUNS: proofs per device; CIRCUIT: rv32im (default: a whole
#          run of the class) or segment (one full segment of a long run).
#   Default: 12:setup:3 16:dummy:1 (2^16 once per device: its compile is
#   single-threaded and a class killed by the deadline prints nothing)
# Env: OUT (default bin/gpu/out-run), DEADLINE seconds for all classes
#      (default 450: inside the GPU machine's 8 minutes per command; a class
#      gets what is left, and none starts with under 30 s), GPUBENCH_ARGS
#      (more gpubench flags, e.g. --pin-keys).
source "$(dirname "$0")/common.sh"

specs=("$@")
((${#specs[@]} > 0)) || specs=(12:setup:3 16:dummy:1)
for s in "${specs[@]}"; do
	[[ $s =~ ^(2\^)?[0-9]+(:(setup|dummy)(:[0-9]+(:(rv32im|segment))?)?)?$ ]] ||
		usage_error "bad class spec $s: want CLASS[:setup|dummy[:RUNS[:rv32im|segment]]], e.g. 16:dummy:2 or 14:dummy:1:segment"
done
OUT=${OUT:-$GPU_DIR/out-run}
DEADLINE=${DEADLINE:-450}
bench=$GPU_DIR/gpubench
lib=$GPU_DIR/icicle/lib
START=$SECONDS
cd "$ROOT"

# Prerequisites, all checked first.
if ! have nvidia-smi; then
	missing "a GPU: nvidia-smi not found (no NVIDIA driver on this machine)"
elif (($(gpu_count) < 1)); then
	missing "a GPU: nvidia-smi lists none ($(nvidia-smi -L 2>&1 | head -n 1))"
fi
[[ -x $bench ]] || missing "$bench (build it with scripts/gpu/link.sh and carry bin/gpu/gpubench)"
[[ -f $lib/libicicle_device.so ]] || missing "ICICLE libraries in $lib (carry bin/gpu/icicle, made by link.sh from build-icicle.sh's output)"
if [[ -d $lib ]] && ! find "$lib/backend" -name 'libicicle_backend_cuda_curve_bn254.so' 2>/dev/null | grep -q .; then
	missing "ICICLE's CUDA backend in $lib/backend (libraries built with --no-cuda?)"
fi
if [[ -x $bench ]] && have ldd && ldd "$bench" 2>/dev/null | grep -q 'not found'; then
	missing "shared libraries of $bench: $(ldd "$bench" | grep 'not found' | tr -s ' \t' ' ' | tr '\n' ';')"
fi
if [[ -d $lib/backend ]] && have ldd; then
	# The CUDA backend is loaded at run time (dlopen), so the binary's ldd does not cover it.
	while IFS= read -r so; do
		if LD_LIBRARY_PATH=$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} ldd "$so" 2>/dev/null | grep -q 'not found'; then
			missing "shared libraries of $so: $(LD_LIBRARY_PATH=$lib ldd "$so" | grep 'not found' | tr -s ' \t' ' ' | tr '\n' ';')"
		fi
	done < <(find "$lib/backend" -name '*.so')
fi
have timeout || missing "timeout (coreutils)"
if ! mkdir -p "$OUT" 2>/dev/null || [[ ! -w $OUT ]]; then missing "a writable output folder OUT=$OUT"; fi
stop_if_missing

report_go
export ICICLE_BACKEND_INSTALL_DIR=$lib/backend
export LD_LIBRARY_PATH=$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
# gnark's ICICLE prover logs the time of each step (MSMs, NTTs, commitments)
# at debug level with this set; --verbose sends them to gpubench.log.
export ICICLE_STEP_PROFILE=1
nvidia-smi >"$OUT/nvidia-smi.txt" 2>&1 || true
nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv >>"$OUT/nvidia-smi.txt" 2>&1 || true
nvidia-smi --query-gpu=timestamp,memory.used,utilization.gpu --format=csv -lms 200 >"$OUT/nvidia-smi-mem.csv" 2>&1 &
smi=$!
trap 'kill "$smi" 2>/dev/null || true' EXIT
{
	echo "run.sh $(date -u +%FT%TZ) on $(hostname), $(nproc) cores"
	echo "gpu: $(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | head -n 1)"
	echo "specs: ${specs[*]}; deadline ${DEADLINE}s"
} >"$OUT/run.txt"

failed=0
for s in "${specs[@]}"; do
	IFS=: read -r class keys runs circuit <<<"$s"
	class=${class#2^}
	keys=${keys:-dummy}
	runs=${runs:-1}
	circuit=${circuit:-rv32im}
	left=$((START + DEADLINE - SECONDS))
	if ((left < 30)); then
		say "class 2^$class: skipped, ${left} s left of DEADLINE=$DEADLINE"
		echo "class 2^$class: skipped (deadline)" >>"$OUT/run.txt"
		failed=1
		continue
	fi
	args=(--class "2^$class" --circuit "$circuit" "--$([[ $keys = setup ]] && echo setup || echo dummy-setup)" --runs "$runs" --require-gpu --verbose)
	# shellcheck disable=SC2206 # GPUBENCH_ARGS is a list of flags
	args+=(${GPUBENCH_ARGS:-})
	say "class 2^$class: gpubench ${args[*]} (at most $left s)"
	rc=0
	timeout "$left" "$bench" "${args[@]}" >>"$OUT/gpubench.jsonl" 2>>"$OUT/gpubench.log" || rc=$?
	echo "class 2^$class: gpubench ${args[*]}: exit $rc after $((SECONDS - START)) s" >>"$OUT/run.txt"
	say "class 2^$class: exit $rc ($((SECONDS - START)) s)"
	((rc == 0)) || failed=1
done
kill "$smi" 2>/dev/null || true
cat "$OUT/gpubench.jsonl" 2>/dev/null || true
tail -n 20 "$OUT/gpubench.log" >&2 || true
say "done in $((SECONDS - START)) s; results in $OUT"
exit "$failed"

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# build-icicle.sh (run on the GPU machine: CUDA's nvcc, CMake, a C++ compiler;
# no network and no Go needed): builds ICICLE's native libraries from the
# sources that scripts/gpu/prepare.sh put in bin/gpu/icicle-src: the CUDA
# backend for the curves in ICICLE_CURVES (default bn254, what the zkVM's
# Groth16 proofs use) for CUDA architecture CUDA_ARCH (default 90:
# H100/H200) set explicitly, and the frontend libraries of all four curves of
# gnark's ICICLE package (bn254, bls12_377, bls12_381, bw6_761: it imports
# them all, so a binary links against all four even though it proves on
# bn254 only; they are small and quick to build), and packs them for the
# trip back: $OUT/icicle-libs.tar.gz (split into icicle-libs.tar.gz.part-NN
# pieces of 15 MiB when larger than the 16 MiB a returned file may have),
# icicle-libs.sha256, icicle-libs.txt (the files and sizes) and
# build-icicle.log. A GPU is not needed to build (the architecture is given).
#
# What is built: the frontend libraries lib/libicicle_device.so,
# lib/libicicle_field_<curve>.so and lib/libicicle_curve_<curve>.so (what a Go
# binary links against) and the CUDA backend lib/backend/... (loaded at run
# time from ICICLE_BACKEND_INSTALL_DIR): MSM, G2 MSM and NTT, what gnark's
# Groth16 prover uses. ICICLE's CPU backend is not built (gnark does not use it).
# The CUDA curves are built first, so a deadline hit later costs only frontends.
#
# Usage: scripts/gpu/build-icicle.sh [--no-cuda]
#   --no-cuda  frontend libraries only, without nvcc: a rehearsal of the build
#              and of link.sh on a machine without CUDA; a binary linked
#              against them runs but finds no GPU.
# Env: OUT (default bin/gpu/out), ICICLE_SRC (default bin/gpu/icicle-src),
#      ICICLE_CURVES (default "bn254"): the curves with a CUDA backend (any of
#      bn254 bls12_377 bls12_381 bw6_761; each adds minutes of nvcc),
#      CUDA_ARCH (default 90), JOBS (default: the number of cores),
#      BUILD_TIMEOUT seconds for all compiling (default 420: inside the GPU
#      machine's 8 minutes per command, with time to pack).
source "$(dirname "$0")/common.sh"

cuda=1
case "${1:-}" in
"") ;;
--no-cuda) cuda=0 ;;
*) usage_error "usage: scripts/gpu/build-icicle.sh [--no-cuda]" ;;
esac
(($# <= 1)) || usage_error "usage: scripts/gpu/build-icicle.sh [--no-cuda]"

OUT=${OUT:-$GPU_DIR/out}
SRC=${ICICLE_SRC:-$GPU_DIR/icicle-src}
CURVES=${ICICLE_CURVES:-bn254}
# What gnark's backend/accelerated/icicle/groth16 links against.
LINK_CURVES="bn254 bls12_377 bls12_381 bw6_761"
CUDA_ARCH=${CUDA_ARCH:-90}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-420}
WORK=$GPU_DIR/icicle-build
START=$SECONDS

# Prerequisites, all checked before anything is done.
[[ -f $SRC/CMakeLists.txt ]] || missing "ICICLE sources in $SRC (run scripts/gpu/prepare.sh on the development machine and carry bin/gpu/icicle-src)"
if have cmake; then
	v=$(cmake --version | sed -n 's/^cmake version \([0-9]*\.[0-9]*\).*/\1/p')
	awk -v v="$v" 'BEGIN { split(v, a, "."); exit !(a[1] > 3 || (a[1] == 3 && a[2] >= 18)) }' ||
		missing "CMake 3.18 or later (found $v)"
else
	missing "cmake (CMake 3.18 or later)"
fi
have c++ || have g++ || have clang++ || missing "a C++17 compiler (g++ or clang++)"
have timeout || missing "timeout (coreutils)"
if ((cuda)); then
	if find_nvcc; then
		say "nvcc: $(nvcc --version | tail -n 2 | head -n 1)"
	else
		missing "nvcc (the CUDA toolkit; not on PATH nor in /usr/local/cuda/bin). Without CUDA only a rehearsal is possible: --no-cuda"
	fi
fi
for c in $CURVES; do
	case $c in bn254 | bls12_377 | bls12_381 | bw6_761) ;; *) missing "a known curve: $c is not one of bn254 bls12_377 bls12_381 bw6_761" ;; esac
done
if ! mkdir -p "$OUT" 2>/dev/null || [[ ! -w $OUT ]]; then missing "a writable output folder OUT=$OUT"; fi
stop_if_missing

gen=()
if have ninja; then gen=(-G Ninja); else say "ninja not found: using make"; fi
say "GPUs here: $(gpu_count) (none needed to build; CUDA architecture $CUDA_ARCH is set explicitly)"
report_go
say "building ICICLE ($(sed -n 1p "$SRC/ZKPROVER_SOURCE" 2>/dev/null || echo "$SRC")): CUDA backend for $([[ $cuda = 1 ]] && echo "$CURVES, sm_$CUDA_ARCH" || echo "none (--no-cuda)"); frontends for $LINK_CURVES; $JOBS jobs"

LOG=$OUT/build-icicle.log
: >"$LOG"
rm -rf "$WORK"
mkdir -p "$WORK"
PREFIX=$WORK/install
deadline=$((START + BUILD_TIMEOUT))
# The CUDA curves first, then the other curves' frontends.
order=$CURVES
for c in $LINK_CURVES; do [[ " $CURVES " == *" $c "* ]] || order="$order $c"; done
for c in $order; do
	b=$WORK/build-$c
	cuda_flags=(-DCUDA_BACKEND=OFF)
	if ((cuda)) && [[ " $CURVES " == *" $c "* ]]; then
		cuda_flags=(-DCUDA_BACKEND=ON -DCUDA_ARCH="$CUDA_ARCH" -DCMAKE_CUDA_ARCHITECTURES="$CUDA_ARCH"
			-DCMAKE_CUDA_COMPILER="$(command -v nvcc)")
	fi
	say "[$c] configuring ($([[ ${cuda_flags[0]} = -DCUDA_BACKEND=ON ]] && echo "frontend + CUDA backend" || echo "frontend only"); $((SECONDS - START)) s)"
	if ! cmake "${gen[@]}" -S "$SRC" -B "$b" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
		-DCURVE="$c" -DMSM=ON -DNTT=ON -DG2=ON -DCPU_BACKEND=OFF -DBUILD_TESTS=OFF "${cuda_flags[@]}" >>"$LOG" 2>&1; then
		tail -n 30 "$LOG" >&2
		die "[$c] cmake configure failed (log: $LOG)"
	fi
	left=$((deadline - SECONDS))
	((left > 10)) || die "[$c] no time left to build (BUILD_TIMEOUT=$BUILD_TIMEOUT s spent); build fewer curves per call"
	say "[$c] compiling, at most $left s"
	rc=0
	timeout "$left" cmake --build "$b" --target install -j "$JOBS" >>"$LOG" 2>&1 || rc=$?
	if ((rc == 124)); then
		tail -n 20 "$LOG" >&2
		die "[$c] the build ran past BUILD_TIMEOUT=$BUILD_TIMEOUT s (log: $LOG); raise it within the 8-minute limit or build one curve per call"
	elif ((rc != 0)); then
		grep -n -i -m 20 'error' "$LOG" >&2 || tail -n 30 "$LOG" >&2
		die "[$c] the build failed (log: $LOG)"
	fi
	say "[$c] built ($((SECONDS - START)) s)"
done

# What must be there.
lib=$PREFIX/lib
want=("$lib/libicicle_device.so")
for c in $LINK_CURVES; do want+=("$lib/libicicle_field_$c.so" "$lib/libicicle_curve_$c.so"); done
for c in $CURVES; do
	if ((cuda)); then
		want+=("$(find "$lib/backend" -name "libicicle_backend_cuda_curve_$c.so" -print -quit 2>/dev/null || true)")
		want+=("$(find "$lib/backend" -name "libicicle_backend_cuda_field_$c.so" -print -quit 2>/dev/null || true)")
	fi
done
((cuda)) && want+=("$(find "$lib/backend" -name libicicle_backend_cuda_device.so -print -quit 2>/dev/null || true)")
for f in "${want[@]}"; do
	[[ -n $f && -f $f ]] || die "an expected library is missing after the build: ${f:-a CUDA backend library} (files: $(cd "$PREFIX" && find . -name '*.so' | tr '\n' ' '))"
done

# Pack for the trip back.
(cd "$PREFIX" && find lib -type f -name '*.so*' -printf '%s\t%p\n' | sort -k2) >"$OUT/icicle-libs.txt"
{
	echo "# $(sed -n 1p "$SRC/ZKPROVER_SOURCE" 2>/dev/null || echo icicle); curves: $CURVES; cuda: $cuda; arch: $CUDA_ARCH"
	((cuda)) && echo "# $(nvcc --version | tail -n 2 | head -n 1)"
	cxx=$(grep -m 1 -h 'Using Clang++' "$LOG" || grep -m 1 -h 'CXX compiler identification' "$LOG" || true)
	echo "# ${cxx#-- }; $(ldd --version 2>/dev/null | head -n 1 || true)"
} >>"$OUT/icicle-libs.txt"
tar -czf "$OUT/icicle-libs.tar.gz" -C "$PREFIX" lib
size=$(bytes "$OUT/icicle-libs.tar.gz")
(cd "$OUT" && sha256sum icicle-libs.tar.gz >icicle-libs.sha256)
if ((size > MAX_RETURN_BYTES)); then
	(cd "$OUT" && split -b "$PART_BYTES" -d icicle-libs.tar.gz icicle-libs.tar.gz.part- && rm icicle-libs.tar.gz)
	say "packed: $(mib "$size") in $(find "$OUT" -name 'icicle-libs.tar.gz.part-*' | wc -l) parts of at most 15 MiB"
else
	say "packed: $OUT/icicle-libs.tar.gz ($(mib "$size"))"
fi
if (($(bytes "$LOG") > 1048576)); then tail -c 1048576 "$LOG" >"$LOG.tail" && mv "$LOG.tail" "$LOG"; fi
sed 's/^/  /' "$OUT/icicle-libs.txt" >&2
say "done in $((SECONDS - START)) s; next, where Go is: scripts/gpu/link.sh <the folder these files came back into>"

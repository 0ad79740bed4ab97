#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# pack-nvcc.sh (run on the GPU machine, once): packs the parts of its CUDA
# toolkit that compile ICICLE's CUDA backend (nvcc, cudafe++, cicc, ptxas,
# fatbinary, libdevice, the headers without the math libraries', the static
# CUDA runtime) for the trip back: $OUT/cuda.tar.xz.part-NN (15 MiB pieces;
# 42 MB for CUDA 13.0.88) and $OUT/cuda.sha256. Unpacked here into
# ~/.cache/zkprover-cuda, it lets scripts/gpu/build-icicle-here.sh --cuda build the
# backend on the development machine: on the GPU machine the build does not fit
# the lease (the G2 MSM kernels alone take more than 280 s on its 16 cores),
# which then goes to the measurements alone.
#
# Here:  cat FILES_AT/cuda.tar.xz.part-* >/tmp/cuda.tar.xz &&
#        (cd /tmp && sha256sum -c FILES_AT/cuda.sha256) &&
#        mkdir -p ~/.cache/zkprover-cuda && tar -xJf /tmp/cuda.tar.xz -C ~/.cache/zkprover-cuda
# Usage: scripts/gpu/pack-nvcc.sh   Env: OUT (default bin/gpu/out-nvcc), CUDA_HOME (default /usr/local/cuda)
source "$(dirname "$0")/common.sh"

(($# == 0)) || usage_error "usage: scripts/gpu/pack-nvcc.sh (no arguments)"
OUT=${OUT:-$GPU_DIR/out-nvcc}
CUDA_HOME=${CUDA_HOME:-/usr/local/cuda}
[[ -x $CUDA_HOME/bin/nvcc && -x $CUDA_HOME/nvvm/bin/cicc ]] || missing "a CUDA toolkit in $CUDA_HOME (bin/nvcc, nvvm/bin/cicc)"
have xz || missing "xz"
mkdir -p "$OUT" 2>/dev/null && [[ -w $OUT ]] || missing "a writable output folder OUT=$OUT"
stop_if_missing

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
skip=()
for h in npp cublas cusparse cufft cusolver curand nvjpeg cudnn nvml cufile cupti nvperf nvblas cudla nvrtc; do
	skip+=("--exclude=include/$h*")
done
# -h: include and lib64 are links into targets/x86_64-linux.
(cd "$CUDA_HOME" && tar -chf "$tmp/cuda.tar" "${skip[@]}" bin/nvcc bin/nvcc.profile bin/cudafe++ bin/fatbinary bin/ptxas bin/crt \
	nvvm/bin nvvm/libdevice include lib64/libcudart.so* lib64/libcudart_static.a lib64/libcudadevrt.a lib64/libculibos.a lib64/stubs/libcuda.so) ||
	die "tar of $CUDA_HOME failed"
xz -T0 -8 -c "$tmp/cuda.tar" >"$tmp/cuda.tar.xz"
(cd "$tmp" && sha256sum cuda.tar.xz >"$OUT/cuda.sha256")
split -b "$PART_BYTES" -d "$tmp/cuda.tar.xz" "$OUT/cuda.tar.xz.part-"
say "packed $(mib "$(bytes "$tmp/cuda.tar")") of $($CUDA_HOME/bin/nvcc --version | tail -n 2 | head -n 1) into $(mib "$(bytes "$tmp/cuda.tar.xz")"): $(cd "$OUT" && echo cuda.tar.xz.part-*)"

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# frontends.sh (run here, on the development machine: a C++17 compiler, no
# CMake, no CUDA): builds ICICLE's frontend libraries of the four curves that
# gnark's ICICLE package links against (libicicle_device.so,
# libicicle_field_<curve>.so, libicicle_curve_<curve>.so for bn254, bls12_381,
# bls12_377, bw6_761) from bin/gpu/icicle-src (scripts/gpu/prepare.sh) with
# the compiler alone, the same sources and definitions as ICICLE's CMake
# project (cmake/field.cmake, cmake/curve.cmake: NTT, MSM and G2 on, no
# backend), into bin/gpu/icicle/lib. link.sh then links bin/gpu/gpubench here
# before any GPU time is spent, so one call on the GPU machine can build the
# CUDA backend (build-icicle.sh) and run the benchmark (run.sh):
# build-and-run.sh replaces these libraries there with the ones built there
# from the same sources (same exported C symbols and sonames).
#
# Usage: scripts/gpu/frontends.sh
# Env: ICICLE_SRC (default bin/gpu/icicle-src), CXX (default clang++, else g++),
#      JOBS (default: the number of cores).
source "$(dirname "$0")/common.sh"

(($# == 0)) || usage_error "usage: scripts/gpu/frontends.sh (no arguments)"
SRC=${ICICLE_SRC:-$GPU_DIR/icicle-src}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
if [[ -z ${CXX:-} ]]; then
	if have clang++; then CXX=clang++; elif have g++; then CXX=g++; fi
fi
[[ -f $SRC/src/device_api.cpp ]] || missing "ICICLE sources in $SRC (run scripts/gpu/prepare.sh)"
[[ -n ${CXX:-} ]] && have "$CXX" || missing "a C++17 compiler (clang++ or g++; or set CXX)"
have xargs || missing "xargs"
stop_if_missing

START=$SECONDS
dest=$GPU_DIR/icicle/lib
objs=$GPU_DIR/icicle-frontends
rm -rf "$objs"
mkdir -p "$objs" "$dest"
flags=(-std=c++17 -O3 -fPIC -DNDEBUG -I"$SRC/include")
# index:curve, as in cmake/fields_and_curves.cmake.
curves="1:bn254 2:bls12_381 3:bls12_377 4:bw6_761"

# One compile job per line: output object, then the compiler's arguments.
jobs=$objs/jobs.txt
: >"$jobs"
for f in device_api runtime config_extension; do
	echo "$objs/device_$f.o ${flags[*]} -c $SRC/src/$f.cpp" >>"$jobs"
done
for ic in $curves; do
	i=${ic%%:*}
	c=${ic#*:}
	fdefs="-DFIELD=$c -DFIELD_ID=$i -DNTT=ON"
	for f in fields/ffi_extern vec_ops ntt; do
		echo "$objs/field_${c}_${f//\//_}.o ${flags[*]} $fdefs -c $SRC/src/$f.cpp" >>"$jobs"
	done
	cdefs="$fdefs -DCURVE=$c -DCURVE_ID=$i -DMSM=ON -DG2=ON"
	for f in curves/ffi_extern curves/montgomery_conversion msm; do
		echo "$objs/curve_${c}_${f//\//_}.o ${flags[*]} $cdefs -c $SRC/src/$f.cpp" >>"$jobs"
	done
done
say "compiling $(wc -l <"$jobs") sources with $CXX, $JOBS jobs"
export CXX
# shellcheck disable=SC2016 # expanded by the inner shell
if ! xargs -P "$JOBS" -L 1 sh -c 'o=$0; "$CXX" "$@" -o "$o" || { echo "failed: $o" >&2; exit 255; }' <"$jobs"; then
	die "a source did not compile (above)"
fi

link() { # link NAME OBJECTS... -- LIBS...
	local name=$1
	shift
	"$CXX" -shared -Wl,-soname,"$name" -o "$dest/$name" "$@" || die "linking $name failed"
}
link libicicle_device.so "$objs"/device_*.o -ldl
for ic in $curves; do
	c=${ic#*:}
	link "libicicle_field_$c.so" "$objs"/field_"$c"_*.o -L"$dest" -licicle_device -lpthread
	link "libicicle_curve_$c.so" "$objs"/curve_"$c"_*.o -L"$dest" -licicle_field_"$c" -licicle_device -lpthread
done
rm -rf "$objs"
say "built in $((SECONDS - START)) s: $dest ($(find "$dest" -maxdepth 1 -name 'libicicle_*.so' | wc -l) libraries, $(mib "$(bytes "$dest")"))"
say "next: scripts/gpu/link.sh $dest"

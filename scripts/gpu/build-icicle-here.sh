#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# build-icicle-here.sh (run here, on the development machine: a C++17
# compiler; no CMake, no GPU): builds the ICICLE libraries on this machine,
# the counterpart of build-icicle.sh, which builds them with CMake on the GPU
# machine (where they do not fit the lease, docs/proving.md). It builds the
# frontend libraries of the four curves that gnark's ICICLE package links
# against (libicicle_device.so, libicicle_field_<curve>.so,
# libicicle_curve_<curve>.so for bn254, bls12_381, bls12_377, bw6_761) from
# bin/gpu/icicle-src (scripts/gpu/prepare.sh) with the compiler alone, with
# the same sources and definitions as ICICLE's CMake project
# (cmake/field.cmake, cmake/curve.cmake: NTT, MSM and G2 on), into
# bin/gpu/icicle/lib, which link.sh links bin/gpu/gpubench against.
#
# With --cuda it also builds the CUDA backend of bn254 (what gnark's Groth16
# prover uses: MSM, G2 MSM, NTT, vector ops) for CUDA_ARCH (default 90:
# H100/H200) with nvcc, from CUDA_HOME (default ~/.cache/zkprover-cuda: the
# compiler carried back from the GPU machine by scripts/gpu/pack-nvcc.sh;
# no GPU needed), into bin/gpu/icicle/lib/backend, as ICICLE's CMake project
# lays it out. This takes long on few cores (the G2 MSM kernels alone took
# more than 280 s on the GPU machine's 16 cores), which is why it is done here
# and not in the GPU machine's 15 minutes; copy bin/gpu/icicle to
# ~/.cache/zkprover-icicle to keep it.
#
# Usage: scripts/gpu/build-icicle-here.sh [--cuda]
# Env: ICICLE_SRC (default bin/gpu/icicle-src), CXX (default clang++, else g++),
#      JOBS (default: the number of cores), CUDA_HOME, CUDA_ARCH.
source "$(dirname "$0")/common.sh"

cuda=0
case "${1:-}" in
"") ;;
--cuda) cuda=1 ;;
*) usage_error "usage: scripts/gpu/build-icicle-here.sh [--cuda]" ;;
esac
(($# <= 1)) || usage_error "usage: scripts/gpu/build-icicle-here.sh [--cuda]"
CUDA_HOME=${CUDA_HOME:-$HOME/.cache/zkprover-cuda}
CUDA_ARCH=${CUDA_ARCH:-90}
SRC=${ICICLE_SRC:-$GPU_DIR/icicle-src}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
if [[ -z ${CXX:-} ]]; then
	if have clang++; then CXX=clang++; elif have g++; then CXX=g++; fi
fi
# nvcc's host compiler (g++: what CUDA supports best)
CXX_HOST=${CXX_HOST:-$(command -v g++ || command -v "${CXX:-c++}" || true)}
[[ -f $SRC/src/device_api.cpp ]] || missing "ICICLE sources in $SRC (run scripts/gpu/prepare.sh)"
[[ -n ${CXX:-} ]] && have "$CXX" || missing "a C++17 compiler (clang++ or g++; or set CXX)"
have xargs || missing "xargs"
if ((cuda)); then
	[[ -x $CUDA_HOME/bin/nvcc ]] || missing "nvcc in $CUDA_HOME/bin (set CUDA_HOME, or carry the GPU machine's back with scripts/gpu/pack-nvcc.sh)"
	[[ -f $SRC/backend/cuda/src/msm/cuda_msm_g2.cu ]] || missing "ICICLE's CUDA backend sources in $SRC/backend/cuda"
fi
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

if ((cuda)); then
	nvcc=$CUDA_HOME/bin/nvcc
	be=$dest/backend
	# Objects are kept in $cobjs so that a failed link or a new checkout does
	# not cost the G2 MSM's minutes again.
	cobjs=$GPU_DIR/icicle-cuda-obj
	rm -rf "$be"
	mkdir -p "$be/cuda" "$be/bn254/cuda" "$cobjs"
	nflags=(-std=c++17 --expt-relaxed-constexpr --split-compile 0 "--generate-code=arch=compute_$CUDA_ARCH,code=[compute_$CUDA_ARCH,sm_$CUDA_ARCH]"
		-Xcompiler -fPIC -DNDEBUG -I"$SRC/include" -I"$SRC/backend/cuda/include" -ccbin "$CXX_HOST")
	fdefs=(-DFIELD=bn254 -DFIELD_ID=1 -DNTT=ON)
	cdefs=("${fdefs[@]}" -DCURVE=bn254 -DCURVE_ID=1 -DMSM=ON -DG2=ON)
	# The objects are reused when the sources (the backend's and the
	# headers), the flags and the compiler are the same as when they were made.
	stamp=$( {
		(cd "$SRC" && find include backend/cuda -type f -print0 | sort -z | xargs -0 sha256sum)
		echo "${nflags[*]}"
		"$nvcc" --version
	} | sha256sum | cut -d' ' -f1)
	if [[ $(cat "$cobjs/STAMP" 2>/dev/null) != "$stamp" ]]; then
		rm -f "$cobjs"/*.o
		echo "$stamp" >"$cobjs/STAMP"
	fi
	cu() { # cu OBJECT SOURCE DEFS...
		local o=$cobjs/$1 src=$SRC/backend/cuda/src/$2
		shift 2
		if [[ -f $o ]]; then
			say "nvcc ${src#"$SRC"/}: kept from an earlier build ($o)"
			return
		fi
		local t=$SECONDS
		"$nvcc" "${nflags[@]}" "$@" -c "$src" -o "$o.tmp" || die "nvcc $src failed"
		mv "$o.tmp" "$o"
		say "nvcc ${src#"$SRC"/}: $((SECONDS - t)) s"
	}
	# The objects hold no relocatable device code (no -rdc), so the host
	# compiler links them, with the static CUDA runtime (the driver is the only
	# CUDA library needed where they run).
	culink() { # culink DIR NAME OBJECTS-AND-LIBS...
		local dir=$1 name=$2
		shift 2
		"$CXX_HOST" -shared -Wl,-soname,"$name" -Wl,-rpath,'$ORIGIN/../../..:$ORIGIN/../..' -o "$be/$dir/$name" "$@" \
			-L"$CUDA_HOME/lib64" -lcudart_static -ldl -lrt -lpthread || die "linking $name failed"
	}
	say "CUDA backend of bn254 for sm_$CUDA_ARCH with $("$nvcc" --version | tail -n 2 | head -n 1) (long: the G2 MSM kernels)"
	# The G2 MSM first: it is the long one.
	cu msm_g2.o msm/cuda_msm_g2.cu "${cdefs[@]}"
	cu msm.o msm/cuda_msm.cu "${cdefs[@]}"
	cu curve_mont.o curve/cuda_mont.cu "${cdefs[@]}"
	cu device.o cuda_device_api.cu
	for f in field/cuda_vec_ops field/cuda_mont ntt/cuda_ntt ntt/mixed_radix_ntt; do
		cu "field_${f//\//_}.o" "$f.cu" "${fdefs[@]}"
	done
	culink cuda libicicle_backend_cuda_device.so "$cobjs/device.o" -L"$dest" -licicle_device
	culink bn254/cuda libicicle_backend_cuda_field_bn254.so "$cobjs"/field_*.o -L"$dest" -licicle_field_bn254 -licicle_device
	culink bn254/cuda libicicle_backend_cuda_curve_bn254.so "$cobjs"/msm_g2.o "$cobjs"/msm.o "$cobjs"/curve_mont.o \
		-L"$be/bn254/cuda" -licicle_backend_cuda_field_bn254 -L"$dest" -licicle_curve_bn254 -licicle_field_bn254 -licicle_device
	strip --strip-unneeded "$be"/cuda/*.so "$be"/bn254/cuda/*.so
	say "CUDA backend: $(cd "$dest" && find backend -name '*.so' -printf '%p (%s bytes) ' )"
fi
say "built in $((SECONDS - START)) s: $dest ($(find "$dest" -maxdepth 1 -name 'libicicle_*.so' | wc -l) libraries, $(mib "$(bytes "$dest")"))"
say "next: scripts/gpu/link.sh $dest"

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# link.sh (run where Go and the module cache are: the development machine, or
# the GPU machine if it turns out to have both): unpacks the ICICLE libraries
# that build-icicle.sh made (returned from the GPU machine) into
# bin/gpu/icicle/lib and builds bin/gpu/gpubench with `-tags icicle` against
# them. The binary finds the libraries through its run path
# ($ORIGIN/icicle/lib), so bin/gpu travels as one folder
# (`carry: ["bin/gpu"]`, at most 64 MiB with the working tree: this script
# says how much it is).
#
# Usage: scripts/gpu/link.sh [LIBS] [--smoke]
#   LIBS     the folder build-icicle.sh's files came back into (icicle-libs.tar.gz
#            or its .part-NN pieces, and icicle-libs.sha256), or a lib/ folder
#            holding libicicle_*.so; default bin/gpu/out
#   --smoke  then run the new binary once at the smallest class (a CPU proof;
#            on a machine without a GPU it must say why there is none)
#
# gnark's ICICLE package imports all four of its curves, so the frontend
# libraries of bn254, bls12_377, bls12_381 and bw6_761 must be there (the
# #cgo directives of icicle-gnark's Go wrappers name them); only bn254 needs
# its CUDA backend, which is loaded at run time.
source "$(dirname "$0")/common.sh"

libs=$GPU_DIR/out
smoke=0
for a in "$@"; do
	case $a in
	--smoke) smoke=1 ;;
	-*) usage_error "usage: scripts/gpu/link.sh [LIBS] [--smoke]" ;;
	*) libs=$a ;;
	esac
done
curves="bn254 bls12_377 bls12_381 bw6_761"
frontends=(libicicle_device.so)
for c in $curves; do frontends+=("libicicle_field_$c.so" "libicicle_curve_$c.so"); done
cd "$ROOT"

have go || missing "go (link.sh builds the Go binary; run it where Go and the module cache are)"
have cc || have gcc || have clang || missing "a C compiler for cgo (gcc or clang)"
have tar || missing "tar"
if [[ -d $libs/lib ]]; then libs=$libs/lib; fi
packed=0
if [[ -f $libs/icicle-libs.tar.gz || -f $libs/icicle-libs.tar.gz.part-00 ]]; then
	packed=1
	[[ -f $libs/icicle-libs.sha256 ]] || missing "$libs/icicle-libs.sha256 (returned with the libraries by build-icicle.sh)"
elif [[ -d $libs ]]; then
	for f in "${frontends[@]}"; do
		[[ -f $libs/$f ]] || missing "$libs/$f"
	done
else
	missing "ICICLE libraries: $libs holds neither icicle-libs.tar.gz(.part-NN) nor libicicle_*.so (build them on the GPU machine with scripts/gpu/build-icicle.sh and fetch its files, or rehearse with scripts/gpu/build-icicle.sh --no-cuda)"
fi
stop_if_missing

dest=$GPU_DIR/icicle
if ((packed)); then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	if [[ -f $libs/icicle-libs.tar.gz ]]; then
		cp "$libs/icicle-libs.tar.gz" "$tmp/"
	else
		cat "$libs"/icicle-libs.tar.gz.part-* >"$tmp/icicle-libs.tar.gz"
	fi
	cp "$libs/icicle-libs.sha256" "$tmp/"
	(cd "$tmp" && sha256sum --quiet -c icicle-libs.sha256) || die "the libraries' sha256 does not match icicle-libs.sha256 (a part missing or damaged?)"
	rm -rf "$dest"
	mkdir -p "$dest"
	tar -xzf "$tmp/icicle-libs.tar.gz" -C "$dest"
elif [[ $(cd "$libs" && pwd) != "$dest/lib" ]]; then
	rm -rf "$dest"
	mkdir -p "$dest"
	cp -R "$libs" "$dest/lib"
fi
lib=$dest/lib
for f in "${frontends[@]}"; do
	[[ -f $lib/$f ]] || die "$lib/$f is not in the libraries (built by an older build-icicle.sh?)"
done
if find "$lib/backend" -name "libicicle_backend_cuda_curve_bn254.so" 2>/dev/null | grep -q .; then
	say "CUDA backend present: $lib/backend"
else
	say "WARNING: no CUDA backend in $lib/backend (libraries from build-icicle.sh --no-cuda?): the binary will link and run, but will find no GPU"
fi

# The libraries may come from a machine with a newer C library: their
# references to it are resolved where they run (--allow-shlib-undefined).
export CGO_ENABLED=1
# The -l flags come from the wrappers' #cgo directives.
export CGO_LDFLAGS="-L$lib -Wl,--allow-shlib-undefined -Wl,-rpath,\$ORIGIN/icicle/lib"
say "building bin/gpu/gpubench with -tags icicle (CGO_LDFLAGS=$CGO_LDFLAGS)"
start=$SECONDS
go build -tags icicle -trimpath -ldflags "-s -w" -o "$GPU_DIR/gpubench" ./cmd/gpubench || die "go build -tags icicle failed"
say "built in $((SECONDS - start)) s: $GPU_DIR/gpubench ($(mib "$(bytes "$GPU_DIR/gpubench")"))"
if ldd "$GPU_DIR/gpubench" | grep -q 'not found'; then
	ldd "$GPU_DIR/gpubench" | grep 'not found' >&2
	say "WARNING: libraries not found here (expected when they were built elsewhere against another C library)"
fi

# What travels: bin/gpu/gpubench, bin/gpu/icicle, plus the working tree.
if git rev-parse --git-dir >/dev/null 2>&1; then
	# Tracked files and untracked ones git does not ignore: what travels anyway.
	tree=$({ git ls-files -z && git ls-files -z --others --exclude-standard; } | du -cb --files0-from=- 2>/dev/null | tail -n 1 | cut -f1)
else
	tree=$(du -sb --exclude=./bin --exclude=./.git . | cut -f1)
fi
carry=$(($(bytes "$GPU_DIR/gpubench") + $(bytes "$dest")))
total=$((tree + carry))
say "to carry: bin/gpu/gpubench + bin/gpu/icicle = $(mib "$carry"); with the working tree ($(mib "$tree")): $(mib "$total") of the 64 MiB allowed"
((total <= MAX_CARRY_BYTES)) || say "WARNING: over the 64 MiB that may travel"
say "next, on the GPU machine: scripts/gpu/run.sh (carry bin/gpu/gpubench and bin/gpu/icicle)"

if ((smoke)); then
	say "smoke run: gpubench --class 2^4 --dummy-setup"
	rc=0
	ICICLE_BACKEND_INSTALL_DIR=${ICICLE_BACKEND_INSTALL_DIR:-$lib/backend} "$GPU_DIR/gpubench" --class 2^4 --dummy-setup || rc=$?
	say "smoke run: exit $rc"
	((rc == 0)) || exit 1
fi

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# stage.sh (run here, before asking for the GPU machine): makes everything one
# device call needs and prints that call. 1. ICICLE's sources
# (prepare.sh). 2. The libraries, frontends and bn254's CUDA backend: from
# the cache CACHE (default ~/.cache/zkprover-icicle) when it was built from
# the same sources, else from the committed scripts/gpu/prebuilt/icicle-lib.tar.xz
# (the libraries that ran on the H200, 2026-12-04) when it was built from the
# same sources and its sha256 matches icicle-lib.txt, else built here
# (build-icicle-here.sh --cuda: about 10 minutes on 2 cores; it needs the CUDA
# compiler in CUDA_HOME, see pack-nvcc.sh), saved in the cache and written
# again as the prebuilt archive to commit (git add scripts/gpu/prebuilt).
# 3. bin/gpu/gpubench (link.sh). 4. bin/gpu/zkprover: the
# node's binary built with -tags icicle against the same libraries. 5. What
# travels, xz-compressed into bin/gpu/stage (the three, 62 MiB as they are,
# would not fit the 64 MiB with the working tree), against the 64 MiB.
#
# Usage: scripts/gpu/stage.sh   Env: CACHE, CUDA_HOME (build-icicle-here.sh's)
source "$(dirname "$0")/common.sh"

(($# == 0)) || usage_error "usage: scripts/gpu/stage.sh (no arguments)"
CACHE=${CACHE:-$HOME/.cache/zkprover-icicle}
have go || missing "go"
stop_if_missing
cd "$ROOT"
START=$SECONDS

"$ROOT/scripts/gpu/prepare.sh" 2>&1 | grep -v '^prepare.sh: next' >&2
src_id=$(sed -n 1p "$GPU_DIR/icicle-src/ZKPROVER_SOURCE")
lib=$GPU_DIR/icicle/lib
prebuilt=$ROOT/scripts/gpu/prebuilt
save_cache() { # $1: where the libraries in $lib come from
	rm -rf "$CACHE"
	mkdir -p "$CACHE"
	cp -R "$lib" "$CACHE/lib"
	printf '%s\n%s\n' "$src_id" "$1" >"$CACHE/SOURCE"
	say "saved in $CACHE"
}
if [[ -f $CACHE/SOURCE && $(sed -n 1p "$CACHE/SOURCE") == "$src_id" ]] &&
	find "$CACHE/lib/backend" -name 'libicicle_backend_cuda_curve_bn254.so' 2>/dev/null | grep -q .; then
	rm -rf "$GPU_DIR/icicle"
	mkdir -p "$GPU_DIR/icicle"
	cp -R "$CACHE/lib" "$lib"
	say "libraries from $CACHE ($(sed -n 2p "$CACHE/SOURCE"))"
elif [[ -f $prebuilt/icicle-lib.txt && $(sed -n 1p "$prebuilt/icicle-lib.txt") == "$src_id" ]] &&
	(cd "$prebuilt" && sed -n 's/^sha256 //p' icicle-lib.txt | sha256sum -c --status); then
	rm -rf "$GPU_DIR/icicle"
	mkdir -p "$GPU_DIR/icicle"
	tar -xJf "$prebuilt/icicle-lib.tar.xz" -C "$GPU_DIR/icicle" || die "unpacking $prebuilt/icicle-lib.tar.xz failed"
	say "libraries from the committed $prebuilt/icicle-lib.tar.xz ($(sed -n 2p "$prebuilt/icicle-lib.txt"))"
	save_cache "$(sed -n 2p "$prebuilt/icicle-lib.txt")"
else
	if [[ -f $prebuilt/icicle-lib.txt && $(sed -n 1p "$prebuilt/icicle-lib.txt") == "$src_id" ]]; then
		say "WARNING: $prebuilt/icicle-lib.tar.xz does not match the sha256 in icicle-lib.txt (damaged or partly written?): not used"
	fi
	say "no usable libraries of $src_id in $CACHE nor in $prebuilt: building them (build-icicle-here.sh --cuda)"
	"$ROOT/scripts/gpu/build-icicle-here.sh" --cuda
	built="built $(date -u +%F) on $(hostname) with $("${CUDA_HOME:-$HOME/.cache/zkprover-cuda}/bin/nvcc" --version | tail -n 2 | head -n 1), sm_${CUDA_ARCH:-90}"
	save_cache "$built"
	# The committed copy follows the pinned sources: the next machine needs
	# neither the CUDA compiler nor the 10 minutes.
	# Written aside and moved in: a stage.sh stopped midway leaves the old pair.
	mkdir -p "$prebuilt"
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C "$GPU_DIR/icicle" lib | xz -9 -T0 >"$prebuilt/icicle-lib.tar.xz.new" ||
		die "packing the libraries into $prebuilt failed"
	{
		echo "$src_id"
		echo "$built"
		echo "sha256 $(sha256sum <"$prebuilt/icicle-lib.tar.xz.new" | cut -d' ' -f1)  icicle-lib.tar.xz"
		echo "not yet run on a GPU (docs/proving.md, GPU proving)"
	} >"$prebuilt/icicle-lib.txt.new"
	mv "$prebuilt/icicle-lib.tar.xz.new" "$prebuilt/icicle-lib.tar.xz"
	mv "$prebuilt/icicle-lib.txt.new" "$prebuilt/icicle-lib.txt"
	say "wrote $prebuilt/icicle-lib.tar.xz and icicle-lib.txt: commit them (git add scripts/gpu/prebuilt)"
fi
"$ROOT/scripts/gpu/link.sh" "$lib" 2>&1 | grep -v '^link.sh: next' >&2

say "building bin/gpu/zkprover (the node, -tags icicle)"
CGO_ENABLED=1 CGO_LDFLAGS="-L$lib -Wl,--allow-shlib-undefined -Wl,-rpath,\$ORIGIN/icicle/lib" \
	go build -tags icicle -trimpath -ldflags "-s -w" -o "$GPU_DIR/zkprover" ./cmd/zkprover || die "go build -tags icicle ./cmd/zkprover failed"

# What travels, compressed (xz: about half): bin/gpu/stage.
st=$GPU_DIR/stage
rm -rf "$st"
mkdir -p "$st"
xz -T0 -6 -c "$GPU_DIR/gpubench" >"$st/gpubench.xz"
xz -T0 -6 -c "$GPU_DIR/zkprover" >"$st/zkprover.xz"
tar -cJf "$st/icicle.tar.xz" -C "$GPU_DIR/icicle" lib
tree=$({ git ls-files -z && git ls-files -z --others --exclude-standard; } | du -cb --files0-from=- 2>/dev/null | tail -n 1 | cut -f1)
carry=$(bytes "$st")
say "staged in $((SECONDS - START)) s: bin/gpu/stage ($(cd "$st" && echo *)) = $(mib "$carry"); with the working tree $(mib $((tree + carry))) of the 64 MiB"
((tree + carry <= MAX_CARRY_BYTES)) || say "WARNING: over the 64 MiB that may travel"
cat >&2 <<MSG
$PROG: the device call (timeout_s 590; docs/proving.md, "The GPU machine"):
  command: TOTAL=560 LONGRUN="7 5" LONG_MIN=380 OUT=\$OUT scripts/gpu/build-and-run.sh 14:dummy:1:segment
  carry:   ["bin/gpu/stage"]
then, within 30 s (the machine still warm) and only if device time is left:
  command: OUT=\$OUT DEADLINE=<seconds left - 20> scripts/gpu/run.sh 16:dummy:1
  (under about 250 s left: GPUBENCH_ARGS=--no-cpu, the GPU proof alone; the compile takes about 2 min)
MSG

#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# prepare.sh (run here, on the development machine): copies the C++/CUDA
# sources of ICICLE from the Go module github.com/ingonyama-zk/icicle-gnark/v3
# v3.2.2 (the version gnark v0.16.3 uses, pinned in go.mod) into
# bin/gpu/icicle-src, so that they travel to the GPU machine with
# `carry: ["bin/gpu/icicle-src"]` (the GPU machine reaches no module proxy).
# Only the module's icicle/ folder is copied (about 1.2 MiB): CMake project,
# frontend, CPU and CUDA backends. See docs/proving.md, "GPU proving".
#
# Usage: scripts/gpu/prepare.sh
# Env:   ICICLE_SRC_FROM=DIR  the module folder (default: `go mod download -json`'s Dir)
source "$(dirname "$0")/common.sh"

(($# == 0)) || usage_error "usage: scripts/gpu/prepare.sh (no arguments)"
cd "$ROOT"

grep -q "$ICICLE_MODULE $ICICLE_VERSION" go.mod || missing "go.mod does not pin $ICICLE_MODULE $ICICLE_VERSION"
mod=${ICICLE_SRC_FROM:-}
if [[ -z $mod ]]; then
	if have go; then
		# Offline when the module is in the cache; else it downloads it (go.sum checks it).
		mod=$(go mod download -json "$ICICLE_MODULE@$ICICLE_VERSION" 2>/dev/null |
			sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') || true
		[[ -n $mod ]] || missing "go mod download $ICICLE_MODULE@$ICICLE_VERSION gave no folder (no network and not in the module cache?)"
	else
		missing "go (to find $ICICLE_MODULE@$ICICLE_VERSION in the module cache; or set ICICLE_SRC_FROM=<module folder>)"
	fi
fi
if [[ -n $mod && ! -f $mod/icicle/CMakeLists.txt ]]; then
	missing "$mod/icicle/CMakeLists.txt (not the icicle-gnark module folder?)"
fi
stop_if_missing

dst=$GPU_DIR/icicle-src
rm -rf "$dst"
mkdir -p "$GPU_DIR"
cp -R "$mod/icicle" "$dst"
chmod -R u+w "$dst" # the module cache is read-only
{
	echo "module $ICICLE_MODULE $ICICLE_VERSION"
	echo "from $mod/icicle"
	grep "^$ICICLE_MODULE $ICICLE_VERSION " go.sum || true
} >"$dst/ZKPROVER_SOURCE"
n=$(bytes "$dst")
say "ICICLE sources: $dst ($(mib "$n"), $(find "$dst" -type f | wc -l) files)"
say "CUDA backend sources: $(find "$dst/backend/cuda" -name '*.cu' | wc -l) .cu files"
say "next, on the GPU machine: scripts/gpu/build-icicle.sh (carry bin/gpu/icicle-src)"

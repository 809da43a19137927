#!/usr/bin/env bash
# Runs the first ```sh block of README.md as a newcomer would, on a machine with only the
# Rust toolchain: in a fresh home (empty HOME and XDG directories, no SUBS_* variables),
# from the top of the repository, every command as written. Then it follows the "try:"
# lines the demo printed, typing `subs` as the README says, to prove that the block puts
# `subs` on the PATH and that the suggestions work.
#
# The toolchain is the machine's (CARGO_HOME, RUSTUP_HOME) and builds land in the usual
# target directory; `cargo install` installs into the fresh home instead of the machine's
# ~/.cargo/bin, which is put first on the PATH as a newcomer's is.
#
# usage: scripts/readme-check.sh        (from .ci/run; takes as long as the block does)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

block=$(awk '/^```sh$/ && !seen { inside = 1; seen = 1; next } inside && /^```$/ { exit } inside' README.md)
if [ -z "$block" ]; then
    echo "readme-check: README.md has no \`\`\`sh block" >&2
    exit 1
fi

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
export HOME="$fresh/home"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export CARGO_INSTALL_ROOT="$HOME/.cargo"
export PATH="$CARGO_INSTALL_ROOT/bin:$PATH"
mkdir -p "$HOME"
unset SUBS_DB SUBS_CONFIG SUBS_NOW SUBS_FORMAT

echo "readme-check: running README.md's first block in a fresh home" >&2
printf '%s\n' "$block" | sed 's/^/  | /' >&2
printf '%s\n' "$block" >"$fresh/block.sh"
# stdout stays stdout; stderr is shown and kept, to read the demo's suggestions.
{ bash -euo pipefail -x "$fresh/block.sh" 2>&1 1>&3 | tee "$fresh/block.err" >&2; } 3>&1

installed=$(command -v subs || true)
if [ "$installed" != "$CARGO_INSTALL_ROOT/bin/subs" ]; then
    echo "readme-check: after the README's first block, \`subs\` is not on the PATH (found: ${installed:-nothing})" >&2
    exit 1
fi

# The demo's suggestions, typed as printed (placeholders such as INV-… left out).
tries=$(awk '/^try:$/ { inside = 1; next } inside && /^  / { sub(/^  /, ""); print; next } { inside = 0 }' "$fresh/block.err")
if [ -z "$tries" ]; then
    echo "readme-check: the demo printed no \"try:\" lines" >&2
    exit 1
fi
printf '%s\n' "$tries" | grep -v '…' >"$fresh/tries.sh"
echo "readme-check: following the demo's suggestions" >&2
(cd "$HOME" && bash -euo pipefail -x "$fresh/tries.sh" >/dev/null)
echo "readme-check: ok" >&2

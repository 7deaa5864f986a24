#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs to build, test and draw, skipping those present.
# Safe to run again; needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    libboost-graph-dev libsqlite3-dev sqlite3 libfmt-dev libcli11-dev nlohmann-json3-dev
    libutf8proc-dev libxxhash-dev zlib1g-dev libisal-dev libjemalloc-dev libgtest-dev libgmock-dev graphviz
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "kgraph: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

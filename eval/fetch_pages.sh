#!/bin/sh
# Fetch the extra labelled pages of eval/data/junk_pages.tsv: the English article pages that
# trafilatura 1.0.0 and newspaper4k 0.9.6 ship as test files in their source distributions.
# Needs the network once (PyPI); writes eval/.pages/<sdist>/... (git-ignored). Rerunning is a no-op.
set -eu
cd "$(dirname "$0")"
dest=.pages
if [ -f "$dest/.done" ]; then echo "pages already in eval/$dest"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PIP="${PIP:-../.venv/bin/pip}"
"$PIP" download --quiet --no-deps --no-binary :all: trafilatura==1.0.0 newspaper4k==0.9.6 -d "$tmp"
mkdir -p "$dest"
tar -xzf "$tmp"/trafilatura-1.0.0.tar.gz -C "$dest" --wildcards 'trafilatura-1.0.0/tests/cache/*.html'
tar -xzf "$tmp"/newspaper4k-0.9.6.tar.gz -C "$dest" --wildcards 'newspaper4k-0.9.6/tests/data/html/*.html'
touch "$dest/.done"
echo "pages written to eval/$dest"

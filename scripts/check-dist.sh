#!/usr/bin/env bash
# Rebuilds dist/ from the sources and fails when it differs from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ does not match the sources: run 'npm run build' and commit dist/." >&2
  git status --porcelain -- dist >&2
  exit 1
fi
echo "dist/ matches the sources."

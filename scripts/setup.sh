#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (run as root, or with sudo available):
# Debian's tools (tar, zstd, Python tooling, Poetry), yarn classic and pnpm, the project's npm packages,
# and Node 24 (the runtime the actions declare) into .tools/node24. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# pylint and mypy (which brings python3-mypy): the quality-checks tests run them from fixture venvs made with
# --system-site-packages. ruff is not packaged in Debian 12, so its parser is tested on its documented output only.
DEBIAN_PACKAGES=(tar zstd git python3 python3-venv python3-pip-whl python3-setuptools-whl python3-wheel-whl
  python3-setuptools python3-build python3-poetry pylint mypy flake8 black
  python3-pytest python3-pytest-cov python3-pytest-xdist python3-coverage
  docker.io docker-registry apache2-utils busybox-static twine libarchive-tools)
# flake8, black: quality-checks' end-to-end cases of a project that lints with them (issue 7, item 6).
# python3-pytest, -pytest-cov, -pytest-xdist, -coverage: the test action's pytest fixtures run them from venvs made
# with --system-site-packages (Debian's pytest belongs to /usr/bin/python3).
# docker.io, docker-registry, apache2-utils (htpasswd), busybox-static: the publish-image tests start their own
# engine, registry and busybox base image (test/support/docker-engine.ts); nothing else needs starting here.
# twine: the build action's publish: pypi tests check that it uploads the same fields as twine does.
# libarchive-tools (bsdtar): the tree-chunk tests run a PATH whose tar is bsdtar, as macOS's is.

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# yarn classic and pnpm, as a runner gets them from its image or pnpm/action-setup.
# pnpm 10 is the newest that runs on Node 20; the fixtures' packageManager fields name these versions.
[ "$(yarn --version 2>/dev/null)" = 1.22.22 ] || npm install -g --silent yarn@1.22.22
[ "$(pnpm --version 2>/dev/null)" = 10.34.9 ] || npm install -g --silent pnpm@10.34.9

npm ci --silent --no-audit --no-fund

# Node 24: the bundles declare runs.using node24, and the end-to-end tests run them with it.
if [ ! -x .tools/node24/node_modules/node/bin/node ]; then
  mkdir -p .tools/node24
  echo '{"private":true}' > .tools/node24/package.json
  (cd .tools/node24 && npm install --silent --no-audit --no-fund --foreground-scripts node@24)
fi
.tools/node24/node_modules/node/bin/node --version | grep -q '^v24\.' || { echo "setup: Node 24 did not install in .tools/node24" >&2; exit 1; }
# verdaccio, the npm registry the build action's publish: npm tests publish to (test/support/npm-registry.ts).
# 6.8.0 runs on Node 20 once node-fetch is held at 2.7.0 (scripts/verdaccio/package.json, with its lockfile).
if [ ! -x .tools/verdaccio/node_modules/.bin/verdaccio ] || ! cmp -s scripts/verdaccio/package-lock.json .tools/verdaccio/package-lock.json; then
  mkdir -p .tools/verdaccio
  cp scripts/verdaccio/package.json scripts/verdaccio/package-lock.json .tools/verdaccio/
  (cd .tools/verdaccio && npm ci --silent --no-audit --no-fund)
fi

echo "setup: ready (node $(node --version), test runtime $(.tools/node24/node_modules/node/bin/node --version), yarn $(yarn --version), pnpm $(pnpm --version))"

#!/usr/bin/env bash
# Regenerates the lockfiles of the Node example and fixtures, the same way every time:
#
#   examples/node-service/package-lock.json                      npm, full dependency tree
#   test/fixtures/projects/yarn-service/yarn.lock                yarn classic
#   test/fixtures/projects/pnpm-service/pnpm-lock.yaml           pnpm
#   test/fixtures/projects/npm-out-of-sync/package-lock.json     npm, deliberately WITHOUT the `ms` dependency
#                                                                that its package.json lists (so `npm ci` refuses)
#   test/fixtures/projects/conflicting-lockfiles/{package-lock.json,yarn.lock}
#                                                                npm + yarn, while packageManager says pnpm
#   test/fixtures/projects/npm-no-lockfile/                      any lockfile there is deleted
#
# Usage: bash scripts/regenerate-node-fixture-locks.sh [--verify]
#   --verify  afterwards, install each good project from its new lockfile in a temp dir (npm ci,
#             yarn install --frozen-lockfile, pnpm install --frozen-lockfile).
#
# How it stays reproducible:
#   * Every tool runs with NPM_CONFIG_USERCONFIG pointing at an empty file, so a developer's ~/.npmrc
#     (on this project's machines it sets omit-lockfile-registry-resolved=true, which drops `resolved`
#     URLs from package-lock.json) cannot change what is written: lockfiles get npm's defaults, with
#     `resolved` and `integrity` for every package. The registry is pinned to the npm registry.
#   * Tool versions are pinned below. An installed npm/yarn/pnpm of exactly that version is used;
#     otherwise the pinned version is run through `npm exec` (fetched from the npm registry).
#     To have them installed: npm install -g yarn@1.22.22 pnpm@10.34.9
#   * Each project is copied to a temp dir and resolved there (lockfile-only where the tool can), and
#     only the lockfile is copied back: no node_modules is ever created inside the repo.
#   * Install scripts are not run (--ignore-scripts): none of these dependencies needs one.
#
# Lockfiles are regenerated from scratch: dependency versions resolve to the newest ones that satisfy
# package.json's ranges on the day the script runs. Commit the result together with any package.json change.
set -euo pipefail

NPM_VERSION=11.19.1
YARN_VERSION=1.22.22
PNPM_VERSION=10.34.9

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIXTURES="$ROOT/test/fixtures/projects"
VERIFY=0
[[ "${1:-}" == "--verify" ]] && VERIFY=1

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
: >"$WORK/empty-npmrc"
export NPM_CONFIG_USERCONFIG="$WORK/empty-npmrc"
export NPM_CONFIG_REGISTRY="https://registry.npmjs.org/"
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
unset NPM_CONFIG_OMIT_LOCKFILE_REGISTRY_RESOLVED npm_config_omit_lockfile_registry_resolved || true

# tool NAME VERSION [ARGS...]: runs NAME at exactly VERSION.
tool() {
  local name="$1" version="$2"
  shift 2
  if command -v "$name" >/dev/null 2>&1 && [[ "$("$name" --version 2>/dev/null)" == "$version" ]]; then
    "$name" "$@"
  else
    npm exec --yes --package="$name@$version" -- "$name" "$@"
  fi
}
npm_() { tool npm "$NPM_VERSION" "$@"; }
yarn_() { tool yarn "$YARN_VERSION" --non-interactive --no-progress "$@"; }
pnpm_() { tool pnpm "$PNPM_VERSION" "$@"; }

# stage SRC: copies a project's package.json (only) into a fresh temp dir and prints that dir.
stage() {
  local dir
  dir="$(mktemp -d "$WORK/stage.XXXXXX")"
  cp "$1/package.json" "$dir/"
  echo "$dir"
}

# without_field DIR JSON_PATH...: deletes fields from DIR/package.json (e.g. packageManager, dependencies.ms).
without_field() {
  local dir="$1"
  shift
  node -e '
    const fs = require("node:fs");
    const file = process.argv[1];
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const path of process.argv.slice(2)) {
      const keys = path.split(".");
      const last = keys.pop();
      const parent = keys.reduce((obj, key) => (obj ? obj[key] : undefined), pkg);
      if (parent) delete parent[last];
    }
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
  ' "$dir/package.json" "$@"
}

npm_lock() { (cd "$1" && npm_ install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=warn); }
yarn_lock() { (cd "$1" && yarn_ install --ignore-scripts --silent --cache-folder "$WORK/yarn-cache" >/dev/null); }
pnpm_lock() { (cd "$1" && pnpm_ install --lockfile-only --ignore-scripts --reporter=append-only >/dev/null); }

echo "npm $NPM_VERSION, yarn $YARN_VERSION, pnpm $PNPM_VERSION; user npmrc: $NPM_CONFIG_USERCONFIG (empty)"

echo "examples/node-service: package-lock.json"
dir="$(stage "$ROOT/examples/node-service")"
npm_lock "$dir"
cp "$dir/package-lock.json" "$ROOT/examples/node-service/package-lock.json"

echo "yarn-service: yarn.lock"
dir="$(stage "$FIXTURES/yarn-service")"
yarn_lock "$dir"
cp "$dir/yarn.lock" "$FIXTURES/yarn-service/yarn.lock"

echo "pnpm-service: pnpm-lock.yaml"
dir="$(stage "$FIXTURES/pnpm-service")"
pnpm_lock "$dir"
cp "$dir/pnpm-lock.yaml" "$FIXTURES/pnpm-service/pnpm-lock.yaml"

echo "npm-out-of-sync: package-lock.json without ms"
dir="$(stage "$FIXTURES/npm-out-of-sync")"
without_field "$dir" dependencies.ms
npm_lock "$dir"
cp "$dir/package-lock.json" "$FIXTURES/npm-out-of-sync/package-lock.json"

echo "conflicting-lockfiles: package-lock.json + yarn.lock (packageManager removed while resolving)"
dir="$(stage "$FIXTURES/conflicting-lockfiles")"
without_field "$dir" packageManager
npm_lock "$dir"
yarn_lock "$dir"
cp "$dir/package-lock.json" "$dir/yarn.lock" "$FIXTURES/conflicting-lockfiles/"
rm -f "$FIXTURES/conflicting-lockfiles/pnpm-lock.yaml"

echo "npm-no-lockfile: no lockfile"
rm -f "$FIXTURES/npm-no-lockfile/"{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml}

# A lockfile without `resolved` URLs means a user npmrc leaked in: fail loudly rather than commit it.
for lock in "$ROOT/examples/node-service/package-lock.json" "$FIXTURES/npm-out-of-sync/package-lock.json" \
  "$FIXTURES/conflicting-lockfiles/package-lock.json"; do
  node -e '
    const lock = require(process.argv[1]);
    const missing = Object.entries(lock.packages).filter(([p, e]) => p && !e.link && !(e.resolved && e.integrity));
    if (missing.length) { console.error(`${process.argv[1]}: no resolved/integrity for ${missing[0][0]} and ${missing.length - 1} more`); process.exit(1); }
  ' "$lock"
done

if ((VERIFY)); then
  verify() { # verify NAME SRC COMMAND...
    local name="$1" src="$2" dir
    shift 2
    dir="$(mktemp -d "$WORK/verify.XXXXXX")"
    tar -C "$src" --exclude=./node_modules --exclude=./dist -cf - . | tar -C "$dir" -xf -
    echo "verify $name: $*"
    (cd "$dir" && "$@" >/dev/null)
  }
  verify node-service "$ROOT/examples/node-service" npm_ ci --ignore-scripts --no-audit --no-fund
  verify yarn-service "$FIXTURES/yarn-service" yarn_ install --frozen-lockfile --ignore-scripts --cache-folder "$WORK/yarn-cache"
  verify pnpm-service "$FIXTURES/pnpm-service" pnpm_ install --frozen-lockfile --ignore-scripts
fi
echo "done"

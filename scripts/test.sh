#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs them:
#   npm packages (npm ci, which also builds), Debian's chromium for the viewer tests,
#   networkx from PyPI (in .venv) for the GraphML test, and the project's own local
#   Neo4j for the Neo4j tests unless NEO4J_URI points at another server.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

npm ci --no-audit --no-fund

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "test: installing Debian's chromium for the viewer tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import networkx" 2>/dev/null; then
  echo "test: installing networkx (PyPI) into .venv for the GraphML test"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check networkx
fi
export NEWSGRAPH_PYTHON="$PWD/.venv/bin/python"

if [ -z "${NEO4J_URI:-}" ]; then
  if ! command -v javac >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    echo "test: installing Java 17 and Maven for the local Neo4j"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null
  fi
  npm run --silent neo4j:start
  started_neo4j=1
  trap 'npm run --silent neo4j:stop' EXIT
  export NEO4J_URI="bolt://127.0.0.1:7687"
  export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}"
  export NEO4J_PASSWORD="${NEO4J_PASSWORD:-newsgraph-local}"
fi

started_neo4j="${started_neo4j:-0}"
mkdir -p test-output
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json "$@" || status=$?
if [ "$started_neo4j" = 1 ]; then
  npm run --silent neo4j:stop
  trap - EXIT
fi
# One plain closing line that any CI reads: "N passed, N failed".
node -e 'const r = require("./test-output/vitest.json"); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' || true
exit "$status"

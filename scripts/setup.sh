#!/usr/bin/env bash
# Install mkdocs-summit and what it needs into the current Python environment.
#   bash scripts/setup.sh          the plugin and the demo site's needs
#   bash scripts/setup.sh test     also the test tools and a headless Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

# camel-tools depends on torch: take the CPU build first, or pip pulls several GB of CUDA packages.
if ! "$PY" -c "import torch" >/dev/null 2>&1; then
  "$PY" -m pip install --quiet "torch==2.13.0"
fi
if [ "${1:-}" = "test" ]; then
  "$PY" -m pip install --quiet -e ".[test]"
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      echo "setup: install Debian's chromium and chromium-driver for the browser tests (they are skipped without them)" >&2
    fi
  fi
else
  "$PY" -m pip install --quiet -e .
fi

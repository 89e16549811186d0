#!/usr/bin/env bash
# Install the test dependencies (and a headless Chromium), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
exec python3 -m pytest "$@"

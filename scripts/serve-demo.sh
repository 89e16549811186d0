#!/usr/bin/env bash
# Install mkdocs-summit, then build and serve the demo site on http://127.0.0.1:8000/
# (pass `build` to only build it into public/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "build" ]; then
  exec python3 -m mkdocs build --strict
fi
exec python3 -m mkdocs serve --dev-addr 127.0.0.1:8000

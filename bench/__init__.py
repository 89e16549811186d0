"""Benchmark of mkdocs-summit at newsroom scale (``python -m bench.run``); see README, "Performance"."""

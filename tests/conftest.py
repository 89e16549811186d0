"""Shared fixtures: the project's own copy of the sample articles and gold annotation."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = ROOT / "site" / "articles"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.yaml"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_report():
    """The pipeline's report on the five sample articles (computed once)."""
    from mkdocs_summit_plugin.pipeline import build_report

    return build_report([SAMPLE_ARTICLES])


@pytest.fixture(scope="session")
def sample_claims_json(sample_report):
    import json

    from mkdocs_summit_plugin.report import report_json

    return json.loads(report_json(sample_report))

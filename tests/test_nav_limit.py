"""A large archive keeps a short nav: sections list the first pages and link to the full index."""
import json
import re

import pytest

from .conftest import ROOT, build_demo

pytestmark = pytest.mark.slow


def test_nav_limit_caps_sections_but_builds_every_page(tmp_path):
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("      articles_dir: articles", "      articles_dir: articles\n      nav_limit: 3\n      cache_dir: false")
    build_demo(tmp_path, config)
    doc = json.loads((tmp_path / "public" / "claims.json").read_text(encoding="utf-8"))
    assert len(doc["claims"]) > 3
    for claim in doc["claims"]:
        assert (tmp_path / "public" / claim["page_url"] / "index.html").is_file()
    home = (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-content"', 1)[0]  # header and sidebars, before the page's own content
    linked_claims = set(re.findall(r'href="(?:\./)?(claims/[^"#]+/)"', nav))
    assert len(linked_claims) == 3
    # conflicts come first in the capped section
    conflicting = {c["page_url"] for c in doc["claims"] if c["status"] == "conflicting"}
    assert linked_claims <= conflicting or conflicting <= linked_claims
    assert f"كل الادعاءات ({len(doc['claims'])})" in nav
    assert f"كل المقالات ({len(doc['articles'])})" in nav

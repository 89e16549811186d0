"""Shared fixtures: the project's own copy of the sample articles and gold annotation."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLES = ROOT / "site" / "articles"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.yaml"
SHARED = ROOT.parent / "shared"


def quantity_mentions_of(*texts):
    """The quantity mentions of each text read as an article of its own (ids t0, t1, …), event "event"."""
    from mkdocs_summit_plugin.mentions.quantity_mentions import find_quantity_mentions
    from mkdocs_summit_plugin.model import Article
    from mkdocs_summit_plugin.text.sentences import split_sentences

    out = []
    for i, text in enumerate(texts):
        article = Article(f"t{i}", f"a/t{i}.txt", text, f"t{i}")
        out += find_quantity_mentions(article, split_sentences(article), "event")
    return out


@pytest.fixture(scope="session")
def sample_report():
    """The pipeline's report on the five sample articles (computed once)."""
    from mkdocs_summit_plugin.pipeline import build_report

    return build_report([SAMPLE_ARTICLES])


@pytest.fixture(scope="session")
def sample_claims_json(sample_report):
    import json

    from mkdocs_summit_plugin.publish.claims_json import report_json

    return json.loads(report_json(sample_report))


def build_demo(work, config_text: str | None = None, extra_files: dict | None = None, strict: bool = True):
    """Copy the demo site into `work`, build it with `mkdocs build`, return (public dir, completed process).

    `config_text` replaces mkdocs.yml's text; `extra_files` (path → text) are written into the docs.
    Each caller builds its own copy, so no test sees another's output.
    """
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    work = Path(work)
    shutil.copytree(ROOT / "site", work / "site")
    for name, content in (extra_files or {}).items():
        (work / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (work / "site" / name).write_text(content, encoding="utf-8")
    text = config_text if config_text is not None else (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (work / "mkdocs.yml").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(work / "public")] + (["--strict"] if strict else [])
    proc = subprocess.run(command, cwd=work, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    return work / "public", proc


def write_mkdocs_yml(work, site_name: str, summit_options: str = "", *, search: bool = True, extra: str = "") -> None:
    """A minimal mkdocs.yml for a test site (material, Arabic, RTL) with the summit plugin.

    `summit_options` are YAML lines of the plugin's options (already indented by 6 spaces
    or not: they are indented here), `extra` is appended at the top level.
    """
    import textwrap
    from pathlib import Path

    options = textwrap.indent(textwrap.dedent(summit_options).strip("\n"), " " * 6) if summit_options.strip() else ""
    text = (
        f"site_name: {site_name}\ndocs_dir: docs\ntheme:\n  name: material\n  language: ar\n  direction: rtl\n"
        "plugins:\n" + ("  - search\n" if search else "") + "  - summit" + (":\n" + options + "\n" if options else "\n")
        + textwrap.dedent(extra)
    )
    Path(work, "mkdocs.yml").write_text(text, encoding="utf-8")


@pytest.fixture
def extraction_calls(monkeypatch):
    """Article ids in the order extraction.extract_mentions really ran."""
    from mkdocs_summit_plugin import extraction

    seen: list[str] = []
    original = extraction.extract_mentions

    def counting(article, sentences, options=extraction.Options()):
        seen.append(article.id)
        return original(article, sentences, options)

    monkeypatch.setattr(extraction, "extract_mentions", counting)
    return seen

"""Determinism: builds of the same input are byte-identical (claims.json, claims.csv, every page),
whatever the hash seed, and whether extraction came from the cache or not."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE_ARTICLES

pytestmark = pytest.mark.slow

# MkDocs' sitemap carries the build date: not ours, and not comparable.
NOT_COMPARED = {"sitemap.xml", "sitemap.xml.gz"}


def build(work: Path, seed: str) -> dict[str, str]:
    if not work.exists():
        shutil.copytree(ROOT / "site", work / "site")
        shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(work / "public")],
                          cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    public = work / "public"
    return {
        p.relative_to(public).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(public.rglob("*")) if p.is_file() and p.name not in NOT_COMPARED
    }


def test_two_builds_are_byte_identical(tmp_path):
    cold_a = build(tmp_path / "a", "1")
    cold_b = build(tmp_path / "b", "2")
    assert (tmp_path / "a" / ".cache" / "summit").is_dir()
    warm_a = build(tmp_path / "a", "3")  # second build of `a`: extraction from the cache
    assert "claims.json" in cold_a and any(k.startswith("claims/") for k in cold_a)
    for other in (cold_b, warm_a):
        assert other.keys() == cold_a.keys()
        assert [k for k in cold_a if cold_a[k] != other[k]] == []


@pytest.mark.parametrize("corpus, seeds", [
    (SAMPLE_ARTICLES, ("0", "12345")),
    # many outlets of one story: statements whose similarities tie (sums of set-ordered floats once broke ties
    # differently with the seed)
    (Path(__file__).parent / "data" / "outlets4", ("1", "2")),
])
def test_command_line_output_does_not_depend_on_the_hash_seed(tmp_path, corpus, seeds):
    outs = []
    for seed in seeds:
        out = tmp_path / f"claims-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "mkdocs_summit_plugin", "extract", str(corpus), "--out", str(out)],
                       check=True, capture_output=True, env=env, timeout=300)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]

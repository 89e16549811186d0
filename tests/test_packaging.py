"""The wheel a user installs carries the templates and the Arabic tables, and registers the plugin."""
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (path,) = out.glob("mkdocs_summit_plugin-*.whl")
    return zipfile.ZipFile(path)


def test_templates_ship_inside_the_wheel(wheel):
    names = set(wheel.namelist())
    for template in sorted((ROOT / "templates").iterdir()):
        assert f"mkdocs_summit_plugin/templates/{template.name}" in names, template.name


def test_lexicon_tables_ship_inside_the_wheel(wheel):
    names = set(wheel.namelist())
    for table in sorted((ROOT / "mkdocs_summit_plugin" / "lexicon").glob("*.yaml")):
        assert f"mkdocs_summit_plugin/lexicon/{table.name}" in names, table.name


def test_entry_points(wheel):
    entry_points = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
    text = wheel.read(entry_points).decode()
    assert "summit = mkdocs_summit_plugin.plugin:SummitPlugin" in text
    assert "mkdocs-summit = mkdocs_summit_plugin.cli:main" in text

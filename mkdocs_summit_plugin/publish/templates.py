"""The Jinja2 environment the site's pages are rendered with: where templates are found, autoescape on.

Templates live in the project's top-level ``templates/`` (shipped inside the
wheel as ``mkdocs_summit_plugin/templates``); a site overrides any of them by
putting a file of the same name in its ``templates_dir``. Autoescaping is on
for every template: article text is untrusted and is only ever inserted as
escaped text, never as Markdown or HTML. Every template has the site's labels
(``labels.py``) and number style (``numbers.py``) as globals.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import jinja2

from .labels import KIND_LABELS, MODALITY_LABELS, STATUS_LABELS
from .numbers import count_of, format_value, num


def templates_root() -> Path:
    """The packaged templates: inside the installed wheel, or the checkout's top-level templates/."""
    packaged = resources.files("mkdocs_summit_plugin").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "templates"


@lru_cache(maxsize=8)
def environment(templates_dir: Optional[Path] = None) -> jinja2.Environment:
    """A Jinja2 environment with autoescape on, looking in `templates_dir` first.

    One per folder for the life of the process, so templates are compiled once
    under ``mkdocs serve`` (Jinja2 reloads a template whose file changed)."""
    paths = ([str(templates_dir)] if templates_dir else []) + [str(templates_root())]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(
        status_labels=STATUS_LABELS, modality_labels=MODALITY_LABELS, kind_labels=KIND_LABELS,
        num=num, count_of=count_of, format_value=format_value,
    )
    return env

"""The plugin's options, as typed MkDocs config options (``plugins: [summit: {...}]``)."""
from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class EventConfig(base.Config):
    """An editor's name and hints for one event."""

    id = c.Type(str)
    label = c.Type(str)
    cues = c.ListOfItems(c.Type(str), default=[])


class SummitConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Folder of articles (.txt/.md), relative to docs_dir (or absolute, or ../ outside it).
    articles_dir = c.Type(str, default="articles")
    # A folder whose templates override the packaged ones, file by file.
    templates_dir = c.Optional(c.Dir(exists=True))
    # Put every generated page under this section of the site, e.g. "fact-check/".
    prefix = c.Type(str, default="")
    # With a prefix: the title of the one nav section that holds every generated page.
    section_title = c.Type(str, default="التحقق من الادعاءات")
    # Editors' overrides (see overrides.py), relative to mkdocs.yml's folder (or absolute);
    # unset: claims.yml next to mkdocs.yml when there is one; false: none.
    overrides = c.Optional(c.Type((str, bool)))
    # Optional names and cue words for events; detection works without them.
    events = c.ListOfItems(c.SubConfig(EventConfig), default=[])
    # Where per-article extraction results are cached, relative to mkdocs.yml's folder
    # (or absolute); false: no cache on disk. Safe to delete at any time.
    cache_dir = c.Type((str, bool), default=".cache/summit")
    # Articles larger than this (KiB) are skipped with a warning.
    max_article_kb = c.Type(int, default=1024)
    # Worker processes for per-article extraction and statement grouping; unset or 0: every core, 1: no pool.
    jobs = c.Optional(c.Type(int))
    # Most pages listed in one nav section (claims, articles): past it the section
    # lists the first ones (conflicts first) and a link to the full index. Every
    # page is still built; a long nav would be written into every page.
    nav_limit = c.Type(int, default=100)

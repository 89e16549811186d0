"""The site's navigation: the generated pages in four sections, next to the user's own entries.

Called from the plugin's ``on_nav``. Whatever the user's nav holds (from
``nav:`` in mkdocs.yml, or built from their docs folder) is kept in its
order; generated pages the user did not place themselves go into
الرئيسية (the claims index), then الأحداث، الادعاءات، المقالات.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from markupsafe import escape
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page as MkPage

SECTION_TITLES = {"event": "الأحداث", "claim": "الادعاءات", "article": "المقالات"}


def _walk(items) -> Iterable:
    for item in items:
        yield item
        if getattr(item, "children", None):
            yield from _walk(item.children)


def _prune(items: list, generated: set[str], placed_by_user: set[str]) -> list:
    """`items` without generated pages that MkDocs placed automatically, and without the sections left empty."""
    out = []
    for item in items:
        if isinstance(item, MkPage) and item.file.src_uri in generated and item.file.src_uri not in placed_by_user:
            continue
        if isinstance(item, Section):
            item.children = _prune(item.children, generated, placed_by_user)
            if not item.children:
                continue
        out.append(item)
    return out


def _user_placed(nav_config) -> set[str]:
    """The src paths the user's ``nav:`` names explicitly."""
    found: set[str] = set()

    def visit(node):
        if isinstance(node, str):
            found.add(node.lstrip("./"))
        elif isinstance(node, dict):
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)

    visit(nav_config)
    return found


MORE_TITLES = {"claim": "كل الادعاءات ({})", "article": "كل المقالات ({})", "event": "كل الأحداث ({})"}


def _capped(kind: str, items: list, limit: int, order: Callable, index_url: Optional[str]) -> list:
    """At most `limit` pages of one kind (in `order`), then a link to the index that lists them all."""
    if limit <= 0 or len(items) <= limit or index_url is None:
        return items
    kept = sorted(items, key=order)[:limit]
    return kept + [Link(MORE_TITLES[kind].format(len(items)), index_url)]


def build(
    nav: Navigation,
    config,
    files,
    pages: dict,
    index_title: str,
    section: Optional[str] = None,
    limit: int = 0,
    order: Optional[Callable] = None,
) -> Navigation:
    """A new Navigation: the user's items, plus the generated pages in their sections.

    `pages` maps generated src_uri → pages.Page (with ``kind``). With `section`
    (the plugin's ``prefix`` embeds the pages in an existing site), everything
    generated goes into one section of that title, after the user's items.
    With `limit`, a section lists at most that many pages (first in `order`,
    a function of the pages.Page) and a link to the index: every page is still
    built, but the nav written into each page stays short, so a large archive
    does not cost the square of its size.
    """
    generated = set(pages)
    placed = _user_placed(config.nav) if config.nav is not None else set()
    items = _prune(list(nav.items), generated, placed)
    by_kind, summit_page = _generated_pages(config, files, pages, placed)
    head = _place_index(by_kind, index_title, section)
    index_url = next((p.url for p in pages.values() if p.kind == "index"), None)
    rank = order or (lambda page: ())
    for kind in ("event", "claim", "article"):
        by_kind[kind] = _capped(kind, by_kind[kind], limit, lambda mk: rank(summit_page.get(id(mk))), index_url)
    tail = [Section(SECTION_TITLES[k], by_kind[k]) for k in ("event", "claim", "article") if by_kind[k]]
    if section is not None:
        tail = [Section(section, by_kind["index"] + tail)]
    return _navigation(head + items + tail)


def _generated_pages(config, files, pages: dict, placed: set[str]) -> tuple[dict[str, list[MkPage]], dict[int, object]]:
    """The MkDocs pages of the generated pages the user did not place, by kind, and the
    pages.Page of each (by id of its MkDocs page)."""
    by_kind: dict[str, list[MkPage]] = {"index": [], "event": [], "claim": [], "article": []}
    summit_page: dict[int, object] = {}
    for src_uri, page in pages.items():
        if src_uri in placed:
            continue
        file = files.get_file_from_path(src_uri)
        if file is None:
            continue
        mk: Optional[MkPage] = file.page
        if mk is None:
            mk = MkPage(None, file, config)
        mk.title = str(escape(page.title))  # MkDocs themes print titles as HTML: article text is not
        by_kind[page.kind].append(mk)
        summit_page[id(mk)] = page
    return by_kind, summit_page


def _place_index(by_kind: dict[str, list[MkPage]], index_title: str, section: Optional[str]) -> list:
    """Title the index page; it heads the nav when it is the site's home, else it opens the
    claims section (with `section`, it stays in by_kind["index"], at the head of that section)."""
    head: list = []
    for mk in by_kind["index"]:
        mk.title = index_title
        if section is not None:
            continue
        if mk.file.src_uri == "index.md":
            head.append(mk)
        else:
            by_kind["claim"].insert(0, mk)
    return head


def _navigation(items: list) -> Navigation:
    """The Navigation of `items`, with parent links and previous/next links between its pages."""
    from mkdocs.structure.nav import _add_parent_links, _add_previous_and_next_links

    for item in items:
        item.parent = None
    _add_parent_links(items)
    all_pages = [i for i in _walk(items) if isinstance(i, MkPage)]
    _add_previous_and_next_links(all_pages)
    return Navigation(items, all_pages)

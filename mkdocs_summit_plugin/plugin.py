"""The MkDocs plugin: a thin shell that runs the pipeline at build time and adds its pages.

``on_files`` reads the articles folder, runs the pipeline, takes the raw
article files out of the site and adds generated pages (``File.generated``:
nothing is written into the user's docs) for the index, each event, each
claim and each article, plus ``claims.json`` and the stylesheet.
``on_page_content`` swaps in the rendered HTML of generated pages, so article
text never goes through Markdown; ``on_post_page`` adds a claim page's
ClaimReview JSON-LD to its ``<head>``. ``on_nav`` files the generated pages
under الرئيسية، الأحداث، الادعاءات، المقالات next to the user's own entries
(``nav.py``). ``on_post_build`` folds the search index for Arabic
(``search.py``). Under ``mkdocs serve`` the articles folder is watched when it
lies outside ``docs_dir``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkPage

from .publish import nav as summit_nav
from .editorial import overrides_file as summit_overrides
from .publish import search as summit_search
from .config import SummitConfig
from .publish.csv_report import report_csv
from .assign.events import EventHint
from .model import Report
from .extraction import Options, warm_up
from .pipeline import build_report
from .runtime.cache import ExtractionCache
from .runtime.cache import namespace as cache_namespace
from .runtime.memo import Memo
from .model import Article
from .reading.articles import ArticlesNotFound
from .publish.pages import claim_sort_key, Page, Site
from .publish.templates import templates_root
from .publish.claims_json import Layout, report_json

log = get_plugin_logger(__name__)

CSS_PATH = "assets/summit/summit.css"
JS_PATH = "assets/summit/summit.js"
FILE_WORKER_PATH = "assets/summit/summit-file-worker.js"


class SummitPlugin(BasePlugin[SummitConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.report: Optional[Report] = None
        self.site: Optional[Site] = None
        self.pages: dict[str, Page] = {}
        # Kept across rebuilds under `mkdocs serve` (on_startup makes MkDocs keep this instance):
        self.serving = False
        self.cache: Optional[ExtractionCache] = None
        self.last_good: dict[str, Article] = {}  # shown path -> the article last read from it
        self.memo: Optional[Memo] = None  # the previous rebuild's results (memo.py), under serve only

    # -- lifetime (see cache.py and pipeline.keep_last_good) ------------------
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_shutdown(self) -> None:
        self.cache, self.last_good, self.serving, self.memo = None, {}, False, None

    def extraction_cache(self, config: MkDocsConfig, options: Options) -> ExtractionCache:
        """The cache for these options: the same object across serve rebuilds unless they changed."""
        setting = self.config.cache_dir
        folder = None
        if setting not in (False, None, ""):
            folder = Path(".cache/summit" if setting is True else setting)
            if not folder.is_absolute():
                base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
                folder = base / folder
        if self.cache is None or self.cache.root != folder or self.cache.namespace != cache_namespace(options.key()):
            self.cache = ExtractionCache(folder, options.key())
        return self.cache

    # -- configuration -------------------------------------------------------
    def articles_path(self, config: MkDocsConfig) -> Path:
        path = Path(self.config.articles_dir)
        return path if path.is_absolute() else Path(config.docs_dir) / path

    def on_config(self, config: MkDocsConfig) -> Optional[MkDocsConfig]:
        if not self.config.enabled:
            return config
        prefix = self.config.prefix.strip("/")
        self.layout = Layout(prefix=f"{prefix}/" if prefix else "", directory_urls=config.use_directory_urls)
        # assets live under the prefix too: an embedding site gets one folder of generated files
        css, js, worker = (self.layout.prefix + p for p in (CSS_PATH, JS_PATH, FILE_WORKER_PATH))
        if css not in config.extra_css:
            config.extra_css.append(css)
        if js not in [str(getattr(s, "path", s)) for s in config.extra_javascript]:
            config.extra_javascript.append(js)
        # loaded before material's bundle: search from file:// (material's own shim would come from a CDN)
        polyfills = config.extra.setdefault("polyfills", [])
        if worker not in polyfills:
            polyfills.append(worker)
        return config

    # -- build ---------------------------------------------------------------
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        articles = self.articles_path(config)
        if not articles.is_dir():
            raise PluginError(f"summit: articles_dir '{self.config.articles_dir}' does not exist (looked for {articles})")
        self.report = report = self.run_pipeline(config, articles)
        _remove_article_files(files, articles)
        self.add_pages(files, config, report)
        self.add_downloads_and_assets(files, config, report)
        return files

    def run_pipeline(self, config: MkDocsConfig, articles: Path) -> Report:
        """The report on the articles folder, with the cache (and under serve the memo and
        last good articles) of this plugin; its problems logged as warnings."""
        hints = tuple(EventHint(e.id, e.label, tuple(e.cues)) for e in self.config.events)
        options = Options(hints=hints)
        cache = self.extraction_cache(config, options)
        cache.start_run()
        if self.serving and self.memo is None:
            self.memo = Memo()
            warm_up(options)  # this process extracts the edits: load the lexicons once, now
        if self.memo is not None:
            self.memo.start_run()
        try:
            report = build_report(
                [articles], options, cache=cache, last_good=self.last_good if self.serving else None,
                max_bytes=self.config.max_article_kb * 1024, overrides=self.load_overrides(config),
                jobs=self.config.jobs, memo=self.memo,
            )
        except ArticlesNotFound as exc:
            raise PluginError(f"summit: {exc}") from exc
        cache.prune()
        self.last_good = {a.path: a for a in report.articles}
        log.debug("extraction cache: %d article(s) reused, %d extracted", len(cache.hits), len(cache.misses))
        for error in cache.errors:
            log.info("extraction cache: %s (extracted again)", error)
        for problem in report.problems:
            log.warning("%s: %s", problem.path, problem.message)
        if not report.articles:
            log.warning("no article could be read from %s (looked for .txt, .md and .html files)", articles)
        return report

    def add_pages(self, files: Files, config: MkDocsConfig, report: Report) -> None:
        """A generated page for the index, each event, each claim and each article (not one
        the user's docs already hold)."""
        home_taken = files.get_file_from_path("index.md") is not None
        self.site = Site(
            report, self.layout, Path(self.config.templates_dir) if self.config.templates_dir else None, home_taken,
            site_name=config.site_name, site_url=config.site_url, memo=self.memo,
        )
        self.pages = {}
        for page in self.site.pages():
            if files.get_file_from_path(page.src_uri) is not None:
                log.warning("%s already exists in docs_dir: the generated page is not added", page.src_uri)
                continue
            # placed in the nav by on_nav (nav.py), not by MkDocs: no "not included in the nav" notice
            files.append(File.generated(config, page.src_uri, content=_stub(page.title), inclusion=InclusionLevel.NOT_IN_NAV))
            self.pages[page.src_uri] = page

    def add_downloads_and_assets(self, files: Files, config: MkDocsConfig, report: Report) -> None:
        """claims.json, claims.csv, and the stylesheet and scripts."""
        files.append(File.generated(config, self.layout.report_path, content=report_json(report, self.layout, self.memo)))
        files.append(File.generated(config, self.site.csv_path, content=report_csv(report, self.layout, memo=self.memo)))
        prefix = self.layout.prefix
        files.append(File.generated(config, prefix + CSS_PATH, content=self._asset("summit.css")))
        files.append(File.generated(config, prefix + JS_PATH, content=self._asset("summit.js")))
        files.append(File.generated(config, prefix + FILE_WORKER_PATH, content=self._asset("summit-file-worker.js")))

    def _asset(self, name: str) -> str:
        """A static asset from the site's templates_dir if it overrides it, else the packaged one."""
        if self.config.templates_dir and (Path(self.config.templates_dir) / name).is_file():
            return (Path(self.config.templates_dir) / name).read_text(encoding="utf-8")
        return (templates_root() / name).read_text(encoding="utf-8")

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        if not self.config.enabled or self.site is None:
            return nav
        section = self.config.section_title if self.layout.prefix else None
        claims = self.site.claims
        order = lambda page: claim_sort_key(claims[page.key]) if page.kind == "claim" and page.key in claims else ()
        return summit_nav.build(
            nav, config, files, self.pages, self.site.index_title(), section, limit=self.config.nav_limit, order=order
        )

    def on_page_content(self, html: str, *, page: MkPage, config: MkDocsConfig, files: Files) -> Optional[str]:
        generated = self.pages.get(page.file.src_uri)
        if generated is None or self.site is None:
            return html
        return self.site.render(generated)

    def on_post_page(self, output: str, *, page: MkPage, config: MkDocsConfig) -> Optional[str]:
        generated = self.pages.get(page.file.src_uri)
        if generated is None or self.site is None:
            return output
        head = str(self.site.head(generated))
        if head and "</head>" in output:
            output = output.replace("</head>", head + "\n</head>", 1)
        return output

    @event_priority(-100)  # after the theme's files are copied and the search plugin has run
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        if self.memo is not None:
            log.debug("reused from the previous build: %s", self.memo.summary())
            self.memo.finish_run()
        if not summit_search.patch_worker(config.site_dir, self._asset("summit-search.js")):
            log.info("no mkdocs-material search worker in the site: Arabic search folding not installed")
        summit_search.write_inline_index(config.site_dir)

    # -- editors' overrides (overrides.py) ------------------------------------
    def overrides_path(self, config: MkDocsConfig) -> Optional[Path]:
        """The overrides file: the `overrides` option, else claims.yml next to mkdocs.yml; None when off."""
        setting = self.config.overrides
        if setting is False:
            return None
        path = Path(summit_overrides.DEFAULT_FILE if setting in (None, True) else setting)
        if not path.is_absolute():
            base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
            path = base / path
        return path

    def load_overrides(self, config: MkDocsConfig) -> Optional["summit_overrides.Overrides"]:
        path = self.overrides_path(config)
        if path is None:
            return None
        explicit = self.config.overrides not in (None, True)
        overrides = summit_overrides.load(path, shown=str(self.config.overrides) if explicit else path.name, required=explicit)
        if overrides.claims:
            log.info("editors' overrides: %d claim(s) in %s", len(overrides.claims), path)
        return overrides

    # -- mkdocs serve --------------------------------------------------------
    def on_serve(self, server, *, config: MkDocsConfig, builder):
        articles = self.articles_path(config).resolve()
        docs = Path(config.docs_dir).resolve()
        if self.config.enabled and articles.is_dir() and docs not in articles.parents:
            server.watch(str(articles))
        overrides = self.overrides_path(config) if self.config.enabled else None
        if overrides is not None and overrides.is_file() and docs not in overrides.resolve().parents:
            server.watch(str(overrides))
        return server


def _stub(title: str) -> str:
    """The Markdown source of a generated page: only its title (as JSON, which is valid YAML)."""
    import json

    # HTML-escaped: MkDocs themes print page titles as HTML (<title>, nav, header), and article text is not HTML
    return "---\ntitle: " + json.dumps(str(escape(" ".join(title.split()))), ensure_ascii=True) + "\n---\n"


def _remove_article_files(files: Files, articles: Path) -> None:
    """The raw article files out of the site (their pages are generated)."""
    root = articles.resolve()
    for file in list(files):
        # the file's folder, not the file, is resolved: a symlink in the articles folder (even one
        # refused, pointing outside, or looping) is taken out of the site like any article file
        folder = Path(file.abs_src_path).parent.resolve() if file.abs_src_path else None
        if folder is not None and (root == folder or root in folder.parents):
            files.remove(file)

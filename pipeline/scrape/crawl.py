"""`warta crawl`: discover, fetch and parse a site's articles politely, incrementally and resumably."""
from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.scrape.article import ArticlePage, NotAnArticle, canonical_link, choose_profile, make_soup, parse_page
from pipeline.scrape.dates import date_part
from pipeline.scrape.discover import COMMON_FEEDS, COMMON_SITEMAPS, is_article_sitemap, page_links, parse_sitemap
from pipeline.scrape.fetch import HTML_TYPES, XML_TYPES, Fetcher, FetchError, Page
from pipeline.scrape.robots import Robots, load_robots
from pipeline.scrape.state import CrawlState, now_iso
from pipeline.scrape.urls import canonical_url, host_of, same_site, site_key

SITEMAP_TYPES = XML_TYPES + HTML_TYPES + ("application/octet-stream", "application/x-gzip", "application/gzip")

# /page/3/, ?paged=3, ?halaman=3: later pages of a listing; the listing itself is what is left without it.
PAGINATION = re.compile(r"(?:/page/\d+/?$)|(?:[?&](?:paged?|halaman|hal)=\d+)")

# Frontier priorities: sitemaps and feeds first, then article candidates, then listings, then other links.
SITEMAP, ARTICLE, LISTING, OTHER = 0, 1, 2, 3


class Progress:
    """Silent progress; the CLI passes a TqdmProgress to show pages, articles, errors and the host."""

    def page(self, url: str) -> None: ...

    def article(self, record: dict) -> None: ...

    def error(self, url: str, reason: str) -> None: ...

    def close(self) -> None: ...


class TqdmProgress(Progress):
    """A one-line display on stderr: pages fetched, articles found, errors and the current host."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self._tqdm = tqdm
        self.bar = tqdm(desc="crawl", unit=" pages", file=sys.stderr, dynamic_ncols=True)
        self.articles = self.errors = 0
        self.host = ""

    def _refresh(self) -> None:
        self.bar.set_postfix_str(f"articles={self.articles} errors={self.errors} host={self.host}", refresh=False)

    def page(self, url: str) -> None:
        self.host = urlsplit(url).netloc
        self._refresh()
        self.bar.update(1)

    def article(self, record: dict) -> None:
        self.articles += 1
        self._refresh()

    def error(self, url: str, reason: str) -> None:
        self.errors += 1
        self._refresh()
        self._tqdm.write(f"error: {reason}", file=sys.stderr)

    def close(self) -> None:
        self.bar.close()


@dataclass
class CrawlReport:
    """What a crawl did; `errors` pairs each failed URL with its reason."""

    requests: int = 0
    pages: int = 0
    articles: int = 0
    known: int = 0
    disallowed: int = 0
    duplicates: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.articles} articles written, {self.pages} pages fetched ({self.requests} requests), "
            f"{self.known} already known, {self.duplicates} duplicates, {self.disallowed} disallowed by robots.txt, "
            f"{len(self.errors)} errors, {self.seconds:.1f} s"
        )


@dataclass(order=True)
class _Item:
    priority: int
    seq: int
    url: str = field(compare=False)
    kind: str = field(compare=False, default="page")  # page | sitemap | feed
    lastmod: str | None = field(compare=False, default=None)
    chain: str | None = field(compare=False, default=None)  # the listing whose pagination found this URL
    quiet: bool = field(compare=False, default=False)  # a guessed location: failure is not an error


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_id(url: str) -> str:
    """A stable id for an article: its host and a hash of its canonical URL."""
    return f"{host_of(url)}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"


def default_state_dir(output: Path) -> Path:
    """State lives next to the output unless --state says otherwise: OUT.jsonl -> .OUT.crawl-state/."""
    return output.parent / f".{output.stem}.crawl-state"


class _SiteCrawl:
    """Crawl of one site: its robots rules, frontier and what this run has seen."""

    def __init__(self, crawler: Crawler, start: str) -> None:
        self.c = crawler
        self.start = canonical_url(start)
        self.site = site_key(self.start)
        self.frontier: list[_Item] = []
        self.queued: set[str] = set()
        self.done: set[str] = set()
        self.stopped_chains: set[str] = set()
        self.robots: Robots = Robots(self.site)
        self.other_robots: dict[str, Robots] = {}  # the same host under another scheme or www.
        self.was_completed = False
        self.drop: frozenset[str] = frozenset()

    @staticmethod
    def chain_of(url: str) -> str:
        """The listing a page belongs to: /kategori/x/page/3/ -> /kategori/x/."""
        return PAGINATION.sub("/", url).replace("//?", "/?") if PAGINATION.search(url) else url

    def push(self, url: str, priority: int, kind: str = "page", **meta) -> None:
        if url in self.queued:
            return
        self.queued.add(url)
        heapq.heappush(self.frontier, _Item(priority, next(self.c.seq), url, kind, **meta))

    def allowed(self, url: str) -> bool:
        """Same site and allowed by robots.txt of the URL's own scheme://host (loaded on first use: http -> https)."""
        if not same_site(url, self.start):
            return False  # a redirect off the site: not ours to crawl
        key = site_key(url)
        if key == self.site:
            return self.robots.allowed(url)
        if key not in self.other_robots:
            robots = load_robots(self.c.fetcher, url)
            self.c.fetcher.set_crawl_delay(url, robots.crawl_delay)
            self.other_robots[key] = robots
        return self.other_robots[key].allowed(url)

    def run(self) -> bool:
        """Crawl until the frontier is empty or the article limit is reached; True when the site is finished."""
        state = self.c.state
        self.robots = load_robots(self.c.fetcher, self.start)
        self.c.report.requests = self.c.fetcher.requests
        if not self.robots.allow_all and self.robots.parser is None:
            self.c.fail(f"{self.site}/robots.txt", self.robots.note)
            return False
        self.c.fetcher.set_crawl_delay(self.start, self.robots.crawl_delay)
        self.was_completed = state.site_completed(self.site)
        state.mark_site(self.site, completed=False)
        if urlsplit(self.start).path in {"", "/"}:
            for sitemap in self.robots.sitemaps:
                self.push(canonical_url(sitemap, self.start), SITEMAP, "sitemap")
            if not self.robots.sitemaps:
                for path in COMMON_SITEMAPS:
                    self.push(self.site + path, SITEMAP, "sitemap", quiet=True)
                for path in COMMON_FEEDS:
                    self.push(self.site + path, SITEMAP, "feed", quiet=True)
        self.push(self.start, LISTING)
        while self.frontier:
            if self.c.limit_reached():
                return False
            item = heapq.heappop(self.frontier)
            if item.priority == LISTING and self.chain_of(item.url) in self.stopped_chains:
                continue  # this listing already reached articles older than --since, or only known ones
            if item.kind in {"sitemap", "feed"}:
                self.sitemap(item)
            else:
                self.page(item)
        return True

    def sitemap(self, item: _Item) -> None:
        if not self.allowed(item.url):
            self.c.report.disallowed += 1
            return
        try:
            page = self.fetch(item.url, accept=SITEMAP_TYPES)
            entries = parse_sitemap(page.body, page.final_url)
        except (FetchError, ValueError) as exc:
            if not item.quiet:
                self.c.fail(item.url, str(exc))
            return
        since = self.c.since
        for url, lastmod in entries.sitemaps:
            if not is_article_sitemap(url):
                continue
            if since and lastmod and date_part(lastmod) and date_part(lastmod) < since:
                continue
            self.push(url, SITEMAP, "sitemap")
        for url, lastmod in entries.pages:
            if not same_site(url, self.start):
                continue
            if since and lastmod and date_part(lastmod) and date_part(lastmod) < since:
                continue
            self.push(canonical_url(url, drop_params=self.drop), ARTICLE, lastmod=lastmod)

    def known(self, url: str) -> bool:
        """True for a URL this run has read or the state says needs no request (a redirect's target)."""
        target = canonical_url(url, drop_params=self.drop)
        return target in self.done or self.skip_known(_Item(ARTICLE, 0, target))[0]

    def fetch(self, url: str, accept=HTML_TYPES, etag=None, last_modified=None) -> Page:
        self.c.progress.page(url)
        self.c.report.pages += 1
        try:
            return self.c.fetcher.get(
                url, accept=accept, etag=etag, last_modified=last_modified, allowed=self.allowed, known=self.known
            )
        finally:
            self.c.report.requests = self.c.fetcher.requests

    def skip_known(self, item: _Item) -> tuple[bool, str | None, str | None]:
        """Whether the state says this URL needs no request; else the validators for a conditional GET."""
        known = self.c.state.article_for(item.url)
        if known is None:
            return False, None, None
        if known.kind == "article":
            changed = item.lastmod and (known.lastmod is None or item.lastmod > known.lastmod)
            if not changed:
                return True, None, None
            return False, known.etag, known.last_modified
        if known.kind == "other":
            return True, None, None
        if known.kind == "old" and self.c.since:
            published = date_part(known.reason)
            return bool(published and published < self.c.since), None, None
        return False, None, None

    def page(self, item: _Item) -> None:
        """Fetch and handle one HTML page; a page that breaks our parser is reported and the crawl goes on."""
        try:
            self._page(item)
        except Exception as exc:  # noqa: BLE001 - one broken page must never stop a crawl
            self.c.state.record(item.url, "error", reason=f"{type(exc).__name__}: {exc}")
            self.c.fail(item.url, f"{item.url}: could not be read: {type(exc).__name__}: {exc}")

    def _page(self, item: _Item) -> None:
        state, report = self.c.state, self.c.report
        if item.url in self.done:
            return
        self.done.add(item.url)
        if not self.allowed(item.url):
            report.disallowed += 1
            return
        skip, etag, last_modified = self.skip_known(item) if item.url != self.start else (False, None, None)
        if skip:
            report.known += 1
            return
        try:
            page = self.fetch(item.url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            state.record(item.url, "error", reason=exc.reason)
            self.c.fail(item.url, str(exc))
            return
        if page.not_modified:  # the sitemap's lastmod moved but the page did not: remember the new lastmod
            known = state.article_for(item.url)
            if known is not None and known.kind == "article":
                state.record(known.url, "article", etag=known.etag, last_modified=known.last_modified,
                             lastmod=item.lastmod, sha1=known.sha1)
            report.known += 1
            return
        final = canonical_url(page.final_url, drop_params=self.drop)
        if page.status in {301, 302, 303, 307, 308}:  # redirected to a page already read
            state.record(item.url, "alias", target=final)
            report.known += 1
            return
        if final != item.url:
            # a redirect (?p=123 to the permalink, http to https): remember it so the next run asks nothing
            if final in self.done or self.skip_known(_Item(item.priority, 0, final, lastmod=item.lastmod))[0]:
                state.record(item.url, "alias", target=final)
                report.known += 1
                return
            self.done.add(final)
        soup = make_soup(page.text)
        profile = choose_profile(soup, final)
        self.drop = frozenset(profile.drop_params) | self.drop
        links = page_links(soup, final, profile)
        self.follow(links, self.chain_of(final))
        other_url = canonical_link(soup, final)
        if other_url and other_url not in self.done:
            # an AMP copy, a ?p=123 shortlink or a mobile view: read the page it names instead
            state.record(item.url, "alias", target=other_url)
            self.push(other_url, ARTICLE, lastmod=item.lastmod, chain=item.chain)
            return
        try:
            article = parse_page(soup=soup, html="", url=final)
        except NotAnArticle as exc:
            # listings are read again next run for new links; static and attachment pages are not
            is_static = "static page" in str(exc) or "attachment page" in str(exc)
            kind = "listing" if not is_static and (links.articles or links.next_pages) else "other"
            state.record(item.url, kind, reason=str(exc))
            return
        if article.page_number > 1 and article.page_urls and article.page_urls[0] != final:
            state.record(item.url, "alias", target=article.page_urls[0])
            self.push(article.page_urls[0], ARTICLE, lastmod=item.lastmod, chain=item.chain)
            return
        if len(article.page_urls) > 1 and not self.join_pages(article):
            return
        self.emit(item, page, article, final)

    def follow(self, links, chain: str) -> None:
        since = self.c.since
        dated = [date_part(d) for _, d in links.articles if date_part(d)]
        all_old = bool(since and dated and all(d < since for d in dated))
        all_known = bool(links.articles) and all(
            (state := self.c.state.article_for(u)) is not None and state.kind in {"article", "other", "old"}
            for u, _ in links.articles
        )
        for target, published in links.articles:
            if since and date_part(published) and date_part(published) < since:
                continue
            self.push(target, ARTICLE, chain=chain)
        if all_old or (self.was_completed and all_known):
            self.stopped_chains.add(chain)  # older pages of this listing hold nothing new
        for target in links.next_pages:
            self.push(target, LISTING)
        if chain == self.start:  # the front page names the site's feeds; article pages name comment feeds
            for feed in links.feeds:
                self.push(feed, SITEMAP, "feed", quiet=True)
        for target in links.other:
            self.push(target, LISTING if PAGINATION.search(target) else OTHER)

    def join_pages(self, article: ArticlePage) -> bool:
        """Fetch the other pages of a split article and append their text; False if one cannot be read."""
        texts = [article.text]
        pending = list(article.page_urls[1:])
        seen = set(article.page_urls)
        while pending:
            url = pending.pop(0)
            self.done.add(url)
            self.queued.add(url)
            try:
                if not self.allowed(url):
                    raise FetchError(url, "later page disallowed by robots.txt")
                page = self.fetch(url)
                later = parse_page(page.text, canonical_url(page.final_url))
                texts.append(later.text)
                for more in later.page_urls:  # "Berikutnya" links show one page ahead at a time
                    if more not in seen:
                        seen.add(more)
                        pending.append(more)
            except (FetchError, ValueError) as exc:
                self.c.state.record(article.page_urls[0], "error", reason=f"page {url}: {exc}")
                self.c.fail(article.page_urls[0], f"{article.page_urls[0]}: article page {url} failed: {exc}")
                return False
            self.c.state.record(url, "alias", target=article.page_urls[0], commit=False)
        article.text = "\n".join(texts)
        if article.page_urls:
            article.url = article.page_urls[0]
        return True

    def emit(self, item: _Item, page: Page, article: ArticlePage, final: str) -> None:
        state, report, since = self.c.state, self.c.report, self.c.since
        key = article.url or final
        published = date_part(article.published)
        if since and published and published < since:
            state.record(key, "old", reason=article.published)
            if key != item.url:
                state.record(item.url, "alias", target=key)
            if item.chain:
                self.stopped_chains.add(item.chain)
            return
        sha1 = text_sha1(article.text)
        validators = dict(etag=page.headers.get("etag"), last_modified=page.headers.get("last-modified"))
        previous = state.get(key)
        twin = state.has_text(sha1)
        if key != item.url:
            state.record(item.url, "alias", target=key, commit=False)
        if key in self.c.emitted or (previous and previous.kind == "article" and previous.sha1 == sha1):
            state.record(key, "article", lastmod=item.lastmod, sha1=sha1, **validators)
            report.known += 1
            return
        if twin and twin != key:
            state.record(key, "alias", target=twin)
            report.duplicates += 1
            return
        record = {
            "id": article_id(key),
            "url": key,
            "source": article.source or host_of(key),
            "title": article.title,
            "published": article.published,
            "authors": article.authors,
            "text": article.text,
            "fetched_at": now_iso(),
            "sha1": sha1,
        }
        self.c.write(record)
        state.record(key, "article", lastmod=item.lastmod, sha1=sha1, **validators)


class Crawler:
    """Shared parts of a crawl over several sites: fetcher, state, output file and report."""

    def __init__(
        self,
        output: Path,
        state: CrawlState,
        fetcher: Fetcher,
        *,
        since: date | None,
        max_articles: int | None,
        progress: Progress,
    ) -> None:
        self.output = output
        self.state = state
        self.fetcher = fetcher
        self.since = since
        self.max_articles = max_articles
        self.progress = progress
        self.report = CrawlReport()
        self.seq = itertools.count()
        self.emitted: set[str] = set()
        self.handle = None

    def limit_reached(self) -> bool:
        return self.max_articles is not None and self.report.articles >= self.max_articles

    def write(self, record: dict) -> None:
        if self.handle is None:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.handle = self.output.open("a", encoding="utf-8")
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()  # a killed run keeps every line written so far
        self.emitted.add(record["url"])
        self.report.articles += 1
        self.progress.article(record)

    def fail(self, url: str, reason: str) -> None:
        self.report.errors.append((url, reason))
        self.progress.error(url, reason)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def crawl(
    urls: list[str],
    output: Path,
    *,
    state_dir: Path | None = None,
    since: date | None = None,
    max_articles: int | None = None,
    delay: float = 1.0,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
) -> CrawlReport:
    """Crawl each site in `urls`, appending new or changed articles to `output` as JSON lines.

    :param state_dir: where fetched URLs, validators and hashes are kept (default: next to `output`)
    :param since: do not page back, or emit articles, before this day
    :param max_articles: stop after writing this many articles
    :param delay: minimum seconds between requests to one host (a longer robots.txt Crawl-delay wins)
    """
    for url in urls:
        if urlsplit(url).scheme not in {"http", "https"} or not urlsplit(url).netloc:
            raise ValueError(f"{url}: not an http(s) URL")
    started = time.monotonic()
    state = CrawlState(state_dir or default_state_dir(output))
    state.reconcile(output)
    crawler = Crawler(
        output,
        state,
        fetcher or Fetcher(delay=delay),
        since=since,
        max_articles=max_articles,
        progress=progress or Progress(),
    )
    try:
        for url in urls:
            site = _SiteCrawl(crawler, url)
            finished = site.run()
            if finished:
                state.mark_site(site.site, completed=True)
            if crawler.limit_reached():
                break
    finally:
        crawler.close()
        crawler.progress.close()
        state.close()
        crawler.report.seconds = time.monotonic() - started
    return crawler.report

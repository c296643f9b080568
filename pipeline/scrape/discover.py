"""Finding article URLs: sitemaps (and sitemap indexes), RSS/Atom feeds, and the links of HTML pages."""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag
from lxml import etree

from pipeline.scrape.dates import iso_date, parse_indonesian_date
from pipeline.scrape.profiles import Profile
from pipeline.scrape.urls import canonical_url, is_crawlable, same_site

# Where sites keep sitemaps and feeds when robots.txt does not say (WordPress core, Yoast, Rank Math, Blogger).
COMMON_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap-news.xml")
COMMON_FEEDS = ("/feed/", "/feeds/posts/default", "/rss.xml")

# Child sitemaps that list static pages, taxonomies, authors or media: never articles.
NON_ARTICLE_SITEMAP = re.compile(
    r"(?:^|[/_-])(?:pages?|category|post_tag|tag|author|attachment|product|users|taxonomies|"
    r"wp-sitemap-(?:users|taxonomies|posts-page))(?:-sitemap|[-_.\d]|$)",
    re.IGNORECASE,
)

GENERIC_LISTING_LINKS = (
    "h2.entry-title a, h3.entry-title a, h2.post-title a, h3.post-title a, article h2 a, article h3 a, "
    "a[rel=bookmark], .td-module-title a, .jeg_post_title a"
)
GENERIC_NEXT = "link[rel=next], a[rel=next], a.next, a.nextpostslink, .nav-previous a, a.blog-pager-older-link"
# Link texts of "older posts" buttons: Berikutnya, Selanjutnya, Pos lebih lama, Posting Lama, Next ›
NEXT_TEXT = re.compile(
    r"^(?:berikutnya|selanjutnya|halaman\s+berikutnya|pos(?:ting)?\s+(?:lebih\s+)?lama|entri\s+lama|"
    r"artikel\s+lama|next(?:\s+page)?|older\s+(?:posts|entries)|load\s+more|muat\s+lebih\s+banyak)"
    r"\s*[›»→>]*$|^[›»→]$",
    re.IGNORECASE,
)
ITEM_CONTAINERS = ("article", ".post-outer", ".post", "li", ".td_module_wrap", ".jeg_post")


@dataclass
class SitemapEntries:
    """What one sitemap or feed lists: child sitemaps and page URLs, each with its date (or None)."""

    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)
    pages: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class PageLinks:
    """Links of an HTML page: article candidates (with the listing's date for each), next pages, the rest."""

    articles: list[tuple[str, str | None]] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def parse_sitemap(body: bytes, base: str) -> SitemapEntries:
    """Read a sitemap, sitemap index, RSS or Atom feed (gzip allowed); raise ValueError if it is none of them."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body.strip(), parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"{base}: not a sitemap or feed: {exc}") from exc
    if root is None:
        raise ValueError(f"{base}: not a sitemap or feed: empty or not XML")
    entries = SitemapEntries()
    kind = _local(root.tag)
    if kind in {"urlset", "sitemapindex"}:
        target = entries.sitemaps if kind == "sitemapindex" else entries.pages
        for item in root:
            loc = lastmod = None
            for child in item:
                name = _local(child.tag)
                if name == "loc" and child.text:
                    loc = child.text.strip()
                elif name == "lastmod" and child.text:
                    lastmod = iso_date(child.text.strip())
                elif name == "news" and lastmod is None:  # Google News sitemap: <news:publication_date>
                    for sub in child.iter():
                        if _local(sub.tag) == "publication_date" and sub.text:
                            lastmod = iso_date(sub.text.strip())
            if loc:
                target.append((canonical_url(loc, base), lastmod))
    elif kind in {"rss", "rdf"}:
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = date = None
            for child in item:
                name = _local(child.tag)
                if name == "link" and child.text:
                    link = child.text.strip()
                elif name in {"pubdate", "date"} and child.text:
                    date = _feed_date(child.text)
            if link:
                entries.pages.append((canonical_url(link, base), date))
    elif kind == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            link = date = None
            for child in entry:
                name = _local(child.tag)
                if name == "link" and child.get("rel", "alternate") == "alternate" and child.get("href"):
                    link = child.get("href")
                elif name in {"published", "updated"} and child.text and date is None:
                    date = iso_date(child.text.strip())
            if link:
                entries.pages.append((canonical_url(link, base), date))
    else:
        raise ValueError(f"{base}: not a sitemap or feed: root element <{kind}>")
    return entries


def _feed_date(text: str) -> str | None:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text.strip()).isoformat()
    except (TypeError, ValueError):
        return iso_date(text.strip())


def is_article_sitemap(url: str) -> bool:
    """False for child sitemaps of static pages, categories, tags, authors and attachments."""
    return not NON_ARTICLE_SITEMAP.search(url.rsplit("/", 1)[-1])


def _item_date(link: Tag) -> str | None:
    """The date printed next to a link on a listing page, from the post's box around it."""
    for selector in ITEM_CONTAINERS:
        box = link.find_parent(selector.lstrip(".")) if not selector.startswith(".") else link.find_parent(
            class_=selector[1:]
        )
        if box is None:
            continue
        tag = box.select_one("time[datetime], abbr.published[title], [itemprop=datePublished]")
        if tag is not None:
            return iso_date(tag.get("datetime") or tag.get("title") or tag.get("content")) or parse_indonesian_date(
                tag.get_text(" ")
            )
        meta = box.select_one(".entry-meta, .post-meta, .date, .meta")
        if meta is not None:
            return parse_indonesian_date(meta.get_text(" "))
        return None
    return None


def page_links(soup: BeautifulSoup, url: str, profile: Profile) -> PageLinks:
    """Same-site links of a page, split into article candidates, next-page links and everything else."""
    links = PageLinks()
    seen: set[str] = set()
    drop = frozenset(profile.drop_params)

    def add(target: list, href: str | None, item=None) -> str | None:
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "whatsapp:", "#")):
            return None
        absolute = canonical_url(href, url, drop_params=drop)
        if not same_site(absolute, url) or not is_crawlable(absolute) or absolute in seen:
            return None
        seen.add(absolute)
        target.append(item if item is not None else absolute)
        return absolute

    selector = ", ".join(filter(None, (profile.listing_links, GENERIC_LISTING_LINKS)))
    for tag in soup.select(selector):
        if tag.name == "a":
            href = tag.get("href")
            if href:
                absolute = canonical_url(href, url, drop_params=drop)
                add(links.articles, href, (absolute, _item_date(tag)))
    next_selector = ", ".join(filter(None, (profile.next_page, GENERIC_NEXT)))
    for tag in soup.select(next_selector):
        add(links.next_pages, tag.get("href"))
    for tag in soup.find_all("a", href=True):
        if NEXT_TEXT.match(tag.get_text(" ", strip=True)):
            add(links.next_pages, tag["href"])
    for tag in soup.select("link[rel=alternate][href]"):
        kind = (tag.get("type") or "").lower()
        if ("rss" in kind or "atom" in kind) and "comments" not in tag["href"]:
            absolute = canonical_url(tag["href"], url)
            if same_site(absolute, url):
                links.feeds.append(absolute)
    for tag in soup.find_all("a", href=True):
        add(links.other, tag["href"])
    return links

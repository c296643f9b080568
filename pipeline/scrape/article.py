"""One HTML page -> one article record, or ValueError saying why the page is not an article.

A known theme's profile gives exact selectors; otherwise the generic path reads JSON-LD, OpenGraph,
`<time datetime>`, Indonesian date strings and bylines, and finds the body by its paragraphs.
"""
from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import soupsieve
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from pipeline.scrape.dates import iso_date, parse_indonesian_date
from pipeline.scrape.fetch import decode_body
from pipeline.scrape.profiles import COMMON_DROP, PROFILES, Profile
from pipeline.scrape.urls import canonical_url, host_of, same_site

GENERIC = Profile(name="generic")

BLOCK_TAGS = frozenset(
    """
    p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 blockquote ul ol li dl dt dd
    table thead tbody tfoot tr td th pre figure figcaption center address hr details summary
    """.split()
)
SKIP_TAGS = frozenset("script style noscript template svg head title".split())

# Lines inside the body that point elsewhere: "Baca Juga: ...", "Simak juga: ...", "Berita Terkait: ..."
READ_ALSO = re.compile(
    r"^\s*(?:baca|simak|lihat|klik|tonton)\s+(?:juga|pula|selengkapnya|berita\s+lainnya)\b|"
    r"^\s*(?:berita|artikel)\s+(?:terkait|lainnya)\s*[:：]|^\s*(?:read\s+also|related)\s*[:：]",
    re.IGNORECASE,
)
READ_ALSO_START = re.compile(r"^\s*(?:baca|simak|lihat|klik|tonton|berita|artikel|read|related)\b", re.IGNORECASE)
# Labels that ad and share widgets leave behind as bare lines ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT").
NOISE_LINE = re.compile(
    r"^\s*(?:advertisement|advertisment|iklan|adv|ads|scroll\s+(?:untuk|to|ke)\b.{0,40}|bagikan(?:\s+ini)?|"
    r"share(?:\s+this)?|tags?|label|komentar|loading\.*|\[?ads?\]?)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# Tag lists left in the body by themes that print them inline: "Tags: jembatan, Atambua"
TAGS_LINE = re.compile(r"^\s*(?:tags?|label|topik|kata\s+kunci)\s*[:：].{0,150}$", re.IGNORECASE)
# Photo captions written as plain paragraphs: "Foto: Humas Pemkab", "Ilustrasi: ...", "(Foto: dok. warga)"
CAPTION_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:foto|ilustrasi|keterangan\s+foto|sumber\s+foto|caption|photo|dok\.?)\s*[:：]",
    re.IGNORECASE,
)

GENERIC_TITLE = (
    "h1.entry-title, h1.post-title, h1.jeg_post_title, h1.tdb-title-text, h1.td-post-title, "
    "h1[itemprop=headline], h1.single-post-title, h1.article-title, h3.post-title.entry-title"
)
GENERIC_DATE = (
    "time.entry-date.published[datetime], time[itemprop=datePublished][datetime], "
    "[itemprop=datePublished][content], [itemprop=datePublished][datetime], abbr.published[title], "
    "time.published[datetime], time.entry-date[datetime], .post-date time[datetime], "
    ".td-post-date time[datetime], .jeg_meta_date time[datetime]"
)
DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
    "pubdate", "publishdate", "publish_date", "date", "dc.date", "dc.date.issued", "sailthru.date",
    "content_PublishedDate",
)
DATE_TEXT_AREAS = (
    ".entry-meta, .post-meta, .posted-on, .byline, .post-date, .date, .td-post-date, .jeg_meta_date, "
    ".meta, .article-date, .date-header, .post-timestamp, .entry-date, time"
)
GENERIC_AUTHORS = (
    ".entry-author [itemprop=name], [itemprop=author] [itemprop=name], .byline .author .fn, .author.vcard .fn, "
    ".author-name, .td-post-author-name a, .tdb-author-name, .jeg_meta_author a, .meta-author a, "
    ".post-author-name, .byline a[rel=author], .entry-meta a[rel=author], .post-author .fn"
)
BYLINE = re.compile(
    r"^\s*(?:oleh|penulis|reporter|pewarta|ditulis\s+oleh|by)\s*[:：]?\s*(?P<name>[^|\n]{2,60}?)\s*(?:\||$)",
    re.IGNORECASE,
)
GENERIC_BODY = (
    "[itemprop=articleBody]", "div.entry-content-single", "div.td-post-content", "div.tdb_single_content",
    "div.jeg_post_content .content-inner", "div.entry-content", "div.post-body", "div.post-content",
    "div.article-content", "div.article-body", "div.detail-text", "div.single-content", "div.content-detail",
    "div.post-entry", "div.entry", "article",
)
PAGE_LINKS = ".page-links, .post-nav-links, .pagination-single, .wp-block-post-navigation-link"
ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                           "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report"})
LISTING_TYPES = frozenset({"collectionpage", "profilepage", "searchresultspage", "itemlist"})
# WordPress <body> classes (body_class()) for pages that are not single posts.
WP_LISTING_CLASSES = frozenset({"archive", "category", "tag", "author", "search", "home", "blog", "date",
                                "error404", "search-results", "search-no-results", "tax"})
# Blogger paths that are never posts: static pages, label and search listings, archives.
BLOGGER_NON_POST = re.compile(r"^/(?:p/|search|feeds/)|^/$|^/\d{4}/(?:\d{2}/)?$|_archive\.html$")
# Titles of static pages, matched whole so that a story titled "Kontak Tembak di Intan Jaya" stays an article.
STATIC_TITLES = re.compile(
    r"^(?:redaksi|susunan\s+redaksi|pedoman\s+media\s+siber|tentang\s+kami|about(?:\s+us)?|kontak|"
    r"hubungi\s+kami|contact(?:\s+us)?|kebijakan\s+privasi|privacy\s+policy|disclaimer|sitemap|"
    r"kode\s+etik(?:\s+jurnalistik)?|pedoman\s+pemberitaan|info\s+iklan|karir)\s*$",
    re.IGNORECASE,
)
MIN_BODY_CHARS = 80


class NotAnArticle(ValueError):
    """A page that is a listing, a static page or otherwise has no article; the message says which."""


@dataclass
class ArticlePage:
    """One fetched page of an article; `page_urls` lists every page when the article is split."""

    url: str | None
    source: str | None
    title: str
    published: str | None
    authors: list[str]
    text: str
    profile: str = "generic"
    page_number: int = 1
    page_urls: list[str] = field(default_factory=list)

    def to_record(self) -> dict:
        return {
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "text": self.text,
        }


def parse_article(html: bytes | str, url: str | None = None) -> dict:
    """Parse a saved or fetched page into {url, source, title, published, authors, text}.

    Raises ValueError (NotAnArticle) naming the reason when the page is a listing, a static page or empty.
    """
    return parse_page(html, url).to_record()


def parse_page(html: bytes | str, url: str | None = None, soup: BeautifulSoup | None = None) -> ArticlePage:
    """Like parse_article, but keeps the profile used and the pages of a split article."""
    soup = soup if soup is not None else make_soup(html)
    page_url = _canonical(soup, url)
    profile = choose_profile(soup, page_url)
    _reject_non_article(soup, page_url, profile)
    jsonld = _jsonld_objects(soup)
    title = _title(soup, profile, jsonld)
    label = url or "page"
    if not title:
        raise NotAnArticle(f"{label}: not an article: no title found")
    if STATIC_TITLES.match(title) and not _article_objects(jsonld):
        raise NotAnArticle(f"{label}: not an article: static page ({title!r})")
    body = _body_element(soup, profile)
    if body is None:
        text = _fallback_text(soup)
    else:
        text = body_text(body, profile)
    if len(text) < MIN_BODY_CHARS:
        raise NotAnArticle(f"{url or 'page'}: not an article: body text too short ({len(text)} characters)")
    number, page_urls = _pages(soup, url, profile)
    scope = _scope(soup, profile)
    published = _published(soup, profile, jsonld, body, scope)
    if published is None and not _has_article_markup(soup, profile, jsonld):
        raise NotAnArticle(f"{label}: not an article: no publication date and no article markup")
    return ArticlePage(
        url=page_url,
        source=host_of(page_url) if page_url else None,
        title=title,
        published=published,
        authors=_authors(soup, profile, jsonld, scope),
        text=text,
        profile=profile.name,
        page_number=number,
        page_urls=page_urls,
    )


def make_soup(html: bytes | str) -> BeautifulSoup:
    """Parse HTML; bytes are decoded by their <meta charset> or detection."""
    if isinstance(html, bytes):
        html = decode_body(html)
    return BeautifulSoup(html, "lxml")


def choose_profile(soup: BeautifulSoup, url: str | None, profiles: tuple[Profile, ...] = PROFILES) -> Profile:
    """The profile for the page's host, else the first whose theme fingerprint is present, else generic."""
    host = host_of(url) if url else ""
    for profile in profiles:
        if host and host in profile.hosts:
            return profile
    for profile in profiles:
        if profile.detect and soup.select_one(profile.detect) is not None:
            return profile
    return GENERIC


def _canonical(soup: BeautifulSoup, url: str | None) -> str | None:
    """The page's own URL: <link rel=canonical> when it stays on the same site, else the fetched URL."""
    link = soup.find("link", rel="canonical", href=True)
    if url is None:
        return canonical_url(link["href"]) if link and link["href"].startswith("http") else None
    if link is not None:
        target = canonical_url(link["href"], url)
        if same_site(target, url):
            return target
    return canonical_url(url)


def canonical_link(soup: BeautifulSoup, url: str) -> str | None:
    """The <link rel=canonical> target when it names another page of the same site (AMP, ?p=123, mobile)."""
    link = soup.find("link", rel="canonical", href=True)
    if link is None:
        return None
    target = canonical_url(link["href"], url)
    return target if same_site(target, url) and target != canonical_url(url) else None


def _classes(tag: Tag | None) -> set[str]:
    if tag is None:
        return set()
    value = tag.get("class") or []
    return set(value if isinstance(value, list) else value.split())


def _reject_non_article(soup: BeautifulSoup, url: str | None, profile: Profile) -> None:
    label = url or "page"
    body_classes = _classes(soup.body)
    if body_classes & {"attachment", "single-attachment"}:
        raise NotAnArticle(f"{label}: not an article: attachment page (a media file's own page)")
    if body_classes & {"single", "single-post", "postid"} or any(c.startswith("postid-") for c in body_classes):
        return
    listing = body_classes & WP_LISTING_CLASSES
    if listing:
        raise NotAnArticle(f"{label}: not an article: listing page (body class {sorted(listing)[0]!r})")
    if "page" in body_classes or any(c.startswith("page-id-") for c in body_classes):
        raise NotAnArticle(f"{label}: not an article: static page (WordPress page)")
    if profile.name == "blogger":
        path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
        if url and BLOGGER_NON_POST.search(path.split("?")[0]):
            raise NotAnArticle(f"{label}: not an article: Blogger listing or static page")
        posts = [tag for tag in soup.select("div.post-body") if tag.find_parent(class_="post-body") is None]
        if len(posts) > 1:
            raise NotAnArticle(f"{label}: not an article: listing of {len(posts)} posts")
    types = _jsonld_types(soup)
    if types & LISTING_TYPES and not types & ARTICLE_TYPES:
        raise NotAnArticle(f"{label}: not an article: listing page (JSON-LD {sorted(types & LISTING_TYPES)[0]})")
    if not types & ARTICLE_TYPES and len(soup.select("article")) > 2 and soup.select_one("h1.entry-title") is None:
        raise NotAnArticle(f"{label}: not an article: listing of {len(soup.select('article'))} posts")


def _has_article_markup(soup: BeautifulSoup, profile: Profile, jsonld: list[dict]) -> bool:
    """A single post by its theme's own markers: WordPress `single` body class, Blogger post, Article JSON-LD."""
    body_classes = _classes(soup.body)
    return bool(
        body_classes & {"single", "single-post"}
        or _article_objects(jsonld)
        or (profile.name == "blogger" and soup.select_one("div.post-body") is not None)
        or (_meta(soup, "og:type") or "").lower() == "article"
    )


def _jsonld_objects(soup: BeautifulSoup) -> list[dict]:
    objects: list[dict] = []

    def visit(node) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                visit(node["@graph"])

    for script in soup.select("script[type='application/ld+json']"):
        try:
            visit(json.loads(script.string or script.get_text() or "null", strict=False))
        except (json.JSONDecodeError, TypeError):
            continue  # broken JSON-LD is common; the other signals still work
    return objects


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def _jsonld_types(soup: BeautifulSoup) -> set[str]:
    types: set[str] = set()
    for obj in _jsonld_objects(soup):
        types |= _types(obj)
    return types


def _article_objects(jsonld: list[dict]) -> list[dict]:
    return [obj for obj in jsonld if _types(obj) & ARTICLE_TYPES]


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name}) or soup.find(
            "meta", attrs={"itemprop": name}
        )
        if tag is not None and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def _title(soup: BeautifulSoup, profile: Profile, jsonld: list[dict]) -> str | None:
    for selector in (profile.title, GENERIC_TITLE):
        if selector:
            tag = soup.select_one(selector)
            if tag is not None and _clean(tag.get_text(" ")):
                return _clean(tag.get_text(" "))
    for obj in _article_objects(jsonld):
        if isinstance(obj.get("headline"), str) and obj["headline"].strip():
            return _clean(obj["headline"])
    for tag in soup.select("article h1, main h1, [role=main] h1"):
        if not _classes(tag) & {"site-title", "logo", "title"} and _clean(tag.get_text(" ")):
            return _clean(tag.get_text(" "))
    title = _meta(soup, "og:title", "twitter:title") or (soup.title and _clean(soup.title.get_text(" ")))
    if title:
        return _strip_site_name(title, _meta(soup, "og:site_name"))
    for tag in soup.select("h1"):  # last resort: a header's h1 is often the outlet's name
        if not _classes(tag) & {"site-title", "logo", "title"} and _clean(tag.get_text(" ")):
            return _clean(tag.get_text(" "))
    return None


def _strip_site_name(title: str, site: str | None) -> str:
    """"Judul Berita - Habari.id" -> "Judul Berita": og:title and <title> often carry the outlet's name."""
    if site:
        for separator in (" - ", " | ", " \u2013 ", " \u2014 ", " \u00bb "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)].strip()
    return title


def _scope(soup: BeautifulSoup, profile: Profile) -> Tag:
    """The post's own box around its title, where its date and byline are, so that a sidebar's dates lose."""
    for selector in (profile.title, GENERIC_TITLE):
        tag = soup.select_one(selector) if selector else None
        if tag is not None:
            box = tag.find_parent("article") or tag.find_parent(class_=["hentry", "type-post", "post"])
            if box is not None:
                return box
    return soup


def _first(scope: Tag, soup: BeautifulSoup, selector: str) -> list[Tag]:
    """Matches inside the post's box first, then anywhere on the page."""
    inside = scope.select(selector)
    return inside + [tag for tag in soup.select(selector) if tag not in inside] if scope is not soup else inside


def _date_from_tag(tag: Tag) -> str | None:
    for attr in ("datetime", "content", "title"):
        value = tag.get(attr)
        if value:
            parsed = iso_date(value)
            if parsed:
                return parsed
    return parse_indonesian_date(tag.get_text(" "))


def _published(
    soup: BeautifulSoup, profile: Profile, jsonld: list[dict], body: Tag | None, scope: Tag | None = None
) -> str | None:
    """The page's own date: theme markup first, then meta tags and JSON-LD, then a date written in the byline."""
    scope = scope if scope is not None else soup
    for selector in (profile.published, GENERIC_DATE):
        if selector:
            for tag in _first(scope, soup, selector):
                parsed = _date_from_tag(tag)
                if parsed:
                    return parsed
    machine = iso_date(_meta(soup, *DATE_META))
    for obj in _article_objects(jsonld):
        if machine is None and isinstance(obj.get("datePublished"), str):
            machine = iso_date(obj["datePublished"])
    written = None
    for tag in _first(scope, soup, DATE_TEXT_AREAS):
        if body is not None and (tag is body or body in tag.parents):
            continue
        written = _date_from_tag(tag)
        if written:
            break
    if machine is None:
        return written
    return _localise(machine, written)


def _localise(machine: str, written: str | None) -> str:
    """Yoast and others print UTC (+00:00); the byline shows local time. Keep the page's offset when we can see it.

    With a written date-time carrying WIB/WITA/WIT, that is the page's own reading of the instant; with a written
    date only, the UTC instant is moved to the Indonesian offset whose calendar day matches it.
    """
    if not machine.endswith("+00:00") or not written:
        return machine
    try:
        instant = datetime.fromisoformat(machine)
    except ValueError:
        return machine
    if "T" in written and written[-6] in "+-":
        try:
            if datetime.fromisoformat(written) == instant:
                return written
        except ValueError:
            pass
        return machine
    for hours in (7, 8, 9):  # WIB, WITA, WIT
        local = instant.astimezone(timezone(timedelta(hours=hours)))
        if local.date().isoformat() == written[:10]:
            return local.isoformat()
    return machine


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _dedupe(names: list[str]) -> list[str]:
    seen, result = set(), []
    for name in names:
        name = _clean(name)
        if name and name.lower() not in seen:
            seen.add(name.lower())
            result.append(name)
    return result


def _authors(soup: BeautifulSoup, profile: Profile, jsonld: list[dict], scope: Tag | None = None) -> list[str]:
    """Bylines in the post's box, then anywhere; then JSON-LD and meta; then "Penulis: ..." text."""
    scope = scope if scope is not None else soup
    for selector in (profile.authors, GENERIC_AUTHORS):
        if selector:
            for where in ((scope, soup) if scope is not soup else (soup,)):
                names = _dedupe([tag.get_text(" ") for tag in where.select(selector)])
                if names:
                    return names
    for obj in _article_objects(jsonld):
        names = _dedupe(_names(obj.get("author")))
        if names:
            return names
    meta = _meta(soup, "author", "article:author", "dc.creator")
    if meta and not meta.startswith("http"):
        return _dedupe(re.split(r"\s*(?:,|\band\b|\bdan\b)\s*", meta))
    for tag in soup.select(".byline, .entry-meta, .post-meta, .author"):
        match = BYLINE.match(_clean(tag.get_text(" ")))
        if match:
            return [match.group("name")]
    return []


def _body_element(soup: BeautifulSoup, profile: Profile) -> Tag | None:
    selectors = ([profile.body] if profile.body else []) + list(GENERIC_BODY)
    for selector in selectors:
        for tag in soup.select(selector):
            if len(_clean(tag.get_text(" "))) >= MIN_BODY_CHARS:
                return tag
    return _densest_block(soup)


def _densest_block(soup: BeautifulSoup) -> Tag | None:
    """The element whose direct <p> children hold the most text: the main content on unknown layouts."""
    best, best_score = None, 0
    for tag in soup.find_all(["div", "section", "main", "td"]):
        score = sum(len(p.get_text(strip=True)) for p in tag.find_all("p", recursive=False))
        if score > best_score:
            best, best_score = tag, score
    return best if best_score >= MIN_BODY_CHARS else None


def _fallback_text(soup: BeautifulSoup) -> str:
    """trafilatura's main-text extraction for layouts where no body element stands out."""
    import trafilatura  # imported lazily: only odd layouts need it

    text = trafilatura.extract(str(soup), include_comments=False, include_tables=False) or ""
    return "\n".join(line for line in (_clean(x) for x in text.split("\n")) if _keep_line(line))


@functools.cache
def _drop_selector(extra: tuple[str, ...]) -> soupsieve.SoupSieve:
    """All boilerplate selectors as one compiled list, so the body is walked once."""
    return soupsieve.compile(", ".join(COMMON_DROP + extra))


def _keep_line(line: str) -> bool:
    return bool(line) and not any(rule.match(line) for rule in (READ_ALSO, NOISE_LINE, CAPTION_LINE, TAGS_LINE))


def _drop_read_also_blocks(body: Tag) -> None:
    """Remove "Baca Juga" boxes whole: the largest short block that starts with the label, and the list of
    links right after a bare label."""
    for string in body.find_all(string=READ_ALSO_START):
        node = string.parent
        if node is None or node.decomposed:
            continue
        box = None
        while node is not None and node is not body:
            text = _clean(node.get_text(" "))
            if not READ_ALSO.match(text) or len(text) > 400:
                break
            box, node = node, node.parent
        if box is None:
            continue
        label_only = len(_clean(box.get_text(" "))) < 30
        following = box.find_next_sibling()
        box.decompose()
        if label_only and following is not None and following.name in {"ul", "ol", "div", "p", "a"}:
            anchors = [following] if following.name == "a" else following.find_all("a")
            links = _clean(" ".join(a.get_text(" ") for a in anchors))
            if links and len(links) >= 0.6 * len(_clean(following.get_text(" "))):
                following.decompose()


def body_text(body: Tag, profile: Profile = GENERIC) -> str:
    """The body's paragraphs, one per line, without ads, captions, share bars, related links and "Baca Juga"."""
    body = copy.copy(body)  # a copy: removing blocks must not change the caller's tree
    for tag in _drop_selector(profile.drop).select(body):
        tag.decompose()
    _drop_read_also_blocks(body)
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        line = _clean("".join(buffer))
        buffer.clear()
        if _keep_line(line):
            paragraphs.append(line)

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:
                    buffer.append(str(child))
                continue
            if child.name in SKIP_TAGS:
                continue
            if child.name == "br":
                flush()
            elif child.name in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(body)
    flush()
    return "\n".join(paragraphs)


# Links between the pages of a split article when the theme prints words, not numbers.
PAGE_NEXT = re.compile(r"^(?:halaman\s+)?(?:berikutnya|selanjutnya|next(?:\s+page)?)\s*[›»→>]*$", re.IGNORECASE)
PAGE_PREV = re.compile(r"^[‹«←<]*\s*(?:halaman\s+)?(?:sebelumnya|prev(?:ious)?(?:\s+page)?)$", re.IGNORECASE)
PAGE_IN_PATH = re.compile(r"/(\d{1,2})/?$")


def _pages(soup: BeautifulSoup, url: str | None, profile: Profile) -> tuple[int, list[str]]:
    """This page's number and the URLs of the pages of an article split with <!--nextpage--> (numbers or
    Sebelumnya/Berikutnya links; with words only, the list holds the neighbours and the crawler walks on)."""
    if url is None:
        return 1, []
    numbered: dict[int, str] = {}
    current = None
    next_url = prev_url = None
    for container in soup.select(profile.page_links or PAGE_LINKS):
        container = container if container.name != "a" else container.parent
        for tag in container.find_all(["a", "span"]):
            text = _clean(tag.get_text(" "))
            if tag.name == "a" and tag.get("href"):
                if PAGE_NEXT.match(text):
                    next_url = canonical_url(tag["href"], url)
                    continue
                if PAGE_PREV.match(text):
                    prev_url = canonical_url(tag["href"], url)
                    continue
            match = re.fullmatch(r"\D{0,10}?(\d{1,3})\D{0,4}", text)
            if not match:
                continue
            number = int(match.group(1))
            if tag.name == "a" and tag.get("href"):
                numbered[number] = canonical_url(tag["href"], url)
            elif tag.find_parent("a") is None and not tag.find("a"):
                current = number  # the page being read is the one number that is not a link
    if current is None:
        in_path = PAGE_IN_PATH.search(urlsplit(url).path)
        current = int(in_path.group(1)) if prev_url and in_path else 1
    if next_url:
        numbered.setdefault(current + 1, next_url)
    if prev_url and current > 1:
        numbered.setdefault(current - 1, prev_url)
    if not numbered:
        return 1, []
    numbered[current] = canonical_url(url)
    return current, [numbered[n] for n in sorted(numbered)]

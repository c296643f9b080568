"""URL canonicalisation: one spelling per page, so an article reached by two URLs is emitted once."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that never change the page: campaign tags and click ids added by share buttons.
TRACKING_PARAMS = frozenset(
    """
    fbclid gclid dclid gclsrc msclkid yclid igshid mc_cid mc_eid _ga _gl ref ref_src
    amp utm_source utm_medium utm_campaign utm_term utm_content utm_id utm_name
    """.split()
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# AMP copies of a WordPress post: /slug/amp/ (AMP plugin) and /amp/slug/ (some themes).
AMP_SUFFIX = re.compile(r"/amp/?$")
AMP_PREFIX = re.compile(r"^/amp(/.+)$")

# Links that can never be an article or a listing of articles.
SKIP_PATH = re.compile(
    r"""
    ^/(?:wp-admin|wp-login\.php|wp-json|xmlrpc\.php|cdn-cgi|wp-content|wp-includes)(?:/|$)
    | /(?:feed|comments/feed|trackback|embed)/?$ | /comment-page-\d+/?$
    | \.(?:jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|rar|mp3|mp4|avi|css|js|woff2?)$
    """,
    re.VERBOSE | re.IGNORECASE,
)
SKIP_QUERY = re.compile(r"(?:^|&)(?:replytocom|share|print|s|action)=", re.IGNORECASE)


def canonical_url(url: str, base: str | None = None, *, drop_params: frozenset[str] = frozenset()) -> str:
    """Absolute URL with lower-case host, no fragment, no tracking parameters and no AMP marker."""
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    path = parts.path or "/"
    path = AMP_SUFFIX.sub("/", path)
    amp = AMP_PREFIX.match(path)
    if amp:
        path = amp.group(1)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS
        and not key.lower().startswith(TRACKING_PREFIXES)
        and key not in drop_params
    ]
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def host_of(url: str) -> str:
    """The outlet's host name without `www.`: the record's `source`."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def site_key(url: str) -> str:
    """scheme://host[:port]: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def politeness_key(url: str) -> str:
    """The server a request goes to, whatever the scheme or www.: host[:port], default ports dropped."""
    parts = urlsplit(url)
    port = parts.port
    default = port is None or (parts.scheme, port) in {("http", 80), ("https", 443)}
    return host_of(url) if default else f"{host_of(url)}:{port}"


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on one host (www. and scheme ignored)."""
    a, b = urlsplit(url), urlsplit(other)
    return host_of(url) == host_of(other) and a.port == b.port


def is_crawlable(url: str) -> bool:
    """False for links that can never lead to an article (admin, feeds' comment links, media files)."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return False
    return not SKIP_PATH.search(parts.path) and not SKIP_QUERY.search(parts.query)

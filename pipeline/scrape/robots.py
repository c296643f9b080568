"""robots.txt: which paths we may fetch, how long to wait, which sitemaps the site names (parsed by Protego)."""
from __future__ import annotations

from dataclasses import dataclass, field

from protego import Protego

from pipeline.scrape.fetch import XML_TYPES, Fetcher, FetchError, USER_AGENT
from pipeline.scrape.urls import site_key

ROBOTS_AGENT = "warta"


@dataclass
class Robots:
    """The rules of one site; an absent robots.txt allows everything, an unreachable one (5xx) nothing."""

    site: str
    parser: Protego | None = None
    allow_all: bool = True
    sitemaps: list[str] = field(default_factory=list)
    note: str = ""

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets warta fetch `url` (a URL of this site)."""
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(url, USER_AGENT) and self.parser.can_fetch(url, ROBOTS_AGENT)

    @property
    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(USER_AGENT)
        return float(delay) if delay is not None else None


def parse_robots(site: str, text: str) -> Robots:
    """Rules from robots.txt text for `site` (scheme://host[:port])."""
    parser = Protego.parse(text)
    return Robots(site, parser, sitemaps=list(parser.sitemaps))


def load_robots(fetcher: Fetcher, url: str) -> Robots:
    """Fetch and parse a site's robots.txt; 4xx means no rules, other failures mean stay away."""
    site = site_key(url)
    try:
        page = fetcher.get(f"{site}/robots.txt", accept=XML_TYPES + ("text/html",))
    except FetchError as exc:
        if exc.status is not None and 400 <= exc.status < 500:
            return Robots(site, note=f"no robots.txt ({exc.reason})")
        return Robots(site, allow_all=False, note=f"robots.txt unreachable, site skipped: {exc.reason}")
    text = page.text
    if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return Robots(site, note="robots.txt is an HTML page (a soft 404); treated as absent")
    return parse_robots(site, text)  # whatever the Content-Type: some servers label robots.txt text/html

"""Fetcher and robots.txt against a real local HTTP server."""
import pytest

from pipeline.scrape.fetch import HOMEPAGE, Fetcher, FetchError, decode_body
from pipeline.scrape.robots import load_robots, parse_robots

MUSRENBANG = "/2024/03/pemkab-boalemo-gelar-musrenbang-kecamatan-tilamuta/"


def test_fetcher_retries_503_after_retry_after(site_server):
    site = site_server("habari")
    page = Fetcher(delay=0).get(site.url(MUSRENBANG))
    assert page.status == 200 and b"Musrenbang" in page.body
    first, second = [hit for hit in site.hits if hit.path == MUSRENBANG]
    assert (first.status, second.status) == (503, 200)
    assert second.time - first.time >= 1.0  # the fixture's Retry-After: 1


def test_fetcher_names_warta_and_its_homepage(site_server):
    site = site_server("habari")
    Fetcher(delay=0).get(site.url("/"))
    assert "warta" in site.hits[0].user_agent and HOMEPAGE in site.hits[0].user_agent


@pytest.mark.parametrize("path,reason", [
    ("/2024/02/berita-yang-sudah-dihapus/", "HTTP 404"),
    ("/unduh/jadwal-musrenbang-2024/", "content type 'application/pdf'"),
])
def test_fetcher_raises_with_url_and_reason(site_server, path, reason):
    site = site_server("habari")
    with pytest.raises(FetchError, match=reason) as info:
        Fetcher(delay=0).get(site.url(path))
    assert site.url(path) in str(info.value)


def test_fetcher_skips_oversized_bodies(site_server):
    site = site_server("habari")
    with pytest.raises(FetchError, match="over the 2000-byte limit"):
        Fetcher(delay=0, max_bytes=2000).get(site.url("/"))


def test_fetcher_follows_redirects_and_reports_the_final_url(site_server):
    site = site_server("habari")
    page = Fetcher(delay=0).get(site.url("/?p=104"))
    assert page.final_url == site.url("/2024/01/festival-danau-limboto-kembali-digelar/")


def test_fetcher_refuses_a_redirect_into_a_disallowed_path(site_server):
    site = site_server("habari")
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        Fetcher(delay=0).get(site.url("/?p=104"), allowed=lambda url: "festival" not in url)
    assert all("festival" not in path for path in site.paths())


def test_fetcher_waits_delay_between_requests_to_a_host(site_server):
    site = site_server("pesisir")
    fetcher = Fetcher(delay=0.15)
    for path in ("/", "/page/2/", "/page/3/"):
        fetcher.get(site.url(path))
    times = [hit.time for hit in site.hits]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.15


def test_fetcher_sends_validators_and_sees_not_modified(site_server):
    site = site_server("pesisir")
    fetcher = Fetcher(delay=0)
    first = fetcher.get(site.url("/"))
    again = fetcher.get(site.url("/"), etag=first.headers["etag"])
    assert again.not_modified and site.hits[-1].status == 304


@pytest.mark.parametrize("body,content_type,expected", [
    ("Rp90 ribu \u2013 \u201ckatinting\u201d".encode("cp1252"), "text/html; charset=windows-1252",
     "\u201ckatinting\u201d"),
    (b'<meta charset="windows-1252"><p>' + "Desa Bangga \u2013 nelayan".encode("cp1252"), "text/html", "Bangga \u2013"),
    ("Kabupaten Boalemo \u2013 Tilamuta".encode("utf-8"), "text/html; charset=ISO-8859-1",
     "Boalemo \u2013 Tilamuta"),  # a server's default Latin-1 header on a UTF-8 page
    ("Harga \u201cnaik\u201d lagi".encode("cp1252"), "text/html", "\u201cnaik\u201d"),  # nothing declared
    ("Kabupaten Boalemo \u2013 Tilamuta".encode("utf-8"), "text/html", "Boalemo \u2013 Tilamuta"),
])
def test_decode_body_uses_header_then_meta_then_utf8(body, content_type, expected):
    assert expected in decode_body(body, content_type)


def test_robots_parses_decimal_crawl_delay_and_disallow():
    robots = parse_robots("http://desa.example", "User-agent: *\nDisallow: /search\nCrawl-delay: 0.2\n"
                                                  "Sitemap: http://desa.example/sitemap.xml\n")
    assert robots.crawl_delay == 0.2
    assert not robots.allowed("http://desa.example/search/label/Desa")
    assert robots.allowed("http://desa.example/2024/02/posyandu.html")
    assert robots.sitemaps == ["http://desa.example/sitemap.xml"]


def test_load_robots_treats_a_missing_file_as_no_rules(site_server):
    site = site_server("pesisir")
    site.root = site.root / "kategori"  # a folder without robots.txt: the server answers 404
    robots = load_robots(Fetcher(delay=0), site.url("/"))
    assert robots.allowed(site.url("/wp-admin/")) and "no robots.txt" in robots.note


def test_load_robots_reads_rules_served_as_text_html(site_server):
    site = site_server("blog")
    site.routes["content_type"] = {"/robots.txt": "text/html; charset=UTF-8"}
    robots = load_robots(Fetcher(delay=0), site.url("/"))
    assert not robots.allowed(site.url("/search/label/Desa")) and robots.crawl_delay == 0.2

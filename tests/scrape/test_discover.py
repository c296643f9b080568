import gzip

import pytest

from pipeline.scrape.article import choose_profile, make_soup
from pipeline.scrape.discover import is_article_sitemap, page_links, parse_sitemap

BASE = "https://habari.id/"


def test_parse_sitemap_reads_an_index_with_lastmod():
    xml = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://habari.id/post-sitemap.xml</loc><lastmod>2024-03-12T02:30:45+00:00</lastmod></sitemap>
    </sitemapindex>"""
    entries = parse_sitemap(xml, BASE)
    assert entries.sitemaps == [("https://habari.id/post-sitemap.xml", "2024-03-12T02:30:45+00:00")]


def test_parse_sitemap_reads_gzipped_urlsets_and_news_dates():
    xml = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://habari.id/2024/02/bimtek/?utm_source=x</loc><news:news>
    <news:publication_date>2024-02-23T19:58:11+08:00</news:publication_date></news:news></url></urlset>"""
    entries = parse_sitemap(gzip.compress(xml), BASE)
    assert entries.pages == [("https://habari.id/2024/02/bimtek/", "2024-02-23T19:58:11+08:00")]


@pytest.mark.parametrize("xml,expected", [
    (b"<rss version='2.0'><channel><item><link>https://habari.id/a/</link>"
     b"<pubDate>Fri, 23 Feb 2024 11:58:11 +0000</pubDate></item></channel></rss>",
     [("https://habari.id/a/", "2024-02-23T11:58:11+00:00")]),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><published>2024-02-10T09:30:00.000+07:00</published>"
     b"<link rel='alternate' type='text/html' href='https://desa.blogspot.com/2024/02/p.html'/></entry></feed>",
     [("https://desa.blogspot.com/2024/02/p.html", "2024-02-10T09:30:00+07:00")]),
])
def test_parse_sitemap_reads_rss_and_atom_feeds(xml, expected):
    assert parse_sitemap(xml, BASE).pages == expected


def test_parse_sitemap_rejects_an_html_page_with_its_url():
    with pytest.raises(ValueError, match="https://habari.id/sitemap.xml: not a sitemap or feed"):
        parse_sitemap(b"<html><body><p>Halaman tidak ditemukan</p></body></html>", "https://habari.id/sitemap.xml")


@pytest.mark.parametrize("url,articles", [
    ("https://habari.id/post-sitemap.xml", True),
    ("https://habari.id/post-sitemap2.xml", True),
    ("https://desa.blogspot.com/sitemap.xml?page=1", True),
    ("https://habari.id/page-sitemap.xml", False),
    ("https://desa.blogspot.com/sitemap-pages.xml", False),
    ("https://habari.id/category-sitemap.xml", False),
    ("https://habari.id/wp-sitemap-users-1.xml", False),
])
def test_is_article_sitemap_skips_pages_taxonomies_and_authors(url, articles):
    assert is_article_sitemap(url) is articles


def test_page_links_separates_articles_and_next_pages_on_a_listing():
    from pathlib import Path

    html = (Path(__file__).parent / "sites/pesisir/index.html").read_text("utf-8")
    html = html.replace("{{ORIGIN}}", "https://p.example")
    soup = make_soup(html)
    links = page_links(soup, "https://p.example/", choose_profile(soup, "https://p.example/"))
    assert [url for url, _ in links.articles] == [
        "https://p.example/pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir/",
        "https://p.example/dprd-minta-perbaikan-jalan-pantura-dipercepat/",
    ]
    assert links.next_pages == ["https://p.example/page/2/"]

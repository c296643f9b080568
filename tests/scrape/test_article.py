"""parse_article on the fixture pages read from disk (no server): the contract `warta extract` relies on."""
import difflib
import json
from pathlib import Path

import pytest

from pipeline.scrape.article import parse_article, parse_page

SITES = Path(__file__).parent / "sites"
ORIGIN = "https://contoh.example"


def page(site: str, path: str) -> bytes:
    file = SITES / site / path.lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    return file.read_bytes().replace(b"{{ORIGIN}}", ORIGIN.encode())


def gold(site: str) -> list[dict]:
    return json.loads((SITES / site / "expected.json").read_text("utf-8"))


CASES = [(site, row) for site in ("habari", "pesisir", "blog") for row in gold(site)]


@pytest.mark.parametrize("site,row", CASES, ids=[f"{s}:{r['url'].split('/')[-2 if r['url'].endswith('/') else -1]}"
                                                  for s, r in CASES])
def test_parse_article_reads_title_date_author_and_body(site, row):
    record = parse_article(page(site, row["url"]), ORIGIN + row["url"])
    assert record["title"] == row["title"]
    assert record["published"] == row["published"]
    assert record["authors"] == row["authors"]
    assert record["url"] == ORIGIN + row["url"]
    assert record["source"] == "contoh.example"
    if "/2/" not in row["url"] and "harga-cabai" not in row["url"]:  # the split article is joined by the crawler
        assert difflib.SequenceMatcher(None, record["text"], row["text"]).ratio() >= 0.97


@pytest.mark.parametrize("site,path,noise", [
    ("habari", "/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/", "Baca Juga"),
    ("habari", "/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/", "ADVERTISEMENT"),
    ("habari", "/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/", "Foto: Humas"),
    ("habari", "/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/", "Berita Terkait"),
    ("habari", "/2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat/", "Dukung jurnalisme lokal"),
    ("pesisir", "/pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir/", "BACA JUGA"),
    ("pesisir", "/pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir/", "Bagikan ini"),
    ("pesisir", "/pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir/", "Terkait"),
    ("pesisir", "/pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir/", "Semoga cepat diperbaiki"),
    ("blog", "/2024/02/posyandu-remaja-desa-sukamaju-diresmikan.html", "Baca juga"),
    ("blog", "/2024/02/posyandu-remaja-desa-sukamaju-diresmikan.html", "Dokumentasi Pemerintah Desa"),
    ("blog", "/2024/02/posyandu-remaja-desa-sukamaju-diresmikan.html", "Kirimkan Ini lewat Email"),
])
def test_parse_article_leaves_out_boilerplate(site, path, noise):
    assert noise not in parse_article(page(site, path), ORIGIN + path)["text"]


@pytest.mark.parametrize("site,path,reason", [
    ("habari", "/", "listing"),
    ("habari", "/page/2/", "listing"),
    ("habari", "/category/daerah/", "listing"),
    ("habari", "/tag/boalemo/", "listing"),
    ("habari", "/author/dikson/", "listing"),
    ("habari", "/redaksi/", "static page"),
    ("habari", "/pedoman-media-siber/", "static page"),
    ("pesisir", "/", "listing"),
    ("pesisir", "/pedoman-media-siber/", "static page"),
    ("blog", "/", "listing"),
    ("blog", "/p/redaksi.html", "static page"),
    ("blog", "/2023/", "listing"),
])
def test_parse_article_rejects_listings_and_static_pages(site, path, reason):
    with pytest.raises(ValueError, match=reason):
        parse_article(page(site, path), ORIGIN + path)


def test_parse_article_decodes_a_windows_1252_page_from_its_meta_charset():
    path = "/2023/12/nelayan-paguyaman-pantai-terima-bantuan-mesin-perahu/"
    raw = page("habari", path)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    record = parse_article(raw, ORIGIN + path)
    assert record["title"] == "Nelayan Paguyaman Pantai Terima Bantuan Mesin Perahu \u201cKatinting\u201d"
    assert "Desa Bangga \u2013 salah satu" in record["text"]


def test_parse_page_lists_the_pages_of_a_split_article():
    path = "/2024/03/harga-cabai-rawit-melonjak-di-pasar-sentral-tilamuta/"
    first = parse_page(page("habari", path), ORIGIN + path)
    second = parse_page(page("habari", path + "2/"), ORIGIN + path + "2/")
    assert first.page_urls == [ORIGIN + path, ORIGIN + path + "2/"]
    assert (first.page_number, second.page_number) == (1, 2)
    assert "Halaman" not in first.text


def test_parse_article_without_url_uses_the_canonical_link():
    path = "/dprd-minta-perbaikan-jalan-pantura-dipercepat/"
    record = parse_article(page("pesisir", path).decode("utf-8"))
    assert record["url"] == ORIGIN + path
    # the date is only written out: "Jumat, 23 Februari 2024 | 10:15 WITA"
    assert record["published"] == "2024-02-23T10:15:00+08:00"


def test_parse_article_names_the_page_when_it_is_empty():
    with pytest.raises(ValueError, match=r"https://x\.example/kosong/: not an article"):
        parse_article("<html><body><p>Halo</p></body></html>", "https://x.example/kosong/")


def _yoast_page(meta_time: str, byline: str) -> str:
    return (f'<html><head><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{meta_time}"></head>'
            f'<body class="single single-post"><h1 class="entry-title">Banjir Rendam Tiga Desa</h1>'
            f'<div class="entry-meta"><span class="date">{byline}</span></div>'
            f'<div class="entry-content"><p>{"Air setinggi lutut merendam rumah warga sejak Kamis malam. " * 4}</p>'
            f'</div></body></html>')


@pytest.mark.parametrize("meta_time,byline,expected", [
    ("2024-02-22T22:15:00+00:00", "Jumat, 23 Februari 2024", "2024-02-23T05:15:00+07:00"),
    ("2024-02-22T22:15:00+00:00", "Jumat, 23 Februari 2024 | 06:15 WITA", "2024-02-23T06:15:00+08:00"),
    ("2024-02-23T02:15:00+00:00", "", "2024-02-23T02:15:00+00:00"),
])
def test_parse_article_keeps_the_bylines_local_offset_over_utc_meta(meta_time, byline, expected):
    assert parse_article(_yoast_page(meta_time, byline), "https://x.example/banjir/")["published"] == expected


THEME_PAGES = json.loads((SITES / "pages" / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("row", THEME_PAGES, ids=[row["file"] for row in THEME_PAGES])
def test_parse_article_reads_other_themes_exactly(row):
    """Blogger's Contempo theme (nested post-body, <time>) and JNews (UTC meta, date shown as "9 Mei 2024":
    the instant is kept and put in the first Indonesian offset, WIB, whose day matches the byline)."""
    record = parse_article((SITES / "pages" / row["file"]).read_bytes(), row["url"])
    assert {key: record[key] for key in ("url", "title", "published", "authors", "text")} == {
        key: row[key] for key in ("url", "title", "published", "authors", "text")}


def _split_page(links: str) -> str:
    return (f'<html><body class="single single-post"><h1 class="entry-title">Panen Raya Jagung</h1>'
            f'<time class="entry-date published" datetime="2024-04-02T08:00:00+08:00">2 April 2024</time>'
            f'<div class="entry-content"><p>{"Petani di Kecamatan Tolangohula mulai memanen jagung. " * 3}</p>'
            f'<div class="page-links">{links}</div></div></body></html>')


@pytest.mark.parametrize("url,links,number,pages", [
    ("https://x.example/panen/", '<a href="/panen/2/">Berikutnya</a>', 1,
     ["https://x.example/panen/", "https://x.example/panen/2/"]),
    ("https://x.example/panen/2/", '<a href="/panen/">Sebelumnya</a> <a href="/panen/3/">Selanjutnya</a>', 2,
     ["https://x.example/panen/", "https://x.example/panen/2/", "https://x.example/panen/3/"]),
    ("https://x.example/panen/3/",
     'Halaman: <a href="/panen/"><span>1</span></a> <a href="/panen/2/"><span>2</span></a>'
     ' <span class="page-link-number">3</span>', 3,
     ["https://x.example/panen/", "https://x.example/panen/2/", "https://x.example/panen/3/"]),
])
def test_parse_page_reads_numbered_and_worded_page_links(url, links, number, pages):
    page = parse_page(_split_page(links), url)
    assert (page.page_number, page.page_urls) == (number, pages)


def test_parse_article_prefers_the_posts_own_date_and_byline_over_a_sidebar():
    sidebar = ('<aside class="widget"><article class="post">'
               '<h2 class="entry-title"><a href="/lama/">Berita lama</a></h2>'
               '<time class="entry-date published" datetime="2023-01-05T08:00:00+07:00">5 Januari 2023</time>'
               '<span class="author vcard"><span class="fn">Penulis Lain</span></span></article></aside>')
    post = ('<article class="post type-post"><h1 class="entry-title">Sungai Bone Meluap</h1>'
            '<time class="entry-date published" datetime="2024-06-11T17:40:00+08:00">11 Juni 2024</time>'
            '<span class="author vcard"><span class="fn">Sri Wahyuni</span></span>'
            f'<div class="entry-content"><p>{"Warga di bantaran sungai diminta mengungsi. " * 3}</p></div>'
            '</article>')
    record = parse_article(f'<html><body class="single single-post">{sidebar}{post}</body></html>',
                           "https://x.example/sungai-bone-meluap/")
    assert (record["published"], record["authors"]) == ("2024-06-11T17:40:00+08:00", ["Sri Wahyuni"])


@pytest.mark.parametrize("head,body_title,expected", [
    ('<meta property="og:title" content="Nelayan Libur Melaut - Kabar Pesisir">'
     '<meta property="og:site_name" content="Kabar Pesisir">', "", "Nelayan Libur Melaut"),
    ('<meta property="og:title" content="Nelayan Libur Melaut | Kabar Pesisir">',
     "<main><h1>Nelayan Libur Melaut</h1></main>",
     "Nelayan Libur Melaut"),
])
def test_parse_article_finds_the_title_without_theme_classes(head, body_title, expected):
    html = (f'<html><head>{head}<meta property="og:type" content="article"></head><body>{body_title}'
            f'<div class="entry-content"><p>{"Gelombang tinggi membuat nelayan memilih tidak melaut. " * 3}</p></div>'
            '</body></html>')
    assert parse_article(html, "https://x.example/nelayan-libur/")["title"] == expected

"""The crawler end to end against the three fixture sites served over real HTTP."""
import difflib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.scrape.crawl import crawl
from pipeline.scrape.robots import parse_robots

from .conftest import serve, stop

SITES = ("habari", "pesisir", "blog")
KEYS = ["id", "url", "source", "title", "published", "authors", "text", "fetched_at", "sha1"]


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def article_paths(site) -> set[str]:
    return {row["url"][len(site.origin):] for row in site.expected()}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Each fixture site crawled once with delay 0; several tests read the same run."""
    runs = {}
    for name in SITES:
        site = serve(name)
        out = tmp_path_factory.mktemp(name) / "out.jsonl"
        runs[name] = (site, crawl([site.url()], out, delay=0), lines(out))
        stop(site)
    return runs


@pytest.mark.parametrize("name", SITES)
def test_crawl_finds_every_article_once_with_exact_metadata(crawled, name):
    site, report, records = crawled[name]
    assert sorted(r["url"] for r in records) == sorted(row["url"] for row in site.expected())
    by_url = {r["url"]: r for r in records}
    for row in site.expected():
        record = by_url[row["url"]]
        assert list(record) == KEYS
        assert (record["title"], record["published"], record["authors"]) == (row["title"], row["published"],
                                                                              row["authors"])
        assert difflib.SequenceMatcher(None, record["text"], row["text"]).ratio() >= 0.97, row["url"]
        assert record["source"] == "127.0.0.1"
    assert report.articles == len(records)
    requests = [hit.path for hit in site.hits if hit.status != 503]
    assert all(requests.count(path) == 1 for path in article_paths(site))  # each article page asked for once


@pytest.mark.parametrize("name", SITES)
def test_crawl_never_requests_a_disallowed_path(crawled, name):
    site, report, records = crawled[name]
    robots = parse_robots(site.origin, (site.root / "robots.txt").read_text().replace("{{ORIGIN}}", site.origin))
    assert all(robots.allowed(site.url(path)) for path in site.paths())
    assert all("warta" in hit.user_agent for hit in site.hits)


def test_crawl_reaches_blogger_posts_only_through_the_sitemap(crawled):
    site, report, records = crawled["blog"]
    assert not [path for path in site.paths() if path.startswith("/search")]
    assert report.disallowed >= 1  # "Posting Lama" and label links lead into /search
    assert len(records) == 4


def test_crawl_keeps_robots_crawl_delay_between_requests(crawled):
    site, report, records = crawled["blog"]  # robots.txt: Crawl-delay: 0.2, and --delay 0
    times = [hit.time for hit in site.hits]
    assert len(times) > 5
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.2


def test_crawl_retries_503_reports_dead_link_and_goes_on(crawled):
    site, report, records = crawled["habari"]
    musrenbang = [hit.status for hit in site.hits if "musrenbang-kecamatan" in hit.path]
    assert musrenbang == [503, 200]
    reasons = dict(report.errors)
    assert "HTTP 404" in reasons[site.url("/2024/02/berita-yang-sudah-dihapus/")]
    assert "application/pdf" in reasons[site.url("/unduh/jadwal-musrenbang-2024/")]
    assert len(records) == 5


def test_crawl_emits_tracking_shortlink_and_amp_duplicates_once(crawled):
    site, report, records = crawled["habari"]
    festival = "/2024/01/festival-danau-limboto-kembali-digelar/"
    assert site.paths().count(festival) == 1  # reached plain, with utm_*, by ?p=104 and in the sitemap
    assert not [path for path in site.paths() if "utm_" in path or path.endswith("/amp/")]
    assert [r["url"] for r in records].count(site.url(festival)) == 1


def test_crawl_joins_an_article_split_over_pages(crawled):
    site, report, records = crawled["habari"]
    path = "/2024/03/harga-cabai-rawit-melonjak-di-pasar-sentral-tilamuta/"
    (record,) = [r for r in records if r["url"] == site.url(path)]
    assert record["text"].startswith("HABARI.ID, EKONOMI | Harga cabai rawit")
    assert record["text"].endswith("panen di dataran tinggi Pohuwato dimulai. (nur/habari.id)")


@pytest.mark.parametrize("name", SITES)
def test_crawl_second_run_fetches_no_article_again(site_server, tmp_path, name):
    site = site_server(name)
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    crawl([site.url()], out, state_dir=state, delay=0)
    first = out.read_text("utf-8")
    site.hits.clear()
    report = crawl([site.url()], out, state_dir=state, delay=0)
    assert not article_paths(site) & {path.split("?")[0] for path in site.paths()}
    assert out.read_text("utf-8") == first and report.articles == 0


def test_crawl_since_stops_paging_back(site_server, tmp_path):
    site = site_server("pesisir")
    crawl([site.url()], tmp_path / "out.jsonl", delay=0, since=__import__("datetime").date(2024, 2, 1))
    assert {r["published"][:10] for r in lines(tmp_path / "out.jsonl")} == {"2024-03-08", "2024-02-23"}
    assert "/page/3/" not in site.paths()


def test_crawl_stops_at_max_articles_and_resumes_without_duplicates(site_server, tmp_path):
    site = site_server("pesisir")
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    crawl([site.url()], out, state_dir=state, delay=0, max_articles=2)
    assert len(lines(out)) == 2
    crawl([site.url()], out, state_dir=state, delay=0)
    urls = [r["url"] for r in lines(out)]
    assert sorted(urls) == sorted(row["url"] for row in site.expected())


def test_crawl_killed_halfway_resumes_without_losing_or_repeating_lines(site_server, tmp_path):
    site = site_server("habari")
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    command = [sys.executable, "-m", "pipeline.cli", "crawl", site.url(), "--output", str(out), "--state", str(state),
               "--delay", "0.2"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, cwd=Path(__file__).parents[2])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or len(out.read_bytes().splitlines()) < 2):
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "cut-short", "url": "http://127.0.0.1/tera')  # a line the kill interrupted
    assert 2 <= len(out.read_text('utf-8').splitlines()) - 1 < 5
    crawl([site.url()], out, state_dir=state, delay=0)
    urls = [r["url"] for r in lines(out)]
    assert sorted(urls) == sorted(row["url"] for row in site.expected())


def test_cli_crawl_writes_extract_input_and_reports_on_stderr(site_server, tmp_path):
    site = site_server("blog")
    result = CliRunner().invoke(main, ["crawl", site.url(), "--output", str(tmp_path / "blog.jsonl"), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert "4 articles written" in result.stderr
    for record in lines(tmp_path / "blog.jsonl"):
        assert record["text"] and record["id"].startswith("127.0.0.1-")
    assert (tmp_path / ".blog.crawl-state" / "crawl-state.sqlite").exists()


def test_cli_crawl_rejects_a_non_http_url(tmp_path):
    result = CliRunner().invoke(main, ["crawl", "habari.id", "--output", str(tmp_path / "x.jsonl")])
    assert result.exit_code != 0 and "habari.id: not an http(s) URL" in result.output


def test_crawl_refetches_only_what_the_sitemap_says_changed(tmp_path):
    import re
    import shutil

    root = tmp_path / "habari"
    shutil.copytree(Path(__file__).parent / "sites" / "habari", root)
    site = serve("habari", root)
    try:
        out, state = tmp_path / "out.jsonl", tmp_path / "state"
        crawl([site.url()], out, state_dir=state, delay=0)
        festival = "/2024/01/festival-danau-limboto-kembali-digelar/"
        nelayan = "/2023/12/nelayan-paguyaman-pantai-terima-bantuan-mesin-perahu/"
        sitemap = root / "post-sitemap.xml"
        for path in (festival, nelayan):  # both newer in the sitemap; only the festival page really changed
            pattern = re.escape(path) + r"</loc><lastmod>[^<]+"
            sitemap.write_text(re.sub(pattern, path + "</loc><lastmod>2024-06-01T10:00:00+08:00", sitemap.read_text()))
        page = root / festival.strip("/") / "index.html"
        page.write_text(page.read_text().replace("Ribuan warga", "Belasan ribu warga"))
        site.hits.clear()
        crawl([site.url()], out, state_dir=state, delay=0)
        fetched = sorted((hit.path, hit.status) for hit in site.hits if hit.path in {festival, nelayan})
        assert fetched == [(nelayan, 304), (festival, 200)]  # If-None-Match with the stored ETag
        records = lines(out)
        assert len(records) == 6 and "Belasan ribu warga" in records[-1]["text"]
        versions = [r for r in records if r["url"] == site.url(festival)]
        assert len(versions) == 2 and versions[0]["id"] == versions[1]["id"]  # the new version is appended
        assert versions[0]["sha1"] != versions[1]["sha1"]
    finally:
        stop(site)

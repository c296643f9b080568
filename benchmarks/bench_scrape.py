"""Scraper figures: body-text accuracy on the fixture pages (ours vs trafilatura) and crawl pages/second at delay 0.

Run: .venv/bin/python benchmarks/bench_scrape.py [--articles 200]
"""
from __future__ import annotations

import argparse
import difflib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "scrape"))
sys.path.insert(0, str(ROOT / "tests" / "scrape" / "sites"))

import trafilatura  # noqa: E402

from pipeline.scrape.article import parse_article  # noqa: E402
from pipeline.scrape.crawl import crawl  # noqa: E402

SITES = ROOT / "tests" / "scrape" / "sites"
ORIGIN = "https://contoh.example"


def _pages(site: str, path: str) -> list[bytes]:
    """The saved page(s) of one article: a split article has its later pages under N/."""
    if site == "pages":  # single pages of other themes, stored by file name
        return [(SITES / "pages" / path).read_bytes()]
    files = [SITES / site / path.lstrip("/")]
    if path.endswith("/"):
        files = [files[0] / "index.html"]
        files += sorted(p for p in (SITES / site / path.lstrip("/")).glob("[0-9]*/index.html"))
    return [f.read_bytes().replace(b"{{ORIGIN}}", ORIGIN.encode()) for f in files]


def accuracy() -> None:
    from htmldate import find_date

    ours, theirs, exact = [], [], {"title": 0, "published": 0, "authors": 0}
    htmldate_days = 0
    t_ours = t_theirs = 0.0
    rows = [(site, row) for site in ("habari", "pesisir", "blog")
            for row in json.loads((SITES / site / "expected.json").read_text("utf-8"))]
    rows += [("pages", dict(row, url=row["file"], page_url=row["url"]))
             for row in json.loads((SITES / "pages" / "expected.json").read_text("utf-8"))]
    for site, row in rows:
        pages = _pages(site, row["url"])
        url = row.get("page_url") or ORIGIN + row["url"]
        started = time.perf_counter()
        records = [parse_article(page, url) for page in pages]
        t_ours += time.perf_counter() - started
        text = "\n".join(r["text"] for r in records)
        started = time.perf_counter()
        rival = "\n".join(trafilatura.extract(page.decode("utf-8", "replace") if b"windows-1252" not in page
                                              else page.decode("cp1252"), url=url) or ""
                          for page in pages)
        t_theirs += time.perf_counter() - started
        ours.append(difflib.SequenceMatcher(None, text, row["text"]).ratio())
        theirs.append(difflib.SequenceMatcher(None, rival, row["text"]).ratio())
        for key in exact:
            exact[key] += records[0][key] == row[key]
        html = pages[0].decode("cp1252" if b"windows-1252" in pages[0] else "utf-8")
        htmldate_days += find_date(html, original_date=True, outputformat="%Y-%m-%d") == row["published"][:10]
        print(f"  {site:8} {row['url'][:60]:60} ours {ours[-1]:.3f}  trafilatura {theirs[-1]:.3f}")
    n = len(rows)
    print(f"body text vs gold, difflib ratio over {n} fixture articles (trafilatura {trafilatura.__version__});")
    print("  the fixtures were written with the extractor, so warta's score is an upper bound, not a held-out one:")
    print(f"  warta parse_article: mean {statistics.mean(ours):.3f}  min {min(ours):.3f}  "
          f"{t_ours / n * 1000:.1f} ms/article")
    print(f"  trafilatura.extract: mean {statistics.mean(theirs):.3f}  min {min(theirs):.3f}  "
          f"{t_theirs / n * 1000:.1f} ms/article")
    print("  warta exact metadata: " + ", ".join(f"{k} {v}/{n}" for k, v in exact.items()))
    print(f"  publication day: warta {exact['published']}/{n} exact with offset; "
          f"htmldate.find_date(original_date=True) {htmldate_days}/{n} right day (no time or offset)")


def throughput(count: int) -> None:
    import build  # the fixture-site builder: MajalahPro markup
    from conftest import FixtureSite, QuietServer, _handler, stop
    import threading

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        template = build.HABARI[0]
        entries = []
        for i in range(count):
            paragraphs = [f"{para} (Berita uji nomor {i}.)" for para in template["paragraphs"]]
            article = dict(template, slug=f"2024/02/berita-uji-{i:04d}", post_id=1000 + i, title=f"Berita Uji {i}",
                           paragraphs=paragraphs)
            build.write(root / article["slug"] / "index.html", build.mp_single(article, article["paragraphs"]))
            entries.append(f"<url><loc>{build.O}/{article['slug']}/</loc></url>")
        build.write(root / "robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {build.O}/sitemap.xml\n")
        build.write(root / "sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    + "".join(entries) + "</urlset>")
        build.write(root / "index.html", build.mp_listing("Uji", "home blog", [], None))
        site = FixtureSite("bench", root, {})
        site.server = QuietServer(("127.0.0.1", 0), _handler(site))
        threading.Thread(target=site.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        try:
            started = time.perf_counter()
            report = crawl([site.url()], Path(tmp) / "out.jsonl", delay=0)
            seconds = time.perf_counter() - started
        finally:
            stop(site)
    print(f"crawl at --delay 0 on a local MajalahPro site of {count} articles (server in the same process):")
    print(f"  {report.pages} pages, {report.articles} articles in {seconds:.2f} s = "
          f"{report.pages / seconds:.1f} pages/s, {report.articles / seconds:.1f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200, help="size of the synthetic site for pages/second")
    args = parser.parse_args()
    accuracy()
    throughput(args.articles)


if __name__ == "__main__":
    main()

"""The JSON API and the pages over real HTTP: same objects as the CLI, clear 400s, nothing written."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store import Store
from pipeline.web import make_server


def get(url: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def api(base_url: str, **params: str) -> tuple[int, object]:
    status, headers, body = get(f"{base_url}/api/quotes?{urlencode(params)}")
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    return status, json.loads(body)


def test_api_quotes_returns_the_same_objects_as_the_cli(base_url, web_db):
    status, rows = api(base_url, q="bansos", since="2024")
    cli = CliRunner().invoke(main, ["quotes", "bansos", "--since", "2024", "--db", str(web_db), "--format", "json"])
    assert status == 200
    assert rows == json.loads(cli.output)
    assert [r["article_id"] for r in rows] == ["gowa-bansos", "antara-jambi", "jambi-rakor"]


@pytest.mark.parametrize("params,expected", [
    ({"q": "tegas"}, ["jambi-rakor"]),
    ({"q": "daya"}, ["habari-bimtek"]),
    ({"speaker": "Al Haris", "source": "www.jambiekspose.net"}, ["jambi-rakor", "jambi-pan"]),
    ({"position": "Kepala Dinas Sosial", "type": "direct"}, ["gowa-bansos"]),
    ({"since": "2024-05", "until": "2024-06-01"}, ["antara-jambi", "jambi-rakor"]),
    ({"type": "indirect", "limit": "2"}, ["gowa-bansos", "gowa-bansos"]),
])
def test_api_quotes_filters(base_url, params, expected):
    status, rows = api(base_url, **params)
    assert status == 200
    assert [r["article_id"] for r in rows] == expected


def test_api_exports_csv(base_url):
    status, headers, body = get(f"{base_url}/api/quotes?q=bansos&format=csv")
    assert status == 200
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    assert headers["Content-Disposition"] == 'attachment; filename="warta-quotes.csv"'
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [r["speaker"] for r in rows] == ["Firdaus", "Al Haris", "Al Haris"]


@pytest.mark.parametrize("params,error", [
    ({"since": "2024-02-30"}, "since: '2024-02-30' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
    ({"type": "semua"}, "type: 'semua' is not one of direct, indirect"),
    ({"limit": "-1"}, "limit: -1 is outside 1..1000"),
    ({"limit": "9" * 40}, "limit: " + "9" * 40 + " is outside 1..1000"),
    ({"q": "x" * 5000}, "q: 5000 characters long; the limit is 500"),
    ({"q": "()"}, "q: '()' has no words to search for"),
    ({"format": "xml"}, "format: 'xml' is not one of json, csv"),
    ({"speaker_id": "1e9"}, "speaker_id: '1e9' is not a whole number"),
])
def test_api_bad_parameters_get_a_clear_400(base_url, params, error):
    assert api(base_url, **params) == (400, {"error": error})


HOSTILE = ['"', "'", '"bansos', "bansos\"'", "AND", "bansos OR", "NOT bansos", "NEAR(a b, 2)", "ban*", "^a",
           "q:bansos", "{text}: x", "(", ")", "[x]", "'; DROP TABLE quotes; --", "1 OR 1=1", "%", "_%_", "\\",
           "\x00", "<script>alert(1)</script>", "ﾊﾟﾝ", "😀", "bansos " * 40, "a" * 501]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("param", ["q", "speaker", "position", "source", "since", "until", "type", "limit"])
def test_api_hostile_input_gets_results_or_a_400(base_url, web_db, param, value):
    status, body = api(base_url, **{param: value})
    assert status in (200, 400)
    if status == 400:
        assert body["error"].startswith(f"{param}: ")
    else:
        assert isinstance(body, list)


def test_api_hostile_input_changes_nothing(base_url, web_db):
    with Store(web_db, readonly=True) as store:
        before = store.counts()
    for value in HOSTILE:
        for page in ("/", "/api/quotes"):
            status, _, _ = get(f"{base_url}{page}?q={quote(value)}&speaker={quote(value)}")
            assert status in (200, 400)
    with Store(web_db, readonly=True) as store:
        assert store.counts() == before


@pytest.mark.parametrize("raw", ["q=%ZZ", "q=%00%00", "q=%F0%9F", "q&q&q", "=x", "q=a&q=b", "limit=1&limit=x"])
def test_api_odd_query_strings_are_handled(base_url, raw):
    status, headers, body = get(f"{base_url}/api/quotes?{raw}")
    assert status in (200, 400)
    json.loads(body)


def test_page_highlights_each_quote_in_its_paragraph(base_url):
    status, headers, body = get(f"{base_url}/?q=kuat")
    page = body.decode()
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert ('<p class="paragraph">Al Haris mengatakan <mark>partai akan memperkuat kaderisasi hingga tingkat desa'
            "</mark>.</p>") in page
    assert 'id="export-csv" href="/api/quotes?q=kuat&amp;format=csv"' in page


def test_page_escapes_what_was_typed(base_url):
    status, _, body = get(f"{base_url}/?q={quote('<script>alert(1)</script>')}")
    assert status == 200
    assert b"<script>alert" not in body
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_page_bad_parameter_is_a_400_page(base_url):
    status, headers, body = get(f"{base_url}/?since=besok")
    assert status == 400
    assert "since: &#39;besok&#39; is not a date" in body.decode()


def test_speaker_page_lists_positions_and_quotes(base_url, web_db):
    with Store(web_db, readonly=True) as store:
        [speaker] = store.speakers("Al Haris", source="www.jambiekspose.net")
    status, _, body = get(f"{base_url}/speaker/{speaker.id}")
    page = body.decode()
    assert status == 200
    assert "<li>Gubernur</li><li>Ketua DPW PAN Jambi</li>" in page
    assert page.count('class="hit"') == 2


@pytest.mark.parametrize("path,status", [
    ("/speaker/999999", 404), ("/speaker/abc", 404), ("/speaker/%C2%B2", 404), ("/speaker/1/x", 404), ("/speaker/" + "9" * 40, 404), ("/nope", 404),
    ("/static/../app.py", 404), ("/static/style.css", 200), ("/api/nothing", 404),
])
def test_server_routes(base_url, path, status):
    assert get(base_url + path)[0] == status


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_server_is_read_only(base_url, method):
    status, headers, body = get(f"{base_url}/api/quotes", method=method)
    assert status == 405
    assert headers["Allow"] == "GET, HEAD"


def test_server_binds_to_loopback_by_default(web_db):
    server = make_server(web_db, port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_serve_command_answers_until_stopped(web_db):
    import re
    import subprocess
    import sys

    command = [sys.executable, "-m", "pipeline.cli", "serve", "--db", str(web_db), "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            line = process.stdout.readline()
            base_url = re.fullmatch(r"Serving .* at (http://127\.0\.0\.1:\d+)/ \(Ctrl-C to stop\)\n", line)[1]
            status, rows = api(base_url, q="tegas")
            assert (status, [r["article_id"] for r in rows]) == (200, ["jambi-rakor"])
        finally:
            process.terminate()
            process.wait(10)


@pytest.mark.parametrize("args,message", [
    (["--db", "missing.db"], "Error: missing.db: no such database (build it with `warta index`)\n"),
    (["--port", "70000"], "Error: Invalid value for '--port': 70000 is not in the range 0<=x<=65535.\n"),
])
def test_serve_command_refuses_bad_input(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code != 0
    assert result.stderr.endswith(message)

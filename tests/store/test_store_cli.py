"""`warta index` and `warta quotes` through the real CLI against a real SQLite file."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store.store import QuoteHit


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_index_twice_reports_the_same_counts(runner, tmp_path, records_path):
    db = tmp_path / "warta.db"
    for _ in range(2):
        result = runner.invoke(main, ["index", str(records_path), "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert result.output == f"indexed 6 articles, 9 quotes into {db}\n"
    quotes = runner.invoke(main, ["quotes", "--db", str(db), "--format", "json", "--limit", "1000"])
    assert len(json.loads(quotes.output)) == 9


def test_cli_index_reports_bad_records_and_continues(runner, tmp_path, records):
    src = tmp_path / "out.jsonl"
    src.write_text(json.dumps(records[0]) + "\nnot json\n", encoding="utf-8")
    result = runner.invoke(main, ["index", str(src), "--db", str(tmp_path / "warta.db")])
    assert result.exit_code == 0
    assert result.stderr == f"skipped {src}:2: not JSON (Expecting value at column 1)\n"
    assert result.stdout == f"indexed 1 articles, 2 quotes into {tmp_path / 'warta.db'}; skipped 1 records\n"


def test_cli_quotes_json_has_the_documented_keys(runner, db_path):
    result = runner.invoke(main, ["quotes", "bansos", "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert [r["article_id"] for r in rows] == ["gowa-bansos", "antara-jambi", "jambi-rakor"]
    assert all(list(r) == ["text", "type", "speaker", "position", "source", "published", "title", "url",
                           "article_id"] for r in rows)


def test_cli_quotes_csv_has_a_header_and_one_row_per_quote(runner, db_path):
    result = runner.invoke(main, ["quotes", "--speaker", "Al Haris", "--source", "www.jambiekspose.net",
                                  "--db", str(db_path), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["article_id"] for r in rows] == ["jambi-rakor", "jambi-pan"]
    assert list(rows[0]) == list(QuoteHit.FIELDS)
    assert rows[1]["position"] == "Ketua DPW PAN Jambi"


def test_cli_quotes_table_shows_everything_a_journalist_cites(runner, db_path):
    result = runner.invoke(main, ["quotes", "bansos", "--position", "Kepala Dinas Sosial", "--since", "2025",
                                  "--db", str(db_path)])
    assert result.exit_code == 0
    assert result.output == (
        "2025-01-15  indirect  Firdaus (Kepala Dinas Sosial)  sulsel.example.id\n"
        "  “data penerima bansos diperbarui setiap tiga bulan sesuai Permensos Nomor 3 Tahun 2021”\n"
        "  Kadis Sosial Gowa: Data Penerima Bansos Diperbarui\n"
        "  https://sulsel.example.id/2025/01/15/dinsos-gowa-bansos/\n"
    )


@pytest.mark.parametrize("args,key,expected", [
    (["--type", "direct"], "type", {"direct"}),
    (["--source", "habari.id"], "source", {"habari.id"}),
    (["--since", "2024-06", "--until", "2024-06-30"], "published", {"2024-06-01"}),
    (["--speaker", "Dr. H. Al Haris, S.Sos., M.H."], "speaker", {"Al Haris"}),
    (["--position", "Gubernur"], "position", {"Gubernur"}),
])
def test_cli_quotes_filters(runner, db_path, args, key, expected):
    result = runner.invoke(main, ["quotes", *args, "--db", str(db_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {r[key] for r in json.loads(result.output)} == expected


def test_cli_quotes_limit_keeps_the_newest(runner, db_path):
    result = runner.invoke(main, ["quotes", "--limit", "1", "--db", str(db_path), "--format", "json"])
    assert [r["published"] for r in json.loads(result.output)] == ["2025-01-15"]


@pytest.mark.parametrize("args,message", [
    (["--since", "23/02/2024"], "Error: since: '23/02/2024' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)\n"),
    (["((("], "Error: q: '(((' has no words to search for\n"),
    (["--db", "missing.db"], "Error: missing.db: no such database (build it with `warta index`)\n"),
])
def test_cli_quotes_errors_name_the_input(runner, db_path, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["quotes", "--db", str(db_path), *args])
    assert result.exit_code == 1
    assert result.stderr == message


def test_cli_quotes_says_when_nothing_matches(runner, db_path):
    result = runner.invoke(main, ["quotes", "gempa", "--db", str(db_path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "no quotes match\n")


@pytest.mark.parametrize("command", ["index", "quotes", "serve"])
def test_cli_store_commands_have_help_with_an_example(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: warta " + command in result.output

"""The `warta` command through Click's runner, on real files in a temporary folder."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def lines(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_cli_extract_writes_one_record_per_article_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"Bupati Boalemo Anas Jusuf hadir {i}.",
                                         "source": "habari.id"}) for i in range(3)) + "\n", encoding="utf-8")
    result = run("extract", str(src), "--output", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    records = lines(tmp_path / "out.jsonl")
    assert [r["id"] for r in records] == ["a0", "a1", "a2"]
    assert records[0]["source"] == "habari.id"
    assert records[0]["officials"][0]["name"] == "Anas Jusuf"
    assert (tmp_path / "out.errors.jsonl").read_text() == ""


def test_cli_extract_reads_txt_files_directories_and_stdin(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "satu.txt").write_text("Camat Tilamuta Ridwan Yasin hadir.", encoding="utf-8")
    (folder / "dua.jsonl").write_text(json.dumps({"text": "Sekda Kota Kupang Jeffry Pelt hadir."}) + "\n", encoding="utf-8")
    assert run("extract", str(folder), "-o", str(tmp_path / "o.jsonl")).exit_code == 0
    assert [r["officials"][0]["name"] for r in lines(tmp_path / "o.jsonl")] == ["Jeffry Pelt", "Ridwan Yasin"]
    result = run("extract", "-", "-o", str(tmp_path / "s.jsonl"), input="Wakil Bupati Gorontalo Hendra Hemeto hadir.")
    assert result.exit_code == 0
    assert lines(tmp_path / "s.jsonl")[0]["officials"][0]["name"] == "Hendra Hemeto"


BAD_LINES = [
    (b"{not json}\n", "malformed JSON"),
    (b'{"id": "x"}\n', "no 'text'"),
    (b'{"text": 42}\n', "'text' must be a string"),
    (b'["a", "list"]\n', "not a JSON object"),
    (b'{"text": "bad \xff\xfe bytes"}\n', "invalid UTF-8"),
    (b'{"text": "ok", "published": 5}\n', "'published' must be a string"),
]


@pytest.mark.parametrize("line,reason", BAD_LINES)
def test_cli_extract_sends_a_bad_record_to_the_errors_file_and_goes_on(tmp_path, line, reason):
    src = tmp_path / "in.jsonl"
    good = json.dumps({"id": "good", "text": "Bupati Boalemo Anas Jusuf hadir."}).encode() + b"\n"
    src.write_bytes(good + line + good.replace(b"good", b"good2"))
    result = run("extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--errors", str(tmp_path / "err.jsonl"))
    assert result.exit_code == 0
    assert [r["id"] for r in lines(tmp_path / "out.jsonl")] == ["good", "good2"]
    [error] = lines(tmp_path / "err.jsonl")
    assert error["input"] == str(src) and error["line"] == 2 and reason in error["reason"]


def test_cli_extract_keeps_empty_mojibake_and_huge_texts(tmp_path):
    big = ("Kepala Dinas Sosial Sagita Wartabone menyampaikan bahwa peran pekerja sosial penting.\n"
           + "Warga berkumpul di lapangan desa untuk kerja bakti bersama. " * 50000)
    records = [{"id": "empty", "text": ""}, {"id": "moji", "text": "â€œBaikâ€\u009d kata Bupati Boalemo Anas Jusuf."},
               {"id": "ctrl", "text": "Bupati\x07 Boalemo\x00 Anas Jusuf hadir."}, {"id": "big", "text": big}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert run("extract", str(src), "-o", str(tmp_path / "out.jsonl")).exit_code == 0
    out = {r["id"]: r for r in lines(tmp_path / "out.jsonl")}
    assert set(out) == {"empty", "moji", "ctrl", "big"}
    assert out["empty"]["officials"] == [] and out["empty"]["quotes"] == []
    assert out["moji"]["text"].startswith("“Baik”")
    assert "\x07" not in out["ctrl"]["text"]
    assert len(out["big"]["text"]) > 3_000_000


def test_cli_extract_fails_clearly_when_nothing_can_be_read(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("nonsense\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code != 0 and "nothing could be processed" in result.output
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "missing.jsonl: no such file" in result.output


def test_cli_eval_prints_per_category_scores_and_details(tmp_path):
    gold = ROOT / "corpus" / "annotated" / "seed.json"
    result = run("eval", str(gold), "--details")
    assert result.exit_code == 0
    assert re.search(r"^officials\s+1\.000\s+1\.000\s+1\.000", result.output, re.MULTILINE)
    assert re.search(r"^regulations\s+1\.000", result.output, re.MULTILINE)
    assert "== seed-habari-bimtek-psm" in result.output


def test_cli_eval_scores_a_prediction_file_and_counts_missing_articles_as_misses(tmp_path):
    gold = ROOT / "corpus" / "annotated" / "seed.json"
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "other", "text": ""}) + "\n", encoding="utf-8")
    result = run("eval", str(gold), "--pred", str(pred), "--json")
    scores = json.loads(result.output)
    assert scores["officials"]["fn"] == 2 and scores["officials"]["tp"] == 0


def test_cli_demo_summarises_the_sample_corpus(tmp_path):
    result = run("demo", "--output", str(tmp_path / "demo.jsonl"))
    assert result.exit_code == 0
    assert re.search(r"articles:\s+\d+ \(0 errors\)", result.output)
    assert "top speakers:" in result.output
    assert len(lines(tmp_path / "demo.jsonl")) == len((ROOT / "corpus/sample/articles.jsonl").read_text().splitlines())

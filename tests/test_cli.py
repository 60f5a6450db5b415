"""``summitry extract``: the contract's fields, stderr reports and exit statuses."""

import json

import pytest

from summitry.cli import main

ARTICLE = "越南外长会见老挝外长\n\n越通社河内——3月5日，越南外长在河内会见老挝外长。(完)\n\n更多\n\n其他新闻"
CONTRACT_FIELDS = {"id", "lang", "title", "published", "body", "entities", "meetings"}


def test_extract_prints_one_contract_object_per_document(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    record = json.loads(out[0])
    assert set(record) >= CONTRACT_FIELDS
    assert record["id"] == "a" and record["lang"] == "zh"
    assert record["title"] == "越南外长会见老挝外长"
    assert record["body"] == "越通社河内——3月5日，越南外长在河内会见老挝外长。(完)"
    assert {e["code"] for e in record["entities"] if e["type"] == "state"} == {"VNM", "LAO"}
    text = (tmp_path / "a.txt").read_text()
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    (meeting,) = record["meetings"]
    assert meeting["kind"] == "talks" and meeting["reported"] is True
    assert meeting["date"]["start"] == "--03-05" and meeting["level"] == "ministerial"
    codes = {e["id"]: e["code"] for e in record["entities"]}
    assert {codes[i] for i in meeting["participants"]} == {"VNM", "LAO"}
    for ev in meeting["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_published_argument_fills_documents_without_a_date(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["extract", "--published", "2024-03-05", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2024-03-05"


def test_bad_documents_are_reported_on_stderr_and_the_rest_processed(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "b.jsonl").write_text('{"id": "j1", "text": "越南外长会见老挝外长。"}\nnot json\n')
    assert main(["extract", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["j1", "good"]
    assert f"{tmp_path / 'b.jsonl'}:2" in captured.err
    assert f"{tmp_path / 'empty.txt'}" in captured.err and "empty" in captured.err


def test_exit_status_is_1_when_nothing_could_be_processed(tmp_path, capsys):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main(["extract", str(tmp_path)]) == 1
    assert "PNG" in capsys.readouterr().err


def test_bad_arguments_exit_with_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["extract", "--published", "yesterday", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as info:
        main(["extract"])
    assert info.value.code == 2


def test_summarize_prints_a_table_of_an_extract_output(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE)
    main(["extract", str(tmp_path)])
    out_file = tmp_path / "out.jsonl"
    out_file.write_text(capsys.readouterr().out)
    assert main(["summarize", str(out_file)]) == 0
    table = capsys.readouterr().out
    assert "越南外长会见老挝外长" in table and "1 documents (zh: 1)" in table

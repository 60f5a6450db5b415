"""The partition work shared by local and Dask extraction: raw records parse as the
readers parse them, and the lines are what the local runner's Documents serialize to."""

from __future__ import annotations

import io
import json
from pathlib import Path

from summitry.batch.local import extract
from summitry.batch.work import Line, extract_here, partitions, weight
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import InputError, SummitryError
from summitry.ingest.jsonl import RawLine, parsed, raw_lines, read_jsonl_stream
from summitry.settings import Settings

REPO = Path(__file__).resolve().parents[2]

MESSY = (b'{"id": "a", "text": "Vientiane (KPL) - The Lao Prime Minister received the '
         b'visiting Thai Foreign Minister on Tuesday."}\n'
         b"\n"
         b'{"id": "b", "text": "bad \xff byte"}\n'
         b"[1, 2]\n"
         b'{"id": "c", "text": "' + b"x" * 3000 + b'"}\n'
         b'{"id": "d", "text": "\xe6\x96\xb0\xe5\x8d\x8e\xe7\xa4\xbe\xe6\xb2\xb3\xe5\x86\x85'
         b'\xe7\x94\xb5"}\n')


def _describe(items: object) -> list[str]:
    out = []
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, Document):
            out.append(f"doc {item.id} {item.source} {item.text!r}")
        else:
            out.append(f"{type(item).__name__} {item}")
    return out


def test_raw_lines_parsed_later_equal_the_reader_s_documents():
    settings = Settings(max_document_bytes=2000)
    direct = _describe(read_jsonl_stream(io.BytesIO(MESSY), "in.jsonl", settings))
    raw = list(raw_lines(io.BytesIO(MESSY), "in.jsonl", settings))
    assert any(isinstance(r, RawLine) for r in raw)
    assert _describe(parsed(raw, settings)) == direct
    assert len(direct) == 5  # the blank line is nothing, every other line is something


def test_partitions_count_documents_and_carry_errors_along():
    err = InputError("bad")
    lines = [RawLine("f", i, b"{}") for i in range(1, 6)]
    items = [lines[0], err, *lines[1:]]
    parts = list(partitions(items, 2))
    assert parts == [[lines[0], err, lines[1]], [lines[2], lines[3]], [lines[4]]]
    assert weight(err) == 0 and weight(lines[0]) == 1


def test_local_lines_are_the_local_runner_s_records_serialized(tmp_path: Path):
    corpus = tmp_path / "in.jsonl"
    rows = (REPO / "samples" / "articles" / "wire.jsonl").read_text(encoding="utf-8")
    corpus.write_text(rows.replace("\n", "\n{oops\n", 1), encoding="utf-8")
    paths = [str(corpus), str(REPO / "samples" / "articles")]
    expected = [json.dumps(to_contract(o), ensure_ascii=False) if isinstance(o, Document)
                else str(o) for o in extract(paths)]
    got = [r.json if isinstance(r, Line) else str(r)
           for r in extract_here(paths, Settings(), partition_size=3)]
    assert got == expected
    assert any(not g.startswith("{") for g in got)


def test_skips_keep_their_kind_and_place():
    results = list(extract_here(["-"], Settings(), stdin=io.BytesIO(b"{\n")))
    (err,) = results
    assert isinstance(err, SummitryError) and (err.source, err.line) == ("<stdin>", 1)


def test_files_read_as_bytes_and_parsed_later_give_the_local_outcomes(tmp_path: Path):
    (tmp_path / "a-empty.txt").write_bytes(b" \n\xe2\x80\x8b\n")
    (tmp_path / "b-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c-big.txt").write_bytes(b"word " * 2000)
    (tmp_path / "d-nopage.html").write_bytes(b"<html><body><script>x()</script></body></html>")
    (tmp_path / "e-big5.txt").write_bytes(
        "中央社東京5日電 日本外相今天在東京會見來訪的越南副總理。".encode("big5"))
    (tmp_path / "f.pdf").write_bytes(b"%PDF")
    settings = Settings(max_document_bytes=5000)
    expected = [json.dumps(to_contract(o), ensure_ascii=False) if isinstance(o, Document)
                else f"{type(o).__name__} {o}" for o in extract([str(tmp_path)], settings)]
    got = [r.json if isinstance(r, Line) else f"{type(r).__name__} {r}"
           for r in extract_here([str(tmp_path)], settings, partition_size=2)]
    assert got == expected
    assert sum(g.startswith("{") for g in got) >= 1 and len(got) >= 5

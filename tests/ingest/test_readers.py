"""Readers: each input path of the contract, and every bad-input case."""

import gzip
import io
import json

from summitry.document import Document
from summitry.errors import (
    BinaryInputError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    MalformedRecordError,
    SourceUnavailableError,
)
from summitry.ingest.readers import read_paths
from summitry.settings import Settings

ARTICLE = "越南外长会见俄罗斯外长\n\n越通社河内——3月5日，越南外长在河内会见俄罗斯外长。(完)"


def docs_and_errors(outcomes):
    outcomes = list(outcomes)
    return ([o for o in outcomes if isinstance(o, Document)],
            [o for o in outcomes if isinstance(o, InputError)])


def test_txt_file_id_is_the_stem_and_text_is_verbatim(tmp_path):
    (tmp_path / "vna-001.txt").write_text(ARTICLE, encoding="utf-8")
    docs, errors = docs_and_errors(read_paths([str(tmp_path / "vna-001.txt")]))
    assert not errors
    assert docs[0].id == "vna-001" and docs[0].text == ARTICLE and docs[0].encoding == "utf-8"


def test_gbk_and_big5_files_are_decoded(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("gbk"))
    trad = "越南外長會見俄羅斯外長\n\n（中央社記者王大明河內5日電）越南外長5日會見俄羅斯外長。"
    (tmp_path / "b.txt").write_bytes(trad.encode("big5"))
    docs, errors = docs_and_errors(read_paths([str(tmp_path)]))
    assert not errors
    assert [d.text for d in docs] == [ARTICLE, trad]


def test_folders_are_walked_recursively_in_order_skipping_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "notes.md").write_text("# not an article")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    docs, errors = docs_and_errors(read_paths([str(tmp_path)]))
    assert [d.id for d in docs] == ["a", "b"] and not errors


def test_html_page_gives_main_text_title_and_date_without_scripts(tmp_path):
    page = """<html><head><title>Ministers meet | VNA</title>
    <meta property="article:published_time" content="2024-03-05T09:00:00+07:00">
    <script>var tracking = "document.write('<b>x</b>')";</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Vietnamese, Lao ministers meet in Hanoi</h1>
    <p>Hanoi (VNA) – Foreign Minister A received his Lao counterpart B in Hanoi on March 5.</p>
    <p>The two sides agreed to expand cooperation in trade and education. <a href="javascript:alert(1)">x</a></p>
    </article><footer>Copyright VNA</footer></body></html>"""
    (tmp_path / "page.html").write_text(page)
    docs, errors = docs_and_errors(read_paths([str(tmp_path / "page.html")]))
    assert not errors
    doc = docs[0]
    assert doc.meta_published == "2024-03-05"
    assert "received his Lao counterpart" in doc.text
    assert "tracking" not in doc.text and "javascript" not in doc.text
    assert doc.html == page


def test_html_with_only_scripts_is_reported_not_crashed(tmp_path):
    (tmp_path / "s.html").write_text("<html><head><script>alert(1)</script></head><body>"
                                     "<script>document.write(1)</script></body></html>")
    docs, errors = docs_and_errors(read_paths([str(tmp_path / "s.html")]))
    assert not docs and "no main text" in str(errors[0])


def test_jsonl_bad_lines_are_reported_with_their_numbers_and_the_rest_is_read(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": ARTICLE, "published": "2024-03-05T10:00:00Z"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "x"}),
        "",
        json.dumps({"id": 7, "text": ARTICLE, "title": "标题", "lang": "zh"}),
        json.dumps({"id": "bad-meta", "text": ARTICLE, "published": 2024}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = docs_and_errors(read_paths([str(path)]))
    assert [d.id for d in docs] == ["ok1", "7"]
    assert docs[0].meta_published == "2024-03-05"
    assert docs[0].source == f"{path}:1"
    assert all(isinstance(e, MalformedRecordError) for e in errors)
    assert [e.line for e in errors] == [2, 3, 4, 5, 8]
    assert "not valid JSON" in errors[0].message
    assert '"id"' in errors[2].message and '"text"' in errors[3].message


def test_jsonl_gz_is_read_and_a_damaged_gzip_is_reported(tmp_path):
    good = tmp_path / "a.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": ARTICLE}) + "\n")
    bad = tmp_path / "b.jsonl.gz"
    data = gzip.compress((json.dumps({"id": "g2", "text": ARTICLE}) + "\n").encode() * 50)
    bad.write_bytes(data[: len(data) // 2])
    docs, errors = docs_and_errors(read_paths([str(good), str(bad)]))
    assert docs[0].id == "g1"
    assert errors and errors[-1].source == str(bad)


def test_stdin_dash_reads_json_lines():
    stream = io.StringIO(json.dumps({"id": "s1", "text": ARTICLE}) + "\n")
    docs, errors = docs_and_errors(read_paths(["-"], stdin=stream))
    assert docs[0].id == "s1" and docs[0].source == "<stdin>:1" and not errors


def test_empty_binary_missing_and_undecodable_inputs_are_each_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n ")
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0" + bytes(500))
    (tmp_path / "ok.txt").write_text(ARTICLE)
    outcomes = list(read_paths([str(tmp_path), str(tmp_path / "missing.txt")]))
    docs, errors = docs_and_errors(outcomes)
    assert [d.id for d in docs] == ["ok"]
    kinds = {type(e) for e in errors}
    assert {EmptyDocumentError, BinaryInputError, SourceUnavailableError} <= kinds
    assert all(e.source for e in errors)


def test_a_50_mb_file_is_skipped_whole_with_its_size_and_the_batch_goes_on(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:
        chunk = ("越南与俄罗斯加强合作。" * 1000).encode("utf-8")
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    (tmp_path / "z-ok.txt").write_text(ARTICLE)
    docs, errors = docs_and_errors(read_paths([str(tmp_path)]))
    assert [d.id for d in docs] == ["z-ok"]
    assert isinstance(errors[0], DocumentTooLargeError)
    assert "MB" in errors[0].message and "not truncated" in errors[0].message


def test_the_size_limit_applies_to_jsonl_records_too(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "字" * 5000}) + "\n"
                    + json.dumps({"id": "small", "text": ARTICLE}) + "\n")
    docs, errors = docs_and_errors(read_paths([str(path)], Settings(max_document_bytes=4000)))
    assert [d.id for d in docs] == ["small"]
    assert isinstance(errors[0], DocumentTooLargeError) and errors[0].line == 1


def test_unsupported_file_named_explicitly_is_reported(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    _, errors = docs_and_errors(read_paths([str(tmp_path / "a.pdf")]))
    assert "unsupported file type" in errors[0].message

"""One bad record costs only itself: every failure of a record is reported with its file and
line, and the records after it are read (issue 17, item 2 and the minor items)."""

import gzip
import io
import json
import os
import socket

import pytest

from summitry.document import Document
from summitry.errors import (
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    MalformedRecordError,
    SourceUnavailableError,
)
from summitry.ingest.readers import read_paths
from summitry.settings import MB, Settings

GOOD = {"id": "good", "text": "老挝外长在万象会见泰国外长，双方同意深化合作。"}
GOOD_LINE = (json.dumps(GOOD, ensure_ascii=False) + "\n").encode("utf-8")


def split(outcomes):
    outcomes = list(outcomes)
    return ([o for o in outcomes if isinstance(o, Document)],
            [o for o in outcomes if isinstance(o, InputError)])


def read_bytes(tmp_path, data: bytes, settings=None):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(data)
    return split(read_paths([str(path)], settings or Settings()))


@pytest.mark.parametrize("bad", [
    b'{"id": "x", "text": "caf\xe9 talks"}\n',            # Latin-1 byte inside a UTF-8 file
    b'{"id": "x", "text": "\xff\xfe"}\n',                  # stray byte-order bytes
    b'{"id": "x", "text": "\xe4\xbc"}\n',                  # a truncated UTF-8 sequence
])
def test_a_bad_byte_spoils_its_line_only(tmp_path, bad):
    docs, errors = read_bytes(tmp_path, GOOD_LINE + bad + GOOD_LINE)
    assert [d.source.rsplit(":", 1)[1] for d in docs] == ["1", "3"]
    assert len(errors) == 1 and errors[0].line == 2
    assert "not UTF-8" in errors[0].message and "skipped" in errors[0].message


def test_a_bad_byte_in_a_gzip_file_spoils_its_line_only(tmp_path):
    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "x", "text": "\x80"}\n' + GOOD_LINE))
    docs, errors = split(read_paths([str(path)]))
    assert [d.id for d in docs] == ["good"] and errors[0].line == 1


def test_a_bad_byte_on_stdin_spoils_its_line_only():
    stdin = io.BytesIO(b'{"id": "x", "text": "\xc3("}\n' + GOOD_LINE)
    docs, errors = split(read_paths(["-"], stdin=stdin))
    assert [d.id for d in docs] == ["good"]
    assert errors[0].source == "<stdin>" and errors[0].line == 1


@pytest.mark.parametrize("line, words", [
    ('{"id": "d", "text": "x", "title": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
    ('{"id": ' + "7" * 5000 + ', "text": "x"}', "cannot be read"),
    ('{"id": "n", "text": "x", "title": ' + "1" * 6000 + "}", "cannot be read"),
    ('{"id": "t", "text": ["a", "list"]}', '"text"'),
    ('{"id": true, "text": "x"}', '"id"'),
    ('{"id": "u", "text": "x", "url": {"nested": 1}}', '"url"'),
    ('{"id": "\\ud800", "text": "x"}', "surrogate"),
    ("[1, 2, 3]", "JSON object"),
    ("NaN", "JSON object"),
])
def test_records_that_cannot_be_read_are_reported_with_their_line(tmp_path, line, words):
    docs, errors = read_bytes(tmp_path, line.encode() + b"\n" + GOOD_LINE)
    assert [d.id for d in docs] == ["good"]
    assert isinstance(errors[0], MalformedRecordError) and errors[0].line == 1
    assert words in errors[0].message


def test_lone_surrogates_in_fields_become_replacement_characters_with_a_warning(tmp_path):
    line = '{"id": "s", "title": "Talks \\udfff in Hanoi", "text": "Ministers met \\ud83d."}\n'
    docs, errors = read_bytes(tmp_path, line.encode())
    assert not errors
    doc = docs[0]
    assert doc.meta_title == "Talks \ufffd in Hanoi" and doc.text == "Ministers met \ufffd."
    assert len(doc.warnings) == 2 and all("surrogate" in w for w in doc.warnings)
    doc.text.encode("utf-8")  # now encodable: the store can keep it


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-30", "yesterday", "0000-00-00"])
def test_a_bad_published_field_is_dropped_with_a_warning_not_the_document(tmp_path, value):
    line = json.dumps({**GOOD, "published": value}, ensure_ascii=False) + "\n"
    docs, errors = read_bytes(tmp_path, line.encode())
    assert not errors and docs[0].meta_published is None
    assert "published" in docs[0].warnings[0] and "dropped" in docs[0].warnings[0]


@pytest.mark.parametrize("text", [" \n\t ", "\u200b\u200b\n\u200b", "\u3000\ufeff\u200d",
                                  "\xa0\u2060 \r\n"])
def test_text_of_only_white_space_and_zero_width_characters_is_a_skip(tmp_path, text):
    line = json.dumps({"id": "blank", "text": text}) + "\n"
    docs, errors = read_bytes(tmp_path, line.encode() + GOOD_LINE)
    assert [d.id for d in docs] == ["good"]
    assert isinstance(errors[0], EmptyDocumentError)
    (tmp_path / "blank.txt").write_text(text, encoding="utf-8")
    _, file_errors = split(read_paths([str(tmp_path / "blank.txt")]))
    assert isinstance(file_errors[0], EmptyDocumentError)


def test_a_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path):
    big = b'{"id": "big", "text": "' + b"a" * (3 * MB) + b'"}\n'
    docs, errors = read_bytes(tmp_path, big + GOOD_LINE + big[:-1],
                              Settings(max_document_bytes=MB))
    assert [d.id for d in docs] == ["good"]
    assert [type(e) for e in errors] == [DocumentTooLargeError] * 2
    assert [e.line for e in errors] == [1, 3]


@pytest.mark.parametrize("mb, shown", [(10, "10 MB"), (2.5, "2.5 MB"), (1, "1 MB")])
def test_the_size_message_names_the_limit_as_set(tmp_path, mb, shown):
    settings = Settings(max_document_bytes=int(mb * MB))
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (int(mb * MB) + 1))
    _, errors = split(read_paths([str(path)], settings))
    assert f"over the {shown} limit" in errors[0].message


def test_a_fifo_in_a_folder_is_reported_and_never_waited_on(tmp_path):
    os.mkfifo(tmp_path / "a-pipe.txt")
    os.mkfifo(tmp_path / "b-pipe.jsonl")
    (tmp_path / "c.txt").write_text("越南国家主席会见柬埔寨首相。", encoding="utf-8")
    docs, errors = split(read_paths([str(tmp_path), str(tmp_path / "a-pipe.txt")]))
    assert [d.id for d in docs] == ["c"]
    assert len(errors) == 3 and all("FIFO" in e.message for e in errors)


def test_a_socket_is_reported(tmp_path):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        _, errors = split(read_paths([str(path)]))
    assert "socket" in errors[0].message


def test_a_device_is_reported():
    _, errors = split(read_paths(["/dev/zero"], Settings(max_document_bytes=MB)))
    assert "unsupported file type" in errors[0].message or "device" in errors[0].message


def test_a_folder_that_cannot_be_listed_is_reported_by_name(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("越南总理会见日本首相。")
    (tmp_path / "b.txt").write_text("越南总理会见韩国总理。")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, errors = split(read_paths([str(tmp_path)]))
    assert [d.id for d in docs] == ["b"]
    assert isinstance(errors[0], SourceUnavailableError)
    assert errors[0].source == str(locked) and "cannot list" in errors[0].message

"""Property-based: random bytes, random JSON and random text thrown at the readers and the
whole pipeline never raise; every input ends as a Document or a reported error.

Bounded for ``make test``; ``FUZZ_EXAMPLES=2000`` searches longer. For open-ended fuzzing
with a mutation corpus see ``fuzz/fuzz_inputs.py`` (README, "Fuzzing").
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from summitry.batch.local import extract
from summitry.document import Document
from summitry.errors import SummitryError
from summitry.ingest.readers import read_paths
from summitry.settings import MB, Settings

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies
given, settings = hypothesis.given, hypothesis.settings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
SMALL = Settings(max_document_bytes=MB // 4)
SUFFIXES = (".txt", ".html", ".jsonl", ".jsonl.gz")

#: Text as news arrives: CJK, Latin, punctuation of both, spaces of every kind, controls,
#: invisible characters and lone surrogates.
news_chars = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(list("，。、：；（）《》“”——·年月日会见举行会谈总理外长主席 \n\t\u3000\u200b\ufeff")),
    st.characters(codec="utf-8"),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
)
news_text = st.text(news_chars, max_size=400)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | news_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(news_text, inner, max_size=4),
    max_leaves=12)
records = st.fixed_dictionaries(
    {}, optional={"id": st.one_of(news_text, st.integers(), json_values),
                  "text": st.one_of(news_text, json_values), "html": news_text,
                  "title": st.one_of(news_text, json_values),
                  "published": st.one_of(st.dates().map(str), news_text, json_values),
                  "lang": news_text, "url": news_text})

FAST = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=list(hypothesis.HealthCheck))


def outcomes_are_typed(outcomes) -> list:
    out = list(outcomes)
    assert all(isinstance(o, Document | SummitryError) for o in out), out
    return out


@contextmanager
def as_file(data: bytes, suffix: str) -> Iterator[Path]:
    """``data`` written to a file named ``input<suffix>`` in a folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="summitry-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        yield path


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_file_type_never_raise(data: bytes, suffix: str):
    with as_file(data, suffix) as path:
        outcomes_are_typed(read_paths([str(path)], SMALL))


@FAST
@given(lines=st.lists(st.one_of(json_values.map(json.dumps), records.map(json.dumps),
                                st.binary(max_size=200).map(lambda b: b.decode("latin-1"))),
                      max_size=6))
def test_random_json_lines_never_raise_and_each_line_is_accounted_for(lines: list[str]):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    out = outcomes_are_typed(read_paths(["-"], SMALL, stdin=io.BytesIO(data)))
    assert len(out) <= len(data.split(b"\n"))


@FAST
@given(record=records)
def test_random_records_through_the_whole_pipeline_never_raise(record: dict):
    line = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
    out = outcomes_are_typed(extract(["-"], SMALL, stdin=io.BytesIO(line + b"\n")))
    for doc in out:
        if isinstance(doc, Document):
            doc.text.encode("utf-8")  # storable: no lone surrogate survived


@FAST
@given(text=news_text.filter(lambda t: t.strip()))
def test_random_articles_through_the_whole_pipeline_never_raise(text: str):
    with as_file(text.encode("utf-8", "surrogatepass"), ".txt") as path:
        outcomes_are_typed(extract([str(path)], SMALL))

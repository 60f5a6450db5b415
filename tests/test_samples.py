"""The bundled sample corpus against its hand-written expectations (samples/expected.jsonl)."""

import json
import re

import pytest

from conftest import SAMPLES
from summitry.batch.local import extract
from summitry.document import Document


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def extracted() -> dict[str, Document]:
    outcomes = list(extract([str(SAMPLES / "articles")]))
    assert all(isinstance(o, Document) for o in outcomes), outcomes
    return {o.id: o for o in outcomes if isinstance(o, Document)}


def expected_records():
    with (SAMPLES / "expected.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("gold", expected_records(), ids=lambda g: g["id"])
def test_sample_article_is_cleaned_as_expected(gold, extracted):
    doc = extracted[gold["id"]]
    body = _norm(doc.body_text)
    for fragment in gold["body_include"]:
        assert _norm(fragment) in body, f"body lacks {fragment!r}"
    for fragment in gold["body_exclude"]:
        assert _norm(fragment) not in body, f"body keeps {fragment!r}"
    assert (doc.title_text and _norm(doc.title_text)) == (gold["title"] and _norm(gold["title"]))
    assert doc.lang == gold["lang"]
    if gold.get("script"):
        assert doc.script == gold["script"]
    if gold.get("encoding"):
        assert doc.encoding == gold["encoding"]

"""Wording: counts with the right noun, readable link reasons, the document page's title."""

from __future__ import annotations

from fastapi.testclient import TestClient

from summitry.store.results import DocumentRecord
from summitry.web.pages import document_marks
from summitry.web.wording import count, readable_reason


def test_counts_use_singular_and_plural():
    assert count(1, "source", "en") == "1 source"
    assert count(2, "source", "en") == "2 sources"
    assert count(0, "document", "en") == "0 documents"
    assert count(1, "meeting", "zh") == "1 次会晤"


def test_link_reasons_show_labels_and_names_not_codes_and_slugs():
    text = readable_reason("same level (senior_officials); persons bui-thanh-son, "
                           "RUS shared; dates agree on the day (2023-05-10)", "en")
    assert "senior_officials" not in text and "bui-thanh-son" not in text
    assert "Bui Thanh Son" in text and "RUS" in text and "2023-05-10" in text
    assert readable_reason(None, "en") == ""
    assert "senior_officials" not in readable_reason("same level (senior_officials)", "zh")


def record(text: str, body: str, title: str | None) -> DocumentRecord:
    return DocumentRecord("d", title, None, "en", None, None, None, "html", None, text, body,
                          {"entities": [], "times": [], "meetings": []})


def test_a_title_after_a_site_name_is_not_struck_through():
    title = "Ministers meet in Vientiane"
    text = f"Example Times | World\n{title}\nThe ministers met on Tuesday."
    marks = document_marks(record(text, "The ministers met on Tuesday.", title))
    kinds = {(m.start, m.end): m.cls for m in marks}
    at = text.index(title)
    assert kinds[(at, at + len(title))] == "title-line"
    outside = [(s, e) for (s, e), k in kinds.items() if k == "outside"]
    assert outside and all(e <= at or s >= at + len(title) for s, e in outside)


def test_pages_say_one_source_and_print_no_raw_none(pages: TestClient):
    r = pages.get("/meetings")
    assert " 1 Sources" not in r.text and "1 documents" not in r.text
    docs = pages.get("/documents")
    assert "documents" in docs.text
    for doc_id in ("vna-zh-som", "vna-zh-talks"):
        page = pages.get(f"/documents/{doc_id}")
        assert page.status_code == 200 and ">None<" not in page.text and "→ None" not in page.text

"""The words behind each field of a meeting, found inside its evidence sentences only."""

from __future__ import annotations

from summitry.store.database import Store
from summitry.web.evidence import meeting_sources, quotes


def views_of(store: Store, *actors: str, kind: str | None = None):
    m = store.meetings(list(actors), kind=kind)[0]
    docs = {s.doc: store.document(s.doc) for s in m.sources}
    return m, meeting_sources(m, docs)


def spans_of(view, field: str) -> set[str]:
    return {view.doc.text[f.start:f.end] for f in view.spans if f.field == field}


def test_field_words_come_from_the_account_and_its_provenance(web_store: Store):
    _, views = views_of(web_store, "ASEAN", "Russia")
    zh = next(v for v in views if v.source.doc == "vna-zh-som")
    assert "2023年5月10日" in spans_of(zh, "date")
    assert "第十九次" in spans_of(zh, "ordinal")
    assert {"杜雄越", "安德烈·鲁登科"} <= spans_of(zh, "chairs")
    assert "共同主持" in spans_of(zh, "chairs")
    assert "高官" in spans_of(zh, "level")
    assert zh.source.name == "第十九次东盟—俄罗斯高官会"
    assert zh.source.name in spans_of(zh, "name")  # the name as this article writes it
    en = next(v for v in views if v.source.doc == "wire-en-som")
    assert "May 10" in spans_of(en, "date")
    assert "Andrey Rudenko" in spans_of(en, "participants")


def test_every_field_span_lies_inside_an_evidence_sentence(web_store: Store):
    for m in web_store.meetings():
        docs = {s.doc: web_store.document(s.doc) for s in m.sources}
        for view in meeting_sources(m, docs):
            for f in view.spans:
                assert any(s <= f.start and f.end <= e for s, e in view.evidence), (m.id, f)


def test_quotes_highlight_the_field_inside_its_sentence(web_store: Store):
    _, views = views_of(web_store, "ASEAN", "Russia")
    found = quotes(views)
    assert found["date"] and all('class="fs hl"' in str(q.html) for q in found["date"])
    assert {q.doc for q in found["date"]} == {"vna-zh-som", "wire-en-som"}
    assert not found["location"] or all("河内" in str(q.html) or "Hanoi" in str(q.html)
                                        for q in found["location"])


def test_a_recall_gives_its_own_partial_date_as_evidence(web_store: Store):
    _, views = views_of(web_store, "Vietnam", "Indonesia", kind="talks")
    recall = next(v for v in views if not v.source.reported)
    assert spans_of(recall, "date")  # 今年3月 / March: the month the recall names


def test_a_location_given_in_english_is_found_as_written_in_chinese(web_store: Store):
    m, views = views_of(web_store, "Vietnam", "Indonesia", kind="talks")
    assert m.location == "Jakarta"
    zh = next(v for v in views if v.source.doc == "vna-zh-talks")
    assert spans_of(zh, "location") == {"雅加达"}

"""The store's commitments: one record per commitment across articles, its dated status
history with the meeting and the article of each step, succession, explainable merges and
their undo, and a changed article replacing its steps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from commitment_samples import ACROSS_LANGUAGES, AGREEMENT, CHAIN, ENGLISH, SUCCESSION
from store_samples import write_jsonl

from summitry.store.commitment_queries import (
    CommitmentFilter,
    commitments,
    meeting_commitments,
)
from summitry.store.commitment_writer import CommitmentWriter
from summitry.store.database import Store
from summitry.store.engine import reading, writing


@pytest.fixture
def cstore(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "c.db")
    s.ingest([str(write_jsonl(tmp_path / "a.jsonl",
                              CHAIN + ENGLISH + SUCCESSION + ACROSS_LANGUAGES))])
    yield s
    s.close()


def listing(store: Store, *actors: str, **kw: str) -> list:
    ids = tuple(store.resolve_actor(a)[0] for a in actors)
    with reading(store.engine) as conn:
        return commitments(conn, CommitmentFilter(ids, **kw))


def test_one_record_across_four_articles_with_its_dated_history(cstore: Store):
    (rec,) = [r for r in listing(cstore, "Vietnam", "Singapore") if r.name == AGREEMENT]
    assert [(s.date[:4] if s.date else None, s.status) for s in rec.steps] == [
        ("2021", "proposed"), ("2022", "agreed"), ("2023", "signed"), ("2024", "reviewed")]
    assert rec.status == "reviewed"
    assert [s.doc for s in rec.steps] == [a["id"] for a in CHAIN]
    assert all(s.meeting_id is not None and s.evidence and AGREEMENT in s.evidence
               for s in rec.steps)
    assert set(rec.parties) == {"state:VNM", "state:SGP"}


def test_english_agreement_signed_then_in_force(cstore: Store):
    (rec,) = [r for r in listing(cstore, "Indonesia") if r.kind == "agreement"]
    assert [s.status for s in rec.steps] == ["signed", "in_force"]
    assert rec.status == "in_force"


def test_successor_plan_follows_the_reviewed_plan(cstore: Store):
    plans = {r.period: r for r in listing(cstore, "ASEAN", "New Zealand", kind="plan_of_action")}
    old, new = plans[("2021", "2025")], plans[("2026", "2030")]
    assert (old.status, new.status) == ("reviewed", "drafting")
    assert new.follows == (old.id, old.name)
    assert old.followed_by == ((new.id, new.name),)


def test_filters_status_kind_and_since(cstore: Store):
    assert {r.name for r in listing(cstore, status="drafting")} >= {"东盟—新西兰行动计划(2026-2030年)"}
    assert all(r.kind == "agreement" for r in listing(cstore, kind="agreement"))
    assert all((r.last_date or "") >= "2024" for r in listing(cstore, since="2024"))
    # no sample binds these two together (Vietnam and New Zealand share RCEP, whose English
    # article names a call between them)
    assert listing(cstore, "Singapore", "New Zealand") == []


def test_a_merge_is_explained_and_can_be_undone(cstore: Store):
    (rec,) = [r for r in listing(cstore, "Vietnam") if r.name == AGREEMENT]
    with reading(cstore.engine) as conn:
        log = conn.exec_driver_sql(
            "SELECT action, reasons FROM commitment_log WHERE commitment_id = ? ORDER BY id",
            (rec.id,)).all()
    assert [a for a, _ in log] == ["new", "merge", "merge", "merge"]
    assert json.loads(log[1][1])["name"] == 1.0
    signed = next(s for s in rec.steps if s.status == "signed")
    with writing(cstore.engine) as conn:
        moved = CommitmentWriter(conn).unlink(signed.id)
    after = {r.id: r for r in listing(cstore, "Vietnam") if r.name == AGREEMENT}
    assert [s.status for s in after[rec.id].steps] == ["proposed", "agreed", "reviewed"]
    assert [s.status for s in after[moved].steps] == ["signed"]


def test_what_was_agreed_at_a_meeting(cstore: Store):
    (rec,) = [r for r in listing(cstore, "Vietnam") if r.name == AGREEMENT]
    signed = next(s for s in rec.steps if s.status == "signed")
    assert signed.meeting_id is not None
    with reading(cstore.engine) as conn:
        here = meeting_commitments(conn, signed.meeting_id)
    assert [(c["name"], c["status_here"]) for c in here["commitments"]] == [(AGREEMENT, "signed")]
    assert any(s["type"] == "sign" for s in here["statements"])


def test_a_changed_article_replaces_its_step(tmp_path: Path, cstore: Store):
    changed = dict(CHAIN[3], text=CHAIN[3]["text"].replace("回顾了", "商定修订")
                   .replace("的实施情况", ""))
    cstore.ingest([str(write_jsonl(tmp_path / "b.jsonl", [changed]))])
    (rec,) = [r for r in listing(cstore, "Vietnam") if r.name == AGREEMENT]
    assert len(rec.steps) == 4
    assert rec.steps[-1].status != "reviewed"


def test_an_agreement_the_kb_knows_links_across_languages(cstore: Store):
    found = [r for r in listing(cstore, kind="agreement")
             if r.name_en == "Regional Comprehensive Economic Partnership"]
    assert len(found) == 1
    assert [(s.doc, s.status) for s in found[0].steps] == [
        ("rcep-zh-signed", "signed"), ("rcep-en-in-force", "in_force")]

"""Writing a batch in one transaction (documents looked up at once, rows queued and inserted
many per statement, candidate queries built once) gives the store that writing one
document per transaction gives: every row of every table, ids included, on both backends.

The runs exercise the paths that read back what a batch writes: accounts merging into
meetings stated earlier in the same batch, commitments followed across articles, a
document given twice in one run, a changed document replacing its rows (it removes a
meeting's source and reconciles it), and an account an analyst kept apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from commitment_samples import CHAIN, ENGLISH, SUCCESSION
from sqlalchemy import text
from store_samples import ARTICLES, meeting_of, write_jsonl

from summitry.store.commitment_writer import TABLES as COMMITMENT_TABLES
from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.schema import TABLE_NAMES

#: Columns stamped with the time of writing.
CLOCK = {"at", "started_at", "finished_at"}


def every_row(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the run bookkeeping, ids included, in id order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with reading(store.engine) as conn:
        for name in sorted((set(TABLE_NAMES) | set(COMMITMENT_TABLES)) - {"runs"}):
            cols = [f'"{c}"' for c in _columns(conn, name) if c not in CLOCK]
            rows = conn.execute(text(f"SELECT {', '.join(cols)} FROM {name} ORDER BY 1, 2"))
            out[name] = [tuple(r) for r in rows]
    return out


def _columns(conn: Any, table: str) -> list[str]:
    from sqlalchemy import inspect

    return [c["name"] for c in inspect(conn).get_columns(table)]


def found(store: Store) -> list[tuple[str, list[str]]]:
    """What search answers (on SQLite, through the full-text index the batch filled)."""
    words = ["会谈", "外交部长", "talks", "Foreign Minister", "协定", "cooperation"]
    return [(w, [h.doc for h in store.search(w, limit=50)]) for w in words]


def three_runs(store: Store, tmp_path: Path, batch_size: int) -> None:
    first = ARTICLES + CHAIN + ENGLISH + ARTICLES[:2]  # the last two given twice
    store.ingest([str(write_jsonl(tmp_path / "first.jsonl", first))], batch_size=batch_size)
    # An analyst undoes a merge: that account stays apart from then on.
    som = store.meeting(meeting_of(store, "vna-zh-som"))
    store.unlink(next(s.id for s in som.sources if s.doc == "wire-en-som"))
    changed = [dict(a) for a in ARTICLES if a["id"] in ("wire-en-talks", "wire-en-som")]
    changed[0]["text"] = changed[0]["text"].replace("March 14", "March 16")
    changed[1]["text"] = changed[1]["text"] + "\nThe meeting reviewed the plan of action."
    second = changed + SUCCESSION + [{**a, "id": a["id"] + "-copy"} for a in ARTICLES[3:]]
    store.ingest([str(write_jsonl(tmp_path / "second.jsonl", second))],
                 batch_size=batch_size)


def test_batches_give_the_store_of_one_document_per_transaction(store_target, tmp_path):
    with Store(store_target("one")) as one, Store(store_target("batched")) as batched:
        three_runs(one, tmp_path, batch_size=1)
        three_runs(batched, tmp_path, batch_size=50)
        rows = every_row(one)
        assert rows["documents"] and rows["commitment_steps"] and rows["keep_apart"]
        assert rows["link_log"] and rows["evidence"] and rows["statements"]
        assert every_row(batched) == rows
        assert found(batched) == found(one)
        assert any(docs for _, docs in found(one))


def test_a_commitment_folded_step_by_step_is_the_one_its_steps_give(store_target, tmp_path):
    # Each step joining a stored commitment updates it from that step alone; recomputing
    # the record from all its steps (what removing a document does) must change nothing,
    # whichever order the articles come in (a later article first, an undated step).
    articles = list(reversed(CHAIN)) + ENGLISH + SUCCESSION + CHAIN[1:3]
    articles += [{**CHAIN[0], "id": "undated", "published": ""}]
    with Store(store_target("kb")) as store:
        store.ingest([str(write_jsonl(tmp_path / "a.jsonl", articles))], batch_size=3)
        folded = every_row(store)["commitments"]
        assert any(n > 1 for (n,) in _steps_per_commitment(store))
        from summitry.store.commitment_writer import CommitmentWriter
        from summitry.store.engine import writing

        with writing(store.engine) as conn:
            writer = CommitmentWriter(conn)
            for row in folded:
                writer.refresh(row[0])
        assert every_row(store)["commitments"] == folded


def _steps_per_commitment(store: Store) -> list[tuple[int]]:
    with reading(store.engine) as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT count(*) FROM commitment_steps GROUP BY commitment_id"))]

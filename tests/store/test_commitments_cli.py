"""``summitry commitments``, ``summitry show`` (what was agreed) and
``summitry export-commitments`` over a store of the commitment sample articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from commitment_samples import AGREEMENT, CHAIN, SUCCESSION
from store_samples import write_jsonl

from summitry.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "c.db")
    articles = write_jsonl(tmp_path / "a.jsonl", CHAIN + SUCCESSION)
    assert main(["ingest", str(articles), "--db", path, "--workers", "0", "--quiet"]) == 0
    return path


def test_commitments_lists_the_timeline_and_the_successor(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["commitments", "--db", db, "--actor", "ASEAN", "--actor", "新西兰"]) == 0
    out = capsys.readouterr().out
    assert "东盟—新西兰行动计划(2021-2025年)" in out and "status reviewed" in out
    assert "follows" in out and "status drafting" in out


def test_commitments_json_filters_by_status(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["commitments", "--db", db, "--status", "reviewed", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all(r["status"] == "reviewed" for r in records)
    chain = next(r for r in records if r["name"] == AGREEMENT)
    assert [s["status"] for s in chain["steps"]] == ["proposed", "agreed", "signed", "reviewed"]


def test_unknown_actor_is_a_usage_error(db: str):
    assert main(["commitments", "--db", db, "--actor", "Atlantis"]) == 2


def test_show_lists_what_was_agreed(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["commitments", "--db", db, "--status", "drafting", "--json"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    meeting = record["steps"][0]["meeting_id"]
    assert main(["show", str(meeting), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "what was agreed" in out and record["name"] in out
    assert main(["show", str(meeting), "--db", db, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert any(c["name"] == record["name"] for c in shown["commitments"])


def test_exports_csv_rows_per_step_and_plover_agree_events(db: str,
                                                           capsys: pytest.CaptureFixture[str]):
    assert main(["export-commitments", "csv", "--db", db, "--actor", "Singapore"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["step_status"] for r in rows if r["name"] == AGREEMENT] == [
        "proposed", "agreed", "signed", "reviewed"]
    assert main(["export-commitments", "plover", "--db", db, "--actor", "Singapore"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    agree = [e for e in events if e["event_type"] == "AGREE"]
    assert {e["mode"] for e in agree} == {"agree", "sign"}
    assert all(e["evidence"][0]["text"] for e in agree)


def test_parquet_export(db: str, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "c.parquet"
    assert main(["export-commitments", "parquet", "--db", db, "--out", str(out)]) == 0
    assert pq.read_table(str(out)).num_rows >= 6


def test_commitment_unlink_moves_a_step_out(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["commitments", "--db", db, "--actor", "Singapore", "--json"]) == 0
    chain = next(json.loads(x) for x in capsys.readouterr().out.splitlines()
                 if json.loads(x)["name"] == AGREEMENT)
    step = chain["steps"][2]["id"]
    assert main(["commitment-unlink", str(step), "--db", db]) == 0
    assert main(["commitments", "--db", db, "--actor", "Singapore", "--json"]) == 0
    after = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(len(r["steps"]) for r in after if r["name"] == AGREEMENT) == [1, 3]
    assert main(["commitment-unlink", "99999", "--db", db]) == 2

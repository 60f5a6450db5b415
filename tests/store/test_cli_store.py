"""The store's commands: ingest, meetings, show, actor, search, unlink, export."""

from __future__ import annotations

import csv
import io
import json

from summitry.cli import main


def _ingest(store_target, tmp_path, articles, capsys) -> str:
    db = store_target("kb")
    assert main(["ingest", str(articles), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "6 new" in err and "merged" in err
    return db


def test_ingest_prints_a_summary_and_a_second_run_finds_everything_unchanged(
        store_target, tmp_path, articles, capsys):
    db = _ingest(store_target, tmp_path, articles, capsys)
    assert main(["ingest", str(articles), "--db", db]) == 0
    assert "6 unchanged" in capsys.readouterr().err


def test_meetings_json_is_one_object_per_line_with_actor_objects_and_sources(
        store_target, tmp_path, articles, capsys):
    db = _ingest(store_target, tmp_path, articles, capsys)
    assert main(["meetings", "--db", db, "--actor", "ASEAN", "--actor", "俄罗斯",
                 "--output", "json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    m = json.loads(line)
    assert m["ordinal"] == 19 and m["date"] == {"start": "2023-05-10", "end": "2023-05-10"}
    assert {"id": "state:RUS", "type": "state", "code": "RUS", "name": "Russia"} in m[
        "participants"]
    assert sorted(s["doc"] for s in m["sources"]) == ["vna-zh-som", "wire-en-som"]


def test_meetings_table_and_csv_outputs(store_target, tmp_path, articles, capsys):
    db = _ingest(store_target, tmp_path, articles, capsys)
    assert main(["meetings", "--db", db, "--format", "phone"]) == 0
    out = capsys.readouterr().out
    assert "call" in out and "1 meeting(s)" in out
    assert main(["meetings", "--db", db, "--since", "2023-05", "--until", "2023-05",
                 "--output", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["date_start"] for r in rows] == ["2023-05-10"]


def test_show_actor_and_search(store_target, tmp_path, articles, capsys):
    db = _ingest(store_target, tmp_path, articles, capsys)
    assert main(["meetings", "--db", db, "--output", "json", "--actor", "Bui Thanh Son"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert main(["show", str(first["id"]), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "vna-zh-talks" in out and "wire-en-talks" in out and "link history" in out
    assert main(["actor", "裴青山", "--db", db]) == 0
    assert "Bui Thanh Son [person:bui-thanh-son]" in capsys.readouterr().out
    assert main(["search", "雅加达", "--db", db]) == 0
    assert "vna-zh-talks" in capsys.readouterr().out


def test_unlink_and_export(store_target, tmp_path, articles, capsys):
    db = _ingest(store_target, tmp_path, articles, capsys)
    main(["show", "1", "--db", db, "--json"])
    shown = json.loads(capsys.readouterr().out)
    joined = [s for s in shown["sources"] if s["score"] is not None]
    assert joined, "meeting 1 should have merged sources"
    assert main(["unlink", str(joined[0]["id"]), "--db", db]) == 0
    assert "now forms meeting" in capsys.readouterr().err
    out = tmp_path / "events.jsonl"
    assert main(["export", "plover", str(out), "--db", db]) == 0
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events and all(e["event_type"] == "CONSULT" for e in events)
    assert main(["export", "parquet", str(tmp_path / "m.parquet"), "--db", db]) == 0


def test_errors_are_reported_with_exit_status_2(store_target, tmp_path, articles, capsys):
    assert main(["meetings", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no store" in capsys.readouterr().err
    db = _ingest(store_target, tmp_path, articles, capsys)
    assert main(["meetings", "--db", db, "--actor", "Atlantis"]) == 2
    assert "Atlantis" in capsys.readouterr().err
    assert main(["show", "999", "--db", db]) == 2
    assert main(["meetings", "--db", db, "--since", "last week"]) == 2
    assert main(["unlink", "999", "--db", db]) == 2

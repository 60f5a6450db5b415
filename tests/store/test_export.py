"""Exports of linked meetings: JSON Lines, CSV, Parquet, pandas, PLOVER-style events."""

from __future__ import annotations

import csv
import io
import json

from store_samples import meeting_of

from summitry.export.plover import mode, to_plover
from summitry.store.database import Store
from summitry.store.results import ActorRef, MeetingRecord


def test_jsonl_and_csv_exports_hold_every_meeting(store: Store):
    rows = store.meetings()
    out = io.StringIO()
    rows.to_jsonl(out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == [m.id for m in rows]
    out = io.StringIO()
    rows.to_csv(out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [int(r["id"]) for r in table] == [m.id for m in rows]
    assert "Indonesia" in table[0]["participants"]


def test_pandas_and_parquet_exports_round_trip(store: Store, tmp_path):
    import pandas as pd

    frame = store.meetings().to_pandas()
    assert list(frame["id"]) == [m.id for m in store.meetings()]
    store.meetings().to_parquet(tmp_path / "m.parquet")
    back = pd.read_parquet(tmp_path / "m.parquet")
    assert list(back["name"]) == list(frame["name"])


def test_plover_records_are_consult_events_with_modes_and_wikidata_ids(store: Store):
    som = to_plover(store.meeting(meeting_of(store, "vna-zh-som")))
    assert som["event_type"] == "CONSULT" and som["mode"] == "multilateral"
    assert som["date"] == "2023-05-10" and som["date_precision"] == "day"
    assert {a["id"] for a in som["actor"]} == {"person:do-hung-viet", "person:andrey-rudenko"}
    call = to_plover(store.meeting(meeting_of(store, "vna-zh-call")))
    assert call["mode"] == "phone"
    talks = to_plover(store.meeting(meeting_of(store, "vna-zh-talks")))
    assert talks["mode"] == "visit"  # held in Jakarta, the capital of one party
    ids = {a["id"]: a["wikidata"] for a in talks["actor"] + talks["recipient"]}
    assert ids.get("state:IDN", "").startswith("Q")


def _talks(location: str | None, *codes: str) -> MeetingRecord:
    parties = tuple(ActorRef(f"state:{c}", "state", c, c) for c in codes)
    return MeetingRecord(1, None, "talks", "in_person", None, None, None, "2023-01-01",
                         "2023-01-01", location, True, participants=parties)


def test_talks_away_from_both_parties_are_third_party_and_three_states_multilateral():
    assert mode(_talks("北京", "USA", "RUS")) == "third-party"
    assert mode(_talks("Geneva", "USA", "RUS")) is None  # a city the knowledge base cannot place
    assert mode(_talks("河内", "VNM", "LAO")) == "visit"
    assert mode(_talks(None, "VNM", "LAO", "KHM")) == "multilateral"
    assert mode(_talks(None, "VNM", "LAO")) is None

"""The ``years`` stage over whole articles: meeting dates get a year when the clues agree,
a basis, and the clues behind it in the contract's provenance.

Every article here was written for these tests in the style of VNA, Xinhua, Reuters and
government readouts; none is copied from a real article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run
from summitry.batch.local import extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.settings import DEFAULT_SETTINGS

STAGES = DEFAULT_SETTINGS.stages


def meetings(text: str, **meta: str) -> list[dict[str, Any]]:
    doc = run(text, stages=STAGES, **meta)
    return list(to_contract(doc)["meetings"])


def test_the_stage_runs_after_meetings_by_default() -> None:
    assert STAGES.index("years") > STAGES.index("meetings")


def test_weekday_and_terms_in_office_give_the_year() -> None:
    [m] = meetings("Vietnam, Russia foreign ministers hold talks\n\nMOSCOW (VNA) - Vietnamese "
                   "Minister of Foreign Affairs Bui Thanh Son held talks with his Russian "
                   "counterpart Sergey Lavrov in Moscow on Tuesday, November 14.\nThe two "
                   "ministers discussed trade and energy cooperation.\n")
    assert m["date"] == {"start": "2023-11-14", "end": "2023-11-14", "basis": "weekday"}
    prov = m["provenance"]["date"]
    assert prov["rule"] == "year.weekday"
    assert {c["basis"] for c in prov["clues"]} == {"weekday", "tenure"}
    assert prov["note"].startswith("2023 — from the weekday (Tuesday) and Bui Thanh Son")
    assert prov["spans"]  # the weekday's span


def test_a_numbered_summit_gives_the_year_to_the_meetings_reported_with_it() -> None:
    found = meetings("第25届东盟峰会开幕\n\n越通社内比都——第25届东盟峰会11月12日在缅甸内比都"
                     "开幕。越南政府总理阮晋勇率团出席会议。\n")
    summit = next(m for m in found if m["ordinal"] == 25)
    assert summit["date"]["start"] == "2014-11-12"
    assert summit["date"]["basis"] == "context"
    assert summit["provenance"]["date"]["rule"] == "year.series"


def test_an_anniversary_gives_the_year() -> None:
    [m] = meetings("越老两国外长举行会谈\n\n越通社万象——7月15日，越南外交部长裴青山在万象同老挝"
                   "外长沙伦赛举行会谈。此访正值越老建交60周年(1962-2022)之际。\n")
    assert m["date"]["start"] == "2022-07-15"
    assert m["date"]["basis"] == "anniversary"


def test_conflicting_clues_keep_the_partial_date_and_say_so() -> None:
    # 15 July 2022 was a Friday: the weekday and the anniversary disagree.
    [m] = meetings("越老两国外长举行会谈\n\n越通社万象——7月15日(星期一)，越南外交部长裴青山在"
                   "万象同老挝外长沙伦赛举行会谈。此访正值越老建交60周年(1962-2022)之际。\n")
    assert m["date"]["start"] == "--07-15"
    assert "basis" not in m["date"]
    assert m["provenance"]["date"]["note"].startswith("conflict: the 60th anniversary")


def test_a_date_with_its_year_gets_the_basis_it_came_from() -> None:
    stated = meetings("Ministers meet\n\nHANOI (VNA) - Foreign Minister Bui Thanh Son "
                      "held talks with Indian External Affairs Minister S. Jaishankar in Hanoi "
                      "on March 2, 2024.\n")
    published = meetings("Ministers meet\n\nHANOI (VNA) - Foreign Minister Bui Thanh Son held "
                         "talks with Indian External Affairs Minister S. Jaishankar in Hanoi on "
                         "March 2.\n", meta_published="2024-03-03")
    assert stated[0]["date"]["start"] == published[0]["date"]["start"] == "2024-03-02"
    assert stated[0]["date"]["basis"] == "stated"
    assert published[0]["date"]["basis"] == "published"
    prov = stated[0]["provenance"]["date"]
    assert prov["rule"] == "date.stated"
    assert [c["note"] for c in prov["clues"]] == ["the date as written (March 2, 2024)"]
    assert published[0]["provenance"]["date"]["clues"][0]["note"].startswith(
        "March 2, read against the publication date (2024-03-03)")


def test_nothing_to_go_on_keeps_the_partial_date() -> None:
    [m] = meetings("两国总理通电话\n\n越通社河内——3月26日，越南政府总理同老挝总理通电话，"
                   "双方就合作事宜交换意见。\n")
    assert m["date"]["start"] == "--03-26"
    assert m["provenance"]["date"]["note"].startswith("too little")


# ---- the dev sets: no year that contradicts an explicit date of the article ---------------------
def _explicit(times: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Month-day (or month) -> the years the article writes out with it."""
    out: dict[str, set[str]] = {}
    for t in times:
        value = t.get("value") or ""
        if t.get("resolution") == "absolute" and len(value) >= 7 and value[:4].isdigit():
            out.setdefault(value[4:], set()).add(value[:4])
    return out


def test_no_meeting_year_contradicts_an_explicit_date_of_its_article(shared_dir: Path) -> None:
    wrong = []
    for corpus in ("dev.jsonl", "dev2.jsonl"):
        for outcome in extract([str(shared_dir / "corpus" / corpus)]):
            assert isinstance(outcome, Document), outcome
            record = to_contract(outcome)
            explicit = _explicit(record["times"])
            for m in record["meetings"]:
                start = m["date"]["start"] or ""
                years = explicit.get(start[4:], set())
                if start[:4].isdigit() and years and start[:4] not in years:
                    wrong.append((record["id"], m["name"], start, sorted(years)))
    assert not wrong, json.dumps(wrong, ensure_ascii=False)


def test_a_year_in_which_the_day_does_not_exist_is_not_given() -> None:
    # The 24th ASEAN Summit fell in 2014, which has no 29 February.
    found = meetings("第24届东盟峰会开幕\n\n越通社内比都——第24届东盟峰会2月29日在缅甸内比都开幕，"
                     "东盟各国领导人出席会议。\n")
    summit = next(m for m in found if m["ordinal"] == 24)
    assert summit["date"]["start"] == "--02-29"
    assert "does not exist" in summit["provenance"]["date"]["note"]


def test_the_article_day_keeps_the_timing_rule_and_the_span_that_named_it() -> None:
    text = ("Russian Foreign Minister Sergey Lavrov has held talks with Egyptian President "
            "Abdel Fattah al-Sisi in Cairo.\n\nThe two sides discussed regional issues, the "
            "foreign ministry said Monday.\n")
    found = meetings(text, meta_published="2021-03-08", meta_lang="en")
    day = [m for m in found if m["date"]["start"] == "2021-03-08"
           and m["provenance"]["date"]["rule"] == "en.time.report_day"]
    assert day
    span = day[0]["provenance"]["date"]["spans"][0]
    assert text[span["start"]:span["end"]] == "Monday"
    assert "(Monday)" in day[0]["provenance"]["date"]["clues"][0]["note"]

"""Tests for summitry.link.score: which accounts join which linked meetings, and the traps
that must not join.

Meetings are built from hand-written accounts the way the store builds them (reconciled
fields, every name, every document), so a test reads as "article A is stored, does article
B join it?".
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import pytest

from summitry.link.model import Account, LinkedMeeting
from summitry.link.reconcile import reconcile
from summitry.link.score import THRESHOLD, best, match
from summitry.link.series import series_key

ASEAN_RUS = frozenset({"org:ASEAN", "state:RUS"})
CHN_VNM = frozenset({"state:CHN", "state:VNM"})
SOM_SERIES = series_key(ASEAN_RUS, "senior_officials", "conference")


def account(doc: str = "a", **fields: Any) -> Account:
    """An account with neutral defaults; each test states what matters to it."""
    base: dict[str, Any] = dict(
        doc=doc, local_id="m1", lang="zh", name=None, kind="conference", format=None,
        level=None, ordinal=None, series=None, date_start=None, date_end=None,
        parties=ASEAN_RUS,
    )
    base.update(fields)
    if "date_end" not in fields:
        base["date_end"] = base["date_start"]
    return Account(**base)


def linked(meeting_id: int, *accounts: Account) -> LinkedMeeting:
    """The linked meeting the store would hold for ``accounts``."""
    f = reconcile(accounts)
    return LinkedMeeting(
        id=meeting_id, name=f.name, kind=f.kind, format=f.format, level=f.level,
        ordinal=f.ordinal, series=f.series, date_start=f.date_start, date_end=f.date_end,
        parties=f.parties, persons=f.persons,
        names=tuple(sorted({a.name for a in accounts if a.name})),
        docs=frozenset(a.doc for a in accounts),
    )


def joins(acc: Account, meeting: LinkedMeeting) -> bool:
    found = match(acc, meeting)
    return found is not None and found.score >= THRESHOLD


# The seed case: the news report of the special foreign ministers' video conference, and a
# later article recalling it by another name, dated only to the month.
SPECIAL_AMM = account(
    "report", name="东盟-俄罗斯抗击新冠肺炎疫情特别外长视频会议", kind="conference",
    format="virtual", level="ministerial", date_start="--06-17",
)
SPECIAL_AMM_RECALLED = account(
    "later", name="东盟—俄罗斯应对新冠肺炎疫情外长级特别会议", kind="conference",
    format="virtual", level="ministerial", date_start="2020-06", reported=False,
)


# ---- what joins ---------------------------------------------------------------------


def test_a_recalled_meeting_dated_to_the_month_joins_its_report() -> None:
    assert joins(SPECIAL_AMM_RECALLED, linked(1, SPECIAL_AMM))


def test_a_report_joins_the_meeting_first_known_from_a_recall() -> None:
    assert joins(SPECIAL_AMM, linked(1, SPECIAL_AMM_RECALLED))


def test_chinese_and_english_reports_of_one_numbered_meeting_join_near_certainly() -> None:
    zh = account("xinhua", name="第十七次东盟—俄罗斯高官会", format="virtual",
                 level="senior_officials", ordinal=17, series=SOM_SERIES,
                 date_start="2021-01-26")
    en = account("vna", lang="en", name="17th ASEAN-Russia Senior Officials' Meeting",
                 format="virtual", level="senior_officials", ordinal=17, series=SOM_SERIES,
                 date_start="2021-01-26")
    found = match(en, linked(1, zh))
    assert found is not None
    assert found.score == 1.0
    assert found.reason.startswith(
        "same series and ordinal (17); dates agree on the day (2021-01-26); "
        "parties ASEAN, RUS shared"
    )


def test_an_undated_account_joins_on_series_and_ordinal() -> None:
    dated = account("a", name="第十七次东盟—俄罗斯高官会", level="senior_officials", ordinal=17,
                    series=SOM_SERIES, date_start="2021-01-26")
    undated = account("b", name="第十七次东盟—俄罗斯高官会", level="senior_officials",
                      ordinal=17, series=SOM_SERIES, reported=False)
    assert joins(undated, linked(1, dated))


def test_an_undated_account_joins_on_a_near_identical_name_and_the_same_parties() -> None:
    dated = account("a", name="东盟—俄罗斯抗疫特别外长会", level="ministerial",
                    format="virtual", date_start="2020-06-17")
    undated = account("b", name="东盟-俄罗斯抗疫特别外长会", level="ministerial",
                      format="virtual")
    assert joins(undated, linked(1, dated))


def test_two_reports_of_the_same_talks_on_the_same_day_join() -> None:
    persons = frozenset({"person:wang-yi", "person:pham-binh-minh"})
    a = account("a", kind="talks", parties=CHN_VNM, persons=persons, date_start="2020-06-17")
    b = account("b", kind="talks", parties=CHN_VNM, persons=persons, date_start="2020-06-17")
    assert joins(b, linked(1, a))


def test_talks_and_a_negotiation_round_can_be_one_meeting() -> None:
    a = account("a", kind="talks", parties=CHN_VNM, date_start="2020-06-17")
    b = account("b", kind="negotiation", parties=CHN_VNM, date_start="2020-06-17")
    assert match(b, linked(1, a)) is not None


def test_the_reason_names_what_agreed() -> None:
    found = match(SPECIAL_AMM_RECALLED, linked(1, SPECIAL_AMM))
    assert found is not None
    assert found.reason == (
        "dates agree on the month (2020-06 and --06-17); parties ASEAN, RUS shared; "
        "same level (ministerial); same format (virtual); same kind (conference); "
        "name similarity 0.62"
    )


# ---- vetoes -------------------------------------------------------------------------


def test_a_second_account_from_the_same_document_is_another_meeting() -> None:
    other = dataclasses.replace(SPECIAL_AMM, local_id="m2")
    assert match(other, linked(1, SPECIAL_AMM)) is None


def test_two_asean_russia_meetings_in_one_month_at_different_levels_do_not_join() -> None:
    som = account("a", name="东盟—俄罗斯高官会", level="senior_officials", format="virtual",
                  date_start="2020-06-05")
    assert match(SPECIAL_AMM_RECALLED, linked(1, som)) is None


def test_a_recalled_month_joins_the_right_one_of_two_meetings_that_month() -> None:
    som = account("a", name="东盟—俄罗斯高官会", level="senior_officials", format="virtual",
                  date_start="2020-06-05")
    china = account("c", name="中国—东盟外长特别会议", level="ministerial", format="virtual",
                    parties=frozenset({"org:ASEAN", "state:CHN"}), date_start="2020-06-12")
    right = linked(3, SPECIAL_AMM)
    found = best(SPECIAL_AMM_RECALLED, [linked(1, som), linked(2, china), right])
    assert found is not None and found[0] is right


def test_annual_meetings_with_different_ordinals_do_not_join() -> None:
    last_year = account("a", name="第十六次东盟—俄罗斯高官会", level="senior_officials",
                        ordinal=16, series=SOM_SERIES, date_start="2020")
    this_year = account("b", name="第十七次东盟—俄罗斯高官会", level="senior_officials",
                        ordinal=17, series=SOM_SERIES)
    assert match(this_year, linked(1, last_year)) is None


def test_annual_meetings_in_different_years_do_not_join() -> None:
    a = account("a", name="东盟—俄罗斯外长会", level="ministerial", date_start="2019-08-02")
    b = account("b", name="东盟—俄罗斯外长会", level="ministerial", date_start="2020-09-10")
    assert match(b, linked(1, a)) is None


def test_an_undated_unnumbered_account_does_not_pick_one_instance_of_a_numbered_series() -> None:
    numbered = account("a", name="第十七次东盟—俄罗斯高官会", level="senior_officials",
                       ordinal=17, series=SOM_SERIES, date_start="2021-01-26")
    vague = account("b", name="东盟—俄罗斯高官会", level="senior_officials", series=SOM_SERIES)
    assert match(vague, linked(1, numbered)) is None


def test_an_undated_meeting_does_not_take_a_dated_instance_of_its_series() -> None:
    # The stored meeting came from an article that gave no date and no ordinal; a dated,
    # numbered report could be any instance of the series, so it starts its own meeting.
    vague = account("a", name="东盟—俄罗斯高官会", level="senior_officials", series=SOM_SERIES)
    numbered = account("b", name="第十七次东盟—俄罗斯高官会", level="senior_officials",
                       ordinal=17, series=SOM_SERIES, date_start="2021-01-26")
    assert match(numbered, linked(1, vague)) is None


def test_an_undated_account_with_only_a_loosely_similar_name_does_not_join() -> None:
    dated = account("a", name="东盟—俄罗斯外长会", level="ministerial", date_start="2020-09-10")
    undated = account("b", name="东盟—俄罗斯外长特别视频会议", level="ministerial")
    assert match(undated, linked(1, dated)) is None


def test_talks_and_a_phone_call_three_days_later_between_the_same_leaders_do_not_join() -> None:
    persons = frozenset({"person:wang-yi", "person:pham-binh-minh"})
    talks = account("a", kind="talks", format="in_person", parties=CHN_VNM, persons=persons,
                    date_start="2020-06-17")
    call = account("b", kind="call", format="phone", parties=CHN_VNM, persons=persons,
                   date_start="2020-06-20")
    assert match(call, linked(1, talks)) is None
    # Even a call dated only to the month is not the talks: a call joins only a call.
    vague_call = dataclasses.replace(call, date_start="2020-06", date_end="2020-06")
    assert match(vague_call, linked(1, talks)) is None


@pytest.mark.parametrize(("kind_a", "kind_b"), [("conference", "talks"), ("conference", "call"),
                                                ("conference", "visit"), ("talks", "call"),
                                                ("talks", "visit")])
def test_incompatible_kinds_do_not_join(kind_a: str, kind_b: str) -> None:
    a = account("a", kind=kind_a, date_start="2020-06-17")
    b = account("b", kind=kind_b, date_start="2020-06-17")
    assert match(b, linked(1, a)) is None
    assert match(a, linked(1, b)) is None


@pytest.mark.parametrize(("fmt_a", "fmt_b"), [("phone", "in_person"), ("virtual", "in_person")])
def test_clashing_formats_do_not_join(fmt_a: str, fmt_b: str) -> None:
    a = account("a", kind="talks", format=fmt_a, parties=CHN_VNM, date_start="2020-06-17")
    b = account("b", kind="talks", format=fmt_b, parties=CHN_VNM, date_start="2020-06-17")
    assert match(b, linked(1, a)) is None


def test_a_hybrid_meeting_reported_as_in_person_can_join() -> None:
    a = account("a", format="hybrid", level="summit", date_start="2020-11-12")
    b = account("b", format="in_person", level="summit", date_start="2020-11-12")
    assert joins(b, linked(1, a))


def test_different_series_do_not_join() -> None:
    amm = series_key(ASEAN_RUS, "ministerial", "conference")
    a = account("a", series=SOM_SERIES, date_start="2020-06-17")
    b = account("b", series=amm, date_start="2020-06-17")
    assert match(b, linked(1, a)) is None


def test_accounts_sharing_no_party_and_no_person_do_not_join() -> None:
    a = account("a", kind="talks", parties=CHN_VNM, date_start="2020-06-17")
    b = account("b", kind="talks", parties=frozenset({"state:LAO", "state:KHM"}),
                date_start="2020-06-17")
    assert match(b, linked(1, a)) is None


# ---- what scores too low ------------------------------------------------------------


def test_different_talks_of_one_minister_on_one_day_do_not_join() -> None:
    # Wang Yi met Lavrov, and the same day Pham Binh Minh; the second article's parties
    # miss Vietnam, so only the persons tell the two talks apart.
    lavrov = account("a", kind="talks", parties=frozenset({"state:CHN", "state:RUS"}),
                     persons=frozenset({"person:wang-yi", "person:sergey-lavrov"}),
                     date_start="2020-06-17")
    minh = account("b", kind="talks", parties=frozenset({"state:CHN"}),
                   persons=frozenset({"person:wang-yi", "person:pham-binh-minh"}),
                   date_start="2020-06-17")
    assert not joins(minh, linked(1, lavrov))


def test_talks_of_the_same_countries_by_other_people_on_one_day_do_not_join() -> None:
    ministers = account("a", kind="talks", parties=CHN_VNM, date_start="2020-06-17",
                        persons=frozenset({"person:wang-yi", "person:pham-binh-minh"}))
    premiers = account("b", kind="talks", parties=CHN_VNM, date_start="2020-06-17",
                       persons=frozenset({"person:li-keqiang", "person:nguyen-xuan-phuc"}))
    assert not joins(premiers, linked(1, ministers))


def test_a_recalled_month_without_level_and_a_different_name_does_not_join() -> None:
    # Another ASEAN-Russia meeting may fall in the same month: month + parties is not enough.
    recalled = account("b", name="东盟与俄罗斯对话会", format="virtual", date_start="2020-06",
                       reported=False)
    assert not joins(recalled, linked(1, SPECIAL_AMM))


def test_a_meeting_with_other_parties_in_the_same_month_does_not_join() -> None:
    china = account("c", name="中国—东盟外长特别会议", level="ministerial", format="virtual",
                    parties=frozenset({"org:ASEAN", "state:CHN"}), date_start="2020-06-12")
    assert not joins(SPECIAL_AMM_RECALLED, linked(1, china))


def test_agreeing_only_on_the_year_needs_a_near_identical_name() -> None:
    report = account("a", name="东盟—俄罗斯外长会", level="ministerial", format="virtual",
                     date_start="2020-09-10")
    same_name = account("b", name="东盟-俄罗斯外长会", level="ministerial", format="virtual",
                        date_start="2020")
    other_name = account("c", name="东盟—俄罗斯外长特别视频会议", level="ministerial",
                         format="virtual", date_start="2020")
    assert joins(same_name, linked(1, report))
    assert not joins(other_name, linked(1, report))


# ---- best ---------------------------------------------------------------------------


def test_best_is_none_when_nothing_reaches_the_threshold() -> None:
    assert best(SPECIAL_AMM_RECALLED, []) is None
    weak = account("x", name="东盟与俄罗斯对话会", format="virtual", date_start="2020-06")
    assert best(weak, [linked(1, SPECIAL_AMM)]) is None


def test_best_breaks_a_tie_by_the_lowest_id_whatever_the_order() -> None:
    twins = [linked(i, SPECIAL_AMM) for i in (7, 3, 5)]
    for order in itertools.permutations(twins):
        found = best(SPECIAL_AMM_RECALLED, order)
        assert found is not None and found[0].id == 3


def test_best_prefers_the_higher_score() -> None:
    month_only = linked(1, dataclasses.replace(SPECIAL_AMM, date_start="2020-06",
                                               date_end="2020-06", name=None))
    exact = linked(2, SPECIAL_AMM)
    found = best(SPECIAL_AMM_RECALLED, [month_only, exact])
    assert found is not None and found[0].id == 2

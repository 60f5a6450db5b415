"""Tests for summitry.link.reconcile: a linked meeting's fields from all its accounts."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from summitry.link.model import Account
from summitry.link.reconcile import NoAccountsError, reconcile
from summitry.link.series import series_key

ASEAN_RUS = frozenset({"org:ASEAN", "state:RUS"})


def account(doc: str, **fields: Any) -> Account:
    base: dict[str, Any] = dict(
        doc=doc, local_id="m1", lang="zh", name=None, kind="conference", format=None,
        level=None, ordinal=None, series=None, date_start=None, date_end=None,
        parties=ASEAN_RUS,
    )
    base.update(fields)
    return Account(**base)


def test_the_seed_meeting_reconciles_to_the_day_and_is_reported() -> None:
    report = account("a", name="东盟-俄罗斯抗击新冠肺炎疫情特别外长视频会议", format="virtual",
                     level="ministerial", date_start="--06-17", date_end="--06-17")
    recalled = account("b", name="东盟—俄罗斯应对新冠肺炎疫情外长级特别会议", format="virtual",
                       level="ministerial", date_start="2020-06", date_end="2020-06",
                       reported=False)
    fields = reconcile([recalled, report])
    assert (fields.date_start, fields.date_end) == ("2020-06-17", "2020-06-17")
    assert fields.reported is True
    assert fields.name == "东盟-俄罗斯抗击新冠肺炎疫情特别外长视频会议"
    assert (fields.kind, fields.format, fields.level) == ("conference", "virtual", "ministerial")
    assert fields.parties == ASEAN_RUS


def test_the_record_does_not_depend_on_the_order_accounts_arrive_in() -> None:
    accounts = [
        account("a", name="第十七次东盟—俄罗斯高官会", level="senior_officials", ordinal=17,
                date_start="2021-01-26", location="河内"),
        account("b", lang="en", name="17th ASEAN-Russia SOM", level="other",
                date_start="2021-01", format="virtual", location="Hanoi"),
        account("c", name="东盟—俄罗斯高官会", level="senior_officials", reported=False,
                persons=frozenset({"person:x"}), chairs=frozenset({"person:x"})),
        account("d", lang="en", name="ASEAN-Russia Senior Officials' Meeting",
                level="other", format="hybrid", date_start="--01-26"),
    ]
    results = {reconcile(list(p)) for p in itertools.permutations(accounts)}
    assert len(results) == 1


def test_a_reporting_account_names_the_meeting_even_when_a_recall_is_longer() -> None:
    fields = reconcile([
        account("a", name="东盟—俄罗斯外长会"),
        account("b", name="东盟—俄罗斯外长级特别会议暨视频会议", reported=False),
    ])
    assert fields.name == "东盟—俄罗斯外长会"


def test_the_longest_reporting_name_is_the_most_specific() -> None:
    fields = reconcile([
        account("a", name="东盟—俄罗斯高官会"),
        account("b", name="第十七次东盟—俄罗斯高官会"),
    ])
    assert fields.name == "第十七次东盟—俄罗斯高官会"


def test_recalled_names_are_used_when_no_report_has_one() -> None:
    fields = reconcile([account("a"), account("b", name="东盟—俄罗斯高官会", reported=False)])
    assert fields.name == "东盟—俄罗斯高官会"


def test_the_level_most_accounts_give_wins() -> None:
    fields = reconcile([
        account("a", level="ministerial"),
        account("b", level="ministerial"),
        account("c", level="summit"),
        account("d"),
    ])
    assert fields.level == "ministerial"


def test_a_tie_goes_to_the_value_a_reporting_account_gives() -> None:
    fields = reconcile([
        account("a", level="summit", reported=False),
        account("b", level="ministerial"),
    ])
    assert fields.level == "ministerial"


def test_a_tie_between_reporting_accounts_goes_to_the_first_in_sorted_order() -> None:
    fields = reconcile([account("b", ordinal=18), account("a", ordinal=17)])
    assert fields.ordinal == 17


@pytest.mark.parametrize("fmt", ["virtual", "hybrid"])
def test_a_known_format_beats_silence(fmt: str) -> None:
    fields = reconcile([account("a"), account("b"), account("c", format=fmt)])
    assert fields.format == fmt


def test_actors_are_the_union_of_all_accounts() -> None:
    fields = reconcile([
        account("a", parties=frozenset({"org:ASEAN"}), persons=frozenset({"person:a"}),
                chairs=frozenset({"person:a"})),
        account("b", parties=frozenset({"state:RUS"}), persons=frozenset({"person:b"})),
    ])
    assert fields.parties == ASEAN_RUS
    assert fields.persons == frozenset({"person:a", "person:b"})
    assert fields.chairs == frozenset({"person:a"})


def test_the_most_common_location_wins() -> None:
    fields = reconcile([
        account("a", location="Hanoi"),
        account("b", location="Hanoi"),
        account("c", location="Jakarta"),
        account("d"),
    ])
    assert fields.location == "Hanoi"


def test_a_meeting_only_recalled_is_not_reported() -> None:
    fields = reconcile([account("a", reported=False), account("b", reported=False)])
    assert fields.reported is False


def test_the_kind_is_the_one_most_accounts_give() -> None:
    fields = reconcile([
        account("a", kind="talks"),
        account("b", kind="negotiation"),
        account("c", kind="negotiation"),
    ])
    assert fields.kind == "negotiation"


def test_a_series_key_that_knows_the_level_beats_keys_that_do_not() -> None:
    known = series_key(ASEAN_RUS, "senior_officials", "conference")
    unknown = series_key(ASEAN_RUS, None, "conference")
    fields = reconcile([
        account("a", series=unknown),
        account("b", series=unknown),
        account("c", series=known, reported=False),
    ])
    assert fields.series == known


def test_no_accounts_is_an_error() -> None:
    with pytest.raises(NoAccountsError):
        reconcile([])

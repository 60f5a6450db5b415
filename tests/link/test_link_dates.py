"""Tests for summitry.link.dates: comparing and combining partial dates across accounts."""

from __future__ import annotations

import itertools

import pytest

from summitry.link.dates import Agreement, bounds, compatible, reconcile, refine_years

# ---- reconcile ----------------------------------------------------------------------


def test_month_and_year_of_one_account_and_day_of_another_make_a_full_day() -> None:
    assert reconcile([("2020-06", "2020-06"), ("--06-17", "--06-17")]) == (
        "2020-06-17",
        "2020-06-17",
    )


def test_reconcile_does_not_depend_on_the_order_of_accounts() -> None:
    dates = [("2020", None), ("--06-17", None), ("2020-06", "2020-06"), ("2020-06-18", None)]
    results = {reconcile(list(p)) for p in itertools.permutations(dates)}
    assert len(results) == 1


def test_a_missing_end_means_the_same_day_as_the_start() -> None:
    assert reconcile([("2021-01-26", None)]) == ("2021-01-26", "2021-01-26")


def test_dates_that_share_no_part_are_not_combined() -> None:
    # "2020" and "--06-17" do not agree (nothing to compare), so nothing says June 17 was
    # in 2020: the more precise date is kept, and no year is invented for it.
    assert reconcile([("2020", None), ("--06-17", None)]) == ("--06-17", "--06-17")


def test_a_date_that_bridges_two_others_lets_all_three_combine() -> None:
    assert reconcile([("2020", None), ("--06-17", None), ("2020-06", None)]) == (
        "2020-06-17",
        "2020-06-17",
    )


def test_the_date_most_accounts_agree_with_wins_a_conflict() -> None:
    # Two accounts support the 17th (one without the year), one says the 18th.
    assert reconcile([("2020-06-18", None), ("2020-06-17", None), ("--06-17", None)]) == (
        "2020-06-17",
        "2020-06-17",
    )


def test_an_even_conflict_keeps_only_the_parts_the_accounts_agree_on() -> None:
    assert reconcile([("2020-06-17", None), ("2020-06-18", None)]) == ("2020-06", "2020-06")


def test_an_even_conflict_on_the_month_drops_the_day_with_it() -> None:
    assert reconcile([("2020", None), ("2020-06", None), ("2020-07", None)]) == ("2020", "2020")


def test_a_support_tie_goes_to_the_more_precise_date() -> None:
    # Both agree with "2020" only; the day-precise one says more.
    assert reconcile([("2020", None), ("2020-06", None), ("2020-07-03", None)]) == (
        "2020-07-03",
        "2020-07-03",
    )


def test_a_multi_day_range_is_kept_when_a_month_account_agrees_with_it() -> None:
    assert reconcile([("2020-11", "2020-11"), ("2020-11-12", "2020-11-15")]) == (
        "2020-11-12",
        "2020-11-15",
    )


def test_a_range_gets_its_year_from_an_account_dated_to_the_month() -> None:
    assert reconcile([("--11-12", "--11-15"), ("2020-11", None)]) == ("2020-11-12", "2020-11-15")


def test_a_single_day_inside_a_range_keeps_the_range() -> None:
    assert reconcile([("2020-11-14", None), ("2020-11-12", "2020-11-15")]) == (
        "2020-11-12",
        "2020-11-15",
    )


def test_absent_and_unreadable_dates_are_ignored() -> None:
    assert reconcile([(None, None), ("soon", None), ("2020-11", None)]) == ("2020-11", "2020-11")
    assert reconcile([(None, None)]) == (None, None)
    assert reconcile([]) == (None, None)


@pytest.mark.parametrize("value", ["2021-01-26", "2020-11", "--06-17", "2020"])
def test_a_single_date_comes_back_in_its_contract_form(value: str) -> None:
    assert reconcile([(value, value)]) == (value, value)


# ---- bounds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2020-06", None, ("2020-06-01", "2020-06-30")),
        ("2020", None, ("2020-01-01", "2020-12-31")),
        ("2020-02", "2020-02", ("2020-02-01", "2020-02-29")),
        ("2021-02", None, ("2021-02-01", "2021-02-28")),
        ("2021-01-26", None, ("2021-01-26", "2021-01-26")),
        ("2020-11-12", "2020-11-15", ("2020-11-12", "2020-11-15")),
        ("2020-12-30", "--01-02", ("2020-12-30", "2021-01-02")),
    ],
)
def test_bounds_are_the_first_and_last_day_the_date_can_mean(
    start: str, end: str | None, expected: tuple[str, str]
) -> None:
    assert bounds(start, end) == expected


@pytest.mark.parametrize("start", [None, "--06-17", "--06", "not a date"])
def test_bounds_are_none_without_a_year(start: str | None) -> None:
    assert bounds(start, None) is None


# ---- compatible ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("2021-01-26", None), ("2021-01-26", "2021-01-26"), Agreement.DAY),
        (("--06-17", None), ("2020-06-17", None), Agreement.DAY),
        (("2020-06", None), ("2020-06-17", None), Agreement.MONTH),
        (("2020-06", None), ("--06-17", None), Agreement.MONTH),
        (("2020", None), ("2020-06-17", None), Agreement.YEAR),
        (("2020", None), ("--06-17", None), Agreement.NO_COMMON_PART),
        ((None, None), ("2020-06-17", None), Agreement.UNKNOWN),
        (("2020-06-17", None), ("2020-06-20", None), Agreement.CONFLICT),
        (("2021-06-17", None), ("2020-06-17", None), Agreement.CONFLICT),
        (("2020-07", None), ("--06-17", None), Agreement.CONFLICT),
        (("2020-11-12", "2020-11-15"), ("2020-11-14", None), Agreement.DAY),
        (("2020-11-12", "2020-11-15"), ("2020-11-16", None), Agreement.CONFLICT),
        (("2020-12-30", "2021-01-02"), ("2021", None), Agreement.YEAR),
    ],
)
def test_compatible_says_how_far_two_dates_agree(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], expected: Agreement
) -> None:
    assert compatible(*a, *b) is expected
    assert compatible(*b, *a) is expected


def test_only_shared_matching_parts_count_as_agreement() -> None:
    assert Agreement.DAY.agrees and Agreement.MONTH.agrees and Agreement.YEAR.agrees
    assert not Agreement.NO_COMMON_PART.agrees
    assert not Agreement.UNKNOWN.agrees
    assert not Agreement.CONFLICT.agrees


# ---- a reasoned year gives way to one another article read --------------------------------
@pytest.mark.parametrize(("dates", "expected"), [
    # the weekday-and-tenure year yields to a stated one: month and day still count
    ([("2017-05-11", None, "weekday"), ("2018-05", None, "stated")],
     [("--05-11", None), ("2018-05", None)]),
    # a published year is firm too; an anniversary's is reasoned
    ([("2021-07-06", "2021-07-07", "anniversary"), ("2020-07-06", None, "published")],
     [("--07-06", "--07-07"), ("2020-07-06", None)]),
    # agreeing years, and accounts without a basis (older rows), are left alone
    ([("2017-05-11", None, "tenure"), ("2017-05", None, "stated")],
     [("2017-05-11", None), ("2017-05", None)]),
    ([("2019-07-31", None, "context"), ("--07-31", None, None)],
     [("2019-07-31", None), ("--07-31", None)]),
    # two reasoned years and no firm one: nothing to refine (reconcile contests them)
    ([("2016-05-11", None, "weekday"), ("2017-05-11", None, "tenure")],
     [("2016-05-11", None), ("2017-05-11", None)]),
])
def test_refine_years(dates, expected):
    assert refine_years(dates) == expected


def test_a_stated_year_refines_the_reconciled_date():
    refined = refine_years([("2017-05-11", None, "weekday"), ("2018-05", None, "stated")])
    assert reconcile(refined)[0] == "2018-05-11"

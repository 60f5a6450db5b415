"""Chart geometry: months and years without gaps, offices on a time axis."""

from __future__ import annotations

from datetime import date

from summitry.store.results import Office
from summitry.web.charts import HEIGHT, month_bars, office_bars, year_bars


def test_months_run_from_first_to_last_with_empty_months_kept():
    chart = month_bars({"2019-11": 1, "2021-02": 3, "undated": 4})
    assert len(chart.bars) == 16
    assert [b.label for b in chart.bars][:3] == ["2019-11", "2019-12", "2020-01"]
    assert [b.count for b in chart.bars][:3] == [1, 0, 0] and chart.bars[-1].count == 3
    assert chart.peak == 3
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.label == "2021-02" and tallest.y + tallest.height <= HEIGHT


def test_no_dated_meetings_make_no_chart():
    assert month_bars({"undated": 2}).bars == ()
    assert year_bars({}).bars == ()


def test_years_fill_the_gaps():
    chart = year_bars({"2015": 1, "2021": 2, "undated": 1})
    assert [b.label for b in chart.bars] == [str(y) for y in range(2015, 2022)]


def test_a_short_span_is_shown_with_the_months_or_years_before_it():
    months = month_bars({"2023-05": 2})
    assert len(months.bars) == 12 and months.bars[0].label == "2022-06"
    assert [b.count for b in months.bars] == [0] * 11 + [2]
    assert [n for _, n in months.scale] == [0, 1, 2]  # a scale with round steps
    assert months.bars[-1].y == months.scale[-1][0]  # the tallest bar reaches its line
    assert [b.label for b in year_bars({"2023": 1}).bars] == [str(y) for y in range(2019, 2024)]


def test_offices_lie_on_one_axis_and_a_current_office_runs_to_today():
    offices = [Office("Deputy Minister", "VNM", "2016-04", "2021-04"),
               Office("Minister of Foreign Affairs", "VNM", "2021-04", None),
               Office("Adviser", None, None, None)]  # no start: not drawn
    chart = office_bars(offices, today=date(2025, 1, 1))
    assert [b.office.title for b in chart.bars] == ["Deputy Minister",
                                                    "Minister of Foreign Affairs"]
    first, second = chart.bars
    assert first.x == 0 and abs(first.x + first.width - second.x) < 0.01
    assert second.x + second.width <= chart.width
    assert next(t for _, t in chart.ticks) == "2017"  # the first whole year on the axis


def test_the_month_axis_starts_at_the_first_year_met_and_counts_year_only_dates():
    chart = month_bars({"2023-05": 2}, {"2021": 1, "2023": 2})
    assert chart.bars[0].label == "2021-01"  # the 2021 meeting is not off the left edge
    assert chart.unplaced == 1  # dated to the year only: said under the chart


def test_the_scale_uses_round_steps_and_covers_the_peak():
    from summitry.web.charts import nice_steps

    assert nice_steps(1) == [0, 1]
    assert nice_steps(3) == [0, 1, 2, 3]
    assert nice_steps(7) == [0, 2, 4, 6, 8]
    assert nice_steps(13) == [0, 5, 10, 15]
    assert nice_steps(260) == [0, 100, 200, 300]


def test_labels_stay_inside_the_chart():
    chart = month_bars({f"2020-{m:02d}": m for m in range(1, 13)} | {"2021-03": 1})
    assert chart.ticks[-1][1] == "2021-03"  # the last month is labelled
    assert all(x + 40 <= chart.width for x, _ in chart.ticks)  # a YYYY-MM label fits

"""Tests for summitry.nlp.dates: what each kind of time expression is read as.

Every sentence here was written for these tests in the style of VNA's Chinese service,
Xinhua, People's Daily and English wire copy; none is copied from an article.

Decisions pinned here (and documented in the modules):
- 2月29日 read against a common year: the nearest leap year in the clause's direction,
  with a warning ("2月29日 does not exist in 2023 ...").
- Impossible dates (4月31日, 2023年2月29日) keep their span, get value None and a warning.
- Without an anchor nothing is guessed: "--06-17", "--06", or None for a weekday/relative.
- A bare sexagenary year without an anchor is read in the 1984-2043 cycle, with a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from summitry.nlp.dates import Anchor, TimeExpression, find_times, parse_stamp

ANY = object()


@dataclasses.dataclass(frozen=True)
class Row:
    """One expectation: in `text`, the expression whose text is `span` reads as `value`."""

    name: str
    text: str
    lang: str
    anchor: str | None
    span: str
    value: str | None
    end_value: object = ANY
    precision: object = ANY
    kind: object = ANY
    resolution: object = ANY
    part_of_day: object = ANY
    warning: str | None = None  # a substring one of the warnings must contain
    note: str | None = None  # a substring the note must contain


ROWS: list[Row] = [
    # --- absolute, Chinese -------------------------------------------------------------
    Row("zh_full_date", "第十八次东盟—日本高官会于2021年1月26日以视频方式举行。", "zh", None,
        "2021年1月26日", "2021-01-26", None, "day", "date", "absolute"),
    Row("zh_year_month", "双方商定于2021年1月在河内举行磋商。", "zh", None,
        "2021年1月", "2021-01", None, "month", "date", "absolute"),
    Row("zh_year_only", "2021年是两国建交的重要年份。", "zh", None,
        "2021年", "2021", None, "year", "date", "absolute"),
    Row("zh_chinese_numerals_day", "会议于二〇二一年一月二十六日在万象开幕。", "zh", None,
        "二〇二一年一月二十六日", "2021-01-26", precision="day"),
    Row("zh_chinese_numerals_month", "该机制成立于二〇二〇年十一月。", "zh", None,
        "二〇二〇年十一月", "2020-11", precision="month"),
    Row("zh_fullwidth_digits", "新华社河内２０２１年１月２６日电", "zh", None,
        "２０２１年１月２６日", "2021-01-26"),
    Row("zh_spaced_digits_day", "越南国家主席4 月 14 日会见了来访的老挝客人。", "zh", None,
        "4 月 14 日", "--04-14"),
    Row("zh_spaced_year_month", "该项目将于2024 年8 月竣工。", "zh", None,
        "2024 年8 月", "2024-08", precision="month"),
    Row("zh_iso_in_text", "发布时间为2024-08-01的公告显示", "zh", None, "2024-08-01", "2024-08-01"),
    Row("zh_slash_in_text", "截至2024/08/01，双边贸易额稳步增长。", "zh", None,
        "2024/08/01", "2024-08-01"),
    Row("zh_hao_as_day", "代表团将于5月8号抵达北京。", "zh", None, "5月8号", "--05-08"),
    # --- partial, anchored -------------------------------------------------------------
    Row("zh_month_day_anchored", "东盟各国外长6月17日同俄罗斯外长举行视频会议。", "zh",
        "2020-06-18", "6月17日", "2020-06-17", None, "day", "date", "anchored"),
    Row("zh_month_day_no_anchor_not_guessed", "东盟各国外长6月17日出席会议。", "zh", None,
        "6月17日", "--06-17", None, "day", "date"),
    Row("zh_day_only_anchor_month", "越南政府总理17日会见日本驻越大使。", "zh", "2021-01-26",
        "17日", "2021-01-17", precision="day", resolution="anchored"),
    Row("zh_day_only_previous_month", "外交部发言人30日表示，中方欢迎各方努力。", "zh",
        "2021-02-02", "30日", "2021-01-30"),
    Row("zh_day_only_follows_text_date", "代表团于2020年11月3日抵达，5日离开。", "zh",
        "2021-06-01", "5日", "2020-11-05", note="month from the date before it"),
    Row("zh_day_only_without_anchor_has_no_value", "越南政府总理17日会见日本大使。", "zh",
        None, "17日", None, precision="day"),
    Row("zh_afternoon", "2月7日下午，两国外长在河内举行会谈。", "zh", "2021-02-08",
        "2月7日下午", "2021-02-07", part_of_day="afternoon"),
    Row("zh_evening_wan", "2月16日晚，国家主席出席招待会。", "zh", "2021-02-17",
        "2月16日晚", "2021-02-16", part_of_day="evening"),
    Row("zh_missing_ri_before_morning", "8月1上午，越南国会主席会见老挝客人。", "zh",
        "2024-08-02", "8月1上午", "2024-08-01", part_of_day="morning"),
    Row("zh_day_only_morning", "18日上午，双方签署合作文件。", "zh", "2021-03-19",
        "18日上午", "2021-03-18", part_of_day="morning"),
    # --- relative, Chinese --------------------------------------------------------------
    Row("zh_yesterday", "外交部发言人昨天表示欢迎。", "zh", "2021-01-26",
        "昨天", "2021-01-25", kind="relative", resolution="relative"),
    Row("zh_zuori", "国务院总理昨日会见了来访的客人。", "zh", "2021-03-01",
        "昨日", "2021-02-28", kind="relative"),
    Row("zh_today_morning", "国家主席今天上午在人民大会堂会见外宾。", "zh", "2021-01-26",
        "今天上午", "2021-01-26", part_of_day="morning", kind="relative"),
    Row("zh_jinri", "今日，两国签署了联合声明。", "zh", "2021-01-26", "今日", "2021-01-26"),
    Row("zh_this_month", "本月两国将举行战略对话。", "zh", "2021-01-26",
        "本月", "2021-01", precision="month", kind="relative"),
    Row("zh_last_month", "上月双方已就此交换意见。", "zh", "2021-01-26", "上月", "2020-12"),
    Row("zh_next_week", "中方代表团下周访问越南。", "zh", "2021-01-27",
        "下周", "2021-02-01", "2021-02-07", "week", "relative"),
    Row("zh_next_week_weekday", "中方拟于下周二派团访问越南。", "zh", "2024-08-02",
        "下周二", "2024-08-06"),
    Row("zh_this_year_month", "峰会将于今年10月在雅加达举行。", "zh", "2021-01-26",
        "今年10月", "2021-10", precision="month", kind="relative", resolution="relative"),
    Row("zh_next_year_month", "东盟峰会定于明年9月举行。", "zh", "2021-01-26",
        "明年9月", "2022-09", kind="relative"),
    Row("zh_last_year", "两国贸易额去年增长百分之十。", "zh", "2021-01-26",
        "去年", "2020", precision="year", kind="relative"),
    Row("zh_this_year_month_without_anchor", "峰会将于今年10月举行。", "zh", None,
        "今年10月", "--10", precision="month"),
    Row("zh_relative_without_anchor_has_no_value", "外交部发言人昨天表示。", "zh", None,
        "昨天", None, kind="relative"),
    # --- tense and year boundaries --------------------------------------------------------
    Row("zh_december_read_in_january_is_last_year", "12月31日，两国外长通电话。", "zh",
        "2021-01-10", "12月31日", "2020-12-31"),
    Row("zh_future_marker_crosses_year", "第二轮磋商将于1月5日在北京举行。", "zh",
        "2021-12-20", "1月5日", "2022-01-05"),
    Row("zh_jiang_january_2_in_late_december", "两国领导人将于1月2日通电话。", "zh",
        "2023-12-28", "1月2日", "2024-01-02"),
    Row("zh_past_marker_keeps_this_year", "双方曾于11月3日举行会谈。", "zh", "2021-11-20",
        "11月3日", "2021-11-03"),
    Row("zh_past_le_reads_backwards", "1月5日两国签署了协议。", "zh", "2021-12-20",
        "1月5日", "2021-01-05"),
    Row("zh_nearest_without_tense", "6月1日，两国外长会晤。", "zh", "2021-05-25",
        "6月1日", "2021-06-01"),
    Row("zh_planned_month_future", "会议计划于3月举行。", "zh", "2021-11-20", "3月", "2022-03"),
    # --- leap years and month ends ---------------------------------------------------------
    Row("zh_leap_day_in_leap_year", "双方2月29日举行会谈。", "zh", "2024-03-02",
        "2月29日", "2024-02-29"),
    Row("zh_leap_day_in_common_year_warns", "双方2月29日举行会谈。", "zh", "2023-05-01",
        "2月29日", "2024-02-29", warning="does not exist in 2023"),
    Row("zh_leap_day_past_in_common_year", "双方曾于2月29日举行会谈。", "zh", "2023-05-01",
        "2月29日", "2020-02-29", warning="nearest leap year 2020"),
    Row("zh_explicit_leap_day_invalid_year", "2023年2月29日", "zh", None,
        "2023年2月29日", None, warning="invalid date 2023-02-29"),
    Row("zh_april_31_is_invalid", "代表团4月31日抵达。", "zh", None,
        "4月31日", None, warning="invalid date --04-31"),
    Row("zh_month_end_31_valid", "会议于2021年12月31日闭幕。", "zh", None,
        "2021年12月31日", "2021-12-31"),
    # --- ranges, Chinese ---------------------------------------------------------------------
    Row("zh_range_days", "第五十四届东盟外长会议于2月2日至6日举行。", "zh", "2021-01-20",
        "2月2日至6日", "2021-02-02", "2021-02-06", "day", "range"),
    Row("zh_range_6_19_21", "论坛于6月19日至21日在河内举行。", "zh", "2021-06-22",
        "6月19日至21日", "2021-06-19", "2021-06-21", kind="range"),
    Row("zh_range_12_19_21", "展会于12月19日至21日举办。", "zh", "2021-12-01",
        "12月19日至21日", "2021-12-19", "2021-12-21"),
    Row("zh_range_with_year", "会议于2025年12月1日至2日举行。", "zh", None,
        "2025年12月1日至2日", "2025-12-01", "2025-12-02", kind="range", resolution="absolute"),
    Row("zh_range_10_9_10", "双方10月9日至10日举行第三轮磋商。", "zh", "2021-10-11",
        "10月9日至10日", "2021-10-09", "2021-10-10"),
    Row("zh_range_across_months", "访问于9月30日至10月2日进行。", "zh", "2021-09-20",
        "9月30日至10月2日", "2021-09-30", "2021-10-02"),
    Row("zh_range_across_year_end", "年会于2021年12月30日至1月2日举行。", "zh", None,
        "2021年12月30日至1月2日", "2021-12-30", "2022-01-02"),
    Row("zh_range_dash_without_first_ri", "博览会6月19-21日举行。", "zh", None,
        "6月19-21日", "--06-19", "--06-21"),
    Row("zh_range_no_anchor", "会议于2月2日至6日举行。", "zh", None,
        "2月2日至6日", "--02-02", "--02-06"),
    # --- lunar ---------------------------------------------------------------------------------
    Row("zh_lunar_cyclical_year", "（农历乙巳年腊月二十九）", "zh", "2026-02-10",
        "农历乙巳年腊月二十九", "2026-02-16", resolution="lunar"),
    Row("zh_lunar_bingwu_new_year", "农历丙午年正月初一", "zh", None,
        "农历丙午年正月初一", "2026-02-17", resolution="lunar"),
    Row("zh_lunar_gregorian_year", "2026年农历大年初一，各地举行庆祝活动。", "zh", None,
        "2026年农历大年初一", "2026-02-17", resolution="lunar"),
    Row("zh_lunar_no_year_uses_anchor", "农历腊月二十九，大使馆举办招待会。", "zh", "2026-01-20",
        "农历腊月二十九", "2026-02-16", resolution="lunar"),
    Row("zh_lunar_zhengyue_chuyi", "农历正月初一，侨胞欢聚一堂。", "zh", "2026-02-01",
        "农历正月初一", "2026-02-17"),
    Row("zh_lunar_danian_chuyi", "大年初一，国家主席看望基层干部。", "zh", "2026-02-18",
        "大年初一", "2026-02-17"),
    Row("zh_lunar_chuxi_29_day_month", "除夕夜，越南驻华使馆举行招待会。", "zh", "2026-02-10",
        "除夕", "2026-02-16"),
    Row("zh_lunar_without_year_or_anchor", "农历腊月二十九", "zh", None,
        "农历腊月二十九", None, warning="needs an anchor"),
    Row("zh_lunar_disagrees_with_gregorian", "2月14日上午(2026年农历大年初一)，主席发表讲话。",
        "zh", "2026-02-14", "2026年农历大年初一", "2026-02-17",
        warning="lunar date 2026-02-17 disagrees with 2026-02-14"),
    Row("zh_gregorian_gets_lunar_disagreement_too", "2月14日上午(2026年农历大年初一)。", "zh",
        "2026-02-14", "2月14日上午", "2026-02-14",
        warning="lunar date 2026-02-17 disagrees with 2026-02-14"),
    Row("zh_lunar_agreeing_supplies_year", "2月16日（农历乙巳年腊月二十九）", "zh", None,
        "2月16日", "2026-02-16", note="year from the lunar date"),
    Row("zh_lunar_month_30_missing_warns", "农历乙巳年腊月三十", "zh", None,
        "农历乙巳年腊月三十", None, warning="has no day 30"),
    # --- typos ---------------------------------------------------------------------------------
    Row("zh_typo_617_supported_by_text", "外长6月17日出席会议。越通社河内——外长617日同俄方会谈。",
        "zh", None, "617日", "--06-17", resolution="repaired", note="read 617日 as 6月17日"),
    Row("zh_typo_617_supported_by_anchor", "外长617日同俄罗斯外长出席视频会议。", "zh",
        "2020-06-18", "617日", "2020-06-17", resolution="repaired",
        note="read 617日 as 6月17日"),
    Row("zh_typo_326_afternoon", "326日下午，总理会见外宾。总理3月26日还出席了论坛。", "zh",
        None, "326日下午", "--03-26", part_of_day="afternoon", resolution="repaired",
        note="read 326日 as 3月26日"),
    Row("zh_typo_unsupported_has_no_value", "外长617日出席视频会议。", "zh", "2020-09-01",
        "617日", None, warning="unreadable day"),
    # --- not dates ------------------------------------------------------------------------------
    Row("zh_plan_period", "落实《2016-2020年行动计划》。", "zh", None,
        "2016-2020年", None, kind="period", note="2016-2020"),
    Row("zh_plan_period_in_brackets", "东盟共同体愿景（2021-2025年）", "zh", None,
        "2021-2025年", None, kind="period"),
    Row("zh_plan_period_long", "2011-2025年发展战略", "zh", None, "2011-2025年", None,
        kind="period"),
    Row("zh_anniversary_no_value", "庆祝两国建交30周年。", "zh", None, "30周年", None,
        kind="anniversary"),
    Row("zh_anniversary_55", "纪念东盟成立55周年", "zh", None, "55周年", None, kind="anniversary"),
    Row("zh_duration_no_value", "访问为期3天。", "zh", "2021-01-01", "3天", None, kind="duration"),
    Row("zh_decade", "20世纪90年代两国关系正常化。", "zh", None, "20世纪90年代", "199",
        precision="decade"),
    # --- English absolute ------------------------------------------------------------------------
    Row("en_day_month_year", "The 17th ASEAN-Japan SOM was held on 26 January 2021.", "en", None,
        "26 January 2021", "2021-01-26", None, "day", "date", "absolute"),
    Row("en_abbrev_month_dot", "HANOI, Jan. 26, 2021 (Xinhua) -- Vietnam said", "en", None,
        "Jan. 26, 2021", "2021-01-26"),
    Row("en_month_day_year", "talks held on January 26, 2021 in Hanoi", "en", None,
        "January 26, 2021", "2021-01-26"),
    Row("en_month_day_no_anchor", "The ministers met on January 26 in Jakarta.", "en", None,
        "January 26", "--01-26"),
    Row("en_month_day_anchored_past", "The ministers met on December 30 in Jakarta.", "en",
        "2021-01-05", "December 30", "2020-12-30", resolution="anchored"),
    Row("en_month_year", "The mechanism was set up in November 2020.", "en", None,
        "November 2020", "2020-11", precision="month"),
    Row("en_in_year", "Bilateral trade grew 5 percent in 2021.", "en", None,
        "2021", "2021", precision="year"),
    Row("en_iso_in_text", "Posted 2024-08-01 by the ministry", "en", None, "2024-08-01",
        "2024-08-01"),
    Row("en_weekday_and_date", "Thursday, June 20, 2024", "en", None,
        "Thursday, June 20, 2024", "2024-06-20"),
    Row("en_weekday_and_date_disagree", "Monday, June 20, 2024", "en", None,
        "Monday, June 20, 2024", "2024-06-20", warning="not the weekday"),
    # --- English partial and relative -------------------------------------------------------------
    Row("en_on_tuesday_past", "Foreign ministers met on Tuesday in Vientiane.", "en",
        "2021-01-28", "Tuesday", "2021-01-26", precision="day", resolution="anchored"),
    Row("en_on_tuesday_future", "Foreign ministers will meet on Tuesday in Vientiane.", "en",
        "2021-01-28", "Tuesday", "2021-02-02"),
    Row("en_on_tuesday_no_anchor", "Foreign ministers met on Tuesday.", "en", None,
        "Tuesday", None, precision="day", note="weekday without an anchor"),
    Row("en_said_tuesday_will_friday", "Lavrov said on Tuesday that talks will be held on Friday.",
        "en", "2021-01-27", "Friday", "2021-01-29"),
    Row("en_said_tuesday_past", "Lavrov said on Tuesday that talks will be held on Friday.",
        "en", "2021-01-27", "Tuesday", "2021-01-26"),
    Row("en_last_tuesday_never_today", "The envoy arrived last Tuesday.", "en", "2021-01-26",
        "last Tuesday", "2021-01-19"),
    Row("en_this_morning", "The Prime Minister received the delegation this morning.", "en",
        "2021-01-26", "this morning", "2021-01-26", part_of_day="morning", kind="relative"),
    Row("en_yesterday", "The two leaders spoke by phone yesterday.", "en", "2021-01-26",
        "yesterday", "2021-01-25"),
    Row("en_last_week", "Officials met in Bangkok last week.", "en", "2021-01-27",
        "last week", "2021-01-18", "2021-01-24", "week"),
    Row("en_next_month", "The summit is scheduled to open next month.", "en", "2021-01-27",
        "next month", "2021-02", precision="month"),
    Row("en_last_year", "Trade rose 8 percent last year.", "en", "2021-01-27",
        "last year", "2020", precision="year"),
    Row("en_earlier_this_year", "The two sides met earlier this year.", "en", "2021-06-27",
        "earlier this year", "2021", precision="year", note="earlier this year"),
    Row("en_early_this_year", "The plan was adopted early this year.", "en", "2021-06-27",
        "early this year", "2021", precision="year"),
    Row("en_in_may_past", "In May, the ministers were in Hanoi.", "en", "2022-03-01",
        "May", "2021-05", precision="month"),
    # --- English ranges ---------------------------------------------------------------------------
    Row("en_range_day_day_month", "The drills took place on 26-27 July.", "en", "2021-08-01",
        "26-27 July", "2021-07-26", "2021-07-27", "day", "range"),
    Row("en_range_month_day_day", "The forum ran July 26-27 in Manila.", "en", None,
        "July 26-27", "--07-26", "--07-27", kind="range"),
    Row("en_range_from_to", "The meeting will take place from 12 to 15 November.", "en",
        "2021-10-01", "12 to 15 November", "2021-11-12", "2021-11-15", kind="range"),
    Row("en_range_september", "AMM-53 was held September 9-12, 2020 online.", "en", None,
        "September 9-12, 2020", "2020-09-09", "2020-09-12"),
    Row("en_range_from_september", "Delegates gather from September 9-12 in Hanoi.", "en",
        None, "September 9-12", "--09-09", "--09-12"),
    Row("en_range_and_slated", "The forum, slated for January 16 and 17, will be held in Hanoi.",
        "en", "2021-12-20", "January 16 and 17", "2022-01-16", "2022-01-17", kind="range"),
    Row("en_range_across_months", "The visit lasts from 30 September to 2 October 2021.", "en",
        None, "30 September to 2 October 2021", "2021-09-30", "2021-10-02"),
    # --- English not dates -------------------------------------------------------------------------
    Row("en_period", "under the 2016-2020 plan", "en", None, "2016-2020", None, kind="period"),
    Row("en_anniversary", "marking the 30th anniversary of ties", "en", None,
        "30th anniversary", None, kind="anniversary"),
    Row("en_decade", "relations warmed in the 1990s", "en", None, "1990s", "199",
        precision="decade"),
]


NEGATIVES: list[tuple[str, str, str]] = [
    ("zh_ordinal_session", "第十七次东盟—俄罗斯高官会以线上方式召开。", "zh"),
    ("zh_ordinal_edition", "第23届东盟峰会在文莱举行。", "zh"),
    ("zh_g20_and_counts", "G20峰会期间约2 万人参加活动，投资额达100亿美元。", "zh"),
    ("zh_clock_time_alone", "发布时间 18:56", "zh"),
    ("zh_covid", "COVID-19疫情持续蔓延。", "zh"),
    ("zh_yen_is_not_a_day", "援助金额为115日元和500日元。", "zh"),
    ("zh_year_digits_before_japan", "2017日本外相访华。", "zh"),
    ("zh_russia_today_is_a_channel", "今日俄罗斯电视台报道了会谈。", "zh"),
    ("en_resolution_number", "under UN Security Council Resolution 2254,", "en"),
    ("en_covid_and_amm", "COVID-19 dominated AMM-53 and the G20 agenda.", "en"),
    ("en_ordinals", "the 13th and 40th meetings", "en"),
    ("en_may_as_verb", "Officials may meet again. May I add", "en"),
    ("en_clock_time", "Updated 18:56 GMT+7", "en"),
]


def _find(row: Row) -> TimeExpression:
    anchor = Anchor(dt.date.fromisoformat(row.anchor)) if row.anchor else None
    found = find_times(row.text, row.lang, anchor)
    matching = [e for e in found if e.text == row.span]
    assert matching, f"{row.span!r} not found; got {[e.text for e in found]}"
    return matching[0]


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_time_expression_reads_as_expected(row: Row) -> None:
    expr = _find(row)
    assert expr.value == row.value
    checks: dict[str, Any] = {
        "end_value": row.end_value, "precision": row.precision, "kind": row.kind,
        "resolution": row.resolution, "part_of_day": row.part_of_day,
    }
    for name, expected in checks.items():
        if expected is not ANY:
            assert getattr(expr, name) == expected, name
    if row.warning is not None:
        assert any(row.warning in w for w in expr.warnings), expr.warnings
    if row.note is not None:
        assert expr.note is not None and row.note in expr.note, expr.note


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_offsets_slice_back_to_the_text(row: Row) -> None:
    anchor = Anchor(dt.date.fromisoformat(row.anchor)) if row.anchor else None
    for expr in find_times(row.text, row.lang, anchor):
        assert 0 <= expr.start < expr.end <= len(row.text)
        assert row.text[expr.start:expr.end] == expr.text


@pytest.mark.parametrize(("name", "text", "lang"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_non_dates_get_no_date_value(name: str, text: str, lang: str) -> None:
    anchor = Anchor(dt.date(2021, 6, 1))
    dated = [e for e in find_times(text, lang, anchor)
             if e.value is not None and e.kind in ("date", "range", "relative")]
    assert dated == [], name


def test_no_anchor_never_guesses_a_year() -> None:
    text = "外长6月17日出席会议，代表团2月7日下午抵达，12月31日离开。"
    values = [e.value for e in find_times(text, "zh")]
    assert values == ["--06-17", "--02-07", "--12-31"]


def test_lunar_reading_is_attached_to_lunar_expressions_only() -> None:
    found = find_times("2月16日（农历乙巳年腊月二十九）", "zh")
    lunar = [e.lunar for e in found]
    assert lunar[0] is None
    assert lunar[1] is not None
    assert (lunar[1].year, lunar[1].month, lunar[1].day) == (2025, 12, 29)
    assert lunar[1].cyclical == "乙巳"


def test_expressions_are_returned_in_text_order() -> None:
    found = find_times("12日，3月5日，2021年，昨天", "zh", Anchor(dt.date(2021, 3, 20)))
    starts = [e.start for e in found]
    assert starts == sorted(starts) and len(found) == 4


def test_unsupported_language_is_an_error_not_an_empty_list() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        find_times("ngày 26 tháng 1", "vi")


def test_anchor_and_expression_are_frozen() -> None:
    expr = find_times("2021年1月26日", "zh")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.value = "x"  # type: ignore[misc]
    anchor = Anchor(dt.date(2021, 1, 1), "dateline")
    with pytest.raises(dataclasses.FrozenInstanceError):
        anchor.source = "text"  # type: ignore[misc]


def test_offsets_hold_over_a_long_mixed_text() -> None:
    text = "".join(r.text for r in ROWS if r.lang == "zh") * 3
    for expr in find_times(text, "zh", Anchor(dt.date(2021, 6, 1))):
        assert text[expr.start:expr.end] == expr.text


STAMPS = [
    ("2024/08/01, 18:56 (GMT+7)", dt.date(2024, 8, 1)),
    ("• 2024-06-20 21:19", dt.date(2024, 6, 20)),
    ("Thứ Năm, 20/06/2024 21:19", dt.date(2024, 6, 20)),
    ("Monday, June 20, 2024 21:19", dt.date(2024, 6, 20)),
    ("发布时间：2024-06-20 09:12", dt.date(2024, 6, 20)),
    ("2024年06月20日 09:12", dt.date(2024, 6, 20)),
    ("Updated: 13/11/2022 10:15", dt.date(2022, 11, 13)),
    ("Cập nhật: 05/03/2023", dt.date(2023, 3, 5)),
    ("20 June 2024 | 09:00", dt.date(2024, 6, 20)),
    ("发布时间：２０２４－０６－２０", dt.date(2024, 6, 20)),
    ("no stamp here", None),
    ("31/02/2024 10:00", None),
]


@pytest.mark.parametrize(("stamp", "expected"), STAMPS, ids=[s for s, _ in STAMPS])
def test_parse_stamp_reads_day_first_unless_year_first(stamp: str, expected: dt.date | None
                                                         ) -> None:
    assert parse_stamp(stamp) == expected


def test_a_future_date_just_before_publication_is_the_same_occurrence():
    from summitry.nlp.dates import Anchor, find_times

    text = "The retreat is slated for January 16 and 17."
    found = find_times(text, "en", Anchor(__import__("datetime").date(2020, 1, 17), "metadata"))
    assert found[0].value == "2020-01-16"

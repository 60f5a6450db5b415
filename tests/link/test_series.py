"""Tests for summitry.link.series: series keys across languages, names without ordinals."""

from __future__ import annotations

import pytest

from summitry.link.series import same_series, series_key, series_level, series_name


def test_chinese_and_english_names_of_one_series_give_one_key() -> None:
    # 第十七次东盟—俄罗斯高官会 names ASEAN then Russia; the English name's parties may come
    # in another order: the key sorts them.
    zh = series_key(["org:ASEAN", "state:RUS"], "senior_officials", "conference")
    en = series_key(["state:RUS", "org:ASEAN", "state:RUS"], "senior_officials", "conference")
    assert zh == en == "conference|senior_officials|org:ASEAN+state:RUS"


def test_different_levels_or_parties_give_different_series() -> None:
    som = series_key(["org:ASEAN", "state:RUS"], "senior_officials", "conference")
    amm = series_key(["org:ASEAN", "state:RUS"], "ministerial", "conference")
    china = series_key(["org:ASEAN", "state:CHN"], "senior_officials", "conference")
    assert not same_series(som, amm)
    assert not same_series(som, china)


def test_an_unknown_level_matches_any_level_of_the_same_series() -> None:
    known = series_key(["org:ASEAN", "state:RUS"], "senior_officials", "conference")
    unknown = series_key(["org:ASEAN", "state:RUS"], None, "conference")
    assert unknown == "conference||org:ASEAN+state:RUS"
    assert same_series(known, unknown)
    assert series_level(known) == "senior_officials"
    assert series_level(unknown) is None


def test_the_kind_is_part_of_the_series() -> None:
    conference = series_key(["org:ASEAN"], "summit", "conference")
    talks = series_key(["org:ASEAN"], "summit", "talks")
    assert not same_series(conference, talks)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("第十七次东盟—俄罗斯高官会", "东盟—俄罗斯高官会"),
        ("第15次东亚峰会", "东亚峰会"),
        ("第二十届中国—东盟博览会", "中国—东盟博览会"),
        ("第3届东盟峰会", "东盟峰会"),
        ("中美第三轮经贸磋商", "中美经贸磋商"),
        ("首届中国—中亚峰会", "中国—中亚峰会"),
        ("东盟与中日韩（10+3）第23次领导人会议", "东盟与中日韩（10+3）领导人会议"),
        ("the 17th ASEAN-Russia Senior Officials' Meeting", "ASEAN-Russia Senior Officials' Meeting"),
        ("The First ASEAN-Russia Summit", "ASEAN-Russia Summit"),
        ("AMM 53", "AMM"),
        ("AMM-53", "AMM"),
        ("53rd AMM", "AMM"),
        ("G20 Summit", "G20 Summit"),
        ("东盟—俄罗斯高官会", "东盟—俄罗斯高官会"),
    ],
)
def test_series_name_drops_the_ordinal_and_keeps_the_rest(name: str, expected: str) -> None:
    assert series_name(name) == expected

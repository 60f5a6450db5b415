"""Property-style: the meeting stage never raises, whatever mix of cue words, names, dates
and punctuation it is given (a fuzzed Chinese text once raised ``KeyError: ''``)."""

from __future__ import annotations

import random

from meeting_helpers import meetings

PIECES_ZH = [
    "会见", "会谈", "会晤", "通电话", "视频会晤", "访问", "来华", "访华", "出席", "主持", "共同主持",
    "递交国书", "磋商", "对话", "会议", "峰会", "第", "次", "届", "首", "十", "百", "零", "两",
    "同", "与", "和", "跟", "分别", "将", "曾", "此前", "当天", "同日", "次日", "期间", "之际",
    "习近平", "普京", "范明政", "东盟", "俄罗斯", "越南", "中方", "外长", "总理", "国家主席",
    "在河内", "于", "2024年", "6月17日", "日", "，", "。", "、", "；", "（", "）", "(", ")",
    "“", "”", "—", "-", "\n", " ", "应", "邀请", "的", "了", "取消", "推迟", "会上", "东道主",
]
PIECES_EN = [
    "met", "meets", "held talks with", "spoke by phone with", "received", "visited",
    "paid a state visit to", "chaired", "co-chaired by", "hosted", "will", "last year",
    "the 16th", "meeting of", "Summit", "Ministers' Meeting", "(online)", "via videoconference",
    "on Tuesday", "the same day", "June 17", "2024", "ASEAN", "Russia", "Vietnam",
    "Sergey Lavrov", "Pham Minh Chinh", "President", "and", "with", ",", ".", ";", "(", ")",
    "'s", "-", "separately", "was received by", "at the invitation of", "cancelled", "\n",
]


def _texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    sep = "" if pieces is PIECES_ZH else " "
    return [sep.join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_random_chinese_mixes_never_raise():
    for text in _texts(PIECES_ZH, 15, 150):
        found, _ = meetings(text, meta_published="2024-06-18")
        assert all(m["status"] in ("held", "recalled", "planned", "cancelled") for m in found)


def test_random_english_mixes_never_raise():
    for text in _texts(PIECES_EN, 16, 150):
        found, _ = meetings(text, meta_published="2024-06-18")
        assert all(m["reported"] == (m["status"] == "held") for m in found)


def test_degenerate_ordinals_and_empty_numbers_do_not_raise():
    for text in ("第次会议在河内举行。", "第届东盟峰会", "第零次会谈", "第十百次外长会", "首次会晤，，。"):
        meetings(text, meta_published="2024-06-18")


def test_chinese_number_reads_numerals_and_rejects_the_rest():
    from summitry.extract.numbers import chinese_number, en_ordinal

    assert [chinese_number(s) for s in ("十七", "首", "52", "二十八")] == [17, 1, 52, 28]
    assert chinese_number("") is None and chinese_number("会") is None
    assert [en_ordinal(s) for s in ("16th", "second", "22nd", "Summit")] == [16, 2, 22, None]

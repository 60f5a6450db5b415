"""Windowed English date rules find exactly what a scan of the whole text finds."""

from __future__ import annotations

import random
import re

from summitry.nlp.dates import en, zh
from summitry.nlp.dates import patterns_en as p
from summitry.nlp.dates.matching import _matches
from summitry.nlp.dates.windows import nonspace_windows

OWN_TEXTS = (
    "HANOI, Oct. 3 (VNA) - The two ministers met on Tuesday afternoon, 2 October.",
    "Talks ran from 30 September   to\n\n 2 October 2024 and resume next   week.",
    "Wednesday,\t14  March 2023: envoys said late last year the plan (2021-2025) held.",
    "The forum, set for Jan 16 and 17, marks the 30th anniversary of ties since the 1990s.",
    "He arrived the day   before\nyesterday for a three-day visit; the   same day he left.",
    "Kyodo -- Premier spoke this evening; talks in early   May, mid-June and end of July.",
    "On coming Friday morning the summit opens; 5 November of the same year it closed.",
    "TODAY THE DAY AFTER TOMORROW 2-week 10-month-long since 2016 Sept. 9 Dec 31st",
    "Resolution 2254, COVID-19, G20 and AMM-53 are no dates; 13th neither; 12:30 is a time.",
    "Mayor Junior Augustine met Decker on Sunday, the previous day, outlast May 2020.",
)
WORDS = (
    "on", "in", "since", "of", "the", "same", "year", "that", "last", "next", "early",
    "mid-", "end", "day", "week", "month", "morning", "night", "to", "through", "and", "-",
    "–", ",", ".", "Jan.", "Sept", "May", "March", "December", "Monday", "Thursday",
    "1", "9th", "21", "31st", "2019", "1999", "2020s", "12:00", "yesterday", "Today",
    "anniversary", "days-long", "three", "ten", "coming", "past", "a", "later", "earlier",
    "before", "after", "following", "2024-05-06", "x", "U.S.",
)
SPACES = (" ", " ", " ", "  ", "\n", " \n\n ", "\t", "")


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 80)):
            parts.append(rng.choice(WORDS))
            parts.append(rng.choice(SPACES))
        texts.append("".join(parts))
    return texts


def _spans(text: str, rule: en.Rule) -> list[tuple[int, int]]:
    return [m.span() for m in _matches(text, rule)]


def _full(text: str, rule: en.Rule) -> list[tuple[int, int]]:
    return [m.span() for m in rule.pattern.finditer(text)]


def test_every_english_rule_has_windows() -> None:
    assert all(rule.trigger is not None for rule in en.RULES)


def test_windowed_rules_match_the_full_scan_on_own_texts() -> None:
    for text in OWN_TEXTS:
        for rule in en.RULES:
            assert _spans(text, rule) == _full(text, rule), (rule.name, text)


def test_windowed_rules_match_the_full_scan_on_random_texts() -> None:
    found = 0
    for text in _random_texts(1500, seed=5):
        for rule in en.RULES:
            full = _full(text, rule)
            assert _spans(text, rule) == full, (rule.name, text)
            found += len(full)
    assert found > 1000  # the texts do exercise the rules


def test_every_relative_phrase_contains_its_anchor() -> None:
    for table, rule in ((p.RELATIVE_PHRASES, "relative"), (p.ANAPHORIC_PHRASES, "anaphoric")):
        anchor = re.compile(p.WINDOWS[rule][0])
        assert all(anchor.search(phrase) for phrase in table), rule


def test_windows_skip_whitespace_runs() -> None:
    text = "a" * 30 + "  \n\n   x" + " " * 40 + "bb" + "c" * 30
    [(lo, hi)] = nonspace_windows(text, re.compile("x"), 2, 2)
    # two letters back over the whitespace, two forward, and the character a lookahead reads
    assert text[lo:hi] == "aa  \n\n   x" + " " * 40 + "bbc"
    assert nonspace_windows("no anchor here", re.compile("x"), 2, 2) == []


def test_windows_merge_when_they_touch() -> None:
    text = "x" + "." * 5 + "x" + "." * 50 + "x"
    assert nonspace_windows(text, re.compile("x"), 3, 3) == [(0, 11), (54, 58)]


def test_no_other_character_folds_to_a_relative_first_letter() -> None:
    firsts = re.compile("(?i:[" + p.RELATIVE_FIRST + "])")
    folding = {chr(c) for c in range(0x110000) if firsts.fullmatch(chr(c))}
    assert folding == set(p.RELATIVE_FIRST)


def test_every_duration_unit_contains_the_anchor() -> None:
    anchor = re.compile(p.WINDOWS["duration"][0])
    assert all(anchor.search(unit) for unit in ("day", "WEEKS", "Months", "year"))


ZH_WORDS = (
    "2024年", "3月", "5日", "至", "7日", "-", "—", "年初", "上周", "本月", "下周三", "星期五",
    "礼拜天", "晚", "早晨", "当天", "次日", "前一天", "三天", "两周", "十年", "90年代",
    "30周年", "农历", "正月初一", "除夕", "春节", "（", "）", "(", ")", "日本", "每日",
    "会谈", "，", "。", " ", "2021-2025年", "2024/5/6", "二〇二三年", "十二月", "廿一日", "号",
)


def test_chinese_rules_sharing_a_trigger_match_the_full_scan() -> None:
    rng = random.Random(9)
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(ZH_WORDS) for _ in range(rng.randint(1, 60)))
        for rule in zh.RULES:
            full = _full(text, rule)
            assert _spans(text, rule) == full, (rule.name, text)
            found += len(full)
    assert found > 1000


def _hit_by_hit(text: str, anchor: re.Pattern[str], before: int,
                after: int) -> list[tuple[int, int]]:
    """The plain definition: each hit's window, merged with the previous when they touch."""
    reach_back = re.compile(rf"(?:\s*\S){{0,{before}}}\s*")
    reach_on = re.compile(rf"(?:\s*\S){{0,{after}}}\s*")
    windows: list[tuple[int, int]] = []
    for hit in anchor.finditer(text):
        back = reach_back.match(text[::-1], len(text) - hit.start())
        on = reach_on.match(text, hit.end())
        assert back is not None and on is not None
        lo, hi = len(text) - back.end(), min(len(text), on.end() + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def test_runs_of_hits_give_the_hit_by_hit_windows() -> None:
    rng = random.Random(4)
    anchor = re.compile(r"\d+|May")
    for _ in range(2000):
        text = "".join(rng.choice(("1", "23", "May", "x", "yy", " ", "  ", "\n", ".", "Ma"))
                       for _ in range(rng.randint(0, 70)))
        for before, after in ((0, 0), (1, 2), (3, 1), (6, 9)):
            assert nonspace_windows(text, anchor, before, after) == \
                _hit_by_hit(text, anchor, before, after), (text, before, after)

"""The prefix-tree alternation matches what the plain alternation, longest first, matches."""

import re

import pytest

from summitry.nlp.entities.trie import alternation

TITLES = [("Foreign Minister", True), ("Foreign Secretary", True), ("Minister", True),
          ("Minister of Foreign Affairs", True), ("Deputy Prime Minister", True),
          ("Prime Minister", True), ("PM", False), ("FM", False), ("Chargé d'Affaires", True)]

SENTENCES = [
    "Foreign Minister Wang Yi met PM Anwar Ibrahim in Kuala Lumpur.",
    "Vietnamese Deputy Prime Minister and FOREIGN MINISTER Bui Thanh Son said on Monday.",
    "The minister of foreign affairs Sergey Lavrov, and the fm of Laos, pm or not.",
    "Prime Ministers met; the chargé d'affaires Anna Berg attended, Minister Li spoke.",
    "外交部长王毅会见越南政府副总理兼外长。",
]


def plain(words):
    ordered = sorted(words, key=lambda w: len(w[0]), reverse=True)
    return "|".join("(?i:" + re.escape(w) + ")" if case else re.escape(w) for w, case in ordered)


@pytest.mark.parametrize("tail", ["", r"\s+([A-Z]\w+)", r"(?:\s+of\s+Foreign\s+Affairs)?\s+(\w+)"])
def test_tree_finds_the_same_matches_as_the_plain_alternation(tail):
    tree = alternation(sorted(TITLES, key=lambda w: len(w[0]), reverse=True))
    assert tree is not None
    old, new = re.compile(r"\b(" + plain(TITLES) + ")" + tail), re.compile(r"\b(" + tree + ")" + tail)
    for s in SENTENCES:
        assert [(m.span(), m.groups()) for m in new.finditer(s)] == [
            (m.span(), m.groups()) for m in old.finditer(s)]


def test_a_shorter_word_is_taken_when_the_rest_rejects_the_longer():
    tree = alternation([("Minister of Foreign Affairs", True), ("Minister", True)])
    pattern = re.compile("(" + tree + r") of ([A-Z]\w+)")
    assert pattern.search("the Minister of Foreign Affairs of Laos").group(1) == (
        "Minister of Foreign Affairs")
    assert pattern.search("the Minister of Defence").group(1) == "Minister"


def test_chinese_words_as_written():
    words = [("外交部长", False), ("外长", False), ("副外长", False), ("外交部副部长", False)]
    tree = alternation(words)
    assert tree is not None
    assert [m.group() for m in re.finditer(tree, "外交部副部长和外交部长及副外长、外长")] == [
        "外交部副部长", "外交部长", "副外长", "外长"]


@pytest.mark.parametrize("words", [
    [("UN", False), ("UN Secretary-General", True)],  # both may match at one place
    [("İstanbul Governor", True)],  # lower-cases to a longer string
    [("", True)],
    [],
])
def test_no_tree_where_it_could_differ(words):
    assert alternation(words) is None

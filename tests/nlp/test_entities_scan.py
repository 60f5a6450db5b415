"""The scanning helpers behind the abbreviation runs and the gazetteer's script check."""

from summitry.nlp.entities.appositions import (
    _abbreviation_chars,
    _by_first_char,
    find_abbreviation_runs,
)
from summitry.nlp.entities.gazetteer import _is_cjk

ABBREVIATIONS = {"中": "state:CN", "越": "state:VN", "老": "state:LA", "俄": "state:RU"}


def test_followers_grouped_by_first_character():
    grouped = _by_first_char(("关系", "两国", "两党", "外长"))
    assert grouped == {"关": ("关系",), "两": ("两国", "两党"), "外": ("外长",)}


def test_abbreviation_class_finds_only_those_characters():
    pattern = _abbreviation_chars(frozenset("中越-]"))
    assert [m.start() for m in pattern.finditer("a-b]c中d越")] == [1, 3, 5, 7]
    assert pattern.search("日本与韩国") is None


def test_runs_found_after_a_jump_over_other_text():
    text = "会谈中，双方表示，中越两国关系良好，俄总统将访问老挝。"
    runs = find_abbreviation_runs(text, 0, len(text), ABBREVIATIONS)
    assert (text.index("中越"), "state:CN") in runs
    assert (text.index("中越") + 1, "state:VN") in runs
    assert (text.index("俄总统"), "state:RU") in runs
    assert all(text[pos] != "中" or text[pos + 1] == "越" for pos, _ in runs)


def test_runs_respect_the_window_and_an_empty_table():
    text = "中越关系和中老关系"
    assert find_abbreviation_runs(text, 5, len(text), ABBREVIATIONS) == [
        (5, "state:CN"), (6, "state:LA")]
    assert find_abbreviation_runs(text, 0, len(text), {}) == []


def test_is_cjk_sees_a_han_character_anywhere():
    assert _is_cjk("Xi Jinping 习近平")
    assert not _is_cjk("Hà Nội, ベトナム")


def test_abbreviation_pattern_passed_in_finds_the_same_runs():
    from summitry.nlp.entities.appositions import abbreviation_pattern

    text = "中越两国和俄总统"
    pattern = abbreviation_pattern(ABBREVIATIONS)
    assert pattern is not None and abbreviation_pattern({}) is None
    assert find_abbreviation_runs(text, 0, len(text), ABBREVIATIONS, pattern) == (
        find_abbreviation_runs(text, 0, len(text), ABBREVIATIONS))


def test_model_cue_pattern_matches_as_the_plain_alternation():
    import re

    from summitry.nlp.entities.model import _cue_pattern

    cues = ("会见", "会见了", "会晤", "外长", "副外长", "said", "told", "told reporters")
    for words in (False, True):
        ordered = sorted(set(cues), key=len, reverse=True)
        plain = "|".join(re.escape(c) for c in ordered)
        old = re.compile(r"\b(?:" + plain + r")\b" if words else plain)
        new = _cue_pattern(cues, words)
        assert new is not None
        for text in ("王毅会见了越南副外长，并会晤外长。", "He said and told reporters, toldx said."):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_positions_of_a_character_in_a_window():
    from summitry.nlp.entities.appositions import _positions_of

    text = "·谢尔盖·拉夫罗夫·"
    assert list(_positions_of("·", text, 0, len(text))) == [0, 4, 9]
    assert list(_positions_of("·", text, 1, len(text) - 1)) == [4]
    assert list(_positions_of("·", text, 5, 5)) == []
    assert list(_positions_of("·", text, 1, -1)) == []

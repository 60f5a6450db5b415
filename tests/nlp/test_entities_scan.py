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

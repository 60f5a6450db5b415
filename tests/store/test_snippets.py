"""Word-level snippets: whole Latin words, substrings in Chinese, windows cut between words."""

from __future__ import annotations

from summitry.store.snippets import word_snippet

# Written for this test in the manner of a wire report; not taken from any article.
WIRE = ("The two foreign ministers agreed to expand trade and investment links, and to hold "
        "the next round of consultations in Singapore before the end of the year, officials "
        "said after the expanded session.")


def test_a_latin_word_is_matched_whole_never_inside_a_word():
    out = word_snippet(WIRE, ["and"])
    assert "[and]" in out
    assert "exp[and]" not in out and "[and]ed" not in out


def test_case_is_ignored_and_the_text_keeps_its_own_case():
    assert "[Singapore]" in word_snippet(WIRE, ["singapore"])


def test_the_window_starts_and_ends_between_words():
    out = word_snippet(WIRE, ["Singapore"], width=30)
    inner = out.strip("…")
    assert WIRE.find(inner.replace("[", "").replace("]", "")) >= 0
    start = WIRE.find(inner.replace("[", "").replace("]", ""))
    end = start + len(inner.replace("[", "").replace("]", ""))
    assert start == 0 or WIRE[start - 1] == " "
    assert end == len(WIRE) or WIRE[end] == " "


def test_chinese_matches_inside_running_text():
    text = "中国与东盟国家外长举行视频会议，双方同意加强合作。"
    assert "[东盟]" in word_snippet(text, ["东盟"])
    traditional = "台北電——東協外長會議今天舉行。"
    assert "[東協]" in word_snippet(traditional, ["東協"])


def test_every_word_of_the_query_is_marked():
    out = word_snippet(WIRE, ["trade", "investment"])
    assert "[trade]" in out and "[investment]" in out


def test_no_whole_word_match_gives_the_opening_unmarked():
    out = word_snippet(WIRE, ["pand"])
    assert "[" not in out and out.startswith("The two foreign ministers")

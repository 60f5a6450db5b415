"""The prefilter's character lists, and that filtered scans find exactly what plain ones do."""

from __future__ import annotations

import re

import pytest

from summitry.nlp.prefilter import finditer_in, gate_of, required_chars


def chars(pattern: str, flags: int = 0) -> str | None:
    found = required_chars(re.compile(pattern, flags))
    return None if found is None else "".join(sorted(found))


def test_alternatives_after_optional_prefix() -> None:
    assert chars(r"(?:共同|联合)?主持(?:了|下)?|担任主席") == "主担"


def test_lookarounds_prove_nothing() -> None:
    # the lookbehind's 走 need not be inside the match
    assert chars(r"(?<![走])(?:会见|拜会)") == "会拜"
    assert chars(r"(?=会)") is None


def test_unconstrained_first_step_is_passed_over() -> None:
    assert chars(r".\d+号") == "号"


def test_no_list_when_a_branch_is_open() -> None:
    assert chars(r"会谈|\w+") is None
    assert chars(r"(?:a|)b?") is None
    assert chars(r"[^会]") is None


def test_small_ranges_are_spelled_out() -> None:
    assert chars(r"[0-3]日") == "0123"


PATTERNS = [
    (r"(?:举行了?|进行了?)?(?:会谈|会晤)(?![上时])", 0),
    (r"(?<![走])(?:会见|接见)了?", 0),
    (r"\b(?:met|talks?) with\b", re.I),
    (r"(?i:\bsummit)", 0),
    (r"kelvin", re.I),
    (r"[a-c]x", re.I | re.ASCII),
]
TEXTS = [
    "双方举行会谈。他走会见记者。",
    "The leaders MET WITH reporters; Talks with Japan ended.",
    "The SUMMIT opened. \u212aELVIN scale.",
    "Bx and cx, but not dx.",
    "",
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_matches_as_finditer(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    for text in TEXTS:
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo, lo + 7, len(text)):
                plain = [m.span() for m in compiled.finditer(text, lo, hi)]
                assert [m.span() for m in finditer_in(compiled, text, lo, hi)] == plain


def test_sentence_without_the_characters_is_skipped() -> None:
    pattern = re.compile(r"(?:共同)?主持")
    assert list(finditer_in(pattern, "双方举行会谈", 0, 6)) == []
    assert [m.group() for m in finditer_in(pattern, "由他共同主持", 0, 6)] == ["共同主持"]


def test_latin_letters_make_no_gate() -> None:
    assert gate_of(re.compile(r"\b(?:met|held talks)\b", re.I)) is None
    assert gate_of(re.compile(r"会谈|会晤")) is not None


WORD_PATTERNS = [
    r"\b(?:held|holds|hold)\s+(?:talks|a\s+meeting)\b",
    r"\b(?:paid|pays)\s+(?:an?\s+)?(?:official\s+)?visit\b|\barrived\b",
    r"(?i:\bsummit)",
    r"\b[Hh]osted\s+(?=[A-Z])",
]
WORD_TEXTS = [
    "The two ministers HELD TALKS in Jakarta; later they held a meeting.",
    "She paid an official visit to Seoul. He arrived on Monday.",
    "Leaders gather for the Summit in Kuala Lumpur.",
    "The Prime Minister hosted Japanese guests. hosted nobody.",
    "Foreign ministers spoke by phone about trade.",
    "The minister ſtayed; ſummit and \u212aelvin and HOſTED Ann.",  # letters that fold to ASCII
    "İnvited leaders held talks and paıd a visit.",
    "",
]


@pytest.mark.parametrize("pattern", WORD_PATTERNS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_word_gated_scans_find_what_plain_ones_find(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    for text in WORD_TEXTS:
        for lo in range(0, len(text) + 1, 5):
            for hi in (lo, lo + 20, len(text)):
                plain = [m.span() for m in compiled.finditer(text, lo, hi)]
                assert [m.span() for m in finditer_in(compiled, text, lo, hi)] == plain


def test_words_a_latin_pattern_needs() -> None:
    from summitry.nlp.prefilter import words_of

    assert words_of(re.compile(r"\b(?:met|talks)\s+\w+\b", re.I)) == ("met", "talks")
    assert words_of(re.compile(r"\b(?:in|at)\s+(?:a|an)\b", re.I)) == ()  # too short to sort
    assert words_of(re.compile(r"\w+\s+\d+")) == ()  # no fixed word


def test_sentence_without_the_words_is_skipped_whatever_its_case() -> None:
    pattern = re.compile(r"\b(?:held|holds)\s+talks\b", re.I)
    assert list(finditer_in(pattern, "They spoke by phone.", 0, 20)) == []
    assert [m.group() for m in finditer_in(pattern, "They HELD Talks.", 0, 16)] == ["HELD Talks"]

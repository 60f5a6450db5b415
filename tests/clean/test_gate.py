"""The rule gate: words a pattern cannot match without, and the rules left to try."""

import re

import pytest

from summitry.clean.gate import RuleGate, required_words
from summitry.clean.rules import BOILERPLATE_PHRASES, CAPTION_SHAPES, PHOTO_CREDITS, Rule


def words(pattern, flags=re.IGNORECASE):
    found = required_words(re.compile(pattern, flags))
    return None if found is None else sorted(found)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bdownload (?:our|the) app\b", ["download our", "download the"]),
    (r"\((?:L|left|[RC]\d)\)", ["(c", "(l", "(left", "(r"]),  # the run goes on into heads
    (r"(?:图片|照片)(?:来源|來源)\s*[:：]", ["图片", "照片"]),  # the first of equals
    (r"^(?:first published|Last Updated)\b", ["first published", "last updated"]),
    (r"\((?-i:REUTERS|AFP)\s*/", ["(afp", "(reuters"]),
    (r"[（(]\s*(?:左|右)[）)]", ["(", "（"]),
    (r"x{2,3}yz", ["yz"]),  # a literal run ends at a repeat; the longest word wins
    (r"(?:photo)?\s*credit?s", ["credi"]),  # the run stops before the optional letter
    (r"(?:abc)+d", ["abc"]),
])
def test_words_every_match_contains(pattern, expected):
    assert words(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\w+\s*\d+",  # no fixed word
    r"(?:photo|\d+)",  # one branch without one
    r"(?:photo)?\s*\d",  # an optional word is no requirement
    r"[^()]{2,40}",
])
def test_no_words_from_patterns_without_a_fixed_word(pattern):
    assert words(pattern) is None


def test_words_skip_cased_letters_outside_ascii():
    # "ảnh": the accented letter is cased, so only "nh" is read
    assert words(r"ảnh\s*\d") == ["nh"]


GATE = RuleGate((Rule("app", re.compile(r"\bget (?:our|the) app\b", re.I)),
                 Rule("free", re.compile(r"^\d{3,}$", re.I)),
                 Rule("zh", re.compile(r"(?:下载|扫码).{0,12}(?:APP|客户端)", re.I))))


def test_gate_keeps_the_rules_whose_words_occur_in_table_order():
    assert [r.name for r in GATE.candidates("Get our APP now — 下载客户端")] == [
        "app", "free", "zh"]
    assert [r.name for r in GATE.candidates("The ministers met in Hanoi.")] == ["free"]


def test_gate_off_on_characters_that_fold_to_ascii():
    share = RuleGate((Rule("share", re.compile(r"\bshare\b", re.I)),))
    assert share.rules[0].pattern.search("ſhare") and share.candidates("ſhare")
    assert not share.candidates("shore")
    # the long s and the Kelvin sign match "s" and "k" in any case: every rule is tried
    assert [r.name for r in GATE.candidates("Click ſhare")] == ["app", "free", "zh"]
    assert [r.name for r in GATE.candidates("\u212aeep")] == ["app", "free", "zh"]


LINES = [
    "Photo: VNA", "(Xinhua/Li Xin)", "图为会谈现场。（新华社记者 李学仁 摄）", "©2024 Reuters",
    "Follow us on Telegram", "下载APP，阅读更多", "Foreign Minister Wang Yi (L) meets his counterpart.",
    "越南政府总理范明政会见老挝外长。", "UN Photo/Mark Garten", "By John Smith and Jane Doe",
    "Read more: Vietnam, Laos agree to boost ties", "Cookies help us deliver our services.",
    "Earlier, TASS reported that the talks would go on.", "ſource: Reuters", "[field:title/]",
]


@pytest.mark.parametrize("table", [BOILERPLATE_PHRASES, PHOTO_CREDITS, CAPTION_SHAPES])
def test_gated_rules_find_what_every_rule_finds(table):
    gate = RuleGate(table)
    for line in LINES + [s.upper() for s in LINES] + [s.lower() for s in LINES]:
        assert [r.name for r in gate.candidates(line) if r.pattern.search(line)] == [
            r.name for r in table if r.pattern.search(line)]


def prefixes(pattern, flags=re.IGNORECASE):
    from summitry.clean.gate import required_prefixes

    found = required_prefixes(re.compile(pattern, flags))
    return None if found is None else sorted(found)


def test_anchored_rules_need_their_words_at_the_line_start():
    assert prefixes(r"^(?:First published|last updated)\b") == ["first published", "last updated"]
    assert prefixes(r"^by\s+[A-Z]\w+$") == ["by"]
    assert prefixes(r"^www\.|^HTTPS?://") == ["http", "www."]
    assert prefixes(r"^(?:免责)?声明[:：]") is None  # an optional start: words anywhere
    assert prefixes(r"^\d+ views$|^views") is None
    assert prefixes(r"^by", re.IGNORECASE | re.MULTILINE) is None  # ^ at every line
    assert prefixes(r"by$") is None


def test_an_anchored_rule_is_tried_only_on_lines_starting_with_its_word():
    gate = RuleGate((Rule("byline", re.compile(r"^by\s+[A-Z]\w+$", re.I)),))
    assert gate.candidates("By Reuters")
    assert not gate.candidates("Written by Reuters")
    assert gate.candidates("ſtanding by Reuters")  # a folding character: every rule


def _tables():
    from summitry.clean import rules

    return [value for name, value in vars(rules).items() if name.isupper()
            and isinstance(value, tuple) and value and isinstance(value[0], Rule)]


def test_every_table_gated_finds_what_it_finds_ungated_on_the_sample_pages():
    from pathlib import Path

    pages = sorted((Path(__file__).parent / "pages").glob("*.txt"))
    assert pages
    lines = {line.strip() for page in pages for line in page.read_text("utf-8").splitlines()}
    lines |= {line.upper() for line in lines} | {line.lower() for line in lines}
    for table in _tables():
        gate = RuleGate(table)
        for line in lines:
            assert [r.name for r in gate.candidates(line) if r.pattern.search(line)] == [
                r.name for r in table if r.pattern.search(line)], (line, table[0].name)


def test_choices_kept_per_finding_stay_right_for_new_lines_and_after_the_memo_restarts(
        monkeypatch):
    import summitry.clean.gate as gate_module

    monkeypatch.setattr(gate_module, "MAX_CHOICES", 2)
    gate = RuleGate(BOILERPLATE_PHRASES)
    lines = LINES + [f"{line} {n}" for n in range(5) for line in LINES]
    for _ in range(2):  # the second round is answered from the memo, restarted on the way
        for line in lines:
            assert [r.name for r in gate.candidates(line) if r.pattern.search(line)] == [
                r.name for r in BOILERPLATE_PHRASES if r.pattern.search(line)]
    assert len(gate._chosen) <= 2

"""The shape of a line: what a line of an article's own prose looks like on any outlet.

jusText's observation, read and re-made for our line-level input: an article's own text is
a run of long, sentence-shaped lines (a full stop at the end, several clauses), while page
furniture is short, unpunctuated and made of menu words, and sits before or after that run.
The cleaner finds the run from these shapes rather than from any site's strings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summitry.clean.gate import RuleGate
from summitry.clean.rules import (
    BOILERPLATE_PHRASES,
    BULLET_LEAD,
    CAPTION_SHAPES,
    CLAUSE_MARKS,
    CLOSING_QUOTES,
    MIN_GOOD_CHARS,
    MIN_LONG_CHARS,
    TRAILING_END_MARK,
    Rule,
)

#: Sentence-final punctuation: a line that ends with one of these is a sentence.
SENTENCE_FINAL = "。！？!?.…；;"


HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Each clause mark once, for counting them with ``str.count``.
_CLAUSE_MARK_SET = tuple(sorted(set(CLAUSE_MARKS)))
#: Lines are judged several times (the run, its tail, the headline): results are kept.
CACHE_LINES = 4096


def combined(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    """One pattern trying every rule in turn; the group that matched names the rule."""
    return re.compile("|".join(f"(?P<{r.name}>{r.pattern.pattern})" for r in rules),
                      re.IGNORECASE)


#: Which phrases and caption shapes can match a line (see ``gate``).
_BOILERPLATE = RuleGate(BOILERPLATE_PHRASES)
_CAPTION_GATE = RuleGate(CAPTION_SHAPES)


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


@lru_cache(maxsize=CACHE_LINES)
def script_of(line: str) -> str:
    """``cjk`` when a third of the line is Han characters, else ``latin``."""
    return "cjk" if len(HAN.findall(line)) * 3 > len(line) else "latin"


@lru_cache(maxsize=CACHE_LINES)
def ends_sentence(line: str) -> bool:
    """Whether the line ends like a sentence (closing quotes and brackets, and an end marker
    such as ``(完)`` or ``(End)``, are looked past)."""
    s = TRAILING_END_MARK.sub("", line).rstrip(CLOSING_QUOTES + " ")
    return bool(s) and s[-1] in SENTENCE_FINAL


def clause_count(line: str) -> int:
    """Clause marks inside the line (and full stops between Latin sentences): prose has
    several, headlines and menus few."""
    head = line[:-1]
    return sum(map(head.count, _CLAUSE_MARK_SET)) + line.count(". ")


@lru_cache(maxsize=CACHE_LINES)
def is_boilerplate(line: str) -> str | None:
    """The name of the boilerplate phrase a line carries (disclaimers, app prompts...)."""
    if len(line) > 400:
        return None
    return next((rule.name for rule in _BOILERPLATE.candidates(line)
                 if rule.pattern.search(line)), None)


@lru_cache(maxsize=CACHE_LINES)
def caption_shape(line: str) -> str | None:
    """The name of the caption shape a line has (a position marker, a photo credit)."""
    if len(line) > 400:
        return None
    rules = _CAPTION_GATE.candidates(line)
    if not rules:
        return None
    # Shapes that cannot match anywhere in the line change nothing in the alternation.
    m = _combined_of(tuple(rules)).search(line)
    return m.lastgroup if m else None


@lru_cache(maxsize=64)
def _combined_of(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    return combined(rules)


@lru_cache(maxsize=CACHE_LINES)
def is_good(line: str) -> bool:
    """A line of the article's own prose: long and sentence-shaped, or long with clauses.

    A line led by a bullet is a list item (a teaser, usually) unless it holds sentences
    (some papers lead each section with a bullet); boilerplate and captions
    are never good, however long.
    """
    if BULLET_LEAD.match(line) and not (ends_sentence(line) and clause_count(line) >= 2):
        return False
    script = script_of(line)
    size = len(line)
    if size < MIN_GOOD_CHARS[script]:
        return False
    if not (ends_sentence(line) or (size >= MIN_LONG_CHARS[script] and clause_count(line) >= 2)):
        return False
    return is_boilerplate(line) is None and caption_shape(line) is None

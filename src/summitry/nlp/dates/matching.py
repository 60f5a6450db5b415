"""Running a rule pack over a text and keeping one reading per stretch of text.

Each rule is a compiled pattern plus a handler that turns a match into a Mention (or
rejects it). Rules do not know about each other; where two matches overlap the longer one
wins, then the higher priority, then the earlier start. This keeps each pattern simple and
lets "2026年农历大年初一" (lunar rule) beat "2026年" (year rule) without either rule
mentioning the other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .model import Mention
from .windows import nonspace_windows

Handler = Callable[[re.Match[str]], Mention | None]


@dataclass(frozen=True)
class Rule:
    """A pattern, its handler, and where in a text the pattern can possibly match.

    `trigger` is a character class every match contains (月 for month dates); `before` and
    `after` bound how far a match can reach from that character. The pattern then runs only
    in those windows. This matters for speed: re skips ahead quickly only when a pattern
    starts with a plain character class, and ours start with lookbehinds and optional
    groups, so over the whole text the engine would try every position (~4M chars/s per
    rule); date characters are well under 1% of news text. With `nonspace` the bounds count
    non-whitespace characters only (`windows.py`): English patterns join words with `\\s+`.
    """

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    trigger: re.Pattern[str] | None = None
    before: int = 0
    after: int = 0
    nonspace: bool = False


def _windows(text: str, rule: Rule) -> list[tuple[int, int]]:
    assert rule.trigger is not None
    if rule.nonspace:
        return nonspace_windows(text, rule.trigger, rule.before, rule.after)
    windows: list[tuple[int, int]] = []
    size = len(text)
    for hit in rule.trigger.finditer(text):
        lo, hi = max(0, hit.start() - rule.before), min(size, hit.end() + rule.after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


WindowCache = dict[tuple[re.Pattern[str] | None, int, int, bool], list[tuple[int, int]]]


def _spans(text: str, rule: Rule, cache: WindowCache | None = None) -> list[tuple[int, int]]:
    """The stretches the rule's pattern runs over: the whole text, or its trigger windows
    (rules with the same trigger and reach share one computation through `cache`)."""
    if rule.trigger is None:
        return [(0, len(text))]
    key = (rule.trigger, rule.before, rule.after, rule.nonspace)
    windows = cache.get(key) if cache is not None else None
    if windows is None:
        windows = _windows(text, rule)
        if cache is not None:
            cache[key] = windows
    return windows


def _matches(text: str, rule: Rule, cache: WindowCache | None = None) -> Iterator[re.Match[str]]:
    """finditer over the whole text, or over the rule's trigger windows only."""
    for lo, hi in _spans(text, rule, cache):
        yield from rule.pattern.finditer(text, lo, hi)


def run_rules(text: str, rules: Sequence[Rule]) -> list[Mention]:
    """All non-overlapping mentions, in text order."""
    found: list[Mention] = []
    cache: WindowCache = {}
    for rule in rules:
        finditer, handler = rule.pattern.finditer, rule.handler
        for lo, hi in _spans(text, rule, cache):
            for match in finditer(text, lo, hi):
                try:
                    mention = handler(match)
                except ValueError:
                    continue  # a numeral the reader cannot read ("十十") is not a date
                if mention is not None and mention.end > mention.start:
                    found.append(mention)
    found.sort(key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    starts: list[int] = []  # occupied intervals, sorted and disjoint
    ends: list[int] = []
    taken: list[Mention] = []
    for mention in found:
        i = bisect.bisect_right(starts, mention.start)
        if i > 0 and ends[i - 1] > mention.start:
            continue
        if i < len(starts) and starts[i] < mention.end:
            continue
        starts.insert(i, mention.start)
        ends.insert(i, mention.end)
        taken.append(mention)
    taken.sort(key=lambda m: m.start)
    return taken

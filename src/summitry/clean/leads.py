"""Headlines and repeated leads.

News pages print the headline, then a lead (sapo), then often the same lead again as the
first paragraph behind the dateline, sometimes with small differences (a typo, lost
spaces). The body keeps one copy: the one that carries the dateline.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from summitry.clean.rules import DATELINES, MAX_TITLE_CHARS, SENTENCE_END
from summitry.clean.shape import CACHE_LINES

#: Two paragraphs whose character-bigram similarity reaches this are copies of each other.
MIN_LEAD_SIMILARITY = 0.85
#: Repeated leads are looked for among the first paragraphs only.
LEAD_WINDOW = 5

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def looks_like_title(line: str) -> bool:
    """A headline is short, is not a sentence and does not open with a dateline."""
    if not line or line[-1] in SENTENCE_END:
        return False
    cjk = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    limit = MAX_TITLE_CHARS["cjk"] if cjk > len(line) / 3 else MAX_TITLE_CHARS["latin"]
    if len(line) > limit:
        return False
    return not any(rule.pattern.match(line) for rule in DATELINES)


@lru_cache(maxsize=CACHE_LINES)
def normalized(s: str) -> str:
    """Lower-case letters and digits only: copies differ in spaces and punctuation."""
    return _NOT_WORD.sub("", s).lower()


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams of two normalized strings."""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) if max(len(a), len(b)) else 0.0
    x = Counter(a[i:i + 2] for i in range(len(a) - 1))
    y = Counter(b[i:i + 2] for i in range(len(b) - 1))
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def _lengths_allow(a: str, b: str) -> bool:
    """Whether two strings' lengths allow them to be copies: bigrams shared can be no more
    than the shorter one has."""
    return 2 * min(len(a), len(b)) >= MIN_LEAD_SIMILARITY * (len(a) + len(b))


def repeated_leads(texts: list[str], has_dateline: list[bool]) -> set[int]:
    """Indexes of the paragraphs that repeat another one among the first few.

    ``texts`` are the paragraphs without their datelines. Of two copies the one with the
    dateline is kept; if neither or both have one, the later copy is kept (the earlier is
    the page's sapo).
    """
    drop: set[int] = set()
    window = min(len(texts), LEAD_WINDOW)
    norms = [normalized(t) for t in texts[:window]]
    for i in range(window):
        if i in drop or len(norms[i]) < 8:
            continue
        for j in range(i + 1, window):
            if j in drop:
                continue
            if _lengths_allow(norms[i], norms[j]) and \
                    similarity(norms[i], norms[j]) >= MIN_LEAD_SIMILARITY:
                drop.add(j if has_dateline[i] and not has_dateline[j] else i)
                break
    return drop


def is_title_copy(title: str, paragraph: str) -> bool:
    """Whether a paragraph merely repeats the headline."""
    return normalized(title) == normalized(paragraph)


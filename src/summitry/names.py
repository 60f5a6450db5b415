"""Name keys and name similarity, shared by meeting merging and the scorer.

A name is compared without accents, case, spaces or punctuation, so ``Phạm Bình Minh`` and
``Pham Binh Minh`` (or ``谢尔盖·拉夫罗夫`` and ``谢尔盖•拉夫罗夫``) are one key; two names are
alike by the Dice coefficient of their character bigrams.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D"})
#: Names remembered with their keys and bigrams: the linker compares each account's name
#: with every candidate's, and a store's meetings share a few thousand names.
_REMEMBERED = 1 << 16


@lru_cache(maxsize=_REMEMBERED)
def name_key(text: str) -> str:
    """A name without accents, case, spaces or punctuation: ``Phạm Bình Minh`` ->
    ``phambinhminh``, ``谢尔盖·拉夫罗夫`` -> ``谢尔盖拉夫罗夫``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in bare.lower() if c.isalnum())


@lru_cache(maxsize=_REMEMBERED)
def _bigrams(name: str) -> Counter[str]:  # shared: never change the Counter returned
    key = name_key(name)
    # A one-character name (a single Chinese surname) is its own only "bigram".
    return Counter(key[i:i + 2] for i in range(len(key) - 1)) if len(key) > 1 else Counter([key])


def dice(a: str | None, b: str | None) -> float:
    """Dice coefficient of the names' character bigrams (as multisets); 0 when one is absent."""
    if not a or not b:
        return 0.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * sum((x & y).values()) / (x.total() + y.total())

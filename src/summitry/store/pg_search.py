"""Full-text search on PostgreSQL: word search for Latin-script words, trigrams for the rest.

SQLite searches through an FTS5 trigram table (:mod:`summitry.store.queries`). PostgreSQL
has no single index that serves both scripts well, so each query word picks its own:

- a word written in Latin letters is looked up in the word index (``to_tsvector`` with the
  ``simple`` configuration, as a prefix, so ``Lavrov`` finds ``Lavrov's``); no stemming, so
  names are found as written;
- any other word (Chinese, which has no spaces to split words on; digits; mixed forms) is a
  case-insensitive substring match served by the ``pg_trgm`` GIN indexes on title and body.

The indexes are created by the first migration (:mod:`..migrations.v0001_initial`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, bindparam, or_, text

from summitry.store.migrations.v0001_initial import WORDS

#: A word the word index can answer: Latin letters only, accented ones included (Latin-1,
#: Extended-A and -B, and Extended Additional, where Vietnamese letters such as ệ live).
LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")


def matches_all(c: Any, words: Sequence[str]) -> Any:
    """A condition on the ``cleaned`` table ``c``: every word is in the title or body."""
    return and_(*(_matches(c, w, i) for i, w in enumerate(words)))


def _matches(c: Any, word: str, i: int) -> Any:
    if LATIN_WORD.fullmatch(word):
        # Letters only, so the prefix query needs no quoting.
        return text(f"{WORDS} @@ to_tsquery('simple', :w{i})").bindparams(
            bindparam(f"w{i}", word + ":*"))
    return or_(c.c.body.icontains(word, autoescape=True),
               c.c.title.icontains(word, autoescape=True))

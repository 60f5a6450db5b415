"""Full-text search on SQLite: a contentless trigram index that finds candidates, and the
stored text that confirms them.

The index (``document_fts``, FTS5, trigram tokens, ``content=''``, ``detail=none``) keeps
for each trigram only the documents it occurs in: no copy of the text and no positions,
about a fifth of the size of a full index with its content. So it cannot answer a phrase
by itself; it narrows a query down to the documents holding every trigram of every word
(a word of one or two characters: every trigram that starts with it, looked up in the
index's vocabulary), and each candidate is confirmed on its title and body as stored, newest
document first. Words of three characters or fewer need no confirming: the index's answer
for them is exact. Every column is indexed with :data:`PAD` after it, so a word at the very end
of a title still starts a trigram.

Contentless FTS5 tables (SQLite before 3.43) forget a row only when told its exact values,
so :func:`forget` is given the title and body :func:`index` was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import Connection, text

#: Appended to every indexed column: two characters no news text holds (unit separators).
PAD = "\x1f\x1f"
#: The highest code point, closing a prefix range in the vocabulary.
TOP = "\U0010ffff"
#: Candidates confirmed per round trip, at most.
CHUNK = 200
#: Candidates confirmed in the first round trip; each next one doubles, up to CHUNK. A page
#: of twenty hits usually needs a few dozen candidates: loading and unpacking two hundred
#: texts to show twenty cost most of a search.
FIRST_CHUNK = 25

CREATE = ("CREATE VIRTUAL TABLE document_fts USING fts5(title, body, tokenize='trigram', "
          "content='', detail=none)")
CREATE_VOCAB = "CREATE VIRTUAL TABLE document_fts_vocab USING fts5vocab(document_fts, 'row')"


#: Indexes one document; executed with :func:`index_row`'s parameters, one or many.
INDEX = text("INSERT INTO document_fts(rowid, title, body) VALUES (:n, :t, :b)")


def index_row(n: int, title: str | None, body: str) -> dict[str, object]:
    return {"n": n, "t": (title or "") + PAD, "b": body + PAD}


def index(conn: Connection, n: int, title: str | None, body: str) -> None:
    conn.execute(INDEX, index_row(n, title, body))


def forget(conn: Connection, n: int, title: str | None, body: str) -> None:
    conn.execute(text("INSERT INTO document_fts(document_fts, rowid, title, body) "
                      "VALUES ('delete', :n, :t, :b)"),
                 {"n": n, "t": (title or "") + PAD, "b": body + PAD})


def _terms(conn: Connection, word: str) -> list[str]:
    """The index terms a word needs: its trigrams, or the trigrams it begins."""
    folded = word.lower()
    if len(folded) >= 3:
        return sorted({folded[i:i + 3] for i in range(len(folded) - 2)})
    return [r[0] for r in conn.execute(
        text("SELECT term FROM document_fts_vocab WHERE term >= :lo AND term < :hi"),
        {"lo": folded, "hi": folded + TOP})]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(conn: Connection, words: Sequence[str]) -> str | None:
    """The FTS5 query for candidates holding every word, or None when a word cannot occur."""
    clauses = []
    for word in words:
        terms = _terms(conn, word)
        if not terms:
            return None
        joiner = " AND " if len(word.lower()) >= 3 else " OR "
        clauses.append("(" + joiner.join(_quote(t) for t in terms) + ")")
    return " AND ".join(clauses)


Loader = Callable[[Sequence[int]], dict[int, tuple[str | None, str]]]


def confirmed(conn: Connection, words: Sequence[str], load: Loader) -> Iterator[int]:
    """Documents (``documents.n``, newest first) whose title or body holds every word, any
    case; ``load`` gives the title and body of a chunk of candidates."""
    query = match_expression(conn, words)
    if query is None:
        return
    folded = [w.lower() for w in words]
    result = conn.execute(text("SELECT rowid FROM document_fts WHERE document_fts MATCH :q "
                               "ORDER BY rowid DESC"), {"q": query})
    if all(len(w) <= 3 for w in folded):
        # A word of three characters is one trigram, a shorter one the start of one (every
        # column is padded): the index answers exactly, nothing to confirm.
        yield from (int(r[0]) for r in result)
        return
    size = FIRST_CHUNK
    while chunk := [int(r[0]) for r in result.fetchmany(size)]:
        size = min(CHUNK, 2 * size)
        texts = load(chunk)
        for n in chunk:
            if n not in texts:
                continue
            title, body = texts[n]
            haystack = ((title or "") + "\n" + body).lower()
            if all(w in haystack for w in folded):
                yield n

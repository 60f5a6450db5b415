"""Search by words and by actors: ``东盟`` finds the English articles about ASEAN.

A query is searched as text (the store's full-text search) and, when it names an actor
the knowledge base knows (any name in any language or script, or a code), as that actor:
the documents whose extraction linked the actor. Text hits come first, then the documents
found only through the actor. Every snippet is word-level (:mod:`summitry.store.snippets`)
and marks the query's words, or, in an actor hit, the actor's names in the article.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text

from summitry.kb import default_kb
from summitry.nlp.normalize import analysis_text
from summitry.store import fts, queries, texts
from summitry.store.database import Store
from summitry.store.engine import reading
from summitry.store.results import SearchHit
from summitry.store.snippets import word_snippet


@dataclass(frozen=True, slots=True)
class Found:
    """One page of a search: the hits, how many there are, the actors the query named."""

    total: int
    hits: tuple[SearchHit, ...]
    actors: tuple[str, ...]
    #: The text matches were counted up to the cap only: there may be more.
    capped: bool = False


def named_actors(query: str) -> tuple[str, ...]:
    """The knowledge-base actors the whole query names exactly (``东盟``, ``ASEAN``,
    ``Russia``, ``俄罗斯``); none for ordinary words."""
    q = query.strip()
    if not q:
        return ()
    kb = default_kb()
    forms = kb.lookup(q) or kb.lookup(analysis_text(q)[0])  # 東協 as the KB indexes it
    return tuple(dict.fromkeys(f.actor for f in forms))


def actor_names(actor_ids: tuple[str, ...]) -> list[str]:
    """Every name, alias and code of the actors, in every language (for snippets)."""
    kb, out = default_kb(), list[str]()
    for actor_id in actor_ids:
        a = kb.get(actor_id)
        if a is None:
            continue
        out.extend(n for names in (*a.names.values(), *a.aliases.values()) for n in names)
        if a.code:
            out.append(a.code)
    return out


def _actor_only(store: Store, conn: Any, actor_ids: tuple[str, ...],
                words: list[str]) -> list[Any]:
    """Documents linking any of the actors whose text does not hold every word (those are
    text hits already), newest first.

    PostgreSQL keeps each cleaned body, so SQL tells the text hits apart. SQLite stores
    the body as spans into the original text: there the trigram index gives the linked
    documents that may hold the words and their texts confirm it, as the text search does,
    so a document is never counted both as a text hit and as an actor hit."""
    de, c = store.t.doc_entities, store.t.cleaned
    linked = select(de.c.doc_n).where(de.c.actor_id.in_(list(actor_ids)))
    columns = (c.c.doc_n, c.c.doc_id, c.c.title, c.c.published, c.c.lang)
    order = (c.c.published.desc(), c.c.doc_id)
    if conn.dialect.name != "sqlite":
        text_hits = select(c.c.doc_n).where(queries._like_all(conn, c, words))
        return list(conn.execute(select(*columns).where(
            c.c.doc_n.in_(linked), c.c.doc_n.not_in(text_hits)).order_by(*order)))
    rows = list(conn.execute(select(*columns).where(c.c.doc_n.in_(linked)).order_by(*order)))
    held = _holding_all(conn, store, words, {r.doc_n for r in rows})
    return [r for r in rows if r.doc_n not in held]


def _holding_all(conn: Any, store: Store, words: list[str], among: set[int]) -> set[int]:
    """The documents of ``among`` whose title or body holds every word (SQLite)."""
    query = fts.match_expression(conn, words) if words else None
    if query is None or not among:
        return set()
    candidates = [int(r[0]) for r in conn.execute(
        text("SELECT rowid FROM document_fts WHERE document_fts MATCH :q"), {"q": query})
        if int(r[0]) in among]
    folded = [w.lower() for w in words]
    out: set[int] = set()
    for i in range(0, len(candidates), fts.CHUNK):
        for n, (title, body) in texts.titles_and_bodies(
                conn, store.t, candidates[i:i + fts.CHUNK]).items():
            haystack = ((title or "") + "\n" + body).lower()
            if all(w in haystack for w in folded):
                out.add(n)
    return out


def search(store: Store, query: str, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = ("[", "]"), cap: int = 1000) -> Found:
    """Text hits then actor hits, paged together; word-level snippets."""
    words = [w for w in query.split() if w]
    actors = named_actors(query)
    text_total = min(store.search_count(query, cap=cap), cap + 1) if words else 0
    hits: list[SearchHit] = []
    if offset < text_total:
        hits = [_resnip(store, h, words, marks) for h in store.search(query, limit, offset)]
    extra_total = 0
    if actors:
        with reading(store.engine) as conn:
            only = _actor_only(store, conn, actors, words)
            extra_total = len(only)
            room, skip = limit - len(hits), max(0, offset - text_total)
            if room > 0:
                rows = only[skip:skip + room]
                linked = queries.meetings_of(conn, store.t, [r.doc_n for r in rows])
                names = actor_names(actors)
                hits.extend(_resnip(store, SearchHit(r.doc_id, r.title, r.published, r.lang,
                                                     tuple(linked[r.doc_n])), names, marks)
                            for r in rows)
    return Found(min(text_total, cap) + extra_total, tuple(hits), actors, text_total > cap)


def _resnip(store: Store, hit: SearchHit, words: list[str],
            marks: tuple[str, str]) -> SearchHit:
    """The hit with a word-level snippet of its cleaned body (its title when the body
    does not hold a word)."""
    try:
        body = store.document(hit.doc).body or ""
    except queries.NotFoundError:
        return hit
    text = body if any(_holds(body, w) for w in words) else f"{hit.title or ''}\n{body}"
    return replace(hit, snippet=word_snippet(text, words, marks))


def _holds(text: str, word: str) -> bool:
    return word.lower() in text.lower()

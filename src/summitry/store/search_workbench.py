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

from sqlalchemy import func, select

from summitry.kb import default_kb
from summitry.nlp.normalize import analysis_text
from summitry.store import queries
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


def _actor_only(store: Store, conn: Any, actor_ids: tuple[str, ...], words: list[str]) -> Any:
    """Documents linking any of the actors whose text does not hold every word (those are
    text hits already)."""
    de, c = store.t.doc_entities, store.t.cleaned
    linked = select(de.c.doc_n).where(de.c.actor_id.in_(list(actor_ids)))
    text_hits = select(c.c.doc_n).where(queries._like_all(conn, c, words))
    return (select(c.c.doc_n, c.c.doc_id, c.c.title, c.c.published, c.c.lang)
            .where(c.c.doc_n.in_(linked), c.c.doc_n.not_in(text_hits)))


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
            only = _actor_only(store, conn, actors, words).subquery()
            extra_total = int(conn.execute(select(func.count()).select_from(only)).scalar()
                              or 0)
            room, skip = limit - len(hits), max(0, offset - text_total)
            if room > 0:
                rows = conn.execute(select(only).order_by(only.c.published.desc(),
                                                          only.c.doc_id)
                                    .limit(room).offset(skip)).all()
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

"""A read-only view of one document for the meeting rules: sentences, entity mentions
(body and headline), time expressions, and what the knowledge base says about a person
(the state they act for, the level of their office) on the article's date.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from summitry.document import Document
from summitry.kb.store import KnowledgeBase, default_kb
from summitry.nlp.dates import TimeExpression
from summitry.nlp.sentences import Sentence, split_sentences
from summitry.records import Entity

LEVEL_RANK = {"summit": 3, "ministerial": 2, "senior_officials": 1, "other": 0}


@dataclass(frozen=True, slots=True)
class Ref:
    """One mention of an entity: offsets into the original (and analysis) text."""

    start: int
    end: int
    entity: Entity

    @property
    def type(self) -> str:
        return self.entity.type


@lru_cache(maxsize=1)
def _role_levels() -> dict[str, str]:
    return {t.role: t.level for t in default_kb().titles}


#: Languages whose articles get a person's unwritten state from the knowledge base. English
#: wire copy writes "President A" and leaves the country out; Chinese copy is left out for
#: now: there the implied state also completes visit phrases (X访华期间 back-references)
#: that the recalled-meeting readers would then take for other visits.
IMPLIED_STATE_LANGS = frozenset({"en"})


class DocView:
    def __init__(self, doc: Document, kb: KnowledgeBase | None = None):
        self.doc = doc
        self.kb = kb or default_kb()
        self.text = doc.analysis_text if doc.analysis_text is not None else doc.text
        self.lang = (doc.lang or "").split("-")[0]
        self.entities: dict[str, Entity] = {e.id: e for e in doc.annotations.get("entities", [])}
        self._states_by_code = {
            e.code: e.id for e in self.entities.values() if e.code and e.type == "state"
        }
        refs = [Ref(m.start, m.end, e) for e in self.entities.values() for m in e.mentions]
        self.title_sentence: Sentence | None = None
        if doc.title is not None:
            self.title_sentence = Sentence(doc.title.start, doc.title.end, -1)
            refs.extend(self._title_refs(doc.title.start, doc.title.end))
        self.refs = sorted(refs, key=lambda r: (r.start, -r.end))
        self._ref_starts = [r.start for r in self.refs]
        self.times: list[TimeExpression] = sorted(
            doc.annotations.get("times", []), key=lambda t: t.start
        )
        self.sentences: list[Sentence] = []
        for i, seg in enumerate(doc.body):
            self.sentences.extend(split_sentences(self.text, seg.start, seg.end, self.lang, i))

    def _title_refs(self, start: int, end: int) -> list[Ref]:
        """Entities of the body found again in the headline, by the surfaces the body uses."""
        title = self.text[start:end]
        out: list[Ref] = []
        taken: list[tuple[int, int]] = []
        surfaces = sorted(
            {
                (self.text[m.start : m.end], e.id)
                for e in self.entities.values()
                for m in e.mentions
                if m.end - m.start >= 2
            },
            key=lambda x: -len(x[0]),
        )
        for surface, eid in surfaces:
            pos = title.find(surface)
            while pos >= 0:
                s, t = start + pos, start + pos + len(surface)
                if not any(a < t and s < b for a, b in taken):
                    taken.append((s, t))
                    out.append(Ref(s, t, self.entities[eid]))
                pos = title.find(surface, pos + 1)
        return out

    # ---- lookups ---------------------------------------------------------------------
    def refs_in(self, start: int, end: int, types: frozenset[str] | None = None) -> list[Ref]:
        i = bisect.bisect_left(self._ref_starts, start)
        out = []
        while i < len(self.refs) and self.refs[i].start < end:
            r = self.refs[i]
            if r.end <= end and (types is None or r.type in types):
                out.append(r)
            i += 1
        return out

    def times_in(self, start: int, end: int) -> list[TimeExpression]:
        return [t for t in self.times if start <= t.start and t.end <= end]

    @property
    def date(self) -> str | None:
        return self.doc.published

    def state_of(self, entity_id: str) -> str | None:
        """The entity id of the state a person acts for, when the document names it."""
        e = self.entities.get(entity_id)
        if e is None:
            return None
        if e.type in ("state", "organization"):
            return e.id
        if e.type != "person":
            return None
        # an office the knowledge base gives for the article's date outranks a title read
        # beside the name, which may belong to a dateline ("DANANG (Vietnam) - Prime
        # Minister A arrived …": A is not Vietnam's prime minister)
        actor = self.kb.get(e.kb_id) if e.kb_id else None
        by_code = self._states_by_code
        if actor is not None and self.date:
            for office in actor.offices_on(self.date):
                if office.of and office.of in by_code:
                    return by_code[office.of]
            offices = actor.offices_on(self.date) if self.lang in IMPLIED_STATE_LANGS else []
            for office in offices:
                implied = self._implied_state(office.of) if office.of else None
                if implied is not None:
                    return implied
        for role in e.roles:
            if role.of and role.of in self.entities and self.entities[role.of].type == "state":
                return role.of
        if actor is None:
            return None
        for office in actor.offices:
            if office.of and office.of in by_code:
                return by_code[office.of]
        return None

    def _implied_state(self, code: str) -> str | None:
        """The state a person's office on the article's date names, when the text never
        names it ("President A met …" with A's country unwritten): an entity of the
        document with no mention of its own, so that the person's state takes part with
        the person (GUIDE: a person's state is listed as a participant too)."""
        state = self.kb.get(f"state:{code}")
        if state is None or state.type != "state":
            return None
        entities = self.doc.annotations.setdefault("entities", [])
        taken = {e.id for e in entities}
        n = len(entities) + 1
        while f"e{n}" in taken:
            n += 1
        names = {lang: forms[0] for lang, forms in state.names.items() if forms}
        implied = Entity(
            id=f"e{n}", type="state", name=state.name, code=state.code, kb_id=state.id, names=names
        )
        entities.append(implied)
        self.entities[implied.id] = implied
        self._states_by_code[code] = implied.id
        return implied.id

    def level_of(self, entity_id: str) -> str | None:
        """The meeting level a person's office implies (the highest of their roles)."""
        e = self.entities.get(entity_id)
        if e is None or e.type != "person":
            return None
        levels = _role_levels()
        found = [levels[r.role] for r in e.roles if r.role in levels]
        if not found and e.kb_id:
            actor = self.kb.get(e.kb_id)
            if actor is not None:
                offices = actor.offices_on(self.date) if self.date else actor.offices
                found = [levels[o.role] for o in offices if o.role in levels]
        if not found:
            return None
        return max(found, key=lambda v: LEVEL_RANK[v])

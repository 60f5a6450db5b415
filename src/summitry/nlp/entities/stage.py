"""The entities stage: recognise, link to the knowledge base, and resolve short forms.

The cascade, per body segment of the analysis text:

1. gazetteer: every knowledge-base name, alias and capital (leftmost-longest);
2. appositions: title + name (``外交部副部长X``, ``Foreign Minister X``) and dotted
   transliterations, for people the knowledge base lacks, with ``(Latin)`` glosses;
3. abbreviations: single-character state abbreviations in compounds (``越老关系``);
4. overlaps: the longest candidate wins, and on a tie the knowledge base's;
5. linking: mentions of one actor become one entity; a local person whose gloss or name
   the knowledge base knows is linked to it;
6. short forms: a person's surname part (``拉夫罗夫``, ``Lavrov``, ``Son``) and surname +
   title (``张主席``) are resolved to the full person named in the same document;
7. roles: read from the apposition (title and the state named just before it); otherwise
   the knowledge base's offices held at the article's date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from summitry.document import Document
from summitry.kb.model import Actor, Title
from summitry.kb.store import Form, KnowledgeBase, default_kb
from summitry.nlp.entities.appositions import (
    AppositionFinder,
    PersonCandidate,
    abbreviation_pattern,
    find_abbreviation_runs,
)
from summitry.nlp.entities.gazetteer import BLOCK, Gazetteer
from summitry.nlp.entities.model import NameBackend, WindowPicker, load_backends
from summitry.nlp.entities.patterns import (
    BARE_NAME_FOLLOWERS,
    MODEL_NOT_NAME_LABELS,
    NAME_END_WORDS,
    STATE_NEEDS_FOLLOWER,
    SURNAMES,
    TRANSLIT,
)
from summitry.pipeline import register
from summitry.records import Entity, Mention, Role
from summitry.settings import Settings

#: Preference among the forms of one surface that several actors share.
FORM_RANK = {"name": 0, "alias": 1, "capital": 2}
TYPE_RANK = {"state": 0, "territory": 1, "organization": 2, "person": 3}
#: A state named this close before a title is the state the title belongs to.
ROLE_STATE_WINDOW = 8


@dataclass
class _Candidate:
    start: int
    end: int
    key: str  # actor id or "local:<name>"
    how: str
    from_kb: bool
    person: PersonCandidate | None = None
    #: A surface several states share (巴方: Brazil, Pakistan, Palestine): the states it
    #: may be, settled by the document (see ``_settle_shared``).
    options: tuple[str, ...] = ()


class EntityRecognizer:
    def __init__(self, kb: KnowledgeBase, models: dict[str, NameBackend] | None = None):
        self.kb = kb
        #: Statistical backends by language (``model.load_backends``); none: rules only.
        self.models = models or {}
        self.picker = WindowPicker(tuple(f for t in kb.titles for f in t.zh),
                                   tuple(f for t in kb.titles for f in t.en))
        self.gazetteer = Gazetteer(kb)
        state_names = tuple(n for a in kb.actors.values() if a.type == "state"
                            for n in a.names.get("en", ()) if " " not in n or len(n) < 30)
        self.abbreviations = kb.abbreviations()
        self.abbreviation_chars = abbreviation_pattern(self.abbreviations)
        self.appositions = AppositionFinder(kb.titles, state_names, tuple(self.abbreviations))
        self.abbreviation_options = {k: v for k, v in kb.abbreviation_options().items()
                                     if len(v) > 1}

    # ---- candidates ------------------------------------------------------------------
    def _choose(self, forms: tuple[Form, ...]) -> Form:
        def rank(f: Form) -> tuple[int, int]:
            actor = self.kb.get(f.actor)
            return (FORM_RANK.get(f.kind, 3), TYPE_RANK.get(actor.type if actor else "", 4))
        return min(forms, key=rank)

    def candidates(self, text: str, start: int, end: int) -> list[_Candidate]:
        out: list[_Candidate] = []
        for hit in self.gazetteer.find(text, start, end):
            if hit.forms == (BLOCK,):
                out.append(_Candidate(hit.start, hit.end, "", "block", True))
                continue
            if not _follower_allows(text, hit.surface, hit.end, end):
                continue
            form = self._choose(hit.forms)
            if form.kind == "alias" and form.actor.startswith("person:") and self._inside_name(
                    text, hit.start, hit.end, start, end):
                continue
            # A capital is a place (its own entity), not a mention of its state.
            key = "capital:" + form.actor if form.kind == "capital" else form.actor
            options = self._shared_states(hit.forms)
            out.append(_Candidate(hit.start, hit.end, key, form.kind, True, options=options))
        people = (self.appositions.find_zh(text, start, end)
                  + self.appositions.find_dotted(text, start, end)
                  + self.appositions.find_en(text, start, end)
                  + self.appositions.find_of_state(text, start, end))
        for p in people:
            out.append(_Candidate(p.start, p.end, self._person_key(p), "title_name"
                                  if p.title else "name", False, p))
        runs = find_abbreviation_runs(text, start, end, self.abbreviations,
                                      self.abbreviation_chars)
        for pos, state in runs:
            out.append(_Candidate(pos, pos + 1, state, "abbrev", True,
                                  options=self.abbreviation_options.get(text[pos], ())))
        return out

    def _model_people(self, doc: Document, text: str, raw: list[_Candidate]) -> None:
        """Persons a statistical model finds in the windows where the rules left a name
        unexplained (see ``model.WindowPicker``), added to ``raw``; and a check of the
        rules' Chinese surname + given-name guesses (主席成功, 首相时隔): a guess the model
        reads, in the clause it stands in, as a verb, adverb or date is dropped."""
        lang = (doc.lang or "").split("-")[0]
        backend = self.models.get(lang)
        if backend is None:
            return
        # A person's short form (拉夫罗夫, 安东尼) explains nothing: a longer name may hold it.
        covered = _Spans.covering((c.start, c.end) for c in raw
                                  if not (c.how == "alias" and c.key.startswith("person:")))
        unexplained = _unexplained_zh if lang == "zh" else _unexplained_en
        chosen = {s: t for seg in doc.body for s, t in self.picker.windows(
            lang, text, seg.start, seg.end,
            lambda pos, after: unexplained(text, pos, after, covered))}
        doubtful = [c for c in raw if _doubtful_guess(c)]
        for c in doubtful:
            seg = next((g for g in doc.body if g.start <= c.start < g.end), None)
            if seg is not None:
                s, t = self.picker.clause_at(lang, text, c.start, seg.start, seg.end)
                chosen.setdefault(s, t)
        if not chosen:
            return
        starts = sorted(chosen)
        windows = [(s, chosen[s]) for s in starts]
        spans = backend.names(windows)
        not_names = _Spans.covering((n.start, n.end) for n in spans
                                    if n.label in MODEL_NOT_NAME_LABELS)
        for c in doubtful:
            if not_names.overlaps(c.start, c.end):
                c.how = "block"
        for span in spans:
            if span.label != "person":
                continue
            w = starts[bisect.bisect_right(starts, span.start) - 1]
            p = self.appositions.model_person(text, span.start, span.end, w, w + len(chosen[w]))
            if p is not None:
                raw.append(_Candidate(p.start, p.end, self._person_key(p), "model", False, p))

    def _inside_name(self, text: str, s: int, e: int, start: int, end: int) -> bool:
        """Whether a known person's short form (拉夫罗夫) sits inside a longer transliterated
        name (…拉夫罗夫斯基): transliteration characters go on at one of its edges, past any
        title or the words that end a name (普京通电话)."""
        if not _has_cjk(text[s:e]):
            return False
        left = (s > start and text[s - 1] in TRANSLIT
                and not self.appositions.title_ends_at(text, s, start))
        right = (e < end and text[e] in TRANSLIT and not text.startswith(NAME_END_WORDS, e)
                 and not text.startswith(BARE_NAME_FOLLOWERS, e))
        return left or right

    def _shared_states(self, forms: tuple[Form, ...]) -> tuple[str, ...]:
        """The states a side or short form may name, when it names more than one."""
        states = tuple(dict.fromkeys(
            f.actor for f in forms if f.kind != "capital" and (a := self.kb.get(f.actor))
            and a.type in ("state", "territory")))
        return states if len(states) > 1 else ()

    def _person_key(self, p: PersonCandidate) -> str:
        for surface in (p.name, p.gloss):
            if surface:
                for form in self.kb.lookup(surface):
                    actor = self.kb.get(form.actor)
                    if actor is not None and actor.type == "person":
                        return actor.id
        return "local:" + (p.gloss or p.name)

    # ---- the document ----------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Entity]:
        text = doc.analysis_text if doc.analysis_text is not None else doc.text
        raw: list[_Candidate] = []
        for seg in doc.body:
            raw.extend(self.candidates(text, seg.start, seg.end))
        self._model_people(doc, text, raw)
        kept = _settle_shared(
            [c for c in _resolve_overlaps(_prefer_known_people(raw)) if c.how != "block"])
        entities = self._group(doc, kept)
        self._short_forms(doc, text, entities)
        for e in entities.values():
            e.mentions.sort(key=lambda m: m.start)
        ordered = sorted(entities.values(), key=lambda e: e.mentions[0].start)
        for i, e in enumerate(ordered, 1):
            e.id = f"e{i}"
        self._roles(doc, kept, entities)
        return ordered

    def _group(self, doc: Document, kept: list[_Candidate]) -> dict[str, Entity]:
        entities: dict[str, Entity] = {}
        for c in kept:
            entity = entities.get(c.key)
            if entity is None:
                entity = self._new_entity(c)
                entities[c.key] = entity
            entity.mentions.append(Mention(c.start, c.end, doc.text[c.start:c.end], c.how))
            if c.person and c.person.gloss and "en" not in entity.names:
                entity.names["en"] = c.person.gloss
        return entities

    def _new_entity(self, c: _Candidate) -> Entity:
        local = c.key.startswith("local:")
        actor = None if local else self.kb.get(c.key.removeprefix("capital:"))
        if actor is not None:
            if c.key.startswith("capital:"):
                en = actor.capital.get("en", actor.name)
                return Entity("", "location", en, None, None,
                              {k: v for k, v in actor.capital.items() if k in ("en", "zh")})
            names = {"en": actor.name}
            zh = actor.names.get("zh")
            if zh:
                names["zh"] = zh[0]
            return Entity("", actor.contract_type, actor.name, actor.code if actor.type != "person"
                          else None, actor.id, names)
        assert c.person is not None  # local keys come only from person candidates
        name = c.person.gloss or c.person.name
        names = {"zh" if _has_cjk(c.person.name) else "en": c.person.name}
        if c.person.gloss:
            names["en"] = c.person.gloss
        return Entity("", "person", name, None, None, names)

    def _short_forms(self, doc: Document, text: str, entities: dict[str, Entity]) -> None:
        """Resolve surname parts and surname + title to the person named in full."""
        keys: dict[str, list[Entity]] = {}
        for e in entities.values():
            if e.type != "person":
                continue
            for short in _short_keys(e, self.kb.get(e.kb_id) if e.kb_id else None):
                keys.setdefault(short, []).append(e)
        unique = {k: v[0] for k, v in keys.items() if len({id(x) for x in v}) == 1}
        _merge_local_into_linked(entities)
        if not unique:
            return
        # A local person named only by a short form ("PM Phuc") is the full-named one.
        for key, e in list(entities.items()):
            full = unique.get(e.name)
            if e.kb_id is None and e.type == "person" and full is not None and full is not e:
                full.mentions.extend(e.mentions)
                full.roles.extend(r for r in e.roles if r not in full.roles)
                del entities[key]
        taken = _Spans((m.start, m.end) for e in entities.values() for m in e.mentions)
        pattern = re.compile("|".join(re.escape(k) for k in sorted(unique, key=len, reverse=True)))
        for seg in doc.body:
            for m in pattern.finditer(text, seg.start, seg.end):
                s, t = m.start(), m.end()
                if taken.overlaps(s, t):
                    continue
                if not _has_cjk(m.group()) and ((s > 0 and text[s - 1].isalnum())
                                                or (t < len(text) and text[t].isalnum())):
                    continue
                unique[m.group()].mentions.append(Mention(s, t, doc.text[s:t], "short"))
                taken.add(s, t)

    def _roles(self, doc: Document, kept: list[_Candidate], entities: dict[str, Entity]) -> None:
        states = sorted((c for c in kept if c.key.startswith("state:")), key=lambda c: c.end)
        state_ends = [s.end for s in states]
        for c in kept:
            p = c.person
            entity = entities.get(c.key)
            if p is None or p.title is None or entity is None:
                continue
            of = None
            i = bisect.bisect_right(state_ends, p.title_start)  # the last state ending before
            if i and p.title_start - states[i - 1].end <= ROLE_STATE_WINDOW:
                state_entity = entities.get(states[i - 1].key)
                of = state_entity.id if state_entity else None
            role = Role(_english_title(p.title), p.title.role, of)
            if role not in entity.roles:
                entity.roles.append(role)
        date = doc.published
        by_code = {e.code: e.id for e in entities.values() if e.code}
        for e in entities.values():
            if e.type != "person" or e.roles or not e.kb_id:
                continue
            actor = self.kb.get(e.kb_id)
            if actor is None:
                continue
            for office in actor.offices_on(date)[:2] if date else ():
                e.roles.append(Role(office.title, office.role, by_code.get(office.of or "")))


def _english_title(title: Title) -> str:
    return title.en[0] if title.en else title.role.replace("_", " ")


def _has_cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


_TITLE_SUFFIXES = ("主席", "总理", "总书记", "部长", "外长", "大使", "总统", "首相", "书记")


def _short_keys(entity: Entity, actor: Actor | None) -> set[str]:
    """Short forms news uses for a person once named in full."""
    forms = {m.text for m in entity.mentions} | set(entity.names.values())
    if actor is not None:
        forms |= set(actor.names.get("zh", ())) | set(actor.names.get("en", ()))
    keys: set[str] = set()
    for f in forms:
        if "·" in f:
            last = f.rsplit("·", 1)[1]
            if len(last) >= 2:
                keys.add(last)
        elif _has_cjk(f) and len(f) in (2, 3, 4) and actor is not None and len(f) >= 3:
            keys.update(f[0] + t for t in _TITLE_SUFFIXES)
        elif not _has_cjk(f):
            words = [w for w in f.split() if w[:1].isupper()]
            if len(words) >= 2:
                keys.add(words[-1])
    return {k for k in keys if k not in forms and len(k) >= 2}


def _runs_on(guess: _Candidate, known: _Candidate) -> bool:
    """Whether a dotted transliteration goes on past a known person's form in the middle
    of a part (安东尼|奥·…): then it is another person, not the known one with a word
    glued on."""
    if guess.person is None or not _has_cjk(guess.person.name):
        return False
    cut = known.end - guess.start
    name = guess.person.name
    # Another part follows the cut: the known form ends inside the name's first parts
    # (安东尼|奥·…). With no part after it, the guess only glued a word on (…·马尔苏迪|通电话).
    return (0 < cut < len(name) and name[cut] not in (_DOT, " ") and name[cut - 1] != _DOT
            and _DOT in name[cut:])


_DOT = "·"


def _prefer_known_people(cands: list[_Candidate]) -> list[_Candidate]:
    """A name read after a title that runs past a known person starting at the same place
    (洪森通电话, "Bui Thanh Sonattended") is that person: the guess gives way, and the
    known person keeps the title it was introduced with."""
    known = {c.start: c for c in cands if c.from_kb and c.key.startswith("person:")}
    out = []
    for c in cands:
        k = known.get(c.start)
        if (not c.from_kb and c.person is not None and k is not None and c.end > k.end
                and not _runs_on(c, k)):
            if k.person is None:
                k.person = c.person
            continue
        out.append(c)
    return out


def _merge_local_into_linked(entities: dict[str, Entity]) -> None:
    """A local person written as a linked person's mention (施纪贤 once glossed ``(Keir
    Starmer)``, later bare), as the head of one in Chinese script (石破 for 石破茂) or as the
    family name an East Asian name opens with (President Yoon) is that person: the
    document introduced the form."""
    linked: dict[str, Entity] = {}
    for e in entities.values():
        if e.type == "person" and e.kb_id is not None:
            for m in e.mentions:
                linked.setdefault(m.text, e)
    heads = {t[:n]: e for t, e in linked.items() if _has_cjk(t) and _DOT not in t
             for n in range(2, len(t))}
    # East Asian names in English are shortened to the family name written first
    # ("President Yoon", "Prime Minister Lee"): the first word of one linked person only.
    firsts: dict[str, dict[int, Entity]] = {}
    for t, e in linked.items():
        words = t.split()
        if not _has_cjk(t) and len(words) >= 2:
            firsts.setdefault(words[0], {})[id(e)] = e
    heads.update({w: next(iter(by_id.values())) for w, by_id in firsts.items()
                  if len(by_id) == 1})
    for key, e in list(entities.items()):
        if e.type != "person" or e.kb_id is not None:
            continue
        full = linked.get(e.name) or heads.get(e.name)
        if full is not None and all(n in linked or n in heads for n in e.names.values()
                                    if _has_cjk(n)):
            full.mentions.extend(e.mentions)
            full.roles.extend(r for r in e.roles if r not in full.roles)
            del entities[key]


def _follower_allows(text: str, surface: str, at: int, end: int) -> bool:
    """A surface that names a state only before certain words (中非 is the Central African
    Republic in 中非总统, China–Africa in 中非合作) is kept only before one of them."""
    followers = STATE_NEEDS_FOLLOWER.get(surface)
    return followers is None or any(text.startswith(w, at, end) for w in followers)


def _settle_shared(kept: list[_Candidate]) -> list[_Candidate]:
    """A form several states share names the one of them the document otherwise names
    (巴方 in an article about Brazil is Brazil); with none or several named, it is dropped
    rather than guessed."""
    named = {c.key for c in kept if not c.options}
    out = []
    for c in kept:
        if c.options:
            hits = [o for o in c.options if o in named]
            if len(hits) != 1:
                continue
            c.key = hits[0]
        out.append(c)
    return out


def _doubtful_guess(c: _Candidate) -> bool:
    """A rule's guess at a Chinese name of surname + given name after a title, which the
    knowledge base does not know and no gloss confirms: worth a model's second look."""
    p = c.person
    return (p is not None and not c.from_kb and c.key.startswith("local:") and p.gloss is None
            and _has_cjk(p.name) and _DOT not in p.name and len(p.name) <= DOUBTFUL_LENGTH)


#: Rule guesses this short (a surname and one character: 主席成功, 首相时隔) are common
#: words as often as names; longer ones (阮文安) rarely are and are not checked.
DOUBTFUL_LENGTH = 2


def _name_char(c: str) -> bool:
    return c in TRANSLIT or c in SURNAMES


def _unexplained_zh(text: str, pos: int, after: bool, covered: _Spans) -> bool:
    """A name-shaped character next to a cue that no candidate covers."""
    at = pos if after else pos - 1
    return 0 <= at < len(text) and _name_char(text[at]) and not covered.overlaps(at, at + 1)


def _unexplained_en(text: str, pos: int, after: bool, covered: _Spans) -> bool:
    """A capitalised word next to a cue that no candidate covers."""
    if after:
        m = _EN_NEXT_WORD.match(text, pos)
        if m is None:
            return False
        s, e = m.span(1)
    else:
        m = _EN_PREV_WORD.search(text, max(0, pos - 40), pos)
        if m is None:
            return False
        s, e = m.span(1)
    return not covered.overlaps(s, e)


#: A name next to a cue: two capitalised words (initials count), since a lone capitalised
#: word there is more often a place, a body or a short form the rules already read.
_EN_NEXT_WORD = re.compile(r",?\s+([A-Z][\w'’.\-]*\s+[A-Z][\w'’.\-]+)")
_EN_PREV_WORD = re.compile(r"([A-Z][\w'’.\-]*\s+[A-Z][\w'’.\-]*[a-z][\w'’\-]*)\s+$")


class _Spans:
    """Non-overlapping spans kept sorted, for overlap checks in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self._spans = sorted(spans)

    @classmethod
    def covering(cls, spans: Iterable[tuple[int, int]]) -> _Spans:
        """Spans that may overlap, merged into the stretches they cover."""
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return cls(merged)

    def overlaps(self, s: int, t: int) -> bool:
        i = bisect.bisect_left(self._spans, (s, s))
        if i > 0 and self._spans[i - 1][1] > s:
            return True
        return i < len(self._spans) and self._spans[i][0] < t

    def add(self, s: int, t: int) -> None:
        bisect.insort(self._spans, (s, t))


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Greedy: longest first, knowledge-base candidates before guesses on a tie.

    The kept spans never overlap, so they are held sorted by start and a new span is
    checked against its two neighbours only (bisect): n log n, not n² over a long text."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), not c.from_kb, c.start))
    by_span: dict[tuple[int, int], _Candidate] = {}
    starts: list[int] = []
    kept: list[_Candidate] = []  # parallel to ``starts``
    for c in ordered:
        same = by_span.get((c.start, c.end))
        if same is not None:
            # The knowledge base named the span; the apposition still tells the title.
            if same.person is None and c.person is not None and same.key.startswith("person:"):
                same.person = c.person
            continue
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
        by_span[(c.start, c.end)] = c
    return kept


@lru_cache(maxsize=1)
def default_recognizer(name_model: str = "auto", threads: int = 1) -> EntityRecognizer:
    """The recognizer with the knowledge base and, unless ``name_model`` is "off", the
    installed statistical backends (``summitry[names]``) on ``threads`` threads each."""
    return EntityRecognizer(default_kb(), load_backends(name_model, threads))


@register("entities")
class EntitiesStage:
    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"body", "analysis_text"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self, settings: Settings):
        self.recognizer = default_recognizer(settings.name_model, settings.name_model_threads)

    def __call__(self, doc: Document) -> Document:
        doc.annotations["entities"] = self.recognizer(doc)
        return doc

"""The ``commitments`` stage: meetings, entities and times in; statements and commitments
out (the contract's v2 ``statements`` and ``commitments``).

Sentence by sentence: find named undertakings (:mod:`names`), keep those a status cue
governs or that are named outright (:mod:`status`), merge repeats of one name at the latest
status the article reaches, then read periods and succession (:mod:`lineage`) and parties
(:mod:`parties`). Languages without a cue table get none rather than guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from summitry.document import Document
from summitry.extract.commitments.admit import Admission
from summitry.extract.commitments.cues import CommitmentCues, cues_for
from summitry.extract.commitments.lineage import link_successors, period_of
from summitry.extract.commitments.model import STATUSES, Commitment, Statement
from summitry.extract.commitments.names import Candidate, find_en, find_zh
from summitry.extract.commitments.parties import (
    EntityIndex,
    commitment_parties,
    meeting_parties,
)
from summitry.extract.commitments.statements import stance_statements, subject_actors
from summitry.extract.commitments.status import (
    StatusFinding,
    by_kind,
    find_stances,
    find_status,
)
from summitry.nlp.sentences import Sentence, clause_end, clause_start, split_sentences
from summitry.pipeline import register
from summitry.settings import Settings

#: A commitment's lifecycle order: several statuses in one article keep the latest.
RANK = {s: i for i, s in enumerate(STATUSES)}
#: A titled undertaking no verb governs: a document is there because it was adopted; a plan,
#: programme or body named in passing is being carried out.
DEFAULT = {k: "adopted" for k in ("agreement", "treaty", "mou", "joint_statement",
                                   "declaration")}


@dataclass
class _Found:
    commitment: Commitment
    finding: StatusFinding | None
    sentence: Sentence
    clause: tuple[int, int]


class CommitmentExtractor:
    def __init__(self, doc: Document, cues: CommitmentCues):
        self.doc = doc
        self.cues = cues
        self.text = doc.analysis_text if doc.analysis_text is not None else doc.text
        self.lang = cues.lang
        self.index = EntityIndex.of(list(doc.annotations.get("entities", [])))
        self.admission = Admission(cues, self.text, self.index)
        self._meeting_parties: dict[int, list[str]] = {}
        self.actor_ends = {e: s for s, e, eid in self.index.spans
                           if self.index.party(eid) is not None}
        self.meetings: list[Any] = list(doc.annotations.get("meetings", []))
        #: Where statements are made: the reported meetings, else any (see ``_meeting_for``).
        self.reported_meetings = ([m for m in self.meetings if getattr(m, "reported", True)]
                                  or self.meetings)
        self.sentences = [s for i, seg in enumerate(doc.body)
                          for s in split_sentences(self.text, seg.start, seg.end, self.lang, i)]

    def run(self) -> tuple[list[Statement], list[Commitment]]:
        found = [f for s in self.sentences for f in self._in_sentence(s)]
        commitments = self._merge(found)
        for i, c in enumerate(commitments, 1):
            c.id = f"c{i}"
        link_successors(commitments)
        statements = self._statements(found)
        return statements, commitments

    # ---- finding -----------------------------------------------------------------------
    def _in_sentence(self, sentence: Sentence) -> list[_Found]:
        if self.lang == "zh":
            cands = find_zh(self.cues, self.text, sentence.start, sentence.end, self.actor_ends)
        else:
            cands = find_en(self.cues, self.text, sentence.start, sentence.end)
        out = []
        prev: tuple[Candidate, StatusFinding] | None = None
        for cand in cands:
            clause = (clause_start(self.text, sentence, cand.start, self.lang),
                      clause_end(self.text, sentence, cand.end, self.lang))
            finding = self._status(cand, sentence, clause)
            # One verb governs a coordinated list: ``发表A、B以及会议《C》``.
            if prev is not None and self.cues.rx("coordination").fullmatch(
                self.text[prev[0].end:cand.start]) and (
                    finding is None or finding.span[1] <= prev[1].span[1]):
                finding = prev[1]
            prev = (cand, finding) if finding is not None else None
            if not self.admission.admit(cand, finding):
                continue
            out.append(_Found(self._commitment(cand, finding, sentence), finding, sentence,
                              clause))
        return out

    def _status(self, cand: Candidate, sentence: Sentence,
                clause: tuple[int, int]) -> StatusFinding | None:
        if cand.preset is not None:
            status, statement, s, e = cand.preset
            return StatusFinding(status, statement, f"{self.lang}.status.programme", (s, e))
        finding = find_status(self.cues, self.text, (sentence.start, sentence.end), clause,
                              (cand.start, cand.end), cand.list_start)
        head_end = cand.start + len(cand.modifier) + len(cand.head)
        for pattern, cue in self.cues.compiled("participles") if finding is None else ():
            # The name's own complement says what became of it ("agreements reached at …").
            inner = pattern.match(self.text, head_end, cand.end)
            if inner:
                return StatusFinding(cue.status, cue.statement, f"{self.lang}.status.participle",
                                     (inner.start(), inner.end()))
        if finding is None and (cand.titled or cand.head in self.cues.bare_heads):
            future = self.cues.rx("future").search(self.text[sentence.start:cand.start])
            if future:
                return StatusFinding("drafting", "agree", f"{self.lang}.status.future",
                                     (sentence.start + future.start(),
                                      sentence.start + future.end()))
        return finding

    def _commitment(self, cand: Candidate, finding: StatusFinding | None,
                    sentence: Sentence) -> Commitment:
        name = self.doc.text[cand.start:cand.end]
        status = by_kind(finding.status if finding else DEFAULT.get(cand.kind, "implemented"),
                         cand.kind)
        rule = f"{self.lang}.name.{'title' if cand.titled else 'head'}"
        # An undertaking the KB knows as an agreement, named by a head that does not say
        # so (``… Economic Partnership``), is an agreement; a treaty stays a treaty.
        known = self.index.known_undertaking(cand.start, cand.end)
        kind = "agreement" if known is not None and cand.kind == "other" else cand.kind
        c = Commitment(cand.start, cand.end, name, kind, status,
                       rule + ("+" + finding.rule if finding else ""),
                       (sentence.start, sentence.end),
                       name_en=name if self.lang == "en" else self._known_name(cand),
                       period=period_of(self.text[cand.start:cand.end]))
        if finding:
            c.status_spans.append(finding.span)
        meeting = self._meeting_for(sentence)
        c.meeting = getattr(meeting, "id", None) if meeting is not None else None
        both = bool(self.cues.rx("both_sides").search(self.text[cand.start:cand.end]))
        mparties = self._context_parties(meeting, sentence)
        subject = (self._subject(finding, sentence, cand.start)
                   if finding and not cand.preset else [])
        if subject and not both:
            mparties = subject
        head = cand.start + len(cand.modifier) if not cand.preset else cand.end
        c.parties = commitment_parties(self.index, (cand.start, cand.end), head, both, mparties)
        return c

    def _known_name(self, cand: Candidate) -> str | None:
        """The English name of an undertaking the knowledge base knows (an agreement it lists
        as an actor: RCEP), when the text names it whole: a key across languages."""
        known = self.index.known_undertaking(cand.start, cand.end)
        return known.name if known is not None else None

    def _subject(self, finding: StatusFinding, sentence: Sentence, name: int) -> list[str]:
        """States and organizations named (not through a person) in the cue's clause before
        the cue: who signs, adopts, implements (``东盟…签署《…》``, "ASEAN's commitment to the
        implementation of …"). "Both sides" there means the meeting's parties: none here."""
        start = clause_start(self.text, sentence, finding.span[0], self.lang)
        # After a stance verb the subject is the one praised or welcomed (``日方高度评价东盟
        # 签署…``): the speaker is not a party to what they praise.
        for _s, e, _cue in find_stances(self.cues, self.text, (start, finding.span[0])):
            start = max(start, e)
        if self.cues.rx("both_sides").search(self.text[start:finding.span[0]]):
            return []
        out: list[str] = []
        end = min(finding.span[0], name)  # a cue after the name: who acts comes before it
        for s, _e, eid in self.index.spans[self.index.first_at(start):]:
            if s >= end:
                break
            entity = self.index.entities[eid]
            if s >= start and entity.type in ("state", "organization") and eid not in out:
                out.append(eid)
        return out

    def _context_parties(self, meeting: Any, sentence: Sentence) -> list[str]:
        """The meeting's parties; with no meeting, those the sentence names, else those the
        article's lead names."""
        if meeting is not None:
            key = id(meeting)
            if key not in self._meeting_parties:
                self._meeting_parties[key] = meeting_parties(self.index, meeting)
            if self._meeting_parties[key]:
                return list(self._meeting_parties[key])
        for s in [sentence, *self.sentences]:
            named = self.index.within(s.start, s.end)
            if named:
                return named
        return []

    def _meeting_for(self, sentence: Sentence) -> Any:
        """The reported meeting whose evidence holds the sentence, else the first reported
        meeting: a recalled or planned meeting named in passing is not where the article's
        statements are made.

        An article that reports no meeting (a spokesperson announcing visits, a review of
        past summits) ties a commitment to the meeting it last named, up to the sentence:
        "the two heads of state's consensus" follows the heads' meeting it recalls, not the
        first visit the article lists."""
        reported = self.reported_meetings
        for m in reported:
            for ev in getattr(m, "evidence", []) or []:
                if ev.start < sentence.end and sentence.start < ev.end:
                    return m
        if not reported:
            return None
        if any(getattr(m, "reported", True) for m in reported):
            return reported[0]
        return _last_named_before(reported, sentence.end) or reported[0]

    # ---- merging ------------------------------------------------------------------------
    def _merge(self, found: list[_Found]) -> list[Commitment]:
        by_key: dict[str, Commitment] = {}
        for f in found:
            c = f.commitment
            key = re.sub(r"[\W_]+", "", c.name.lower())
            old = by_key.get(key) or _shorter_form(by_key, key, c)
            if old is None:
                by_key[key] = c
                continue
            if RANK[c.status] > RANK[old.status]:
                old.status, old.rule = c.status, c.rule
                old.status_spans = c.status_spans + old.status_spans
            f.commitment = old
        return list(by_key.values())

    # ---- statements ---------------------------------------------------------------------
    def _statements(self, found: list[_Found]) -> list[Statement]:
        out: list[Statement] = []
        for f in found:
            if f.finding is None:
                continue
            c = f.commitment
            mparties = self._context_parties(self._meeting_for(f.sentence), f.sentence)
            actors = subject_actors(self.index, self.cues, self.text,
                                    (f.clause[0], f.finding.span[0]), mparties)
            out.append(Statement(f.finding.statement, actors, (c.start, c.end),
                                 (f.sentence.start, f.sentence.end), f.finding.rule,
                                 meeting=c.meeting, commitment=c.id))
        covered = {(f.clause[0], f.clause[1]) for f in found}
        for s in self.sentences:
            meeting = self._meeting_for(s)
            mparties = self._context_parties(meeting, s)
            out.extend(stance_statements(self.index, self.cues, self.text, s, covered,
                                         mparties, getattr(meeting, "id", None)))
        for i, st in enumerate(out, 1):
            st.id = f"s{i}"
        return out


def _shorter_form(by_key: dict[str, Commitment], key: str, c: Commitment) -> Commitment | None:
    """A commitment already found that this one names in full or in short (``中阿峰会成果``
    after ``首届中阿峰会成果``, ``“…”`` after ``“…”倡议``): same kind and period, one name
    beginning or ending the other."""
    for other_key, other in by_key.items():
        if other.kind != c.kind or other.period != c.period or min(len(key), len(other_key)) < 4:
            continue
        if (other_key.endswith(key) or key.endswith(other_key)
                or other_key.startswith(key) or key.startswith(other_key)):
            return other
    return None


def extract_commitments(doc: Document) -> tuple[list[Statement], list[Commitment]]:
    cues = cues_for(doc.lang)
    if cues is None or not doc.body:
        return [], []
    return CommitmentExtractor(doc, cues).run()


@register("commitments")
class CommitmentsStage:
    name: ClassVar[str] = "commitments"
    requires: ClassVar[frozenset[str]] = frozenset({"meetings", "entities", "times"})
    provides: ClassVar[frozenset[str]] = frozenset({"statements", "commitments"})

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        statements, commitments = extract_commitments(doc)
        doc.annotations["statements"] = statements
        doc.annotations["commitments"] = commitments
        return doc


def _last_named_before(meetings: list[Any], end: int) -> Any:
    """The meeting whose evidence starts last before ``end``, or None."""
    best, best_start = None, -1
    for m in meetings:
        for ev in getattr(m, "evidence", []) or []:
            if best_start < ev.start < end:
                best, best_start = m, ev.start
    return best

"""Statements: who states what. Actors are the parties named before the verb in its clause;
"both sides" (``双方``, ``各国外长``, "the leaders") and a clause with no named subject
resolve to the meeting's parties."""

from __future__ import annotations

from summitry.extract.commitments.cues import CommitmentCues
from summitry.extract.commitments.model import Statement
from summitry.extract.commitments.parties import EntityIndex
from summitry.extract.commitments.status import first_stance
from summitry.nlp.sentences import Sentence, clauses


def subject_actors(index: EntityIndex, cues: CommitmentCues, text: str,
                   before: tuple[int, int], meeting: list[str]) -> list[str]:
    """Parties stating what follows ``before``: named there, else the meeting's."""
    start, end = before
    if cues.rx("both_sides").search(text[start:end]):
        return list(meeting)
    named: list[str] = []
    for s, _e, eid in index.spans[index.first_at(start):]:
        if s >= end:
            break
        party = index.party(eid) if s >= start else None
        if party is not None and party not in named:
            named.append(party)
    return named or list(meeting)


def stance_statements(index: EntityIndex, cues: CommitmentCues, text: str, sentence: Sentence,
                      covered: set[tuple[int, int]], meeting: list[str],
                      meeting_id: str | None) -> list[Statement]:
    out: list[Statement] = []
    for clause in clauses(text, sentence, cues.lang):
        if clause in covered:
            continue
        for s, e, cue in first_stance(cues, text, clause):
            content = (e, clause[1])
            if content[1] - content[0] < 2:
                continue
            actors = subject_actors(index, cues, text, (clause[0], s), meeting)
            out.append(Statement(cue.statement, actors, content,
                                 (sentence.start, sentence.end), f"{cues.lang}.stance",
                                 meeting=meeting_id))
    return out

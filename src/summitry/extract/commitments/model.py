"""Statements and commitments as the contract (v2) writes them, each with the rule and the
spans that produced it, so that every recorded fact can be traced back to the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The contract's vocabularies (``../shared/CONTRACT.md``, "Statements and commitments").
STATEMENT_TYPES = ("agree", "propose", "pledge", "support", "oppose", "welcome", "praise",
                   "concern", "call_for", "sign", "adopt", "launch", "review", "other")
COMMITMENT_KINDS = ("plan_of_action", "agreement", "treaty", "mou", "joint_statement",
                    "declaration", "mechanism", "fund", "framework", "initiative", "other")
STATUSES = ("proposed", "considered", "agreed", "drafting", "signed", "adopted", "launched",
            "in_force", "implemented", "reviewed", "expired")


@dataclass(frozen=True, slots=True)
class Period:
    start: str | None
    end: str | None

    def to_contract(self) -> dict[str, str | None]:
        return {"start": self.start, "end": self.end}


@dataclass
class Commitment:
    """One undertaking named in the article, at the latest status the article gives it."""

    start: int  # the name, in original offsets
    end: int
    name: str
    kind: str
    status: str
    rule: str  # the cue rules that fired, e.g. "zh.name.title+zh.status.sign"
    evidence: tuple[int, int]  # the sentence
    id: str = ""
    name_en: str | None = None
    parties: list[str] = field(default_factory=list)
    period: Period | None = None
    meeting: str | None = None
    follows: str | None = None
    #: Status cue spans (original offsets) that set the status.
    status_spans: list[tuple[int, int]] = field(default_factory=list)

    def to_contract(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "name_en": self.name_en,
            "period": self.period.to_contract() if self.period else None,
            "parties": list(self.parties), "status": self.status, "meeting": self.meeting,
            "follows": self.follows,
            "evidence": [{"start": self.evidence[0], "end": self.evidence[1],
                          "text": text[self.evidence[0]:self.evidence[1]]}],
            # extensions
            "span": {"start": self.start, "end": self.end},
            "provenance": {"rule": self.rule,
                           "spans": [{"start": s, "end": e} for s, e in self.status_spans]},
        }


@dataclass
class Statement:
    """Who states what about a commitment (or about anything, for welcome/concern...)."""

    type: str
    actors: list[str]
    content: tuple[int, int]
    evidence: tuple[int, int]
    rule: str
    id: str = ""
    meeting: str | None = None
    commitment: str | None = None

    def to_contract(self, text: str) -> dict[str, Any]:
        s, e = self.content
        return {
            "id": self.id, "type": self.type, "actors": list(self.actors),
            "meeting": self.meeting,
            "content": {"start": s, "end": e, "text": text[s:e]},
            "commitment": self.commitment,
            "evidence": [{"start": self.evidence[0], "end": self.evidence[1]}],
            "provenance": {"rule": self.rule},
        }

"""What the extraction stages produce: entities with mentions and roles.

Mentions are offsets into the ORIGINAL text (``Document.text``): the analysis text is
length-preserving, so recognisers that read it produce original offsets directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The contract's vocabularies for a meeting (``../shared/CONTRACT.md``).
KINDS = ("conference", "talks", "call", "visit", "negotiation", "other")
FORMATS = ("in_person", "virtual", "hybrid", "phone")
LEVELS = ("summit", "ministerial", "senior_officials", "other")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    how: str  # "name", "alias", "abbrev", "side", "title_name", "short", "gloss", "capital"


@dataclass(frozen=True, slots=True)
class Role:
    title: str  # English title ("Deputy Minister of Foreign Affairs")
    role: str  # role key from the title lexicon ("deputy_foreign_minister")
    of: str | None  # entity id of the state or organization


@dataclass
class Entity:
    id: str  # "e1", local to the document
    type: str  # "person", "state", "organization", "location", "other"
    name: str
    code: str | None = None
    kb_id: str | None = None  # the knowledge-base actor, or None for a local actor
    names: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "code": self.code, "name": self.name,
            "names": dict(self.names),
            "mentions": [{"start": m.start, "end": m.end, "text": m.text}
                         for m in sorted(self.mentions, key=lambda m: m.start)],
            "roles": [{"title": r.title, "role": r.role, "of": r.of} for r in self.roles],
            "kb": self.kb_id,
        }

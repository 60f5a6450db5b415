"""Records of the knowledge base, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Office:
    role: str  # head_of_state, foreign_minister, deputy_foreign_minister, ...
    title: str  # the English title ("Minister of Foreign Affairs")
    of: str | None  # the code of the state or organization
    start: str | None  # ISO date, possibly partial ("2004", "2004-03")
    end: str | None  # None while in office

    def held_on(self, date: str) -> bool:
        """Whether the office was held on ``date`` (ISO, possibly partial); partial dates
        compare on the parts they give, so "2021" is within an office held in 2021."""
        n = len(date)
        start = (self.start or "0000")[:n]
        end = (self.end or "9999")[:n]
        return start <= date[: len(start)] and date[: len(end)] <= end


@dataclass(frozen=True, slots=True)
class Actor:
    id: str  # "state:VNM", "org:ASEAN", "person:sergey-lavrov"
    type: str  # "state", "territory", "organization", "person"
    code: str | None
    name: str  # canonical English name
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    abbrev: tuple[str, ...] = ()  # single-character Chinese abbreviations (states)
    capital: dict[str, str] = field(default_factory=dict)
    members: tuple[str, ...] = ()
    parent: str | None = None
    kind: str | None = None
    series: bool = False
    wikidata: str | None = None
    offices: tuple[Office, ...] = ()

    @property
    def contract_type(self) -> str:
        """The contract's entity type (a territory is reported as a state)."""
        return "state" if self.type == "territory" else self.type

    def offices_on(self, date: str | None) -> tuple[Office, ...]:
        if date is None:
            return self.offices
        if date.startswith("--"):  # no year: every office may apply
            return self.offices
        return tuple(o for o in self.offices if o.held_on(date))


@dataclass(frozen=True, slots=True)
class Title:
    """A kind of office as news writes it, with the meeting level it implies."""

    role: str
    level: str  # "summit", "ministerial", "senior_officials", "other"
    zh: tuple[str, ...]
    en: tuple[str, ...]

"""Gold annotations: loading ``*.gold.jsonl`` (format: ``../shared/eval/README.md``).

The gold is read once and checked whole before anything is scored, and every problem in the
file is reported together as ``path:line: field: why``. A scorer that meets a malformed
gold value halfway through would either crash or, worse, quietly score a meeting against
nothing; an annotator fixing a file wants the full list in one go.

Only the fields the scorer reads are checked; anything else on a line (``note``,
``name_en``, ``location``, ``date_end``) is annotation for people and is left alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitry.errors import SummitryError
from summitry.nlp.dates.partial import PartialDate

#: The values the annotation guide allows for ``format`` and ``level``; a typo in the gold
#: would otherwise make a field unmatchable and look like a system error.
FORMATS = frozenset({"in_person", "virtual", "hybrid", "phone"})
LEVELS = frozenset({"summit", "ministerial", "senior_officials", "other"})

#: ``2021-01-26``, ``2020-11``, ``--06-17`` (year unknown) and ``2020``. ``\d`` rather than
#: ``[0-9]`` because the shared scorer reads predicted dates that way, and ours must agree.


class GoldError(SummitryError):
    """The gold file cannot be read or holds invalid lines: nothing can be scored."""


@dataclass(frozen=True, slots=True)
class GoldPerson:
    """A person as the gold names it: the English name and every other accepted form."""

    en: str | None
    zh: tuple[str, ...] = ()
    #: Further accepted spellings (``Sergei Lavrov`` beside ``Sergey Lavrov``).
    names: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, *self.zh, *self.names) if n)

    @property
    def label(self) -> str:
        return self.forms[0]


#: A participant, a chair's alternative or a neutral item: a code or name, or a person.
Ref = str | GoldPerson
#: One chair, as the list of its accepted namings (its state, its named chairperson).
Chair = tuple[Ref, ...]


def ref_label(ref: Ref) -> str:
    """How a gold item is shown in a miss line."""
    return ref if isinstance(ref, str) else ref.label


@dataclass(frozen=True, slots=True)
class GoldMeeting:
    name: str | None
    date: str | None
    date_accept: tuple[str, ...]
    format: str | None
    level: str | None
    ordinal: int | None
    #: None when the annotator left ``chairs`` out: then chairs are not scored at all,
    #: whereas ``[]`` says the text names no chair and a predicted chair is wrong.
    chairs: tuple[Chair, ...] | None
    participants: tuple[Ref, ...]
    #: True: reported as news (scored for precision and recall); False: only mentioned.
    reported: bool = True


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    #: Where the record came from (``path:line``), for messages about it.
    where: str
    lang: str | None
    title: str | None
    body_include: tuple[str, ...]
    body_exclude: tuple[str, ...]
    persons: tuple[Ref, ...]
    states: tuple[str, ...]
    organizations: tuple[str, ...]
    neutral: tuple[Ref, ...]
    meetings: tuple[GoldMeeting, ...]


def load_gold(path: str | Path) -> tuple[GoldDoc, ...]:
    """Read and check a gold file; :class:`GoldError` lists every problem found."""
    try:
        with open(path, encoding="utf-8-sig") as stream:
            lines = stream.readlines()
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise GoldError(f"cannot read the gold file: {why}", source=str(path)) from None
    return parse_gold(lines, str(path))


def parse_gold(lines: Iterable[str], source: str = "<gold>") -> tuple[GoldDoc, ...]:
    """Gold records from JSON Lines; blank lines are allowed, every other line is a record."""
    docs: list[GoldDoc] = []
    problems: list[str] = []
    first_seen: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        reader = _RecordReader(f"{source}:{number}")
        doc = reader.read(line)
        problems.extend(reader.problems)
        if doc is None:
            continue
        if doc.id in first_seen:
            problems.append(f"{doc.where}: id: {doc.id!r} already annotated at "
                            f"{first_seen[doc.id]}")
            continue
        first_seen[doc.id] = doc.where
        docs.append(doc)
    if not problems and not docs:
        problems.append(f"{source}: holds no gold records")
    if problems:
        raise GoldError(f"invalid gold ({len(problems)} problem(s)):\n  " + "\n  ".join(problems))
    return tuple(docs)


class _RecordReader:
    """Turns one gold line into a :class:`GoldDoc`, noting every problem instead of stopping
    at the first, so one run of the scorer lists all that is wrong with a file."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []

    def problem(self, field: str, why: str) -> None:
        self.problems.append(f"{self.where}: {field}: {why}")

    def read(self, line: str) -> GoldDoc | None:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            self.problems.append(f"{self.where}: not JSON ({exc.msg} at column {exc.colno})")
            return None
        if not isinstance(record, dict):
            self.problems.append(f"{self.where}: a gold record must be a JSON object, "
                                 f"not {type(record).__name__}")
            return None
        doc_id = record.get("id")
        if not isinstance(doc_id, str) or not doc_id.strip():
            self.problem("id", "must be a non-empty string")
            return None
        meetings = record.get("meetings", [])
        if not isinstance(meetings, list):
            self.problem("meetings", "must be a list")
            meetings = []
        return GoldDoc(
            id=doc_id, where=self.where,
            lang=self.optional_text(record.get("lang"), "lang"),
            title=self.optional_text(record.get("title"), "title"),
            body_include=self.texts(record.get("body_include", []), "body_include"),
            body_exclude=self.texts(record.get("body_exclude", []), "body_exclude"),
            persons=self.refs(record.get("persons", []), "persons"),
            states=self.texts(record.get("states", []), "states"),
            organizations=self.texts(record.get("organizations", []), "organizations"),
            neutral=self.refs(record.get("neutral", []), "neutral"),
            meetings=tuple(m for i, raw in enumerate(meetings)
                           if (m := self.meeting(raw, f"meetings[{i}]")) is not None),
        )

    def optional_text(self, value: object, field: str) -> str | None:
        if value is None or isinstance(value, str):
            return value
        self.problem(field, f"must be a string or null, not {type(value).__name__}")
        return None

    def texts(self, value: object, field: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.problem(field, "must be a list of strings")
            return ()
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                out.append(item)
            else:
                self.problem(f"{field}[{i}]", "must be a non-empty string")
        return tuple(out)

    def ref(self, value: object, field: str) -> Ref | None:
        if isinstance(value, str):
            if value.strip():
                return value
            self.problem(field, "must not be empty")
            return None
        if isinstance(value, dict):
            return self.person(value, field)
        self.problem(field, f"must be a code, a name or a person object, "
                            f"not {type(value).__name__}")
        return None

    def refs(self, value: object, field: str) -> tuple[Ref, ...]:
        if not isinstance(value, list):
            self.problem(field, "must be a list")
            return ()
        return tuple(r for i, item in enumerate(value)
                     if (r := self.ref(item, f"{field}[{i}]")) is not None)

    def person(self, value: dict[str, Any], field: str) -> GoldPerson | None:
        en = self.optional_text(value.get("en"), f"{field}.en")
        zh = value.get("zh", [])
        # One surface form written without its list is accepted: it is unambiguous.
        zh_forms = self.texts([zh] if isinstance(zh, str) else zh, f"{field}.zh")
        names = self.texts(value.get("names", []), f"{field}.names")
        person = GoldPerson(en=en or None, zh=zh_forms, names=names)
        if not person.forms:
            self.problem(field, "a person needs at least one name (en, zh or names)")
            return None
        return person

    def chair(self, value: object, field: str) -> Chair | None:
        if isinstance(value, list):
            if not value:
                self.problem(field, "a chair's list of alternatives must not be empty")
                return None
            alternatives = self.refs(value, field)
            return alternatives if len(alternatives) == len(value) else None
        ref = self.ref(value, field)
        return None if ref is None else (ref,)

    def date(self, value: object, field: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, str) and PartialDate.parse(value) is not None:
            return value
        self.problem(field, f"not an ISO date (2021-01-26, 2020-11, --06-17): {value!r}")
        return None

    def meeting(self, value: object, field: str) -> GoldMeeting | None:
        if not isinstance(value, dict):
            self.problem(field, "a meeting must be a JSON object")
            return None
        accept = value.get("date_accept", [])
        if not isinstance(accept, list):
            self.problem(f"{field}.date_accept", "must be a list of dates")
            accept = []
        chairs: tuple[Chair, ...] | None = None
        if "chairs" in value:
            raw_chairs = value["chairs"]
            if isinstance(raw_chairs, list):
                chairs = tuple(c for i, item in enumerate(raw_chairs)
                               if (c := self.chair(item, f"{field}.chairs[{i}]")) is not None)
            else:
                self.problem(f"{field}.chairs", "must be a list")
        return GoldMeeting(
            name=self.optional_text(value.get("name"), f"{field}.name"),
            date=self.date(value.get("date"), f"{field}.date"),
            date_accept=tuple(d for i, item in enumerate(accept)
                              if (d := self.date(item, f"{field}.date_accept[{i}]"))),
            format=self.choice(value.get("format"), f"{field}.format", FORMATS),
            level=self.choice(value.get("level"), f"{field}.level", LEVELS),
            ordinal=self.ordinal(value.get("ordinal"), f"{field}.ordinal"),
            chairs=chairs,
            participants=self.refs(value.get("participants", []), f"{field}.participants"),
            reported=self.flag(value.get("reported", True), f"{field}.reported"),
        )

    def choice(self, value: object, field: str, allowed: frozenset[str]) -> str | None:
        if value is None or (isinstance(value, str) and value in allowed):
            return value
        self.problem(field, f"{value!r} is not one of {', '.join(sorted(allowed))} or null")
        return None

    def ordinal(self, value: object, field: str) -> int | None:
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        self.problem(field, f"must be an integer or null, not {value!r}")
        return None

    def flag(self, value: object, field: str) -> bool:
        if isinstance(value, bool):
            return value
        self.problem(field, f"must be true or false, not {value!r}")
        return True

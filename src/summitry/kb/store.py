"""Loading the knowledge base from its data files, and looking actors up.

The files are read once per process (``default_kb``). Chinese forms are indexed in the
same normalisation as the analysis text (simplified characters, folded width, one middle
dot), so a traditional or full-width mention finds the same actor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from summitry.kb.model import Actor, Office, Title
from summitry.nlp.normalize import analysis_text

DATA_FILES = ("states.json", "organizations.json", "persons.json")


@dataclass(frozen=True, slots=True)
class Form:
    """One way of naming an actor."""

    actor: str  # actor id
    kind: str  # "name", "alias", "abbrev", "capital"
    lang: str  # "zh", "en", "vi", "ru"


class KnowledgeBase:
    def __init__(self, actors: Iterable[Actor], titles: Iterable[Title] = ()):
        self.actors: dict[str, Actor] = {}
        self.by_code: dict[str, Actor] = {}
        for actor in actors:
            self.actors[actor.id] = actor
            if actor.code and actor.type != "person":
                self.by_code.setdefault(actor.code, actor)
        self.titles = tuple(titles)
        self.forms: dict[str, list[Form]] = {}
        for actor in self.actors.values():
            self._index(actor)

    def _add(self, surface: str, form: Form) -> None:
        surface = surface.strip()
        if not surface:
            return
        if form.lang == "zh":
            surface = analysis_text(surface)[0]
        entries = self.forms.setdefault(surface, [])
        if all(f.actor != form.actor for f in entries):
            entries.append(form)

    def _index(self, actor: Actor) -> None:
        for lang, names in actor.names.items():
            key = "zh" if lang.startswith("zh") else lang
            for n in names:
                self._add(n, Form(actor.id, "name", key))
        for lang, names in actor.aliases.items():
            key = "zh" if lang.startswith("zh") else lang
            for n in names:
                self._add(n, Form(actor.id, "alias", key))
        for lang, city in actor.capital.items():
            key = "zh" if lang.startswith("zh") else lang
            self._add(city, Form(actor.id, "capital", key))

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def code(self, code: str) -> Actor | None:
        return self.by_code.get(code)

    def lookup(self, surface: str) -> list[Form]:
        return self.forms.get(surface, [])

    def abbreviations(self) -> dict[str, str]:
        """Single-character Chinese abbreviation -> state id (越 -> state:VNM)."""
        out: dict[str, str] = {}
        for actor in self.actors.values():
            for a in actor.abbrev:
                out.setdefault(analysis_text(a)[0], actor.id)
        return out


    def abbreviation_options(self) -> dict[str, tuple[str, ...]]:
        """Single-character abbreviation -> every state it abbreviates (巴: Brazil and
        Pakistan), for a reader that settles a shared one by the document."""
        out: dict[str, tuple[str, ...]] = {}
        for actor in self.actors.values():
            for a in actor.abbrev:
                key = analysis_text(a)[0]
                out[key] = (*out.get(key, ()), actor.id)
        return out


def _tuple_map(raw: dict[str, Any] | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (raw or {}).items() if v}


def actor_from_json(raw: dict[str, Any]) -> Actor:
    offices = tuple(Office(role=o.get("role", "other"), title=o.get("title", ""), of=o.get("of"),
                           start=o.get("start"), end=o.get("end"))
                    for o in raw.get("offices") or ())
    abbrev = raw.get("abbrev") or {}
    return Actor(
        id=raw["id"], type=raw["type"], code=raw.get("code"), name=raw["name"],
        names=_tuple_map(raw.get("names")), aliases=_tuple_map(raw.get("aliases")),
        abbrev=tuple(abbrev.get("zh", ())) if isinstance(abbrev, dict) else tuple(abbrev),
        capital=dict(raw.get("capital") or {}), members=tuple(raw.get("members") or ()),
        parent=raw.get("parent"), kind=raw.get("kind"), series=bool(raw.get("series")),
        wikidata=raw.get("wikidata"), offices=offices,
    )


def _read(name: str) -> list[dict[str, Any]]:
    path = resources.files("summitry.kb").joinpath("data", name)
    if not path.is_file():
        return []
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package, loaded once per process."""
    actors = [actor_from_json(raw) for name in DATA_FILES for raw in _read(name)]
    titles = [Title(role=t["role"], level=t.get("level", "other"), zh=tuple(t.get("zh", ())),
                    en=tuple(t.get("en", ()))) for t in _read("titles.json")]
    return KnowledgeBase(actors, titles)

"""A state's officials for its page: the knowledge base's people holding (or having held)
an office of that state, current holders first.

Offices come from the knowledge base (``offices`` with ``of``, ``start``, ``end``), the same
data that resolves 外长 to a name on a given date, so a state page lists who an article
could mean by its titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from summitry.kb import default_kb
from summitry.store.database import Store
from summitry.store.queries_workbench import stored_actors
from summitry.web.names import PAGE_LANG, name_in

#: The most officials listed on one page.
MAX_OFFICIALS = 20


@dataclass(frozen=True, slots=True)
class Official:
    id: str
    name: str
    title: str
    start: str | None
    end: str | None

    @property
    def current(self) -> bool:
        return self.end is None


def officials(state_code: str | None, lang: str = "en") -> list[Official]:
    """Offices of ``state_code`` (``VNM``) and who held them: current ones first, then the
    most recently ended; each office of a person is one row."""
    if not state_code:
        return []
    found = []
    for actor in default_kb().actors.values():
        if actor.type != "person":
            continue
        for office in actor.offices:
            if office.of == state_code:
                found.append(Official(actor.id, name_in(actor, lang), office.title,
                                      office.start, office.end))
    found.sort(key=lambda o: (not o.current, _desc(o.end), _desc(o.start), o.name))
    return found[:MAX_OFFICIALS]


def officials_of(store: Store, state_code: str | None) -> list[tuple[Official, bool]]:
    """The template global: officials named in the language of the page being rendered,
    each with whether the store holds them (and so has a page to link to)."""
    found = officials(state_code, PAGE_LANG.get())
    known = stored_actors(store, [o.id for o in found])
    return [(o, o.id in known) for o in found]


def _desc(value: str | None) -> str:
    """A sort key putting later ISO dates first (missing last)."""
    if not value:
        return "~"
    return "".join(chr(0x7E - ord(c) + 0x20) if c.isdigit() else c for c in value)

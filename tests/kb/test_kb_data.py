"""Integrity of the actor knowledge base data files (raw JSON, no summitry imports).

These pin the invariants the recognizer and linker rely on: ids and codes are unique,
every reference (office "of", organization members, parents) resolves, dates are ISO and
ordered, surface forms are clean, and a surface form never silently names two actors of
the same type: a shared form must be declared in the "ambiguous" list of every actor
that uses it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "summitry" / "kb" / "data"
SURFACE_FIELDS = ("names", "aliases", "abbrev")
ROLES = {
    "head_of_state", "head_of_government", "party_leader", "foreign_minister",
    "deputy_foreign_minister", "defence_minister", "deputy_defence_minister", "legislature_head",
    "vice_head_of_state", "deputy_head_of_government", "secretary_general", "ambassador",
    "other_minister", "other",
}
ORG_KINDS = {"organization", "forum", "mechanism", "agency", "bank", "agreement"}
LEVELS = {"summit", "ministerial", "senior_officials", "other"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def states() -> list[dict[str, Any]]:
    return _load("states.json")


@pytest.fixture(scope="module")
def organizations() -> list[dict[str, Any]]:
    return _load("organizations.json")


@pytest.fixture(scope="module")
def persons() -> list[dict[str, Any]]:
    return _load("persons.json")


@pytest.fixture(scope="module")
def titles() -> list[dict[str, Any]]:
    return _load("titles.json")


@pytest.fixture(scope="module")
def actors(states, organizations, persons) -> list[dict[str, Any]]:
    return states + organizations + persons


def _parse_date(value: str) -> date:
    """Lowest date a partial ISO value can mean ("2021" -> 2021-01-01)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _parse_date_high(value: str) -> date:
    """Highest date a partial ISO value can mean ("2021" -> 2021-12-31)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(*parts)


def _surface_forms(actor: dict[str, Any]):
    for field in SURFACE_FIELDS:
        for lang, values in (actor.get(field) or {}).items():
            for value in values:
                yield field, lang, value


# --- shape -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["states.json", "organizations.json", "persons.json"])
def test_files_are_arrays_sorted_by_id(name):
    records = _load(name)
    assert isinstance(records, list) and records
    ids = [r["id"] for r in records]
    assert ids == sorted(ids)


def test_ids_are_unique_across_all_files(actors):
    seen = defaultdict(int)
    for actor in actors:
        seen[actor["id"]] += 1
    assert [i for i, n in seen.items() if n > 1] == []


def test_codes_are_unique_within_states_and_organizations(states, organizations):
    for records in (states, organizations):
        codes = [r["code"] for r in records]
        assert len(codes) == len(set(codes))
    # Codes are namespaced by type (state:SOM is Somalia, org:SOM the ASEAN Senior Officials'
    # Meeting); the few acronyms that equal an ISO alpha-3 code are pinned here so a new
    # overlap is a deliberate decision.
    overlap = {r["code"] for r in states} & {r["code"] for r in organizations}
    assert overlap == {"SOM", "NAM", "BFA"}


def test_id_prefix_matches_type_and_code(states, organizations, persons):
    for r in states:
        assert r["type"] in ("state", "territory")
        assert r["id"] == f"state:{r['code']}"
        assert re.fullmatch(r"[A-Z]{3}", r["code"])
    for r in organizations:
        assert r["type"] == "organization"
        assert r["id"] == f"org:{r['code']}"
        assert r["kind"] in ORG_KINDS, r["id"]
    for r in persons:
        assert r["type"] == "person"
        assert r["id"].startswith("person:")
        assert r["code"] is None
        assert r.get("gender") in (None, "m", "f")


def test_every_actor_has_an_english_name_listed_first(actors):
    for actor in actors:
        assert actor["name"] and actor["names"]["en"][0] == actor["name"], actor["id"]


def test_names_are_nonempty_strings_without_outer_spaces(actors):
    bad = []
    for actor in actors:
        forms = [*list(_surface_forms(actor)), ("name", "en", actor["name"])]
        for field, lang, value in forms:
            if not isinstance(value, str) or not value or value != value.strip():
                bad.append((actor["id"], field, lang, value))
    assert bad == []


def test_abbreviations_are_single_characters_on_states_only(states, organizations, persons):
    for r in organizations + persons:
        assert "abbrev" not in r, r["id"]
    for r in states:
        for value in (r.get("abbrev") or {}).get("zh", []):
            assert len(value) == 1, (r["id"], value)


def test_no_surface_form_names_two_actors_of_a_type_unless_declared_ambiguous(actors):
    owners: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    declared: dict[str, set[str]] = {}
    for actor in actors:
        kind = "state" if actor["type"] in ("state", "territory") else actor["type"]
        declared[actor["id"]] = set(actor.get("ambiguous", []))
        for _field, lang, value in _surface_forms(actor):
            owners[(kind, lang.split("-")[0] if lang == "zh-Hant" else lang, value)].add(actor["id"])
    clashes = [
        (key, sorted(ids)) for key, ids in owners.items()
        if len(ids) > 1 and not all(key[2] in declared[i] for i in ids)
    ]
    assert clashes == []


# --- states ------------------------------------------------------------------------------

def test_every_iso_3166_1_country_is_present(states):
    pycountry = pytest.importorskip("pycountry")
    codes = {r["code"] for r in states}
    missing = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in codes)
    assert missing == []


def test_news_usage_canonical_names(states):
    by_code = {r["code"]: r for r in states}
    expected = {
        "VNM": "Vietnam", "LAO": "Laos", "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea",
        "BRN": "Brunei", "MMR": "Myanmar", "IRN": "Iran", "SYR": "Syria", "USA": "United States",
        "GBR": "United Kingdom", "TLS": "Timor-Leste", "COG": "Republic of the Congo", "COD": "DR Congo",
    }
    assert {c: by_code[c]["name"] for c in expected} == expected
    assert by_code["TWN"]["type"] == "territory"
    assert by_code["HKG"]["type"] == "territory"
    assert by_code["PSE"]["type"] == "state"
    assert by_code["XKX"]["type"] == "state"


def test_bare_congo_means_the_republic_of_the_congo(states):
    by_code = {r["code"]: r for r in states}
    assert "刚果" in by_code["COG"]["aliases"]["zh"]
    assert "刚果" not in [v for _f, _l, v in _surface_forms(by_code["COD"])]


def test_states_have_capitals_with_english_and_chinese(states):
    for r in states:
        cap = r.get("capital")
        if cap is not None:
            assert cap.get("en") and cap.get("zh"), r["id"]
    by_code = {r["code"]: r for r in states}
    assert by_code["VNM"]["capital"]["zh"] == "河内"


# --- organizations -----------------------------------------------------------------------

def test_organization_members_and_parents_resolve(states, organizations):
    state_codes = {r["code"] for r in states}
    org_codes = {r["code"] for r in organizations}
    for r in organizations:
        unknown = [m for m in r.get("members") or [] if m not in state_codes]
        assert unknown == [], r["id"]
        assert r.get("parent") is None or r["parent"] in org_codes, r["id"]
        assert r.get("series") in (None, True), r["id"]


def test_contract_organization_codes_exist(organizations):
    codes = {r["code"] for r in organizations}
    required = {"ASEAN", "UN", "UNSC", "UNGA", "WHO", "WTO", "EAS", "ARF", "AMM", "ADMM", "ADMM-Plus",
                "ADSOM-Plus", "APT", "SOM", "APEC", "EU", "EAEU", "SCO", "BRICS", "G20", "G7", "NATO",
                "IMF", "MLC", "CPTPP", "RCEP"}
    assert required - codes == set()


# --- persons -----------------------------------------------------------------------------

def test_every_person_has_offices_with_valid_dates(persons):
    for p in persons:
        assert p["offices"], p["id"]
        for office in p["offices"]:
            assert office["role"] in ROLES, (p["id"], office)
            assert office["title"] and office["title"] == office["title"].strip(), p["id"]
            assert office["start"] and DATE_RE.match(office["start"]), (p["id"], office)
            _parse_date(office["start"])
            if office["end"] is not None:
                assert DATE_RE.match(office["end"]), (p["id"], office)
                assert _parse_date(office["start"]) <= _parse_date_high(office["end"]), (p["id"], office)


def test_person_office_of_resolves_to_a_state_or_organization(states, organizations, persons):
    codes = {r["code"] for r in states} | {r["code"] for r in organizations}
    unresolved = [(p["id"], o["of"]) for p in persons for o in p["offices"] if o["of"] not in codes]
    assert unresolved == []


def test_person_english_names_have_no_diacritics(persons):
    for p in persons:
        assert p["name"].isascii(), p["id"]


# --- titles ------------------------------------------------------------------------------

def test_titles_use_known_roles_and_levels(titles):
    assert titles
    for t in titles:
        assert t["role"] in ROLES
        assert t["level"] in LEVELS
        assert t["zh"] or t["en"]
        for value in t["zh"] + t["en"]:
            assert value and value == value.strip()

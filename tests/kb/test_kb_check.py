"""The persons check (summitry.kb.check, tools/check_kb.py) on made-up records, and on the
shipped knowledge base: no clashing or shared office is left in it."""

import json
from importlib import resources

from summitry.kb.check import check_persons


def person(pid, *offices, **extra):
    return {"id": pid, "offices": [dict(zip(("role", "of", "start", "end", "title"), o, strict=False))
                                   for o in offices], **extra}


def kinds(persons):
    return [(f.kind, f.persons) for f in check_persons(persons) if f.kind != "unsourced"]


def test_a_term_never_closed_is_a_shared_office():
    found = kinds([person("p:a", ("foreign_minister", "XXA", "2019-01-10", None)),
                   person("p:b", ("foreign_minister", "XXA", "2023-05-02", None))])
    assert found == [("shared", ("p:a", "p:b"))]


def test_a_handover_day_or_month_is_no_overlap():
    assert kinds([person("p:a", ("foreign_minister", "XXA", "2019-01-10", "2023-05-02")),
                  person("p:b", ("foreign_minister", "XXA", "2023-05-02", None)),
                  person("p:c", ("defence_minister", "XXA", "2020", "2024-06")),
                  person("p:d", ("defence_minister", "XXA", "2024-06", None))]) == []


def test_a_minister_and_his_own_deputy_at_once_is_a_clash():
    found = kinds([person("p:a", ("foreign_minister", "XXA", "2020-01-01", None),
                          ("deputy_foreign_minister", "XXA", "2018-01-01", "2021-01-01"))])
    assert found == [("clash", ("p:a",))]


def test_acting_holders_and_two_chambers_are_not_shared_offices():
    assert kinds([
        person("p:a", ("head_of_state", "XXA", "2020-01-01", None, "President")),
        person("p:b", ("head_of_state", "XXA", "2024-12-01", "2025-02-01", "Acting President")),
        person("p:c", ("legislature_head", "XXA", "2020-01-01", None, "Speaker of the House")),
        person("p:d", ("legislature_head", "XXA", "2021-01-01", None, "President of the Senate")),
    ]) == []


def test_a_person_without_wikidata_or_sources_is_unsourced():
    found = check_persons([person("p:a"), person("p:b", wikidata="Q1"),
                           person("p:c", sources=["gazette 2024"])])
    assert [f.persons for f in found if f.kind == "unsourced"] == [("p:a",)]


def test_the_shipped_persons_have_no_clashing_or_shared_office():
    path = resources.files("summitry.kb").joinpath("data", "persons.json")
    assert kinds(json.loads(path.read_text(encoding="utf-8"))) == []

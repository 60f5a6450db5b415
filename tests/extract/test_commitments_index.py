"""The commitments stage's look-ups by position: mention walks from a bisect, the first
stance of a clause, member states read once per organization."""

from __future__ import annotations

from summitry.extract.commitments.cues import cues_for
from summitry.extract.commitments.parties import EntityIndex, _member_codes, prune
from summitry.extract.commitments.status import find_stances, first_stance
from summitry.kb.store import default_kb
from summitry.records import Entity, Mention, Role


def _index() -> EntityIndex:
    text = "越南和老挝外长在河内会谈，越南外长欢迎东盟。"
    def m(word: str, nth: int = 0) -> Mention:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(word, pos + 1)
        return Mention(pos, pos + len(word), word, "name")
    return EntityIndex.of([
        Entity("e1", "state", "Vietnam", mentions=[m("越南"), m("越南", 1)]),
        Entity("e2", "state", "Laos", mentions=[m("老挝")]),
        Entity("e3", "person", "Minister", mentions=[m("外长", 1)],
               roles=[Role("Foreign Minister", "foreign_minister", "e1")]),
        Entity("e4", "organization", "ASEAN", mentions=[m("东盟")]),
    ])


def test_first_at_finds_the_first_mention_at_or_after_a_position():
    index = _index()
    starts = [s for s, _e, _id in index.spans]
    for pos in range(0, starts[-1] + 2):
        i = index.first_at(pos)
        assert all(s < pos for s in starts[:i]) and all(s >= pos for s in starts[i:])


def test_walks_from_the_bisect_see_only_their_window():
    index = _index()
    assert index.within(0, 100) == ["e1", "e2", "e4"]
    assert index.within(3, 100) == ["e2", "e1", "e4"]
    assert index.within(3, 5) == ["e2"]
    assert index.within(20, 21) == []
    s, e, eid = index.spans[2]
    assert index.covers(s, e) == eid
    assert index.covers(s, e + 1) is None


def test_first_stance_is_the_first_of_all_stances():
    cues = cues_for("en")
    assert cues is not None
    text = "The ministers welcomed the plan and supported the fund, and noted the talks."
    clause = (0, len(text))
    every = find_stances(cues, text, clause)
    assert every and first_stance(cues, text, clause) == every[:1]
    assert first_stance(cues, text, (0, 4)) == []


def test_member_states_of_an_organization_party_are_pruned():
    kb = default_kb()
    asean = next(a for a in kb.actors.values() if a.type == "organization"
                 and a.kind not in ("agreement", "mechanism") and len(a.members) > 3)
    codes = _member_codes(kb, asean.id)
    assert codes == frozenset(asean.members)
    member = next(a for a in kb.actors.values() if a.type == "state" and a.code in codes)
    index = EntityIndex.of([
        Entity("e1", "organization", asean.name, kb_id=asean.id),
        Entity("e2", "state", member.name, code=member.code, kb_id=member.id),
    ])
    assert prune(index, ["e1", "e2"]) == ["e1"]

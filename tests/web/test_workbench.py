"""The workbench pages: counterpart networks (ego and filtered) and the map of meeting places."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from summitry.store.database import Store
from summitry.store.results import ActorRef, Counterpart, MeetingRecord
from summitry.web import geo, network


def ref(code: str, kind: str = "state") -> ActorRef:
    return ActorRef(f"{kind}:{code}", kind, code, code.title())


def meeting(i: int, *codes: str, location: str | None = None) -> MeetingRecord:
    return MeetingRecord(i, None, "talks", "bilateral", "ministerial", None, None, None,
                         None, location, True, participants=tuple(ref(c) for c in codes))


def test_meeting_graph_counts_pairs_and_ranks_actors():
    rows = [meeting(1, "VNM", "LAO"), meeting(2, "VNM", "LAO"), meeting(3, "VNM", "KHM", "LAO"),
            meeting(4, "THA")]
    g = network.meeting_graph(rows)
    assert [n.actor.code for n in g.nodes] == ["LAO", "VNM", "KHM", "THA"]
    pairs = {(e.a.actor.code, e.b.actor.code): e.meetings for e in g.edges}
    assert pairs == {("KHM", "LAO"): 1, ("KHM", "VNM"): 1, ("LAO", "VNM"): 3}
    assert max(e.width for e in g.edges) > min(e.width for e in g.edges)


def test_meeting_graph_keeps_the_types_asked_for():
    person = ActorRef("person:x", "person", None, "X")
    row = MeetingRecord(1, None, "talks", None, None, None, None, None, None, None, True,
                        participants=(ref("VNM"), person))
    assert len(network.meeting_graph([row]).edges) == 0
    assert len(network.meeting_graph([row], ("state", "person")).edges) == 1


def test_ego_graph_caps_the_ring_and_says_how_many_are_left_out():
    many = [Counterpart(ref(f"C{i:02d}"), 100 - i) for i in range(network.MAX_NODES + 5)]
    g = network.ego_graph(ref("VNM"), many)
    assert g.nodes[0].center and len(g.nodes) == network.MAX_NODES + 1
    assert g.left_out == 5 and g.edges[0].meetings == 100


def test_places_are_found_by_city_or_state_in_any_spelling_or_script():
    for name, country in (("Hanoi", "VN"), ("Da Nang", "VN"), ("Danang", "VN"),
                          ("Kuala Lumpur", "MY"), ("北京", "CN"), ("河內", "VN"),
                          ("Vientiane", "LA"), ("Indonesia", "ID"), ("越南", "VN")):
        found = geo.place(name)
        assert found is not None and found.country == country, name
    assert geo.place("") is None and geo.place("Qxzzyv") is None


def test_meeting_map_counts_countries_and_unplaced_locations():
    rows = [meeting(1, location="Hanoi"), meeting(2, location="Ho Chi Minh City"),
            meeting(3, location="Phnom Penh"), meeting(4, location="Qxzzyv"), meeting(5)]
    where = geo.meeting_map(rows)
    assert where.countries[0] == ("VN", 2) and ("KH", 1) in where.countries
    assert where.unplaced == 1 and where.no_location == 1
    svg = str(where.svg())
    assert re.search(r'<g class="vn country map-element hosted" fill="#[0-9a-f]{6}" '
                     r'data-meetings="2"><title>VN: 2</title>', svg)
    # The pages' policy forbids inline style: shades are attributes, no style is inline.
    assert "<style" not in svg and "style=" not in svg


def test_network_page_draws_the_filtered_meetings(pages: TestClient, web_store: Store):
    r = pages.get("/network")
    assert r.status_code == 200 and 'id="network-graph"' in r.text
    states = {a.id for m in web_store.meetings() for a in m.participants if a.type == "state"}
    assert len(re.findall(r'<circle class="node t-state', r.text)) == min(
        len(states), network.MAX_NODES)
    r = pages.get("/network", params={"actor": "Indonesia"})
    assert r.status_code == 200 and "Indonesia" in r.text
    assert pages.get("/network", params={"kind": "nonsense"}).status_code == 400
    assert pages.get("/network", params={"actor": "Atlantis"}).status_code == 404


def test_map_page_shades_host_countries(pages: TestClient):
    r = pages.get("/map")
    assert r.status_code == 200 and 'id="world"' in r.text and 'id="places"' in r.text


def test_actor_page_has_its_ego_network(pages: TestClient):
    r = pages.get("/actors/Russia")
    assert r.status_code == 200 and 'id="ego-network"' in r.text
    assert 'class="node t-state center"' in r.text


def test_cities_project_onto_the_maps_own_country_markers():
    """The fitted projection puts capitals where the map's markers for small countries are."""
    import importlib.resources

    svg = (importlib.resources.files("pygal_maps_world") / "worldmap.svg").read_text()
    for code, city in (("sg", "Singapore"), ("lu", "Luxembourg"), ("bh", "Manama"),
                       ("tt", "Port of Spain"), ("mu", "Port Louis")):
        marker = re.search(rf'<circle id="{code}_" r="\d+" cy="([\d.]+)" cx="([\d.]+)"', svg)
        found = geo.place(city)
        assert marker and found and found.lat is not None and found.lon is not None
        x, y = geo.project(found.lat, found.lon)
        assert abs(x - float(marker.group(2))) < 15 and abs(y - float(marker.group(1))) < 15


def test_meeting_places_are_drawn_as_dots_sized_by_count():
    rows = [meeting(1, location="Hanoi"), meeting(2, location="Hanoi"),
            meeting(3, location="Jakarta")]
    where = geo.meeting_map(rows)
    assert [(name, n) for name, _, _, n in where.dots] == [("Hanoi", 2), ("Jakarta", 1)]
    svg = str(where.svg())
    assert svg.count('<circle class="place"') == 2 and "<title>Hanoi: 2</title>" in svg

"""Who meets whom: counterpart networks laid out for a server-rendered SVG.

Two shapes: an actor's ego network (the actor in the middle, its counterparts on a ring,
each spoke labelled with the number of meetings) and the network of a filtered set of
meetings (the busiest actors on a ring, an edge for every pair that met, its width and label
the number of meetings). A ring needs no layout iterations, reads the same on every load,
and keeps every label legible; the counts carry the information.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from summitry.store.results import ActorRef, Counterpart, MeetingRecord

WIDTH, HEIGHT = 760, 560
RING = 210  # the ring's radius
#: Actors on the ring at most: beyond ~24 labels collide, and the table lists the rest.
MAX_NODES = 24
#: Actor types drawn by default: states and organisations are the network an analyst reads;
#: persons (a state's own officials) would mostly link a state to itself.
DEFAULT_TYPES = ("state", "organization")


@dataclass(frozen=True, slots=True)
class Node:
    actor: ActorRef
    x: float
    y: float
    r: float
    meetings: int
    center: bool = False
    anchor: str = "middle"  # where the label is anchored, away from the ring's middle
    lx: float = 0.0
    ly: float = 0.0


@dataclass(frozen=True, slots=True)
class Edge:
    a: Node
    b: Node
    meetings: int
    width: float

    @property
    def mid(self) -> tuple[float, float]:
        return (self.a.x + self.b.x) / 2, (self.a.y + self.b.y) / 2


@dataclass(frozen=True, slots=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    width: int = WIDTH
    height: int = HEIGHT
    left_out: int = 0  # actors with meetings not drawn (beyond MAX_NODES)


def _ring(actors: Sequence[tuple[ActorRef, int]], top: int) -> list[Node]:
    nodes = []
    cx, cy = WIDTH / 2, HEIGHT / 2
    for i, (actor, n) in enumerate(actors):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(actors))
        x, y = cx + RING * math.cos(angle), cy + RING * math.sin(angle)
        cos = math.cos(angle)
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        lx, ly = cx + (RING + 16) * cos, cy + (RING + 16) * math.sin(angle) + 4
        nodes.append(Node(actor, round(x, 1), round(y, 1), _radius(n, top), n, False,
                          anchor, round(lx, 1), round(ly, 1)))
    return nodes


def _radius(n: int, top: int) -> float:
    return round(4 + 10 * math.sqrt(n / max(1, top)), 1)


def _width(n: int, top: int) -> float:
    return round(1 + 7 * n / max(1, top), 1)


def ego_graph(center: ActorRef, counterparts: Iterable[Counterpart],
              meetings: int | None = None) -> Graph:
    """``center`` (in ``meetings`` meetings) and its counterparts with the number of
    meetings they share."""
    ranked = sorted(((c.actor, c.meetings) for c in counterparts),
                    key=lambda c: (-c[1], c[0].name))
    shown = ranked[:MAX_NODES]
    top = max((n for _, n in shown), default=1)
    ring = _ring(shown, top)
    total = meetings if meetings is not None else sum(n for _, n in ranked)
    hub = Node(center, WIDTH / 2, HEIGHT / 2, 16.0, total, True, "middle",
               WIDTH / 2, HEIGHT / 2 + 32)
    edges = tuple(Edge(hub, node, node.meetings, _width(node.meetings, top)) for node in ring)
    return Graph((hub, *ring), edges, left_out=len(ranked) - len(shown))


def meeting_graph(meetings: Iterable[MeetingRecord],
                  types: Sequence[str] = DEFAULT_TYPES) -> Graph:
    """The pairs among ``meetings``' participants (of ``types``) and how often each met."""
    degree: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    refs: dict[str, ActorRef] = {}
    for m in meetings:
        ids = sorted({a.id for a in m.participants if not types or a.type in types})
        for a in m.participants:
            refs.setdefault(a.id, a)
        degree.update(ids)
        pairs.update(combinations(ids, 2))
    ranked = sorted(degree.items(), key=lambda kv: (-kv[1], refs[kv[0]].name))
    shown = ranked[:MAX_NODES]
    top = max((n for _, n in shown), default=1)
    nodes = {n.actor.id: n for n in _ring([(refs[i], n) for i, n in shown], top)}
    top_pair = max(pairs.values(), default=1)
    edges = tuple(Edge(nodes[a], nodes[b], n, _width(n, top_pair))
                  for (a, b), n in sorted(pairs.items(), key=lambda kv: kv[1])
                  if a in nodes and b in nodes)
    return Graph(tuple(nodes.values()), edges, left_out=len(ranked) - len(shown))

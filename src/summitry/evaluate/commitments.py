"""Score the contract's ``commitments`` against the commitments gold
(``../shared/eval/*.commitments.gold.jsonl``), with the rules of
``../shared/eval/score_commitments.py``: a prediction matches a gold commitment of the same
article when their names (or English names) share 40% of character bigrams, best pairs
first; kind, status, period and follows are accuracies over matched pairs; parties a set F1
through the prediction's entities. Kept apart from :mod:`summitry.evaluate.score`, whose
meeting figures it leaves untouched.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from summitry.evaluate.baseline import BaselineError
from summitry.evaluate.score import entity_keys, ref_keys
from summitry.names import dice

THRESHOLD = 0.4
Record = Mapping[str, Any]


def load_commitments_gold(path: str | Path) -> list[dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BaselineError(f"cannot read the gold: {exc.strerror or exc}",
                            source=str(path)) from None
    out = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise BaselineError(f"line {n}: not JSON ({exc.msg})", source=str(path)) from None
    return out


def _similarity(g: Record, p: Record) -> float:
    pairs = [(g.get("name"), p.get("name")), (g.get("name_en"), p.get("name_en")),
             (g.get("name_en"), p.get("name")), (g.get("name"), p.get("name_en"))]
    return max(dice(a, b) for a, b in pairs)


def _period(x: Any) -> tuple[str, str]:
    x = x or {}
    return (str(x.get("start") or ""), str(x.get("end") or ""))


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    return {"p": round(tp / (tp + fp), 4) if tp + fp else None,
            "r": round(tp / (tp + fn), 4) if tp + fn else None,
            "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def _pair(gold: list[Record], preds: list[Record]) -> list[tuple[int, int]]:
    pairs = sorted(((_similarity(a, b), i, j) for i, a in enumerate(gold)
                    for j, b in enumerate(preds)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in pairs:
        if s >= THRESHOLD and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def score_commitments(gold_docs: Iterable[Record], predictions: Mapping[str, Record],
                      misses: list[str] | None = None) -> dict[str, Any]:
    misses = misses if misses is not None else []
    count = {"tp": 0, "fp": 0, "fn": 0, "ptp": 0, "pfp": 0, "pfn": 0, "docs": 0}
    right = {"kind": 0, "status": 0, "period": 0, "follows": 0}
    for g in gold_docs:
        count["docs"] += 1
        pred = predictions.get(g["id"], {})
        ents = {e.get("id"): entity_keys(e) for e in pred.get("entities") or []}
        gold, preds = list(g.get("commitments") or []), list(pred.get("commitments") or [])
        matched = _pair(gold, preds)
        count["tp"] += len(matched)
        count["fn"] += len(gold) - len(matched)
        count["fp"] += len(preds) - len(matched)
        gi, pj = {i for i, _ in matched}, {j for _, j in matched}
        misses += [f"MISS {g['id']}: commitment not found: {a.get('name')} "
                   f"({a.get('kind')}, {a.get('status')})"
                   for i, a in enumerate(gold) if i not in gi]
        misses += [f"MISS {g['id']}: extra commitment: {b.get('name')}"
                   for j, b in enumerate(preds) if j not in pj]
        by_id = {c.get("id"): c for c in preds}
        for i, j in matched:
            _pair_figures(g["id"], gold[i], preds[j], by_id, ents, right, count, misses)
    tp = count["tp"]
    out: dict[str, Any] = {"docs": count["docs"],
                           "commitments": _prf(tp, count["fp"], count["fn"])}
    for f, v in right.items():
        out[f"commitment_{f}"] = round(v / tp, 4) if tp else None
    out["commitment_parties"] = _prf(count["ptp"], count["pfp"], count["pfn"])
    return out


def _pair_figures(doc: str, a: Record, b: Record, by_id: Mapping[Any, Record],
                  ents: Mapping[Any, frozenset[Any]], right: dict[str, int],
                  count: dict[str, int], misses: list[str]) -> None:
    for f in ("kind", "status"):
        if a.get(f) == b.get(f):
            right[f] += 1
        else:
            misses.append(f"MISS {doc}: {a.get('name')}: {f} {b.get(f)!r}, gold {a.get(f)!r}")
    right["period"] += _period(a.get("period")) == _period(b.get("period"))
    follows = by_id.get(b.get("follows"), {}).get("name") if b.get("follows") else None
    right["follows"] += bool((not a.get("follows") and not follows)
                             or dice(a.get("follows"), follows) >= THRESHOLD)
    want = [ref_keys(x) for x in a.get("parties") or []]
    have = [ents.get(x, frozenset()) for x in b.get("parties") or []]
    hit = sum(1 for w in want if any(w & h for h in have))
    count["ptp"] += hit
    count["pfn"] += len(want) - hit
    count["pfp"] += sum(1 for h in have if not any(w & h for w in want))

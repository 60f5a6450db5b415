"""The evaluation gate: figures pinned in a committed baseline must not drop.

A rule that helps one article and quietly breaks three others is the usual way an
extractor gets worse; the gate makes that visible in CI. The baseline is the figures object
itself (what ``summitry eval --json`` prints), one figure per line so that raising it reads
as a small diff. Every number in it is a floor: shares are compared directly, P/R/F1
figures by ``p``, ``r`` and ``f1`` (the counts behind them move whenever the gold grows, so
they are not pinned). A figure that is null now but numeric in the baseline has dropped: a
stage that stopped producing meetings must not pass for one that has nothing to score.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitry.errors import SummitryError
from summitry.evaluate.score import Figure

#: The parts of a P/R/F1 figure that are pinned.
PINNED_PARTS = ("p", "r", "f1")
#: Figures where a smaller number is better: more documents without a prediction is a
#: regression, fewer is not.
LOWER_IS_BETTER = frozenset({"missing_docs"})


class BaselineError(SummitryError):
    """The baseline file cannot be read, or is not a figures object."""


def _number(value: object) -> float | None:
    """A numeric value as a float; None for null, booleans and anything else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _show(value: float | None) -> str:
    return "null" if value is None else f"{value:g}"


@dataclass(frozen=True, slots=True)
class Drop:
    """One pinned value that is now worse than its baseline."""

    figure: str  # ``title`` or ``persons.f1``
    now: float | None
    baseline: float
    lower_is_better: bool = False

    def __str__(self) -> str:
        sign = ">" if self.lower_is_better else "<"
        return f"{self.figure}: now {_show(self.now)} {sign} baseline {_show(self.baseline)}"


@dataclass(frozen=True, slots=True)
class GateResult:
    #: How many pinned values were compared (each of p, r, f1 counts as one).
    checked: int
    drops: tuple[Drop, ...]

    @property
    def ok(self) -> bool:
        return not self.drops

    def report(self) -> str:
        if self.ok:
            return f"eval gate: OK ({self.checked} figures at or above baseline)"
        lines = [f"eval gate: FAILED ({len(self.drops)} of {self.checked} figures below "
                 f"baseline)"]
        lines.extend(str(d) for d in self.drops)
        return "\n".join(lines)


def compare(figures: Mapping[str, Figure], baseline: Mapping[str, Any]) -> GateResult:
    """Compare every numeric value the baseline pins with the current figures."""
    checked = 0
    drops: list[Drop] = []
    for key, pinned in baseline.items():
        current = figures.get(key)
        if isinstance(pinned, Mapping):
            parts = [(f"{key}.{part}", _number(pinned.get(part)),
                      _number(current.get(part)) if isinstance(current, Mapping) else None)
                     for part in PINNED_PARTS]
        else:
            parts = [(key, _number(pinned), _number(current))]
        lower = key in LOWER_IS_BETTER
        for name, floor, now in parts:
            if floor is None:  # null in the baseline: nothing to hold the run to yet
                continue
            checked += 1
            if now is None or (now > floor if lower else now < floor):
                drops.append(Drop(name, now, floor, lower))
    return GateResult(checked, tuple(drops))


def load_baseline(path: str | Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline: {exc.strerror or exc}",
                            source=str(path)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"the baseline is not JSON ({exc})", source=str(path)) from None
    if not isinstance(data, dict):
        raise BaselineError("the baseline must be a JSON object of figures", source=str(path))
    return data


def dump_baseline(figures: Mapping[str, Figure]) -> str:
    """The figures as JSON, one figure per line, so that a change to the baseline is a
    diff of exactly the figures that moved."""
    rows = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in figures.items()]
    return "{\n" + ",\n".join(rows) + "\n}\n"


def write_baseline(figures: Mapping[str, Figure], path: str | Path) -> None:
    try:
        Path(path).write_text(dump_baseline(figures), encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"cannot write the baseline: {exc.strerror or exc}",
                            source=str(path)) from None

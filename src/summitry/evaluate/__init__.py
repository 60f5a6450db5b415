"""Evaluation: score extraction output against hand-made gold, and gate on a baseline.

The Python API behind ``summitry eval``::

    gold = load_gold("dev.gold.jsonl")
    predictions = predict(["dev.jsonl"])
    result = score(gold, predictions.records, predictions.texts)
    gate = compare(result.figures, load_baseline("eval/baseline.json"))

``gold`` reads and checks the annotations, ``score`` applies the matching rules of
``../shared/eval/README.md`` and ``baseline`` compares figures with a committed floor. This
module gets the predictions: by running the pipeline in-process (exactly what
``summitry extract`` writes, without a file in between) or by reading an extract output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summitry.batch.local import extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import SummitryError
from summitry.evaluate.baseline import (
    BaselineError,
    GateResult,
    compare,
    load_baseline,
    write_baseline,
)
from summitry.evaluate.gold import GoldDoc, GoldError, load_gold, parse_gold
from summitry.evaluate.score import FIGURE_KEYS, Figure, Score, format_table, score
from summitry.ingest.readers import read_paths
from summitry.settings import DEFAULT_SETTINGS, Settings

__all__ = [
    "FIGURE_KEYS",
    "BaselineError",
    "Figure",
    "GateResult",
    "GoldDoc",
    "GoldError",
    "Predictions",
    "PredictionsError",
    "Score",
    "by_language",
    "compare",
    "format_table",
    "load_baseline",
    "load_gold",
    "parse_gold",
    "predict",
    "read_predictions",
    "read_texts",
    "score",
    "write_baseline",
]


class PredictionsError(SummitryError):
    """A prediction file cannot be read at all."""


@dataclass
class Predictions:
    """Contract records by document id, with what is needed to check them."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Each document's original input text, so mention offsets can be checked.
    texts: dict[str, str] = field(default_factory=dict)
    #: Inputs that could not be used, one message each (``path:line: why``). They are
    #: reported, not fatal: a document without a prediction counts in ``missing_docs``.
    skipped: list[str] = field(default_factory=list)


def predict(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS) -> Predictions:
    """Run the extraction pipeline over ``paths`` and keep each document's contract record.

    The texts kept for the offset check are the documents' own ``text``: the very string
    the mention offsets point into, whatever the input format was.
    """
    out = Predictions()
    for outcome in extract(paths, settings):
        if isinstance(outcome, Document):
            out.records[outcome.id] = to_contract(outcome)
            out.texts[outcome.id] = outcome.text
        else:
            out.skipped.append(str(outcome))
    return out


def by_language(gold: Iterable[GoldDoc],
                predictions: dict[str, dict[str, Any]]) -> dict[str, tuple[GoldDoc, ...]]:
    """The gold documents grouped by language (the gold's ``lang``, else the predicted one,
    else ``?``), so that a figure over mixed sets can be read per language: a rule that
    helps Chinese and hurts English hides in a combined figure."""
    groups: dict[str, list[GoldDoc]] = {}
    for doc in gold:
        lang = doc.lang or str((predictions.get(doc.id) or {}).get("lang") or "?")
        groups.setdefault(lang, []).append(doc)
    return {lang: tuple(docs) for lang, docs in sorted(groups.items())}


def read_texts(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """Each input document's text, read exactly as ``summitry extract`` reads it (so the
    offsets of a stored extract output can be checked) but without running the pipeline."""
    return {item.id: item.text for item in read_paths(paths, settings)
            if isinstance(item, Document)}


def read_predictions(path: str | Path) -> Predictions:
    """Read an extract output (JSON Lines). A line that is not a record with an ``id`` is
    reported in ``skipped``; a later record for the same id replaces an earlier one."""
    out = Predictions()
    try:
        with open(path, encoding="utf-8-sig") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    out.skipped.append(f"{where}: not JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                    out.skipped.append(f"{where}: not a record with a string \"id\"")
                    continue
                out.records[record["id"]] = record
    except OSError as exc:
        raise PredictionsError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
    except UnicodeDecodeError as exc:
        raise PredictionsError(f"not UTF-8 ({exc.reason})", source=str(path)) from None
    return out

"""``summitry eval-commitments``: score and gate the commitments (contract v2), beside
``summitry eval`` for meetings; and ``summitry commitments``: list the store's commitments.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from summitry.cli.common import DEFAULT_DB, output_option, warn
from summitry.cli.export_target import resolve_target
from summitry.evaluate import predict
from summitry.evaluate.baseline import BaselineError, compare, load_baseline, write_baseline
from summitry.evaluate.commitments import load_commitments_gold, score_commitments

COMMANDS = ("eval-commitments", "commitments", "export-commitments", "commitment-unlink")
EXPORTS = ("jsonl", "csv", "parquet", "plover")
DEFAULT_BASELINE = "eval/commitments.baseline.json"


def add_parsers(sub: Any, default_db: str = DEFAULT_DB) -> None:
    ev = sub.add_parser("eval-commitments",
                        help="score commitments against gold; gate on a baseline")
    ev.add_argument("gold", metavar="GOLD", help="commitments gold (JSON Lines)")
    ev.add_argument("corpus", metavar="CORPUS", help="the articles, any PATH extract accepts")
    ev.add_argument("--also", nargs=2, action="append", default=[], metavar=("GOLD", "CORPUS"),
                    help="score another gold file over its corpus together (repeatable)")
    ev.add_argument("--by-lang", action="store_true", help="print the figures per language too")
    ev.add_argument("--misses", action="store_true", help="list every miss, prefixed MISS")
    ev.add_argument("--baseline", metavar="FILE", help="exit 1 when figures drop below it")
    ev.add_argument("--write-baseline", metavar="FILE", help="write this run's figures")
    co = sub.add_parser("commitments", help="list commitments with their status history")
    co.add_argument("--db", default=default_db, help=f"the store (default {default_db})")
    co.add_argument("--actor", action="append", default=[], metavar="X",
                    help="a party (code or name); repeat: all must be parties")
    co.add_argument("--kind", help="plan_of_action, agreement, mechanism, ...")
    co.add_argument("--status", help="the current status: agreed, signed, reviewed, ...")
    co.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="with a step on or after this")
    output_option(co, ("table", "json"), "table")
    un = sub.add_parser("commitment-unlink",
                        help="undo a merge: move one step (see commitments) to a record of its "
                             "own and keep it apart from the record it was linked to")
    un.add_argument("step", type=int, metavar="STEP",
                    help="the step's id, as summitry commitments lists it")
    un.add_argument("--db", default=default_db, help=f"the store (default {default_db})")
    ex = sub.add_parser("export-commitments",
                        help="export commitments: jsonl, csv, parquet (one row per step) or "
                             "plover (AGREE and SUPPORT events)")
    ex.add_argument("target", nargs="*", metavar="FILE",
                    help="output file (default - for stdout; parquet needs a file)")
    ex.add_argument("--output", choices=EXPORTS, metavar="FORMAT",
                    help=f"{', '.join(EXPORTS)} (default: from FILE's extension)")
    ex.add_argument("--out", dest="old_out", help=argparse.SUPPRESS)
    ex.add_argument("--db", default=default_db, help=f"the store (default {default_db})")
    ex.add_argument("--actor", action="append", default=[], metavar="X",
                    help="a party (code or name); repeat: all must be parties")
    ex.add_argument("--kind", help="plan_of_action, agreement, mechanism, ...")
    ex.add_argument("--status", help="the current status: agreed, signed, reviewed, ...")
    ex.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="with a step on or after this")


def run(args: argparse.Namespace) -> int:
    if args.command == "eval-commitments":
        return _eval(args)
    from summitry.cli.commitments_store import (
        export_commitments,
        list_commitments,
        unlink_step,
    )

    if args.command == "export-commitments":
        try:
            args.out, args.export_format = export_target(args)
        except ValueError as exc:
            print(f"summitry: error: {exc}", file=sys.stderr)
            return 2
        return export_commitments(args)
    if args.command == "commitment-unlink":
        return unlink_step(args)
    return list_commitments(args)


def export_target(args: argparse.Namespace) -> tuple[str, str]:
    """(file, format): ``FILE --output FORMAT``; ``FORMAT --out FILE`` of earlier versions
    still works and warns."""
    target = list(args.target)
    if args.old_out is not None:
        warn("--out FILE is deprecated; give FILE as an argument")
        target.append(args.old_out)
    if len(target) == 1 and target[0] in EXPORTS:  # the old `export-commitments csv`
        target.append("-")
    return resolve_target(target or ["-"], args.output, EXPORTS)


def _eval(args: argparse.Namespace) -> int:
    sets = [(args.gold, args.corpus), *[tuple(x) for x in args.also]]
    gold: list[dict[str, Any]] = []
    records: dict[str, dict[str, Any]] = {}
    try:
        for gold_path, corpus in sets:
            gold.extend(load_commitments_gold(gold_path))
            records.update(predict([corpus]).records)
        misses: list[str] = []
        figures = score_commitments(gold, records, misses)
        _print(figures)
        if args.by_lang:
            for lang in sorted({str(records.get(g["id"], {}).get("lang") or "?") for g in gold}):
                print(f"\n[{lang}]")
                part = [g for g in gold if str(records.get(g["id"], {}).get("lang")) == lang]
                _print(score_commitments(part, records))
        if args.misses:
            print("\n".join(misses))
        # The gate compares with the baseline as it was before this run writes a new one.
        gate = compare(figures, load_baseline(args.baseline)) if args.baseline else None
        if args.write_baseline:
            write_baseline(figures, args.write_baseline)
        if gate is not None:
            print(gate.report().replace("eval gate", "commitments gate"), file=sys.stderr)
            return 0 if gate.ok else 1
    except BaselineError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return 2
    return 0


def _print(figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        shown = json.dumps(value) if isinstance(value, dict) else value
        print(f"{key:<24} {shown}")

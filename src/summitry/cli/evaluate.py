"""``summitry eval``: score extraction against gold annotations and gate on a baseline."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summitry.cli.common import EXIT_OK, EXIT_USAGE, DeprecatedAlias
from summitry.errors import ConfigError, PipelineError
from summitry.evaluate import (
    BaselineError,
    GoldError,
    Predictions,
    PredictionsError,
    by_language,
    compare,
    format_table,
    load_baseline,
    load_gold,
    predict,
    read_predictions,
    read_texts,
    score,
    write_baseline,
)

COMMANDS = ("eval",)
EXIT_BELOW_BASELINE = 1  # summitry eval --baseline: a figure dropped


def add_parsers(sub: Any) -> None:
    ev = sub.add_parser("eval", help="score extraction against gold; gate on a baseline")
    ev.add_argument("gold", metavar="GOLD", help="gold annotations (JSON Lines, see "
                    "../shared/eval/README.md)")
    ev.add_argument("corpus", metavar="CORPUS", nargs="?",
                    help="the articles, any PATH extract accepts (optional with --pred; "
                         "without it mention offsets are not checked)")
    ev.add_argument("--pred", metavar="FILE",
                    help="score this extract output instead of running extraction")
    ev.add_argument("--also", nargs=2, action="append", default=[],
                    metavar=("GOLD", "CORPUS"),
                    help="score another gold file over its corpus together with the first "
                         "(repeatable): the figures and the gate are over every set at once")
    ev.add_argument("--by-lang", action="store_true",
                    help="after the figures over all documents, print them for each language")
    ev.add_argument("--output", choices=("table", "json"), default="table",
                    help="table (default) or json: the figures as one JSON object (misses "
                         "and the gate go to stderr)")
    ev.add_argument("--json", dest="output", action=DeprecatedAlias, const="json",
                    instead="--output json")
    ev.add_argument("--misses", action="store_true",
                    help="list every miss after the figures, one line each, prefixed MISS")
    ev.add_argument("--baseline", metavar="FILE",
                    help="exit 1, listing them, when figures drop below this baseline")
    ev.add_argument("--write-baseline", metavar="FILE",
                    help="write the figures of this run as the new baseline")


def run(args: argparse.Namespace) -> int:
    """Score and print; with ``--baseline`` exit 1 when a figure dropped, 2 for bad arguments.

    With ``--json`` standard output holds the figures object alone (misses and the gate
    verdict go to stderr), so it can be piped or saved as it is.
    """
    if args.corpus is None and args.pred is None:
        print("summitry: error: eval needs CORPUS, or --pred FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.corpus not in (None, "-") and not Path(args.corpus).exists():
        print(f"summitry: error: no such file or folder: {args.corpus}", file=sys.stderr)
        return EXIT_USAGE
    if args.also and args.pred:
        print("summitry: error: --also runs extraction; it cannot be mixed with --pred",
              file=sys.stderr)
        return EXIT_USAGE
    for _, extra_corpus in args.also:
        if not Path(extra_corpus).exists():
            print(f"summitry: error: no such file or folder: {extra_corpus}", file=sys.stderr)
            return EXIT_USAGE
    try:
        gold = load_gold(args.gold)
        for extra_gold, _ in args.also:
            gold += load_gold(extra_gold)
        baseline = load_baseline(args.baseline) if args.baseline else None
        predictions: Predictions
        if args.pred:
            predictions = read_predictions(args.pred)
            if args.corpus is not None:
                predictions.texts = read_texts([args.corpus])
        else:
            predictions = predict([args.corpus, *(corpus for _, corpus in args.also)])
    except (GoldError, BaselineError, PredictionsError, ConfigError, PipelineError) as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    for message in predictions.skipped:
        print(f"summitry: skipped {message}", file=sys.stderr)
    result = score(gold, predictions.records, predictions.texts)
    as_json = args.output == "json"
    notes = sys.stderr if as_json else sys.stdout
    print(json.dumps(result.figures, ensure_ascii=False) if as_json
          else format_table(result.figures))
    if args.by_lang:
        for lang, part in by_language(gold, predictions.records).items():
            figures = score(part, predictions.records, predictions.texts).figures
            print(f"\n{lang} ({len(part)} documents)\n{format_table(figures)}", file=notes)
    if args.misses:
        for miss in result.misses:
            print(f"MISS {miss}", file=notes)
    status = EXIT_OK
    if baseline is not None:
        gate = compare(result.figures, baseline)
        print(gate.report(), file=notes)
        status = EXIT_OK if gate.ok else EXIT_BELOW_BASELINE
    if args.write_baseline:
        try:
            write_baseline(result.figures, args.write_baseline)
        except BaselineError as err:
            print(f"summitry: error: {err}", file=sys.stderr)
            return EXIT_USAGE
        print(f"summitry: figures written to {args.write_baseline} as the new baseline",
              file=sys.stderr)
    return status

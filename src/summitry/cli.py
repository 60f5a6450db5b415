"""The command line: a thin shell over the Python API.

Exit status of ``summitry extract`` (the contract): 0 when at least one document was
processed and everything unreadable was reported, 1 when nothing could be processed,
2 for bad arguments.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from summitry import cli_commitments, cli_serve, cli_store
from summitry.batch.local import Tally, extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import ConfigError, PipelineError, SummitryError
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
from summitry.report import summarize
from summitry.settings import MB, Settings

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_STORAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
#: OS errors that mean the disk, not the request, failed.
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EIO, errno.EDQUOT})
EXIT_BELOW_BASELINE = 1  # summitry eval --baseline: a figure dropped


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="summitry", description=(
        "Turn diplomatic news into a source-linked record of meetings."))
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract documents to JSON Lines on stdout (the contract)")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="files (.txt, .html, .jsonl, .jsonl.gz), folders, or - for JSONL on stdin")
    ex.add_argument("--published", metavar="YYYY-MM-DD",
                    help="publication date for documents whose input gives none")
    ex.add_argument("--max-mb", type=float, default=10.0,
                    help="skip documents larger than this many MB (default 10)")
    ex.add_argument("--quiet", action="store_true", help="no summary line on stderr")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="extract on a Dask cluster (tcp://scheduler:8786) or on N local Dask "
                         "workers (local:N); output order is the input order")
    sm = sub.add_parser("summarize", help="print a table of what an extract output holds")
    sm.add_argument("file", metavar="FILE.jsonl", help="output of summitry extract (- for stdin)")
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
    ev.add_argument("--json", action="store_true",
                    help="print the figures as one JSON object (misses and the gate go to stderr)")
    ev.add_argument("--misses", action="store_true",
                    help="list every miss after the figures, one line each, prefixed MISS")
    ev.add_argument("--baseline", metavar="FILE",
                    help="exit 1, listing them, when figures drop below this baseline")
    ev.add_argument("--write-baseline", metavar="FILE",
                    help="write the figures of this run as the new baseline")
    from summitry import cli_watch

    cli_watch.add_parser(sub, cli_store.DEFAULT_DB)
    cli_store.add_parsers(sub)
    cli_serve.add_parser(sub, cli_store.DEFAULT_DB)
    cli_commitments.add_parsers(sub, cli_store.DEFAULT_DB)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; every error summitry knows ends as one line on stderr and an exit
    code: 2 for bad arguments or input it refuses, 3 when the store fails (disk full,
    read-only, damaged, locked), 130 when interrupted."""
    from sqlalchemy.exc import DBAPIError

    from summitry.store.engine import StoreUnavailableError, describe_storage_error

    try:
        return _main(argv)
    except StoreUnavailableError as err:  # the store, not the request: exit 3
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_STORAGE
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except (DBAPIError, sqlite3.Error) as exc:
        print(f"summitry: error: {describe_storage_error(exc)}", file=sys.stderr)
        return EXIT_STORAGE
    except KeyboardInterrupt:
        print("summitry: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # an output file that cannot be written, a full disk
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"summitry: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_STORAGE if exc.errno in STORAGE_ERRNOS else EXIT_USAGE


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "summarize":
        return _summarize(args)
    if args.command == "eval":
        return _eval(args)
    if args.command == "serve":
        return cli_serve.run(args)
    if args.command == "watch":
        from summitry import cli_watch

        return cli_watch.run(args)
    if args.command in cli_store.COMMANDS:
        return cli_store.run(args)
    if args.command in cli_commitments.COMMANDS:
        return cli_commitments.run(args)
    return EXIT_USAGE  # pragma: no cover - argparse enforces the choice


def _extract(args: argparse.Namespace) -> int:
    try:
        settings = Settings(max_document_bytes=int(args.max_mb * MB))
        if args.dask:
            from summitry.batch import dask

            outcomes = dask.extract(args.paths, args.dask, settings, published=args.published)
        else:
            outcomes = extract(args.paths, settings, published=args.published)
        tally = Tally()
        out = sys.stdout
        for outcome in outcomes:
            tally.add(outcome)
            if isinstance(outcome, Document):
                for warning in outcome.warnings:
                    print(f"summitry: warning {outcome.source}: {warning}", file=sys.stderr)
                out.write(json.dumps(to_contract(outcome), ensure_ascii=False) + "\n")
            else:
                print(f"summitry: skipped {outcome}", file=sys.stderr)
    except (ConfigError, PipelineError) as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(tally.reasons.items()))
        print(f"summitry: {tally.processed} document(s) extracted, {tally.skipped} skipped"
              + (f" ({reasons})" if reasons else ""), file=sys.stderr)
    return EXIT_OK if tally.processed else EXIT_NOTHING


def _summarize(args: argparse.Namespace) -> int:
    try:
        stream = (sys.stdin.buffer if args.file == "-"
                  else open(args.file, "rb"))  # noqa: SIM115
    except OSError as exc:
        print(f"summitry: error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    records = []
    with stream:
        for n, line in enumerate(stream, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:  # bad bytes, bad JSON, too deep
                    reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                    print(f"summitry: skipped {args.file}:{n}: not JSON ({reason[:200]})",
                          file=sys.stderr)
                    continue
                if isinstance(record, dict):
                    records.append(record)
                else:
                    print(f"summitry: skipped {args.file}:{n}: not a JSON object",
                          file=sys.stderr)
    print(summarize(records))
    return EXIT_OK if records else EXIT_NOTHING


def _eval(args: argparse.Namespace) -> int:
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
    notes = sys.stderr if args.json else sys.stdout
    print(json.dumps(result.figures, ensure_ascii=False) if args.json
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

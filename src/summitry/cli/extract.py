"""``summitry extract`` (articles to the contract's JSON Lines) and ``summitry summarize``
(a table of what such output holds). Exit status of ``extract`` (the contract): 0 when at
least one document was processed and everything unreadable was reported, 1 when nothing
could be processed, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

from summitry.batch.local import Tally
from summitry.batch.work import Line, Result, extract_here
from summitry.cli.common import EXIT_NOTHING, EXIT_OK, EXIT_USAGE, epilog
from summitry.errors import ConfigError, PipelineError, SummitryError
from summitry.report import summarize
from summitry.settings import MB, Settings

COMMANDS = ("extract", "summarize")


def add_parsers(sub: Any) -> None:
    ex = sub.add_parser(
        "extract", help="extract documents to JSON Lines on stdout (the contract)",
        epilog=epilog("summitry ingest reads this output back into a store."),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="files (.txt, .html, .jsonl, .jsonl.gz, .parquet), folders, or - for "
                         "JSONL on stdin")
    ex.add_argument("--published", metavar="YYYY-MM-DD",
                    help="publication date for documents whose input gives none")
    ex.add_argument("--max-mb", type=float, default=10.0,
                    help="skip documents larger than this many MB (default 10)")
    ex.add_argument("--quiet", action="store_true", help="no summary line on stderr")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="extract on a Dask cluster (tcp://scheduler:8786) or on N local Dask "
                         "workers (local:N); output order is the input order")
    ex.add_argument("--parquet", metavar="DIR",
                    help="write a partitioned Parquet dataset to DIR (one file per partition, "
                         "a _SUCCESS manifest, _skipped.jsonl) instead of JSON Lines on "
                         "stdout; with --dask, DIR must be shared by the workers")
    ex.add_argument("--partition-size", type=int, default=50, metavar="N",
                    help="documents per partition: per Dask task and per Parquet file "
                         "(default 50)")
    sm = sub.add_parser("summarize", help="print a table of what an extract output holds")
    sm.add_argument("file", metavar="FILE.jsonl", help="output of summitry extract (- for stdin)")


def run(args: argparse.Namespace) -> int:
    return _extract(args) if args.command == "extract" else _summarize(args)


def _extract(args: argparse.Namespace) -> int:
    from summitry.batch.parquet_out import prepare_folder

    try:
        settings = Settings(max_document_bytes=int(args.max_mb * MB))
        if args.partition_size < 1:
            raise ConfigError(f"--partition-size needs at least 1, got {args.partition_size}")
        folder = prepare_folder(args.parquet) if args.parquet else None
        if args.dask:
            from summitry.batch import dask

            results = dask.extract_lines(args.paths, args.dask, settings,
                                         published=args.published, parquet=folder,
                                         partition_size=args.partition_size)
        else:
            # JSON Lines stream a document at a time; a Parquet file holds a partition.
            results = extract_here(args.paths, settings, published=args.published,
                                   parquet=folder,
                                   partition_size=args.partition_size if folder else 1)
        tally = _write(results, folder)
    except (ConfigError, PipelineError) as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # the output (a Parquet folder, stdout) cannot be written
        print(f"summitry: error: cannot write the output: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    if not args.quiet:
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(tally.reasons.items()))
        print(f"summitry: {tally.processed} document(s) extracted, {tally.skipped} skipped"
              + (f" ({reasons})" if reasons else "")
              + (f"; Parquet dataset in {folder}" if folder else ""), file=sys.stderr)
    return EXIT_OK if tally.processed else EXIT_NOTHING


def _write(results: Iterable[Result], folder: str | None) -> Tally:
    """Report every result: a record line on stdout (none with a Parquet folder, whose
    manifest is written last), warnings and skips on stderr."""
    from summitry.batch.parquet_out import PART_NAME, write_manifest

    tally = Tally()
    skipped: list[SummitryError] = []
    out = sys.stdout
    for result in results:
        tally.add(result)
        if isinstance(result, Line):
            for warning in result.warnings:
                print(f"summitry: warning {result.source}: {warning}", file=sys.stderr)
            if folder is None:
                out.write(result.json + "\n")
        else:
            skipped.append(result)
            print(f"summitry: skipped {result}", file=sys.stderr)
    if folder is not None:
        names = set(os.listdir(folder))
        parts = {n for n in names if n.startswith(PART_NAME.split("{")[0])
                 and n.endswith(".parquet")}
        write_manifest(folder, parts, tally.processed, skipped)
    return tally


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

"""The store's writing commands: ``ingest`` (articles, feeds, OPML lists, or the JSON
Lines ``summitry extract`` wrote), ``skips`` (what a run skipped, and why) and ``unlink``
(undo a merge). Each is a thin shell over :class:`summitry.store.database.Store`.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from typing import Any

from summitry.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    db_option,
    epilog,
    output_option,
    with_store,
)
from summitry.settings import MB, Settings

COMMANDS = ("ingest", "skips", "unlink")


def add_parsers(sub: Any) -> None:
    ing = sub.add_parser(
        "ingest", help="extract documents into the store, linking meetings across documents",
        epilog=epilog("PATH may also be the JSON Lines summitry extract wrote: its records "
                      "carry the original text, which is extracted again."),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="as for extract (files, folders, - for stdin), extract's JSON "
                          "Lines output, RSS/Atom feed URLs and .opml feed lists")
    db_option(ing)
    ing.add_argument("--published", metavar="YYYY-MM-DD",
                     help="publication date for documents whose input gives none")
    ing.add_argument("--workers", type=int, default=None,
                     help="extraction processes beside the one writer (default: cores - 1; "
                          "0 extracts in the writer's process)")
    ing.add_argument("--batch", type=int, default=200,
                     help="documents per transaction (default 200)")
    ing.add_argument("--dask", metavar="ADDRESS",
                     help="extract on a Dask cluster (tcp://scheduler:8786) or on N local "
                          "Dask workers (local:N); the store is written from here")
    ing.add_argument("--force", action="store_true",
                     help="extract unchanged documents again (after upgrading summitry)")
    ing.add_argument("--max-mb", type=float, default=10.0,
                     help="skip documents larger than this many MB (default 10)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    ing.add_argument("--feed-state", metavar="FILE",
                     help="where feeds remember ETag/Last-Modified and entries read "
                          "(default: the store's path + .feeds.json)")

    sk = sub.add_parser("skips", help="what an ingestion run skipped, and why",
                        epilog=epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    sk.add_argument("--run", type=int, metavar="N", help="the run (default: the latest; "
                                                         "summitry ingest prints its number)")
    db_option(sk)
    output_option(sk, ("table", "json"), "table")

    un = sub.add_parser("unlink", help="undo a merge: move one source (see show) to a "
                                       "meeting of its own, and keep it apart from now on",
                        epilog=epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    un.add_argument("source", type=int, metavar="SOURCE_ID",
                    help="the source's id, in brackets in summitry show's output")
    db_option(un)


def run(args: argparse.Namespace) -> int:
    handler = {"ingest": _ingest, "skips": _skips, "unlink": _unlink}[args.command]
    return with_store(args, handler, create=args.command == "ingest")


def _ingest(store: Any, args: argparse.Namespace) -> int:
    from summitry.ingest.feeds import default_state_path

    settings = Settings(max_document_bytes=int(args.max_mb * MB),
                        feed_state=args.feed_state or default_state_path(args.db))
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True)
    try:
        from summitry.store.ingest import default_workers

        workers = default_workers() if args.workers is None else args.workers
        with ExitStack() as stack:
            executor = None
            if args.dask:
                from summitry.batch import dask

                executor = stack.enter_context(dask.executor(args.dask))
            summary = store.ingest(args.paths, settings, batch_size=args.batch,
                                   workers=workers, force=args.force,
                                   published=args.published, executor=executor,
                                   progress=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        _name_skips(store, summary)
        print(f"summitry: {summary.report()}", file=sys.stderr)
        counts = store.counts()
        print("summitry: store " + ", ".join(f"{k} {v}" for k, v in counts.items()),
              file=sys.stderr)
    stored = summary.new + summary.changed + summary.unchanged
    return EXIT_OK if stored or not summary.read else EXIT_NOTHING


#: Skips and warnings printed after an ingestion; the rest are counted and left to
#: ``summitry skips``.
SHOWN_SKIPS = 20


def _name_skips(store: Any, summary: Any) -> None:
    for warning in summary.warnings[:SHOWN_SKIPS]:
        print(f"summitry: warning {warning}", file=sys.stderr)
    skips = store.skips(summary.run_id)
    for skip in skips[:SHOWN_SKIPS]:
        print(f"summitry: skipped {_where(skip)}: {skip['message']}", file=sys.stderr)
    hidden = max(0, len(skips) - SHOWN_SKIPS) + max(0, len(summary.warnings) - SHOWN_SKIPS)
    if hidden:
        print(f"summitry: … {hidden} more: summitry skips --run {summary.run_id}",
              file=sys.stderr)


def _where(skip: dict[str, Any]) -> str:
    source = skip.get("source") or "<input>"
    return f"{source}:{skip['line']}" if skip.get("line") is not None else str(source)


def _skips(store: Any, args: argparse.Namespace) -> int:
    run = store.run(args.run)
    if run is None:
        print("summitry: error: " + (f"no run {args.run} in the store" if args.run is not None
                                     else "no ingestion run in the store yet"),
              file=sys.stderr)
        return EXIT_NOTHING
    skips = store.skips(run["id"])
    if args.output == "json":
        for skip in skips:
            print(json.dumps({"run": run["id"], **skip}, ensure_ascii=False))
    else:
        paths = " ".join(run["paths"] or []) if isinstance(run["paths"], list) else run["paths"]
        print(f"run {run['id']} ({run['status']}, started {run['started_at']}): {paths}")
        counts = run["counts"] if isinstance(run["counts"], dict) else {}
        if counts.get("error"):
            print(f"  failed: {counts['error']}")
        for skip in skips:
            print(f"  {_where(skip)}: {skip['kind']}: {skip['message']}")
        print(f"{len(skips)} skipped")
    return EXIT_OK if skips else EXIT_NOTHING



def _unlink(store: Any, args: argparse.Namespace) -> int:
    new_id = store.unlink(args.source)
    print(f"summitry: source {args.source} now forms meeting {new_id}", file=sys.stderr)
    return EXIT_OK

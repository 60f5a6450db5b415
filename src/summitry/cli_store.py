"""The store's commands: ingest, meetings, show, actor, search, unlink, export.

Each is a thin shell over :class:`summitry.store.database.Store`. Exit status: 0 on success,
1 when nothing was found or nothing could be ingested, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict
from typing import Any

from summitry.errors import SummitryError
from summitry.records import FORMATS, KINDS, LEVELS
from summitry.settings import MB, Settings

DEFAULT_DB = "summitry.db"
EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2



def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("SUMMITRY_DB", DEFAULT_DB),
                        help="store: a SQLite file or a database URL (default $SUMMITRY_DB "
                             f"or {DEFAULT_DB})")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", action="append", default=[], metavar="X",
                        help="an actor id, code or name (any language); repeat for meetings "
                             "involving all of them")
    parser.add_argument("--since", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--until", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--format", choices=FORMATS)
    parser.add_argument("--level", choices=LEVELS)
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--reported", action="store_true",
                        help="only meetings some article reports as news")
    parser.add_argument("--limit", type=int, help="at most this many meetings")


def add_parsers(sub: Any) -> None:
    ing = sub.add_parser("ingest", help="extract documents into the store, linking meetings "
                                        "across documents")
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="as for extract, or RSS/Atom feed URLs and .opml feed lists")
    _db(ing)
    ing.add_argument("--published", metavar="YYYY-MM-DD",
                     help="publication date for documents whose input gives none")
    ing.add_argument("--workers", type=int, default=None,
                     help="extraction processes beside the one writer (default: cores - 1; "
                          "0 extracts in the writer's process)")
    ing.add_argument("--batch", type=int, default=200, help="documents per transaction")
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

    mt = sub.add_parser("meetings", help="list linked meetings")
    _db(mt)
    _filters(mt)
    mt.add_argument("--output", choices=("table", "json", "csv"), default="table",
                    help="table (default), json (one object per line) or csv")

    sh = sub.add_parser("show", help="one meeting with all its sources and evidence")
    sh.add_argument("id", type=int, metavar="ID")
    _db(sh)
    sh.add_argument("--json", action="store_true")

    ac = sub.add_parser("actor", help="an actor's profile: offices, meetings, counterparts")
    ac.add_argument("name", metavar="NAME", help="an id, code or name in any language")
    _db(ac)
    ac.add_argument("--json", action="store_true")

    se = sub.add_parser("search", help="full-text search over titles and bodies")
    se.add_argument("text", metavar="TEXT")
    _db(se)
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--json", action="store_true")

    un = sub.add_parser("unlink", help="undo a merge: move one source (see show) to a "
                                       "meeting of its own, and keep it apart from now on")
    un.add_argument("source", type=int, metavar="SOURCE_ID")
    _db(un)

    sk = sub.add_parser("skips", help="what an ingestion run skipped, and why")
    sk.add_argument("--run", type=int, metavar="N", help="the run (default: the latest; "
                                                         "summitry ingest prints its number)")
    _db(sk)
    sk.add_argument("--json", action="store_true", help="one JSON object per skip")

    ex = sub.add_parser("export", help="export meetings: jsonl, csv, parquet or plover")
    ex.add_argument("export_format", metavar="FORMAT",
                    choices=("jsonl", "csv", "parquet", "plover"),
                    help="jsonl, csv, parquet or plover")
    ex.add_argument("out", metavar="FILE", help="output file (- for stdout, not for parquet)")
    _db(ex)
    _filters(ex)


def run(args: argparse.Namespace) -> int:
    from summitry.store.database import open_store
    from summitry.store.engine import StoreUnavailableError

    if args.command != "ingest" and "://" not in args.db and not os.path.exists(args.db):
        print(f"summitry: error: no store at {args.db} (run summitry ingest first, or give "
              f"--db)", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open_store(args.db) as store:
            return _HANDLERS[args.command](store, args)
    except StoreUnavailableError:
        raise  # a storage fault: summitry.cli.main says so, with its own exit code
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE


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
    if args.json:
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


def _query(store: Any, args: argparse.Namespace, evidence: bool) -> Any:
    return store.meetings(args.actor, since=args.since, until=args.until, format=args.format,
                          level=args.level, kind=args.kind, reported_only=args.reported,
                          limit=args.limit, evidence=evidence)


def _meetings(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import meetings_table

    rows = _query(store, args, evidence=args.output == "json")
    if args.output == "json":
        rows.to_jsonl(sys.stdout)
    elif args.output == "csv":
        rows.to_csv(sys.stdout)
    else:
        print(meetings_table(rows))
    return EXIT_OK if rows else EXIT_NOTHING


def _show(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import meeting_detail

    m = store.meeting(args.id)
    history = store.link_history(args.id)
    from summitry.cli_commitments_store import agreed_at, agreed_text

    agreed = agreed_at(store, args.id)
    if args.json:
        print(json.dumps({**m.to_json(), "sources": [asdict(s) for s in m.sources],
                          "history": history, **agreed}, ensure_ascii=False, indent=1))
    else:
        print(meeting_detail(m, history) + agreed_text(agreed))
    return EXIT_OK


def _actor(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import actor_profile

    candidates = store.actor_candidates(args.name)
    if len(candidates) > 1:  # a partial or shared name: list, do not choose
        if args.json:
            print(json.dumps({"candidates": [c.to_json() for c in candidates]},
                             ensure_ascii=False, indent=1))
        else:
            print(f"{args.name!r} may mean {len(candidates)} actors; ask for one by id:")
            for c in candidates:
                print(f"  {c.id:40} {c.type:12} {c.name}")
        return EXIT_USAGE
    profile = store.actor(args.name)
    print(json.dumps(profile.to_json(), ensure_ascii=False, indent=1) if args.json
          else actor_profile(profile))
    return EXIT_OK


def _search(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import search_hits

    hits = store.search(args.text, args.limit)
    if args.json:
        hits.to_jsonl(sys.stdout)
    else:
        print(search_hits(hits))
    return EXIT_OK if hits else EXIT_NOTHING


def _unlink(store: Any, args: argparse.Namespace) -> int:
    new_id = store.unlink(args.source)
    print(f"summitry: source {args.source} now forms meeting {new_id}", file=sys.stderr)
    return EXIT_OK


def _export(store: Any, args: argparse.Namespace) -> int:
    from summitry.export import sources, tables

    kind = args.export_format
    rows = _query(store, args, evidence=kind in ("jsonl", "plover"))
    if kind == "parquet" and args.out == "-":
        print("summitry: error: parquet needs a file, not stdout", file=sys.stderr)
        return EXIT_USAGE
    linked, source_rows = sources.linked(store, rows)
    if kind == "parquet":
        beside = tables.write_parquet(linked, source_rows, args.out)
        print(f"summitry: sources table in {beside}", file=sys.stderr)
    else:
        stream = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8",  # noqa: SIM115
                                                          newline="")
        try:
            if kind == "jsonl":
                tables.write_jsonl(rows, source_rows, stream)
            elif kind == "csv":
                tables.write_csv(linked, stream)
            else:
                from summitry.export.plover import to_plover

                for m in rows:
                    stream.write(json.dumps(to_plover(m), ensure_ascii=False) + "\n")
        finally:
            if stream is not sys.stdout:
                stream.close()
    print(f"summitry: {len(rows)} meeting(s) exported", file=sys.stderr)
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "ingest": _ingest, "meetings": _meetings, "show": _show, "actor": _actor,
    "search": _search, "unlink": _unlink, "export": _export, "skips": _skips}
COMMANDS = tuple(_HANDLERS)

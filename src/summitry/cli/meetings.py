"""The store's reading commands: ``meetings``, ``show``, ``actor``, ``search``, ``export``.

Each is a thin shell over :class:`summitry.store.database.Store` and the exports of
:mod:`summitry.export`. ``--output`` chooses the output format everywhere; ``--format`` is
a meeting's format. Exit status: 0 with results, 1 with none, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from summitry.cli.common import (
    DATE_LEGEND,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_USAGE,
    check_range,
    db_option,
    epilog,
    limit_refused,
    output_option,
    with_store,
)
from summitry.cli.export_target import add_target, resolve_target
from summitry.records import FORMATS, KINDS, LEVELS

COMMANDS = ("meetings", "show", "actor", "search", "export")
RAW = argparse.RawDescriptionHelpFormatter


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", action="append", default=[], metavar="X",
                        help="an actor id, code or name (any language); repeat for meetings "
                             "involving all of them")
    parser.add_argument("--since", metavar="DATE", help="on or after: YYYY, YYYY-MM or "
                                                         "YYYY-MM-DD")
    parser.add_argument("--until", metavar="DATE", help="on or before: YYYY, YYYY-MM or "
                                                         "YYYY-MM-DD")
    parser.add_argument("--format", choices=FORMATS,
                        help="the meeting's format (not the output's: see --output)")
    parser.add_argument("--level", choices=LEVELS, help="the meeting's level")
    parser.add_argument("--kind", choices=KINDS, help="the kind of meeting")
    parser.add_argument("--reported", action="store_true",
                        help="only meetings some article reports as news")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="at most N meetings (1 or more; default all)")


def add_parsers(sub: Any) -> None:
    mt = sub.add_parser("meetings", help="list linked meetings",
                        epilog=epilog(DATE_LEGEND), formatter_class=RAW)
    db_option(mt)
    _filters(mt)
    output_option(mt, ("table", "json", "csv"), "table")

    sh = sub.add_parser("show", help="one meeting with all its sources and evidence",
                        epilog=epilog(DATE_LEGEND), formatter_class=RAW)
    sh.add_argument("id", type=int, metavar="ID", help="the meeting's id (see meetings)")
    db_option(sh)
    output_option(sh, ("table", "json"), "table")

    ac = sub.add_parser("actor", help="an actor's profile: offices, meetings, counterparts",
                        epilog=epilog(DATE_LEGEND), formatter_class=RAW)
    ac.add_argument("name", metavar="NAME", help="an id, code or name in any language")
    db_option(ac)
    output_option(ac, ("table", "json"), "table")

    se = sub.add_parser("search", help="full-text search over titles and bodies",
                        epilog=epilog(), formatter_class=RAW)
    se.add_argument("text", metavar="TEXT", help="words to find (any language)")
    db_option(se)
    se.add_argument("--limit", type=int, default=20, metavar="N",
                    help="at most N documents (default 20)")
    output_option(se, ("table", "json"), "table")

    ex = sub.add_parser("export", help="export meetings, each row with its sources' URL, "
                                       "outlet, title and date: jsonl, csv, parquet, plover",
                        epilog=epilog(DATE_LEGEND), formatter_class=RAW)
    add_target(ex, ("jsonl", "csv", "parquet", "plover"))
    db_option(ex)
    _filters(ex)


def run(args: argparse.Namespace) -> int:
    if limit_refused(getattr(args, "limit", None)):
        return EXIT_USAGE
    if not check_range(getattr(args, "since", None), getattr(args, "until", None)):
        return EXIT_NOTHING  # warned: the range is empty whatever the store holds
    if args.command == "export":
        try:
            args.out, args.export_format = resolve_target(args.target, args.output)
        except ValueError as exc:
            print(f"summitry: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    return with_store(args, _HANDLERS[args.command])


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
        print(DATE_LEGEND, file=sys.stderr)
    return EXIT_OK if rows else EXIT_NOTHING


def _show(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import meeting_detail

    m = store.meeting(args.id)
    history = store.link_history(args.id)
    from summitry.cli.commitments_store import agreed_at, agreed_text

    agreed = agreed_at(store, args.id)
    if args.output == "json":
        print(json.dumps({**m.to_json(), "sources": [asdict(s) for s in m.sources],
                          "history": history, **agreed}, ensure_ascii=False, indent=1))
    else:
        print(meeting_detail(m, history) + agreed_text(agreed))
    return EXIT_OK


def _actor(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import actor_profile

    candidates = store.actor_candidates(args.name)
    if len(candidates) > 1:  # a partial or shared name: list, do not choose
        if args.output == "json":
            print(json.dumps({"candidates": [c.to_json() for c in candidates]},
                             ensure_ascii=False, indent=1))
        else:
            print(f"{args.name!r} may mean {len(candidates)} actors; ask for one by id:")
            for c in candidates:
                print(f"  {c.id:40} {c.type:12} {c.name}")
        return EXIT_USAGE
    profile = store.actor(args.name)
    print(json.dumps(profile.to_json(), ensure_ascii=False, indent=1) if args.output == "json"
          else actor_profile(profile))
    return EXIT_OK


def _search(store: Any, args: argparse.Namespace) -> int:
    from summitry.render import search_hits
    from summitry.store.results import results
    from summitry.store.search_workbench import search

    hits = results(search(store, args.text, args.limit).hits)
    if args.output == "json":
        hits.to_jsonl(sys.stdout)
    else:
        print(search_hits(hits))
    return EXIT_OK if hits else EXIT_NOTHING

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


_HANDLERS = {"meetings": _meetings, "show": _show, "actor": _actor, "search": _search,
             "export": _export}

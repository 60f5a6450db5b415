"""``summitry watch``: keep a store current from folders and feeds.

Every ``--every`` interval the sources (folders, files, RSS/Atom URLs, OPML lists) are
ingested again. Unchanged files are recognised by the store and feeds answer ``304`` or
only their new entries (see :mod:`summitry.ingest.feeds`), so a poll of quiet sources is
cheap. Each poll prints one progress line on stderr and appends it to a log file, so a
watch left running in a terminal or under a service manager can be followed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import re
import sys
import time
from typing import Any

from summitry.cli.common import DEFAULT_DB, EXIT_OK, EXIT_USAGE
from summitry.errors import SummitryError
from summitry.settings import MB, Settings

COMMANDS = ("watch",)
#: Interval units accepted by ``--every`` (``90s``, ``15m``, ``2h``, ``1d``).
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def interval_seconds(text: str) -> float:
    """``15m`` -> 900.0; a bare number is minutes. Raises ValueError for anything else."""
    m = _INTERVAL.match(text.lower())
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 90s, 15m, 2h, 1d)")
    return float(m.group(1)) * UNITS[m.group(2) or "m"]


def _interval(text: str) -> float:
    try:
        return interval_seconds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: Any, default_db: str = DEFAULT_DB) -> None:
    wa = sub.add_parser("watch", help="keep a store current: ingest folders and feeds again "
                                      "at an interval")
    wa.add_argument("sources", nargs="+", metavar="SOURCE",
                    help="folders, files, RSS/Atom feed URLs or .opml feed lists")
    wa.add_argument("--every", type=_interval, default=900.0, metavar="INTERVAL",
                    help="time between polls: 90s, 15m, 2h, 1d (default 15m)")
    wa.add_argument("--db", default=os.environ.get("SUMMITRY_DB", default_db),
                    help=f"store: a SQLite file or a database URL (default $SUMMITRY_DB or "
                         f"{default_db})")
    wa.add_argument("--log", metavar="FILE",
                    help="append one line per poll here (default: the store's path + "
                         ".watch.log; - for none)")
    wa.add_argument("--feed-state", metavar="FILE",
                    help="where feeds remember ETag/Last-Modified and entries read "
                         "(default: the store's path + .feeds.json)")
    wa.add_argument("--polls", type=int, default=0, metavar="N",
                    help="stop after N polls (default 0: until interrupted)")
    wa.add_argument("--workers", type=int, default=0,
                    help="extraction processes beside the writer (default 0)")
    wa.add_argument("--max-mb", type=float, default=10.0,
                    help="skip documents larger than this many MB (default 10)")


def _logger(path: str | None) -> logging.Logger:
    log = logging.getLogger("summitry.watch")
    log.setLevel(logging.INFO)
    log.propagate = False
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    if path and path != "-":
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
    return log


def run(args: argparse.Namespace) -> int:
    from summitry.ingest.feeds import default_state_path
    from summitry.store.database import open_store

    if args.polls < 0:
        print("summitry: error: --polls must be 0 (no limit) or more", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(max_document_bytes=int(args.max_mb * MB),
                        feed_state=args.feed_state or default_state_path(args.db))
    log_path = args.log or ("-" if "://" in args.db else f"{args.db}.watch.log")
    log = _logger(log_path)
    try:
        with open_store(args.db) as store:
            return _loop(store, args, settings, log)
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\nsummitry: watch stopped", file=sys.stderr)
        log.info("stopped")
        return EXIT_OK


def _loop(store: Any, args: argparse.Namespace, settings: Settings,
          log: logging.Logger) -> int:
    log.info("watching %s every %ss into %s", " ".join(args.sources), args.every, args.db)
    poll = 0
    while True:
        poll += 1
        summary = store.ingest(args.sources, settings, workers=args.workers)
        counts = store.counts()
        line = (f"poll {poll}: {summary.report()}; store "
                + ", ".join(f"{k} {v}" for k, v in counts.items()))
        log.info(line)
        if args.polls and poll >= args.polls:
            print(f"summitry: {line}", file=sys.stderr)
            return EXIT_OK
        due = dt.datetime.now() + dt.timedelta(seconds=args.every)
        print(f"summitry: {line}; next poll at {due:%H:%M:%S}", file=sys.stderr)
        time.sleep(args.every)

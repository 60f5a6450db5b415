"""What every command group shares: exit codes, the store option, the output vocabulary,
checked limits and date ranges, and the legend for partial dates.

One vocabulary: ``--output`` is the output format in every command (``table``, ``json``,
``csv``…); ``--format`` is a meeting's format (in person, virtual). The spellings of earlier
versions (``--json``, ``export FORMAT``) still work, hidden from the help, and warn.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

#: 0 done; 1 nothing found or nothing processed; 2 bad arguments or refused input;
#: 3 the store failed (disk full, read-only, damaged, locked); 130 interrupted.
EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_STORAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_DB = "summitry.db"

#: How dates are written in tables and exports (shown in help and under tables).
DATE_LEGEND = (
    "dates: 2023-03-14 a day, 2023-03 a month, 2023 a year; 2023-03-14/16 a span; "
    "--07-06 a day whose year no source states (ISO 8601's year-less form); "
    "? no date stated")

EXIT_HELP = ("exit status: 0 done, 1 nothing found, 2 bad arguments, 3 the store failed, "
             "130 interrupted")


def epilog(*lines: str) -> str:
    """Help text below a command's options (the legend, the exit codes)."""
    return "\n".join((*lines, EXIT_HELP))


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("SUMMITRY_DB", DEFAULT_DB),
                        help="store: a SQLite file or a database URL (default $SUMMITRY_DB "
                             f"or {DEFAULT_DB})")


def warn(message: str) -> None:
    print(f"summitry: warning: {message}", file=sys.stderr)


def error(message: str) -> None:
    print(f"summitry: error: {message}", file=sys.stderr)


class DeprecatedAlias(argparse.Action):
    """An old spelling that sets ``dest`` to ``const`` and says what to write instead."""

    def __init__(self, option_strings: Sequence[str], dest: str, *, const: Any,
                 instead: str, **kwargs: Any) -> None:
        kwargs.setdefault("nargs", 0)
        super().__init__(option_strings, dest, const=const, help=argparse.SUPPRESS, **kwargs)
        self.instead = instead

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        warn(f"{option_string} is deprecated; use {self.instead}")
        setattr(namespace, self.dest, self.const)


def output_option(parser: argparse.ArgumentParser, choices: Sequence[str],
                  default: str, *, json_alias: bool = True) -> None:
    """``--output`` with its choices; ``--json`` kept as a hidden alias of ``--output json``."""
    parser.add_argument("--output", choices=choices, default=default,
                        help="output format: " + ", ".join(choices) + f" (default {default})")
    if json_alias:
        parser.add_argument("--json", dest="output", action=DeprecatedAlias, const="json",
                            instead="--output json")


def limit_refused(limit: int | None) -> bool:
    """Refuse (say so, True) a ``--limit`` under 1: 0 would print nothing and exit as if
    found, and a negative limit used to mean "all"."""
    if limit is None or limit >= 1:
        return False
    error(f"--limit must be 1 or more (got {limit}); leave it out for no limit")
    return True


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a YYYY[-MM[-DD]] covers; None when not such a date."""
    m = _DATE.match(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            one = dt.date(year, int(month), int(day))
            return one, one
        if month:
            first = dt.date(year, int(month), 1)
            nxt = dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def check_range(since: str | None, until: str | None) -> bool:
    """Warn when ``--since`` starts after ``--until`` ends; True when the range is possible."""
    if not since or not until:
        return True
    first, last = _bounds(since), _bounds(until)
    if first is None or last is None or first[0] <= last[1]:
        return True
    warn(f"--since {since} is after --until {until}: no meeting can match "
         "(did you swap them?)")
    return False


def with_store(args: argparse.Namespace, handler: Any, *, create: bool = False) -> int:
    """Open ``args.db`` and run ``handler(store, args)``. A store that does not exist is
    refused (exit 2) unless the command creates it; storage faults go up to
    :func:`summitry.cli.main`, which gives them their own exit code."""
    from summitry.errors import SummitryError
    from summitry.store.database import open_store
    from summitry.store.engine import StoreUnavailableError

    if not create and "://" not in args.db and not os.path.exists(args.db):
        error(f"no store at {args.db} (run summitry ingest first, or give --db)")
        return EXIT_USAGE
    try:
        with open_store(args.db) as store:
            status: int = handler(store, args)
            return status
    except StoreUnavailableError:
        raise
    except SummitryError as err:
        error(str(err))
        return EXIT_USAGE

"""The command line: a thin shell over the Python API, one module per command group.

:mod:`~summitry.cli.extract` (extract, summarize), :mod:`~summitry.cli.evaluate` (eval),
:mod:`~summitry.cli.store` (ingest, skips, unlink), :mod:`~summitry.cli.meetings`
(meetings, show, actor, search, export), :mod:`~summitry.cli.watch`,
:mod:`~summitry.cli.serve` and :mod:`~summitry.cli.commitments`. Each group has
``COMMANDS``, ``add_parsers(sub)`` and ``run(args)``; :mod:`~summitry.cli.common` holds
what they share (exit codes, ``--db``, ``--output``, limits, the date legend).

Exit status everywhere: 0 done, 1 nothing found or nothing processed, 2 bad arguments or
input refused, 3 the store failed, 130 interrupted.
"""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType

from summitry.cli import commitments, evaluate, meetings, serve, store, watch
from summitry.cli import extract as extract_group
from summitry.cli.common import (
    DATE_LEGEND,
    EXIT_HELP,
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_STORAGE,
    EXIT_USAGE,
    error,
)
from summitry.errors import SummitryError

__all__ = ["EXIT_INTERRUPTED", "EXIT_NOTHING", "EXIT_OK", "EXIT_STORAGE", "EXIT_USAGE",
           "main"]

#: The command groups, in the order of the help.
GROUPS: tuple[ModuleType, ...] = (extract_group, evaluate, store, meetings, watch, serve,
                                  commitments)
#: OS errors that mean the disk, not the request, failed.
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EIO, errno.EDQUOT})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summitry", description="Turn diplomatic news into a source-linked record of "
                                     "meetings.",
        epilog=f"{DATE_LEGEND}\n{EXIT_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        group.add_parsers(sub)
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
        error(str(err))
        return EXIT_STORAGE
    except SummitryError as err:
        error(str(err))
        return EXIT_USAGE
    except (DBAPIError, sqlite3.Error) as exc:
        error(describe_storage_error(exc))
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
        error(f"{exc.strerror or exc}{where}")
        return EXIT_STORAGE if exc.errno in STORAGE_ERRNOS else EXIT_USAGE


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    for group in GROUPS:
        if args.command in group.COMMANDS:
            status: int = group.run(args)
            return status
    return EXIT_USAGE  # pragma: no cover - argparse enforces the choice


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Where an export goes and in what format: ``summitry export FILE [--output FORMAT]``.

The format is ``--output``, as in every command; without it the file's extension decides
(``.csv``, ``.parquet``, ``.jsonl``/``.json``), and stdout (``-``) needs ``--output``. The
spelling of earlier versions, ``summitry export csv FILE`` (the format first, as a
positional), still works and warns.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from summitry.cli.common import warn

#: File extension -> export format.
EXTENSIONS = {".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl", ".json": "jsonl",
              ".ndjson": "jsonl"}


def add_target(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument("target", nargs="+", metavar="FILE",
                        help="output file (- for stdout; parquet needs a file)")
    parser.add_argument("--output", choices=formats, metavar="FORMAT",
                        help=f"{', '.join(formats)} (default: from FILE's extension)")
    parser.set_defaults(formats=tuple(formats))


def resolve_target(target: Sequence[str], output: str | None,
                   formats: Sequence[str] = ("jsonl", "csv", "parquet", "plover")
                   ) -> tuple[str, str]:
    """(file, format) from the positionals and ``--output``; ValueError says what is wrong."""
    if len(target) == 2 and target[0] in formats:  # the old `export FORMAT FILE`
        warn(f"`export {target[0]} FILE` is deprecated; use `export FILE --output "
             f"{target[0]}`")
        if output not in (None, target[0]):
            raise ValueError(f"two formats given: {target[0]} and --output {output}")
        return target[1], target[0]
    if len(target) != 1:
        raise ValueError("give one output FILE (- for stdout), and the format with --output")
    path = target[0]
    if output is not None:
        return path, output
    if path == "-":
        raise ValueError(f"stdout (-) needs --output ({', '.join(formats)})")
    for ext, kind in EXTENSIONS.items():
        if path.lower().endswith(ext):
            return path, kind
    raise ValueError(f"no format for {path!r}: add --output "
                     f"({', '.join(formats)}) or name the file .csv, .parquet or .jsonl")

"""The command line: a thin shell over the Python API.

Exit status of ``summitry extract`` (the contract): 0 when at least one document was
processed and everything unreadable was reported, 1 when nothing could be processed,
2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from summitry.batch.local import Tally, extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import ConfigError, PipelineError
from summitry.report import summarize
from summitry.settings import MB, Settings

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


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
    sm = sub.add_parser("summarize", help="print a table of what an extract output holds")
    sm.add_argument("file", metavar="FILE.jsonl", help="output of summitry extract (- for stdin)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return _extract(args)
    if args.command == "summarize":
        return _summarize(args)
    return EXIT_USAGE  # pragma: no cover - argparse enforces the choice


def _extract(args: argparse.Namespace) -> int:
    try:
        settings = Settings(max_document_bytes=int(args.max_mb * MB))
        outcomes = extract(args.paths, settings, published=args.published)
        tally = Tally()
        out = sys.stdout
        for outcome in outcomes:
            tally.add(outcome)
            if isinstance(outcome, Document):
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
        stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"summitry: error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    records = []
    with stream:
        for n, line in enumerate(stream, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    print(f"summitry: skipped {args.file}:{n}: not JSON ({exc.msg})",
                          file=sys.stderr)
    print(summarize(records))
    return EXIT_OK if records else EXIT_NOTHING


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

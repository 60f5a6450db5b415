"""``summitry commitments``: the store's commitments with their timelines, as text or
JSON Lines; the Python API is :mod:`summitry.store.commitment_queries`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from summitry.errors import SummitryError
from summitry.store.commitment_queries import (
    CommitmentFilter,
    CommitmentRecord,
    commitments,
    meeting_commitments,
    statements,
)
from summitry.store.engine import reading

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


def _select(args: argparse.Namespace
            ) -> tuple[list[CommitmentRecord], list[dict[str, Any]]] | None:
    """The commitments (and statements) the filters select; None after an error message."""
    from summitry.store.database import open_store

    if "://" not in args.db and not os.path.exists(args.db):
        print(f"summitry: error: no store at {args.db} (run summitry ingest first)",
              file=sys.stderr)
        return None
    try:
        with open_store(args.db) as store:
            actors = []
            for name in args.actor:
                found = store.resolve_actor(name)
                if not found:
                    print(f"summitry: error: no actor answers to {name!r}", file=sys.stderr)
                    return None
                actors.append(found[0])
            with reading(store.engine) as conn:
                rows = commitments(conn, CommitmentFilter(tuple(actors), args.kind, args.status,
                                                          args.since))
                said = statements(conn, actors)
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return None
    return rows, said


def list_commitments(args: argparse.Namespace) -> int:
    selected = _select(args)
    if selected is None:
        return EXIT_USAGE
    rows = selected[0]
    for rec in rows:
        if args.output == "json":
            print(json.dumps(rec.to_json(), ensure_ascii=False))
        else:
            print(render(rec))
    return EXIT_OK if rows else EXIT_NOTHING


def render(rec: CommitmentRecord) -> str:
    period = f" {rec.period[0] or '?'}-{rec.period[1] or '?'}" if rec.period else ""
    out = [f"commitment {rec.id}: {rec.name}{period}",
           f"  kind {rec.kind}   status {rec.status}   parties {', '.join(rec.parties) or '-'}"]
    if rec.follows:
        out.append(f"  follows    [{rec.follows[0]}] {rec.follows[1]}")
    for i, name in rec.followed_by:
        out.append(f"  followed by [{i}] {name}")
    for st in rec.steps:
        meeting = (f"meeting {st.meeting_id} {st.meeting_name or ''}".rstrip()
                   if st.meeting_id else "no meeting")
        out.append(f"  {st.date or '?':<10} {st.status:<11} {meeting}; {st.doc} (step {st.id})")
        if st.evidence:
            out.append(f"      [{st.evidence_start}:{st.evidence_end}] {st.evidence}")
    return "\n".join(out)


def agreed_at(store: Any, meeting_id: int) -> dict[str, Any]:
    """What was agreed at a meeting: ``{"commitments": [...], "statements": [...]}``."""
    with reading(store.engine) as conn:
        return meeting_commitments(conn, meeting_id)


def agreed_text(agreed: dict[str, Any]) -> str:
    """The "what was agreed" lines of ``summitry show`` (nothing when nothing was)."""
    out = []
    if agreed["commitments"]:
        out.append("  what was agreed")
        for c in agreed["commitments"]:
            now = f" (now {c['status']})" if c["status"] != c["status_here"] else ""
            out.append(f"    [{c['id']}] {c['name']}: {c['kind']}, {c['status_here']} here{now}"
                       f"; {c['doc']}")
    if agreed["statements"]:
        out.append("  statements")
        for s in agreed["statements"]:
            who = ", ".join(s["actors"]) or "-"
            out.append(f"    {s['type']:<9} {who}: {s['content']}")
    return ("\n" + "\n".join(out)) if out else ""


def export_commitments(args: argparse.Namespace) -> int:
    from summitry.export import commitments as export

    selected = _select(args)
    if selected is None:
        return EXIT_USAGE
    rows, said = selected
    if args.export_format == "parquet":
        if args.out == "-":
            print("summitry: error: parquet needs a file, not stdout", file=sys.stderr)
            return EXIT_USAGE
        n = export.write_parquet(rows, args.out)
    else:
        stream = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8",  # noqa: SIM115
                                                          newline="")
        try:
            if args.export_format == "jsonl":
                n = export.write_jsonl(rows, stream)
            elif args.export_format == "csv":
                n = export.write_csv(rows, stream)
            else:
                events = [*export.agree_events(rows), *export.support_events(said)]
                for e in events:
                    stream.write(json.dumps(e, ensure_ascii=False) + "\n")
                n = len(events)
        finally:
            if stream is not sys.stdout:
                stream.close()
    print(f"summitry: {n} record(s) exported", file=sys.stderr)
    return EXIT_OK


def unlink_step(args: argparse.Namespace) -> int:
    from summitry.store.commitment_writer import CommitmentWriter
    from summitry.store.database import open_store
    from summitry.store.engine import writing

    if "://" not in args.db and not os.path.exists(args.db):
        print(f"summitry: error: no store at {args.db}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with open_store(args.db) as store, writing(store.engine) as conn:
            new = CommitmentWriter(conn).unlink(args.step)
    except LookupError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(f"summitry: step {args.step} is now commitment {new}", file=sys.stderr)
    return EXIT_OK

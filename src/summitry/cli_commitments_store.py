"""``summitry commitments``: the store's commitments with their timelines, as text or
JSON Lines; the Python API is :mod:`summitry.store.commitment_queries`."""

from __future__ import annotations

import argparse
import json
import os
import sys

from summitry.errors import SummitryError
from summitry.store.commitment_queries import CommitmentFilter, CommitmentRecord, commitments
from summitry.store.engine import reading

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


def list_commitments(args: argparse.Namespace) -> int:
    from summitry.store.database import open_store

    if "://" not in args.db and not os.path.exists(args.db):
        print(f"summitry: error: no store at {args.db} (run summitry ingest first)",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        with open_store(args.db) as store:
            actors = []
            for name in args.actor:
                found = store.resolve_actor(name)
                if not found:
                    print(f"summitry: error: no actor answers to {name!r}", file=sys.stderr)
                    return EXIT_USAGE
                actors.append(found[0])
            with reading(store.engine) as conn:
                rows = commitments(conn, CommitmentFilter(tuple(actors), args.kind, args.status,
                                                          args.since))
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    for rec in rows:
        if args.json:
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
        out.append(f"  {st.date or '?':<10} {st.status:<11} {meeting}; {st.doc}")
        if st.evidence:
            out.append(f"      [{st.evidence_start}:{st.evidence_end}] {st.evidence}")
    return "\n".join(out)

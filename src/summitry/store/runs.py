"""The life of an ingestion run in the ``runs`` table: started, done, or failed, never left
"running" by a crash.

A run that raises is marked ``failed`` with the error before the exception goes on. A run
killed outright (``kill -9``, a power cut) cannot mark itself, so each run records the
process that owns it (host and pid, in ``counts`` until the run ends); the next run on the
same host marks a "running" run whose process is gone as failed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from typing import Any

from sqlalchemy import Engine, insert, select, update

from summitry.store.engine import writing
from summitry.store.schema import Tables, new_id


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def owner() -> dict[str, Any]:
    return {"owner": {"host": socket.gethostname(), "pid": os.getpid()}}


def start(engine: Engine, t: Tables, paths: list[str], started: dt.datetime) -> int:
    """A new run, after marking the runs of dead processes on this host failed."""
    from summitry import __version__

    with writing(engine) as conn:
        for row in conn.execute(select(t.runs.c.id, t.runs.c.counts)
                                .where(t.runs.c.status == "running")).all():
            if _orphaned(row.counts):
                conn.execute(update(t.runs).where(t.runs.c.id == row.id).values(
                    status="failed", finished_at=now(), counts=json.dumps(
                        {"error": "the process running it ended without finishing "
                                  "(killed?)"})))
        return new_id(conn.execute(insert(t.runs).values(
            started_at=started.isoformat(timespec="seconds"), status="running",
            paths=json.dumps(paths, ensure_ascii=False), version=__version__,
            counts=json.dumps(owner()))))


def _orphaned(counts: str | None) -> bool:
    try:
        who = json.loads(counts or "{}").get("owner") or {}
    except (ValueError, AttributeError):
        return False
    if who.get("host") != socket.gethostname() or not isinstance(who.get("pid"), int):
        return False  # another machine's run: it may well be alive
    return not _alive(who["pid"])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def finish(engine: Engine, t: Tables, run_id: int, counts: dict[str, Any]) -> None:
    with writing(engine) as conn:
        conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(
            finished_at=now(), status="done", counts=json.dumps(counts, sort_keys=True)))


def fail(engine: Engine, t: Tables, run_id: int, counts: dict[str, Any],
         error: BaseException) -> None:
    """Mark the run failed with its error; a store too broken to take even that (disk
    full) leaves it to the next run's check, without hiding the original error."""
    reason = f"{type(error).__name__}: {error}"[:500]
    try:
        with writing(engine) as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(
                finished_at=now(), status="failed",
                counts=json.dumps({**counts, "error": reason}, sort_keys=True)))
    except Exception:
        pass


def describe(engine: Engine, t: Tables, run_id: int | None) -> dict[str, Any] | None:
    """A run (the latest when ``run_id`` is None) as a dict, or None when there is none."""
    from summitry.store.engine import reading

    r = t.runs
    q = select(r.c.id, r.c.started_at, r.c.finished_at, r.c.status, r.c.paths, r.c.counts)
    q = q.order_by(r.c.id.desc()).limit(1) if run_id is None else q.where(r.c.id == run_id)
    with reading(engine) as conn:
        row = conn.execute(q).first()
    if row is None:
        return None
    out = dict(row._mapping)
    for key in ("paths", "counts"):
        with contextlib.suppress(ValueError):
            out[key] = json.loads(out[key]) if out[key] else None
    return out

"""Opening a store: a path or a database URL, turned into a configured SQLAlchemy engine.

SQLite is the embedded default and is set up the way datasette and sqlite-utils do it:
write-ahead logging so readers never block the writer, ``synchronous=NORMAL`` (a killed
process loses nothing committed; only a power cut may lose the last transactions), foreign
keys on, and a busy timeout. Python's sqlite3 module opens transactions lazily and only
before writes; here every transaction is begun explicitly with ``BEGIN IMMEDIATE``, which
takes the write lock at once, so two writers queue instead of failing halfway through a
batch with "database is locked". Readers begin a deferred transaction and read their own
snapshot while a writer works.

Any other URL (``postgresql+psycopg://…``) is handed to SQLAlchemy as it is; the schema and
queries use SQLAlchemy Core, with the few dialect-specific parts (full-text search) kept in
the modules that need them. On PostgreSQL every write transaction first takes one
transaction-level advisory lock (:data:`PG_WRITE_LOCK`), the counterpart of SQLite's
``BEGIN IMMEDIATE``: ingest processes on several machines then write one batch at a time,
each seeing every batch committed before it, so linking decides as one process would
(extraction, the slow part, still runs in parallel outside the lock).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from summitry.errors import ConfigError, SummitryError

#: Milliseconds a connection waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 30_000


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL is kept, anything else is a SQLite file path."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise ConfigError(f"not a database URL: {text!r} ({exc})") from None
        return text
    if text == ":memory:":
        raise ConfigError("an in-memory store cannot be shared between connections; "
                          "give a file path")
    return f"sqlite:///{Path(text).expanduser()}"


class StoreUnavailableError(SummitryError):
    """The store cannot be opened: a missing driver, a server that does not answer, a file
    that is not a database."""

    retryable = True


def create_store_engine(target: str | Path) -> Engine:
    url = database_url(target)
    if not url.startswith("sqlite"):
        try:
            return create_engine(url, future=True)
        except NoSuchModuleError:
            raise ConfigError(f"no database dialect for {make_url(url).drivername!r} "
                              f"(in {url!r})") from None
        except ImportError as exc:
            raise ConfigError(f"the database driver for {url!r} is not installed "
                              f"({exc.name})") from None
    engine = create_engine(url, future=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Hand transaction control to SQLAlchemy: pysqlite's implicit BEGIN is switched off and
    # _begin_immediate issues the real one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _begin(conn: Any) -> None:
    # Writers take the lock up front; readers begin deferred, so they never wait on a writer
    # (WAL gives each its snapshot).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE)
                         else "BEGIN")


#: Execution option that marks a connection as the writer.
WRITE = "summitry_write"

#: The PostgreSQL advisory lock key every store writer takes ("summ" in ASCII).
PG_WRITE_LOCK = 0x73756D6D


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Released by the commit or rollback that ends the transaction.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction: every query in the block sees the same snapshot."""
    with engine.connect() as conn, conn.begin():
        yield conn

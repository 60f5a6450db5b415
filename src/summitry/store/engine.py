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
from urllib.parse import quote

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


#: What a storage failure means, by the words of the database's message, first match wins:
#: (words, explanation). The store itself stays as the last committed transaction left it.
STORAGE_FAULTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("disk is full", "disk full", "no space left"),
     "the disk is full; the store keeps everything committed before this point"),
    (("readonly", "read-only"), "the store cannot be written (a read-only file, folder or "
                                "medium); queries still work"),
    (("malformed", "not a database", "corrupt", "file is encrypted"),
     "the store file is damaged; restore it from a copy (sqlite3 FILE .recover may save "
     "what is left)"),
    (("locked", "busy"), "the store is locked by another process for longer than the "
                         "busy timeout; try again when it is done"),
    (("unable to open", "cannot open", "disk i/o error", "i/o error"),
     "the store cannot be read or written (permissions, a missing folder, a failing disk)"),
)


def storage_fault(exc: BaseException) -> str | None:
    """One line for a failure of the store itself (:data:`STORAGE_FAULTS`), or None when
    the database's message names none (a bad query: a bug, not the store's state)."""
    detail = _detail(exc)
    lowered = detail.lower()
    for words, meaning in STORAGE_FAULTS:
        if any(w in lowered for w in words):
            return f"{meaning} ({detail})"
    return None


def describe_storage_error(exc: BaseException) -> str:
    """One line for any database failure: what it means, then the database's own words."""
    return storage_fault(exc) or f"storage error: {_detail(exc) or type(exc).__name__}"


def _detail(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else ""


class StoreUnavailableError(SummitryError):
    """The store cannot be opened: a missing driver, a server that does not answer, a file
    that is not a database."""

    retryable = True


def read_only_url(target: str | Path, immutable: bool = False) -> str:
    """A SQLite URI that opens ``target`` for reading only. ``immutable``: also when the
    folder cannot take the write-ahead log's shared-memory file (a read-only folder or
    medium); SQLite then takes no locks, so nothing may write the file meanwhile."""
    path = Path(str(target)).expanduser().resolve()
    flag = "immutable=1" if immutable else "mode=ro"
    return f"sqlite:///file:{quote(str(path))}?{flag}&uri=true"


def create_store_engine(target: str | Path, read_only: str | None = None) -> Engine:
    """An engine over ``target``; ``read_only``: a URI from :func:`read_only_url`, used
    instead of the path and set up without the pragmas that write."""
    if read_only is not None:
        engine = create_engine(read_only, future=True,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_read_only)
        event.listen(engine, "begin", _begin)
        return engine
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
        # SQLite's default page cache is 2 MB: past a few thousand articles the linker's
        # index lookups would go to the OS on every batch.
        cursor.execute(f"PRAGMA cache_size={CACHE_KIB}")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


#: The page cache of each SQLite connection, in KiB (negative: SQLite's unit for KiB).
CACHE_KIB = -65_536


def _configure_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only=ON")
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


def checkpoint(engine: Engine) -> None:
    """Fold SQLite's write-ahead log into the database file and truncate it, so that after a
    run the store is one file of its real size (the log otherwise keeps the size of the
    largest batch). Outside any transaction; a reader holding an old snapshot only makes it
    partial, never an error. Nothing to do on other databases."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction: every query in the block sees the same snapshot."""
    with engine.connect() as conn, conn.begin():
        yield conn

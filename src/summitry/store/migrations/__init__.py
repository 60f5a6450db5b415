"""Versioned schema migrations, each applied with its record in one transaction.

A migration is a module ``vNNNN_<name>.py`` in this package with an ``upgrade(conn)``
function. :func:`migrate` applies, in order, every version above the one recorded in
``schema_migrations``; each runs in its own write transaction together with the row that
records it, so a crash leaves the database at the last complete version, never between two.
The migrations are the schema: queries reflect the tables they create
(:mod:`summitry.store.schema`), so there is no second definition to keep in step.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, Table, Text, inspect, select

from summitry.errors import SummitryError
from summitry.store.engine import writing


class MigrationError(SummitryError):
    """The database is newer than this version of summitry, or a migration failed."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Connection], None]


_META = MetaData()
MIGRATIONS_TABLE = Table(
    "schema_migrations", _META,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)


def available() -> list[Migration]:
    """Every migration shipped with the package, by version."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("v"):
            continue
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        version_text, _, name = info.name[1:].partition("_")
        found.append(Migration(int(version_text), name, module.upgrade))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise MigrationError(f"migration versions must run 1..n without gaps, got {versions}")
    return found


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    latest = conn.execute(select(MIGRATIONS_TABLE.c.version)
                          .order_by(MIGRATIONS_TABLE.c.version.desc()).limit(1)).scalar()
    return int(latest or 0)


def migrate(engine: Engine) -> list[Migration]:
    """Bring the database up to the newest version; return the migrations applied."""
    migrations = available()
    newest = migrations[-1].version if migrations else 0
    applied: list[Migration] = []
    while True:
        # Each step re-reads the version inside its own write transaction, so two processes
        # opening a new store at once cannot both apply the same migration.
        with writing(engine) as conn:
            version = current_version(conn)
            if version > newest:
                raise MigrationError(f"the database is at schema version {version}, newer "
                                     f"than this summitry knows ({newest}); upgrade summitry")
            if version == newest:
                return applied
            step = migrations[version]
            if version == 0:
                MIGRATIONS_TABLE.create(conn, checkfirst=True)
            step.upgrade(conn)
            conn.execute(MIGRATIONS_TABLE.insert().values(
                version=step.version, name=step.name,
                applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
            applied.append(step)

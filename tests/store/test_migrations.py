"""Versioned migrations: each applied once, with its record, in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from summitry.store.engine import create_store_engine, reading, writing
from summitry.store.migrations import MigrationError, available, current_version, migrate


def test_a_new_store_is_migrated_to_the_newest_version_once(tmp_path):
    engine = create_store_engine(tmp_path / "kb.db")
    applied = migrate(engine)
    assert [m.version for m in applied] == [m.version for m in available()]
    assert migrate(engine) == []  # nothing left to apply
    with reading(engine) as conn:
        assert current_version(conn) == available()[-1].version
        names = set(inspect(conn).get_table_names())
        rows = conn.execute(text("SELECT count(*) FROM schema_migrations")).scalar()
    assert {"documents", "meetings", "sources", "document_fts"} <= names
    assert rows == len(available())


def test_a_failing_migration_leaves_neither_its_tables_nor_its_record(tmp_path, monkeypatch):
    from summitry.store import migrations

    real = available()

    def broken(conn):
        real[0].upgrade(conn)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "available",
                        lambda: [migrations.Migration(1, "initial", broken)])
    engine = create_store_engine(tmp_path / "kb.db")
    with pytest.raises(RuntimeError):
        migrate(engine)
    with reading(engine) as conn:
        assert "documents" not in inspect(conn).get_table_names()
        assert current_version(conn) == 0


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    engine = create_store_engine(tmp_path / "kb.db")
    migrate(engine)
    with writing(engine) as conn:
        conn.execute(text("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"))
    with pytest.raises(MigrationError, match="newer"):
        migrate(engine)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    engine = create_store_engine(tmp_path / "kb.db")
    with reading(engine) as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

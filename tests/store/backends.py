"""The store backends the tests run against: SQLite files, and databases on a throwaway
PostgreSQL server that ``tools/postgres.sh`` starts in a temporary folder (unix socket only)
and stops when the session ends.

Each test gets its own empty database (``CREATE DATABASE``), so tests stay independent as
they are on SQLite with one file each. Where PostgreSQL is not installed (``make test``
installs it through ``tools/postgres.sh install`` where it can) the PostgreSQL half of each
test skips and says so.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tools" / "postgres.sh"
BACKENDS = ("sqlite", "postgresql")


class PostgresServer:
    """One scratch server; :meth:`database` hands out fresh databases on it."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="summitry-pg-"))
        done = subprocess.run(["bash", str(SCRIPT), "start", str(self.dir)],
                              capture_output=True, text=True, timeout=180)
        if done.returncode != 0:
            shutil.rmtree(self.dir, ignore_errors=True)
            raise RuntimeError(done.stderr.strip() or f"postgres.sh exited {done.returncode}")
        self.admin_url = done.stdout.strip().splitlines()[-1]
        self.templates: dict[str, str] = {}

    def url(self, name: str) -> str:
        return self.admin_url.replace("/postgres?", f"/{name}?", 1)

    def database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template`` (a file copy: milliseconds)."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        with psycopg.connect(host=str(self.dir), user="summitry", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def ingested(self, corpus: Path) -> str:
        """A new database holding ``corpus`` ingested: the first time by ingesting it, then
        by copying that database (most API tests start from the same sample store)."""
        from summitry.store.database import Store

        key = hashlib.sha256(corpus.read_bytes()).hexdigest()
        if key not in self.templates:
            url = self.database()
            with Store(url) as store:
                store.ingest([str(corpus)])
            self.templates[key] = url.split("@/", 1)[1].split("?", 1)[0]
        return self.database(template=self.templates[key])

    def drop(self, url: str) -> None:
        import psycopg

        name = url.split("@/", 1)[1].split("?", 1)[0]
        with psycopg.connect(host=str(self.dir), user="summitry", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.dir)], capture_output=True,
                       timeout=120, check=False)
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres_missing() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[dev]')"
    found = any(Path(p).joinpath("initdb").exists()
                for p in Path("/usr/lib/postgresql").glob("*/bin")) or shutil.which("initdb")
    if not found:
        return ("PostgreSQL is not installed and could not be (tools/postgres.sh install "
                "needs root and apt-get)")
    return None

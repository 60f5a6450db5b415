"""An index on the documents' publication dates, for listings newest first.

Without it, listing documents reads every row of ``cleaned`` (each holding a body and its
contract JSON) to sort them: seconds on a 100,000-document store, cold. With it, a page is
a walk of the index.
"""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    conn.exec_driver_sql("CREATE INDEX cleaned_published ON cleaned (published, doc_id)")

"""An index on the documents' publication dates, for listings newest first.

Without it, listing documents reads every row of ``cleaned`` (each holding a body and its
contract JSON) to sort them: seconds on a 100,000-document store, cold. With it, a page is
a walk of the index. PostgreSQL walks an index backwards only with its NULLs first, so
there the index is built in the listing's own order (newest first, undated last).
"""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("CREATE INDEX cleaned_published ON cleaned "
                             "(published DESC NULLS LAST, doc_id DESC)")
        return
    conn.exec_driver_sql("CREATE INDEX cleaned_published ON cleaned (published, doc_id)")

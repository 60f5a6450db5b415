"""The knowledge base on disk: schema, migrations, ingestion, linking writes, queries.

All SQL lives in this package. ``summitry.open(path)`` (:class:`Store`) is the way in.
"""

"""Exports of linked meetings: JSON Lines, CSV and Parquet (through
:class:`summitry.store.results.Results`), and PLOVER-style event records
(:mod:`summitry.export.plover`)."""

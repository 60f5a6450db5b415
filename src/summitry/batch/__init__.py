"""Batch runners: the same per-document work, locally or (later) on a Dask cluster."""

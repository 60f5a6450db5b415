"""Extraction output as a partitioned Parquet dataset: ``summitry extract … --parquet DIR``.

One file per partition of the input (``part-000000.parquet``, …, in input order, rows in
input order), written by the process that extracted the partition (a Dask worker: nothing
funnels through the client, so ``DIR`` must be a folder every worker can write, a shared
file system). The run ends by writing ``_SUCCESS`` (a JSON manifest: the files, documents
and skips) and ``_skipped.jsonl`` (every document that was not extracted, with its file and
line); readers of the dataset ignore names that start with ``_``.

Columns, one row per document. The contract's scalar fields are typed columns (``id``,
``lang``, ``title``, ``published`` as in the contract, ``published_date`` as a date when it
is a full day, ``body``, ``script``, ``published_source``, ``url``, ``source``), with counts
of the nested records (``meeting_count``, ``statement_count``, …) to filter on. The nested
records (``entities``, ``meetings``, ``times``, ``statements``, ``commitments``,
``dateline``) are JSON text, each exactly the contract's list. Why JSON and not nested
structs: the contract's records are wide, optional and still gaining (v2) fields; a struct
schema would have to be kept in step by hand, and a partition where a field is always null
would infer a different type and break reading the dataset as one. JSON keeps the record
whole and lossless, and every reader opens it in one call: DuckDB ``from_json``/``->>``
(``SELECT id, unnest(meetings::JSON[]) …``), pandas ``df.meetings.map(json.loads)``,
pyarrow then Python. :func:`read_records` turns a dataset back into contract records.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summitry.errors import ConfigError, SummitryError

#: Contract fields kept as text columns, in the contract's order.
TEXT_FIELDS = ("id", "lang", "title", "published", "body", "script", "published_source",
               "url", "source")
#: Contract fields whose value (a list or an object) is kept as JSON text.
JSON_FIELDS = ("entities", "meetings", "times", "statements", "commitments", "dateline")
#: Count columns: (column, contract list it counts).
COUNT_FIELDS = (("entity_count", "entities"), ("meeting_count", "meetings"),
                ("statement_count", "statements"), ("commitment_count", "commitments"))
#: The contract's key order, to rebuild a record exactly.
CONTRACT_ORDER = ("id", "lang", "title", "published", "body", "entities", "meetings", "times",
                  "statements", "commitments", "script", "published_source", "dateline",
                  "url", "source")
SUCCESS = "_SUCCESS"
SKIPPED = "_skipped.jsonl"
PART_NAME = "part-{index:06d}.parquet"
_PART = re.compile(r"^part-\d{6}\.parquet$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _pa() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet  # the writer below needs the submodule loaded
    except ImportError:
        raise ConfigError("--parquet needs pyarrow: pip install 'summitry[analysis]'"
                          ) from None
    return pa


def schema() -> Any:
    pa = _pa()
    fields = [pa.field(name, pa.string()) for name in TEXT_FIELDS]
    fields.insert(TEXT_FIELDS.index("published") + 1, pa.field("published_date", pa.date32()))
    fields += [pa.field(name, pa.string()) for name in JSON_FIELDS]
    fields += [pa.field(name, pa.int32()) for name, _ in COUNT_FIELDS]
    return pa.schema(fields)


@dataclass(frozen=True)
class PartTarget:
    """Where one partition's file goes (picklable: it travels to the worker)."""

    folder: str
    index: int

    @property
    def path(self) -> Path:
        return Path(self.folder) / PART_NAME.format(index=self.index)


def prepare_folder(folder: str) -> str:
    """The absolute path of ``folder``, created if need be; one that already holds a
    dataset is refused rather than mixed with a new one."""
    path = Path(folder).absolute()
    try:
        path.mkdir(parents=True, exist_ok=True)
        names = os.listdir(path)
    except OSError as exc:
        raise ConfigError(f"cannot write to --parquet {folder}: {exc.strerror or exc}"
                          ) from None
    if any(_PART.match(n) or n in (SUCCESS, SKIPPED) for n in names):
        raise ConfigError(f"--parquet {folder} already holds a dataset; give an empty or "
                          f"new folder")
    return str(path)


def row(record: dict[str, Any]) -> dict[str, Any]:
    """A contract record as a row of :func:`schema`."""
    out: dict[str, Any] = {name: record.get(name) for name in TEXT_FIELDS}
    published = record.get("published")
    out["published_date"] = (dt.date.fromisoformat(published)
                             if isinstance(published, str) and _DAY.match(published) else None)
    for name in JSON_FIELDS:
        out[name] = json.dumps(record.get(name), ensure_ascii=False)
    for name, field in COUNT_FIELDS:
        out[name] = len(record.get(field) or ())
    return out


def write_part(target: PartTarget, records: list[dict[str, Any]]) -> str | None:
    """Write one partition's records (none: no file); the file appears whole or not at
    all (written under a temporary name, then renamed)."""
    if not records:
        return None
    pa = _pa()
    table = pa.Table.from_pylist([row(r) for r in records], schema=schema())
    final = target.path
    temp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    pa.parquet.write_table(table, temp)
    os.replace(temp, final)
    return final.name


def write_manifest(folder: str, files: Iterable[str], documents: int,
                   skipped: list[SummitryError]) -> None:
    """``_skipped.jsonl`` (one line per skip: file, line, kind, message) then ``_SUCCESS``."""
    base = Path(folder)
    with (base / SKIPPED).open("w", encoding="utf-8") as out:
        for err in skipped:
            out.write(json.dumps({"source": err.source, "line": err.line,
                                  "kind": type(err).__name__, "message": str(err)},
                                 ensure_ascii=False) + "\n")
    manifest = {"format": "summitry-extract-parquet", "version": 1, "files": sorted(files),
                "documents": documents, "skipped": len(skipped), "skipped_file": SKIPPED}
    (base / SUCCESS).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def read_records(folder: str | Path) -> Iterator[dict[str, Any]]:
    """The contract records of a dataset, in input order (as ``summitry extract`` writes
    them as JSON Lines)."""
    pa = _pa()
    base = Path(folder)
    for name in sorted(n for n in os.listdir(base) if _PART.match(n)):
        for batch in pa.parquet.ParquetFile(base / name).iter_batches():
            for values in batch.to_pylist():
                record = {k: values[k] for k in TEXT_FIELDS}
                record.update({k: json.loads(values[k]) for k in JSON_FIELDS})
                yield {k: record[k] for k in CONTRACT_ORDER}

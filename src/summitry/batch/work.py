"""A partition's work, where it is extracted: parse, run the pipeline, serialize.

A partition is a list of input items in input order: records read as bytes but not parsed
(:class:`~summitry.ingest.jsonl.RawLine`, :class:`~summitry.ingest.parquet.RawRows`,
:class:`~summitry.ingest.readers.RawFile`), Documents (feed entries) and the input errors
met while reading. The worker
returns, item for item, what the caller writes: a :class:`Line` (the document's contract
record already serialized, and its warnings) or the error that skipped it. Parsing JSON,
extracting HTML pages and serializing the contract all happen here, so the process that
reads the input and writes the output does only bytes, whatever the number of workers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from summitry.batch.local import check_date, run_pipeline
from summitry.batch.parquet_out import PartTarget, write_part
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import InputError, SummitryError
from summitry.ingest.jsonl import RawLine, parse_line
from summitry.ingest.parquet import RawRows, from_rows
from summitry.ingest.readers import RawFile, RawItem, parse_file, read_items
from summitry.pipeline import Pipeline, build
from summitry.settings import Settings


@dataclass(frozen=True)
class Line:
    """One extracted document as the writer needs it: the contract record as one JSON
    line (no newline; empty when the record went to a Parquet partition instead), and the
    warnings to report under its source."""

    source: str
    json: str
    warnings: tuple[str, ...] = ()


Result = Line | SummitryError

_PIPELINES: dict[Settings, Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings`` in this process, built on first use (loading the
    knowledge base and models takes seconds; every later partition reuses it)."""
    pipeline = _PIPELINES.get(settings)
    if pipeline is None:
        pipeline = _PIPELINES[settings] = build(settings.stages, settings)
    return pipeline


def weight(item: RawItem) -> int:
    """Documents an item stands for (an input error: none)."""
    if isinstance(item, RawRows):
        return int(item.batch.num_rows)
    return 0 if isinstance(item, InputError) else 1


def partitions(items: Iterable[RawItem], size: int) -> Iterator[list[RawItem]]:
    """The input in order, about ``size`` documents a partition (input errors ride along;
    a batch of Parquet rows is never split)."""
    part: list[RawItem] = []
    count = 0
    for item in items:
        part.append(item)
        count += weight(item)
        if count >= size:
            yield part
            part, count = [], 0
    if part:
        yield part


def documents(items: Iterable[RawItem], settings: Settings) -> Iterator[Document | InputError]:
    """The items parsed into Documents, in order (a blank JSON line: nothing)."""
    for item in items:
        if isinstance(item, RawLine):
            outcome = parse_line(item, settings)
            if outcome is not None:
                yield outcome
        elif isinstance(item, RawRows):
            yield from from_rows(item, settings)
        elif isinstance(item, RawFile):
            yield parse_file(item)
        else:
            yield item


def extract_items(items: Sequence[RawItem], settings: Settings, published: str | None = None,
                  target: PartTarget | None = None) -> list[Result]:
    """One partition through the pipeline: a :class:`Line` or the skip for each document,
    in order. With ``target`` the records go to that Parquet file (written here) and the
    lines carry no JSON."""
    pipeline = worker_pipeline(settings)
    results: list[Result] = []
    records = []
    for item in documents(items, settings):
        if isinstance(item, InputError):
            results.append(item)
            continue
        if published and not item.meta_published:
            item.meta_published = published
        outcome = run_pipeline(pipeline, item)
        if not isinstance(outcome, Document):
            results.append(outcome)
            continue
        record = to_contract(outcome)
        text = ""
        if target is None:
            text = json.dumps(record, ensure_ascii=False)
        else:
            records.append(record)
        results.append(Line(outcome.source, text, tuple(outcome.warnings)))
    if target is not None:
        write_part(target, records)
    return results


#: Documents a partition holds when this process extracts (and the rows of a Parquet file
#: written by ``--parquet`` without Dask).
LOCAL_PARTITION = 50


def extract_here(paths: Iterable[str], settings: Settings, published: str | None = None,
                 stdin: IO[bytes] | None = None, parquet: str | None = None,
                 partition_size: int = LOCAL_PARTITION) -> Iterator[Result]:
    """What ``summitry extract`` writes without Dask: the same partitions and results as
    on a cluster, extracted in this process."""
    published = check_date(published)
    items = read_items(paths, settings, stdin=stdin, raw=True)
    for index, part in enumerate(partitions(items, partition_size)):
        target = PartTarget(parquet, index) if parquet else None
        yield from extract_items(part, settings, published, target)

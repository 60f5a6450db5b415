"""The local runner: read, run the pipeline, and turn every failure into an outcome.

One bad document never stops a batch. Input problems come from the readers as
:class:`InputError` values; an unexpected exception inside a stage is caught here and
reported as a :class:`ProcessingError` naming the document, so a bug shows up as one
skipped document with a message rather than a crashed run over a million articles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from summitry.document import Document
from summitry.errors import ConfigError, InputError, SummitryError
from summitry.ingest.readers import read_paths
from summitry.pipeline import Pipeline, build
from summitry.settings import DEFAULT_SETTINGS, Settings

#: ``path:line``, the source label of a JSON Lines document.
_LINE_LABEL = re.compile(r"^(.+):(\d+)$")
#: Characters of an exception's text kept in a skip message.
MAX_DETAIL = 300


class ProcessingError(SummitryError):
    """A stage failed on one document; the document is skipped and the batch goes on."""


Outcome = Document | SummitryError


@dataclass
class Tally:
    """What a run did, for the summary line."""

    processed: int = 0
    skipped: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: object) -> None:
        """Count an outcome: a skip is an error, anything else (a Document, a serialized
        line) is a processed document."""
        if not isinstance(outcome, SummitryError):
            self.processed += 1
        else:
            self.skipped += 1
            kind = type(outcome).__name__
            self.reasons[kind] = self.reasons.get(kind, 0) + 1


def check_date(value: str | None) -> str | None:
    """Validate a ``YYYY-MM-DD`` argument."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"not a date (YYYY-MM-DD): {value!r}") from None


def extract(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS,
            published: str | None = None, pipeline: Pipeline | None = None,
            stdin: IO[str] | None = None) -> Iterator[Outcome]:
    """Run the extraction pipeline over every document under ``paths``.

    ``published`` is the publication date to assume for documents whose input gives none.
    """
    published = check_date(published)
    pipeline = pipeline or build(settings.stages, settings)
    for item in read_paths(paths, settings, stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        if published and not item.meta_published:
            item.meta_published = published
        yield run_pipeline(pipeline, item)


def run_pipeline(pipeline: Pipeline, doc: Document) -> Outcome:
    """The document through every stage, or the error that stopped it (never raised)."""
    try:
        return pipeline(doc)
    except SummitryError as err:
        return err
    except Exception as exc:  # a bug in a stage must not end the batch
        return failure(doc, exc)


def failure(doc: Document, exc: BaseException, step: str = "extraction") -> ProcessingError:
    """The skip a crash on ``doc`` becomes: its file and line, and what was raised."""
    source, line = doc.source, None
    m = _LINE_LABEL.match(doc.source)
    if m:  # JSON Lines documents are labelled path:line
        source, line = m.group(1), int(m.group(2))
    detail = str(exc)
    if len(detail) > MAX_DETAIL:
        detail = detail[:MAX_DETAIL] + "…"
    return ProcessingError(f"{step} failed: {type(exc).__name__}: {detail} "
                           f"(document {doc.id[:80]!r})", source=source or None, line=line)

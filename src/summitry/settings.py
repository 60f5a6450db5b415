"""One typed settings object for the whole pipeline.

Settings are a frozen dataclass rather than a string-keyed dict so that a misspelt option
fails at construction time and every stage sees the same values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from summitry.errors import ConfigError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    #: Documents (one file, one JSONL record) larger than this are skipped with an error,
    #: never truncated. News articles are a few KB; 10 MB leaves room for pages with inline
    #: assets while catching a log file or a dump passed by mistake.
    max_document_bytes: int = 10 * MB
    #: Where feed sources (RSS/Atom URLs, OPML files) remember ETag, Last-Modified and the
    #: entries already read, for conditional GET. ``None``: every poll fetches everything.
    feed_state: str | None = None
    #: Languages the language identifier chooses among. Restricting it keeps the detector
    #: small and fast and avoids exotic guesses on short texts.
    languages: tuple[str, ...] = ("zh", "en", "vi", "ru", "fr", "es", "de", "ja", "ko", "id")
    #: Convert traditional Chinese to simplified for analysis (offsets still point into the
    #: original text).
    to_simplified: bool = True
    #: Statistical name recognizers behind the gazetteer: "auto" uses those installed
    #: (``summitry[names]``), "off" keeps the entities stage to rules and the knowledge base.
    #: The environment variable SUMMITRY_NAME_MODEL sets the default (to measure both paths).
    name_model: str = field(default_factory=lambda: os.environ.get("SUMMITRY_NAME_MODEL",
                                                                   "auto"))
    #: Threads each name model may use inside one process (ONNX Runtime's intra-op threads
    #: for LAC). One: a batch's parallelism is its worker processes, and a session that takes
    #: a thread per core spins while it waits, costing about 40% more CPU per document for a
    #: few percent of wall time on an idle machine. 0 leaves ONNX Runtime's default (a thread
    #: per core), which only a single interactive process on an idle machine gains from.
    name_model_threads: int = 1
    #: Stages run by ``summitry extract``, in order.
    stages: tuple[str, ...] = field(
        default=("clean", "normalize", "language", "dates", "entities", "meetings",
                 "years", "commitments"))

    def __post_init__(self) -> None:
        if self.max_document_bytes <= 0:
            raise ConfigError(f"max_document_bytes must be positive, got {self.max_document_bytes}")
        if self.name_model not in ("auto", "off"):
            raise ConfigError(f"name_model must be 'auto' or 'off', got {self.name_model!r}")
        if self.name_model_threads < 0:
            raise ConfigError("name_model_threads must be 0 (the runtime's default) or more, "
                              f"got {self.name_model_threads}")
        if not self.languages:
            raise ConfigError("languages must name at least one language")


DEFAULT_SETTINGS = Settings()

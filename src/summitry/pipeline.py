"""Stages, their registry, and the pipeline builder.

Each stage declares the layers it *requires* and *provides* (as Stanza's processors do).
:func:`build` checks the whole chain before any document is touched and raises one
:class:`PipelineError` naming everything missing, so a batch never fails halfway through
because a stage was left out or put in the wrong order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar, Protocol

from summitry.document import Document
from summitry.errors import PipelineError
from summitry.settings import DEFAULT_SETTINGS, Settings


class Stage(Protocol):
    """A step that adds layers to a document in place and returns it."""

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


StageFactory = Callable[[Settings], Stage]

_REGISTRY: dict[str, StageFactory] = {}


def register(name: str) -> Callable[[StageFactory], StageFactory]:
    """Class decorator: make a stage available to :func:`build` under ``name``."""

    def deco(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def registered() -> list[str]:
    _load_builtin_stages()
    return sorted(_REGISTRY)


#: Modules whose import registers the built-in stages.
BUILTIN_STAGE_MODULES = ("summitry.clean.stage", "summitry.nlp.normalize", "summitry.nlp.language",
                         "summitry.nlp.entities.stage", "summitry.nlp.times",
                         "summitry.extract.stage", "summitry.extract.years",
                         "summitry.extract.commitments.stage")


def _load_builtin_stages() -> None:
    # Importing the modules runs their @register decorators. Done lazily so that importing
    # summitry.pipeline alone stays cheap and free of import cycles.
    for module in BUILTIN_STAGE_MODULES:
        importlib.import_module(module)


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
            doc.layers |= stage.provides
        return doc


def build(names: Iterable[str], settings: Settings = DEFAULT_SETTINGS) -> Pipeline:
    """Instantiate the named stages in order, checking every requirement up front."""
    _load_builtin_stages()
    names = list(names)
    problems: list[str] = []
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        problems.append(f"unknown stage(s) {', '.join(unknown)} (known: {', '.join(registered())})")
    stages: list[Stage] = [_REGISTRY[n](settings) for n in names if n in _REGISTRY]
    available = {"text"}
    for stage in stages:
        missing = sorted(stage.requires - available)
        if missing:
            problems.append(f"stage {stage.name!r} requires {', '.join(missing)}, "
                            f"which no earlier stage provides")
        available |= stage.provides
    if problems:
        raise PipelineError("cannot build pipeline: " + "; ".join(problems))
    return Pipeline(tuple(stages))

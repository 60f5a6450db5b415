from typing import ClassVar

import pytest

from summitry.document import Document
from summitry.errors import PipelineError
from summitry.pipeline import build, register, registered
from summitry.settings import Settings


@register("needs_entities_test")
class _NeedsEntities:
    name: ClassVar[str] = "needs_entities_test"
    requires: ClassVar[frozenset[str]] = frozenset({"entities", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"meetings"})

    def __init__(self, settings: Settings):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


def test_build_fails_up_front_listing_every_missing_layer_and_unknown_stage():
    with pytest.raises(PipelineError) as info:
        build(["clean", "needs_entities_test", "no_such_stage"])
    message = str(info.value)
    assert "no_such_stage" in message
    assert "entities" in message and "sentences" in message


def test_order_matters_language_needs_the_body_from_clean():
    with pytest.raises(PipelineError, match="body"):
        build(["language", "clean"])
    assert build(["clean", "language"]).names == ("clean", "language")


def test_builtin_stages_are_registered():
    assert {"clean", "normalize", "language"} <= set(registered())


def test_pipeline_records_the_layers_it_provided():
    doc = build(["clean", "normalize"])(Document(id="x", text="标题\n正文第一句。"))
    assert {"text", "body", "title", "analysis_text"} <= doc.layers

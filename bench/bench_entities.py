"""Entity-stage throughput on a large generated corpus, beside jieba.posseg on the same text.

    .venv/bin/python bench/bench_entities.py [--mb 5] [--scaling 0.1,1,5]
    .venv/bin/python bench/bench_entities.py --model-cost ../shared/corpus/dev2.jsonl


Documents are cleaned and normalised first (not timed); the entity stage is then timed on
them, and ``jieba.posseg.lcut`` (segmentation with part-of-speech tags, the usual cheap way
to find names in Chinese) on the same bodies, in the same run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from summitry.document import Document, Span
from summitry.kb.store import default_kb
from summitry.nlp.entities.model import load_backends
from summitry.nlp.entities.stage import EntityRecognizer, default_recognizer
from summitry.pipeline import build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of UTF-8")
    parser.add_argument("--scaling", default="",
                        help="comma-separated single-document sizes in MB (e.g. 0.1,1,5)")
    parser.add_argument("--model-cost", metavar="CORPUS.jsonl", default="",
                        help="time the stage with and without the statistical name models "
                             "on real articles (a JSON Lines corpus with id/text/published)")
    args = parser.parse_args()
    if args.scaling:
        scaling([float(x) for x in args.scaling.split(",")])
        return
    if args.model_cost:
        model_cost(Path(args.model_cost))
        return
    prepare = build(["clean", "normalize"])
    docs = [prepare(Document(id=str(i), text=t))
            for i, t in enumerate(generate(int(args.mb * 1e6 / 2.2)))]
    bodies = [d.body_text for d in docs]
    size = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    print(f"corpus: {len(docs)} documents, {size:.1f} MB of cleaned body text")

    start = time.perf_counter()
    recognizer = default_recognizer("auto")
    load = time.perf_counter() - start
    start = time.perf_counter()
    found = sum(len(recognizer(d)) for d in docs)
    ents = time.perf_counter() - start

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    tagged = sum(sum(1 for w in jieba.posseg.lcut(b) if w.flag in ("nr", "ns", "nt"))
                 for b in bodies)
    posseg = time.perf_counter() - start

    print(f"{'knowledge base + automata load':32} {load:8.2f} s (once per process)")
    print(f"{'summitry entities':32} {size / ents:8.2f} MB/s  ({len(docs) / ents:,.0f} docs/s, "
          f"{found} entities)")
    print(f"{'jieba.posseg (baseline)':32} {size / posseg:8.2f} MB/s  ({len(docs) / posseg:,.0f}"
          f" docs/s, {tagged} nr/ns/nt tokens)")
    print(f"summitry entities / jieba.posseg: {posseg / ents:.1f}x")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def model_cost(corpus: Path) -> None:
    """What the models cost on real articles: the stage timed rules-only and with the
    installed backends (loaded first, load timed apart), the share of the text the models
    read, and the process's peak memory before and after loading them."""
    prepare = build(["clean", "normalize", "language", "dates"])
    docs = [prepare(Document(id=r["id"], text=r["text"], meta_published=r.get("published")))
            for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())]
    chars = sum(len(d.body_text) for d in docs)
    rules = EntityRecognizer(default_kb(), load_backends("off"))
    start = time.perf_counter()
    for d in docs:
        rules(d)
    rule_time = time.perf_counter() - start
    rss_before = _rss_mb()
    models = load_backends("auto")
    read = {lang: 0 for lang in models}
    spent = {lang: 0.0 for lang in models}
    for lang, backend in models.items():
        start = time.perf_counter()
        backend.names([(0, "载入 load")])
        print(f"{'load ' + backend.name:32} {time.perf_counter() - start:8.2f} s")
        inner = backend.names

        def counting(windows: list[tuple[int, str]], lang: str = lang,
                     inner: Any = inner) -> Any:
            read[lang] += sum(len(t) for _, t in windows)
            start = time.perf_counter()
            out = inner(windows)
            spent[lang] += time.perf_counter() - start
            return out
        backend.names = counting  # type: ignore[method-assign]
    with_models = EntityRecognizer(default_kb(), models)
    start = time.perf_counter()
    for d in docs:
        with_models(d)
    model_time = time.perf_counter() - start
    print(f"corpus: {len(docs)} documents, {chars:,} characters of body text")
    print(f"{'entities, rules only':32} {rule_time:8.2f} s  ({chars / rule_time:,.0f} chars/s)")
    print(f"{'entities, rules + models':32} {model_time:8.2f} s  ({chars / model_time:,.0f}"
          f" chars/s)")
    for lang, n in read.items():
        print(f"{'text read by the ' + lang + ' model':32} {n:8,} chars ({n / chars:.1%}) in "
              f"{spent[lang]:.2f} s")
    print(f"peak memory: {rss_before:.0f} MB before the models, {_rss_mb():.0f} MB after")


def one_document(mb: float) -> Document:
    """One long article: generated bodies joined, cleaned and normalised (not timed)."""
    clean = build(["clean", "normalize"])
    bodies = [clean(Document(id="p", text=t)).body_text for t in generate(int(mb * 1e6 / 1.1))]
    text = "\n".join(bodies)
    doc = Document(id="long", text=text)
    spans, pos = [], 0
    for b in bodies:
        spans.append(Span(pos, pos + len(b)))
        pos += len(b) + 1
    doc.body = tuple(spans)
    doc.layers.add("body")
    normalize: Callable[[Document], Document] = build(["normalize"])
    return normalize(doc)


def scaling(sizes: list[float]) -> None:
    recognizer = default_recognizer("auto")
    print(f"{'document size':>14} {'entities':>9} {'seconds':>9} {'s per MB':>9}")
    for mb in sizes:
        doc = one_document(mb)
        size = len(doc.text.encode("utf-8")) / 1e6
        start = time.perf_counter()
        found = len(recognizer(doc))
        took = time.perf_counter() - start
        print(f"{size:11.2f} MB {found:9} {took:9.2f} {took / size:9.2f}")


if __name__ == "__main__":
    main()

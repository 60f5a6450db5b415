"""Entity-stage throughput on a large generated corpus, beside jieba.posseg on the same text.

    .venv/bin/python bench/bench_entities.py [--mb 5] [--scaling 0.1,1,5]


Documents are cleaned and normalised first (not timed); the entity stage is then timed on
them, and ``jieba.posseg.lcut`` (segmentation with part-of-speech tags, the usual cheap way
to find names in Chinese) on the same bodies, in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from summitry.document import Document, Span
from summitry.nlp.entities.stage import default_recognizer
from summitry.pipeline import build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of UTF-8")
    parser.add_argument("--scaling", default="",
                        help="comma-separated single-document sizes in MB (e.g. 0.1,1,5)")
    args = parser.parse_args()
    if args.scaling:
        scaling([float(x) for x in args.scaling.split(",")])
        return
    prepare = build(["clean", "normalize"])
    docs = [prepare(Document(id=str(i), text=t))
            for i, t in enumerate(generate(int(args.mb * 1e6 / 2.2)))]
    bodies = [d.body_text for d in docs]
    size = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    print(f"corpus: {len(docs)} documents, {size:.1f} MB of cleaned body text")

    start = time.perf_counter()
    recognizer = default_recognizer()
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
    recognizer = default_recognizer()
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

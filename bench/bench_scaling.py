"""Seconds per MB of the whole pipeline on one document of 0.1, 1 and 5 MB, beside reading
and tokenizing the same text in the same run.

    .venv/bin/python bench/bench_scaling.py [--sizes 0.1 1 5] [--limit 300]

A batch is only as fast as its largest document allows: a stage whose time grows with the
square of the document's size turns one 5 MB file (under the 10 MB limit) into hours. Each
size is one document made of generated news articles (``bench/corpus.py``) written to a
``.txt`` file and run through :func:`summitry.batch.local.extract` (read, decode, every
stage), in a child process killed after ``--limit`` seconds, so a superlinear stage shows
as "over the limit" instead of stalling the benchmark. Near-linear code gives about the
same seconds per MB at every size; the ratio column is s/MB against the smallest size.

Baselines, on the same file in the same run: reading it (``read_paths``: open, decode,
build the Document) and a plain tokenization (a regex over words and CJK characters),
both linear.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from summitry.batch.local import extract
from summitry.document import Document
from summitry.ingest.readers import read_paths
from summitry.settings import MB, Settings

TOKENS = re.compile(r"[\u4e00-\u9fff]|\w+")
#: End-of-article markers of the generated articles (Chinese and VNA English).
END_MARKERS = ("(完)", "./.", "/.")
SETTINGS = Settings(max_document_bytes=64 * MB)
#: Seconds allowed to a child's start-up and warm-up on top of ``--limit``.
WARMUP_ALLOWANCE = 60.0


def body_paragraphs(text: str) -> list[str]:
    """The paragraphs of a generated article's own body: from its dateline up to its end
    marker (which is dropped, so that nothing after it reads as teasers)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    start = next((i for i, p in enumerate(paragraphs) if "——" in p[:20] or "(VNA)" in p[:40]),
                 None)
    if start is None:
        return []
    out = []
    for p in paragraphs[start:]:
        ended = p.endswith(END_MARKERS)
        for marker in END_MARKERS:
            p = p.removesuffix(marker)
        out.append(p)
        if ended:
            break
    return out


def document_of(mb: float, folder: Path) -> Path:
    """One long article of at least ``mb`` MB: the headline and dateline of a generated
    article, then the body paragraphs of as many generated articles as it takes, so the
    cleaner keeps the whole text as body and every stage works on all of it."""
    first = generate(5_000, 1)[0]
    head = [p for p in first.split("\n\n") if p.strip()]
    parts = [head[0], next(p for p in head if "——" in p[:20] or "(VNA)" in p[:40])]
    size, seed = sum(len(p.encode()) for p in parts), 1
    while size < mb * MB:
        for text in generate(int(mb * MB) // 2 + 5_000, seed):
            for p in body_paragraphs(text):
                parts.append(p)
                size += len(p.encode("utf-8")) + 2
            if size >= mb * MB:
                break
        seed += 1
    path = folder / f"doc-{mb:g}mb.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def _pipeline(path: str, warm: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    list(extract([warm], SETTINGS))  # first-use loading (knowledge base, automata): not timed
    start = time.perf_counter()
    outcomes = list(extract([path], SETTINGS))
    ok = all(isinstance(o, Document) for o in outcomes)
    out.put((time.perf_counter() - start, ok))


def pipeline_seconds(path: Path, warm: Path, limit: float) -> float | None:
    """Seconds for the whole pipeline on ``path`` after a warm-up on ``warm`` (None past
    ``limit``)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_pipeline, args=(str(path), str(warm), queue))
    child.start()
    child.join(limit + WARMUP_ALLOWANCE)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    seconds, ok = queue.get(timeout=5)
    if not ok:
        print(f"  (the {path.name} document was skipped or failed: see summitry extract)")
    return float(seconds)


def baseline_seconds(path: Path) -> tuple[float, float]:
    start = time.perf_counter()
    docs = [d for d in read_paths([str(path)], SETTINGS) if isinstance(d, Document)]
    read = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        sum(1 for _ in TOKENS.finditer(doc.text))
    return read, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 5.0])
    parser.add_argument("--limit", type=float, default=300.0,
                        help="seconds allowed to the pipeline on one document")
    args = parser.parse_args()
    print(f"{'size':>7}  {'pipeline s/MB':>14}  {'ratio':>6}  {'read s/MB':>10}  "
          f"{'tokenize s/MB':>14}")
    first: float | None = None
    with tempfile.TemporaryDirectory(prefix="summitry-scaling-") as folder:
        warm = document_of(0.005, Path(folder))
        baseline_seconds(warm)  # imports and first-use loading of the readers, not timed
        for mb in args.sizes:
            path = document_of(mb, Path(folder))
            real_mb = path.stat().st_size / MB
            read, tokenize = baseline_seconds(path)
            seconds = pipeline_seconds(path, warm, args.limit)
            if seconds is None:
                shown, ratio = f"> {args.limit / real_mb:.1f}", "—"
            else:
                per_mb = seconds / real_mb
                first = first or per_mb
                shown, ratio = f"{per_mb:.2f}", f"{per_mb / first:.1f}x"
            print(f"{real_mb:>5.2f}MB  {shown:>14}  {ratio:>6}  {read / real_mb:>10.3f}  "
                  f"{tokenize / real_mb:>14.3f}", flush=True)


if __name__ == "__main__":
    main()

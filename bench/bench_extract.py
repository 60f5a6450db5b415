"""End-to-end ``extract`` throughput on a large generated corpus, beside jieba.posseg.

    .venv/bin/python bench/bench_extract.py [--docs 5000 | --mb 10] [--warmup 20] [--stages]

Runs the full default pipeline, whatever ``Settings().stages`` names when the benchmark
runs (so a stage added to the defaults later is measured without touching this file), and
serialises every document to the contract as ``summitry extract`` does. Two passes:

* in memory: ``Document`` -> pipeline -> ``json.dumps(to_contract(doc))``;
* from disk: the corpus written to a temporary ``.jsonl`` and read back through
  ``summitry.batch.local.extract`` (readers, stages, error capture), which is what
  ``summitry extract`` does minus process start-up and writing to stdout.

The one-off cost (building the pipeline, loading the knowledge base and automata, and the
lazy loads a first document triggers) is measured apart from steady-state throughput, which
is timed only after a warm-up on a few articles that are not part of the corpus.

Baseline, in the same run and on the same raw texts: ``jieba.posseg.lcut``, segmentation
with part-of-speech tags, the usual cheap way to find names in Chinese (dictionary loading
not timed). Rates are in input UTF-8 bytes; each pass's wall time and CPU time are both
printed, and the ratio to jieba for each (on a machine other processes share, the CPU-time
ratio is the steadier one). ``--stages`` adds a pass that times each stage apart, to show
where the time goes. Peak memory is the process's maximum resident
set size after the summitry passes and before jieba is imported.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from summitry.batch.local import Tally, extract
from summitry.contract import to_contract
from summitry.document import Document
from summitry.pipeline import Pipeline, build
from summitry.settings import Settings

#: Seed for the warm-up articles: different from the corpus's, so none is measured twice.
WARMUP_SEED = 11


def articles(docs: int, seed: int = 7) -> list[str]:
    """Exactly ``docs`` generated articles (``generate`` is deterministic, so prefixes agree)."""
    target = max(1, docs) * 1_000
    texts = generate(target, seed)
    while len(texts) < docs:
        target *= 2
        texts = generate(target, seed)
    return texts[:docs]


def articles_of_size(mb: float, seed: int = 7) -> list[str]:
    """The fewest generated articles totalling at least ``mb`` MB of UTF-8."""
    target = int(mb * 1e6)
    # generate() counts characters; a character is at least one byte, so this is enough.
    texts = generate(target, seed)
    total = 0
    for n, text in enumerate(texts, 1):
        total += len(text.encode("utf-8"))
        if total >= target:
            return texts[:n]
    return texts


def peak_rss_mb() -> float:
    """Maximum resident set size of this process so far (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def run_in_memory(pipeline: Pipeline, texts: list[str]) -> tuple[int, int]:
    """Documents through the pipeline and into contract JSON; (entities, JSON characters)."""
    entities = out_chars = 0
    for i, text in enumerate(texts):
        doc = pipeline(Document(id=str(i), text=text))
        entities += len(doc.annotations.get("entities", []))
        out_chars += len(json.dumps(to_contract(doc), ensure_ascii=False))
    return entities, out_chars


def stage_times(pipeline: Pipeline, texts: list[str]) -> dict[str, float]:
    """CPU seconds each stage (and the contract's JSON) takes over ``texts``: where a
    round of speed work should look first."""
    spent = dict.fromkeys([*pipeline.names, "contract JSON"], 0.0)
    for i, text in enumerate(texts):
        doc = Document(id=str(i), text=text)
        for stage in pipeline.stages:
            start = time.process_time()
            doc = stage(doc)
            doc.layers |= stage.provides
            spent[stage.name] += time.process_time() - start
        start = time.process_time()
        json.dumps(to_contract(doc), ensure_ascii=False)
        spent["contract JSON"] += time.process_time() - start
    return spent


def run_from_jsonl(path: Path) -> Tally:
    """What ``summitry extract FILE.jsonl`` does, less start-up and the write to stdout."""
    tally = Tally()
    for outcome in extract([str(path)], Settings()):
        tally.add(outcome)
        if isinstance(outcome, Document):
            json.dumps(to_contract(outcome), ensure_ascii=False)
    return tally


class Clock:
    """Wall time and this process's CPU time since the clock started. Other processes on a
    shared machine stretch the wall time of both sides unevenly; the CPU time a pass takes
    moves far less, so the ratio is printed for both."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def rate_line(label: str, size: float, docs: int, took: tuple[float, float],
              extra: str = "") -> str:
    seconds, cpu = took
    return (f"{label:34} {size / seconds:8.2f} MB/s  {docs / seconds:8,.0f} docs/s  "
            f"({seconds:.2f} s, {cpu:.2f} s CPU{extra})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000, help="number of articles")
    parser.add_argument("--mb", type=float, default=None,
                        help="corpus size in MB of UTF-8 instead of --docs")
    parser.add_argument("--warmup", type=int, default=20,
                        help="articles run (untimed for throughput) before measuring")
    parser.add_argument("--stages", action="store_true",
                        help="also print each stage's share of the CPU time (one more pass)")
    args = parser.parse_args()

    texts = articles_of_size(args.mb) if args.mb is not None else articles(args.docs)
    warmup = articles(args.warmup, seed=WARMUP_SEED)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts):,} articles, {size:.2f} MB (UTF-8 input); "
          f"warm-up: {len(warmup)} other articles")

    with tempfile.TemporaryDirectory(prefix="summitry-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i, text in enumerate(texts):
                out.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
        jsonl_mb = path.stat().st_size / 1e6
        rss_before = peak_rss_mb()

        stage_names = Settings().stages
        start = time.perf_counter()
        pipeline = build(stage_names)
        load_build = time.perf_counter() - start
        start = time.perf_counter()
        run_in_memory(pipeline, warmup)
        load_warm = time.perf_counter() - start

        clock = Clock()
        entities, out_chars = run_in_memory(pipeline, texts)
        in_memory = clock.stop()

        clock = Clock()
        tally = run_from_jsonl(path)
        from_disk = clock.stop()
        rss_peak = peak_rss_mb()
        by_stage = stage_times(pipeline, texts) if args.stages else {}

    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    for text in warmup:
        jieba.posseg.lcut(text)
    clock = Clock()
    tagged = sum(sum(1 for w in jieba.posseg.lcut(t) if w.flag in ("nr", "ns", "nt"))
                 for t in texts)
    posseg = clock.stop()

    print(f"stages run: {' -> '.join(pipeline.names)} (Settings().stages)")
    print(f"{'one-off load':34} {load_build + load_warm:8.2f} s  (build {load_build:.2f} s "
          f"+ first {len(warmup)} articles {load_warm:.2f} s; once per process)")
    print(rate_line("summitry extract, in memory", size, len(texts), in_memory,
                    f", {entities:,} entities, {out_chars / 1e6:.1f}M chars of JSON out"))
    skipped = f", {tally.skipped} skipped {tally.reasons}" if tally.skipped else ""
    print(rate_line("summitry extract, from .jsonl", size, tally.processed, from_disk,
                    f", {jsonl_mb:.1f} MB file{skipped}"))
    print(rate_line("jieba.posseg (baseline)", size, len(texts), posseg,
                    f", {tagged:,} nr/ns/nt tokens"))
    print(f"{'peak memory (max RSS)':34} {rss_peak:8.1f} MB  "
          f"({rss_before:.1f} MB before the pipeline was built)")
    total = sum(by_stage.values())
    for name, seconds in by_stage.items():
        print(f"  stage {name:26} {seconds:8.2f} s CPU  {100 * seconds / max(total, 1e-9):5.1f}%")
    for i, clock_name in enumerate(("wall time", "CPU time")):
        print(f"summitry extract / jieba.posseg ({clock_name}): "
              f"{posseg[i] / in_memory[i]:.2f}x in memory, "
              f"{posseg[i] / from_disk[i]:.2f}x from .jsonl (above 1 means summitry is faster)")


if __name__ == "__main__":
    main()

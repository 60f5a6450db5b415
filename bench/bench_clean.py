"""Cleaning throughput on a large generated corpus, against baselines measured in the same run.

    .venv/bin/python bench/bench_clean.py [--mb 20]

Baselines: a floor (splitting every article into lines, the least any line-based cleaner
must do) and trafilatura, a well-kept extractor doing a comparable job on the same
articles wrapped as HTML (run on a sample, since it is much slower).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import as_html, generate

from summitry.clean.stage import clean_document
from summitry.document import Document


def mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def timed(fn, items) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8")
    args = parser.parse_args()
    texts = generate(int(args.mb * 1e6 / 2.2))
    size = mb(texts)
    print(f"corpus: {len(texts)} articles, {size:.1f} MB (UTF-8)")

    floor = timed(lambda t: t.splitlines(), texts)
    clean = timed(lambda t: clean_document(Document(id="b", text=t)), texts)
    sample = texts[:500]
    pages = [as_html(t) for t in sample]
    import trafilatura

    traf = timed(lambda h: trafilatura.extract(h), pages)
    traf_rate = mb(sample) / traf
    print(f"{'floor (splitlines)':28} {size / floor:10.1f} MB/s")
    print(f"{'summitry clean':28} {size / clean:10.2f} MB/s  ({len(texts) / clean:,.0f} docs/s)")
    print(f"{'trafilatura (HTML, sample)':28} {traf_rate:10.2f} MB/s  "
          f"({len(sample) / traf:,.0f} docs/s)")
    print(f"summitry clean / trafilatura: {size / clean / traf_rate:.1f}x")


if __name__ == "__main__":
    main()

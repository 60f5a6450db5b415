"""Fuzz target: mutated and random inputs through the readers and the whole pipeline until
a time budget runs out; any exception that escapes is a bug, saved with its input.

    .venv/bin/python fuzz/fuzz_inputs.py [--seconds 600] [--seed N] [--out fuzz/crashes]

Each round takes a seed input (the sample articles in ``samples/`` and records made from
them), mutates it the way damaged files look (bit flips, bytes cut out or inserted, bytes
that are not UTF-8, lone surrogate escapes, deep nesting, huge numbers, zero-width runs,
truncation) or makes random bytes, writes it under a random accepted suffix, and runs it
through :func:`summitry.batch.local.extract`. The contract is that every input ends as a
Document or a reported error; a raised exception, or a Document whose text cannot be
encoded, is written to ``--out`` with the traceback and the run exits 1. The same property,
bounded, runs in ``make test`` (``tests/ingest/test_fuzz_inputs.py``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from summitry.batch.local import extract
from summitry.document import Document
from summitry.errors import SummitryError
from summitry.settings import MB, Settings

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".ndjson")
SETTINGS = Settings(max_document_bytes=MB)


def seeds() -> list[bytes]:
    """The sample articles as files and as JSON Lines records."""
    texts = [p.read_bytes() for p in sorted((ROOT / "samples").rglob("*"))
             if p.is_file() and p.suffix in (".txt", ".html", ".jsonl")]
    records = [json.dumps({"id": f"s{i}", "text": t.decode("utf-8", "replace"),
                           "published": "2024-05-17", "title": "t"}, ensure_ascii=False)
               .encode() + b"\n" for i, t in enumerate(texts[:20])]
    return texts + records or [b'{"id": "x", "text": "Ministers met."}\n']


def _flip(rng: random.Random, data: bytearray) -> None:
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def _insert(rng: random.Random, data: bytearray) -> None:
    piece = rng.choice([b"\xff", b"\xc3(", b"\\udfff", b"\\ud800", b"\x00", b"\u200b".decode(
        "unicode_escape").encode(), b"[" * 3000, b"9" * 5000, b"\n", b"\r\n", b'"', b"{}",
        b"\xef\xbb\xbf", b"<script>", b"\x1b$B"])
    pos = rng.randrange(len(data) + 1)
    data[pos:pos] = piece


def _cut(rng: random.Random, data: bytearray) -> None:
    if data:
        start = rng.randrange(len(data))
        del data[start:start + rng.randint(1, 64)]


def _truncate(rng: random.Random, data: bytearray) -> None:
    del data[rng.randrange(len(data) + 1):]


MUTATIONS: tuple[Callable[[random.Random, bytearray], None], ...] = (
    _flip, _insert, _cut, _truncate)


def make_input(rng: random.Random, corpus: list[bytes]) -> bytes:
    if rng.random() < 0.1:
        return rng.randbytes(rng.randint(0, 4096))
    data = bytearray(rng.choice(corpus))
    for _ in range(rng.randint(1, 4)):
        rng.choice(MUTATIONS)(rng, data)
    return bytes(data)


def run_one(data: bytes, suffix: str) -> None:
    """Raise when the contract is broken for this input."""
    with tempfile.TemporaryDirectory(prefix="summitry-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        for outcome in extract([str(path)], SETTINGS):
            if isinstance(outcome, Document):
                outcome.text.encode("utf-8")
            elif not isinstance(outcome, SummitryError):
                raise TypeError(f"outcome of type {type(outcome).__name__}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", default=str(ROOT / "fuzz" / "crashes"))
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    corpus = seeds()
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        data, suffix = make_input(rng, corpus), rng.choice(SUFFIXES)
        rounds += 1
        try:
            run_one(data, suffix)
        except Exception:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            name = out / f"crash-{seed}-{rounds}{suffix}"
            name.write_bytes(data)
            name.with_name(name.name + ".txt").write_text(traceback.format_exc())
            print(f"fuzz: crash after {rounds} inputs (seed {seed}); input saved to {name}",
                  file=sys.stderr)
            return 1
    print(f"fuzz: {rounds} inputs in {args.seconds:g} s (seed {seed}), no crash",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

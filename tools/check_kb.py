"""Check the persons of the knowledge base: clashing offices, one office held by two people
at once, persons without a source (see ``summitry.kb.check``).

    .venv/bin/python tools/check_kb.py [--strict]

Exits 1 when an office clashes or is shared; ``--strict`` also fails on unsourced persons.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from importlib import resources

from summitry.kb.check import check_persons


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--strict", action="store_true", help="fail on unsourced persons too")
    args = parser.parse_args()
    path = resources.files("summitry.kb").joinpath("data", "persons.json")
    persons = json.loads(path.read_text(encoding="utf-8"))
    findings = check_persons(persons)
    for f in findings:
        if f.kind != "unsourced":
            print(f"{f.kind:9} {', '.join(f.persons)}: {f.detail}")
    counts = Counter(f.kind for f in findings)
    print(f"{len(persons)} persons: {counts['clash']} clashing, {counts['shared']} shared "
          f"offices, {counts['unsourced']} without a source")
    failed = counts["clash"] + counts["shared"] + (counts["unsourced"] if args.strict else 0)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

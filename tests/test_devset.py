"""The shared dev corpus, scored by the shared scorer (skipped when ../shared is absent)."""

import json
import subprocess
import sys

from summitry.batch.local import extract
from summitry.contract import to_contract
from summitry.document import Document


def test_dev_corpus_meets_the_cleaning_and_entity_targets(shared_dir, tmp_path):
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for outcome in extract([str(shared_dir / "corpus" / "dev.jsonl")]):
            assert isinstance(outcome, Document), outcome
            f.write(json.dumps(to_contract(outcome), ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), "--json",
         "--gold", str(shared_dir / "eval" / "dev.gold.jsonl"), "--pred", str(pred),
         "--corpus", str(shared_dir / "corpus" / "dev.jsonl")],
        capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    assert figures["missing_docs"] == 0
    assert figures["body_include"] == 1.0
    assert figures["body_exclude_clean"] == 1.0
    assert figures["title"] == 1.0
    for kind in ("persons", "states", "organizations"):
        assert figures[kind]["f1"] >= 0.95, (kind, figures[kind])
    assert figures["offsets_valid"] == 1.0

"""``summitry extract --parquet DIR`` and Parquet input, without a cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry.batch.parquet_out import CONTRACT_ORDER, read_records
from summitry.cli import main
from summitry.contract import to_contract
from summitry.document import Document

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

REPO = Path(__file__).resolve().parents[2]
WIRE = REPO / "samples" / "articles" / "wire.jsonl"


def _input(tmp_path: Path) -> Path:
    rows = WIRE.read_text(encoding="utf-8").splitlines()
    rows.insert(2, '{"id": "no-body"}')
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _jsonl(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    assert main(["extract", *args]) == 0
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err


def test_the_dataset_holds_exactly_the_json_lines(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]):
    paths = [str(_input(tmp_path)), str(REPO / "samples" / "articles")]
    lines, err = _jsonl(paths, capsys)
    out = tmp_path / "out"
    assert main(["extract", *paths, "--parquet", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert [e for e in captured.err.splitlines() if "skipped" in e][:1] == [
        e for e in err.splitlines() if "skipped" in e][:1]
    back = [json.dumps(r, ensure_ascii=False) for r in read_records(out)]
    assert back == lines
    manifest = json.loads((out / "_SUCCESS").read_text(encoding="utf-8"))
    assert manifest["documents"] == len(lines) and manifest["skipped"] == 1
    assert all((out / name).is_file() for name in manifest["files"])
    (skip,) = [json.loads(x) for x in (out / "_skipped.jsonl").read_text().splitlines()]
    assert (skip["source"], skip["line"], skip["kind"]) == (str(tmp_path / "in.jsonl"), 3,
                                                            "MalformedRecordError")


def test_pandas_and_pyarrow_read_the_folder_with_typed_columns(tmp_path: Path):
    out = tmp_path / "out"
    assert main(["extract", str(WIRE), "--parquet", str(out), "--quiet"]) == 0
    frame = pd.read_parquet(out)
    assert len(frame) == 4 and frame["meeting_count"].dtype == "int32"
    assert frame["published_date"].notna().any()
    meetings = frame["meetings"].map(json.loads)
    assert (meetings.map(len) == frame["meeting_count"]).all()
    import pyarrow.dataset as ds

    assert ds.dataset(out).schema.field("published_date").type == pa.date32()


def test_a_folder_holding_a_dataset_is_refused(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "out"
    assert main(["extract", str(WIRE), "--parquet", str(out), "--quiet"]) == 0
    assert main(["extract", str(WIRE), "--parquet", str(out)]) == 2
    assert "already holds a dataset" in capsys.readouterr().err


def test_the_contract_has_the_columns_the_dataset_keeps():
    doc = Document(id="x", text="y")
    assert tuple(to_contract(doc)) == CONTRACT_ORDER


def test_parquet_input_extracts_like_its_json_lines(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]):
    records = [json.loads(x) for x in WIRE.read_text(encoding="utf-8").splitlines()]
    records.insert(1, {"id": "empty", "text": None})
    source = tmp_path / "wire.parquet"
    pq.write_table(pa.Table.from_pylist(records), source, row_group_size=2)
    lines, _ = _jsonl([str(WIRE)], capsys)
    from_parquet, err_pq = _jsonl([str(source)], capsys)
    strip = [{k: v for k, v in json.loads(x).items() if k != "source"} for x in lines]
    assert [{k: v for k, v in json.loads(x).items() if k != "source"}
            for x in from_parquet] == strip
    assert [json.loads(x)["source"] for x in from_parquet] == [
        f"{source}:{row}" for row in (1, 3, 4, 5)]
    assert f"{source}:2" in err_pq


def test_ingest_reads_parquet(tmp_path: Path):
    records = [json.loads(x) for x in WIRE.read_text(encoding="utf-8").splitlines()]
    source = tmp_path / "wire.parquet"
    pq.write_table(pa.Table.from_pylist(records), source)
    db = tmp_path / "s.db"
    assert main(["ingest", str(source), "--db", str(db), "--quiet"]) == 0
    from summitry.store.database import Store

    with Store(db) as store:
        assert len(store.meetings(limit=100, evidence=False)) > 0

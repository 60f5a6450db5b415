"""Extraction and ingestion on a real Dask cluster: a ``dask scheduler`` and two
``dask worker`` processes started here on loopback (not an in-process cluster), stopped when
the module ends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.batch import dask as dask_runner
from summitry.batch.local import extract
from summitry.cli import main
from summitry.contract import to_contract
from summitry.document import Document
from summitry.errors import ConfigError, SummitryError
from summitry.store.database import Store

pytest.importorskip("distributed", reason="Dask is not installed (pip install -e '.[dev]')")

REPO = Path(__file__).resolve().parents[2]
DASK = Path(sys.executable).with_name("dask")
STARTUP_SECONDS = 90


def _spawn(*args: str, log: Path) -> subprocess.Popen[bytes]:
    # Its own process group, so stopping it stops the worker's nanny and its child too.
    return subprocess.Popen([str(DASK), *args], stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler on 127.0.0.1 with two single-thread workers."""
    from distributed import Client

    home = tmp_path_factory.mktemp("dask")
    info = home / "scheduler.json"
    procs = [_spawn("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                    "--scheduler-file", str(info), log=home / "scheduler.log")]
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not info.exists():
            assert time.monotonic() < deadline, (home / "scheduler.log").read_text()
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for i in range(2):
            procs.append(_spawn("worker", address, "--nworkers", "1", "--nthreads", "1",
                                "--host", "127.0.0.1", "--no-dashboard",
                                "--local-directory", str(home / f"w{i}"),
                                log=home / f"worker{i}.log"))
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=STARTUP_SECONDS)
        yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)


def _records(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    lines = (REPO / "samples" / "articles" / "wire.jsonl").read_text(encoding="utf-8")
    # An input error in the middle must come out where it was read.
    rows = lines.splitlines()
    rows.insert(1, "{not json")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _as_json(outcomes: object) -> list[str]:
    out = []
    for o in outcomes:  # type: ignore[attr-defined]
        if isinstance(o, Document):
            out.append(json.dumps(to_contract(o), ensure_ascii=False, sort_keys=True))
        else:
            assert isinstance(o, SummitryError)
            out.append(f"{type(o).__name__}: {o}")
    return out


def test_extraction_on_the_cluster_equals_local_extraction_in_input_order(scheduler: str,
                                                                          tmp_path: Path):
    paths = [str(_records(tmp_path)), str(REPO / "samples" / "articles")]
    local = _as_json(extract(paths))
    remote = _as_json(dask_runner.extract(paths, scheduler, partition_size=2))
    assert remote == local
    assert not remote[1].startswith("{"), remote[1]  # the bad line, where it was read


def test_ingest_on_the_cluster_gives_the_store_of_a_local_ingest(scheduler: str,
                                                                 tmp_path: Path):
    from store_samples import ARTICLES, dump, write_jsonl

    corpus = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    with Store(tmp_path / "local.db") as store:
        store.ingest([str(corpus)])
        expected = dump(store)
    db = str(tmp_path / "dask.db")
    assert main(["ingest", str(corpus), "--db", db, "--dask", scheduler, "--batch", "2",
                 "--quiet"]) == 0
    with Store(db) as store:
        assert dump(store) == expected


def test_the_cli_extracts_on_the_cluster(scheduler: str, capsys: pytest.CaptureFixture[str]):
    assert main(["extract", str(REPO / "samples" / "articles" / "wire.jsonl"),
                 "--dask", scheduler]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["id"] for line in lines)


@pytest.mark.parametrize("address", ["local:x", "local:0"])
def test_a_bad_local_cluster_size_is_a_config_error(address: str):
    with pytest.raises(ConfigError, match="local:N"), dask_runner.dask_client(address):
        pass


def test_partitions_keep_input_errors_in_place():
    from summitry.errors import InputError

    docs = [Document(id=str(i), text="x") for i in range(5)]
    err = InputError("bad line")
    items: list[Document | InputError] = [docs[0], err, *docs[1:]]
    parts = list(dask_runner.partitions(items, 2))
    assert parts == [[docs[0], err, docs[1]], [docs[2], docs[3]], [docs[4]]]


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, list[str]]:
    assert main(["extract", *args]) == 0
    captured = capsys.readouterr()
    return captured.out, [e for e in captured.err.splitlines() if "document(s)" not in e]


def test_cli_output_on_the_cluster_is_the_local_output_byte_for_byte(
        scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    paths = [str(_records(tmp_path)), str(REPO / "samples" / "articles")]
    local_out, local_err = _cli(paths, capsys)
    remote_out, remote_err = _cli([*paths, "--dask", scheduler, "--partition-size", "2"],
                                  capsys)
    assert remote_out == local_out and remote_err == local_err
    assert any("skipped" in e and ":2:" in e for e in remote_err), remote_err


def test_workers_write_the_parquet_partitions(scheduler: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]):
    from summitry.batch import work
    from summitry.batch.parquet_out import read_records

    paths = [str(_records(tmp_path)), str(REPO / "samples" / "articles")]
    local_out, _ = _cli(paths, capsys)

    def not_here(*args: object) -> None:
        raise AssertionError("a partition was written by the client")

    monkeypatch.setattr(work, "write_part", not_here)  # this process only, not the workers
    out = tmp_path / "dataset"
    assert main(["extract", *paths, "--dask", scheduler, "--parquet", str(out),
                 "--partition-size", "3", "--quiet"]) == 0
    back = [json.dumps(r, ensure_ascii=False) for r in read_records(out)]
    assert back == local_out.splitlines()
    manifest = json.loads((out / "_SUCCESS").read_text(encoding="utf-8"))
    assert len(manifest["files"]) > 1 and manifest["skipped"] == 1


def test_parquet_input_on_the_cluster_equals_local(scheduler: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    wire = REPO / "samples" / "articles" / "wire.jsonl"
    records = [json.loads(x) for x in wire.read_text(encoding="utf-8").splitlines()]
    records.insert(2, {"id": "no-text"})
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(records * 3), source, row_group_size=4)
    local = _cli([str(source)], capsys)
    remote = _cli([str(source), "--dask", scheduler], capsys)
    assert remote == local and len(local[1]) == 3

"""The command line under bad input and storage faults: one line on stderr and an exit
code, never a traceback, and the rest of the batch goes on (issue 17)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from summitry.cli import EXIT_INTERRUPTED, EXIT_STORAGE, EXIT_USAGE, main
from summitry.cli.serve import allowed_hosts, is_loopback

SUMMITRY = [sys.executable, "-m", "summitry.cli"]
GOOD = {"id": "ok", "text": "柬埔寨首相在金边会见老挝总理，双方同意加强合作。"}


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def db(tmp_path, articles, capsys) -> str:
    path = str(tmp_path / "kb.db")
    assert main(["ingest", str(articles), "--db", path, "--workers", "0", "--quiet"]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("args, words", [
    (["show", "99999999999999999999"], "no meeting"),
    (["unlink", "99999999999999999999"], "no source"),
    (["meetings", "--actor", "a" * 50_000], "characters long"),
    (["meetings", "--since", "0000"], "not a date"),
    (["meetings", "--until", "2023-02-30"], "not a date"),
    (["meetings", "--limit", "-1"], "limit"),
    (["meetings", "--limit", str(2**64)], "limit"),
    (["actor", "b" * 50_000], "characters long"),
    (["skips", "--run", str(2**70)], "no run"),
])
def test_bad_query_arguments_are_one_line(db, capsys, args, words):
    assert main([*args, "--db", db]) in (1, EXIT_USAGE)
    assert words in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("args", [["meetings", "--until", "9999-12-31"],
                                  ["meetings", "--since", "9999-12-31"],
                                  ["meetings", "--since", "0001"]])
def test_the_edges_of_the_date_range_are_valid(db, capsys, args):
    assert main([*args, "--db", db]) in (0, 1)
    assert "error" not in capsys.readouterr().err


def test_skips_lists_what_the_latest_run_skipped_and_why(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps(GOOD, ensure_ascii=False).encode() + b"\n"
                     + b'{"id": "x", "text": "\xff"}\n' + b'{"id": "w", "text": " \\u200b"}\n')
    db = str(tmp_path / "kb.db")
    assert main(["ingest", str(path), "--db", db, "--workers", "0"]) == 0
    err = capsys.readouterr().err
    assert f"skipped {path}:2: bytes that are not UTF-8" in err
    assert f"skipped {path}:3: document is empty" in err
    assert main(["skips", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("run 1 (done") and f"{path}:2: MalformedRecordError" in out
    assert main(["skips", "--db", db, "--run", "1", "--output", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["line"] for r in rows] == [2, 3] and rows[0]["run"] == 1


def test_a_full_disk_during_ingest_is_one_line_exit_3_and_the_run_is_failed(
        tmp_path, articles, capsys, monkeypatch):
    from summitry.store import writer

    def full(self, doc, force=False):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    db = str(tmp_path / "kb.db")
    monkeypatch.setattr(writer.Writer, "write", full)
    assert main(["ingest", str(articles), "--db", db, "--workers", "0", "--quiet"]) == EXIT_STORAGE
    assert "disk is full" in one_line(capsys.readouterr().err)
    monkeypatch.undo()
    assert main(["skips", "--db", db]) == 1
    assert "failed" in capsys.readouterr().out


def test_a_damaged_store_is_one_line_and_exit_3(db, capsys):
    size = os.path.getsize(db)
    with open(db, "r+b") as f:  # flip every byte of the pages after the first
        f.seek(4096)
        data = f.read()
        f.seek(4096)
        f.write(bytes(b ^ 0xFF for b in data))
    assert size > 8192
    status = main(["meetings", "--db", db])
    line = one_line(capsys.readouterr().err)
    assert "damaged" in line or "not a database" in line, line
    assert status == EXIT_STORAGE


def test_ctrl_c_is_one_line_and_exit_130(db, capsys, monkeypatch):
    from summitry.store.database import Store

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "meetings", interrupted)
    assert main(["meetings", "--db", db]) == EXIT_INTERRUPTED
    assert one_line(capsys.readouterr().err) == "summitry: interrupted"


def test_an_export_to_a_folder_that_does_not_exist_is_one_line(db, tmp_path, capsys):
    assert main(["export", str(tmp_path / "no" / "such.jsonl"), "--db", db]) == EXIT_USAGE
    assert "No such file" in one_line(capsys.readouterr().err)


def test_a_store_that_cannot_be_written_opens_read_only_for_queries(db, capsys, monkeypatch):
    from summitry.store import database

    def refuse(engine):
        raise OperationalError("PRAGMA", {}, sqlite3.OperationalError(
            "attempt to write a readonly database"))

    monkeypatch.setattr(database, "migrate", refuse)
    assert main(["meetings", "--db", db]) == 0
    assert "Russia" in capsys.readouterr().out
    assert main(["ingest", os.devnull, "--db", db, "--quiet"]) == EXIT_STORAGE
    assert "read-only" in one_line(capsys.readouterr().err)


def test_a_store_in_a_read_only_folder_is_queried_and_served(db, tmp_path, capsys):
    folder = Path(db).parent
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot make a read-only mount here: " + mounted.stderr.decode()[:100])
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")
        assert main(["meetings", "--db", db]) == 0
        assert "Russia" in capsys.readouterr().out
        assert main(["ingest", os.devnull, "--db", db, "--quiet"]) == EXIT_STORAGE
        assert "read-only" in one_line(capsys.readouterr().err)
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_extract_goes_past_a_fifo_and_bad_bytes_on_stdin(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text(GOOD["text"], encoding="utf-8")
    stdin = (b'{"id": "bad", "text": "\xfe"}\n'
             + json.dumps(GOOD, ensure_ascii=False).encode() + b"\n")
    done = subprocess.run([*SUMMITRY, "extract", str(tmp_path), "-"], input=stdin,
                          capture_output=True, timeout=120)
    err = done.stderr.decode()
    assert done.returncode == 0 and "Traceback" not in err, err
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["a", "ok"]
    assert "FIFO" in err and "<stdin>:1" in err


def test_serve_on_loopback_answers_only_loopback_host_names():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7")
    assert "localhost" in allowed_hosts("127.0.0.1", [])
    assert "kb.internal" in allowed_hosts("127.0.0.1", ["kb.internal"])
    assert allowed_hosts("0.0.0.0", []) is None
    assert allowed_hosts("0.0.0.0", ["kb.example.org"]) == ["kb.example.org"]


def test_a_really_full_disk_is_one_line_exit_3_and_the_store_stays_consistent(tmp_path, capsys):
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here: " + mounted.stderr.decode()[:100])
    try:
        records = tmp_path / "many.jsonl"
        with records.open("w", encoding="utf-8") as f:
            for i in range(400):
                f.write(json.dumps({"id": f"n{i}", "text": f"第{i}号通报：" + GOOD["text"] * 8},
                                   ensure_ascii=False) + "\n")
        db = str(folder / "kb.db")
        status = main(["ingest", str(records), "--db", db, "--workers", "0", "--batch", "20",
                       "--quiet"])
        assert status == EXIT_STORAGE
        assert "disk is full" in one_line(capsys.readouterr().err)
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 <= stored < 400 and stored % 20 == 0  # whole batches only
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_summarize_skips_lines_that_are_not_json_objects(tmp_path, capsys):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "a", "lang": "zh"}\n[1, 2]\n\xff\xfe\x00\n'
                     + b"[" * 5000 + b"\n")
    assert main(["summarize", str(path)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{path}:2: not a JSON object" in err
    assert f"{path}:3" in err and f"{path}:4" in err


def test_a_worker_pool_ends_when_ingest_is_killed(tmp_path):
    """kill -9 of `summitry ingest --workers 1`: its worker process ends too."""
    import signal
    import time

    records = tmp_path / "many.jsonl"
    with records.open("w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"id": f"k{i}", "text": f"第{i}号：" + GOOD["text"] * 20},
                               ensure_ascii=False) + "\n")
    proc = subprocess.Popen([*SUMMITRY, "ingest", str(records), "--db",
                             str(tmp_path / "kb.db"), "--workers", "1", "--quiet"])
    children: list[int] = []
    deadline = time.monotonic() + 60
    while not children and time.monotonic() < deadline:
        time.sleep(0.2)
        children = _children(proc.pid)
    assert children, "no worker process started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_running(c) for c in children):
        time.sleep(0.2)
    assert not any(_running(c) for c in children)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            state = next((line.split()[1] for line in f if line.startswith("State:")), "Z")
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists(),
                    reason="needs root and setpriv to run as an unprivileged user")
def test_a_folder_an_unprivileged_user_cannot_list_is_named_and_the_rest_read():
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="summitry-perm-"))
    try:
        root.chmod(0o755)
        (root / "locked").mkdir()
        (root / "locked" / "a.txt").write_text(GOOD["text"], encoding="utf-8")
        (root / "b.txt").write_text(GOOD["text"], encoding="utf-8")
        (root / "b.txt").chmod(0o644)
        (root / "locked").chmod(0o000)
        done = subprocess.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                               "--clear-groups", *SUMMITRY, "extract", str(root)],
                              capture_output=True, timeout=120)
        err = done.stderr.decode()
        assert done.returncode == 0 and "Traceback" not in err, err
        assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["b"]
        assert f"skipped {root / 'locked'}: cannot list this folder" in err
    finally:
        (root / "locked").chmod(0o755)
        shutil.rmtree(root)

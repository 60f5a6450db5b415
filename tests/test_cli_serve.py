"""``summitry serve``: refuses to start on a missing store or a weak token, and serves."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from summitry.cli import main
from summitry.cli.serve import TOKEN_ENV, read_token


def test_serve_refuses_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store at" in capsys.readouterr().err


def test_serve_refuses_a_short_token(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    token = tmp_path / "token"
    token.write_text("short\n")
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--token-file", str(token)]) == 2
    assert "at least 16 characters" in capsys.readouterr().err


def test_serve_says_which_token_file_it_cannot_read(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]):
    assert main(["serve", "--db", str(tmp_path / "kb.db"), "--token-file",
                 str(tmp_path / "missing")]) == 2
    assert "missing" in capsys.readouterr().err


def test_the_token_comes_from_the_file_else_the_environment(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(TOKEN_ENV, "from-the-environment-0001")
    assert read_token(None) == "from-the-environment-0001"
    path = tmp_path / "token"
    path.write_text("  from-the-file-000000001\n")
    assert read_token(str(path)) == "from-the-file-000000001"
    monkeypatch.delenv(TOKEN_ENV)
    assert read_token(None) is None


def test_serve_answers_on_loopback(store, tmp_path: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
    proc = subprocess.Popen([sys.executable, "-m", "summitry.cli", "serve", "--db",
                             store.target, "--port", str(port), "--log-level", "warning"],
                            env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    assert r.status == 200 and b'"meetings"' in r.read()
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("summitry serve did not answer")
                time.sleep(0.2)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "read-only" in err

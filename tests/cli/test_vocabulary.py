"""One vocabulary across commands: --output everywhere (old spellings warn), help for every
option, consistent exit codes, impossible ranges warned, the date legend, and ingest saying
why extract's output is not an article."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest

from summitry.cli import EXIT_NOTHING, EXIT_USAGE, _parser, main
from summitry.cli.common import DATE_LEGEND, check_range


@pytest.fixture
def db(tmp_path: Path, articles: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.db")
    assert main(["ingest", str(articles), "--db", path, "--workers", "0", "--quiet"]) == 0
    capsys.readouterr()
    return path


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    for action in _parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no commands")


def test_every_option_of_every_command_has_help():
    missing = [f"{name} {'/'.join(a.option_strings) or a.dest}"
               for name, parser in _subparsers().items() for a in parser._actions
               if not isinstance(a, argparse._HelpAction) and not a.help]
    assert missing == []


def test_no_command_offers_json_as_an_option_beside_output():
    for name, parser in _subparsers().items():
        shown = {s for a in parser._actions if a.help != argparse.SUPPRESS
                 for s in a.option_strings}
        assert "--json" not in shown, name
        assert "--out" not in shown, name


def test_help_explains_partial_dates(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["meetings", "--help"])
    out = capsys.readouterr().out
    assert "--07-06" in out and "? no date stated" in out and "exit status" in out


def test_the_old_json_flag_warns_and_still_works(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["show", "1", "--db", db, "--output", "json"]) == 0
    new = capsys.readouterr()
    assert main(["show", "1", "--db", db, "--json"]) == 0
    old = capsys.readouterr()
    assert json.loads(old.out) == json.loads(new.out)
    assert "--json is deprecated; use --output json" in old.err
    assert "deprecated" not in new.err


def test_export_takes_its_format_from_output_or_the_extension(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    by_ext, by_flag = tmp_path / "m.csv", tmp_path / "m.txt"
    assert main(["export", str(by_ext), "--db", db]) == 0
    assert main(["export", str(by_flag), "--output", "csv", "--db", db]) == 0
    assert by_ext.read_text() == by_flag.read_text()
    assert "source_urls" in next(csv.reader(io.StringIO(by_ext.read_text())))
    capsys.readouterr()
    assert main(["export", "csv", str(tmp_path / "old.csv"), "--db", db]) == 0
    assert "deprecated" in capsys.readouterr().err
    assert (tmp_path / "old.csv").read_text() == by_ext.read_text()


@pytest.mark.parametrize("args, words", [
    (["export", "-"], "needs --output"),
    (["export", "meetings.xlsx"], "no format for"),
    (["meetings", "--limit", "0"], "--limit must be 1 or more"),
    (["meetings", "--limit", "-1"], "--limit must be 1 or more"),
    (["search", "talks", "--limit", "0"], "--limit must be 1 or more"),
])
def test_refused_arguments_exit_2_with_one_line(db: str, capsys: pytest.CaptureFixture[str],
                                                args: list[str], words: str):
    assert main([*args, "--db", db]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1


def test_an_empty_result_exits_1_in_every_output(db: str, capsys: pytest.CaptureFixture[str]):
    for output in ("table", "json", "csv"):
        assert main(["meetings", "--db", db, "--actor", "Vietnam", "--since", "2099",
                     "--output", output]) == EXIT_NOTHING


def test_an_impossible_range_is_warned(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["meetings", "--db", db, "--since", "2022", "--until", "2020"]) == EXIT_NOTHING
    assert "--since 2022 is after --until 2020" in capsys.readouterr().err


@pytest.mark.parametrize("since, until, possible", [
    ("2022", "2020", False), ("2020-06", "2020-05-31", False), ("2020-05-02", "2020-05-01", False),
    ("2020", "2020-01", True), ("2020-05", "2020", True), ("2020-05-31", "2020-05", True),
    (None, "2020", True), ("2020", None, True)])
def test_ranges_compare_what_each_date_covers(since: str | None, until: str | None,
                                              possible: bool):
    assert check_range(since, until) is possible


def test_the_table_ends_with_the_legend(db: str, capsys: pytest.CaptureFixture[str]):
    assert main(["meetings", "--db", db]) == 0
    captured = capsys.readouterr()
    assert DATE_LEGEND in captured.err and DATE_LEGEND not in captured.out


def test_ingest_says_why_extract_output_is_not_an_article(
        tmp_path: Path, articles: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["extract", "--quiet", str(articles)]) == 0
    out = tmp_path / "extracted.jsonl"
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["ingest", str(out), "--db", str(tmp_path / "x.db"), "--workers", "0"]) == 1
    err = capsys.readouterr().err
    assert "is summitry extract output, not an article" in err
    assert "original text" in err

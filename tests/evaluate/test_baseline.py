"""The evaluation gate: which changes count as drops below the committed baseline."""

from pathlib import Path

import pytest

from summitry.evaluate import FIGURE_KEYS
from summitry.evaluate.baseline import (
    BaselineError,
    compare,
    dump_baseline,
    load_baseline,
    write_baseline,
)


def prf(p, r, f1, tp=0, fp=0, fn=0):
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


BASELINE = {"docs": 4, "missing_docs": 0, "title": 0.75, "date": None,
            "persons": prf(0.9, 0.8, 0.8471, 8, 1, 2)}


def test_figures_at_or_above_the_baseline_pass_and_are_counted():
    now = {"docs": 4, "missing_docs": 0, "title": 1.0, "date": 0.5,
           "persons": prf(0.9, 0.9, 0.9, 9, 1, 1)}
    gate = compare(now, BASELINE)
    assert gate.ok
    # docs, missing_docs, title and persons p/r/f1; date is null in the baseline
    assert gate.checked == 6
    assert gate.report() == "eval gate: OK (6 figures at or above baseline)"


def test_a_share_below_the_baseline_is_a_drop():
    now = dict(BASELINE, title=0.5)
    gate = compare(now, BASELINE)
    assert not gate.ok
    assert [str(d) for d in gate.drops] == ["title: now 0.5 < baseline 0.75"]


def test_prf_figures_are_compared_by_p_r_and_f1_and_not_by_counts():
    fewer_counts = dict(BASELINE, persons=prf(0.9, 0.8, 0.8471, 1, 0, 0))
    assert compare(fewer_counts, BASELINE).ok
    lower_recall = dict(BASELINE, persons=prf(0.95, 0.7, 0.8061))
    assert [str(d) for d in compare(lower_recall, BASELINE).drops] == [
        "persons.r: now 0.7 < baseline 0.8", "persons.f1: now 0.8061 < baseline 0.8471"]


def test_a_figure_null_now_but_numeric_in_the_baseline_is_a_drop():
    baseline = {"date": 0.6, "chairs": None}
    gate = compare({"date": None, "chairs": None}, baseline)
    assert [str(d) for d in gate.drops] == ["date: now null < baseline 0.6"]
    assert gate.checked == 1


def test_a_figure_the_run_no_longer_produces_is_a_drop():
    gate = compare({}, {"persons": prf(0.5, 0.5, 0.5)})
    assert [d.figure for d in gate.drops] == ["persons.p", "persons.r", "persons.f1"]


def test_more_missing_documents_is_a_drop_and_fewer_is_not():
    assert [str(d) for d in compare(dict(BASELINE, missing_docs=2), BASELINE).drops] == [
        "missing_docs: now 2 > baseline 0"]
    assert compare(dict(BASELINE, missing_docs=0), dict(BASELINE, missing_docs=3)).ok


def test_the_failure_report_lists_every_drop():
    now = dict(BASELINE, title=0.25, persons=prf(0.1, 0.8, 0.8471))
    report = compare(now, BASELINE).report().splitlines()
    assert report == ["eval gate: FAILED (2 of 6 figures below baseline)",
                      "title: now 0.25 < baseline 0.75", "persons.p: now 0.1 < baseline 0.9"]


def test_a_written_baseline_reads_back_as_the_same_figures_one_per_line(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(BASELINE, path)
    assert load_baseline(path) == BASELINE
    assert path.read_text() == dump_baseline(BASELINE)
    assert len(path.read_text().splitlines()) == len(BASELINE) + 2


@pytest.mark.parametrize("content", ["not json", "[1, 2]"])
def test_a_baseline_that_is_not_a_figures_object_is_an_error(tmp_path, content):
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(BaselineError):
        load_baseline(path)


def test_a_missing_baseline_is_an_error(tmp_path):
    with pytest.raises(BaselineError, match="cannot read"):
        load_baseline(tmp_path / "absent.json")


def test_the_committed_baseline_pins_every_figure():
    baseline = load_baseline(Path(__file__).resolve().parents[2] / "eval" / "baseline.json")
    assert tuple(baseline) == FIGURE_KEYS

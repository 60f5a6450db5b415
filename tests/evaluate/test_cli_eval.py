"""``summitry eval``: the table, JSON, misses, the baseline gate and exit statuses."""

import json
import subprocess
import sys

import pytest

from summitry.cli import main
from summitry.evaluate import FIGURE_KEYS

ARTICLE = ("柬埔寨外长会见泰国外长\n\n越通社金边——4月8日，柬埔寨外长在金边会见泰国外长，"
           "双方同意加强东盟框架内合作。(完)\n\n更多\n\n其他新闻")
GOLD = {"id": "a1", "lang": "zh", "title": "柬埔寨外长会见泰国外长",
        "body_include": ["柬埔寨外长在金边会见泰国外长"], "body_exclude": ["其他新闻"],
        "persons": [], "states": ["KHM", "THA"], "organizations": ["ASEAN"],
        "neutral": ["越通社"],
        "meetings": [{"name": "柬埔寨外长会见泰国外长", "date": "--04-08", "format": "in_person",
                      "level": "ministerial", "ordinal": None, "chairs": [],
                      "participants": ["KHM", "THA"], "reported": True},
                     # stated nowhere in the article: always a miss
                     {"name": "泰国总理访问老挝", "date": "--05-01", "format": "in_person",
                      "level": "summit", "ordinal": None, "chairs": [],
                      "participants": ["THA", "LAO"], "reported": True}]}


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    return tmp_path


def eval_json(capsys, *args):
    status = main(["eval", *args, "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_eval_runs_extraction_in_process_and_prints_every_figure(corpus, capsys):
    assert main(["eval", str(corpus / "gold.jsonl"), str(corpus / "articles")]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["figure", "value"]
    assert [line.split()[0] for line in table[1:]] == list(FIGURE_KEYS)
    assert "MISS" not in "\n".join(table)


def test_json_prints_the_figures_as_one_object(corpus, capsys):
    status, figures = eval_json(capsys, str(corpus / "gold.jsonl"), str(corpus / "articles"))
    assert status == 0
    assert tuple(figures) == FIGURE_KEYS
    assert figures["docs"] == 1 and figures["missing_docs"] == 0
    assert figures["states"]["f1"] == 1.0 and figures["title"] == 1.0
    assert figures["body_include"] == 1.0 and figures["body_exclude_clean"] == 1.0
    assert figures["offsets_valid"] == 1.0


def test_misses_follow_the_table_one_line_each(corpus, capsys):
    main(["eval", str(corpus / "gold.jsonl"), str(corpus / "articles"), "--misses"])
    out = capsys.readouterr().out.splitlines()
    misses = [line for line in out if line.startswith("MISS ")]
    assert misses == out[len(FIGURE_KEYS) + 1:]
    assert any("reported meeting not found: 泰国总理访问老挝" in m for m in misses)
    assert not any("柬埔寨外长会见泰国外长" in m and "not found" in m for m in misses)


def test_pred_scores_an_existing_extract_output(corpus, capsys):
    assert main(["extract", str(corpus / "articles")]) == 0
    (corpus / "pred.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    _, in_process = eval_json(capsys, str(corpus / "gold.jsonl"), str(corpus / "articles"))
    status, from_file = eval_json(capsys, str(corpus / "gold.jsonl"), str(corpus / "articles"),
                                  "--pred", str(corpus / "pred.jsonl"))
    assert status == 0 and from_file == in_process
    _, without_corpus = eval_json(capsys, str(corpus / "gold.jsonl"),
                                  "--pred", str(corpus / "pred.jsonl"))
    assert without_corpus["offsets_valid"] is None


def test_write_baseline_then_gate_passes_and_a_raised_baseline_fails(corpus, capsys):
    gold, articles, baseline = (str(corpus / "gold.jsonl"), str(corpus / "articles"),
                                corpus / "baseline.json")
    assert main(["eval", gold, articles, "--write-baseline", str(baseline)]) == 0
    capsys.readouterr()
    assert main(["eval", gold, articles, "--baseline", str(baseline)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("eval gate: OK (")

    raised = json.loads(baseline.read_text())
    raised["meetings_reported"]["r"] = 0.9
    raised["meetings_mentioned_recall"] = 0.5
    baseline.write_text(json.dumps(raised))
    assert main(["eval", gold, articles, "--baseline", str(baseline)]) == 1
    out = capsys.readouterr().out
    assert "meetings_reported.r: now 0.5 < baseline 0.9" in out
    assert "meetings_mentioned_recall: now null < baseline 0.5" in out


def test_json_output_stays_one_object_when_the_gate_reports(corpus, capsys):
    baseline = corpus / "baseline.json"
    baseline.write_text(json.dumps({"title": 1.0}))
    assert main(["eval", str(corpus / "gold.jsonl"), str(corpus / "articles"), "--json",
                 "--misses", "--baseline", str(baseline)]) == 0
    captured = capsys.readouterr()
    assert tuple(json.loads(captured.out)) == FIGURE_KEYS
    assert "eval gate: OK (1 figures at or above baseline)" in captured.err
    assert "MISS a1: reported meeting not found" in captured.err


ENGLISH = ("Laos and Thailand hold talks\n\nVIENTIANE, March 3 - The foreign ministers of "
           "Laos and Thailand held talks in Vientiane on Monday.\n")
ENGLISH_GOLD = {"id": "b1", "lang": "en", "title": "Laos and Thailand hold talks",
                "body_include": ["held talks in Vientiane"], "body_exclude": [],
                "persons": [], "states": ["LAO", "THA"], "organizations": [], "neutral": [],
                "meetings": []}


@pytest.fixture
def second_set(tmp_path):
    (tmp_path / "english").mkdir()
    (tmp_path / "english" / "b1.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "gold2.jsonl").write_text(json.dumps(ENGLISH_GOLD) + "\n", encoding="utf-8")
    return str(tmp_path / "gold2.jsonl"), str(tmp_path / "english")


def test_also_scores_several_sets_as_one(corpus, second_set, capsys):
    _, first = eval_json(capsys, str(corpus / "gold.jsonl"), str(corpus / "articles"))
    _, both = eval_json(capsys, str(corpus / "gold.jsonl"), str(corpus / "articles"),
                        "--also", *second_set)
    assert first["docs"] == 1 and both["docs"] == 2 and both["missing_docs"] == 0
    # the English article adds two states, both found, to the Chinese article's two
    assert both["states"]["tp"] == first["states"]["tp"] + 2


def test_by_lang_prints_a_table_per_language_after_the_whole(corpus, second_set, capsys):
    assert main(["eval", str(corpus / "gold.jsonl"), str(corpus / "articles"),
                 "--also", *second_set, "--by-lang"]) == 0
    out = capsys.readouterr().out
    whole, _, rest = out.partition("\nen (1 documents)\n")
    assert whole.splitlines()[1].split() == ["docs", "2"]
    english, _, chinese = rest.partition("\nzh (1 documents)\n")
    assert english.splitlines()[1].split() == ["docs", "1"]
    assert chinese.splitlines()[1].split() == ["docs", "1"]


def test_also_with_pred_or_a_missing_corpus_exits_2(corpus, second_set, capsys):
    gold = str(corpus / "gold.jsonl")
    assert main(["eval", gold, "--pred", gold, "--also", *second_set]) == 2
    assert main(["eval", gold, str(corpus / "articles"),
                 "--also", second_set[0], str(corpus / "absent")]) == 2
    assert capsys.readouterr().err.count("summitry: error:") == 2


def test_invalid_gold_exits_2_naming_file_and_line(corpus, capsys):
    bad = corpus / "bad.jsonl"
    bad.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n{\"id\": 7}\n", encoding="utf-8")
    assert main(["eval", str(bad), str(corpus / "articles")]) == 2
    assert f"{bad}:2: id: must be a non-empty string" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["{dir}/absent.jsonl", "{dir}/articles"],               # unreadable gold
    ["{dir}/gold.jsonl", "{dir}/absent"],                   # no such corpus
    ["{dir}/gold.jsonl"],                                   # neither corpus nor --pred
    ["{dir}/gold.jsonl", "--pred", "{dir}/absent.jsonl"],   # unreadable prediction file
    ["{dir}/gold.jsonl", "{dir}/articles", "--baseline", "{dir}/absent.json"],
])
def test_bad_arguments_exit_2(corpus, capsys, args):
    assert main(["eval", *(a.format(dir=corpus) for a in args)]) == 2
    assert "summitry: error:" in capsys.readouterr().err


def test_our_figures_equal_the_shared_scorers_on_the_dev_set(shared_dir, tmp_path, capsys):
    gold, dev = shared_dir / "eval" / "dev.gold.jsonl", shared_dir / "corpus" / "dev.jsonl"
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "summitry.cli", "extract", "--quiet", str(dev)],
                       stdout=out, check=True)
    shared = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), "--json", "--gold", str(gold),
         "--pred", str(pred), "--corpus", str(dev)],
        capture_output=True, text=True, check=True)
    expected = json.loads(shared.stdout)
    _, from_file = eval_json(capsys, str(gold), str(dev), "--pred", str(pred))
    _, in_process = eval_json(capsys, str(gold), str(dev))
    assert from_file == expected
    assert in_process == expected

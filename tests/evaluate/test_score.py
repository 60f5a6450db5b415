"""The scorer's matching rules and figures, on gold and predictions written by hand.

The states, organizations, persons and meetings are invented (Ardonia ``ARD``, Belvaria
``BLV``, Corvane ``CRV``, the Northern Ocean Rim Dialogue ``NORD``): the rules are tested,
not any article.
"""

import json
import subprocess
import sys

import pytest

from summitry.evaluate import FIGURE_KEYS, GoldError, parse_gold, score
from summitry.evaluate.gold import PartialDate
from summitry.evaluate.score import code_key, dice, name_key

KOVENKO = {"en": "Mara Kovenko", "zh": ["玛拉·科文科", "科文科"]}
REYL = {"en": "Tomas Reyl", "zh": ["托马斯·雷尔"]}


def gold_record(doc_id="d1", **fields):
    record = {"id": doc_id, "lang": "en", "title": None, "body_include": [], "body_exclude": [],
              "persons": [], "states": [], "organizations": [], "neutral": [], "meetings": []}
    record.update(fields)
    return record


def gold_meeting(name, date, participants=(), reported=True, **fields):
    meeting = {"name": name, "date": date, "format": None, "level": None, "ordinal": None,
               "chairs": [], "participants": list(participants), "reported": reported}
    meeting.update(fields)
    return meeting


def entity(eid, kind, name, code=None, mentions=(), **names):
    return {"id": eid, "type": kind, "code": code, "name": name, "names": names,
            "mentions": [{"start": s, "end": e, "text": t} for s, e, t in mentions]}


def pred_meeting(mid, name, start, participants=(), chairs=(), reported=True, **fields):
    meeting = {"id": mid, "name": name, "kind": "talks", "format": None, "level": None,
               "ordinal": None, "date": {"start": start, "end": start} if start else None,
               "location": None, "chairs": list(chairs), "participants": list(participants),
               "reported": reported, "evidence": []}
    meeting.update(fields)
    return meeting


def prediction(doc_id="d1", entities=(), meetings=(), **fields):
    record = {"id": doc_id, "lang": "en", "title": None, "published": None, "body": "",
              "entities": list(entities), "meetings": list(meetings)}
    record.update(fields)
    return record


def run(gold_records, preds, texts=None):
    gold = parse_gold([json.dumps(r, ensure_ascii=False) for r in gold_records])
    return score(gold, {p["id"]: p for p in preds}, texts)


def figures(gold_records, preds, texts=None):
    return run(gold_records, preds, texts).figures


STATES = [entity("s1", "state", "Ardonia", "ARD"), entity("s2", "state", "Belvaria", "BLV")]


# ---- normalization -----------------------------------------------------------------------

def test_names_are_compared_without_accents_case_spaces_or_punctuation():
    assert name_key("Đinh Quốc-Lâm") == name_key("dinh quoc lam") == "dinhquoclam"
    assert name_key("玛拉·科文科") == name_key("玛拉•科文科") == "玛拉科文科"


def test_codes_read_plus_as_the_word_and_drop_punctuation():
    assert code_key("NORD-Plus") == code_key("nord+") == "NORDPLUS"


def test_a_person_matches_through_a_mention_text_or_a_name_in_any_language():
    gold = [gold_record(persons=[KOVENKO, REYL])]
    pred = prediction(entities=[
        entity("p1", "person", "M. Kovenko", mentions=[(0, 3, "科文科")]),
        entity("p2", "person", "T. Reyl", en="Tomas Reyl")])
    assert figures(gold, [pred])["persons"] == {"p": 1.0, "r": 1.0, "f1": 1.0,
                                                "tp": 2, "fp": 0, "fn": 0}


def test_each_predicted_entity_matches_at_most_one_gold_item():
    gold = [gold_record(persons=[{"en": "Mara Kovenko"}, {"en": "Mara Kovenko", "zh": ["科文科"]}])]
    pred = prediction(entities=[entity("p1", "person", "Mara Kovenko")])
    assert figures(gold, [pred])["persons"] == {"p": 1.0, "r": 0.5, "f1": 0.6667,
                                                "tp": 1, "fp": 0, "fn": 1}


# ---- entities and neutral items ----------------------------------------------------------

def test_neutral_entities_are_not_counted_as_false_positives():
    gold = [gold_record(states=["ARD"], organizations=["NORD"],
                        neutral=["Ardonia News Agency", "CRV"])]
    pred = prediction(entities=[
        entity("s1", "state", "Ardonia", "ARD"),
        entity("s2", "state", "Corvane", "CRV"),  # neutral by code
        entity("o1", "organization", "Northern Ocean Rim Dialogue", "NORD"),
        entity("o2", "organization", "ANA", mentions=[(0, 19, "Ardonia News Agency")]),
        entity("o3", "organization", "Rim Shipping Council", "RSC"),  # not neutral: wrong
    ])
    result = figures(gold, [pred])
    assert result["states"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert result["organizations"]["fp"] == 1 and result["organizations"]["tp"] == 1


def test_entities_are_scored_by_type():
    gold = [gold_record(states=["ARD"])]
    pred = prediction(entities=[entity("o1", "organization", "Ardonia", "ARD")])
    result = figures(gold, [pred])
    assert result["states"]["fn"] == 1 and result["organizations"]["fp"] == 1


# ---- body, title, offsets, missing documents ---------------------------------------------

def test_body_fragments_ignore_white_space_and_a_null_title_is_not_scored():
    gold = [gold_record(body_include=["Kovenko arrived in the capital"],
                        body_exclude=["Photo: archive"])]
    pred = prediction(body="Minister Kovenko arrived\nin the capital on Monday.")
    result = figures(gold, [pred])
    assert result["body_include"] == 1.0 and result["body_exclude_clean"] == 1.0
    assert result["title"] is None


def test_titles_ignore_white_space_and_a_kept_caption_is_a_miss():
    gold = [gold_record(title="Kovenko visits Belvaria", body_exclude=["Photo: archive"])]
    pred = prediction(title="Kovenko  visits\nBelvaria", body="Text. Photo: archive")
    result = run(gold, [pred])
    assert result.figures["title"] == 1.0 and result.figures["body_exclude_clean"] == 0.0
    assert result.misses == ("d1: body keeps 'Photo: archive'",)


def test_offsets_are_checked_against_the_original_text():
    text = "Ardonia and Belvaria met."
    pred = prediction(entities=[
        entity("s1", "state", "Ardonia", "ARD", mentions=[(0, 7, "Ardonia")]),
        entity("s2", "state", "Belvaria", "BLV", mentions=[(11, 19, "Belvaria")])])
    assert figures([gold_record()], [pred], {"d1": text})["offsets_valid"] == 0.5
    assert figures([gold_record()], [pred])["offsets_valid"] is None


def test_a_document_without_prediction_counts_as_missing_and_loses_everything():
    gold = [gold_record("d1", states=["ARD"]),
            gold_record("d2", states=["BLV"], body_include=["Belvaria"],
                        meetings=[gold_meeting("Velmor", "2031-04-02")])]
    result = run(gold, [prediction("d1", entities=STATES[:1]), prediction("d9")])
    assert result.figures["docs"] == 2 and result.figures["missing_docs"] == 1
    assert result.figures["states"] == {"p": 1.0, "r": 0.5, "f1": 0.6667,
                                        "tp": 1, "fp": 0, "fn": 1}
    assert result.figures["body_include"] == 0.0
    assert result.figures["meetings_reported"]["fn"] == 1
    assert "d2: no prediction for this document" in result.misses


def test_the_figure_keys_are_those_of_the_shared_scorer():
    assert FIGURE_KEYS == (
        "docs", "missing_docs", "body_include", "body_exclude_clean", "title", "persons",
        "states", "organizations", "meetings_reported", "meetings_mentioned_recall", "date",
        "date_exact", "format", "level", "ordinal", "chairs", "participants", "offsets_valid")
    assert tuple(figures([gold_record()], [prediction()])) == FIGURE_KEYS


# ---- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize(("gold", "pred", "agree"), [
    ("2031-06-17", "2031-06-17", True),
    ("--06-17", "2031-06-17", True),   # year unknown on one side
    ("2031-06-17", "--06-17", True),
    ("--06-17", "--06-18", False),
    ("2020-11", "2020-11-05", True),   # month only
    ("2020-11", "2020-12-05", False),
    ("2020-11", "2021-11", False),
    ("2020-11", "--11-05", True),      # month shared, nothing contradicts
    ("2020", "--06-17", False),        # no part in common
])
def test_dates_agree_on_every_part_both_give_and_share_at_least_one(gold, pred, agree):
    g, p = PartialDate.parse(gold), PartialDate.parse(pred)
    assert g is not None and p is not None
    assert g.agrees_with(p) is agree


def test_text_that_is_not_an_iso_date_is_no_date():
    assert PartialDate.parse("June 17") is None and PartialDate.parse(None) is None
    assert PartialDate.parse("--06-17") == PartialDate(None, 6, 17)
    assert PartialDate.parse("2020-11") == PartialDate(2020, 11, None)


def _reported(gold_m, pred_m):
    result = figures([gold_record(meetings=[gold_m])], [prediction(meetings=[pred_m])])
    return result["meetings_reported"]


def test_a_year_less_date_matches_the_full_date_of_the_same_day():
    m = _reported(gold_meeting("Velmor", "2031-06-17"), pred_meeting("m1", "Velmor", "--06-17"))
    assert (m["tp"], m["fp"], m["fn"]) == (1, 0, 0)


def test_a_month_date_matches_a_day_in_that_month_but_not_in_another():
    inside = _reported(gold_meeting("Velmor", "2020-11"), pred_meeting("m1", "Velmor", "2020-11-05"))
    other = _reported(gold_meeting("Velmor", "2020-11"), pred_meeting("m1", "Velmor", "2020-12-05"))
    assert inside["tp"] == 1
    assert (other["tp"], other["fp"], other["fn"]) == (0, 1, 1)


# ---- name similarity and shared participants ---------------------------------------------

def test_the_test_names_have_the_intended_similarity():
    # Six letters, five bigrams each: every shared bigram is worth 0.2.
    assert dice("Velmor", "Velmax") == pytest.approx(0.6)
    assert dice("Velmor", "Velkan") == pytest.approx(0.4)
    assert dice("Velmor", "Vexkan") == pytest.approx(0.2)
    # Six bigrams against five: just under each threshold.
    assert dice("Velmor", "Velmaxs") == pytest.approx(6 / 11)
    assert dice("Velmor", "Velkans") == pytest.approx(4 / 11)


@pytest.mark.parametrize(("pred_name", "matched"), [
    ("Velkan", True), ("Velkans", False), ("Vexkan", False)])
def test_dated_meetings_need_names_sharing_40_percent_of_bigrams(pred_name, matched):
    m = _reported(gold_meeting("Velmor", "2031-04-02"), pred_meeting("m1", pred_name, "2031-04-02"))
    assert m["tp"] == int(matched)


def test_a_shared_participant_matches_dated_meetings_whose_names_differ():
    gold_m = gold_meeting("Velmor", "2031-04-02", participants=["ARD", REYL])
    pred_m = pred_meeting("m1", "Vexkan", "2031-04-02", participants=["p1"])
    result = figures([gold_record(meetings=[gold_m])],
                     [prediction(entities=[entity("p1", "person", "Tomas Reyl")],
                                 meetings=[pred_m])])
    assert result["meetings_reported"]["tp"] == 1
    assert result["participants"] == {"p": 1.0, "r": 0.5, "f1": 0.6667,
                                      "tp": 1, "fp": 0, "fn": 1}


def test_a_shared_participant_does_not_override_contradicting_dates():
    gold_m = gold_meeting("Velmor", "2031-04-02", participants=["ARD"])
    pred_m = pred_meeting("m1", "Velmor", "2031-04-03", participants=["s1"])
    result = figures([gold_record(meetings=[gold_m])],
                     [prediction(entities=STATES, meetings=[pred_m])])
    assert result["meetings_reported"]["tp"] == 0


@pytest.mark.parametrize(("gold_date", "pred_date"), [(None, "2031-04-02"), ("2031-04-02", None)])
@pytest.mark.parametrize(("pred_name", "matched"), [
    ("Velmax", True), ("Velmaxs", False), ("Velkan", False)])
def test_without_a_date_on_either_side_names_must_share_60_percent(gold_date, pred_date,
                                                                   pred_name, matched):
    gold_m = gold_meeting("Velmor", gold_date, participants=["ARD"])
    pred_m = pred_meeting("m1", pred_name, pred_date, participants=["s1"])
    result = figures([gold_record(meetings=[gold_m])],
                     [prediction(entities=STATES, meetings=[pred_m])])
    assert result["meetings_reported"]["tp"] == int(matched)


def test_each_gold_meeting_takes_the_best_fitting_free_prediction():
    gold_m = [gold_meeting("Velmor", "2031-04-02"), gold_meeting("Velkan", "2031-04-02")]
    pred_m = [pred_meeting("m1", "Velkan", "2031-04-02", ordinal=2),
              pred_meeting("m2", "Velmor", "2031-04-02", ordinal=1)]
    gold_m[0]["ordinal"], gold_m[1]["ordinal"] = 1, 2
    result = figures([gold_record(meetings=gold_m)], [prediction(meetings=pred_m)])
    assert result["meetings_reported"]["tp"] == 2 and result["ordinal"] == 1.0


def test_on_equal_fit_the_later_prediction_is_taken_as_the_shared_scorer_does():
    pred_m = [pred_meeting("m1", "Velmor", "2031-04-02", ordinal=1),
              pred_meeting("m2", "Velmor", "2031-04-02", ordinal=2)]
    result = figures([gold_record(meetings=[gold_meeting("Velmor", "2031-04-02", ordinal=2)])],
                     [prediction(meetings=pred_m)])
    assert result["ordinal"] == 1.0 and result["meetings_reported"]["fp"] == 1


# ---- reported and mentioned meetings -----------------------------------------------------

def test_mentioned_meetings_are_scored_for_recall_only():
    gold_m = [gold_meeting("Velmor", "2031-04-02"),
              gold_meeting("Kestrel Round", "2029-10", reported=False),
              gold_meeting("Harrow Forum", "2028-05", reported=False)]
    pred_m = [pred_meeting("m1", "Velmor", "2031-04-02"),
              pred_meeting("m2", "Kestrel Round", "2029-10-12", reported=False),
              pred_meeting("m3", "Ossian Accord", "2027-01", reported=False)]  # extra: free
    result = figures([gold_record(meetings=gold_m)], [prediction(meetings=pred_m)])
    assert result["meetings_mentioned_recall"] == 0.5
    assert result["meetings_reported"] == {"p": 1.0, "r": 1.0, "f1": 1.0,
                                           "tp": 1, "fp": 0, "fn": 0}


def test_a_reported_prediction_does_not_count_for_a_mentioned_gold_meeting():
    gold_m = gold_meeting("Kestrel Round", "2029-10", reported=False)
    pred_m = pred_meeting("m1", "Kestrel Round", "2029-10", reported=True)
    result = figures([gold_record(meetings=[gold_m])], [prediction(meetings=[pred_m])])
    assert result["meetings_mentioned_recall"] == 0.0
    assert result["meetings_reported"]["fp"] == 1


# ---- field accuracies over matched reported meetings -------------------------------------

def test_date_accepts_date_accept_values_but_date_exact_only_the_primary_date():
    gold_m = gold_meeting("Velmor", "2031-06-17", date_accept=["--06-17"])
    pred_m = pred_meeting("m1", "Velmor", "--06-17")
    result = figures([gold_record(meetings=[gold_m])], [prediction(meetings=[pred_m])])
    assert result["date"] == 1.0 and result["date_exact"] == 0.0


def test_format_and_level_are_scored_only_where_the_gold_gives_them():
    gold_m = [gold_meeting("Velmor", "2031-04-02", format="virtual", level=None, ordinal=3),
              gold_meeting("Harrow", "2031-04-03", format=None, level="summit")]
    pred_m = [pred_meeting("m1", "Velmor", "2031-04-02", format="virtual", level="other",
                           ordinal=3),
              pred_meeting("m2", "Harrow", "2031-04-03", format="phone", level="ministerial",
                           ordinal=5)]
    result = figures([gold_record(meetings=gold_m)], [prediction(meetings=pred_m)])
    assert result["format"] == 1.0 and result["level"] == 0.0 and result["ordinal"] == 0.5
    assert result["date"] == 1.0


def _chairs(gold_chairs, pred_chairs):
    gold_m = gold_meeting("Velmor", "2031-04-02")
    if gold_chairs is None:
        del gold_m["chairs"]
    else:
        gold_m["chairs"] = gold_chairs
    people = [entity("p1", "person", "Mara Kovenko"), entity("p2", "person", "Tomas Reyl")]
    pred_m = pred_meeting("m1", "Velmor", "2031-04-02", chairs=pred_chairs)
    return figures([gold_record(meetings=[gold_m])],
                   [prediction(entities=STATES + people, meetings=[pred_m])])["chairs"]


@pytest.mark.parametrize(("pred_chairs", "right"), [
    (["s1"], True),          # the state of the chair
    (["p1"], True),          # its named chairperson
    (["s1", "p1"], True),    # both names of one chair
    ([], False),             # the chair is missing
    (["s1", "s2"], False),   # a chair the gold does not have
    (["p2"], False),
])
def test_a_chair_is_named_by_any_of_its_alternatives(pred_chairs, right):
    assert _chairs([["ARD", KOVENKO]], pred_chairs) == (1.0 if right else 0.0)


def test_every_gold_chair_must_be_named_and_no_chair_is_right_when_none_is_predicted():
    assert _chairs(["ARD", "BLV"], ["s1", "s2"]) == 1.0
    assert _chairs(["ARD", "BLV"], ["s2"]) == 0.0
    assert _chairs([], []) == 1.0
    assert _chairs([], ["s1"]) == 0.0
    assert _chairs(None, ["s1"]) is None  # the gold does not say: not scored


def test_a_participant_id_naming_no_entity_is_read_as_a_name():
    gold_m = gold_meeting("Velmor", "2031-04-02", participants=["ARD", "NORD"])
    pred_m = pred_meeting("m1", "Velmor", "2031-04-02", participants=["s1", "NORD", "ZZZ"])
    result = figures([gold_record(meetings=[gold_m])],
                     [prediction(entities=STATES, meetings=[pred_m])])
    assert result["participants"] == {"p": 0.6667, "r": 1.0, "f1": 0.8,
                                      "tp": 2, "fp": 1, "fn": 0}


# ---- gold validation ---------------------------------------------------------------------

def test_gold_problems_are_all_reported_with_file_and_line():
    lines = [json.dumps(gold_record("d1")), "not json", "",
             json.dumps(gold_record("d2", states="ARD",
                                    meetings=[gold_meeting("Velmor", "April 2", format="zoom")])),
             json.dumps(gold_record("d1"))]
    with pytest.raises(GoldError) as info:
        parse_gold(lines, "g.jsonl")
    message = str(info.value)
    assert "g.jsonl:2: not JSON" in message
    assert "g.jsonl:4: states: must be a list of strings" in message
    assert "g.jsonl:4: meetings[0].date: not an ISO date" in message
    assert "g.jsonl:4: meetings[0].format: 'zoom' is not one of" in message
    assert "g.jsonl:5: id: 'd1' already annotated at g.jsonl:1" in message


def test_an_empty_gold_file_is_an_error():
    with pytest.raises(GoldError, match="holds no gold records"):
        parse_gold(["\n"], "g.jsonl")


# ---- agreement with the shared scorer on these rules -------------------------------------

def test_figures_on_invented_meetings_equal_the_shared_scorers(shared_dir, tmp_path):
    """The dev set has no predicted meetings yet, so the meeting rules are compared here."""
    gold = [gold_record("d1", persons=[KOVENKO], states=["ARD", "BLV"], neutral=["CRV"],
                        meetings=[gold_meeting("Velmor", "2031-06-17", ["ARD", KOVENKO],
                                               date_accept=["--06-17"], format="virtual",
                                               chairs=[["ARD", KOVENKO]]),
                                  gold_meeting("Kestrel Round", "2029-10", reported=False),
                                  gold_meeting("Harrow", None, ["BLV"], level="summit")]),
            gold_record("d2", states=["CRV"], body_include=["Corvane"])]
    people = [entity("p1", "person", "M. Kovenko", mentions=[(0, 3, "科文科")])]
    pred = prediction("d1", entities=[*STATES, *people, entity("s3", "state", "Corvane", "CRV")],
                      meetings=[pred_meeting("m1", "Velmax", "--06-17", ["s1", "p1"], ["p1"],
                                             format="virtual"),
                                pred_meeting("m2", "Velkan", "2031-06-17", ["s2"]),
                                pred_meeting("m3", "Harrow summit", None, ["s2"], level="summit"),
                                pred_meeting("m4", "Kestrel", "2029-10-03", reported=False)])
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n")
    shared = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), "--json",
         "--gold", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl")],
        capture_output=True, text=True, check=True)
    ours = figures(gold, [pred])
    assert ours["meetings_reported"]["tp"] >= 1  # the comparison is not vacuous
    assert ours == json.loads(shared.stdout)

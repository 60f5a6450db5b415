"""The dates stage: publication dates from URLs and datelines, and the body's times."""

from conftest import run
from summitry.contract import to_contract
from summitry.nlp.times import date_from_url

STAGES = ("clean", "normalize", "language", "dates")


def test_dates_in_urls_give_the_publication_date():
    assert date_from_url("http://paper.example.cn/html/2021-04/18/nw.D1_3.htm") == "2021-04-18"
    assert date_from_url("https://example.vn/politics/20240801-talks.html") == "2024-08-01"
    assert date_from_url("https://example.vn/news/142059.vnp") is None
    assert date_from_url("https://example.org/2024/13/45/x") is None


def test_a_dateline_day_takes_its_year_from_the_lead():
    doc = run("本报北京3月5日电  国务委员兼外长2024年3月5日在北京同老挝外长举行会谈。", stages=STAGES)
    assert doc.published == "2024-03-05" and doc.published_source == "dateline"


def test_metadata_publication_date_anchors_partial_dates():
    doc = run("Hanoi (VNA) – The ministers met on March 4 and will meet again on January 10.",
              stages=STAGES, meta_published="2024-03-05")
    values = [t.value for t in doc.annotations["times"]]
    assert values == ["2024-03-04", "2025-01-10"]


def test_a_run_together_typo_is_repaired_from_the_removed_lead():
    text = ("越南外长会见老挝外长\n\n越南外长6月17日在河内会见老挝外长。\n"
            "越南外长会见老挝外长 ảnh 1越南外长在会见上。图自越通社\n\n"
            "越通社河内——越南外长617日在河内会见老挝外长。(完)")
    doc = run(text, stages=STAGES)
    (time,) = doc.annotations["times"]
    assert (time.text, time.value, time.resolution) == ("617日", "--06-17", "repaired")
    assert doc.text[time.start:time.end] == "617日"


def test_times_appear_in_the_contract_output_with_original_offsets():
    text = "越南外長會見寮國外長\n（中央社記者王大明河內5日電）越南外長２０２４年３月５日會見寮國外長。"
    doc = run(text, stages=STAGES)
    record = to_contract(doc)
    (time,) = [t for t in record["times"] if t["value"]]
    assert time["value"] == "2024-03-05"
    assert text[time["start"]:time["end"]] == time["text"] == "２０２４年３月５日"


def test_a_dateline_day_takes_the_single_year_of_the_body_but_never_guesses_between_years():
    one = run("越通社河内12月22日——双方发表联合声明。\n2017年两国举办友好年活动。", stages=STAGES)
    assert one.published == "2017-12-22"
    two = run("越通社河内12月22日——双方发表联合声明。\n2016年和2017年两国举办活动。", stages=STAGES)
    assert two.published is None

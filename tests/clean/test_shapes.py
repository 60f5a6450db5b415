"""Line shapes: prose, stamps, boilerplate and captions, in many outlets' wordings."""

from __future__ import annotations

import pytest

from summitry.clean.core import find_core, wrapped_blocks
from summitry.clean.shape import caption_shape, ends_sentence, is_boilerplate, is_good
from summitry.clean.stamps import is_stamp


@pytest.mark.parametrize("line", [
    "2022-05-03 08:17 来源: 人民网",
    "星期三, 06/03/2024 14:05",
    "09:41, March 6, 2024",
    "Tue 5th March 2024 | 09:10 PM",
    "發佈時間：2024/03/05 14:20",
    "人民网 2022年11月03日08:45",
    "Updated: March 5, 2024 11:02 am SGT",
    "2020年09月10日 01 版",
])
def test_stamps_in_many_orders_are_stamps(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    "双方于2024年4月9日在北京签署了合作协定。",
    "The talks were held on March 5, 2024 in Seoul and lasted three hours.",
    "越南政府总理与老挝总理于2024年4月9日会谈纪要及其他合作文件",
    "Leaders meet at 10:30 to discuss the regional trade pact and climate finance",
])
def test_prose_with_a_date_is_not_a_stamp(line: str) -> None:
    assert not is_stamp(line)


@pytest.mark.parametrize("line", [
    "外交部长在北京同来访的智利外长举行会谈，双方同意加强合作。",
    "The two leaders agreed to expand cooperation in trade, energy and digital economy.",
    "“我们愿做可靠的伙伴，”他说。",
    "●两国元首共同见证签署多项合作文件，涵盖贸易、投资和人文交流等领域。",
])
def test_sentences_of_prose_are_good(line: str) -> None:
    assert is_good(line)


@pytest.mark.parametrize("line", [
    "Foreign ministers meet in Jakarta",
    "• Floods hit three states as rivers rise",
    "相关新闻",
    "© 2024 Example Media. All rights reserved.",
    "下载客户端APP，阅读更多精彩内容。",
])
def test_headlines_teasers_and_boilerplate_are_not_good(line: str) -> None:
    assert not is_good(line)


@pytest.mark.parametrize("line", [
    "声明：本站转载内容仅供参考。",
    "This site works best in a newer browser: please update your browser.",
    "上一篇：某地举办花展",
    "Previous article: Rains expected",
    "Listen to this article",
    "原標題：兩岸交流會在台北舉行",
    "Tel: +65 6123 4567",
])
def test_boilerplate_in_several_languages(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "新华社记者说，双方将在年内举行下一轮磋商。",
    "He said the browser-based platform would be shared by both ministries.",
    "The statement was released on the ministry's website.",
])
def test_body_lines_with_noisy_words_are_not_boilerplate(line: str) -> None:
    assert is_boilerplate(line) is None


def test_caption_shapes() -> None:
    assert caption_shape("韩国外长（左）与日本外相握手致意")
    assert caption_shape("Minister A (R) greets Minister B in Hanoi")
    assert caption_shape("英国首相在伦敦发表讲话。美联社")
    assert caption_shape("He said the two sides would meet again (in March).") is None


def test_closing_marks_are_looked_past() -> None:
    assert ends_sentence("双方同意加强合作。(完)")
    assert ends_sentence("The talks ended./.")
    assert ends_sentence("“We will work together.”")
    assert not ends_sentence("Leaders hold talks (Photo)")


def test_the_core_is_the_run_of_prose_and_keeps_short_lines_inside_it() -> None:
    lines = ["Home", "World", "Leaders hold talks",
             "The two leaders held talks on Monday and agreed to deepen ties in trade.",
             '"It was a good day."',
             "They also discussed the regional situation and climate change issues.",
             "Most read", "Storm hits coast", "Prices rise again"]
    core = find_core(lines)
    assert (core.start, core.end) == (3, 6)


def test_a_page_repeating_the_article_is_cut_at_the_repeat() -> None:
    para = "The two leaders held talks on Monday and agreed to deepen ties in trade."
    lines = [para, "They also discussed the regional situation and climate change issues.",
             "A closing sentence of the article stands here for the test.",
             "Leaders hold talks", para]
    core = find_core(lines)
    assert core.end == 3 and core.repeat_from == 3


def test_hard_wrapped_lines_form_one_block() -> None:
    lines = ["The minister said the talks would", "continue next week, and that both",
             "sides were ready.", "A new paragraph starts here."]
    assert [list(b) for b in wrapped_blocks(lines)] == [[0, 1, 2], [3]]


def test_han_text_wrapped_mid_sentence_forms_one_block() -> None:
    lines = ["外交部发言人在例行记者会上表示，中方愿同有关各方",
             "保持沟通，推动局势缓和。", "双方还就其他问题交换了意见。"]
    assert [list(b) for b in wrapped_blocks(lines)] == [[0, 1], [2]]


@pytest.mark.parametrize("line", [
    "本文约1200字，阅读时间约3分钟",
    "4 min read",
    "新华社记者 张三 李四",
    "Staff Writer (@somereporter) 2 hours ago",
])
def test_bylines_and_widgets(line: str) -> None:
    assert is_boilerplate(line)


def test_a_tweet_quoted_in_a_sentence_stays() -> None:
    assert is_boilerplate("The minister (@someminister) wrote that the talks went well.") is None


def test_on_a_page_wrapped_throughout_long_lines_go_on_with_the_next() -> None:
    lines = ["The ministers met in Geneva on Monday and said",
             "they would keep talking, according to a statement",
             "released after the meeting by both of the ministries.",
             "Officials said the next round could take place",
             "in the spring, but that no date had been set.",
             "The talks also covered the work of the Security",
             "Council and the situation along the shared border."]
    assert [list(b) for b in wrapped_blocks(lines)] == [[0, 1, 2], [3, 4], [5, 6]]


def test_a_headline_is_not_joined_to_the_lead_on_an_unwrapped_page() -> None:
    lines = ["Ministers agree to keep talking after Geneva meeting",
             "The ministers met in Geneva on Monday and agreed to meet again."]
    assert [list(b) for b in wrapped_blocks(lines)] == [[0], [1]]


@pytest.mark.parametrize("line", ["By Jane Doe", "By John Roe and Mary Major", "BY A STAFF WRITER"])
def test_bylines(line: str) -> None:
    assert is_boilerplate(line) == "byline_en"


@pytest.mark.parametrize("line", ["By then, the talks will have ended.",
                                  "By the end of the year, both sides will sign the deal."])
def test_sentences_opening_with_by_are_prose(line: str) -> None:
    assert is_boilerplate(line) is None


@pytest.mark.parametrize("line", [
    "Senator Jane Roe (R) said the treaty would be ratified.",
    "The ministers exchanged views",
    "外交部重申，未经授权飞越领空是严重挑衅。",
    "双方决定在上海合作组织框架内加强协调，共同维护地区安全。（新华社）" * 2,
])
def test_body_lines_that_look_like_captions_or_widgets_stay(line: str) -> None:
    assert is_boilerplate(line) is None and caption_shape(line) is None


def test_clause_marks_are_counted_one_by_one_less_the_last_character():
    from summitry.clean.rules import CLAUSE_MARKS
    from summitry.clean.shape import clause_count

    for line in ["双方一致同意，加强合作、扩大贸易；推动交流。", "Talks, trade; and more. Then, again,",
                 "，，，", "", "没有标点"]:
        expected = sum(1 for c in line[:-1] if c in CLAUSE_MARKS) + line.count(". ")
        assert clause_count(line) == expected


def test_headline_tokens_are_han_pairs_and_words_without_their_apostrophe_endings():
    from summitry.clean.headline import tokens

    found = tokens("越南、老挝会谈 Vietnam's leaders’ talks")
    assert {"越南", "南老", "老挝", "挝会", "会谈"} <= found  # pairs across punctuation too
    assert {"vietnam", "leaders", "talks"} <= found
    assert not any("'" in t or "’" in t for t in found)

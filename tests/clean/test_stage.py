"""The cleaning cascade on hand-written articles in the styles of real outlets."""

from conftest import run

VNA_ZH = """越南与新西兰举行第五次外交部门政治磋商

越南外交部副部长和新西兰外交贸易部副秘书长9月12日在惠灵顿共同主持第五次政治磋商。
越南与新西兰举行第五次外交部门政治磋商 ảnh 1越南外交部副部长在磋商上发言。图自越通社

越通社惠灵顿——越南外交部副部长和新西兰外交贸易部副秘书长912日在惠灵顿共同主持第五次政治磋商。

双方一致同意加强高层互访，推动两国贸易额早日达到20亿美元。

双方还就地区和国际问题交换意见。(完)

越通社

更多

越南国家主席会见日本大使。图自越通社

越南国家主席会见日本驻越大使

9月11日，越南国家主席在河内会见日本驻越南大使。
"""


def test_vna_caption_repeated_lead_and_teasers_are_removed():
    doc = run(VNA_ZH)
    assert doc.title_text == "越南与新西兰举行第五次外交部门政治磋商"
    body = doc.body_text
    assert body.startswith("越通社惠灵顿——越南外交部副部长")
    assert body.endswith("双方还就地区和国际问题交换意见。(完)")
    assert "ảnh 1" not in body and "图自越通社" not in body
    assert "9月12日在惠灵顿" not in body  # the sapo; the dateline copy is kept
    assert "日本" not in body
    reasons = {r.reason for r in doc.removed}
    assert {"caption", "repeated_lead", "after_end_marker"} <= reasons
    assert doc.dateline is not None and doc.dateline.place == "惠灵顿"


def test_every_body_segment_is_an_exact_slice_of_the_original():
    doc = run(VNA_ZH)
    for seg in doc.body:
        assert doc.text[seg.start:seg.end] == seg.of(doc.text)
        assert seg.of(doc.text) in doc.body_text
    for removal in doc.removed:
        assert 0 <= removal.span.start < removal.span.end <= len(doc.text)


VNA_EN = """Vietnam, Indonesia discuss maritime cooperation
Deputy FM Le Van A (R) and Indonesian Ambassador B at the meeting (Photo: VNA)Hanoi (VNA) – Deputy Foreign Minister Le Van A received Indonesian Ambassador B in Hanoi on March 3.
The two sides agreed to speed up talks on fisheries cooperation.
At the meeting (Photo: VNA)The ambassador pledged to promote trade links./.VNA
Related news
PM meets Singaporean counterpart
"""


def test_captions_glued_to_paragraphs_are_cut_and_the_text_after_them_kept():
    doc = run(VNA_EN)
    body = doc.body_text
    assert body.startswith("Hanoi (VNA) – Deputy Foreign Minister")
    assert "(Photo: VNA)" not in body and "(R)" not in body and "At the meeting" not in body
    assert "The ambassador pledged to promote trade links./." in body
    assert "Singaporean" not in body and not body.endswith("VNA")
    assert doc.dateline is not None and doc.dateline.place == "Hanoi"
    assert doc.lang == "en"


XINHUA = """新华社北京3月5日电（记者张三）国务委员兼外长3月5日在北京同来访的老挝外长举行会谈。
双方同意加强共建“一带一路”合作。
分享到：
（完）
（责任编辑：李四）
【纠错】
"""


def test_xinhua_dateline_end_marker_and_editor_line():
    doc = run(XINHUA)
    assert doc.title is None  # starts straight into the text
    assert doc.dateline is not None and doc.dateline.agency == "新华社"
    assert doc.dateline.date_text == "3月5日"
    assert doc.body_text.endswith("（完）")
    assert "责任编辑" not in doc.body_text and "分享到" not in doc.body_text


PEOPLES_DAILY = """本报北京4月16日电  4月16日，国务委员兼外长同新加坡外长通电话。
双方表示愿加强抗疫合作。"""


def test_peoples_daily_dateline_and_no_title():
    doc = run(PEOPLES_DAILY)
    assert doc.title is None
    assert doc.dateline is not None and doc.dateline.agency == "本报"
    assert doc.dateline.place == "北京"
    assert doc.body_text.startswith("本报北京4月16日电")


QDND = """越南政府总理与泰国总理举行会谈
2024/05/15, 10:20 (GMT+7)
5月15日上午，越南政府总理与泰国总理在曼谷举行会谈。
|
|
越南政府总理与泰国总理（图片来源：政府门户网站） |
两位总理一致同意推动双边贸易。"""


def test_publication_stamp_gives_published_and_table_artefacts_go():
    doc = run(QDND)
    assert doc.title_text == "越南政府总理与泰国总理举行会谈"
    assert doc.published == "2024-05-15" and doc.published_source == "stamp"
    assert "GMT" not in doc.body_text and "|" not in doc.body_text
    assert "图片来源" not in doc.body_text
    assert doc.body_text.endswith("两位总理一致同意推动双边贸易。")


VOV = """越南与柬埔寨加强边境合作

Chia sẻ
(VOVWORLD) - 据本台驻金边记者报道，越南国防部副部长6月3日在金边会见柬埔寨国防部国务秘书。
越南与柬埔寨加强边境合作 - ảnh 1

双方同意加强边境管理合作。
相关新闻

反馈

其他
"""


def test_vov_share_button_image_counter_and_related_news():
    doc = run(VOV)
    assert doc.title_text == "越南与柬埔寨加强边境合作"
    body = doc.body_text
    assert "Chia sẻ" not in body and "ảnh" not in body and "反馈" not in body
    assert body.endswith("双方同意加强边境管理合作。")
    assert doc.dateline is not None and doc.dateline.place == "金边"


WIRE = """HANOI, March 5 (Reuters) - Vietnam's foreign minister met his Chinese counterpart on Tuesday.
The talks focused on trade, officials said.
We use cookies to improve your experience. Accept all cookies
Reporting by Jane Doe; Editing by John Roe
Our Standards: The Thomson Reuters Trust Principles.
"""


def test_wire_trailer_and_cookie_banner_are_removed():
    doc = run(WIRE, meta_published="2024-03-05")
    assert doc.title is None
    assert doc.body_text.endswith("officials said.")
    assert "cookies" not in doc.body_text and "Reporting by" not in doc.body_text
    assert doc.dateline is not None and doc.dateline.agency == "Reuters"
    assert doc.published == "2024-03-05" and doc.published_source == "metadata"


CNA_HANT = """越南外長訪問台北？不，會見寮國外長
（中央社記者王大明河內5日電）越南外交部長今天在河內會見寮國外交部長，雙方同意加強合作。
兩國外長並就區域情勢交換意見。"""


def test_traditional_chinese_is_simplified_for_analysis_with_the_same_offsets():
    doc = run(CNA_HANT)
    assert doc.script == "Hant" and doc.lang == "zh"
    assert doc.analysis_text is not None and len(doc.analysis_text) == len(doc.text)
    i = doc.text.index("寮國")
    assert doc.analysis_text[i:i + 2] == "寮国"
    assert doc.dateline is not None and doc.dateline.agency == "中央社"
    assert "會見寮國外交部長" in doc.body_text  # the body stays in the original script


def test_a_headline_is_short_and_not_a_sentence():
    doc = run("越南国家主席3月5日在河内会见来访的老挝国会主席。\n双方同意加强立法机构合作。")
    assert doc.title is None
    assert doc.body_text.startswith("越南国家主席3月5日")


HK_HANT = """東盟外長發表聯合聲明
2025年8月8日 星期五 14:32
▲東盟各國外長合影。（資料圖片）
【本報訊】東盟各國外長今天發表聯合聲明。
關鍵詞：東盟 外長
分享：
"""


def test_weekday_stamps_triangle_captions_and_keyword_lines_are_removed():
    doc = run(HK_HANT)
    assert doc.published == "2025-08-08"
    assert doc.body_text == "【本報訊】東盟各國外長今天發表聯合聲明。"


def test_an_editor_credit_closing_the_last_paragraph_ends_the_body():
    doc = run("日菲外長會談\n（中央社記者林小明東京8日專電）兩國外長今天會談。（編輯：王小華）1140308")
    assert doc.body_text.endswith("兩國外長今天會談。")
    assert any(r.reason == "end_credit" for r in doc.removed)


PUN_HEADLINE = """World
A handshake, at last
Two foreign ministers met in Geneva on Monday for the first time in five years and agreed to reopen embassies.
They will meet again next month, officials said.
"""


def test_a_headline_sharing_no_word_with_the_lead_is_still_found():
    doc = run(PUN_HEADLINE)
    assert doc.title_text == "A handshake, at last"
    assert doc.body_text.startswith("Two foreign ministers met in Geneva")
    assert "World" not in doc.body_text


def test_odd_inputs_do_not_crash():
    for text in ["", "\n\n", "Home", "(完)", "2024-01-01", "a" * 5000, "。" * 300, "\u2028"]:
        doc = run(text)
        for seg in doc.body:
            assert 0 <= seg.start < seg.end <= len(text)


GLUED_STAMP = """Ministers meet in Oslo 05/05/2024 14:20 GMT
Foreign ministers met in Oslo on Sunday and agreed to hold another round of talks next month.
"""


def test_a_stamp_glued_after_the_headline_is_cut():
    doc = run(GLUED_STAMP)
    assert doc.title_text == "Ministers meet in Oslo"
    assert doc.published == "2024-05-05"


UN_CAPTION = """Council hears briefing on the Sahel
A wide view of the Council chamber during the briefing. 4 March 2024 United Nations, New YorkThe Council heard a briefing on the Sahel from the special representative on Monday.
Members called for more support to regional forces.
"""


def test_a_un_photo_caption_glued_to_the_first_paragraph_is_cut():
    doc = run(UN_CAPTION)
    assert doc.body_text.startswith("The Council heard a briefing")
    assert "wide view" not in doc.body_text


CLOSING_LIST = """Two ministries sign cooperation documents
The foreign ministers of the two countries met in Vientiane on Tuesday and witnessed the signing of several documents.
The documents signed include:
- a memorandum of understanding on consular affairs;
- an agreement on visa exemption for official passports.
Most read
Storm hits the coast
"""


def test_a_closing_list_its_colon_introduces_stays_and_teasers_go():
    doc = run(CLOSING_LIST)
    assert doc.body_text.endswith("an agreement on visa exemption for official passports.")
    assert "Storm" not in doc.body_text and "Most read" not in doc.body_text


CONSENT = """Parliament approves the border treaty
The treaty was approved with the consent of both chambers, officials said on Monday.
It will enter into force once instruments of ratification are exchanged.
"""


def test_consent_in_a_sentence_is_not_a_cookie_banner():
    assert "with the consent of both chambers" in run(CONSENT).body_text


MOTTO_ABOVE_MENU = """The most trusted source of news from the region, since 1950, every day.
Home
World
Related
Business
Sport
Ministers meet in Bangkok
Foreign ministers met in Bangkok on Friday and agreed to expand cooperation on trade.
They also discussed the situation in the region and the next summit.
"""


def test_a_lone_sentence_above_the_menu_does_not_open_the_article():
    doc = run(MOTTO_ABOVE_MENU)
    assert doc.body_text.startswith("Foreign ministers met in Bangkok")
    assert doc.body_text.endswith("the next summit.")


def test_a_short_sentence_opening_with_share_is_body():
    text = ("中老外长举行会谈\n两国外长在万象举行会谈，双方同意加强在农业、能源和互联互通领域的合作。\n"
            "分享发展经验是双方合作的重要内容。\n分享到：微信 微博\n")
    body = run(text).body_text
    assert "分享发展经验是双方合作的重要内容。" in body and "微博" not in body


INLINE_RELATED = """Leaders agree on new trade corridor
The leaders of the two countries agreed on Tuesday to build a new trade corridor linking their ports.
Related news
Ports see record traffic
The corridor will cut shipping times by a third, the officials said after the meeting.
Work on the first section is due to start next year, with funding from both governments.
The leaders also agreed to meet again at the regional summit in the autumn.
"""


def test_an_inline_related_box_does_not_end_the_article():
    doc = run(INLINE_RELATED)
    body = doc.body_text
    assert body.endswith("at the regional summit in the autumn.")
    assert "Related news" not in body


GLUED_ZH_CREDIT = """中埃外长举行会谈
新华社开罗3月2日电 外交部长2日在开罗同埃及外长举行会谈，双方同意加强在多边机制中的协调。
3月2日，外交部长在开罗同埃及外长举行会谈。 新华社 记者 王小明 摄双方还就地区局势交换了意见，认为应通过对话解决分歧。
"""


def test_a_spaced_photographer_credit_ends_a_caption_glued_to_the_text():
    body = run(GLUED_ZH_CREDIT).body_text
    assert "王小明 摄" not in body and "3月2日，外交部长在开罗" not in body
    assert "双方还就地区局势交换了意见" in body


def test_a_long_caption_naming_many_leaders_ends_at_its_agency():
    names = ", ".join(f"Prime Minister Name{i} of Country{i}" for i in range(9))
    text = (f"Leaders open summit\n(From L) {names} pose at the venue on Thursday | AFP\n"
            "The leaders opened their annual summit on Thursday with talks on trade and energy.\n"
            "They will issue a joint statement on Friday, officials said.\n")
    body = run(text).body_text
    assert "pose at the venue" not in body and body.startswith("The leaders opened")

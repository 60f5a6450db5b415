"""Whole pages in the styles of many outlets (written for these tests, not copied): the
headline, the article's own paragraphs, the page's noise and the publication date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import run

PAGES = Path(__file__).parent / "pages"


@dataclass(frozen=True)
class Page:
    name: str
    title: str | None
    keep: tuple[str, ...]  # fragments of the article's own text (some look like noise)
    drop: tuple[str, ...]  # fragments of the page's noise
    published: str | None = None
    published_source: str | None = None


CASES = [
    Page("xinhua_zh", "中国与智利外长在京会谈",
         ("新华社北京2024年4月9日电", "“我们愿做可靠的伙伴。”", "沟通协调。", "（完）"),
         ("首页 >", "来源：新华网", "字号", "纠错", "责任编辑"), "2024-04-09", "stamp"),
    Page("repost_portal_zh", "越南和老挝举行边境联委会会议",
         ("新华社河内3月14日电", "会议由两国外交部副部长共同主持。"),
         ("设为首页", "当前位置", "发布时间", "浏览次数", "上一篇", "下一篇", "声明"),
         None, None),
    Page("hk01_traditional", "【外交】日菲外長東京會面 同意加強海上合作",
         ("日本外相周三（6日）", "海事能力建設。"),
         ("撰文", "出版：更新", "（右）", "法新社", "相關文章", "下載APP")),
    Page("cna_taiwan", "美國國務卿抵達東京 將出席四方會談",
         ("（中央社記者林小華東京5日專電）", "與會者：", "澳洲外長", "四國外長預定發表聯合聲明。"),
         ("即時新聞", "編輯", "1130305", "關鍵字", "延伸閱讀")),
    Page("zaobao_sg", "新加坡与印尼领导人举行年度会晤",
         ("新加坡总理星期二（3月12日）", "交换意见。"),
         ("联合早报", "发布 /", "更新 /", "检阅仪仗队", "订阅"), "2024-03-12", "stamp"),
    Page("thestar_my", "Malaysia, Thailand agree to boost border trade",
         ("PUTRAJAYA: Malaysia and Thailand", '"Our border must be a gateway, not a wall,"'),
         ("Skip to main content", "By Ahmad Rizal", "MYT", "Related News", "Floods hit",
          "Subscribe"), "2024-03-12", "stamp"),
    Page("reuters_wire", "Japan, South Korea leaders pledge closer security ties",
         ("SEOUL, March 5 (Reuters) - The leaders", "later this year."),
         ("By Jane Doe", "Updated 3 hours ago", "shake hands", "Reporting by", "Our Standards"),
         "2024-03-05", "stamp"),
    Page("government_readout", "Readout of the Secretary's Call with the Foreign Minister of Norway",
         ("The Secretary spoke today", "ministerial in Brussels."),
         ("Skip to content", "Briefing Room", "Media contacts", "555 0100", "press@example.gov"),
         "2024-03-04", "stamp"),
    Page("un_press", "Secretary-General Meets President of Ghana",
         ("The Secretary-General met today", "Participants:", "H.E. the President of Ghana",
          "contributions to peacekeeping."),
         ("Meetings Coverage", "Share this article"), "2024-03-12", "stamp"),
    Page("tass_en", "Russian, Indian foreign ministers hold talks in Moscow",
         ("MOSCOW, November 8. /TASS/.", "intergovernmental commission meeting."),
         ("17:45", "Read more", "Based on materials"), "2023-11-08", "stamp"),
    Page("kyodo_en", "Japan, Australia defense chiefs agree on joint drills",
         ("TOKYO - Japanese Defense Minister", "undersea cable security."),
         ("KYODO NEWS", "21:02 JST", "pose for photos", "Related coverage",
          "Philippines hold maritime talks"), "2024-03-05", "stamp"),
    Page("chinanews_zh", "中柬外长举行会谈",
         ("中新网北京4月10日电", "深化人文交流。"),
         ("中国新闻网", "原标题", "李明 摄", "【编辑", "相关新闻"), "2024-04-10", "stamp"),
    Page("vov_en", "Vietnam, Cambodia discuss border management",
         ("(VOVWORLD) - Vietnam and Cambodia", "two more border gates this year."),
         ("VOV.VN", "15:20", "Feedback"), "2024-03-07", "stamp"),
]


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.name)
def test_page_is_cleaned(page: Page) -> None:
    doc = run((PAGES / f"{page.name}.txt").read_text(encoding="utf-8"))
    assert doc.title_text == page.title
    body = doc.body_text
    for fragment in page.keep:
        assert fragment in body, fragment
    for fragment in page.drop:
        assert fragment not in body, fragment
    assert doc.published == page.published
    assert doc.published_source == page.published_source


def test_every_page_style_has_a_case() -> None:
    assert {p.stem for p in PAGES.glob("*.txt")} == {c.name for c in CASES}
    assert len(CASES) >= 12


def test_every_removal_keeps_its_reason_and_rule() -> None:
    for page in CASES:
        doc = run((PAGES / f"{page.name}.txt").read_text(encoding="utf-8"))
        for removal in doc.removed:
            assert removal.reason and removal.rule, (page.name, removal)
            assert 0 <= removal.span.start < removal.span.end <= len(doc.text)


def test_a_repost_stamp_is_recorded_and_not_trusted() -> None:
    doc = run((PAGES / "repost_portal_zh.txt").read_text(encoding="utf-8"))
    stamp = doc.annotations["published_stamp"]
    assert stamp == {"date": "2023-11-20", "trusted": False, "reason": "repost"}
    assert doc.published is None
    assert any(r.rule == "repost_stamp" and "2023-11-20" in r.span.of(doc.text)
               for r in doc.removed)

"""The cleaning rules, as named data.

Each rule is a compiled pattern with a name, grouped by what it recognises. The code that
applies them lives in the sibling modules; adding an outlet's artefact means adding a
pattern here, with a test on a sample text written in that outlet's style.

Outlets covered: VNA (Chinese, English, Vietnamese), VOV/VOVWORLD, Nhan Dan, Quan Doi
Nhan Dan, Xinhua, People's Daily, China News Service, CNA (traditional Chinese), Reuters,
AP, AFP and generic web boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]


def _rules(**patterns: str) -> tuple[Rule, ...]:
    return tuple(Rule(name, re.compile(p, re.IGNORECASE)) for name, p in patterns.items())


_CJK = r"\u4e00-\u9fff"
_PLACE = rf"[{_CJK}]{{2,8}}?"
_DASH = r"(?:——|—|–|-{1,2}|―)"

# ---- photo credits: the end of a caption -------------------------------------------------
#: A caption runs from the start of its line to the end of one of these credits.
PHOTO_CREDITS = _rules(
    zh_from_agency=r"图自[^\s。，,)）]{1,12}(?:社|网|台|报)",
    zh_file_photo=r"[（(](?:资料图片?|資料圖片?|资料照片|資料照片|资料相片|資料相片|示意图|示意圖)[）)]",
    zh_source_paren=r"[（(]\s*(?:图片|照片|图|圖片|圖)?\s*(?:来源|來源|摄影|攝影)\s*[:：][^）)\n]{1,40}[）)]",
    zh_source_bare=r"(?:图片|照片|圖片)(?:来源|來源)\s*[:：]\s*\S{1,30}$",
    zh_photographer=r"[（(](?:新华社|中新社|越通社|人民日报|中央社)?(?:记者|記者)\s?[^\s，。,（）()]{1,12}"
                    r"\s?(?:摄|攝)[）)]",
    zh_photographer_bare=r"(?:新华社|中新社|越通社|中央社)(?:记者|記者)\S{1,10}(?:摄|攝)$",
    zh_photographer_tail=r"[（(][^（）()\n]{0,20}(?:摄|攝)[）)]$",
    en_photo_paren=r"\((?:photo|photos|image|file photo|illustrative photo|source|"
                   r"photo courtesy of)"
                   r"\s*[:：]?\s*[^()\n]{0,60}\)",
    en_photo_bare=r"(?:^|\s)(?:photo|image)\s*:\s*(?:VNA|VNS|VOV|Reuters|AP|AFP|Xinhua|TTXVN)"
                  r"\S{0,20}$",
    en_agency_photo=r"\((?:VNA|VOV|Xinhua|Reuters|AP|AFP)\s+photo\)",
    vi_photo_paren=r"\(\s*ảnh\s*:\s*[^()\n]{1,40}\)",
)

#: VNA and VOV pages leave the gallery counter of an image in the text ("ảnh 1",
#: "hinh anh 1" without diacritics); everything on such a line up to the counter is the
#: repeated headline, and what follows up to a credit (or the line end) is the caption.
IMAGE_COUNTERS = _rules(
    vi_anh=r"(?:\s[-–]\s*)?(?:hình ảnh|hinh anh|ảnh)\s?\d{1,2}",
)

#: Lines that are a caption on their own, without a credit.
CAPTION_LINES = _rules(
    zh_tuwei=r"^(?:图为|圖為|资料图|資料圖|（资料图片）|\(资料图片\))",
    triangle=r"^[▲△▼►]",  # Hong Kong and Taiwan papers mark captions with a triangle
    en_prefix=r"^(?:photo|file photo|illustrative image)\s*:",
)

# ---- whole lines that are page furniture -------------------------------------------------
#: Short lines that are navigation, share buttons or page widgets (matched on the whole,
#: stripped line).
NAVIGATION_LINES = _rules(
    share=r"^(?:chia sẻ|chia se|share|share this|share on \w+|tweet|facebook|twitter|zalo|"
          r"email|print|in bài|分享[到至]?\s*[:：]?.*|打印|打印本页|转发|收藏|微信|微博|"
          r"【纠错】|纠错|【打印】|【关闭】|关闭窗口|返回顶部|back to top|top)$",
    feedback=r"^(?:反馈|意见反馈|其他|其它|评论|comments?|feedback|bình luận|ý kiến)$",
    menu=r"^(?:home|trang chủ|首页|主页|menu|search|搜索|登录|login|sign in|subscribe|订阅)$",
    breadcrumb=r"^(?:首页|home|trang chủ)\s*(?:[>»/|]\s*\S{1,20}\s*){1,5}$",
    editor=r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|审核)\s*[:：].{0,40}[）)】\]]?$",
    wire_standards=r"^our standards\s*:.*trust principles\.?$",
    copyright=r"^(?:©|copyright|版权所有|bản quyền).{0,120}$",
    tags=r"^(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|tags?|keywords?|từ khóa)\s*[:：].{0,60}$",
    font_size=r"^(?:字号|字體|字体)[:：]?\s*(?:大|中|小)?.{0,10}$",
)

#: Cookie and consent banners, matched anywhere in a short line.
COOKIE_BANNERS = _rules(
    cookie=r"\b(?:cookies?|consent|gdpr)\b",
    cookie_zh=r"(?:使用|接受)\s*cookie|隐私政策|Cookie\s*政策",
)

#: Publication stamps on a line of their own, with the date parts as named groups.
STAMPS = _rules(
    ymd=r"^(?:[•·∙|]\s*)?(?:发布时间|發佈時間|发布|时间|更新时间|updated|published|posted|"
        r"cập nhật|ngày đăng)?\s*[:：]?\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*"
        r"(?P<d>\d{1,2})\s*日?(?:\s*(?:星期|週|周|礼拜)[一二三四五六日天])?"
        r"(?:[,，\s]+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
        r"(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?\s*"
        r"(?:[（(][^（）()]{0,24}(?:更新|updated)[^（）()]{0,8}[）)])?\s*(?:来源[:：].{0,20})?$",
    dmy=r"^(?:[•·∙|]\s*)?(?:(?:thứ\s+\w+|chủ nhật|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)\s*,?\s*)?(?:updated|published|posted|cập nhật)?\s*:?\s*"
        r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
        r"(?:[,\s|-]+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$",
    en_month=r"^(?:[•·∙|]\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?"
             r"(?:updated|published|posted)?\s*:?\s*(?P<month>january|february|march|april|may|"
             r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
             r"aug|sep|sept|oct|nov|dec)\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})"
             r"(?:[,\s|-]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?:\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$",
)

#: Lines with nothing but table borders, bullets or separators.
ARTEFACT_LINE = re.compile(r"^[\s|*•·\-–—_=~#>]*$")

# ---- where the article ends --------------------------------------------------------------
#: End markers: the body keeps the text up to and including the marker; what follows it
#: (a signature, the editor's name, another article's teaser) is not the article.
END_MARKERS = _rules(
    zh_wan=r"[（(]\s*完\s*[)）]",
    vna_slash=r"(?<=\S)\s?\.?/\.(?=\s*(?:VNA|VNS|VNP|VOV|TTXVN|VNA/VNP)?\s*$)",
    vna_sign=r"[（(]\s*越通社\s*[-–—]?\s*VNA\s*[)）]\s*$",
)

#: Credits that close a story inside its last paragraph ("…石破茂。（編輯：張三）1140308"):
#: the body ends where the credit starts. CNA appends its ROC-calendar date code.
END_CREDITS = _rules(
    editor_paren=r"[（(]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核)\s*[:：][^（）()\n]{1,30}[）)]"
                 r"\s*\d{0,8}\s*$",
)

#: Headers that open a block of teasers for other articles; the block runs to the end.
TEASER_HEADERS = _rules(
    zh=r"^(?:更多|更多新闻|更多资讯|相关新闻|相关报道|相关阅读|相關新聞|延伸阅读|延伸閱讀|推荐阅读|"
       r"热点新闻|热门新闻|其他新闻|最新新闻|往期回顾|猜你喜欢)\s*[:：>»]?$",
    en=r"^(?:related news|related articles|related stories|related|read more|more news|"
       r"see also|you may also like|recommended|latest news|most read|more stories|"
       r"other news)\s*[:：>»]?$",
    vi=r"^(?:tin liên quan|tin lien quan|xem thêm|tin khác|tin mới|đọc thêm)\s*[:：>»]?$",
)

#: Trailers of wire copy that end the story ("Reporting by ...; Editing by ...").
WIRE_TRAILERS = _rules(
    reuters=r"^\(?(?:reporting|additional reporting|writing|compiled) by .{2,200}$",
    editing=r"^\(?editing by .{2,120}$",
)

# ---- datelines ---------------------------------------------------------------------------
#: Datelines that open the first paragraph. Named groups: agency, place, date.
#: Applied with ``Pattern.match(text, pos)``, which anchors at ``pos``: no ``^`` here.
DATELINES = _rules(
    vna_zh=rf"(?P<agency>越通社)和?(?P<place>{_PLACE})?(?P<date>\d{{1,2}}月\d{{1,2}}日)?\s*{_DASH}",
    vna_zh_reporter=rf"据?(?P<agency>越通社|本台|越南之声)(?:驻(?P<place>{_PLACE}))?(?:特派)?"
                    r"记者(?:\S{0,6})?报道\s*[,，:：]",
    xinhua_style=rf"(?P<agency>新华社|中新社|中新网|本报|人民日报|人民网|国际在线|中央社)"
                 rf"(?P<place>{_PLACE})(?P<date>\d{{1,2}}月\d{{1,2}}日)电"
                 r"(?:\s*[（(][^）)\n]{0,40}[）)])?\s*[:：]?",
    cna_paren=rf"[（(](?P<agency>中央社)(?:記者|记者)?[^）)\n]{{0,12}}?(?P<place>{_PLACE})"
              r"(?P<date>\d{1,2}日)[電电][）)]",
    en_agency=r"(?:(?P<place>[A-Z][A-Za-z .'’-]{1,40}?)\s*,?\s*)?"
              r"(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
              r"\s*)?\((?P<agency>VNA|VOVWORLD|VOV|VNS|Xinhua|Reuters|AP|AFP|Bernama|Kyodo|Yonhap|"
              r"TASS|ANTARA|NNA|PNA|Sputnik|KPL|AKP)\)\s*" + _DASH,
    vov_reporter=rf"据本台驻(?P<place>{_PLACE})记者报道\s*[,，]",
)

#: Sentence-final punctuation: a first line that ends with one of these is a sentence,
#: not a headline.
SENTENCE_END = "。！？!?；;.…"

#: A headline is short: longer first lines are the lead paragraph.
MAX_TITLE_CHARS = {"cjk": 90, "latin": 220}

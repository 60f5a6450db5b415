"""Meeting series: the recurring meeting an instance belongs to, independent of language.

``第十七次东盟—俄罗斯高官会`` and ``17th ASEAN-Russia Senior Officials' Meeting`` are the same
instance of one series. Their names share no characters, but the actors their names mention
(resolved to global ids), their level and their kind are the same, so the series key is made
of those: ``conference|senior_officials|org:ASEAN+state:RUS``. The ordinal then tells the
instances apart. :func:`series_name` strips the ordinal from a name, for display and for
comparing names of one series.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Ordinals inside a name, as the extraction patterns read them (``第十七次``, ``第3届``,
#: ``第三轮``, ``首届``; ``17th``, ``the first``; ``AMM 53``). Kept as data, apart from the code.
_ZH_ORDINAL = re.compile(
    r"第\s*[0-9０-９一二三四五六七八九十百千零〇两]+\s*(?:次|届|轮)|首(?:次|届|轮)"
)
_EN_ORDINAL = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b\s*", re.I)
_EN_ORDINAL_WORD = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth)\s+",
    re.I,
)
#: A number after an acronym ends the name: ``AMM 53``, ``AMM-53``, ``EAS-15``. Only after
#: an all-capital acronym, so ``G20`` keeps its number.
_CODE_NUMBER = re.compile(r"(\b[A-Z][A-Z+&-]*[A-Z])[\s-]+\d{1,3}$")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.I)

#: The field separator of a series key, and the separator of its parties.
_SEP = "|"
_JOIN = "+"


def series_key(parties: Iterable[str], level: str | None, kind: str) -> str:
    """A stable key for a meeting series: ``kind|level|party+party`` (parties sorted).

    ``parties`` are the actor ids named in the meeting's *name* (not every participant:
    attendance varies from one instance to the next, the name does not). An unknown level
    leaves its field empty; :func:`same_series` treats an empty level as matching any.
    """
    return _SEP.join((kind, level or "", _JOIN.join(sorted(set(parties)))))


def same_series(a: str, b: str) -> bool:
    """Whether two series keys can name one series: kind and parties equal, and the levels
    equal unless one is unknown (one article's name may not say the level)."""
    ka, la, pa = _split(a)
    kb, lb, pb = _split(b)
    return ka == kb and pa == pb and (not la or not lb or la == lb)


def series_level(key: str) -> str | None:
    """The level a series key records, or None when its name did not say."""
    return _split(key)[1] or None


def series_name(name: str) -> str:
    """A meeting name without its ordinal: ``第十七次东盟—俄罗斯高官会`` -> ``东盟—俄罗斯高官会``,
    ``the 17th ASEAN-Russia Senior Officials' Meeting`` -> ``ASEAN-Russia Senior Officials'
    Meeting``, ``AMM 53`` / ``53rd AMM`` -> ``AMM``."""
    text = _ZH_ORDINAL.sub("", name)
    text = _EN_ORDINAL_WORD.sub("", text.strip())
    text = _EN_ORDINAL.sub("", text)
    text = _CODE_NUMBER.sub(r"\1", text.strip())
    text = _LEADING_ARTICLE.sub("", text.strip())
    return re.sub(r"\s{2,}", " ", text).strip()


def _split(key: str) -> tuple[str, str, str]:
    kind, _, rest = key.partition(_SEP)
    level, _, parties = rest.partition(_SEP)
    return kind, level, parties

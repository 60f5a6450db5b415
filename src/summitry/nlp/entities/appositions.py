"""Names the knowledge base lacks, found by how news introduces people.

Diplomatic news introduces a person with a title first: ``俄罗斯外交部副部长伊戈尔·莫尔古洛夫``,
``越南政府副总理兼外长范平明``, ``Deputy Foreign Minister Le Van A``. After a title we read
one name: a dotted transliteration (its last part ends where transliteration characters
stop), or a Chinese/Vietnamese name of two or three characters opening with a surname, or a
run of capitalised English words. A ``(Latin Name)`` gloss right after a Chinese name gives
its English form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from summitry.kb.model import Title
from summitry.nlp.entities.patterns import (
    ABBREV_FOLLOWERS,
    BARE_NAME_ENDS,
    BARE_NAME_FOLLOWERS,
    DATE_CHARS,
    EN_HONORIFICS,
    EN_NAME_PARTICLES,
    EN_NOT_NAME_WORDS,
    MODEL_EDGE_CHARS,
    MODEL_PLACE_BEFORE,
    NAME_END_WORDS,
    NAME_JOINERS,
    NAME_STOP,
    NOT_NAMES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    REGION_ABBREVIATIONS,
    SIDE_CHARS,
    SIDE_ENDINGS,
    SURNAMES,
    TITLE_ENDINGS,
    TRANSLIT,
    ZH_HONORIFICS,
)
from summitry.nlp.entities.trie import alternation


@dataclass(frozen=True, slots=True)
class PersonCandidate:
    start: int
    end: int
    name: str
    title: Title | None
    title_start: int  # where the title starts (== start when there is none)
    gloss: str | None = None  # an English form given in parentheses


_CJK = "\u4e00-\u9fff"
#: Where a model's English name has run past its end (``Kim Tae-hyo(First``).
_EN_MODEL_CUT = re.compile(r"[(（\[,;:]")
_GLOSS = re.compile(r"\s?[（(]\s*([A-Z][A-Za-z'’.\-]+(?:\s+[A-Za-z'’.\-]+){0,5})\s*[)）]")
_DOT = "·"
#: Letters of Latin names with their accents (José, Çavuşoğlu, Wadephul), capitals first.
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏ'’\\-"
#: One word of an English-script name: a capitalised word, an initial (``P.``), a quoted
#: nickname (``"Bongbong"``), a particle (``van``, ``bin``) or a particle joined by a hyphen
#: (``el-Sisi``, ``al-Jabir``).
_EN_NAME_WORD = (
    rf"(?:[{_UP}][{_LETTER}]+|[{_UP}]\.|[\"“‘][{_UP}][{_LETTER}]+[\"”’]"
    rf"|(?:{'|'.join(sorted(EN_NAME_PARTICLES))})-[{_UP}][{_LETTER}]+"
    rf"|(?:{'|'.join(sorted(EN_NAME_PARTICLES))})(?=\s))")
_EN_NAME = re.compile(rf"(?:[{_UP}][{_LETTER}]+|[{_UP}]\.)(?:\s{_EN_NAME_WORD}){{0,5}}")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def read_zh_name(text: str, pos: int, end: int) -> int | None:
    """End of the Chinese-script name starting at ``pos``, or None if none starts there."""
    if pos >= end or not _cjk(text[pos]):
        return None
    # Dotted transliteration: parts of transliteration characters joined by middle dots.
    i = pos
    while i < end and _cjk(text[i]) and text[i] in TRANSLIT and i - pos < 8:
        i += 1
    if i < end and text[i] == _DOT and i > pos:
        j = i
        while j < end and text[j] == _DOT:
            k = j + 1
            while (k < end and _cjk(text[k]) and text[k] in TRANSLIT and k - j <= 8
                   and not text.startswith(NAME_END_WORDS, k)):
                k += 1
            if k == j + 1:
                break
            j = k
        return j if j > i else None
    # Chinese or Vietnamese name: a surname, then one or two characters (three after 氏).
    if text[pos] not in SURNAMES:
        return None
    limit = 4 if pos + 1 < end and text[pos + 1] == "氏" else 3
    i = pos + 1
    while i < end and i - pos < limit and _cjk(text[i]):
        if i - pos >= 2 and text[i] in NAME_STOP:
            break
        i += 1
    if i - pos < 2 or text[pos:pos + 2] in NOT_NAMES:
        return None
    return i


_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’']{1,30}[\"”’']")


def without_nickname(name: str) -> str | None:
    """The name without a quoted nickname (Joko "Jokowi" Widodo -> Joko Widodo), or None
    when it has none: the mention keeps the text, the person is named the usual way."""
    bare = " ".join(_NICKNAME.sub(" ", name).split())
    return bare if bare != name and len(bare.split()) >= 2 else None


def _run_on_transliteration(text: str, s: int, e: int, end: int) -> int:
    """A surname reading that is all transliteration characters and runs on in them
    (马丁内|斯邀请: 马 opens Chinese names and Spanish ones) takes the whole run."""
    if not all(c in TRANSLIT for c in text[s:e]):
        return e
    i = e
    while i < end and text[i] in TRANSLIT and i - s < 6:
        i += 1
    return i if i == end or not _cjk(text[i]) or text[i] not in TRANSLIT else e


def read_bare_name(text: str, pos: int, end: int) -> int | None:
    """End of an undotted name right after a title, or None: a transliteration (总统X、,
    官员X表示) that stops where a list, a clause or a reporting verb begins; or up to four
    characters that a ``(Latin Name)`` gloss follows (前首相X(Latin Name))."""
    i = pos
    while i < end and text[i] in TRANSLIT and i - pos < 6:
        i += 1
    if i - pos >= 2 and (i == end or text[i] in BARE_NAME_ENDS
                         or text.startswith(BARE_NAME_FOLLOWERS, i)):
        return i
    for n in (2, 3, 4):
        e = pos + n
        if e <= end and all(_cjk(c) for c in text[pos:e]):
            gloss = _GLOSS.match(text, e, end)
            if gloss is not None and len(gloss.group(1).split()) >= 2:
                return e
    return None


class AppositionFinder:
    def __init__(self, titles: tuple[Title, ...], state_names: tuple[str, ...] = (),
                 abbreviations: tuple[str, ...] = ()):
        #: Characters of sides and pairs of states (阿方, 韩中, 马美): never a name.
        self._side_chars = set(abbreviations) | set(SIDE_CHARS)
        zh: dict[str, Title] = {}
        en: dict[str, Title] = {}
        for t in titles:
            for form in t.zh:
                zh.setdefault(form, t)
            for form in t.en:
                en.setdefault(form, t)
        self._zh_titles = zh
        self._zh_endings = set(zh) | set(TITLE_ENDINGS)
        self._en_titles = {k.lower(): v for k, v in en.items()}
        self._zh = re.compile(_alternation([(f, False) for f in zh])) if zh else None
        honorifics = "|".join(re.escape(h) for h in EN_HONORIFICS)
        states_alt = "|".join(re.escape(n) for n in sorted(state_names, key=len, reverse=True))
        # "ambassador to India", "High Commissioner of the Republic of Mozambique": the
        # state a title is of may stand between it and the name.
        of_state = (r"(?:\s+(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}?(?:of\s+)?"
                    r"(?:" + states_alt + r"))?") if states_alt else ""
        self._en = re.compile(
            r"\b(" + _alternation([(f, not f.isupper()) for f in en])
            + r")" + of_state + r",?\s+(?:(?:" + honorifics + r")\s+)?(" + _EN_NAME.pattern + ")"
        ) if en else None
        self._en_title_end = re.compile(
            r"\b(" + "|".join(re.escape(f) for f in sorted(en, key=len, reverse=True)) + r")"
            r"\s+(?:(?:" + honorifics + r")\s+)?$") if en else None
        states = "|".join(re.escape(n) for n in sorted(state_names, key=len, reverse=True))
        self._of_state = re.compile(
            r"(?<![\w'’])(" + _EN_NAME.pattern + r")\s+of\s+(?:the\s+)?(?:" + states + r")\b"
        ) if states else None

    def find_zh(self, text: str, start: int, end: int) -> list[PersonCandidate]:
        out: list[PersonCandidate] = []
        if self._zh is None:
            return out
        pos = start
        while True:
            m = self._zh.search(text, pos, end)
            if m is None:
                return out
            at = m.end()
            honorific = next((h for h in ZH_HONORIFICS if text.startswith(h, at)), "")
            at += len(honorific)
            name_end = read_zh_name(text, at, end) or read_bare_name(text, at, end)
            if name_end is not None:
                name_end = _run_on_transliteration(text, at, name_end, end)
                gloss = _GLOSS.match(text, name_end, end)
                out.append(PersonCandidate(at, name_end, text[at:name_end],
                                           self._zh_titles[m.group()], m.start(),
                                           gloss.group(1).strip() if gloss else None))
                pos = name_end
            else:
                pos = m.end()

    def title_before(self, text: str, pos: int, start: int) -> tuple[Title, int] | None:
        """The title that ends right before ``pos`` (``外交部长|X``, ``Foreign Minister |X``)
        and where it starts, for a name a model found."""
        for n in range(8, 0, -1):
            if pos - n >= start and (t := self._zh_titles.get(text[pos - n:pos])):
                return t, pos - n
        head = text[max(start, pos - 60):pos]
        m = self._en_title_end.search(head) if self._en_title_end else None
        if m is not None:
            return self._en_titles[m.group(1).lower()], pos - len(head) + m.start(1)
        return None

    def model_person(self, text: str, s: int, e: int, start: int,
                     end: int) -> PersonCandidate | None:
        """A person span a model found, trimmed and checked like the rules' own names:
        honorifics and a possessive off, titles and words that never stand in a name out."""
        if _cjk(text[s:s + 1]):
            s, e = _mend_zh(text, s, e, start, end, self._title_ends_at)
            name = text[s:e]
            if (e - s < 2 or name in NOT_NAMES or all(c in self._side_chars for c in name)
                    or (e - s == 2 and name[-1] in SIDE_ENDINGS)
                    or (s > start and text[s - 1] in MODEL_PLACE_BEFORE)
                    or (s > start and e < end and text[s - 1] in QUOTES_OPEN
                        and text[e] in QUOTES_CLOSE)
                    or any(name.endswith(t) or name.startswith(t) for t in self._zh_endings)):
                return None
        else:
            cut = _EN_MODEL_CUT.search(text, s, e)
            e = cut.start() if cut else e
            name = text[s:e].rstrip()
            e = s + len(name)
            for suffix in ("'s", "’s"):
                if name.endswith(suffix):
                    name, e = name[:-2], e - 2
            words = name.split()
            if (len(words) < 2 or any(w.lower() in EN_NOT_NAME_WORDS
                                      or w.lower() in self._en_titles for w in words)
                    or not all(w[:1].isupper() or w.lower() in EN_NAME_PARTICLES
                               for w in words)):
                return None
        found = self.title_before(text, s, start)
        title, title_start = found if found else (None, s)
        if not _cjk(name[:1]):
            return PersonCandidate(s, e, name, title, title_start, without_nickname(name))
        gloss = _GLOSS.match(text, e, end)  # the English of a CJK name
        return PersonCandidate(s, e, name, title, title_start,
                               gloss.group(1).strip() if gloss else None)

    def find_dotted(self, text: str, start: int, end: int) -> list[PersonCandidate]:
        """Dotted transliterations anywhere (普京 has no dot and must come from the KB),
        with their ``(Latin)`` gloss if one follows. The start is found by walking back
        from the dot over transliteration characters, stopping at a title's end."""
        out: list[PersonCandidate] = []
        covered = start
        for d in _positions_of(_DOT, text, start + 1, end - 1):
            if d < covered or not (_cjk(text[d - 1]) and _cjk(text[d + 1])):
                continue
            s = d
            while (s > start and _cjk(text[s - 1]) and text[s - 1] in TRANSLIT and d - s < 8
                   and not self._title_ends_at(text, s, start)):
                s -= 1
            e = read_zh_name(text, s, end) if s < d else None
            if e is None:
                continue
            gloss = _GLOSS.match(text, e, end)
            out.append(PersonCandidate(s, e, text[s:e], None, s,
                                       gloss.group(1).strip() if gloss else None))
            covered = e
        return out

    def title_ends_at(self, text: str, pos: int, start: int) -> bool:
        """Whether a title (or a word that ends titles) ends right before ``pos``."""
        return self._title_ends_at(text, pos, start)

    def _title_ends_at(self, text: str, pos: int, start: int) -> bool:
        return any(text[pos - n:pos] in self._zh_endings for n in range(1, 9) if pos - n >= start)

    def find_of_state(self, text: str, start: int, end: int) -> list[PersonCandidate]:
        """``Maria del Pilar Mendez Jimenez of Spain``: envoys listed with their states."""
        out: list[PersonCandidate] = []
        if self._of_state is None:
            return out
        for m in self._of_state.finditer(text, start, end):
            words = m.group(1).split()
            if len(words) < 2 or any(w.lower() in EN_NOT_NAME_WORDS for w in words):
                continue
            out.append(PersonCandidate(m.start(1), m.end(1), m.group(1), None, m.start(1)))
        return out

    def find_en(self, text: str, start: int, end: int) -> list[PersonCandidate]:
        out: list[PersonCandidate] = []
        if self._en is None:
            return out
        for m in self._en.finditer(text, start, end):
            name = m.group(2)
            words = name.split()
            if words and words[-1].endswith(("'s", "’s")):
                words[-1] = words[-1][:-2]
            # Trailing words that are titles or particles are not part of the name.
            while words and (words[-1].lower() in EN_NAME_PARTICLES
                             or words[-1].lower() in self._en_titles):
                words.pop()
            if not words or words[0].lower() in self._en_titles:
                continue
            if len(words) == 1 and words[0].isupper():
                continue  # an acronym ("10 PM IST"), not a name
            if any(w.lower() in EN_NOT_NAME_WORDS for w in words):
                continue  # "Prime Minister Office", "Foreign Minister Ministry"
            name = " ".join(words)
            s = m.start(2)
            out.append(PersonCandidate(s, s + len(name), name,
                                       self._en_titles.get(m.group(1).lower()), m.start(1),
                                       without_nickname(name)))
        return out


def _positions_of(char: str, text: str, start: int, end: int) -> Iterator[int]:
    """Every position of ``char`` in ``text[start:end]``, in order (found by ``str.find``)."""
    if end <= start:  # also keeps a negative end from counting from the text's end
        return
    i = text.find(char, start, end)
    while i >= 0:
        yield i
        i = text.find(char, i + 1, end)


def _alternation(words: list[tuple[str, bool]]) -> str:
    """Titles as one pattern, longest first: a title is matched in any case ("US ambassador",
    "army chief") unless it is an acronym (PM, FM, NSA), written in capitals. A prefix tree
    where it matches the same, else the plain alternation."""
    ordered = sorted(words, key=lambda w: len(w[0]), reverse=True)
    tree = alternation(ordered)
    if tree is not None:
        return tree
    return "|".join("(?i:" + re.escape(w) + ")" if case else re.escape(w) for w, case in ordered)


def _mend_zh(text: str, s: int, e: int, start: int, end: int,
             title_ends_at: Callable[[str, int, int], bool]) -> tuple[int, int]:
    """A Chinese name a model found, mended where models cut or glue: function characters
    at its edges off (同X, X和), and a transliteration cut inside a part carried on to the
    left over transliteration characters and across a dash joining double surnames."""
    while s < e and text[s] in MODEL_EDGE_CHARS:
        s += 1
    while e > s and text[e - 1] in MODEL_EDGE_CHARS:
        e -= 1
    if s >= e or not all(c in TRANSLIT or c in NAME_JOINERS for c in text[s:e]):
        return s, e
    while (s > start and text[s - 1] in TRANSLIT and e - s < 12
           and not title_ends_at(text, s, start)):
        s -= 1
    # On the right only across a joiner: characters after a name (通电话, 尼表示) are often
    # transliteration characters too.
    while e + 1 < end and text[e] in NAME_JOINERS and text[e + 1] in TRANSLIT:
        e += 2
        while e < end and text[e] in TRANSLIT and e - s < 16:
            e += 1
    return s, e


def find_abbreviation_runs(text: str, start: int, end: int, abbreviations: dict[str, str],
                           pattern: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    """Single-character state abbreviations in compounds: ``越老关系``, ``中越两国``, ``俄总统``.

    Returns (position, state id) for each abbreviation character that refers to a state.
    ``pattern``: ``abbreviation_pattern(abbreviations)``, when the caller keeps it.
    """
    out: list[tuple[int, str]] = []
    next_abbreviation = pattern or abbreviation_pattern(abbreviations)
    if next_abbreviation is None:
        return out
    i = start
    while i < end:
        found = next_abbreviation.search(text, i, end)
        if found is None:
            break
        i = j = found.start()
        while j < end and (text[j] in abbreviations or text[j] in REGION_ABBREVIATIONS
                           ) and j - i < 4:
            j += 1
        follower = any(text.startswith(w, j)
                       for w in _FOLLOWERS_BY_FIRST.get(text[j:j + 1], ()))
        preceded = i > start and _cjk(text[i - 1]) and text[i - 1] not in "与和同及、"
        if i > start and (text[i - 1].isdigit() or text[i - 1] in DATE_CHARS):
            i = j  # 16日外交部: the day of a date, not Japan
            continue
        at = [k for k in range(i, j) if text[k] in abbreviations]
        if follower and not (preceded and j - i == 1):
            states = [abbreviations[text[k]] for k in at]
            if j - i == 1 or len(set(states)) == len(at):
                out.extend((k, abbreviations[text[k]]) for k in at)
                out.extend((k, org) for k in range(i, j)
                           if (org := REGION_ABBREVIATIONS.get(text[k])) is not None)
        i = j
    return out


def _by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first character: only those can start at a position."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[0]] = (*out.get(w[0], ()), w)
    return out


#: The abbreviation followers by first character (a follower is looked for at every run).
_FOLLOWERS_BY_FIRST = _by_first_char(ABBREV_FOLLOWERS)


def abbreviation_pattern(abbreviations: dict[str, str]) -> re.Pattern[str] | None:
    """One character class of the abbreviation characters: the scan jumps from one to the
    next instead of testing every character of the text."""
    chars = frozenset(k for k in abbreviations if len(k) == 1)
    return _abbreviation_chars(chars) if chars else None


@lru_cache(maxsize=8)
def _abbreviation_chars(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")

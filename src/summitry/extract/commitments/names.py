"""Where a commitment is named: a title in 《》, or a phrase that ends in a head noun
(``…行动计划(2021-2025年)``, ``…Plan of Action``, ``memorandum of understanding on …``).

Chinese is head-final: the name runs left from its head noun until a function word, a verb
that governs it, or punctuation (a verb followed by ``的`` opens a relative clause and stays
inside: ``两国元首达成的重要共识``). English names run left over the modifiers of the head and
right over its complement (``Declaration on the Conduct of Parties…``, ``agreements reached
at…``) and an abbreviation in brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summitry.extract.commitments.cues import CommitmentCues

MAX_ZH_NAME = 32
_ZH_STOP = set("，。；：、！？,;:!?《》\n\r\t ()（）【】[]|·…—")
_ZH_STOP.discard("—")
_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_ZH_TAIL = re.compile(r"(?:\s*[(（][^()（）\n]{1,30}[)）]|\d{4}年?)?")
_SPEECH = re.compile(r"(?:题为|名为|报》|署名文章|讲话|演讲|专访)$")
_EN_WORD = re.compile(r"[A-Za-z0-9][\w’'\-\.$]*")
_EN_TAIL_ABBR = re.compile(r"\s*\([A-Z][A-Za-z0-9\-]{1,12}\)")
_EN_TAIL_NUMBER = re.compile(r"\s+\d{2,4}(?:\s*\(\d{4}\))?(?![\w-])")
_EN_COMPLEMENT_START = re.compile(
    r"\s?(?:on|of|for|against|between|in|with|to combat|reached at|reached|signed at|"
    r"adopted at)\b", re.I)
EN_STOP = frozenset(
    "the a an this that these those its their his her our your and or but which who whom "
    "will would was were is are be been has have had to as by at from into than then "
    "also while after before during since when where what how not no".split())
EN_COMPLEMENT_STOP = frozenset(
    "and or but which who that will would was were is are has have had as by also while "
    "after before during since when where to including focusing line monday tuesday "
    "wednesday thursday friday saturday sunday today yesterday tomorrow january february "
    "march april may june july august september october november december later earlier "
    "next last soon this early".split())


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    head: str  # the head noun as written (lower case for English)
    kind: str
    titled: bool  # in 《》, quoted, or a capitalised proper name
    modifier: str  # what precedes the head inside the name
    #: Where a list of titles this one belongs to starts (``签署《A》《B》``): the verb
    #: before the list governs every title in it.
    list_start: int = -1
    #: A status the construction itself gives (``共建“…”``): (status, statement, cue span).
    preset: tuple[str, str, int, int] | None = None


@lru_cache(maxsize=4)
def _head_regex(cues: CommitmentCues) -> re.Pattern[str]:
    alts = "|".join(h for h, _ in cues.heads)
    if cues.lang == "en":
        # A head glued to the word before by a lost space (``theDeclaration``, a common
        # defect of text taken from web pages) is still a head.
        return re.compile(rf"(?:\b|(?<=[a-z])(?=[A-Z]))(?i:{alts})\b")
    return re.compile(f"(?:{alts})")


@lru_cache(maxsize=4096)
def kind_of(cues: CommitmentCues, head: str) -> tuple[str, str]:
    """(kind, the head pattern's canonical text) for a head as written (the same few heads
    recur in every article: kept)."""
    for pattern, kind in _head_patterns(cues):
        if pattern.fullmatch(head):
            return kind, head.lower() if cues.lang == "en" else head
    return "other", head


@lru_cache(maxsize=4)
def _head_patterns(cues: CommitmentCues) -> list[tuple[re.Pattern[str], str]]:
    flags = re.I if cues.lang == "en" else 0
    return [(re.compile(p, flags), kind) for p, kind in cues.heads]


def _ends_with_head(cues: CommitmentCues, text: str) -> re.Match[str] | None:
    best = None
    for m in _head_regex(cues).finditer(text):
        rest = text[m.end():]
        if rest.strip(" 0123456789年()（）-—–") == "" or _ZH_TAIL.fullmatch(rest):
            best = m
    return best


#: Connectors that stay inside a name when an actor stands on both sides (``东盟与俄罗斯…``).
_ZH_CONNECTORS = frozenset("与和同及")


def find_zh(cues: CommitmentCues, text: str, start: int, end: int,
            actors: dict[int, int] | None = None) -> list[Candidate]:
    """``actors``: each actor mention's start by its end, so that a name never stops inside
    an actor's name (``日本`` ends in ``本``)."""
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for m in _TITLE.finditer(text, start, end):
        # A title in 《》 whose words end in a head noun, unless it is a speech or a paper.
        inner = m.group(1)
        if _SPEECH.search(text[max(start, m.start() - 6):m.start()]):
            continue
        head = _ends_with_head(cues, inner)
        if head is None or cues.rx("not_names").search(inner):
            continue
        kind, canon = kind_of(cues, head.group())
        out.append(Candidate(m.start(1), m.end(1), canon, kind, True, inner[:head.start()],
                             list_start=_title_run_start(text, start, m.start())))
        taken.append((m.start(), m.end()))
    # Programmes named by their construction, with no head noun (``共建“…”``).
    for pattern, kind, status, statement in cues.programmes:
        for m in re.finditer(pattern, text[start:end]):
            s, e = start + m.start(1), start + m.end(1)
            if not any(a <= s < b for a, b in taken):
                out.append(Candidate(s, e, "", kind, True, text[s:e],
                                     preset=(status, statement, start + m.start(), s)))
                taken.append((s, e))
    # Names that run left from a head noun.
    for m in _head_regex(cues).finditer(text, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        left = _zh_left(cues, text, start, m.start(), actors or {})
        tail = _ZH_TAIL.match(text, m.end(), end)
        right = tail.end() if tail else m.end()
        if right < end and text[right] == "”" and "“" in text[left:m.start()]:
            right += 1
            # The quotation closes at the head: the name is what it quotes (``提出的“六点共识”``).
            left = text.rindex("“", left, m.start())
        if cues.rx("not_names").search(text[left:m.end()]):
            continue
        kind, canon = kind_of(cues, m.group())
        # Quoted: the words before the head (``“一带一路”倡议``) or the whole name
        # (``“六点共识”``) stand in quotation marks.
        quoted = (text[m.start() - 1:m.start()] == "”"
                  or (text[left:left + 1] == "“" and text[right - 1:right] == "”"))
        out.append(Candidate(left, right, canon, kind, quoted, text[left:m.start()]))
        taken.append((left, right))
    return _drop_nested(out)


def _zh_left(cues: CommitmentCues, text: str, floor: int, head: int,
             actors: dict[int, int]) -> int:
    """Where a name ending at ``head`` starts, scanning left."""
    i = head
    limit = max(floor, head - MAX_ZH_NAME)
    starts = set(actors.values())
    while i > limit:
        ch = text[i - 1]
        if i in actors and actors[i] >= limit:
            i = actors[i]  # an actor's name is read whole
            continue
        if ch in _ZH_STOP:
            break
        if ch in _ZH_CONNECTORS and i < head and ((i in starts and (i - 1) in actors)
                                                  or cues.rx("generic").fullmatch(text[i:head])):
            # Between two actors (``东盟与俄罗斯``), or before words that name nothing on
            # their own (``安全与合作的新架构``): the connector joins the name's own nouns.
            i -= 1
            continue
        word = _boundary_ending_at(cues, text, i, limit)
        if word and (text[i - 1:i + 1] in cues.glue
                     or (len(word) == 1 and text[i - 2:i] in cues.glue)):
            word = ""  # one word across the boundary: 对接, 重要, 日本, 自由
        if word:
            # A verb before 的 opens a relative clause that stays inside the name.
            if text[i:i + 1] == "的" and word not in ("对", "就", "与", "同", "和", "在", "将"):
                i -= len(word)
                continue
            break
        i -= 1
    while i < head and text[i] in "的了”":
        i += 1
    return i


def _title_run_start(text: str, floor: int, pos: int) -> int:
    """Start of the run of adjacent titles ending at ``pos`` (``《A》、《B》和《C》``)."""
    while True:
        m = re.search(r"《[^《》]{1,60}》[、和及与,，]?$", text[max(floor, pos - 70):pos])
        if not m:
            return pos
        pos = pos - (len(m.group(0)))


def _boundary_ending_at(cues: CommitmentCues, text: str, i: int, floor: int) -> str:
    for n in (4, 3, 2, 1):
        if i - n >= floor and text[i - n:i] in cues.boundaries:
            return text[i - n:i]
    return ""


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in cands:
        if out and out[-1].start <= c.start and c.end <= out[-1].end:
            continue
        out.append(c)
    return out


def find_en(cues: CommitmentCues, text: str, start: int, end: int) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _head_regex(cues).finditer(text, start, end):
        left = _en_left(cues, text, start, m.start())
        right = m.end()
        number = _EN_TAIL_NUMBER.match(text, right, end)
        if number:
            right = number.end()
        abbr = _EN_TAIL_ABBR.match(text, right, end)
        if abbr:
            right = abbr.end()
        right = _en_complement(text, right, end)
        abbr = _EN_TAIL_ABBR.match(text, right, end)
        if abbr:
            right = abbr.end()
        name = text[left:right]
        if cues.rx("not_names").search(text[left:m.end()]):
            continue
        titled = any(w[0].isupper() for w in _EN_WORD.findall(name)[0 if left > start else 1:])
        kind, canon = kind_of(cues, m.group())
        out.append(Candidate(left, right, canon, kind, titled, text[left:m.start()]))
    return _drop_nested(out)


def _en_left(cues: CommitmentCues, text: str, floor: int, head: int) -> int:
    pos = head
    words = 0
    while words < 8:
        m = re.search(r"([\w’'\-\.$+]+)(\s*)$", text[max(floor, pos - 40):pos])
        if not m:
            break
        word = m.group(1)
        w = word.lower().strip(".")
        verbal = re.fullmatch(r"\w+(?:ed|ing|ly)", w) and not word[0].isupper()
        if (w in EN_STOP or w in cues.left_stops or verbal) and not _inside_proper_name(
                text, floor, pos - len(m.group(0)), pos, w):
            break
        if word.endswith(".") and len(word) > 3:
            break
        pos = pos - len(m.group(0))
        words += 1
    return pos


def _inside_proper_name(text: str, floor: int, start: int, pos: int, w: str) -> bool:
    """``and``/``of`` joining two capitalised words is part of one name (``Belt and Road
    Initiative``, ``Treaty of Amity``)."""
    if w not in ("and", "of", "for", "on"):
        return False
    after = text[pos:pos + 1]
    before = re.search(r"([\w’'\-]+)\s*$", text[max(floor, start - 30):start])
    return after.isupper() and before is not None and before.group(1)[0].isupper()


def _en_complement(text: str, pos: int, end: int) -> int:
    m = _EN_COMPLEMENT_START.match(text, pos, end)
    if not m:
        return pos
    cur = m.end()
    last = pos
    words = 0
    rel = 0
    for w in re.finditer(r"\s*([\w’'\-\.$]+|\(\w+\))", text[cur:end]):
        if w.start() != rel:
            break
        rel = w.end()
        token = w.group(1).strip(".")
        if token.lower() in EN_COMPLEMENT_STOP or words >= 9:
            break
        words += 1
        cur_end = cur + w.end()
        if w.group(1).endswith(".") and not re.fullmatch(r"[A-Z]\.|[\d.]+", w.group(1)):
            last = cur_end - 1
            break
        last = cur_end
        if text[last:last + 1] in ",;:":
            break
    if not words:
        return pos
    # A complement cut at a stop word does not end on a preposition (``… in the East Sea in``).
    trail = re.search(r"(?:\s+(?:in|on|of|for|the|a|an|with|at|to|and))+$", text[pos:last], re.I)
    return pos + trail.start() if trail else last

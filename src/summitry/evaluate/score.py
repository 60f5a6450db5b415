"""Scoring extraction output (contract v1 records) against gold: matching and figures.

The rules are those of ``../shared/eval/README.md``, and the figures must equal those of the
shared scorer (``../shared/eval/score.py``), because the held-out set is scored by that one:
a local figure that disagrees with the official one would mislead more than it helps. Where
the README leaves a choice open (which of two equally good predictions a gold meeting takes,
what an unreadable predicted value counts as) this module makes the shared scorer's choice
and says so where it does.

Predictions stay the plain JSON objects of the contract: they are system output under test,
so every read of them tolerates a missing or mistyped field instead of trusting it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from summitry.evaluate.gold import (
    Chair,
    GoldDoc,
    GoldMeeting,
    Ref,
    ref_label,
)
from summitry.names import dice, name_key
from summitry.nlp.dates.partial import PartialDate

Record = Mapping[str, Any]
#: What an item can be recognised by: ``("code", "ADMMPLUS")`` or ``("name", "wangyi")``.
Key = tuple[str, str]
Keys = frozenset[Key]
#: One figure: a count, a share (None when nothing was there to count), or P/R/F1.
Figure = int | float | dict[str, int | float] | None

#: Name similarity (bigram Dice) a dated pair of meetings needs when no participant is
#: shared, and the stricter one an undated pair needs, having nothing else to go on.
DATED_NAME_DICE = 0.4
UNDATED_NAME_DICE = 0.6

#: Letters that carry no combining mark to strip (``đ`` is a letter of its own in Unicode),
#: folded by hand so that ``Đặng`` and ``Dang`` normalize alike.


# ---- normalization and similarity --------------------------------------------------------

def code_key(text: str) -> str:
    """A code without punctuation, ``+`` read as PLUS: ``ADMM-Plus`` and ``ADMM+`` agree."""
    return "".join(c for c in text.upper().replace("+", "PLUS") if c.isalnum())


def squeeze(text: str) -> str:
    """Text without white space: body fragments are compared regardless of line breaks."""
    return "".join(text.split())


# ---- keys: how gold items and predicted entities recognise each other --------------------

def ref_keys(ref: Ref) -> Keys:
    """A gold item's keys. A bare string may be a code (``RUS``) or a name (``东盟基金会``),
    so it is tried as both; a person is known by names only."""
    if isinstance(ref, str):
        return frozenset({("code", code_key(ref)), ("name", name_key(ref))})
    return frozenset(("name", name_key(n)) for n in ref.forms)


def chair_keys(chair: Chair) -> Keys:
    """Naming any of a chair's alternatives (the state or its chairperson) names the chair."""
    return frozenset().union(*(ref_keys(r) for r in chair))


def entity_keys(entity: Record) -> Keys:
    """A predicted entity's keys: its code, its names in every language and its mentions'
    texts, so a gold ``拉夫罗夫`` finds ``Sergey Lavrov`` through the mention it came from."""
    keys: set[Key] = set()
    if isinstance(code := entity.get("code"), str) and code:
        keys.add(("code", code_key(code)))
    names: list[object] = [entity.get("name")]
    if isinstance(by_lang := entity.get("names"), Mapping):
        names.extend(by_lang.values())
    mentions = entity.get("mentions")
    for mention in mentions if isinstance(mentions, list) else []:
        if isinstance(mention, Mapping):
            names.append(mention.get("text"))
    keys.update(("name", name_key(n)) for n in names if isinstance(n, str) and n.strip())
    return frozenset(keys)


def entity_label(entity: Record) -> str:
    for value in (entity.get("name"), entity.get("code")):
        if isinstance(value, str) and value:
            return value
    return str(entity.get("id"))


@dataclass(frozen=True, slots=True)
class Pairing:
    """The outcome of pairing gold items with predicted ones, one to one."""

    matched: int
    missed: tuple[int, ...]  # gold indices left without a prediction
    unmatched: tuple[int, ...]  # predicted indices left without a gold item


def pair_greedily(gold: Sequence[Keys], predicted: Sequence[Keys]) -> Pairing:
    """Each gold item, in order, takes the first free prediction sharing a key with it.

    Greedy rather than optimal because that is the shared scorer's rule; with the handful
    of items an article holds the two rarely differ, and when they do the figures must not.
    """
    free = list(range(len(predicted)))
    missed = []
    for g, keys in enumerate(gold):
        hit = next((i for i in free if keys & predicted[i]), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
    return Pairing(len(gold) - len(missed), tuple(missed), tuple(free))


def chairs_agree(gold: Sequence[Chair], predicted: Sequence[Keys]) -> bool:
    """Every gold chair is named by a predicted one and every predicted chair names a gold
    one. Not one to one: a prediction listing both a state and its chairperson names one
    chair twice, which is right."""
    gold_keys = [chair_keys(c) for c in gold]
    return (all(any(g & p for p in predicted) for g in gold_keys)
            and all(any(g & p for g in gold_keys) for p in predicted))


# ---- accumulators ------------------------------------------------------------------------

@dataclass(slots=True)
class Counts:
    """True/false positives and false negatives, for precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def figure(self) -> dict[str, int | float]:
        # 0.0 rather than None when nothing was predicted or expected: the shared scorer's
        # convention, so the baseline pins the same numbers it reports.
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Share:
    """The share of checks that passed; None when there was nothing to check."""

    passed: int = 0
    total: int = 0

    def add(self, ok: bool) -> bool:
        self.total += 1
        self.passed += ok
        return ok

    def figure(self) -> float | None:
        return round(self.passed / self.total, 4) if self.total else None


@dataclass
class Scoreboard:
    """Every figure, accumulated document by document; field order is the report's order
    and the shared scorer's key order."""

    docs: int = 0
    missing_docs: int = 0
    body_include: Share = field(default_factory=Share)
    body_exclude_clean: Share = field(default_factory=Share)
    title: Share = field(default_factory=Share)
    persons: Counts = field(default_factory=Counts)
    states: Counts = field(default_factory=Counts)
    organizations: Counts = field(default_factory=Counts)
    meetings_reported: Counts = field(default_factory=Counts)
    meetings_mentioned_recall: Share = field(default_factory=Share)
    date: Share = field(default_factory=Share)
    date_exact: Share = field(default_factory=Share)
    format: Share = field(default_factory=Share)
    level: Share = field(default_factory=Share)
    ordinal: Share = field(default_factory=Share)
    chairs: Share = field(default_factory=Share)
    participants: Counts = field(default_factory=Counts)
    offsets_valid: Share = field(default_factory=Share)

    def figures(self) -> dict[str, Figure]:
        out: dict[str, Figure] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.figure() if isinstance(value, Counts | Share) else value
        return out


FIGURE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Scoreboard))


@dataclass(frozen=True, slots=True)
class Score:
    figures: dict[str, Figure]
    #: One line per miss, each starting with the document id.
    misses: tuple[str, ...]


# ---- scoring -----------------------------------------------------------------------------

def score(gold: Iterable[GoldDoc], predictions: Mapping[str, Record],
          texts: Mapping[str, str] | None = None) -> Score:
    """Score ``predictions`` (contract records by id) against ``gold``.

    ``texts`` holds each document's original input text, for ``offsets_valid``; documents
    without one are not checked. Predictions for documents the gold lacks are ignored.
    """
    board = Scoreboard()
    misses: list[str] = []
    for doc in gold:
        _DocumentScorer(board, misses, doc, predictions.get(doc.id),
                        (texts or {}).get(doc.id)).run()
    return Score(board.figures(), tuple(misses))


@dataclass(frozen=True, slots=True)
class _PredictedMeeting:
    """The parts of a predicted meeting the rules read, with entity ids resolved to keys."""

    name: str | None
    start: str | None
    format: object
    level: object
    ordinal: object
    reported: bool
    participants: tuple[Keys, ...]
    chairs: tuple[Keys, ...]


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


class _DocumentScorer:
    """Scores one gold document against its prediction, adding to the board and the misses."""

    def __init__(self, board: Scoreboard, misses: list[str], gold: GoldDoc,
                 pred: Record | None, text: str | None) -> None:
        self.board, self.misses, self.gold, self.text = board, misses, gold, text
        self.board.docs += 1
        if pred is None:
            board.missing_docs += 1
            self.miss("no prediction for this document")
        self.pred: Record = pred or {}
        self.entities = [e for e in _list(self.pred.get("entities")) if isinstance(e, Mapping)]
        by_id: dict[object, Record] = {}
        for e in self.entities:
            by_id[e.get("id")] = e
        self.by_id = by_id

    def miss(self, message: str) -> None:
        self.misses.append(f"{self.gold.id}: {message}")

    def run(self) -> None:
        self.score_text()
        self.score_offsets()
        self.score_entities()
        for reported in (True, False):
            self.score_meetings(reported)

    def score_text(self) -> None:
        body = self.pred.get("body")
        body = squeeze(body) if isinstance(body, str) else ""
        for fragment in self.gold.body_include:
            if not self.board.body_include.add(squeeze(fragment) in body):
                self.miss(f"body lacks {fragment!r}")
        for fragment in self.gold.body_exclude:
            if not self.board.body_exclude_clean.add(squeeze(fragment) not in body):
                self.miss(f"body keeps {fragment!r}")
        if self.gold.title:  # a null gold title (the text starts straight in) is not scored
            title = self.pred.get("title")
            title = title if isinstance(title, str) else ""
            if not self.board.title.add(squeeze(title) == squeeze(self.gold.title)):
                self.miss(f"title {title or None!r}, gold {self.gold.title!r}")

    def score_offsets(self) -> None:
        if self.text is None:
            return
        for entity in self.entities:
            for mention in _list(entity.get("mentions")):
                if not self.board.offsets_valid.add(_cuts_out(self.text, mention)):
                    self.miss(f"mention offsets do not cut out their text: {mention!r}")

    def score_entities(self) -> None:
        neutral = [ref_keys(r) for r in self.gold.neutral]
        for kind, gold_items, entity_type in (
                ("persons", self.gold.persons, "person"),
                ("states", self.gold.states, "state"),
                ("organizations", self.gold.organizations, "organization")):
            found = [e for e in self.entities if e.get("type") == entity_type]
            keys = [entity_keys(e) for e in found]
            pairing = pair_greedily([ref_keys(r) for r in gold_items], keys)
            # An extra entity the gold calls neutral is neither required nor wrong.
            extra = [i for i in pairing.unmatched if not any(n & keys[i] for n in neutral)]
            counts: Counts = getattr(self.board, kind)
            counts.add(tp=pairing.matched, fp=len(extra), fn=len(pairing.missed))
            if pairing.missed:
                labels = [ref_label(gold_items[i]) for i in pairing.missed]
                self.miss(f"{kind} not found: {', '.join(labels)}")
            if extra:
                self.miss(f"extra {kind}: {', '.join(entity_label(found[i]) for i in extra)}")

    def keys_of(self, ids: object) -> tuple[Keys, ...]:
        """Keys of the entities a meeting refers to; an id naming no entity is read as a
        name, as the shared scorer does, so a system that writes names there is not zeroed."""
        out = []
        for ref in _list(ids):
            entity = self.by_id.get(ref)
            out.append(entity_keys(entity) if entity else
                       frozenset({("name", name_key(str(ref)))}))
        return tuple(out)

    def predicted_meeting(self, record: Record) -> _PredictedMeeting:
        date = record.get("date")
        start = date.get("start") if isinstance(date, Mapping) else None
        name = record.get("name")
        return _PredictedMeeting(
            name=name if isinstance(name, str) else None,
            start=start if isinstance(start, str) else None,
            format=record.get("format"), level=record.get("level"),
            ordinal=record.get("ordinal"), reported=bool(record.get("reported", True)),
            participants=self.keys_of(record.get("participants")),
            chairs=self.keys_of(record.get("chairs")))

    def score_meetings(self, reported: bool) -> None:
        """Pair gold meetings with predicted ones of the same kind (reported or mentioned):
        each gold meeting, in order, takes the best-fitting free prediction."""
        gold = [m for m in self.gold.meetings if m.reported == reported]
        pool = [self.predicted_meeting(r) for r in _list(self.pred.get("meetings"))
                if isinstance(r, Mapping)]
        pool = [m for m in pool if m.reported == reported]
        free = set(range(len(pool)))
        for meeting in gold:
            fits = [(fit, i) for i in free if (fit := meeting_fit(meeting, pool[i])) is not None]
            # On equal fit the later prediction wins: the shared scorer's tie rule.
            best = max(fits)[1] if fits else None
            if best is not None:
                free.discard(best)
            if not reported:
                if not self.board.meetings_mentioned_recall.add(best is not None):
                    self.miss(f"mentioned meeting not found: {meeting.name} {meeting.date}")
            elif best is None:
                self.board.meetings_reported.add(fn=1)
                self.miss(f"reported meeting not found: {meeting.name} {meeting.date}")
            else:
                self.board.meetings_reported.add(tp=1)
                self.score_fields(meeting, pool[best])
        if reported and free:
            self.board.meetings_reported.add(fp=len(free))
            names = [pool[i].name for i in sorted(free)]
            self.miss(f"extra reported meetings: {names}")

    def score_fields(self, gold: GoldMeeting, pred: _PredictedMeeting) -> None:
        board, where = self.board, f"in {gold.name!r}:"
        accepted = (gold.date, *gold.date_accept)
        board.date_exact.add(pred.start == gold.date)
        if not board.date.add(pred.start in accepted):
            self.miss(f"{where} date {pred.start!r}, gold {list(accepted)}")
        for name, expected, got in (("format", gold.format, pred.format),
                                    ("level", gold.level, pred.level)):
            # A null gold format or level means the text does not tell: nothing to score.
            if expected is not None and not getattr(board, name).add(got == expected):
                self.miss(f"{where} {name} {got!r}, gold {expected!r}")
        if not board.ordinal.add(pred.ordinal == gold.ordinal):
            self.miss(f"{where} ordinal {pred.ordinal!r}, gold {gold.ordinal!r}")
        if gold.chairs is not None and not board.chairs.add(
                chairs_agree(gold.chairs, pred.chairs)):
            gold_chairs = [[ref_label(r) for r in chair] for chair in gold.chairs]
            self.miss(f"{where} chairs differ from gold {gold_chairs}")
        pairing = pair_greedily([ref_keys(r) for r in gold.participants], pred.participants)
        board.participants.add(tp=pairing.matched, fp=len(pairing.unmatched),
                               fn=len(pairing.missed))
        if pairing.missed:
            labels = [ref_label(gold.participants[i]) for i in pairing.missed]
            self.miss(f"{where} participants missing: {', '.join(labels)}")
        if pairing.unmatched:
            self.miss(f"{where} {len(pairing.unmatched)} extra participant(s)")


def meeting_fit(gold: GoldMeeting, pred: _PredictedMeeting) -> float | None:
    """How well a predicted meeting fits a gold one, or None when the rules rule it out.

    Dated on both sides: the dates must agree and either the names must be alike or a
    participant shared; a date alone would pair any two meetings of one busy day. Undated
    on either side: only a closer name can tell. Among allowed candidates the name
    similarity plus the share of gold participants found decides.
    """
    similarity = dice(gold.name, pred.name)
    shared = sum(1 for r in gold.participants
                 if any(ref_keys(r) & keys for keys in pred.participants))
    gold_date, pred_date = PartialDate.parse(gold.date), PartialDate.parse(pred.start)
    if gold_date is not None and pred_date is not None:
        allowed = gold_date.agrees_with(pred_date) and (similarity >= DATED_NAME_DICE
                                                        or shared >= 1)
    else:
        allowed = similarity >= UNDATED_NAME_DICE
    return similarity + shared / (1 + len(gold.participants)) if allowed else None


def _cuts_out(text: str, mention: object) -> bool:
    """Whether a mention's offsets cut exactly its text out of the original input."""
    if not isinstance(mention, Mapping):
        return False
    start, end, said = mention.get("start"), mention.get("end"), mention.get("text")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return False
    return isinstance(said, str) and text[start:end] == said


def format_table(figures: Mapping[str, Figure]) -> str:
    """The figures as an aligned table: shares in one column, P/R/F1 with their counts."""
    lines = [f"{'figure':<27} {'value':>7} {'p':>7} {'r':>7} {'f1':>7} {'tp':>5} {'fp':>5}"
             f" {'fn':>5}"]
    for key, value in figures.items():
        if isinstance(value, dict):
            lines.append(f"{key:<27} {'':>7} {value['p']:>7.4f} {value['r']:>7.4f} "
                         f"{value['f1']:>7.4f} {value['tp']:>5} {value['fp']:>5} "
                         f"{value['fn']:>5}")
        elif isinstance(value, float):
            lines.append(f"{key:<27} {value:>7.4f}")
        else:
            lines.append(f"{key:<27} {'-' if value is None else value:>7}")
    return "\n".join(lines)

"""The meeting rules as data: trigger words, meeting nouns, level, format and tense cues.

One :class:`Cues` table per language (``zh.py``, ``en.py``). The extractor's code knows the
*shape* of diplomatic news (a trigger verb between two parties, a name that ends in a
meeting noun, a chair phrase); every word it looks for is listed here, so a reviewer can
read, extend or correct the vocabulary without touching the logic. Patterns are regular
expressions over the analysis text (simplified Chinese, ASCII folded), case-insensitive for
English unless a pattern says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    """A verb phrase that states an interaction between parties.

    `kind`: the contract kind (``talks``, ``call``, ``visit``, ``other``); `sub`: finer type
    (``talks``, ``reception``, ``call``, ``visit``, ``credentials``, ``ceremony``).
    `objects`: where the other party is written: ``"before"`` (``A同B举行会谈``: after a
    partner marker, before the verb), ``"after"`` (``A会见B``, ``A met B``) or ``"coord"``
    (``A and B held talks``: the parties are the coordinated subject) or ``"lead"`` (``During
    a phone call on Tuesday, A congratulated B``: a fronted phrase names the meeting; the
    main clause after it holds the parties, subject then object).
    `split`: a list of named counterparts is one meeting per counterpart (``会见A、B``);
    talks split only when the text says they were separate (``分别``, ``separate``).
    `format`: the format the verb itself implies (``phone`` for a call), if any.
    `passive`: the verb is passive (``A was received by B``): the party after it is the
    subject of the active verb (B received A).
    """

    pattern: re.Pattern[str]
    kind: str
    sub: str
    objects: str
    split: bool = False
    format: str | None = None
    passive: bool = False


@dataclass(frozen=True)
class Cues:
    lang: str
    triggers: tuple[Trigger, ...]
    #: A meeting name ends with one of these nouns (longest first).
    meeting_nouns: re.Pattern[str]
    #: Words that may not be inside a meeting name: verbs and prepositions that end it.
    name_stops: re.Pattern[str]
    #: Names that look like meetings but are not diplomatic ones (a meeting room, a party
    #: congress, a press conference).
    not_meetings: re.Pattern[str]
    #: Level cues inside a name or beside a title: (pattern, level); the rightmost wins.
    level_cues: tuple[tuple[re.Pattern[str], str], ...]
    #: Format cues in the clause: (pattern, format).
    format_cues: tuple[tuple[re.Pattern[str], str], ...]
    #: Ordinals: a pattern whose group 1 is the number (digits or Chinese numerals).
    ordinals: tuple[re.Pattern[str], ...]
    #: The chair phrases: a chair is named before (``X主持``) or after (``chaired by X``).
    chair_before: re.Pattern[str]
    chair_after: re.Pattern[str]
    #: Co-chairing with one named chair implies the counterpart co-chaired.
    co_chair: re.Pattern[str]
    #: Attendance: the persons and states of the clause take part in the meeting.
    attend: re.Pattern[str]
    #: A delegation of a state (``越南代表团``, ``Vietnamese delegation``) takes part.
    delegation: re.Pattern[str]
    #: Phrases that refer back to a meeting already named (``会上``, ``主持了会议``,
    #: ``the event``).
    anaphora: re.Pattern[str]
    #: Phrases that place a clause inside a visit or event already named.
    during: re.Pattern[str]
    #: The event happens on the same day as the previous one (``当天``, ``the same day``).
    same_day: re.Pattern[str]
    #: A meeting the text recalls (an earlier one) or plans (a future one).
    recall: re.Pattern[str]
    plan: re.Pattern[str]
    #: Plans that hold whatever the date says: the meeting is the topic being prepared or
    #: agreed, not the event reported (``筹备``, ``preparations for``, ``agreed to hold``).
    plan_firm: re.Pattern[str]
    #: Around another event: its date is not this sentence's day (``on the sidelines of``).
    occasion: re.Pattern[str]
    #: Split markers: the counterparts met separately.
    separately: re.Pattern[str]
    #: Partner markers between two parties (``同``, ``与``, ``with``).
    partner: re.Pattern[str]
    #: Conjunctions between list items.
    conjunction: re.Pattern[str]
    #: Words of speech: the subject of such a sentence speaks at the meeting reported.
    speech: re.Pattern[str]
    #: Titles of unnamed participants and the level they imply (``大使`` → other).
    unnamed_titles: tuple[tuple[re.Pattern[str], str], ...]
    #: "the two leaders", "两位总理": the participants of the previous meeting.
    both_sides: re.Pattern[str]
    #: An invitation (``应X邀请``, ``at the invitation of X``): X hosts a visit.
    invitation: re.Pattern[str]
    #: A plan written after the meeting it plans (``A、B和C也将于…举行``): searched from the
    #: meeting's end to the end of its clause.
    plan_after: re.Pattern[str] = re.compile(r"(?!)")
    #: Passive attendance: the attendees follow (``is being attended by``, ``出席者有``).
    attended_by: re.Pattern[str] = re.compile(r"(?!)")
    #: Navigation and teaser lines (上一篇:, 相关新闻, Read more:): they state no meeting.
    teaser: re.Pattern[str] = re.compile(r"(?!)")
    #: After a meeting's name: a mechanism, not an event (…等多边机制, …等平台).
    mechanism_after: re.Pattern[str] = re.compile(r"(?!)")
    #: Speech verbs before a named meeting: the speaker refers to a meeting, which the
    #: article does not report (王毅说，X取得丰硕成果).
    speech_before: re.Pattern[str] = re.compile(r"(?!)")
    #: A completed event in the meeting's clause (took place, was held): a date a day or
    #: two after the publication date is then a time-zone or stamp gap, not a plan.
    done: re.Pattern[str] = re.compile(r"(?!)")
    #: A meeting called off or put off (``取消``, ``推迟``, ``cancelled``, ``postponed``).
    cancel: re.Pattern[str] = re.compile(r"(?!)")
    #: A counterpart written as a counted plural ("met a number of leaders", 会见了多国
    #: 领导人): the persons are listed right after, when the list opens with
    #: :attr:`list_lead` ("Among them were A and B", 其中包括A、B); one meeting each.
    list_ahead: re.Pattern[str] = re.compile(r"(?!)")
    #: Split markers written after the counterparts ("met A and B separately"): searched
    #: from the trigger to the end of its clause.
    separately_after: re.Pattern[str] = re.compile(r"(?!)")
    #: Talks that were both pairwise and all together (``举行双边和三边会谈``, "held bilateral
    #: and trilateral meetings with A and B"): one meeting per counterpart and one of all.
    pairs_and_all: re.Pattern[str] = re.compile(r"(?!)")
    list_lead: re.Pattern[str] = re.compile(r"(?!)")
    #: After a meeting's name, the phrase that opens the list of who attended it ("X峰会
    #: 聚集十多国领袖，包括A、B", "the summit brought together leaders including A and B").
    attendee_list: re.Pattern[str] = re.compile(r"(?!)")
    #: Written right before a meeting's name, the phrase that makes it the occasion of the
    #: clause's talks ("met B on the sidelines of the G20 summit"): the parties attend it.
    occasion_before: re.Pattern[str] = re.compile(r"(?!)")
    #: Written right after a meeting's name, the same ("出席X之机与B会面", "X期间会见B").
    occasion_after: re.Pattern[str] = re.compile(r"(?!)")


def cues_for(lang: str | None) -> Cues | None:
    """The cue table for a language code (``zh``, ``zh-Hant``, ``en``), or None."""
    base = (lang or "").split("-")[0]
    if base == "zh":
        from summitry.extract.patterns.zh import CUES as ZH

        return ZH
    if base == "en":
        from summitry.extract.patterns.en import CUES as EN

        return EN
    return None

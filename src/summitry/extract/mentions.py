"""All meeting mentions of a document, sentence by sentence: named meetings, interaction
verbs and back-references.
"""

from __future__ import annotations

from summitry.extract.anaphora import anaphors
from summitry.extract.model import MeetingMention
from summitry.extract.named import named_in
from summitry.extract.planned_en import planned_meetings
from summitry.extract.planned_zh import planned_trips
from summitry.extract.reader import Reader
from summitry.extract.recalled import recalled_visits
from summitry.extract.recalled_en import order_sessions, prepared_events, scheduled_debates
from summitry.extract.recalled_legs import split_tours
from summitry.extract.recalled_refs import back_references
from summitry.extract.recalled_series import place_summits, recalled_sessions
from summitry.extract.recalled_since import since_editions
from summitry.extract.triggers import events_in


def find_mentions(rd: Reader) -> list[MeetingMention]:
    out: list[MeetingMention] = []
    sentences = ([rd.v.title_sentence] if rd.v.title_sentence else []) + rd.v.sentences
    previous: list[MeetingMention] = []
    for sent in sentences:
        if rd.c.teaser.match(rd.text, sent.start, sent.end):
            continue  # navigation and teasers never create meetings
        named = named_in(rd, sent)
        events = events_in(rd, sent, named, previous)
        found = named + events + anaphors(rd, sent, named)
        found += recalled_visits(rd, sent, found)
        found += place_summits(rd, sent, found)
        found += order_sessions(rd, sent, found)
        found += scheduled_debates(rd, sent, found)
        found += prepared_events(rd, sent, found)
        found += since_editions(rd, sent, found)
        found += back_references(rd, sent, found)
        found += planned_meetings(rd, sent, found)
        found += planned_trips(rd, sent, found)
        found = sorted(found + recalled_sessions(rd, sent, found), key=lambda m: m.start)
        for m in found:
            m.in_title = sent.paragraph == -1
        out.extend(found)
        if events:
            previous = events
    return split_tours(rd, out)

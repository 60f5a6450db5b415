"""Named meetings of one sentence with the chairs, attendance, tense and format the sentence
states about them.
"""

from __future__ import annotations

from summitry.extract.chairs import attach_chairs, attendance, chair_phrases
from summitry.extract.cuewords import format_of
from summitry.extract.event_names import read_tense
from summitry.extract.model import MeetingMention
from summitry.extract.named_en import named_en
from summitry.extract.named_zh import named_zh
from summitry.extract.reader import Reader
from summitry.nlp.sentences import Sentence


def named_in(rd: Reader, sent: Sentence) -> list[MeetingMention]:
    found = named_zh(rd, sent) if rd.zh else named_en(rd, sent)
    chairs = chair_phrases(rd, sent)
    for m in found:
        attach_chairs(rd, m, chairs, found)
        attendance(rd, m, sent)
        read_tense(rd, m)
        m.format_cue = m.format_cue or format_of(rd, m)
    return found

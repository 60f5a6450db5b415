"""A reporting tail (", the ministry said") after a date does not make an announced event
past: the clause's own future marker speaks, however long the meeting's name before the
date. Sentences written for these tests; the past and unmarked cases stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from summitry.nlp.dates import Anchor, find_times

ANCHOR = Anchor(dt.date(2023, 11, 14))

CASES = [
    # announced, with a long name between the verb and the date
    ("Defence Minister Rajnath Singh is set to attend the 10th ASEAN Defence Ministers' "
     "Meeting-Plus and related meetings in Jakarta, Indonesia, from November 16-17, the "
     "Ministry of Defence said.", "November 16-17", "2023-11-16"),
    ("Prime Minister Anthony Albanese will travel to the Asia-Pacific Economic Cooperation "
     "Leaders' Meeting in San Francisco on November 16, his office announced.",
     "November 16", "2023-11-16"),
    # past: the event's own verb
    ("The two defence ministers met in Jakarta on November 16, the ministry said.",
     "November 16", "2022-11-16"),
    # no reporting tail: the clause's past marker
    ("The ministers held talks on November 16 after a long debate.",
     "November 16", "2022-11-16"),
]


@pytest.mark.parametrize(("text", "surface", "value"), CASES)
def test_a_reporting_tail_does_not_set_the_events_tense(text: str, surface: str,
                                                       value: str) -> None:
    assert (surface, value) in [(t.text, t.value) for t in find_times(text, "en", ANCHOR)]

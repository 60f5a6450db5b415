"""English numbered ministerial councils, written for these tests in wire and organisation
press-release styles; a governing body named without a number is no meeting."""

from __future__ import annotations

import pytest
from meeting_helpers import meetings

PUB = {"meta_published": "2023-12-01"}

COUNCILS = [
    "The 30th Ministerial Council of the Organization for Security and Co-operation in Europe "
    "opened in Skopje on Thursday.",
    "SKOPJE, Nov 30 (Reuters) - The 30th OSCE Ministerial Council opened in Skopje on Thursday.",
    "Foreign ministers gathered for the 30th Ministerial Council of the OSCE in Skopje on "
    "Thursday.",
]


@pytest.mark.parametrize("text", COUNCILS)
def test_a_numbered_ministerial_council_is_a_meeting(text: str):
    found, _ = meetings(text, **PUB)
    councils = [m for m in found if "Ministerial Council" in (m["name"] or "")]
    assert len(councils) == 1 and councils[0]["ordinal"] == 30


def test_the_council_as_a_body_is_no_meeting():
    text = "The European Council is the body that defines the EU's political direction."
    found, _ = meetings(text, **PUB)
    assert not found

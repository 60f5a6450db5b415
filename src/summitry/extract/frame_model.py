"""The frame of one trigger: the parties read around it, shared by the frame readers
(:mod:`summitry.extract.frames`, :mod:`summitry.extract.frame_visits`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from summitry.extract.parties import Group


@dataclass
class Frame:
    """The parties of one trigger: subject and counterpart groups, a visit's destination and
    inviters, the clause bounds they were read from."""

    subj: list[Group] = field(default_factory=list)
    obj: list[Group] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    inviters: list[str] = field(default_factory=list)
    lo: int = 0
    hi: int = 0
    #: the sentence's bounds: an apposition may carry the object past the clause end; a
    #: fronted phrase ("During a phone call, …") names parties after its clause
    sent_start: int = 0
    sent_end: int = 0
    #: the counterparts come from a list after a counted plural ("met a number of
    #: leaders. Among them were A and B"): one meeting each
    listed: bool = False
    #: the subject is the guest a host addresses (你这次访华)
    addressed: bool = False

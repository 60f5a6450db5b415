"""ISO 8601 dates whose year, month or day may be unknown (``2021-01-26``, ``2020-11``,
``--06-17``, ``2020``): read by meeting assembly and by the scorer alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE = re.compile(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date whose year, month or day the text may leave unknown."""

    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: object) -> PartialDate | None:
        """The parts of an ISO 8601 (partial) date, or None when ``value`` is not one."""
        if not isinstance(value, str):
            return None
        value = value.strip()
        if (m := _DATE.fullmatch(value)) is not None:
            year = None if m.group(1) == "-" else int(m.group(1))
            return cls(year, int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        if _YEAR.fullmatch(value):
            return cls(int(value), None, None)
        return None

    def agrees_with(self, other: PartialDate) -> bool:
        """Every part both dates give is equal, and they give at least one part in common.

        ``--06-17`` agrees with ``2020-06-17`` (the day and month match, one year is
        unknown); ``2020-11`` agrees with ``2020-11-05``; ``2020`` and ``--06-17`` share no
        part, so nothing says they are the same day.
        """
        pairs = [(a, b) for a, b in zip((self.year, self.month, self.day),
                                        (other.year, other.month, other.day), strict=True)
                 if a is not None and b is not None]
        return bool(pairs) and all(a == b for a, b in pairs)

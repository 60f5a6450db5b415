"""Query parameters checked against what the store can actually take, before any SQL runs.

SQLite integers are 64-bit, its LIKE patterns are limited in length, and the date bounds
of linked meetings run from year 1 to 9998 (:func:`summitry.link.dates.bounds`). A value
outside those ranges would surface as an OverflowError or "LIKE or GLOB pattern too
complex" deep inside a query; here it becomes a :class:`QueryError` naming the parameter
(or, for an id no row can have, "not found"). The CLI, the API and the pages all go through
:class:`~summitry.store.database.Store`, so all three get the same answers.
"""

from __future__ import annotations

import calendar
import re

from summitry.errors import ConfigError

#: The largest integer SQLite stores (offsets, limits), and the largest id a request may
#: name without being a validation error.
MAX_INT64 = 2**63 - 1
#: The largest id a row can have: id columns are INTEGER, 32-bit on PostgreSQL (SQLite would
#: go further, but only after two billion rows). A larger id is simply not found.
MAX_ID = 2**31 - 1
#: The longest actor name or id looked up. The longest official name of a state or an
#: organisation is under 200 characters; SQLite refuses LIKE patterns past 50,000 bytes.
MAX_NAME_CHARS = 500
#: The last day a stored meeting date can fall on (linking's date bounds stop there).
LAST_DAY = "9998-12-31"

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class QueryError(ConfigError):
    """A query parameter outside the range the store can answer for."""


def name(value: str, what: str = "actor") -> str:
    if len(value) > MAX_NAME_CHARS:
        raise QueryError(f"{what} is {len(value):,} characters long; at most "
                         f"{MAX_NAME_CHARS} are looked up")
    return value


#: Characters no article text holds and full-text search cannot take (a NUL ends an FTS5
#: string early): read as spaces in a search.
_UNSEARCHABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def words(text: str) -> str:
    """Search text with control characters and lone surrogates read as spaces."""
    return _UNSEARCHABLE.sub(" ", text)


def count(value: int | None, what: str) -> int | None:
    """A limit or an offset: None, or 0 .. 2**63-1."""
    if value is not None and not 0 <= value <= MAX_INT64:
        raise QueryError(f"{what} must be between 0 and {MAX_INT64:,}, not {value}")
    return value


def storable_id(value: int) -> bool:
    """Whether any row can have ``value`` as its id (ids start at 1; see :data:`MAX_ID`)."""
    return 1 <= value <= MAX_ID


def day(value: str | None, last: bool, what: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or last) full day it means;
    years 0001 to 9999, real months and days. None stays None."""
    if value is None:
        return None
    m = _PERIOD.match(value.strip())
    if m is None:
        raise QueryError(f"{what}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if last else 1)
    if year < 1 or not 1 <= month <= 12:
        raise QueryError(f"{what}: not a date: {value!r}")
    days = calendar.monthrange(year, month)[1]
    dd = int(m.group(3)) if m.group(3) else (days if last else 1)
    if not 1 <= dd <= days:
        raise QueryError(f"{what}: not a date: {value!r}")
    return f"{year:04d}-{month:02d}-{dd:02d}"


def period(since: str | None, until: str | None) -> tuple[str | None, str | None, bool]:
    """The filter's days as the store's queries take them, and whether any stored meeting
    can fall in the period at all (one starting after :data:`LAST_DAY` admits none; an end
    after it is no bound)."""
    lo, hi = day(since, False, "since"), day(until, True, "until")
    if hi is not None and hi > LAST_DAY:
        hi = None
    if lo is not None and lo > LAST_DAY:
        return None, None, False
    return lo, hi, True

"""Checking a Gregorian date against the lunar date written beside it.

Chinese copy often doubles a date: "2月17日（农历正月初一）". When the two disagree one of
them is a typo, and the text cannot say which, so both get the same warning and keep their
own values. When they agree and the Gregorian one lacks a year, the lunar one supplies it.
"""

from __future__ import annotations

import dataclasses
import re

from .model import TimeExpression

# What may stand between the two halves of a doubled date: brackets, a comma, 即 ("i.e.").
_BETWEEN = re.compile(r"[\s（(，,、即是]{0,4}")


def _adjacent(text: str, left: TimeExpression, right: TimeExpression) -> bool:
    return _BETWEEN.fullmatch(text, left.end, right.start) is not None


def _month_day(value: str) -> str:
    return value[-5:]


def check_lunar_agreement(exprs: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Return exprs with warnings (or years) added where a lunar date sits beside a solar one."""
    out = list(exprs)
    for i, expr in enumerate(out):
        if expr.lunar is None or expr.value is None:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out):
                continue
            other = out[j]
            if other.lunar is not None or other.value is None or other.precision != "day":
                continue
            left, right = (other, expr) if j < i else (expr, other)
            if not _adjacent(text, left, right):
                continue
            lunar_value, solar_value = expr.value, other.value
            partial = solar_value.startswith("--")
            agree = (_month_day(lunar_value) == _month_day(solar_value) if partial
                     else lunar_value == solar_value)
            if agree and partial:
                out[j] = dataclasses.replace(
                    other, value=lunar_value,
                    note=f"year from the lunar date beside it ({expr.text})")
            elif not agree:
                warning = f"lunar date {lunar_value} disagrees with {solar_value}"
                out[i] = dataclasses.replace(out[i], warnings=(*out[i].warnings, warning))
                out[j] = dataclasses.replace(other, warnings=(*other.warnings, warning))
            break
    return out

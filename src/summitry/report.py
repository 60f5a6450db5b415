"""Human-readable summaries of extraction output, for the terminal (``summitry summarize``)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

TITLE_WIDTH = 44


def display_width(s: str) -> int:
    """Terminal columns of ``s``: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def fit(s: str, width: int) -> str:
    """``s`` cut (with an ellipsis) or padded to exactly ``width`` columns."""
    out, used = [], 0
    for c in s:
        w = display_width(c)
        if used + w > width - 1 and display_width(s) > width:
            out.append("…")
            used += 1
            break
        out.append(c)
        used += w
    return "".join(out) + " " * max(0, width - used)


def summarize(records: Iterable[dict[str, Any]]) -> str:
    rows = list(records)
    lines = [f"{fit('id', 22)} {fit('lang', 5)} {fit('published', 10)} {fit('title', TITLE_WIDTH)}"
             f" {'body':>6} {'ents':>5} {'mtgs':>5}"]
    langs: Counter[str] = Counter()
    entities = meetings = 0
    for r in rows:
        lang = r.get("lang") or "?"
        if r.get("script") == "Hant":
            lang += "-T"
        langs[lang] += 1
        n_ent, n_mtg = len(r.get("entities") or []), len(r.get("meetings") or [])
        entities += n_ent
        meetings += n_mtg
        title = fit(r.get("title") or "(none)", TITLE_WIDTH)
        lines.append(f"{fit(str(r.get('id')), 22)} {fit(lang, 5)} "
                     f"{fit(r.get('published') or '-', 10)} {title}"
                     f" {len(r.get('body') or ''):>6} {n_ent:>5} {n_mtg:>5}")
        for m in r.get("meetings") or []:
            date = (m.get("date") or {}).get("start") or "?"
            lines.append(f"    meeting: {m.get('name')} [{m.get('kind')}, "
                         f"{m.get('format') or '-'}, {m.get('level') or '-'}] {date}")
    by_lang = ", ".join(f"{k}: {v}" for k, v in sorted(langs.items()))
    lines.append(f"{len(rows)} documents ({by_lang}); {entities} entities, {meetings} meetings")
    return "\n".join(lines)

"""Dates written in article text: parsing a dateline, and finding event dates in sentences."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE_PATTERNS = [
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
]
_DATELINE_PREFIX = re.compile(
    r"^(?:published|posted|updated|last\s+updated|date|dated|first\s+published|опубликовано)?\s*(?:on|:)?\s*", re.I
)


def _to_date(m: re.Match[str]) -> dt.date | None:
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["month"].lower().rstrip(".")]
    try:
        return dt.date(int(gd["year"]), month, int(gd["day"]))
    except ValueError:
        return None


def find_full_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date (day, month and year) in the text, with its span."""
    found: list[tuple[int, int, dt.date]] = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(s <= m.start() < e for s, e, _ in found):
                continue
            d = _to_date(m)
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found)


def parse_date_line(line: str) -> str | None:
    """The ISO date of a dateline ("June 4, 2025", "Published 23 February 2025 ..."), else None.

    Only a line that is a date, or starts with a publishing word and a date, counts: a date in
    the middle of a sentence is an event date, not the article's date.
    """
    text = line.strip()
    if len(text) > 160:
        return None
    m_prefix = _DATELINE_PREFIX.match(text)
    has_prefix = bool(m_prefix and m_prefix.group().strip())
    dates = find_full_dates(text)
    if not dates:
        return None
    start, end, d = dates[0]
    before = text[:start]
    if has_prefix and re.fullmatch(_DATELINE_PREFIX.pattern, before, re.I):
        return d.isoformat()
    rest = text[end:].strip(" ,|·-–—")
    if not before.strip(" ,|·-–—") and (not rest or re.fullmatch(r"(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*\w{2,5})?", rest, re.I)):
        return d.isoformat()
    return None

"""Dates written in article text: parsing a dateline, and finding event dates in sentences."""

from __future__ import annotations

import datetime as dt
import re

from .wordtrie import trie_alternation

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# Every date starts with a weekday's or a month's capital or a digit.
_DATE_START = r"(?=[JFMASONDTW\d])"
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
DATE_PATTERNS = [
    re.compile(rf"{_DATE_START}{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"{_DATE_START}{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
    # an ISO date, alone or opening a timestamp ("2025-04-03T09:15:00Z")
    re.compile(r"(?=\d)\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?:\b|(?=T\d))"),
]
_DATELINE_PREFIX = re.compile(
    r"^(?:published|posted|updated|last\s+updated|last\s+modified|modified|date|dated|first\s+published|опубликовано)?\s*(?:on|:)?\s*", re.I
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


_DATELINE_PLACE = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
    r"(?:\s*\([A-Z]{2,10}\))?\s*[,:|–—-]\s*"
)


_WIRE_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?)?"
    r"(?:,\s*(?P<date>[^()–—-]{3,40}?))?\s*(?:\((?P<outlet>[A-Z][\w&.'’ -]{1,30})\))?\s*"
    r"(?:[–—-]{1,2}\s+|(?<=\))[–—]{1,2}|(?<=\)\s)[–—]{1,2})(?=[A-Z“\"'‘])"
)


_SHORT_DATE = re.compile(rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")


def parse_wire_dateline(paragraph: str) -> tuple[str | None, str | None, int]:
    """The date and agency of a wire dateline opening a paragraph ("KYIV, June 18, 2025 (Reuters) - ...").

    Returns (ISO date or None, outlet or None, length of the dateline); (None, None, 0) when the
    paragraph does not open with one. The place must be written in capitals or followed by a date or
    an agency in brackets, so an ordinary sentence with a dash is never taken for a dateline.
    """
    m = _WIRE_DATELINE.match(paragraph)
    if not m:
        return None, None, 0
    place, date_text, outlet = m.group("place"), m.group("date"), m.group("outlet")
    iso = None
    if date_text:
        date_text = date_text.strip(" ,")
        dates = find_full_dates(date_text)
        if dates and dates[0][0] == 0 and dates[0][1] == len(date_text):
            iso = dates[0][2].isoformat()
        elif not _SHORT_DATE.fullmatch(date_text):
            return None, None, 0
    if not place and not outlet:
        return None, None, 0
    capitals = bool(place) and place.split(",")[0].replace(" ", "").replace("-", "").replace(".", "").isupper()
    if not (iso or outlet or (capitals and date_text)):
        return None, None, 0
    return iso, outlet.strip() if outlet else None, m.end()


def wire_month_day(paragraph: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline that gives no year ("ISTANBUL, March 3 (Reuters) - …": (3, 3)), else None."""
    iso, _, length = parse_wire_dateline(paragraph)
    if iso or not length:
        return None
    m = _WIRE_DATELINE.match(paragraph)
    date_text = (m.group("date") or "").strip(" ,") if m else ""
    if not date_text or not _SHORT_DATE.fullmatch(date_text):
        return None
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", date_text.lower()) if w in MONTHS), None)
    day = re.search(r"\d{1,2}", date_text)
    if month is None or day is None or not 1 <= int(day.group()) <= 31:
        return None
    return month, int(day.group())


_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d\d)(?![\d/.])")


def dateline_date(line: str) -> str | None:
    """The ISO date in a 'Published …'/'Updated …' line: a written date, or a numeric one that reads one way only."""
    dates = find_full_dates(line)
    if dates:
        return dates[0][2].isoformat()
    m = _NUMERIC_DATE.search(line)
    if not m:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    dotted = m.group()[len(m.group("a"))] == "."
    if a != b and a <= 12 and b <= 12 and not dotted:
        return None  # 03/04/2025: April 3rd or March 4th, depending on the outlet
    # 03.04.2025: day first, as dates in figures with dots are written
    day, month = (a, b) if b <= 12 or dotted else (b, a)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_line(line: str) -> str | None:
    """The ISO date of a dateline ("June 4, 2025", "Published 23 February 2025 ..."), else None.

    Only a line that is a date, or starts with a publishing word and a date, counts: a date in
    the middle of a sentence is an event date, not the article's date.
    """
    text = line.strip()
    if len(text) > 160 or not _YEAR_DIGITS.search(text):
        return None  # a full date holds a year's digits
    m_prefix = _DATELINE_PREFIX.match(text)
    has_prefix = bool(m_prefix and m_prefix.group().strip())
    dates = find_full_dates(text)
    if not dates:
        return _numeric_date_line(text) if "." in text or "/" in text else None
    start, end, d = dates[0]
    before = text[:start]
    if has_prefix and re.fullmatch(_DATELINE_PREFIX.pattern, before, re.I):
        return d.isoformat()
    rest = text[end:].strip(" ,|·-–—")
    if _DATELINE_PLACE.fullmatch(before) or _BYLINE_BEFORE.fullmatch(before) or _NUMERIC_DATE.fullmatch(before):
        # "Frankfurt, October 17, 2024", "By our correspondent, 31 March 2025": a place or byline, then the date;
        # "04/03/2025April 3, 2025": the same date in figures, then in words
        before = ""
    if not before.strip(" ,|·-–—") and (
        not rest
        or _TIME_AFTER.fullmatch(rest)
        or _AGENCY_AFTER.fullmatch(rest)  # "Mumbai, 9 Feb 2025 (PTI)"
        or _time_and_update_note(rest)
    ):
        return d.isoformat()
    return None


# The time after a date on a dateline: "9:15 AM EDT", "at 14.05 BST", "T09:15:00Z", "T09:15:00+02:00", with a
# zone's offset from UTC ("3:41 PM GMT+9", "06:41 UTC+05:30", "3:41 PM (GMT+9)").
_TIME_AFTER = re.compile(
    r"(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*\((?=\w{2,5}\b[^()]{0,8}\)))?(?:\s*\w{2,5}\b)?"
    r"(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?(?![\d:]))?(?:(?<=\w)\))?"
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?",
    re.I,
)
# A note that the page was updated, after a dateline's date and time: "Updated 2 hours ago", "Last updated 10:02
# BST", "Last modified on Mon 21 Jul 2025 09.00 BST", "Updated July 22, 2025".
_UPDATE_NOTE = re.compile(r"(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\s*:?\s*", re.I)
_AGO = re.compile(
    r"(?:\d{1,3}|an?|one)\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago|just\s+now", re.I
)
_DATELINE_SEPARATORS = " ,|·-–—"


def _time_and_update_note(rest: str) -> bool:
    """Whether the text after a dateline's date is a time, a note that the page was updated, or a time and a note."""
    m = _TIME_AFTER.match(rest)
    if m:
        rest = rest[m.end():].strip(_DATELINE_SEPARATORS)
        if not rest:
            return True
    u = _UPDATE_NOTE.match(rest)
    if u is None:
        return False
    note = rest[u.end():]
    if _AGO.fullmatch(note) or _TIME_AFTER.fullmatch(note):
        return True
    dates = find_full_dates(note)
    if dates and dates[0][0] == 0:
        after = note[dates[0][1]:].strip(_DATELINE_SEPARATORS)
    else:
        short = _SHORT_DATE.match(note)
        if short is None:
            return False
        after = note[short.end():].strip(_DATELINE_SEPARATORS)
    return not after or bool(_TIME_AFTER.fullmatch(after))


def _numeric_date_line(text: str) -> str | None:
    """The ISO date of a line that is a date in figures ("03.04.2025"), or one and a time ("21/07/2025 08:00"),
    when it reads one way only."""
    if "." in text and (dotted := _dotted_date(text)):
        return dotted
    m = _NUMERIC_DATE.match(text)
    if m is None:
        return None
    rest = text[m.end():].strip(_DATELINE_SEPARATORS)
    if rest and not _time_and_update_note(rest):
        return None
    return dateline_date(m.group())
# A date in figures with dots, the whole line ("03.04.2025"): day, month, year as written across Europe.
_DOTTED_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)")


def _dotted_date(text: str) -> str | None:
    m = _DOTTED_DATE.fullmatch(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day"))).isoformat()
    except ValueError:
        return None


_BYLINE_BEFORE = re.compile(r"(?i:by)\s+[^,|·–—\d]{2,60}?\s*[,|·–—]\s*")
_AGENCY_AFTER = re.compile(r"\((?P<agency>[A-Z][\w&.'’ -]{1,30})\)")


_PARTIAL_PATTERNS = [
    re.compile(rf"{_DATE_START}{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
    re.compile(rf"{_DATE_START}{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)(?!,?\s*\d)"),
    re.compile(rf"{_DATE_START}(?<![\w-]){_MONTH}(?:\s+of)?,?\s+(?P<year>(?:1[89]|20)\d\d)(?!\d|,\d|\s*(?:%|percent|per\s+cent))"),
]

# The same spans as the first two partial patterns, by patterns that open with the class of a match's first
# character (a weekday's or a month's capital, or a digit) rather than a lookahead, so the regex engine skips fast
# to where a date can start; then the first character is told apart by a look behind, and each name that opens
# with it is tried in the order of the pattern's alternation. They hold no groups: the partial pattern is matched
# where they match, and gives the same match.
_WEEKDAY_NAMES = [*(f"{d}day" for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")),
                  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
                "Dec"]
_ANY_MONTH_NAME = "(?:" + "|".join(_MONTH_NAMES) + r")\.?"


def _tails(names: list[str], first: str) -> str | None:
    """The names that open with `first`, less that letter, in their order, as an alternation."""
    tails = [n[1:] for n in names if n[0] == first]
    return "(?:" + "|".join(tails) + ")" if tails else None


def _first_letter_led(branches: dict[str, list[str]]) -> str:
    """An alternation over a match's first character: for each, the look behind that tells it, then its branches."""
    return "(?:" + "|".join(f"(?<={c})(?:{'|'.join(alts)})" for c, alts in branches.items() if alts) + ")"


def _partial_spans() -> tuple[re.Pattern[str], re.Pattern[str]]:
    day_rest = r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*\d)"  # after the month, in the first pattern
    weekday_sep = r"\.?,?\s+"
    firsts = sorted({n[0] for n in _WEEKDAY_NAMES + _MONTH_NAMES}, key="JFMASONDTW".index)
    month_first: dict[str, list[str]] = {}
    for c in firsts:
        alts = []
        weekday = _tails(_WEEKDAY_NAMES, c)
        if weekday:
            alts.append(f"{weekday}{weekday_sep}{_ANY_MONTH_NAME}{day_rest}")
        month = _tails(_MONTH_NAMES, c)
        if month:
            alts.append(rf"{month}\.?{day_rest}")
        month_first[c] = alts
    day_first_rest = rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_ANY_MONTH_NAME}(?!\w)(?!,?\s*\d)"
    day_first: dict[str, list[str]] = {}
    for c in sorted({n[0] for n in _WEEKDAY_NAMES}, key="MTWFS".index):
        day_first[c] = [f"{_tails(_WEEKDAY_NAMES, c)}{weekday_sep}\\d{{1,2}}{day_first_rest}"]
    day_first["\\d"] = [rf"\d?{day_first_rest}"]
    return (
        re.compile(f"[{''.join(firsts)}]" + _first_letter_led(month_first)),
        re.compile(f"[{''.join(day_first)}]" + _first_letter_led(day_first)),
    )


_PARTIAL_SPANS = _partial_spans()
# A year alone ("in 2021", "mid-1990", "in 2019."): (?<![\w$€£.,/-])(?:mid-)?(?:1[89]|20)\d\d(?![\d%]|[,.]\d|[-–/]\d|\w), written to
# open with the class of its first character, so the regex engine skips fast to where one can start (a pattern
# opening with a lookahead is tried at every position). The year is the match's last four characters.
_YEAR = re.compile(
    r"[m12](?<![\w$€£.,/-].)(?:(?<=m)id-(?:1[89]|20)\d\d|(?<=1)[89]\d\d|(?<=2)0\d\d)(?![\d%]|[,.]\d|[-–/]\d|\w)"
)
# The digits of a year alone, scanned for quickly: a text without them holds no year.
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
_ANY_DIGIT = re.compile(r"\d")
# A month's abbreviation after no word character: the same as a word boundary before it, checked after its
# first letter so the regex engine scans for first letters.
_ANY_MONTH = re.compile(trie_alternation("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), not_after=r"\w"))
# A decade: (?<![\w.,])(?:(?:1[89]|20)\d0|'?\d0)s\b, opening with the class of its first character (the
# alternatives in the same order for each).
_DECADE = re.compile(r"['\d](?<![\w.,].)(?:(?<=1)[89]\d0s\b|(?<=2)0\d0s\b|(?<=')\d0s\b|(?<=\d)0s\b)")


def _guess_year(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """A day and month without a year, dated by the article: its year, or the year before if that is far ahead."""
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if (d - reference).days <= 183:
            return d
    return None


def find_event_dates(text: str, reference: dt.date | None = None) -> list[tuple[int, int, str | None]]:
    """Every date in the text with its span and ISO form where known.

    Full dates ("Nov. 11, 1918"), day and month ("March 2", "11 March", dated by `reference`), month and year
    ("February 2022" -> "2022-02") and years standing alone ("in 2021" -> "2021").
    """
    if not _ANY_DIGIT.search(text):
        return []
    has_month = bool(_ANY_MONTH.search(text))
    # Every full date, every month with a year and every year alone holds a year's digits: a text without
    # them is searched for a day and a month only.
    has_year = bool(_YEAR_DIGITS.search(text))
    found: list[tuple[int, int, str | None]] = (
        [(s, e, d.isoformat()) for s, e, d in find_full_dates(text)] if has_month and has_year else []
    )

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, _ in found)

    for i, pat in enumerate((_PARTIAL_PATTERNS if has_year else _PARTIAL_PATTERNS[:2]) if has_month else ()):
        for m in pat.finditer(text) if i == 2 else (pat.match(text, f.start()) for f in _PARTIAL_SPANS[i].finditer(text)):
            if not free(m.start(), m.end()):
                continue
            month = MONTHS[m.group("month").lower().rstrip(".")]
            gd = m.groupdict()
            if gd.get("year"):
                iso: str | None = f"{int(gd['year']):04d}-{month:02d}"
            else:
                day = int(gd["day"])
                if not 1 <= day <= 31:
                    continue
                guessed = _guess_year(month, day, reference)
                iso = guessed.isoformat() if guessed else None
            found.append((m.start(), m.end(), iso))
    for m in _YEAR.finditer(text) if has_year else ():
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), text[m.end() - 4:m.end()]))
    return sorted(found)


def may_hold_dates(text: str) -> bool:
    """False only for a text in which find_event_dates finds nothing: no month's name and no year's digits.

    A text without them within a longer one has none either, but at its start when a word character stands
    before it there (a month is found only after no word character).
    """
    return bool(_ANY_MONTH.search(text) or _YEAR_DIGITS.search(text))


def decade_spans(text: str) -> list[tuple[int, int]]:
    """Spans of decades ("the 1840s", "the '90s"): neither dates to place nor key figures."""
    return [(m.start(), m.end()) for m in _DECADE.finditer(text)] if "0s" in text else []

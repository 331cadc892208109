"""extract_figures, which scans each paragraph once for what its sentences may hold, finds what a search of
each sentence on its own finds: the same figures and dates, whatever the sentences and wherever they are cut."""

from __future__ import annotations

import datetime as dt
import random

from briefbook.core import figures as F
from briefbook.core.dates import find_event_dates
from briefbook.core.model import Article, EventDate, Figure, Paragraph, Sentence
from briefbook.core.sentences import sentence_spans

PIECES = [
    "The", "troops", "about", "more than", "between", "and", "to", "from", "37", "1,500", "3.5", ".5", "2025", "1990s",
    "March 3", "3 March 2024", "Jan.", "two", "Twenty-one", "half a million", "dozens of", "tens of thousands of",
    "a quarter point", "ſeven", "İn", "$", "€5bn", "10%", "per cent", "km", "people", "countries", "No.", "Article 5",
    "a hundred", "an", "one", "Boeing 737", "30-day", "-", "–", "(", ")", "“", "”", ",", ";", "'",
]
SEPARATORS = (" ", " ", " ", "", "  ", ". ", ", ", "\n", "-")


def reference(article: Article) -> tuple[list[Figure], list[EventDate]]:
    """The figures and dates found by searching each sentence on its own, as extract_figures did first."""
    figures: list[Figure] = []
    dates: list[EventDate] = []
    for para in article.paragraphs:
        for s in para.sentences:
            text, offset = s.text, s.start
            has_digit = F._HAS_DIGIT.search(text) is not None
            found_dates = [d for d in find_event_dates(text, article.date) if not F._counted_year(text, d)] if has_digit else []
            for a, b, iso in found_dates:
                dates.append(EventDate(article.id, para.index, s.index, offset + a, offset + b, text[a:b], iso))
            blocked = F._blocked_spans(text, found_dates, has_digit)
            found, bare = F._find_in_sentence(text, blocked)
            found = sorted(found + F._borrow_units(text, found, bare), key=lambda f: f.start)
            for f in found:
                figures.append(
                    Figure(f"{article.id}:f{len(figures) + 1}", article.id, para.index, s.index, offset + f.start,
                           offset + f.end, text[f.start:f.end], F._num(f.value), F._num(f.low), F._num(f.high), f.unit,
                           f.qualifier, text, F._context(text, f.start, f.end))
                )
    return F._without_headline_repeats(article, figures), dates


def article_of(paragraphs: list[tuple[str, list[tuple[int, int]]]]) -> Article:
    paras = tuple(
        Paragraph(i, text, sentences=tuple(Sentence("a", i, n, s, e, text[s:e]) for n, (s, e) in enumerate(spans)))
        for i, (text, spans) in enumerate(paragraphs)
    )
    return Article("a", "a.txt", "A", None, dt.date(2025, 4, 9), paras)


def test_paragraph_scan_finds_what_each_sentence_holds() -> None:
    rng = random.Random(21)
    for _ in range(3000):
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            text = "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 25))).strip()
            if not text:
                continue
            if rng.random() < 0.5:
                spans = sentence_spans(text)
            else:  # cut anywhere, even inside a word
                cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 4)))) if len(text) > 1 else []
                bounds = [0, *cuts, len(text)]
                spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
            paragraphs.append((text, spans))
        article = article_of(paragraphs)
        assert F.extract_figures(article) == reference(article), paragraphs


def reference_dates(text: str, reference: dt.date | None) -> list[tuple[int, int, str | None]]:
    """find_event_dates with every pattern tried on every text that holds a digit and a month."""
    from briefbook.core import dates as D

    if not D._ANY_DIGIT.search(text):
        return []
    has_month = bool(D._ANY_MONTH.search(text))
    found = [(s, e, d.isoformat()) for s, e, d in D.find_full_dates(text)] if has_month else []
    for pat in D._PARTIAL_PATTERNS if has_month else ():
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            month = D.MONTHS[m.group("month").lower().rstrip(".")]
            gd = m.groupdict()
            if gd.get("year"):
                iso = f"{int(gd['year']):04d}-{month:02d}"
            else:
                day = int(gd["day"])
                if not 1 <= day <= 31:
                    continue
                guessed = D._guess_year(month, day, reference)
                iso = guessed.isoformat() if guessed else None
            found.append((m.start(), m.end(), iso))
    for m in D._YEAR.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), text[m.end() - 4:m.end()]))
    return sorted(found)


def test_dates_are_found_as_by_every_pattern() -> None:
    rng = random.Random(22)
    words = [*PIECES, "Monday,", "Tue.", "May", "Sept.", "of", "1870", "2031", "18th", "11", "31", "2025-03-04"]
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 12)))
        assert find_event_dates(text, dt.date(2025, 4, 9)) == reference_dates(text, dt.date(2025, 4, 9)), text


def test_previous_word_steps_back_as_the_regexes_search() -> None:
    rng = random.Random(23)
    chars = ["a", "B", "1", "_", "'", "’", ".", "-", " ", "  ", "\n", "\u00a0", "(", "“", ":", "é", "٣", ",", "!"]
    for _ in range(30000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        end = rng.randint(0, len(text))
        prev = F._PREVIOUS_WORD.search(text, 0, end)
        assert F._previous_word_start(text, end) == (prev.start() if prev else None), (text, end)
        assert F._ends_with_sentence_punct(text, end) == bool(F._SENTENCE_PUNCT.search(text, 0, end)), (text, end)


def reference_unit_after(text: str, start: int, pos: int, digits: bool, money: bool = False):
    """_unit_after with every pattern tried, as it was written first."""
    if money:
        return None, pos, False
    if digits:
        m = F._GLUED_TEMPERATURE.match(text, pos)
        if m:
            return (F.DEGREES_F if m.group("f") == "F" else F.DEGREES_C), m.end(), False
    m = F._PERCENT.match(text, pos)
    if m:
        word = m.group().strip().lower()
        if "basis" in word or word.startswith("bp"):
            return F.BASIS_POINTS, m.end(), False
        if "point" in word:
            return F.POINTS, m.end(), False
        return F.PERCENT, m.end(), False
    m = F._HYPHEN.match(text, pos)
    if m:
        if F._HYPHEN_NOT_MEASURE.match(text, m.end()):
            return None, -1, True
        return F.HYPHEN_UNITS[m.group("noun").lower()], m.end(), True
    m = F._CURRENCY_AFTER.match(text, pos) or F._CURRENCY_CODE_AFTER.match(text, pos)
    if m:
        return F.currency_unit(m.group("cur")), m.end(), False
    m = F._DEGREES.match(text, pos)
    if m:
        scale = (m.group("scale") or "C")[0].upper()
        return (F.DEGREES_F if scale == "F" else F.DEGREES_C), m.end(), False
    if digits and F._number_in_name(text, start):
        return None, pos, False
    m = F._COUNTED_AFTER.match(text, pos)
    if m is None:
        m = F._COMPOUND_COUNTED_AFTER.match(text, pos)
        if m and F.is_time_unit(F.counted_unit(m.group("noun"))):
            m = None
    if m and not (m.start("noun") > pos + 1 and F._YEAR_LIKE.fullmatch(text, start, pos)):
        return F.counted_unit(m.group("noun")), m.end(), False
    m = F._PEOPLES_AFTER.match(text, pos)
    if m and m.group("noun") not in F._NOT_PEOPLES:
        return "people", m.end(), False
    m = F._PLURAL_AFTER.match(text, pos) if digits and not F._YEAR_LIKE.fullmatch(text, start, pos) else None
    if m and m.group("noun").lower() not in F._NOT_COUNTED:
        return m.group("noun").lower(), m.end(), False
    return None, pos, False


UNIT_WORDS = ["%", " %", "percent", " per cent", " percentage points", " basis points", "bps", " bp", "°C", " °F", "C",
              " degrees", " degrees Fahrenheit", "-day", "-year-old", "-nation", " dollars", " of euros", " USD", "EUR",
              " troops", " people", " areas", " Syrians", "bn", " million", " ", "  ", "\n", ",", ".", "", "-", " Paris", " d"]


def test_unit_gates_leave_the_patterns_answers() -> None:
    rng = random.Random(24)
    for _ in range(30000):
        head = rng.choice(["", "Boeing ", "the ", "in "])
        text = head + "12" + "".join(rng.choice(UNIT_WORDS) for _ in range(rng.randint(1, 3)))
        digits = rng.random() < 0.8
        at = len(head)
        assert F._unit_after(text, at, at + 2, digits) == reference_unit_after(text, at, at + 2, digits), text


def test_windows_and_gates_find_what_the_regexes_find() -> None:
    rng = random.Random(25)
    words = ["about", "more than", "Some", "ſome", "at least", "up to", "US$", "$", "€", "USD", "Rs.", "between", "from",
             "number", "total of", "force of", "numbered", "troops", "the", " ", "  ", "\n", "x", "İn"]
    for _ in range(30000):
        lead = "".join(rng.choice(words) + rng.choice([" ", "", "\n", "  "]) for _ in range(rng.randint(0, 6)))
        qual = F._QUALIFIER_BEFORE.search(lead, max(0, len(lead.rstrip()) - F._QUALIFIER_REACH))
        got = F._qualifier_before(lead)
        assert (got.span() if got else None) == (qual.span() if qual else None), lead
        cur = F._CURRENCY_BEFORE.search(lead)
        got = F._CURRENCY_BEFORE.search(lead, max(0, len(lead) - F._CURRENCY_REACH))
        assert (got.span() if got else None) == (cur.span() if cur else None), lead
        if F._NUMBER_VERB.search(lead):
            assert F._may_follow_number_verb(lead, len(lead)), lead

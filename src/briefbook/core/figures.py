"""Key figures: quantities that matter, found in the sentences of the reading text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from .dates import MONTHS as MONTH_NAMES
from .dates import decade_spans, find_event_dates, may_hold_dates
from .model import Article, EventDate, Figure, Sentence
from .numbers import (
    DIGITS,
    GLUED_SCALE,
    SPACED_SCALE,
    WORD_NUMBER,
    core_matches,
    number_starts,
    odd_case,
    parse_digits,
    parse_words,
    scale_of,
    vague_value,
)
from .units import (
    BASIS_POINTS,
    COUNTED_ALT,
    CURRENCIES,
    CURRENCY_SYMBOL_ALT,
    CURRENCY_WORD_ALT,
    DEGREES_C,
    DEGREES_F,
    HYPHEN_ALT,
    HYPHEN_UNITS,
    PERCENT,
    POINTS,
    counted_unit,
    currency_unit,
    is_time_unit,
)

_QUALIFIERS = (
    "just over|just under|just below|just above|well over|well above|well below|a little over|a little more than|"
    "slightly more than|slightly less than|more than|less than|fewer than|at least|at most|no more than|"
    "no fewer than|no less than|not more than|up to|as many as|as much as|as few as|as little as|upwards of|"
    "in excess of|close to|nearly|almost|about|around|roughly|approximately|some|over|under|an estimated|"
    "estimated|below|above"
)
_QUALIFIER_BEFORE = re.compile(rf"(?i)\b(?P<q>{_QUALIFIERS})\s+$")
# Every match ends where the text's trailing white space begins, so it starts at most this far before that.
_QUALIFIER_REACH = max(map(len, _QUALIFIERS.split("|")))
# The last words of the qualifiers: a lead whose last word ends otherwise holds none (a letter that matches
# another when case is ignored aside).
_QUALIFIER_ENDS = tuple(sorted({q.rsplit(" ", 1)[-1] for q in _QUALIFIERS.split("|")}))


def _qualifier_before(lead: str) -> re.Match[str] | None:
    """The qualifier that ends the text before a number ("more than", "about"), as _QUALIFIER_BEFORE finds it."""
    if not lead[-1:].isspace():
        return None  # a qualifier is followed by white space
    stripped = lead.rstrip()
    if not stripped.lower().endswith(_QUALIFIER_ENDS) and not odd_case(stripped):
        return None
    return _QUALIFIER_BEFORE.search(lead, max(0, len(stripped) - _QUALIFIER_REACH))


_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?:US|A|C|HK|NZ|S|NT|TT|\bN|\bJ|\bR)\$\s?|GH₵\s?|E£\s?|(?:\$|€|£|¥|₹|₽|₩|₺|₴|₦|₱|₪|₵|₫|฿|₸|₾)\s?|"
    r"\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|INR|CHF|AUD|CAD|UAH|BRL|NGN|ZAR|KRW|SEK|NOK|DKK|MXN|PLN|PHP|IDR|PKR|BDT|"
    r"LKR|KES|UGX|TZS|NAD|TWD|MYR|ILS|NIS|GHS|EGP|AED|THB|VND|KZT|ETB)\s?|\bR[se]\.?\s?|\bRp\s?|\bTk\.?\s?"
    r"|\b(?:KShs?|Kshs?|USh|TSh|Shs?|Dhs?)\.?\s?|\bRM\s?|\bR)$"
)
# Every match ends at the end of the text or before its final line break, at most this far after its start.
_CURRENCY_REACH = 6
# A number's scale glued or spelled out before a currency word that is a common word too ("5 trillion won").
_SCALE_ENDS = re.compile(r"(?i)(?:\d[bmk]|bn|mn|mln|bln|tn|trn|dozen|hundred|thousand|million|billion|trillion|lakhs?|crores?)\s*\Z")
# The characters a match of _CURRENCY_BEFORE ends with, but for one white space after a code: a text whose last
# three characters hold none of them has no match.
_CURRENCY_TAILS = frozenset("$€£¥₹₽₩₺₴₦₱₪₵₫฿₸₾DRPYBFHs.LNKWpkSXMT")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|these|those|both|its|their|his|her|our|all|other)\s+$")
_PREVIOUS_WORD = re.compile(r"(?P<word>[\w'’.-]+)\s+$")
_SENTENCE_PUNCT = re.compile(r"[.!?:;\"“«(]\s*$")
_SENTENCE_MARKS = frozenset(".!?:;\"“«(")

_GLUED_TEMPERATURE = re.compile(r"\s?°\s?(?P<f>[CF])\b|(?P<c>C)\b(?![\w'’])")
_PERCENT = re.compile(
    r"\s?%|\s?(?i:percent|per\s+cent|per-cent|pct)\b|\s(?i:percentage[\s-]points?)\b|\s(?i:basis\s+points?)\b"
    r"|\s?(?i:bps|bp)\b|\s?pc\b(?![-'’]\w)"
)
_DEGREES = re.compile(r"\s(?i:degrees?)(?:\s+(?P<scale>Celsius|C|Fahrenheit|F)\b)?")
_HYPHEN = re.compile(rf"-(?P<noun>(?i:{HYPHEN_ALT}))(?P<long>-long)?\b(?!-old)(?!-\w)")
_HYPHEN_NOT_MEASURE = re.compile(
    r"\s+(?i:old|olds|high|highs|low|lows|bonds?|yields?|notes?|treasur(?:y|ies)|gilts?|bunds?|mortgages?|"
    r"anniversary|record|solution)\b"
)
_MODIFIER = (
    r"(?:(?-i:[A-Z][\w'’.-]*)|(?i:more|additional|other|new|foreign|allied|extra|military|armed|combat|active|"
    r"member|partner|western|european|international|fewer|eligible|registered|young|elected|civilian|"
    r"displaced|innocent|local|total|full|straight|consecutive|further|separate|different|small|large|"
    r"major|developing|poor|poorer|rich|richer|wealthy|african|asian|arab|island))"
)
_COUNTED_AFTER = re.compile(
    rf"\s+(?:of\s+(?:the\s+)?(?:{_MODIFIER}\s+){{0,2}}|(?:{_MODIFIER}\s+){{1,2}}|(?!light\s+years?\b|square\s|(?:and|or|but|nor|last|next|this|that|every|each|per)\s)[a-z][a-z-]{{2,}}\s+)?"
    rf"(?P<noun>(?i:{COUNTED_ALT}))\b(?![-'’]\w)"
)
# Words that join clauses or make a verb phrase (among them every word ending in -ed or -ing: '2,000 joined
# striking workers'): no part of a compound noun ('100,000 mpox vaccine doses').
_NOT_IN_COMPOUND = (
    r"(?:and|or|but|nor|than|then|were|was|are|is|had|have|has|been|being|will|would|could|should|may|might|must|"
    r"did|does|not|who|which|that|the|for|from|with|into|after|before|while|when|where|also|later|said|says|"
    r"its|their|his|her|our|per|each|both|all|of|in|on|at|to|by|as|times|last|next|this|every|say|told|saw|met|"
    r"left|went|came|took|made|got|gave|found|fled|lost|won|hit|sent|held|kept|paid|put|ran|set|face|faced|risk)\b"
    r"|[a-z]+(?:ed|ing)\b"
)
# A known counted noun after two words that name a kind of it ('mpox vaccine doses', 'Ukrainian army soldiers'),
# or after two such words joined by 'and' ('search and rescue workers', 'oil and gas companies'): words in the
# singular ('gas' and 'bus' aside), so a list of counted things ('12 rebels and government soldiers') makes no compound.
_COMPOUND_WORD = rf"(?!{_NOT_IN_COMPOUND})[a-z][a-z-]{{2,}}(?<![^suai]s)"
_COMPOUND_COUNTED_AFTER = re.compile(
    rf"\s+(?:{_COMPOUND_WORD}\s+and\s+{_COMPOUND_WORD}\s+|(?:(?!{_NOT_IN_COMPOUND})(?:{_MODIFIER}|[a-z][a-z-]{{2,}})\s+){{2}})"
    rf"(?P<noun>(?i:{COUNTED_ALT}))\b(?![-'’]\w)"
)
_NAME_BEFORE = re.compile(r"\b(?P<word>[A-Z][\w-]*[a-z])\s+$")
_NOT_NAMES = frozenset(
    "the a an about some another nearly almost over around roughly only just at more fewer less up all these those "
    "its their our his her by in on of with for and but than approximately an estimated another further each every "
    "another both another total since from between after before until under below above beyond another while as "
    "when if although though during within across among per including".split()
)
_YEAR_LIKE = re.compile(r"(?:1[89]|20|21)\d\d")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z][a-z]{2,}s)\b(?![-'’]\w)")
_NOT_COUNTED = frozenset(
    "times percent cents plus previous others was is has does this thus its yes less unless across "
    "towards afterwards whereas always perhaps hundreds thousands millions billions trillions dozens "
    "lakhs crores".split()
)
_CURRENCY_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<cur>(?i:{CURRENCY_WORD_ALT})|won)\b")
_CURRENCY_CODE_AFTER = re.compile(r"\s?(?P<cur>USD|EUR|GBP|JPY|CNY|RUB|INR|CHF|AUD|CAD|UAH)\b")
_RANGE = re.compile(
    rf"(?P<sep>\s*[–—-]\s*|\s+(?:to|and|or)\s+)(?P<cur>{CURRENCY_SYMBOL_ALT})?"
    rf"(?P<num>(?<![\w.,])(?:{DIGITS})|(?i:\b{WORD_NUMBER}\b))",
)
_DASHES = frozenset("–—-")
_YEARS_OLD = re.compile(r"\s+old\b")
# "children under five", "people over 65": an age limit, not a count.
_AGE_LIMIT = re.compile(
    r"\b(?:children|kids|babies|infants|people|those|adults|girls|boys|women|men|anyone|pupils|patients)\s+\Z"
)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# "the 12 months to August", "the year ending in March": the period a figure covers.
_PERIOD_TO = re.compile(
    r"\s+(?:to|through|ending|ended|ending\s+in|until)\s+(?:the\s+end\s+of\s+)?(?:" + _MONTH_NAMES + r")\b"
)
_VOTES_TO = re.compile(r"\s+to\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|nil|none)\b")
_FAMILIAR = re.compile(r"\s+(?:familiar|close\s+to|briefed|with\s+knowledge|who\s+spoke|who\s+asked|speaking)\b")
_CARRY_NEXT = re.compile(
    r"\s*(?:$|[,.;:)»”\"'’—–]|(?:of|in|to|from|have|has|had|were|are|was|is|will|would|could|may|might|"
    r"said|say|says|also|more|each|being|as|at|on|for|so|already|who|which|that|than|out|among|and|or|but|"
    r"with|by|per|after|before|since|against|until|overall|altogether|apiece|compared|versus|"
    r"remain|remained|still|now|too|others?|last|next|this|mark|milestone|threshold|barrier|[a-z]+ly|[a-z]+ed)\b)"
)
_NUMBER_VERB = re.compile(
    rf"(?<![\w'’-])(?P<noun>(?i:{COUNTED_ALT}))\b[^.;]{{0,50}}?\b(?:number|numbering|numbered|total|totalling|totaling|"
    rf"totalled|totaled|estimated\s+at|put\s+at|reaching|reached)\s+$|\bnumber\s+of\s+(?P<noun2>(?i:{COUNTED_ALT}))\b[^.;]*$"
    rf"|\b(?:force|contingent|deployment|army|garrison)\s+of\s+$",
)
_LEGAL_WORDS = frozenset(
    """Article Articles Art. Resolution Resolutions Section Sec. Chapter Clause Paragraph Para. Rule Amendment
    Title Page Vol. Volume No. Nos. Number Item Annex Protocol Directive Regulation Decree Bill Act Order Case
    Flight Route Room Platform Gate Phase Stage Round Part Level Tier Category Class Type Block Unit Channel
    Highway Interstate Apollo Minsk Group Division Brigade Battalion Regiment Squadron District Ward Grade Step
    Top Game Week Day Year Season Episode Series article articles resolution section chapter clause paragraph
    page p. pp.""".split()
)
# Clock times, time zones, phone numbers, reading times, counters, ordinals: every one starts at a digit (after no
# word character), a '+' or a '('. The pattern opens with the class of that first character, so the regex engine
# skips fast to where one can start, then takes the alternatives for that character in their order:
# (?=[\d+(])(?:(?i:\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b)
# |\b\d{3,4}\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|ET|PT|local\s+time)\b|\b\d{1,2}\s*o['’]clock\b
# |\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b
# |(?i:\b\d+\s*(?:min|mins|minute|minutes)\s+read\b)|\(\d+\)|\b\d+\s+(?i:comments?|shares?|views|likes|replies)\b
# |\b\d+(?:st|nd|rd|th)\b)
_BLOCKERS = re.compile(
    r"[\d+(](?:(?<=\d)(?<!\w.)(?:(?i:\d?(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))|\d?:\d{2}\b"
    r"|\d{2,3}\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|ET|PT|local\s+time)\b|\d?\s*o['’]clock\b"
    r"|\d{2}[-.]\d{3}[-.]\d{4}\b|(?i:\d*\s*(?:min|mins|minute|minutes)\s+read\b)"
    r"|\d*\s+(?i:comments?|shares?|views|likes|replies)\b|\d*(?:st|nd|rd|th)\b)"
    r"|(?<=\+)\d[\d\s().-]{6,}\d"
    r"|(?<=\()(?:\d{3}\)\s?\d{3}[-.\s]\d{4}|\d+\)))"
)
_HAS_DIGIT = re.compile(r"\d")
# 'three in four', '1 in 5': the share of a group, written as a count out of a small whole.
_RATIO_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_BEFORE = re.compile(rf"(?i)(?<![\w.,:+/]){_RATIO_NUM}\s+in\s+\Z")
_RATIO_AFTER = re.compile(rf"(?i)\s+in\s+{_RATIO_NUM}\b(?![.,]\d)")
# A minus sign or word before a temperature or a percentage.
_SIGNED_UNITS = frozenset((DEGREES_C, DEGREES_F, PERCENT))
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,])[-−]|\b(?i:minus)\s+)\Z")
_FRACTION_POINT = re.compile(
    r"(?i)\b(?=[aoth])(?P<frac>a\s+quarter|one\s+quarter|three\s+quarters|half)(?:\s+of)?\s+(?:a\s+)?"
    r"(?P<unit>percentage[\s-]point|point)\b"
)
_FRACTIONS = {"a quarter": Decimal("0.25"), "one quarter": Decimal("0.25"), "three quarters": Decimal("0.75"), "half": Decimal("0.5")}

# Shares written as fractions ('two-thirds of voters', 'a third of the budget', 'half of the 27 member states',
# 'fell by a third', 'a two-thirds majority') or as a count out of a whole ('one in five households', 'three out of four'): percentages,
# as news could have written them ('66.67 percent'), so they line up with the percentages of other sources.
_SHARE_NUMERATORS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_SHARE_DENOMINATORS = {
    "half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
_SHARE_FRACTION = re.compile(
    r"(?i)\b(?=[aothfsen])(?:(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<den>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?![-'’]\w)"
    r"(?P<of>\s+of\b|(?<=half)\s+(?=(?:the|its|their|all)\b)|(?<!half)(?=[\s-]+(?:super)?majority\b))?"
)
# What a fraction of a period, a distance or one thing is ('the first half of the year', 'a third of a mile').
_SHARE_NOT_AFTER = re.compile(
    r"\s*(?:the\s+|this\s+|that\s+|next\s+|last\s+|its\s+|their\s+)?(?:an?\b|(?:year|century|decade|season|"
    r"month|week|day|hour|minute|time|game|match|term|quarter|mile|kilometre|kilometer|km|point|percentage|"
    r"size|way|distance|length)s?\b|(?:1[89]|20)\d\d\b)"
)
# The word before a fraction that makes it a part of a period or an ordinal ('the second half', 'the other half').
_SHARE_NOT_BEFORE = re.compile(
    r"(?i)\b(?:the|first|second|third|fourth|final|last|latter|former|other|next|past|this|that|its|their|his|"
    r"her|our|my|your|each|every|in|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+and)\s+\Z"
)
_BY_BEFORE = re.compile(r"(?i)\bby\s+\Z")
# 'one in five households', 'three out of four', '1 in every 10': the whole a count is out of.
_SHARE_WHOLE_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100,
}
# The wholes a share is written out of: a small number or a round one ('one in five', '15 in 100').
_SHARE_WHOLES = frozenset(map(Decimal, (*range(2, 11), 12, 20, 25, 50, 100, 1000, 10_000, 100_000)))
_SHARE_RATIO = re.compile(
    r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>\d{1,3}(?:,\d{3})?|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|twenty|fifty|hundred)\b(?![.,]\d)(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"decades?|centuries)\b)"
)
# Multiples: 'twice as many', 'tenfold', 'a 10-fold increase' (with 'N times as much as' in _MULTIPLE).
_TWICE = re.compile(
    r"(?i)\btwice(?=\s+as\s+(?:many|much)\b|\s+as\s+[a-z]+\s+as\b|\s+the\s+(?:size|mass|number|amount|level|rate)\s+of\b)"
)
_FOLD = re.compile(
    r"(?i)\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
    r"a\s+hundred|hundred|a\s+thousand|thousand)-?fold\b(?![-'’]\w)"
)
# A change a multiple measures: a noun after it ('a tenfold increase') or a verb before it ('rose tenfold').
_FOLD_CHANGE_AFTER = re.compile(
    r"\s+(?:increases?|rises?|jumps?|growth|surges?|expansion|gains?|drops?|declines?|reductions?|falls?|"
    r"leaps?|hikes?)\b"
)
_TWICE_NOT_AFTER = re.compile(r"\s+the\s+(?:size|number|amount)\s+of\s+an?\b")
_FOLD_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rising|rises|increased|increasing|grew|grown|growing|jumped|surged|soared|"
    r"multiplied|expanded|climbed|fell|dropped|declined|increase|rise|grow)\s+(?:(?:more\s+than|nearly|almost|"
    r"about|roughly|some|over)\s+)?\Z"
)
# The words a share or a multiple holds, one of which a sentence must hold for the patterns above to be tried.
_SHARE_HINTS = ("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "fold", "twice")
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


@dataclass(slots=True)
class _Found:
    """A quantity found in a sentence, before it becomes a Figure."""

    start: int
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    qualifier: str | None
    words: bool = False
    vague: bool = False


# Letters that match an ASCII letter when case is ignored but do not lower-case to it.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


def _blocked_spans(
    text: str,
    dates: list[tuple[int, int, str | None]],
    has_digit: bool = True,
    first_digit: int | None = None,
    starts: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Spans that hold no key figure: dates, clock times, phone numbers, chrome, ordinals, document numbers.

    `first_digit` is where the text's first digit stands, when the caller knows it; `starts`, in order, every
    place where a number may start in the text (number_starts), when the caller has them.
    """
    spans = [(s, e) for s, e, _ in dates]
    if first_digit is None:
        digit = _HAS_DIGIT.search(text) if has_digit else None
        if digit is None:
            return spans
        first_digit = digit.start()
    spans += decade_spans(text)
    # Every blocker starts at a digit, or at the '+' or '(' right before one: none starts before the first.
    if starts is None:
        spans += [m.span() for m in _BLOCKERS.finditer(text, max(0, first_digit - 1))]
    else:
        spans += _blockers_at(text, max(0, first_digit - 1), starts)
    return spans


def _blockers_at(text: str, pos: int, starts: list[int]) -> list[tuple[int, int]]:
    """The spans of _BLOCKERS.finditer(text, pos), tried only where one can start: at a digit after no word
    character (or at the text's start), which is a place where a number may start (one of `starts`), or at a
    '+' or '('."""
    tried = starts
    if "+" in text or "(" in text:
        marks = [i for ch in "+(" for i in _places(text, ch, pos)]
        if marks:
            tried = sorted({*starts, *marks})
    out = []
    for at in tried:
        if at < pos:
            continue
        m = _BLOCKERS.match(text, at)
        if m:
            out.append(m.span())
            pos = m.end()
    return out


def _places(text: str, ch: str, pos: int) -> list[int]:
    """Where the character stands in the text from `pos` on."""
    out = []
    i = text.find(ch, pos)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:  # a loop, not any() over a generator: the lists are short
        if s < end and start < e:
            return True
    return False


def _core_value(m: re.Match[str]) -> tuple[Decimal | None, bool, bool]:
    """The value of a number core, whether it is written in words, and whether it is a vague plural.

    CORE's only groups are its three alternatives, none of which matches an empty text: the one that matched
    is its last group.
    """
    kind = m.lastgroup
    if kind == "digits":
        return parse_digits(m.group("digits")), False, False
    if kind == "words":
        return parse_words(m.group("words")), True, False
    return vague_value(m.group("vague")), True, True


# The characters GLUED_SCALE can start with (it ignores case: the Kelvin sign matches 'k'), and those
# SPACED_SCALE can start with besides white space and '-'.
_GLUED_FIRST = frozenset("bmtkBMTK\u212a")
_SPACED_FIRST = frozenset("dhtmblcDHTMBLC-")
_ONE = Decimal(1)


def _scale_after(text: str, pos: int) -> tuple[Decimal, int, bool]:
    """A scale word after a number in digits: (multiplier, end, glued single-letter scale)."""
    follow = text[pos:pos + 1]
    if follow in _GLUED_FIRST:
        g = GLUED_SCALE.match(text, pos)
        if g:
            return scale_of(g.group()), g.end(), len(g.group()) == 1
    if follow in _SPACED_FIRST or follow.isspace():
        s = SPACED_SCALE.match(text, pos)
        if s:
            return scale_of(s.group()), s.end(), False
    return _ONE, pos, False


# The characters other than white space that a unit written right after a number can start with.
_UNIT_FIRST = frozenset("°C%pPbB-" + "".join(c for c in "USD EUR GBP JPY CNY RUB INR CHF AUD CAD UAH" if c.isupper()))


# Units written glued to a number ("10km", "500MW"), in their usual case; lengths in mm or cm before a plural
# noun are sizes ("155mm shells", "30cm pipes").
_GLUED_UNIT = re.compile(r"(?:km/h|kmph|kph|km|kg|mph|mm|cm|MWh|MW|GWh|GW|kWh|kW|TWh)\b(?![-'’/]\w)")
_GLUED_UNIT_FIRST = frozenset("kmcMGT")
_SIZES = frozenset(("mm", "cm"))
_SIZE_OF = re.compile(r"[\s-]+(?!of\b)[a-z]{2,}s\b")
_SIZE_NOUN = re.compile(r"[\s-]+(?!of\b|in\b|on\b|at\b|and\b|or\b|to\b|by\b|for\b|from\b)[a-z]{3,}\b")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the)\s+\Z")


def _is_size(text: str, start: int, end: int) -> bool:
    """A length in mm or cm that sizes a thing ('155mm shells', 'a 120mm mortar'), not a key figure."""
    if _SIZE_OF.match(text, end):
        return True
    return bool(_SIZE_NOUN.match(text, end)) and bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start))


# The characters a percentage or basis points start with (after at most one white space).
_PERCENT_FIRST = frozenset("%pPbB")


def _unit_after(text: str, start: int, pos: int, digits: bool, money: bool = False) -> tuple[str | None, int, bool]:
    """The unit written after a number: (unit, end, hyphenated measure); after a currency sign, none.

    Besides the known counted nouns, a plural noun right after digits counts what it names ("10 areas",
    "19 policymakers"): news counts every kind of thing, and no list can name them all.
    """
    if money:
        return None, pos, False
    follow = text[pos:pos + 1]
    spaced = follow.isspace()
    if digits and follow in _GLUED_UNIT_FIRST:
        m = _GLUED_UNIT.match(text, pos)
        if m:
            unit = counted_unit(m.group())
            if unit in _SIZES and _is_size(text, start, m.end()):
                return None, -1, False  # '155mm shells': a calibre or a size, not a key figure
            return unit, m.end(), False  # '10km', '50kg', '500MW', '120mm of rain'
    if not spaced and follow not in _UNIT_FIRST:
        return None, pos, False  # every unit pattern below starts with white space or one of these
    # The character after at most one white space, where most of the patterns below look first.
    first = text[pos + 1:pos + 2] if spaced else follow
    if digits and (follow in "°C" or (spaced and first == "°")):
        m = _GLUED_TEMPERATURE.match(text, pos)
        if m:
            return (DEGREES_F if m.group("f") == "F" else DEGREES_C), m.end(), False
    m = _PERCENT.match(text, pos) if first in _PERCENT_FIRST else None
    if m:
        word = m.group().strip().lower()
        if "basis" in word or word.startswith("bp"):
            return BASIS_POINTS, m.end(), False
        if "point" in word:
            return POINTS, m.end(), False
        return PERCENT, m.end(), False
    m = _HYPHEN.match(text, pos) if follow == "-" else None
    if m:
        if _HYPHEN_NOT_MEASURE.match(text, m.end()):
            return None, -1, True
        return HYPHEN_UNITS[m.group("noun").lower()], m.end(), True
    m = (_CURRENCY_AFTER.match(text, pos) if spaced else None) or (
        _CURRENCY_CODE_AFTER.match(text, pos) if first in _UNIT_FIRST else None
    )
    if m and m.group("cur") == "won" and not _SCALE_ENDS.search(text, start, m.start("cur")):
        m = None  # 'won' is a currency only after a scale word ("5 trillion won"); else the verb
    if m:
        return currency_unit(m.group("cur")), m.end(), False
    m = _DEGREES.match(text, pos) if spaced and first in "dD" else None
    if m:
        scale = (m.group("scale") or "C")[0].upper()
        return (DEGREES_F if scale == "F" else DEGREES_C), m.end(), False
    if digits and _number_in_name(text, start):
        return None, pos, False  # "Boeing 737 jets", "Windows 11 users": the number belongs to a name
    m = _COUNTED_AFTER.match(text, pos)
    if m is None and spaced and text[pos + 1:pos + 2].isalpha():
        m = _COMPOUND_COUNTED_AFTER.match(text, pos)
        if m and is_time_unit(counted_unit(m.group("noun"))):
            m = None  # 'shelled the town 40 times last week': a period after a count, no compound
    if m and not (m.start("noun") > pos + 1 and _YEAR_LIKE.fullmatch(text, start, pos)):
        unit = counted_unit(m.group("noun"))
        if unit in _STATE_UNITS or (unit == "deaths" and m.group("noun").lower() in _DEATH_STATES):
            word = _COUNTED_AFTER.match(text[: m.start("noun")].rstrip(), pos)
            if word:
                return counted_unit(word.group("noun")), word.end(), False  # '3,000 people injured': people
            noun = _NOUN_AFTER_STATE.match(text, m.end())
            if noun and noun.group("noun") not in _NOT_COUNTED:
                return noun.group("noun"), noun.end(), False  # '12 missing fishermen': the noun is the unit
        if unit in _SIZES and _is_size(text, start, m.end()):
            return None, -1, False  # 'a 155 mm howitzer': a calibre or a size, not a key figure
        return unit, m.end(), False
    m = _PEOPLES_AFTER.match(text, pos) if spaced and first.isupper() else None
    if m and m.group("noun") not in _NOT_PEOPLES:
        return "people", m.end(), False  # 'killed 40,000 Palestinians', '12 Israelis': people, as '346 people' are
    m = _MULTIPLE.match(text, pos) if text.startswith(" times ", pos) else None
    if m:
        return MULTIPLE, m.end("unit"), False  # '8.6 times as massive': a comparison, not a count of events
    m = _PLURAL_AFTER.match(text, pos) if digits and not _YEAR_LIKE.fullmatch(text, start, pos) else None
    if m and m.group("noun").lower() not in _NOT_COUNTED:
        return m.group("noun").lower(), m.end(), False
    return None, pos, False


# The people of a country or a region, named in the plural after a number: people, as 'people' or 'civilians' count
# them (a capital after them makes a name: '3 Americans Abroad').
_PEOPLES_AFTER = re.compile(
    r"\s(?P<noun>[A-Z][a-z]+(?:ians|ans)|Israelis|Iraqis|Pakistanis|Yemenis|Somalis|Saudis|Nepalis|Omanis|Kuwaitis|"
    r"Qataris|Emiratis|Bangladeshis|Azeris|Afghanis)\b(?![-'’]\w)(?!\s+[A-Z])"
)
_NOT_PEOPLES = frozenset(("Republicans", "Anglicans", "Lutherans", "Veterans", "Titans", "Spartans", "Trojans"))


# 'eight times as massive as', '30 times the mass of', 'three times as many': a multiple measuring one thing against
# another; '12 times faster', 'shelled 40 times' are no key figures.
MULTIPLE = "times"
_MULTIPLE = re.compile(
    r"\s(?P<unit>times)\s+(?:as\s+(?:many|much)\b|as\s+[a-z]+\s+as\b|the\s+(?:size|mass|width|diameter|radius|volume|weight|"
    r"length|height|distance|area|number|amount|level|rate)\s+of\b)"
)


# Units that say what became of people ('139 missing', '230 injured'), unless a noun follows them.
_STATE_UNITS = frozenset(("missing", "injured"))
# The words of the deaths unit that say what became of people, as 'injured' does: '346 people killed' counts
# people, as '346 people were killed' and 'killed 346 people' do.
_DEATH_STATES = frozenset(("killed", "dead"))
_NOUN_AFTER_STATE = re.compile(r"\s+(?P<noun>[a-z]{3,}(?:s|men))\b(?![-'’]\w)")


def _number_in_name(text: str, start: int) -> bool:
    """A number right after a capitalised name word is part of the name ("Boeing 737", "Windows 11", "Paragraph 4")."""
    # _NAME_BEFORE ends in white space, after a lower-case letter that ends a run of word characters and hyphens
    # holding a capital: a text whose last word (before its white space) holds no capital has no match.
    head = text[max(0, start - 40):start]
    stripped = head.rstrip()
    if len(stripped) == len(head) or not stripped or stripped.rsplit(None, 1)[-1].islower():
        return False
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group("word")
    return word.lower() not in _NOT_NAMES and word.lower().rstrip(".") not in MONTH_NAMES and not word.endswith(("day", "days"))


def _range_value(m: re.Match[str]) -> tuple[Decimal | None, bool]:
    num = m.group("num")
    if num[0].isdigit() or num[0] == ".":
        return parse_digits(num), False
    return parse_words(num), True


def _is_year(m: re.Match[str], value: Decimal | None) -> bool:
    digits = m.group("digits")
    return bool(digits) and len(digits) == 4 and value is not None and 1800 <= value <= 2100


# Joins an article's paragraphs for the scan for number starts: no start's look ahead takes it.
_PARA_JOIN = "\x00"
# The characters after which the scan for number starts finds none.
_SCANNED_AFTER_NOT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _holds_digit(text: str) -> bool:
    """Whether _HAS_DIGIT finds a digit in the text (in an ASCII text, ten searches for one character each,
    which are faster than the regex's scan)."""
    if text.isascii():
        # Ten searches written out: a generator over the digits costs more than the searches.
        return (
            "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
        )
    return _HAS_DIGIT.search(text) is not None


def _may_hold_fraction_point(text: str) -> bool:
    """False only for a text in which _FRACTION_POINT cannot match."""
    return "point" in text.lower() or _ODD_CASE.search(text) is not None


def _may_hold_share(text: str) -> bool:
    """False only for a text in which none of _SHARE_FRACTION, _TWICE and _FOLD can match."""
    low = text.lower()
    for hint in _SHARE_HINTS:
        if hint in low:
            return True
    return _ODD_CASE.search(text) is not None


def _qualified(text: str, start: int) -> tuple[int, str | None, str]:
    """Where a figure starting at `start` starts with the qualifier before it, the qualifier, and the text
    before both (at most 40 characters back)."""
    lead = text[max(0, start - 40):start]
    q = _qualifier_before(lead) if lead else None
    if q is None:
        return start, None, lead
    return start - (len(lead) - q.start()), q.group("q").lower(), lead[: q.start()]


def _word_shares(text: str) -> list[_Found]:
    """Shares written as fractions ('two-thirds of voters', 'fell by a third') and multiples written as words
    ('twice as many', 'a tenfold increase'), found before the numbers of the sentence."""
    found: list[_Found] = []
    for m in _SHARE_FRACTION.finditer(text):
        num, den = m.group("num"), m.group("den").lower()
        whole = _SHARE_DENOMINATORS.get(den.rstrip("s"), 0)  # none for a letter that only matches ignoring case
        part = _SHARE_NUMERATORS.get(num.lower(), 0) if num else (1 if whole == 2 else 0)
        if not part or part >= whole or (den.endswith("s") != (part > 1)):
            continue  # 'the third of five', 'one thirds', 'three halves'
        start, qualifier, lead = _qualified(text, m.start())
        if _SHARE_NOT_BEFORE.search(lead):
            continue  # 'the second half of', 'two and a half', 'cut in half' (but 'the vote and a quarter of')
        if m.group("of") is not None:
            if _SHARE_NOT_AFTER.match(text, m.end()):
                continue  # 'a third of a mile', 'half of the year', 'a quarter of 2024'
        elif not _BY_BEFORE.search(lead) or text.startswith((" a ", " an "), m.end()):
            continue  # a share is of something ('a third of the budget') or a change ('fell by a third')
        value = (Decimal(part) * _HUNDRED / whole).quantize(_CENT).normalize()
        found.append(_Found(start, m.end("den"), value, None, None, PERCENT, qualifier, True))
    for m in _TWICE.finditer(text):
        if not _TWICE_NOT_AFTER.match(text, m.end()):
            start, qualifier, _ = _qualified(text, m.start())
            found.append(_Found(start, m.end(), Decimal(2), None, None, MULTIPLE, qualifier, True))
    for m in _FOLD.finditer(text):
        start, qualifier, lead = _qualified(text, m.start())
        if not (_FOLD_CHANGE_AFTER.match(text, m.end()) or _FOLD_CHANGE_BEFORE.search(text[max(0, start - 40):start])):
            continue  # 'the problem is twofold': parts, not a multiple
        n = m.group("n")
        value = parse_digits(n) if n[0].isdigit() else parse_words(n)
        if value is not None and value > 1:
            found.append(_Found(start, m.end(), value, None, None, MULTIPLE, qualifier, n[0].isalpha()))
    if len(found) > 1:
        found.sort(key=_START)
        kept = [found[0]]
        for f in found[1:]:
            if f.start >= kept[-1].end:
                kept.append(f)
        found = kept
    return found


def _find_in_sentence(
    text: str,
    blocked: list[tuple[int, int]],
    cores: list[re.Match[str]] | None = None,
    points: bool = True,
    shares: bool = True,
) -> tuple[list[_Found], list[_Found]]:
    """The figures with a unit, and the bare numbers that may borrow one, in one sentence.

    `cores` are the sentence's core_matches when the caller has them; `points` False when the sentence
    cannot hold a fraction of a point.
    """
    figures: list[_Found] = []
    bare: list[_Found] = []
    for fp in _FRACTION_POINT.finditer(text) if points and _may_hold_fraction_point(text) else ():
        frac = _FRACTIONS[re.sub(r"\s+", " ", fp.group("frac").lower())]
        figures.append(_Found(fp.start(), fp.end(), frac, None, None, POINTS, None, True))
    if shares and _may_hold_share(text):
        for f in _word_shares(text):
            if not _overlaps(f.start, f.end, [(p.start, p.end) for p in figures]):
                figures.append(f)
    # Only a fraction of a point can hold a later number: every other figure ends before the next is tried.
    fractions = figures[:]
    consumed = 0
    for m in core_matches(text) if cores is None else cores:
        start = m.start()
        if start < consumed or (blocked and _overlaps(start, m.end(), blocked)):
            continue
        if fractions and any(f.start <= start < f.end for f in fractions):
            continue
        if start >= 2 and text[start - 1] in "-/" and text[start - 2].isalnum():
            continue
        value, words, vague = _core_value(m)
        if value is None:
            continue
        digits = not words
        if digits and _document_number(text, start):
            consumed = m.end()
            continue
        pos = m.end()
        scale, glued_letter = Decimal(1), False
        if digits:
            scale, pos, glued_letter = _scale_after(text, pos)
        head = text[max(0, start - 40):start]
        cur_m = (
            _CURRENCY_BEFORE.search(head, max(0, len(head) - _CURRENCY_REACH))
            if not _CURRENCY_TAILS.isdisjoint(head[-3:])
            else None
        )
        if cur_m and cur_m.group() == "R" and scale == 1 and "," not in m.group():
            cur_m = None  # a bare 'R' is the rand only before an amount ('R20bn', 'R35,000'), not 'R2' or 'R40'
        currency = currency_unit(cur_m.group()) if cur_m else None
        if currency is None and digits and start and text[start - 1].isalpha():
            consumed = m.end()
            continue  # digits glued to letters that are no currency here ('R2', 'Sh2'): no figure
        lead = head[: cur_m.start()] if cur_m else head
        qual_m = _qualifier_before(lead)
        qualifier = qual_m.group("q").lower() if qual_m else None
        lead_q = lead[: qual_m.start()] if qual_m else lead
        if pos == m.end() and currency is None and not vague and text.startswith((" in ", " out of "), pos):
            share = _share_ratio(text, pos, value)
            if share is not None:
                fig_start = start - (len(head) - qual_m.start()) if qual_m else start
                figures.append(_Found(fig_start, share[1], share[0], None, None, PERCENT, qualifier, words))
                consumed = share[1]
                continue  # 'one in five households', 'three out of four': a share of a group, not a count
        low_lead = lead_q.lower()
        between = _BETWEEN_BEFORE.search(lead_q) if "between" in low_lead else None
        from_before = "from" in low_lead and bool(_FROM_BEFORE.search(lead_q))
        unit, unit_end, hyphen = _unit_after(text, start, pos, digits, currency is not None)
        if unit_end < 0:
            consumed = pos
            continue
        magnitude = unit is None and digits and lead_q.endswith(("magnitude ", "Magnitude "))
        if magnitude:
            unit = "magnitude"  # 'a magnitude 7.7 earthquake': the scale is named before the number
        if unit is None and digits and currency is None and lead_q.endswith(_TALLY_ENDS) and _TALLY_LABEL.search(lead_q):
            unit = "votes"  # 'Ayes 310, Noes 200': a division's count, the side named before it
        low = high = None
        end = unit_end if unit else pos
        after = text[end:end + 1]
        rng = _RANGE.match(text, end) if after.isspace() or after in _DASHES else None  # a range goes on after one
        if rng and not (unit and hyphen):
            sep = rng.group("sep").strip().lower()
            value2, words2 = _range_value(rng)
            currency2 = currency_unit(rng.group("cur")) if rng.group("cur") else None
            ok = value2 is not None and (
                (sep in "–—-" and digits and not words2 and not _is_year(m, value))
                or (sep == "to" and not from_before)
                or (sep == "and" and between is not None)
                or (sep == "or" and words and words2)
            )
            if ok and value2 is not None:
                pos2 = rng.end()
                scale2 = Decimal(1)
                if not words2:
                    scale2, pos2, _ = _scale_after(text, pos2)
                unit2, unit2_end, hyphen2 = _unit_after(text, rng.start("num"), pos2, not words2, (currency or currency2) is not None)
                if unit2_end < 0:
                    unit2, unit2_end = None, pos2
                first_scale = scale if scale != 1 or scale2 == 1 or value >= value2 else scale2
                lo, hi = value * first_scale, value2 * scale2
                same_unit = (unit is None or unit2 is None or unit == unit2) and (
                    currency2 is None or (currency or unit) in (None, currency2)
                )
                if hi > lo and same_unit:
                    low, high = lo, hi
                    unit = unit or unit2 or currency2
                    end = unit2_end if unit2 else pos2
                    hyphen = hyphen2 if unit2 else hyphen
                elif (
                    hi < lo
                    and sep in _DASHES
                    and unit is None
                    and unit2 is None
                    and scale == scale2 == 1
                    and m.group().isdigit()
                    and lead_q.endswith(" ")
                    and _TALLY_VERB.search(lead_q, max(0, len(lead_q) - 24))
                ):
                    # 'voted 54-46', 'carried 310–200': a vote's tally, the votes for and the votes against
                    unit = "votes"
                    figures.append(_Found(rng.start("num"), pos2, value2, None, None, unit, None, False))
                    consumed = pos2  # the count against is found: no later try at it
        if low is None:
            value = value * scale
        unit = currency or unit
        if unit is None and currency is None and glued_letter:
            continue
        if end < len(text) and text[end].isalnum() and not unit:
            continue
        fig_start = start
        if cur_m:
            fig_start = start - (len(head) - cur_m.start())
        if qual_m:
            fig_start = start - (len(head) - qual_m.start())
        if between and low is not None:
            fig_start = start - (len(head) - between.start())
        if magnitude:
            fig_start = start - len("magnitude ")
        if unit in _SIGNED_UNITS and low is None and cur_m is None and qual_m is None and value:
            sign = _MINUS_BEFORE.search(head, max(0, len(head) - 7))
            if sign:
                value = -value  # 'minus 5C', '-8C', '-0.3%': below zero
                fig_start = start - (len(head) - sign.start())
        if qualifier is None and low is None and lead_q.endswith(_PASSED_ENDS) and _passed_before(text, lead_q, end, unit):
            qualifier = "more than"  # 'the toll has passed 300', 'topped $1bn', 'crossed the 1,000 mark'
        found = _Found(fig_start, end, None if low is not None else value, low, high, unit, qualifier, words, vague)
        consumed = max(consumed, end)
        if unit is None:
            if not vague and not _is_year(m, value) and _may_borrow(text, m, found) and not (
                qualifier and _AGE_LIMIT.search(lead_q)
            ):
                bare.append(found)
            continue
        if _not_a_key_figure(text, m, found, lead_q, hyphen):
            continue
        figures.append(found)
    return figures, bare


# The side of a division named before its count ('Ayes 310', 'Noes: 200'), and a verb of a vote before a tally of
# its votes for and against ('voted 54-46', 'carried 310–200', 'approved it by 54–46').
_TALLY_LABEL = re.compile(r"\b(?:Ayes|Noes|Yeas|Nays|ayes|noes|yeas|nays)\s*:?\s+\Z")
_TALLY_ENDS = ("ayes ", "noes ", "yeas ", "nays ", "Ayes ", "Noes ", "Yeas ", "Nays ", ": ")
_TALLY_VERB = re.compile(
    r"\b(?:(?:voted|carried|passed|approved|adopted|rejected|defeated|backed|confirmed|endorsed|ratified)"
    r"(?:\s+(?:it|them|the\s+\w+))?(?:\s+by)?|(?:vote|tally|margin|majority)\s+of)\s+\Z"
)


# A verb that says a count went beyond a number: 'has passed 300', 'surpassed $1bn', 'crossed the 1,000 mark'.
# 'surpassed', 'exceeded' and 'topped' say it before any number; 'passed', 'crossed', 'broke' and 'breached' only
# before a bare number, an amount of money or a percentage ('passed 300 laws', 'crossed 3 borders' count things),
# or before a number made a mark ('broke the 10,000 barrier').
_PASSED_STRONG = ("surpassed ", "exceeded ", "topped ")
_PASSED_ENDS = (*_PASSED_STRONG, "passed ", "crossed ", "broke ", "broken ", "breached ", "the ")
_PASSED_BEFORE = re.compile(
    r"\b(?P<verb>passed|surpassed|exceeded|topped|crossed|broke|broken|breached)\s+(?P<the>the\s+)?\Z"
)
_MARK_AFTER = re.compile(r"\s+(?:mark|milestone|threshold|barrier|level)\b")


def _passed_before(text: str, lead: str, end: int, unit: str | None) -> bool:
    """Whether the verb before a number says a count went beyond it (the number is then a floor: 'more than')."""
    m = _PASSED_BEFORE.search(lead, max(0, len(lead) - 16))
    if m is None:
        return False
    if m.group("the") is not None or not lead.endswith(_PASSED_STRONG):
        if _MARK_AFTER.match(text, end):
            return True
        if m.group("the") is not None:
            return False  # 'passed the 300 laws'
        return unit is None or unit in _PASSED_UNITS
    return True


_PASSED_UNITS = frozenset((PERCENT, *CURRENCIES))


def _share_ratio(text: str, pos: int, value: Decimal) -> tuple[Decimal, int] | None:
    """The percentage that a count out of a whole after `pos` makes ('1 in 5' -> 20), and where it ends."""
    r = _SHARE_RATIO.match(text, pos)
    if r is None:
        return None
    w = r.group("whole")
    whole = parse_digits(w) if w[0].isdigit() else Decimal(_SHARE_WHOLE_WORDS.get(w.lower(), 0))
    if not 0 < value < whole or value != value.to_integral_value() or whole not in _SHARE_WHOLES:
        return None  # '12 in 40 raids' is no way of writing a share
    return (value * _HUNDRED / whole).quantize(_CENT).normalize(), r.end()


def _document_number(text: str, start: int) -> bool:
    """A number that names a document, a clause or a place in a list ("Article 5", "Resolution 2231", "#3")."""
    before = text[start - 1:start] if start else ""
    if before == "#":
        return True
    if not before.isspace():
        return False
    words = text[max(0, start - 30):start].rsplit(None, 2)  # its last two words are those of its split()
    if not words:
        return False
    if words[-1] == "No." and len(words) > 1 and words[-2] in _LEGAL_WORDS:
        return True
    return words[-1] in _LEGAL_WORDS


def _not_a_key_figure(text: str, m: re.Match[str], found: _Found, lead: str, hyphen: bool) -> bool:
    """Quantities a careful analyst would not list: ages, a lone 'one', 'the two countries', named sources."""
    if lead.endswith(" in ") and not is_time_unit(found.unit) and _RATIO_BEFORE.search(lead):
        return True  # 'three in four voters', '1 in 5 children': a share, not a count
    if found.unit == "years" and (_YEARS_OLD.match(text, found.end) or text[found.end:found.end + 4] == "-old"):
        return True
    value = found.value if found.value is not None else found.high
    if found.words and not found.vague and value == 1 and not hyphen:
        return True
    if (
        found.words
        and value is not None
        and value <= 10
        and not hyphen
        and found.qualifier is None
        and not is_time_unit(found.unit)
        and _DETERMINER_BEFORE.search(lead)
    ):
        return True
    if found.unit == "people" and value is not None and value <= 5 and _FAMILIAR.match(text, found.end):
        return True
    if is_time_unit(found.unit) and _PERIOD_TO.match(text, found.end):
        return True  # "in the 12 months to August": the period a figure covers, not a figure
    if found.unit == "votes" and found.words and _VOTES_TO.match(text, found.end) and lead.endswith(("by ", "of ")):
        return True  # "ruled by two votes to one": a panel's split
    return False


def _may_borrow(text: str, m: re.Match[str], found: _Found) -> bool:
    """A bare number may take a unit from its sentence when it stands as a quantity, not a name or a label."""
    if text.startswith(" in ", found.end) and _RATIO_AFTER.match(text, found.end):
        return False  # '1 in 5 children': a share, not a count
    if found.words:
        if m.group().lower().strip() in ("one", "a", "an") or not m.group()[0].islower():
            return False
    prev = _previous_word_start(text, m.start())
    if prev is not None and text[prev].isupper() and prev > 0 and not _ends_with_sentence_punct(text, prev):
        return False
    if _CARRY_NEXT.match(text, found.end):
        return True
    return text.startswith(" lost their lives", found.end)  # '120 lost their lives': a count of the dead


def _previous_word_start(text: str, end: int) -> int | None:
    """Where the match of _PREVIOUS_WORD in text[:end] starts, if it has one: the run of its word characters
    before the white space that ends the text (found by a step back, not the regex's tries at every start)."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end:
        return None
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’.-"):
        k -= 1
    return k if k < j else None


def _ends_with_sentence_punct(text: str, end: int) -> bool:
    """Whether _SENTENCE_PUNCT matches in text[:end]: its last character but white space is one of the marks."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] in _SENTENCE_MARKS


# The last words of the first and third branches of _NUMBER_VERB, which end in white space; the second holds
# "number" (the regex is case-sensitive there).
_NUMBER_VERB_ENDS = (
    "number", "numbering", "numbered", "total", "totalling", "totaling", "totalled", "totaled", "at", "of", "reaching",
    "reached",
)


def _may_follow_number_verb(text: str, end: int) -> bool:
    """False only when _NUMBER_VERB cannot match in text[:end]."""
    head = text[:end]
    return "number" in head or (head[-1:].isspace() and head.rstrip().endswith(_NUMBER_VERB_ENDS))


_TOLL_BEFORE = re.compile(
    r"\b(?i:death\s+toll|toll)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:rose|risen|climbed|jumped|reached|stood|stands|hit|passed|"
    r"surpassed|exceeded|topped|to|at|of|(?:passed|surpassed|exceeded|topped|crossed|hit|reached)\s+the)\s+\Z"
)


# What a bare number says of people made to move, held or hurt: 'forced 30,000 to flee', '12 were arrested'.
_PEOPLE_MOVED = re.compile(
    r"\s+(?:(?:were|was|are|have\s+been|had\s+been|has\s+been|had|have)\s+(?:\w+ly\s+)?)?(?:to\s+flee|to\s+evacuate|fled|"
    r"evacuated|displaced|arrested|detained|rescued|hospitali[sz]ed|stranded|trapped)\b"
)
# What a bare number says of people killed or hurt, after it ('39 had died', '120 lost their lives', '12 of them
# later died') or before it ('killed 346', 'wounded 40'): the deaths or the injured, as '14 dead', '230 injured' and
# a toll count them (a number written with its noun, '346 people killed', counts what the noun names).
_HARMED_AFTER = re.compile(
    r"\s+(?:of\s+them\s+)?(?:(?:were|was|are|have\s+been|had\s+been|has\s+been|had|have|has)\s+)?"
    r"(?:(?:\w+ly|later|also|since|all)\s+)?(?:(?P<dead>killed|died|dead|perished|lost\s+their\s+lives)|"
    r"injured|wounded|hurt)\b"
)
_HARMED_BEFORE = re.compile(
    r"\b(?:(?P<dead>killed|killing|kills|kill)|wounded|wounding|wounds|injured|injuring|injures|injure)\s+"
    r"(?:(?:another|a\s+further)\s+)?\Z"
)
_CROWD_BEFORE = re.compile(r"\bcrowds?\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,30}?\b(?:at|of)\s+(?:(?:about|some|around|nearly|over)\s+)?\Z")
_TOOK_PART = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:took\s+part|taken\s+part|marched|gathered|rallied|protested|demonstrated|"
    r"attended|joined\s+the\s+(?:protests?|march|marches|rally|rallies|strike|demonstrations?))\b"
)
_PEOPLE_MOVED_BEFORE = re.compile(r"\b(?:displaced|displacing|evacuated|evacuating|forced|forcing|forces)\s+\Z")
# The words between a bare number and a later figure of the same list or range: numbers, commas and links.
_LIST_GAP = re.compile(r"(?:\s*(?:,|and|or|to|-|–|—|\d[\d,.]*|million|billion|thousand|hundred)\s*)*\Z")


_RATE_UNITS = frozenset(("percent", "percentage points", "basis points"))
# A stock index, and the "at"/"to" that gives its level.
_INDEX_WORD = re.compile(
    r"\b(?:[Ii]ndex|[Ii]ndices|FTSE|Dow|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Kospi|Sensex|Stoxx|Bovespa|Topix)\b"
)
_LEVEL_BEFORE = re.compile(r"\b(?:at|to)\s+\Z")


def _rate_list_gap(text: str, end: int, start: int) -> bool:
    """Whether the words between a rate and a later bare number make a list or a range ('3%, 7', '5% to 7'), not a
    change and the level it reached ('0.6%, to 131,200')."""
    return bool(_LIST_GAP.match(text, end, start)) and not _COMMA_TO.match(text, end, start)


_COMMA_TO = re.compile(r"\s*,\s*to\s*\Z")
# A measure that is a rate or a level, named right before a bare number ('with growth at 3', 'inflation of 2.5',
# 'turnout was 61'): the number is that measure's, not a sum or a count of the same sentence.
_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:growth|inflation|rates?|turnout|unemployment|joblessness|yields?|approval|ratings?|temperatures?|"
    r"humidity|ratio)(?:\s+[a-z]+){0,2}?\s+(?:at|of|to|was|is|were|are|hit|reached)\s+\Z"
)


def _borrow_units(text: str, figures: list[_Found], bare: list[_Found], previous: str = "") -> list[_Found]:
    """Give bare numbers the unit their sentence implies: 'troops, which could number 10,000 to 30,000', or
    the unit of the nearest figure of the same sentence ('37 countries ... with 15 ready'); `previous` is the
    text of the sentence before, which may name what a number counts ('the number of protesters')."""
    lent: list[_Found] = []
    for b in bare:
        verb = _NUMBER_VERB.search(text, 0, b.start) if _may_follow_number_verb(text, b.start) else None
        while verb and verb.group("noun") and is_time_unit(counted_unit(verb.group("noun"))):
            # a duration names no count a verb gives ('40 days of talks, troops reaching 400'): a later noun may
            verb = _NUMBER_VERB.search(text, verb.end("noun"), b.start)
        if verb:
            noun = verb.group("noun") or verb.group("noun2")
            b.unit = counted_unit(noun) if noun else "troops"
            lent.append(b)
            continue
        subject = _subject_counted(text, b.start) if text.endswith(_SUBJECT_VERB_ENDS, 0, b.start) else None
        if subject:
            b.unit = subject  # 'Visitors numbered 4,000', 'Arrivals reached 1.2 million': what the subject names
            lent.append(b)
            continue
        counted = _number_of(text, b.start, previous) if "number" in text or "number of" in previous else None
        if counted:
            b.unit = counted  # 'put the number of protesters at 480,000', 'The number of X ... put the number at'
            lent.append(b)
            continue
        if "toll" in text and _TOLL_BEFORE.search(text, max(0, b.start - 160), b.start):
            b.unit = "deaths"  # "the death toll rose to 1,644": what a toll counts, whatever else the sentence counts
            lent.append(b)
            continue
        harmed = _HARMED_AFTER.match(text, b.end) or _HARMED_BEFORE.search(text, max(0, b.start - 24), b.start)
        if harmed:
            b.unit = "deaths" if harmed.group("dead") else "injured"  # 'killed 346', '39 had died', 'wounded 40'
            lent.append(b)
            continue
        if _PEOPLE_MOVED.match(text, b.end) or _PEOPLE_MOVED_BEFORE.search(text, max(0, b.start - 20), b.start):
            b.unit = "people"  # "forces 30,000 to flee", "12 were arrested": people, whatever else the sentence counts
            lent.append(b)
            continue
        # A unit is taken from a later figure only across a list or a range ('4, 5 and 6 percent'), never from
        # another clause ('30,000 to flee as the blaze spreads across 45,000 acres').
        if "crowd" in text and _CROWD_BEFORE.search(text, max(0, b.start - 60), b.start):
            b.unit = "people"  # "police estimated the crowd at 45,000", "a crowd of 20,000"
            lent.append(b)
            continue
        measured = _MEASURE_BEFORE.search(text, max(0, b.start - 60), b.start)
        paired = _paired_at(text, b, figures, lent) if text.endswith("at ", 0, b.start) and not measured else None
        if paired is not None:
            b.unit = paired.unit  # 'put the number at 1 million, police at 480,000': the count it is set against
            lent.append(b)
            continue
        whole = _whole_of(text, b, figures) if text.startswith(" of ", b.end) else None
        if whole is not None:
            b.unit = whole.unit  # "about 1,200 of its 170,000 employees": a part counts what its whole counts
            lent.append(b)
            continue
        donors = [
            f
            for f in figures
            if f.unit
            and not is_time_unit(f.unit)
            # a rate or a level named before the number ('with growth at 3') takes no sum and no count
            and (measured is None or f.unit in _RATE_UNITS or f.unit in (DEGREES_C, DEGREES_F))
            and not f.vague
            and (
                # a share or a rate before the number lends only across a list: "fell 0.9% to 8,150" is a level
                (f.end <= b.start and (f.unit not in _RATE_UNITS or _rate_list_gap(text, f.end, b.start)))
                or _LIST_GAP.match(text, b.end, f.start)
            )
        ]
        if not donors:
            if _TOOK_PART.match(text, b.end):
                b.unit = "people"  # "more than 150,000 had taken part", "some 5,000 marched"
                lent.append(b)
            elif _INDEX_WORD.search(text) and _LEVEL_BEFORE.search(text, max(0, b.start - 12), b.start):
                b.unit = "points"  # "the FTSE 100 closed down 0.9% at 8,150": an index's level
                lent.append(b)
            continue
        nearest = min(donors, key=lambda f: (b.start - f.end) if f.end <= b.start else 2 * (f.start - b.end) + 1)
        b.unit = nearest.unit
        lent.append(b)
    return lent


# A plural noun as the subject of a verb that gives its count: 'Visitors numbered 4,000', 'Casualties totalled 312',
# 'Arrivals have reached 1.2 million', 'Applications stood at 35,000' (a capital only at the sentence's start: else a
# name, 'Wolves reached 40'). Not a plural ending in -ss, -is or -us ('Congress', 'crisis', 'bonus').
_SUBJECT_COUNT = re.compile(
    r"(?<![\w'’-])(?P<noun>[A-Za-z][a-z-]+[a-rt-z](?<![iu])s)\s+(?:(?:have|has|had)\s+)?(?:(?:now|already)\s+)?"
    r"(?:numbered|totalled|totaled|reached|stood\s+at)\s+\Z"
)
_SUBJECT_VERB_ENDS = ("numbered ", "totalled ", "totaled ", "reached ", " at ")
# Plurals that name a measure or an amount, not things counted ('Prices reached 4,000', 'Exports totalled 4.5
# billion', 'Temperatures reached 40'), and words that are no subject of a count.
_NOT_SUBJECT_COUNTS = frozenset(
    """prices rates levels temperatures yields shares stocks costs sales revenues profits losses earnings exports
    imports figures numbers totals estimates results scores ratings talks gains savings reserves debts funds assets
    emissions wages salaries bills taxes tariffs fees fares expenses readings markets winds gusts speeds waters
    floodwaters inflows outflows receipts proceeds investments sums amounts payments budgets tolls polls odds
    holdings balances volumes valuations points goals runs sides terms tensions""".split()
)


def _subject_counted(text: str, start: int) -> str | None:
    """The unit a plural subject gives the bare number its verb gives it ('Visitors numbered 4,000': visitors, as
    written; a known counted noun in the project's spelling: 'Casualties totalled 312': deaths)."""
    m = _SUBJECT_COUNT.search(text, max(0, start - 60), start)
    if m is None:
        return None
    noun = m.group("noun")
    low = noun.lower()
    if low in _NOT_SUBJECT_COUNTS or low in _NOT_COUNTED:
        return None
    if noun[0].isupper() and text[: m.start()].strip(" \"“‘'(") != "":
        return None  # a capital inside the sentence: a name ('the Wolves reached 40')
    return counted_unit(low) or low


# 'the number of protesters', 'the number of new infections': what a number counts, named before it (a known
# counted noun, else any plural noun, which is the unit as written).
_NUMBER_OF = re.compile(
    rf"\b[Tt]he\s+number\s+of\s+(?:(?P<known>(?i:{COUNTED_ALT}))\b|(?:[a-z][a-z-]+\s+)?(?P<noun>[a-z][a-z-]{{2,}}s)\b)"
    r"(?![-'’]\w)"
)
# The words right before a number that the number of something is: 'at 480,000', 'rose to', 'has passed'.
_NUMBER_LINK = re.compile(
    r"\b(?:at|to|reached|hit|passed|surpassed|exceeded|topped|crossed|was|is|stood\s+at|"
    r"(?:passed|surpassed|exceeded|topped|crossed|hit|reached)\s+the)\s+\Z"
)
# 'put the number at 1 million', 'estimated the figure at 480,000': a number given for a count named before.
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+(?:the|their|its)\s+"
    r"(?:number|figure|count|total|tally)\s+at\s+\Z"
)


def _number_of(text: str, start: int, previous: str) -> str | None:
    """The unit of a bare number that the number of something named before it is: 'the number of protesters ...
    at 480,000' in its sentence, or 'put the number at 1 million' after a sentence naming the number of protesters."""
    lead = text[max(0, start - 40):start]
    if "number of" in text and _NUMBER_LINK.search(lead):
        m = _last_number_of(text, 0, start)
        if m is not None:
            return m
    if "number of" in previous and _PUT_AT.search(lead):
        return _last_number_of(previous, 0, len(previous))
    return None


def _last_number_of(text: str, pos: int, endpos: int) -> str | None:
    """The unit that the last 'the number of X' between pos and endpos names."""
    unit = None
    for m in _NUMBER_OF.finditer(text, pos, endpos):
        known = m.group("known")
        noun = m.group("noun")
        if known:
            unit = counted_unit(known)
        elif noun.lower() not in _NOT_COUNTED:
            unit = counted_unit(noun) or noun
    return unit


# An elliptical comparison after a figure given with 'at': ', police at 480,000', ', and the police at 480,000'
# (a few words that name who gives the other number, then 'at').
# (a few words that name who gives the other number, then 'at'; no preposition, pronoun or verb among them:
# '$5bn, with growth at 3' or ', rising at 3' set no two counts side by side).
_ELLIPSIS_WORD = (
    r"(?!(?:with|without|for|in|on|by|to|from|of|after|before|since|until|into|than|as|and|or|is|was|were|are|be|"
    r"been|has|had|have|which|who|that|it|he|she|they|we|its|their)\b)(?![a-z]+(?:ing|ed)\b)[A-Za-z][\w'’.&-]*"
)
_ELLIPSIS_AT = re.compile(
    rf"\s*,\s+(?:(?:and|while|but|whereas)\s+)?(?:(?:the|a|an|its|their)\s+)?{_ELLIPSIS_WORD}"
    rf"(?:\s+{_ELLIPSIS_WORD}){{0,2}}\s+at\s+"
)
_AT_BEFORE = re.compile(r"\bat\s+\Z")


def _paired_at(text: str, b: _Found, figures: list[_Found], lent: list[_Found]) -> _Found | None:
    """The figure a bare number is set against in an elliptical comparison: 'Unions put the number at 1 million,
    police at 480,000' (the figure right before it, given with 'at' too, and only a comma, a few words and 'at'
    between them)."""
    before = [f for f in (*figures, *lent) if f.end <= b.start and f.unit and not f.vague]
    if not before:
        return None
    f = max(before, key=attrgetter("end"))
    if is_time_unit(f.unit) or not _ELLIPSIS_AT.fullmatch(text, f.end, b.start):
        return None
    return f if _AT_BEFORE.search(text, max(0, f.start - 6), f.start) else None


# The words between a part and the whole it is of: "1,200 of its 170,000 employees", "12 of the 40 seats".
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?")


def _whole_of(text: str, b: _Found, figures: list[_Found]) -> _Found | None:
    """The figure a bare number is a part of, written right after it with 'of' ('1,200 of its 170,000 employees')."""
    for f in figures:
        if f.start > b.end and f.unit and not f.vague and _OF_WHOLE.fullmatch(text, b.end, f.start):
            return f
    return None


_WORD_RE = re.compile(r"[\w'’-]+")
_CLAUSE_STOP = re.compile(r"[;:—–()«»\"“”]")


def _context(text: str, start: int, end: int) -> str:
    """A few words of the sentence saying what a figure counts: what follows it, else what precedes it."""
    stop = _CLAUSE_STOP.search(text, end)  # the words up to the clause's end (_WORD_RE looks at no neighbour)
    words = _WORD_RE.findall(text, end, stop.start() if stop else len(text))[:7]
    if len(words) >= 2:
        return " ".join(words)
    before = _CLAUSE_STOP.split(text[:start])[-1]
    return " ".join(_WORD_RE.findall(before)[-5:]) or " ".join(words)


_START = attrgetter("start")


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def extract_figures(article: Article) -> tuple[list[Figure], list[EventDate]]:
    """The key figures and the event dates stated in one article."""
    figures: list[Figure] = []
    dates: list[EventDate] = []
    paragraphs = article.paragraphs
    # The places where a number may start, found in one scan of the article's paragraphs joined by a character
    # that no scan for a start looks at or past (as each paragraph's own scan finds them, moved by where it
    # starts); lower-casing moves no character in a text without the odd letters, which are scanned for alone.
    joined = _PARA_JOIN.join([para.text for para in paragraphs])
    if paragraphs and not odd_case(joined) and joined.count(_PARA_JOIN) == len(paragraphs) - 1:
        joined_lower = joined.lower()
        joined_starts = number_starts(joined, joined_lower, False)
    else:
        joined_lower = None
    base = 0  # where the paragraph starts in the joined text
    previous = ""  # the text of the sentence before (of this or an earlier paragraph)
    for para in paragraphs:
        whole = para.text
        sentences = para.sentences or (Sentence(article.id, para.index, 0, 0, len(whole), whole),)
        # Scans of the whole paragraph, once: a sentence holds a digit only if its paragraph does, a number
        # starts in a sentence only where it starts in the paragraph (or at the sentence's start, when a
        # character the scan does not look after stands before it).
        para_digit = _holds_digit(whole)
        para_dates = para_digit and may_hold_dates(whole)
        if joined_lower is not None:
            shift = base  # `starts` are places in the joined text
            base += len(whole) + 1
            para_points = joined_lower.find("point", shift, base - 1) >= 0
            starts = joined_starts
            first = bisect_left(starts, shift)  # the paragraph's starts are starts[first:last]
            last = bisect_left(starts, base - 1, first)
        else:
            shift = 0
            lower = whole.lower()
            odd = odd_case(whole)
            para_points = odd or "point" in lower
            starts = number_starts(whole, lower, odd)
            first, last = 0, len(starts)
        for sentence in sentences:
            text, offset, index = sentence.text, sentence.start, sentence.index
            before, previous = previous, text
            end = offset + len(text)
            lo = bisect_left(starts, shift + offset, first, last)
            hi = bisect_left(starts, shift + end, lo, last)
            glued = offset > 0 and whole[offset - 1] in _SCANNED_AFTER_NOT
            if not (para_digit or para_points or lo < hi or glued):
                continue  # no digit, no number, no fraction of a point: neither a date nor a figure
            # A text without a digit holds no date: find_event_dates would give none.
            digit = _HAS_DIGIT.search(text) if para_digit else None
            has_digit = digit is not None
            # Nor does a sentence whose paragraph holds no month and no year (unless a word character stands
            # right before it: then a month at its start is not one in the paragraph).
            dated = has_digit and (para_dates or (offset > 0 and not whole[offset - 1].isspace()))
            found_dates = [d for d in find_event_dates(text, article.date) if not _counted_year(text, d)] if dated else []
            for s, e, iso in found_dates:
                dates.append(EventDate(article.id, para.index, index, offset + s, offset + e, text[s:e], iso))
            tried = [q - shift - offset for q in starts[lo:hi]] if lo < hi else []
            if glued and (not tried or tried[0] != 0):
                tried.insert(0, 0)
            misses: list[int] = []
            cores = list(core_matches(text, tried, misses)) if tried else []
            # A share or a multiple starts or ends where no number starts ('half of', 'a third', 'two-thirds',
            # 'twice', 'tenfold', '10-fold').
            shares = bool(misses)
            points = para_points and _may_hold_fraction_point(text)
            if not cores and not points and not shares:
                continue  # no number and no fraction of a point or share: no figure
            blocked = (
                _blocked_spans(text, found_dates, False)
                if digit is None
                else _blocked_spans(text, found_dates, True, digit.start(), tried)
            )
            found, bare = _find_in_sentence(text, blocked, cores, points, shares)
            if bare:
                found = sorted(found + _borrow_units(text, found, bare, before), key=_START)
            elif len(found) > 1:
                found.sort(key=_START)
            for f in found:
                # id, article, paragraph, sentence, start, end, text, value, low, high, unit, qualifier,
                # sentence_text, context
                figures.append(
                    Figure(
                        f"{article.id}:f{len(figures) + 1}",
                        article.id,
                        para.index,
                        index,
                        offset + f.start,
                        offset + f.end,
                        text[f.start:f.end],
                        None if f.value is None else float(f.value),
                        None if f.low is None else float(f.low),
                        None if f.high is None else float(f.high),
                        f.unit,
                        f.qualifier,
                        text,
                        _context(text, f.start, f.end),
                    )
                )
    return _without_headline_repeats(article, figures), dates


def _without_headline_repeats(article: Article, figures: list[Figure]) -> list[Figure]:
    """A headline's figure that the text states again is one figure, not two: keep the text's."""
    headlines = {p.index for p in article.paragraphs if p.kind == "headline"}
    if not headlines:
        return figures

    def key(f: Figure) -> tuple:
        return (f.value, f.low, f.high, f.unit)

    in_text = {key(f) for f in figures if f.paragraph not in headlines}
    return [f for f in figures if f.paragraph not in headlines or key(f) not in in_text]


_COUNTED_NEXT = re.compile(rf"\s+(?:(?:{_MODIFIER})\s+)?(?i:{COUNTED_ALT}|{CURRENCY_WORD_ALT})\b|\s?%|\s(?i:percent)")


def _counted_year(text: str, date: tuple[int, int, str | None]) -> bool:
    """A year-like number that counts something ("2000 troops") is a figure, not a date."""
    s, e, iso = date
    return iso is not None and len(iso) == 4 and e - s == 4 and bool(_COUNTED_NEXT.match(text, e))

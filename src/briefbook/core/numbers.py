"""Numbers as news text writes them: digits, number words, scale words and vague plurals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from .wordtrie import trie_alternation

UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
VAGUE_PLURALS = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "trillions": 1_000_000_000_000,
}

_SMALL = trie_alternation(UNITS_WORDS, fold=True)
_TENS = trie_alternation(TENS_WORDS, fold=True)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_BIG = "dozen|hundred|thousand|million|billion|trillion|lakhs?|crores?"

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
WORD_NUMBER = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_SMALL}|(?:a|an|half\s+a)(?=\s+(?:{_BIG})\b))"
)
FRACTION = r"\s+and\s+a\s+(?:half|quarter)"
WORD_SCALE = rf"(?:[\s-]+(?:{_BIG}))"
VAGUE = r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions|trillions)(?=\s+of\b)"

# Currency abbreviations written glued to an amount ("R20bn", "Rs35,000", "KSh2.5bn", "Tk500", "RM2bn"): a
# number in digits may start right after one (figures.py says whether it is money there).
# ISO codes are written glued too ("EUR450m", "USD1.2bn", "INR35,000 crore"); not those that also name a version or
# a rule ('PHP8', 'NIS2'). A code glued to digits is money only in capitals (figures.py); other letters before
# digits ('COVID19', 'A320', 'CO2', 'Cop29') start no number.
GLUED_CODES = (
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "inr", "chf", "aud", "cad", "uah", "brl", "ngn", "zar", "krw",
    "sek", "nok", "dkk", "mxn", "pln", "idr", "pkr", "bdt", "lkr", "kes", "ugx", "tzs", "twd", "myr", "ghs", "egp",
    "aed", "thb", "vnd", "kzt", "etb",
)
GLUED_CURRENCIES = ("r", "rs", "re", "rp", "rm", "tk", "sh", "shs", "ksh", "tsh", "dh", "dhs", *GLUED_CODES)
_CODES = "|".join(GLUED_CODES)
_AFTER_GLUED_CURRENCY = rf"(?i:(?<=\br)|(?<=\b(?:rs|re|rp|rm|tk|sh|dh))|(?<=\b(?:shs|ksh|tsh|dhs|{_CODES})))"
_GLUED_CURRENCY_AT = re.compile(rf"(?i:{_CODES}|r[sepm]?|tk|shs?|ksh|tsh|dhs?)(?=\d)")
# Fractions a share is written with ('a third of', 'half of'); 'twice' a multiple.
SHARE_FRACTIONS = ("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

# A number starts with a digit or a point, or at a word whose first letter may begin a number word.
CORE = re.compile(
    r"(?=[\d.]|\b(?i:[otfsenahdmb]))"
    rf"(?:(?P<digits>(?:(?<![\w.,])|{_AFTER_GLUED_CURRENCY}){DIGITS})|(?P<words>(?i:\b{WORD_NUMBER}\b)(?i:{FRACTION})?(?i:{WORD_SCALE})*)|(?P<vague>(?i:\b{VAGUE})))"
)
# The character before a place where a number can start, in a lower-cased text: a character that is not an
# ASCII letter, digit or underscore, then a digit or a point, a word a number in words opens with, or 'a'/'an'
# before a scale word. CORE matches only at the start of a text or right after a character that is not a
# word character (a number in digits after no word character, period or comma; one in words at a word
# boundary), and every such character is one of these. The scan consumes that one character alone, so no
# start hides another; the class of plain ranges lets the engine skip fast.
# A glued currency ('R20bn') is a start only before a digit (its trie entry ends in a placeholder that becomes
# "\d"); a fraction, 'twice' and 'fold' start no number but may start or end a share or a multiple ('half of',
# 'two-thirds', 'one third', 'twice as many', '10-fold'): core_matches gives them as misses.
_START_WORDS = trie_alternation(
    [*UNITS_WORDS, *TENS_WORDS, *SHARE_FRACTIONS, "twice", "fold", *VAGUE_PLURALS, "tens", "scores",
     *(c + "\x01" for c in GLUED_CURRENCIES if c not in GLUED_CODES)],
    first_class=False,
).replace("\x01", r"\d")
# What 'a' or 'an' may open ('a million', 'a third'), as a trie.
_A_BEFORE = trie_alternation(
    ["dozen", "hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores", *SHARE_FRACTIONS],
    first_class=False,
)
# A code glued to an amount ('eur450m') is a start too, found by one branch that looks for the digit first (three
# characters on, where a word goes on with a letter): a branch of the trie for each code would cost at every word.
_GLUED_CODE_START = rf"...(?=\d)(?<={_CODES})"
_BEFORE_START = re.compile(rf"[^a-zA-Z0-9_](?=[\d.]|{_START_WORDS}|an?\s+{_A_BEFORE}|{_GLUED_CODE_START})")
# The same in a text as it is, for a text with letters that match an ASCII letter when case is ignored but do
# not lower-case to it (or lower-case to two characters), which CORE would find as it ignores case.
_BEFORE_START_ANY_CASE = re.compile(
    rf"[^a-zA-Z0-9_](?=[\d.]|(?i:{_START_WORDS}|an?\s+{_A_BEFORE}|{_GLUED_CODE_START}))"
)


def odd_case(text: str) -> bool:
    """Whether a text holds a letter that matches an ASCII letter when case is ignored but does not lower-case
    to it (or lower-cases to two characters): İ, ı, ſ. (Three searches for one character each are faster than a
    regex's scan for any of them.)"""
    return "\u0131" in text or "\u017f" in text or "\u0130" in text


def number_starts(text: str, lower: str | None = None, odd: bool | None = None) -> list[int]:
    """Every place in a text where CORE may match, in order (the text is scanned as if a space stood before it).

    The scan looks back one character and forward only to recognise a start, so the places found in a
    paragraph are the places in each of its sentences (but at a sentence's start when a letter, a digit or
    an underscore stands before it): a paragraph is scanned once for all of them. `lower` is the text
    lower-cased, when the caller has it; `odd` what odd_case says of it.
    """
    if odd_case(text) if odd is None else odd:
        return [m.start() for m in _BEFORE_START_ANY_CASE.finditer(" " + text)]
    return [m.start() for m in _BEFORE_START.finditer(" " + (text.lower() if lower is None else lower))]


def core_matches(text: str, starts: list[int] | None = None, misses: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of CORE in a text, as CORE.finditer gives them, trying CORE only where a number can start.

    `starts` are the places to try, in order: those number_starts finds in the text, or (for a sentence of a
    paragraph) those found in the paragraph; by default the text is scanned itself. `misses`, when given,
    gets the places tried at a letter where no number starts ('half of', 'a third', '-thirds', 'twice', 'tenfold').
    """
    pos = 0
    for at in number_starts(text) if starts is None else starts:
        if at < pos:
            continue
        m = CORE.match(text, at)
        if m is None:
            g = _GLUED_CURRENCY_AT.match(text, at)  # 'R20bn': the number after the currency
            m = CORE.match(text, g.end()) if g else None
            if m is None:
                if misses is not None and text[at].isalpha():
                    misses.append(at)
                continue
        pos = m.end()
        yield m


GLUED_SCALE = re.compile(r"(?:bn|mn|mln|bln|tn|trn|m|b|k)(?![\w])", re.I)
SPACED_SCALE = re.compile(rf"[\s-]*(?:{_BIG}|bn|mn|mln|bln|tn|trn)\b(?:[\s-]+(?:{_BIG})\b)*", re.I)
_WORD = re.compile(r"[a-z]+", re.I)


def parse_digits(text: str) -> Decimal:
    """The value of a number written in digits ("10,000", "3.5")."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return Decimal(0)


def scale_of(text: str) -> Decimal:
    """The product of the scale words in a text ("hundred thousand" -> 100000, "bn" -> 1e9)."""
    result = Decimal(1)
    for w in _WORD.findall(text.lower()):
        if w in SCALES:
            result *= SCALES[w]
    return result


def parse_words(text: str) -> Decimal | None:
    """The value of a number written in words ("two dozen", "three and a half", "half a million")."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    total = Decimal(0)
    current = Decimal(0)
    started = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
            started = True
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
            started = True
        elif w in ("a", "an") and not started:
            current = Decimal(1)
            started = True
        elif w == "half" and not started:
            current = Decimal("0.5")
            started = True
            if i + 1 < len(words) and words[i + 1] == "a":
                i += 1
        elif w == "and" and i + 2 < len(words) and words[i + 1] == "a" and words[i + 2] in ("half", "quarter"):
            current += Decimal("0.5") if words[i + 2] == "half" else Decimal("0.25")
            i += 2
        elif w in ("hundred", "dozen"):
            current = (current or Decimal(1)) * SCALES[w]
        elif w in SCALES:
            total += (current or Decimal(1)) * SCALES[w]
            current = Decimal(0)
        else:
            return None
        i += 1
    return total + current if started else None


def vague_value(text: str) -> Decimal:
    """The floor of a vague plural ("thousands" -> 1000, "tens of thousands" -> 10000)."""
    words = _WORD.findall(text.lower())
    if len(words) >= 3 and words[1] == "of":
        head = Decimal(10) if words[0] == "tens" else Decimal(100)
        return head * VAGUE_PLURALS[words[2]]
    return Decimal(VAGUE_PLURALS.get(words[0], 0))

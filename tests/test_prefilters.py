"""Cheap checks that skip a costly regex never skip a text the regex would match.

Each check is a necessary condition of its pattern (a word, a character or a shape every match holds).
The texts are random runs of the words the pattern itself names, so a word added to a pattern later
reaches these texts too, and a check that no longer covers it fails here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from briefbook.core import actors, clean, dates, gazetteer, reading, speech, stance, statements, titles
from briefbook.core.wordtrie import trie_alternation

SEPARATORS = (" ", " ", " ", ", ", ": ", " / ", " (", ") ", "'s ", ". ", "  ", "-")
NAMES = ("Ana Ruiz", "Berlin", "Tomas", "Ivo Petrov", "The", "the", "a", "an", "of", "for", "1998", "2024", "12", "90s")


def words_of(pattern: str) -> list[str]:
    """The words a regex names (letters only), as written, capitalised and in capitals."""
    found = set(re.findall(r"[A-Za-z]{2,}", pattern))
    return sorted({v for w in found for v in (w, w.capitalize(), w.upper())})


def texts(vocabulary: list[str], count: int, seed: int) -> list[str]:
    """Random runs of the vocabulary and some names, joined by spaces and punctuation."""
    rng = random.Random(seed)
    pool = vocabulary + list(NAMES)
    return [
        "".join(rng.choice(pool) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 7))).strip()
        for _ in range(count)
    ]


def assert_covers(pattern: re.Pattern[str], check: Callable[[str], object], vocabulary: list[str], seed: int) -> None:
    matched = 0
    for text in texts(vocabulary, 20000, seed):
        if pattern.search(text):
            matched += 1
            assert check(text), text
    assert matched >= 5, "the generated texts should reach the pattern"


ESCAPE_PARTS = ("\x1b", "\x1b[", "\x9b", "\x1b]", "\x1bP", "\x90", "\x98", "\x9d", "\x9e", "\x9f", "\x07", "\x1b\\", "\x9c", "31m", "0;", "\b")
OUTLET_WORDS = sorted({w for o in gazetteer.OUTLETS for w in o.split()})
DEMONYMS = sorted(gazetteer._DEMONYM_TO_NAME)[::7]


@pytest.mark.parametrize(
    ("pattern", "check", "extra"),
    [
        (statements._OUTLET_ATTRIBUTION, lambda t: statements._ATTRIBUTION_WORD.search(t), OUTLET_WORDS),
        (clean._CREDIT, lambda t: ":" in t or ")" in t or "/" in t, []),
        (clean._CAPTION_START, lambda t: ":" in t, []),
        (actors._ADMINISTRATION, lambda t: any(w in t for w in actors._ADMINISTRATION_WORDS), ["the Ruiz", "The Petrov"]),
        (dates._YEAR, lambda t: dates._YEAR_DIGITS.search(t), ["mid-", "1870", "2031", "19", "20"]),
        (dates._DECADE, lambda t: "0s" in t, ["1990s", "'80s", "40s", "2000s"]),
        (reading._ESCAPES, lambda t: reading._CONTROLS.search(t), list(ESCAPE_PARTS)),
        (reading._LINE_SEPARATORS, lambda t: any(c in t for c in "\r\u2028\u2029\x85"), ["\r", "\r\n", "\u2028", "\u2029", "\x85"]),
    ],
)
def test_a_check_holds_for_every_text_its_pattern_matches(pattern: re.Pattern[str], check, extra: list[str]) -> None:
    assert_covers(pattern, check, words_of(pattern.pattern) + extra, seed=len(pattern.pattern))


def test_an_organisation_name_ends_in_a_link_word() -> None:
    vocabulary = words_of(actors._INSIDE_ORG_NAME.pattern)
    for text in texts(vocabulary, 6000, 3):
        if actors._INSIDE_ORG_NAME.search(text, max(0, len(text) - 40), len(text)):
            assert text[-40:].rstrip().endswith(actors._ORG_LINK_ENDS), text


def test_a_title_before_a_name_ends_in_a_head_word_or_follows_a_link() -> None:
    vocabulary = words_of(titles.HEADS) + words_of(titles.MODIFIERS) + ["to", "at", "of", "for", "NATO", "Kyiv", "Mr", "Dr."]
    matched = 0
    for text in texts(vocabulary, 6000, 5):
        window = text + " "
        if titles.TITLE_BEFORE.search(window):
            matched += 1
            assert titles._may_end_in_title(window), window
    assert matched > 20


def test_figures_checks_before_a_number() -> None:
    from briefbook.core import figures

    assert_covers(figures._FRACTION_POINT, lambda t: "point" in t.lower() or figures._ODD_CASE.search(t),
                  words_of(figures._FRACTION_POINT.pattern) + ["poınt", "POİNT"], seed=3)
    for pattern, word in ((figures._BETWEEN_BEFORE, "between"), (figures._FROM_BEFORE, "from")):
        matched = 0
        for text in texts([word, word.capitalize(), word.upper(), "\n"], 3000, 4):
            for lead in (text + " ", text + "\n", text):
                if pattern.search(lead):
                    matched += 1
                    assert word in lead.lower(), lead
        assert matched > 100


def test_a_qualifier_before_a_number_is_found_in_the_last_words() -> None:
    from briefbook.core import figures

    vocabulary = words_of(figures._QUALIFIERS) + ["  ", "\n", " \u2003", "ſome", "nearly\n"]
    matched = 0
    for text in texts(vocabulary, 20000, 6):
        for lead in (text, text + " ", text + "  \n", text + "\n"):
            full = figures._QUALIFIER_BEFORE.search(lead)
            near = figures._QUALIFIER_BEFORE.search(lead, max(0, len(lead.rstrip()) - figures._QUALIFIER_REACH))
            assert (full and (full.span(), full.group("q"))) == (near and (near.span(), near.group("q"))), lead
            matched += full is not None
    assert matched > 1000


def test_group_phrases_are_found_as_the_group_pattern_finds_them() -> None:
    """find_groups scans from the demonym and looks for the article before it: the same matches as GROUP_RE."""
    rng = random.Random(5)
    nouns = [*gazetteer.GROUP_NOUNS.split("|"), "foreign ministry", "Ministry of Finance", "Trade Office"]
    words = [*DEMONYMS, "The Netherlands", "The Hague", "the", "The", "a", "A", "an", "An", "bathe", "Iran", "x.", "_"]
    found = 0
    for _ in range(20000):
        parts = [rng.choice(nouns if rng.random() < 0.3 else words) for _ in range(rng.randint(1, 8))]
        text = "".join(p + rng.choice(("", " ", " ", "  ", "\n", "'s ", ".", "\xa0", ", ")) for p in parts)
        expected = [(m.start(), m.end(), m.group("dem")) for m in gazetteer.GROUP_RE.finditer(text)]
        assert [(s, m.end(), m.group("dem")) for s, m in gazetteer._group_matches(text)] == expected, text
        found += bool(expected)
    assert found > 1000


def test_role_forms_are_found_in_the_lower_cased_text_as_ignoring_case_finds_them() -> None:
    """The lower-cased scan finds the spans role_re finds, odd-case letters and all."""
    forms = {"the French president": "a", "the U.S. president": "b", "the prime minister": "c", "the UK chancellor": "d"}
    role_re = re.compile(r"\b(?:" + trie_alternation(forms, fold=True) + r")\b", re.IGNORECASE)
    scan = actors._lower_case_scan(forms)
    assert scan is not None
    words = [*forms, "THE french PRESIDENT", "The Prime Ministers", "the primſ minister", "xthe UK chancellor", "İ", "ı", "Σ", "é"]
    rng = random.Random(4)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice((" ", "", ", ", "-", "\n", ".")) for _ in range(rng.randint(1, 6)))
        expected = [(m.start(), m.end()) for m in role_re.finditer(text)]
        assert [(m.start(), m.end()) for m in actors._role_matches(text, role_re, scan)] == expected, text
        found += bool(expected)
    assert found > 1000


def test_one_search_of_the_stances_finds_what_a_search_of_each_finds() -> None:
    """The first cue of any stance, the earlier stance at one place; a condition anywhere wins."""
    cues = [(name, re.compile(r"\b(?:" + words + r")\b", re.I)) for name, words in stance._CUES]

    def each(sentence: str) -> tuple[str | None, str | None]:
        best = None
        for name, cue in cues:
            m = cue.search(sentence)
            if m and name == "conditional":
                return name, m.group()
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), name, m.group())
        return (best[1], best[2]) if best else (None, None)

    words = [*words_of("|".join(w for _, w in stance._CUES)), "won’t", "in favour", "objects to", "İ", "ſ", "x"]
    for text in texts(words, 20000, 6):
        assert stance.stance_of(text) == each(text), text


@pytest.mark.parametrize(
    ("pattern", "by_last", "reach"),
    [
        (statements._BOUNDARY, statements._BOUNDARY_BY_LAST, statements._BOUNDARY_REACH),
        (statements._SUBORDINATE, statements._SUBORDINATE_BY_LAST, statements._SUBORDINATE_REACH),
    ],
)
def test_an_end_anchored_clause_word_is_found_from_its_reach(pattern: re.Pattern[str], by_last, reach: int) -> None:
    """The end-word check holds for every text the pattern matches, and the search from the reach finds it too."""
    matched = 0
    for text in texts(words_of(pattern.pattern) + [",", "“", "(", "—", "x"], 20000, 8):
        text += " " * (len(text) % 3)
        tail = text.rstrip()
        found = bool(pattern.search(text))
        if found:
            matched += 1
            assert tail and statements._ends_with(tail, by_last), text
        assert bool(pattern.search(text, max(0, len(tail) - reach))) == found, text
    assert matched >= 5


def test_the_verb_tries_match_what_the_longest_first_alternations_match() -> None:
    """PREDICATE and INVERTED scan their verbs as tries: the same spans and verbs as the plain alternations."""
    alternation = r"(?P<verb>" + speech._BEEN_ADJ + "|" + speech._NEGATED + "|" + speech._alt(speech._KIND_OF) + r")(?![\w-])"
    predicate = re.compile(speech.PREDICATE.pattern.replace(speech._LEXICON, alternation))
    inverted = re.compile(r"(?:^|[,”»\"’]\s*|\s)(?P<verb>" + speech._SPEECH_ALT + r")\s+$")
    assert predicate.pattern != speech.PREDICATE.pattern and inverted.pattern != speech.INVERTED.pattern
    words = [*speech._KIND_OF, "has", "not", "also", "been", "sceptical", "won't", "of", "the", "Ministry", "x", "it"]
    rng = random.Random(9)
    for _ in range(20000):
        text = "".join(rng.choice((" ", "  ", ", ", "\n", "-")) + rng.choice(words) for _ in range(rng.randint(1, 6)))
        for old, new, find in ((predicate, speech.PREDICATE, "match"), (inverted, speech.INVERTED, "search")):
            a, b = getattr(old, find)(text), getattr(new, find)(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text

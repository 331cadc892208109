"""Organisations the gazetteer does not know, found by how the text names them and lets them speak.

'The Office for Budget Responsibility said', 'the paramilitary Rapid Support Forces (RSF) … The RSF said',
'MMG, which operates the mine, said', 'carmaker Volkswagen said': a capitalised phrase ending in an
organisation's head word (or a company named as one), its bracketed acronym, and 'the Fund' when only one
fund is named. An organisation is an actor only where it says or does something, or is a named source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from . import gazetteer
from .model import Article
from .names import MORE_INDUSTRY_WORDS, STOPWORDS, wide
from .speech import ADV, AUX, PREDICATE, SPEECH_PHRASES, SPEECH_VERBS, is_passive, kind_of
from .titles import is_head_word
from .wordtrie import trie_alternation

# Head words of bodies that speak or act; places and events ('Square', 'Summit', 'Treaty') are not here.
BODY_HEADS = frozenset(
    """
    Institute Institution Party Union Unions Council Ministry Office Agency Bank Fund Group Forces Army Navy Committee
    Commission Parliament Assembly Corporation Company Coalition Alliance Democrats Republicans Greens Organization
    Organisation Association Federation Foundation Centre Center Centres Centers Court Tribunal Senate Congress Cabinet Government
    Administration Department Service Services Command League Airlines Motors Holdings Partners Trust Exchange
    Consortium Confederation Chamber Board Authority Reserve Society Forum Programme Program Workers Industries
    Bureau Directorate Secretariat Taskforce Panel Brigade Brigades Militia Regiment Front Movement Guard Corps
    Mission Observatory Guild Syndicate Cooperative Inc Ltd Corp plc LLC AG GmbH Airports Airways Railways Ports
    Systems Technologies Resources Minerals Metals Pharmaceuticals Logistics Securities Investments Petroleum
    Platforms Networks Labs Brands Foods Materials Solutions Communications Telecom Electronics Semiconductors
    College International Payments Energy Capital Pharma Media Insurance Shipping Mining Ventures Telecommunications
    Software Therapeutics Healthcare Entertainment Studios Aerospace Chemicals Steel Utilities Power Financial Police
    Water Rail Inspectorate Farms Automotive Yard Unit
    """.split()
)
# Heads that, after a country's name or demonym, are that country's own government ('Russian Foreign Ministry').
_STATE_HEADS = frozenset(
    "Ministry Office Department Government Administration Cabinet Army Navy Forces Command Guard Corps Mission Police".split()
)
# Words that make up a ministry's or force's name without naming anyone in particular ('Foreign Ministry').
_GENERIC = frozenset(
    """
    Foreign Defence Defense Interior Home Finance Economy Economic Trade Commerce Justice Health Energy Environment
    Agriculture Education Industry Culture Information Emergencies Security Labour Labor Transport Affairs Armed
    Special National Federal State Central Public Civil Military Presidential Prime Minister's Minister Cabinet
    Border Revolutionary Republican Royal Air Ground
    """.split()
)
# Sentence words that may open a capitalised run but never an organisation's name.
_LEADING = frozenset(
    """
    The A An In On At After Before Despite Meanwhile However But And Or Last This That These Those It He She They We
    I You His Her Their Our Its My Your While When If As For With From By According Both Each Every All Any No Not
    Yet So Then Now Still Also Although Though Because Since Until Unless Whether Where What Who Why How There Here
    Today Yesterday Earlier Later Instead Under Over Between Among Amid Against Without Within Through During Into
    Like Including Following Asked Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Former Acting Paramilitary
    Rival Rivals Carmaker Automaker Chipmaker Drugmaker Miner Retailer Lender Insurer Brewer Refiner Conglomerate
    """.split()
) | {w.capitalize() for w in MORE_INDUSTRY_WORDS}
_CAP = wide(r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)*|[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]\.(?:[A-Z]\.)+)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<w>" + _CAP + r"|&)\s*$")
# The trie alone, without its class check up front: the regex engine then scans for first characters itself.
_HEAD_RE = re.compile(r"(?:" + trie_alternation(BODY_HEADS, first_class=False) + r")(?![\w’'-])")
# Without the one head in lower case: the same matches in a text without 'plc', and no stop at every 'p'.
_CAPITAL_HEAD_RE = re.compile(r"(?:" + trie_alternation(BODY_HEADS - {"plc"}, first_class=False) + r")(?![\w’'-])")
_TAIL = re.compile(
    r"\s+(?:of|for|on)\s+(?:the\s+)?(?P<words>" + _CAP + r"(?:\s+(?:(?:and|&|of|for)\s+)?" + _CAP + r"){0,5})(?![\w’'])"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
# '\bX…' written as 'X, not after a word character': the pattern starts with a class the engine scans for.
_LONE_ACRONYM = re.compile(r"(?P<acr>[A-Z](?<!\w[A-Z])[A-Z&]{1,5})(?![\w’'.&-])")
_GLUED_BEFORE = frozenset("’'.&-")
# 'carmaker Volkswagen', 'state miner Codelco', 'the company, Glencore,': a company named as one.
_COMPANY_NOUNS = (
    "carmaker automaker miner company firm lender insurer retailer airline manufacturer maker operator producer "
    "conglomerate chipmaker supplier giant developer startup start-up major utility brewer drugmaker shipper line "
    "exporter importer trader refiner broker bank group contractor"
).split()
# 'Chipmaker Nvidia said': an industry word that opens a sentence names the company after it, as in lower case.
CAPITAL_INDUSTRY_WORDS = frozenset(
    "Carmaker Automaker Chipmaker Drugmaker Miner Retailer Lender Insurer Brewer Refiner Conglomerate".split()
) | {w.capitalize() for w in MORE_INDUSTRY_WORDS}
_COMPANY_NOUNS += sorted(CAPITAL_INDUSTRY_WORDS) + [w for w in MORE_INDUSTRY_WORDS if w not in _COMPANY_NOUNS]
_COMPANY_WORDS = frozenset(_COMPANY_NOUNS)
_NAME_AFTER_NOUN = re.compile(r"\s+(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,2})(?![\w’'])")
# 'Volkswagen chief executive Oliver Blume', 'Glencore spokesman': a company's officer names the company.
_OFFICER_TITLES = (
    r"(?:chief\s+executive|chief\s+financial\s+officer|chairman|chairwoman|boss|spokes(?:man|woman|person)|CEO|"
    r"founder)\b"
)
_OFFICER = re.compile(r"\s+" + _OFFICER_TITLES)
# 'Safaricom, Kenya's largest telecoms operator,': a company described as one in apposition.
_APPOSED_NOUNS = (
    "company operator firm carmaker automaker miner lender insurer retailer airline manufacturer maker producer "
    "conglomerate chipmaker supplier giant group bank broker exporter refiner developer brewer drugmaker"
).split()
_APPOSED_COMPANY = re.compile(
    r",\s+(?:the|a|an|[\w-]+['’]s)\s+[^,“”«»\"]{0,60}?"
    r"\b(?:" + "|".join(_APPOSED_NOUNS) + r")\b"
    r"[^,“”«»\"]{0,30},"
)
# An apposed noun after a hyphen ('state-company'): the one kind `_NOUN` leaves out.
_HYPHEN_APPOSED = re.compile(r"-(?:" + trie_alternation(_APPOSED_NOUNS) + r")\b")
_APPOSED_NOUNS = frozenset(_APPOSED_NOUNS)
_AFTER_THE = re.compile(
    r"(?:\b[Tt]he|\w['’]s)\s+(?:(?:opposition|ruling|governing|main|largest|biggest|powerful|national)\s+)?\Z"
)
_SPOKESMAN_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+\Z")
_SPOKESMAN = re.compile(r"\s+spokes(?:man|woman|person)\b(?!\s+[A-Z])")
# 'Volkswagen said in a statement': only a body speaks 'in a statement' under a one-word name.
_STATEMENT_SAID = re.compile(
    r"\s+(?:said|says|announced)\s+(?:late\s+on\s+\w+\s+|on\s+\w+\s+)?in\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:statement|filing|press\s+release|release|communiqué|communique|notice)\b"
)
# A word each of `_STATEMENT_SAID`'s last words holds: a text without any has no match.
_STATEMENT_WORDS = ("statement", "filing", "release", "communiqu", "notice")
# 'the IG Metall union', 'the Azimio coalition': a name followed by the kind of body it is.
_BODY_NOUNS = frozenset(
    "union party coalition alliance movement militia group company firm bank agency carmaker miner airline lender "
    "insurer retailer network federation association bloc".split()
)
# One scan finds both kinds of noun: 'carmaker Volkswagen' (name after) and 'the IG Metall union' (name before).
# Both kinds are used only where the noun starts a word (no letter, digit or hyphen before it): the scan looks
# for the noun after any character but an ASCII letter, digit or hyphen (the users check the character itself),
# which the regex engine finds quickly, and once more at the start of the text.
_NOUN_ALT = trie_alternation(set(_COMPANY_NOUNS) | _BODY_NOUNS, first_class=False)
_NOUN = re.compile(r"[\x00-\x2c\x2e\x2f\x3a-\x40\x5b-\x60\x7b-\U0010ffff](?P<n>" + _NOUN_ALT + r")\b")
_NOUN_AT_START = re.compile(r"(?:" + _NOUN_ALT + r")\b")
# speech.SPEECH_AFTER_NAME with its verbs as a trie, for asking only whether it matches (the same texts match).
_SPEECH_TRIE = trie_alternation(
    [*SPEECH_VERBS, *SPEECH_PHRASES, "declared", "announced"], flexible_spaces=True, first_class=False
)
SPEECH_FOLLOWS = re.compile(
    r"(?:,(?:[^,“”«»\"]|(?<=\d),(?=\d{3})){1,100},(?!\d{3})|,(?=\s+(?:" + _SPEECH_TRIE + r")\b))?(?:\s+(?:" + AUX + "|" + ADV + r")){0,3}\s+(?:"
    + _SPEECH_TRIE + r")\b"
)
_WHICH = re.compile(r",\s+which\s+(?:[^,“”«»\"]|(?<=\d),(?=\d{3})){1,100},(?!\d{3})")
_APPOSITIVE = re.compile(r",(?:[^,“”«»\"]|(?<=\d),(?=\d{3})){1,100},(?!\d{3})")
# '…, said the Institute', 'according to the RSF': named as the source ('told the Assembly' is a listener).
_SOURCE_BEFORE = re.compile(r"(?:[,”»\"’]\s*(?:said|says|added|adds|wrote|warned)|\b[Aa]ccording\s+to)\s+$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|by|with|to|from|in|at|on|his|her|their|its|than|against)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+)?\Z"
)
# Heads whose bare form usually names something else ('the Union' is a country's union or a party bloc).
_SHARED_HEADS = frozenset(("Union", "Party", "Court"))
_NOT_BODIES = frozenset(
    """
    Declaration Agreement Treaty Accord Act Plan Summit Conference Convention Protocol Report Deal Bill Law
    Initiative Strategy Charter Resolution Statement Budget Election Elections Day War Games Cup
    """.split()
)
_NOT_ACRONYMS = frozenset(
    "GDP GMT BST CET EST PST UTC IST AM PM TV CEO CFO COO CTO MP MPs MEP MEPs PhD UN EU AI ID OK US UK NB PS "
    "COVID HIV AIDS SARS MERS DNA RNA LNG CPI VAT IPO ETF PCR CCTV GPS".split()
)


@dataclass
class Organisation:
    """An organisation as the text names it: its full name and the other forms that name it."""

    name: str
    forms: set[str] = field(default_factory=set)
    head: str | None = None
    needs_speech: bool = False
    bare: str | None = None
    speaks: bool = False
    article: str | None = None


def _last_words_start(text: str, lo: int, hi: int, count: int) -> int:
    """Where the `count`-th last word (from white space to white space) of text[lo:hi] starts, or `lo`.

    A search for a pattern that must end at `hi` and holds at most that many words (and white space) can
    start there: it would find nothing earlier."""
    words = text[lo:hi].split()
    if len(words) < count:
        return lo
    pos = hi
    for word in reversed(words[-count:]):
        pos = text.rfind(word, lo, pos)
    return pos


def _words_before(text: str, pos: int, limit: int = 5) -> int:
    """Where the capitalised words right before `pos` start (up to `limit` of them)."""
    start = pos
    for _ in range(limit):
        lo = max(0, start - 40)
        m = _WORD_BEFORE.search(text, _last_words_start(text, lo, start, 1), start)
        if not m:
            break
        start = m.start("w")
    return start


def _trim(name: str) -> str:
    """The name without sentence words in front ('The Office …' -> 'Office …')."""
    words = name.split()
    while words and words[0] in _LEADING:
        words.pop(0)
    return " ".join(words)


def _is_state_body(words: list[str], head: str) -> bool:
    """True for a country's own ministry or force ('Russian Foreign Ministry', 'Foreign Ministry', 'Armed Forces')."""
    others = [w for w in words if w != head and w not in ("of", "for", "on", "the", "and", "&")]
    if head in _STATE_HEADS and (not others or gazetteer.country_of(others[0]) or all(w in _GENERIC for w in others)):
        return True
    return bool(others) and all(w in _GENERIC for w in others) and head in ("Forces", "Army", "Navy")


def _tail_end(tail: re.Match[str]) -> int:
    """Where an 'of/for X' tail ends: before a title or sentence word ('Bank of England Governor Andrew Bailey')."""
    end = tail.start("words")
    for w in re.finditer(r"\S+", tail.group("words")):
        if w.group() in _LEADING or is_head_word(w.group()):
            break
        end = tail.start("words") + w.end()
    return end if end > tail.start("words") else tail.start()


@lru_cache(maxsize=8192)
def _acceptable(name: str) -> bool:
    """True when a name may be an organisation: not an outlet, a known place or organisation, or a sentence word."""
    if not name or gazetteer.is_outlet(name) or gazetteer.place_named(name) or gazetteer.country_of(name):
        return False
    return name not in _LEADING and not is_head_word(name)


def _head_names(text: str) -> Iterable[tuple[str | None, str, str | None, bool]]:
    """(name, head, acronym, speaks there) for each capitalised phrase ending in a body's head word, with its
    'of/for X' tail; a bare 'the Fund' comes with no name."""
    covered = 0
    head_re = _HEAD_RE if "plc" in text else _CAPITAL_HEAD_RE
    for h in head_re.finditer(text):
        head = h.group()
        if h.start() and (text[h.start() - 1].isalnum() or text[h.start() - 1] in _GLUED_BEFORE):
            continue
        if h.start() < covered:
            continue  # 'Workers' in 'National Union of Mine Workers': part of the name just found
        nxt = head_re.match(text, h.end() + 1) if text[h.end():h.end() + 1] == " " else None
        if nxt:
            continue  # 'Development Bank Group': the later head ends the name
        if head == "International" and _CAPITAL_NEXT.match(text, h.end()):
            continue  # 'International Criminal Court': a word of the name, not its end
        start = _words_before(text, h.start())
        end = h.end()
        tail = _TAIL.match(text, end)
        if tail:
            end = _tail_end(tail)
        covered = end
        if text.startswith("and ", start - 4):
            start = _joined_start(text, start, end)
        name = _trim(text[start:end])
        words = name.split()
        if words == [head]:
            bare = _ANY_BARE.match(text, max(0, h.start() - 4))
            if bare and bare.end() == h.end():
                yield None, head, None, _speaks(text, bare.start(), bare.end(), False)  # 'The Fund said'
            continue
        if len(words) < 2 or words[0] in ("of", "for", "on", "&"):
            continue
        if _is_state_body(words, head) or not _acceptable(name):
            continue
        acr = _ACRONYM.match(text, end)
        acronym = None
        if acr:
            a = acr.group("acr")
            if sum(ch.isupper() for ch in a) >= 2 and _acceptable(a):
                acronym = a
        yield name, head, acronym, _speaks(text, end - len(name), end, False)


# 'the Competition and Markets Authority', 'the US Food and Drug Administration': one capitalised word joined
# by 'and' to a body's name, after 'the' (and maybe a country's name or demonym).
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[Tt]he\s))(?:(?P<country>\S+)\s+)?(?P<w>" + _CAP + r")\s+and\s+\Z")


def _joined_start(text: str, start: int, end: int) -> int:
    """Where a body's name starts when a word joined by 'and' belongs to it ('Competition and Markets
    Authority'), else `start`: not when the name after 'and' is a known place or organisation, nor when the
    word before it is a place, a sentence word or a title ('Britain and …', 'Starmer and …' have no 'the')."""
    m = _JOINED_BEFORE.search(text, max(0, start - 60), start)
    if not m or not _acceptable(_trim(text[start:end])):
        return start
    word = m.group("w")
    if word in _LEADING or is_head_word(word) or gazetteer.place_named(word) or gazetteer.country_of(word):
        return start
    country = m.group("country")
    if country and not gazetteer.country_of(country) and country not in ("The", "the"):
        return start
    return m.start("w")


def bare_regex(heads: Iterable[str]) -> re.Pattern[str] | None:
    """'the Fund', 'The Commission' for the given heads: not when more of a name follows ('the Fund for Peace')."""
    heads = set(heads)
    if not heads:
        return None
    return re.compile(
        r"(?<![\w.])[Tt]he\s+(?P<head>" + trie_alternation(heads) + r")(?![\w’'-])(?!\s+(?:of|for|on)\s+[A-Z]|\s+[A-Z])"
    )


_ANY_BARE = bare_regex(BODY_HEADS)


def _nouns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) for each company or body noun that starts a word, in order."""
    first = _NOUN_AT_START.match(text)
    found = [(0, first.end(), first.group())] if first else []
    for m in _NOUN.finditer(text):
        found.append((m.start("n"), m.end(), m.group("n")))
    return found


def _company_names(text: str, nouns: list[tuple[int, int, str]]) -> Iterable[tuple[str, bool]]:
    """Companies the text names as such: by a company noun, 'X, which …,' or an apposition (strong), or by an
    officer's title ('X spokesman', weak: a person's name may stand there too)."""
    names = []
    for start, end, noun in nouns:
        if noun in _COMPANY_WORDS and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-")):
            after = _NAME_AFTER_NOUN.match(text, end)
            if after:
                names.append((after.group("name"), True))
    # Each scan only where the words it needs stand in the text. An apposed noun not after a hyphen is one of
    # the nouns found (they are company nouns, and not after a word character).
    rxs = (
        [_APPOSED_COMPANY]
        if any(noun in _APPOSED_NOUNS for _, _, noun in nouns) or ("-" in text and _HYPHEN_APPOSED.search(text))
        else []
    )
    if "which" in text:
        rxs.insert(0, _WHICH)
    if "chief" in text or "chair" in text or "boss" in text or "spokes" in text or "CEO" in text or "founder" in text:
        rxs.insert(0, _OFFICER)
    for rx in rxs:
        for m in rx.finditer(text):
            start = _words_before(text, m.start(), limit=3)
            if _NAME_GOES_ON_BEFORE.search(text, max(0, start - 30), start):
                continue  # 'Department of Health and Social Care spokesperson': the end of a longer name
            names.append((text[start:m.start()], rx is not _OFFICER))
    for raw, strong in names:
        name = _trim(raw.strip())
        if _usable_company(name):
            yield name, strong


_NAME_GOES_ON_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+(?:and|of|for)\s+\Z")


def _may_follow_name(text: str, n_start: int) -> bool:
    """False for a body noun at `n_start` that `_named_bodies` passes over: one not after a space and a letter
    or digit, or after a word (from white space to white space) that starts with no capital, which leaves no
    capitalised words for a name."""
    if n_start < 2 or text[n_start - 1] != " " or not text[n_start - 2].isalnum():
        return False
    lo = n_start - 41 if n_start > 41 else 0
    last = text[lo:n_start - 1].rsplit(None, 1)
    return not ((len(last) == 2 or lo == 0) and not ("A" <= last[-1][0] <= "Z" or "À" <= last[-1][0] <= "Þ"))


def _names_company(text: str, start: int, end: int, noun: str) -> bool:
    """True for a noun at [start, end) from which `_company_names` may take a name: a company noun a name
    follows ('carmaker Volkswagen'), or one an apposition may hold (a comma follows within 30 characters)."""
    if noun not in _COMPANY_WORDS:
        return False
    if noun in _APPOSED_NOUNS and "," in text[end:end + 31]:
        return True
    return (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-")) and _NAME_AFTER_NOUN.match(
        text, end
    ) is not None


def _named_bodies(text: str, nouns: list[tuple[int, int, str]]) -> Iterable[tuple[str, str, bool]]:
    """(name, form, speaks there) for 'the IG Metall union' (form with its noun) and a one-word 'Volkswagen said
    in a statement'."""
    for n_start, n_end, noun in nouns:
        if noun not in _BODY_NOUNS or not _may_follow_name(text, n_start):
            continue
        start = _words_before(text, n_start, limit=4)
        if text.startswith("The ", start):
            start += 4
        elif not _AFTER_THE.search(text, _last_words_start(text, max(0, start - 30), start, 2), start):
            continue
        name, form = text[start:n_start].rstrip(), text[start:n_end]
        if name in STOPWORDS and name not in _LEADING and " " not in name:
            name = form  # 'the opposition Congress party': the party is 'Congress party'
        if _usable_company(name):
            yield name, form, _speaks(text, start, n_end, False)
    for m in _STATEMENT_SAID.finditer(text) if " in a" in text else ():
        start = _words_before(text, m.start(), limit=1)
        name = text[start:m.start()]
        if start < m.start() and _usable_company(name):
            yield name, name, True


def _usable_company(name: str) -> bool:
    """True when a name may be a company's or body's: not a sentence word, place, outlet or title."""
    words = name.split()
    if not words or words[-1] in BODY_HEADS or words[-1] in _NOT_BODIES or not _acceptable(name):
        return False
    if len(words) == 1 and (words[0] in STOPWORDS or words[0] in _GENERIC or words[0] in _LEADING):
        return False
    return not all(is_head_word(w) or w in _GENERIC for w in words)


def _speaks(text: str, start: int, end: int, speech_only: bool) -> bool:
    """True when the name at [start, end) says something, acts, or is named as a source."""
    before = text[max(0, start - 40):start]
    if before.endswith(("the ", "The ")):
        before = before[:-4]
    if _SOURCE_BEFORE.search(before):
        return True
    if _SPOKESMAN_FOR.search(before):
        return bool(SPEECH_FOLLOWS.match(text, end))  # 'A spokesman for First Quantum, which …, said'

    if _OBJECT_BEFORE.search(text, max(0, start - 40), start):
        return False  # 'Scholz of the Social Democrats conceded': the party is not the one acting
    acr = _ACRONYM.match(text, end) or _SPOKESMAN.match(text, end)
    if acr:
        end = acr.end()
    if SPEECH_FOLLOWS.match(text, end):
        return True
    if speech_only:
        return False
    app = _APPOSITIVE.match(text, end)
    m = PREDICATE.match(text, app.end() if app else end)
    return bool(m) and not is_passive(m.group("pre") or "", m.group("verb"))


ParagraphScan = tuple[tuple, tuple, tuple, tuple]
_NOTHING: ParagraphScan = ((), (), (), ())


def _lone_acronyms(text: str) -> Iterable[tuple[str, bool]]:
    """(acronym, says something there) for each lone capitalised acronym that speaks or acts ('the RSF
    said'); the second is False for one that may not name an organisation on its own. One that is not
    `_acceptable` is left out: it neither names a body of its own nor is any name's acronym."""
    for m in _LONE_ACRONYM.finditer(text):
        acr = m.group("acr")
        if (m.start() and text[m.start() - 1] in _GLUED_BEFORE) or not _acceptable(acr):
            continue
        may = acr not in _NOT_ACRONYMS
        if may and _speaks(text, m.start(), m.end(), True):
            yield acr, True
        elif _speaks(text, m.start(), m.end(), False):
            yield acr, may and _acts(text, m.end())  # 'FIFA has suspended': an act counts as speech does


def _acts(text: str, end: int) -> bool:
    """True when a political or official act follows a name ending at `end` ('FIFA has suspended', 'the RSF seized')."""
    m = PREDICATE.match(text, end)
    return bool(m) and m.group("pp") is None and kind_of(m.group("verb")) == "action"


def paragraph_scan(text: str) -> ParagraphScan:
    """What one paragraph says of organisations whoever the people are: head names, named bodies, companies
    and lone acronyms (found once per article, in a worker, by `actors.article_evidence`)."""
    nouns = _nouns(text)
    # Named bodies need a noun or a statement ('… said in a statement').
    bodies = tuple(_named_bodies(text, nouns)) if nouns or " in a" in text else ()
    heads = tuple(_head_names(text)) + tuple(_service_bodies(text))
    scan = (heads, bodies, tuple(_company_names(text, nouns)), tuple(_lone_acronyms(text)))
    return scan if any(scan) else _NOTHING


# 'NHS England', 'Police Scotland', 'Transport for London', 'Health Canada': a public body named by the service it
# runs and the place it serves (the place is no actor of its own there).
_SERVICE_WORDS = (
    "NHS", "Police", "Transport", "Sport", "Historic", "Natural", "Highways", "Health", "Public Health", "Statistics",
    "Environment", "Parks", "Visit", "Invest", "Tourism", "Ambulance", "Fire",
)
_SERVICE_PLACE = re.compile(
    r"(?P<service>" + trie_alternation(_SERVICE_WORDS, not_after=r"[\w’'.&-]", first_class=False) + r")\s+(?P<for>for\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w’'-]|\s+[A-Z])"
)
# Places a service is named for that are no country of the gazetteer.
_HOME_NATIONS = frozenset(("England", "Scotland", "Wales", "Northern Ireland", "Cymru", "Ulster"))


def _service_bodies(text: str) -> Iterable[tuple[str, None, None, bool]]:
    """(name, no head, no acronym, speaks there) for each body named by a service and a place ('Police Scotland said')."""
    for m in _SERVICE_PLACE.finditer(text):
        place = m.group("place")
        known = place in _HOME_NATIONS or gazetteer.country_of(place) or gazetteer.place_named(place)
        if known and gazetteer.place_named(place) and gazetteer.place_named(place).kind != "country":
            continue  # 'Health WHO': an organisation, not a place
        if not known and not (m.group("for") or m.group("service") == "NHS"):
            continue
        if not known and any(w in STOPWORDS or is_head_word(w) for w in place.split()):
            continue  # 'Transport Secretary', 'NHS Trust': a title or a body's head, not a place
        name = m.group()
        yield name, None, None, _speaks(text, m.start(), m.end(), False)


def article_scans(article: Article) -> list[ParagraphScan]:
    """Each paragraph's `paragraph_scan`."""
    return text_scans([p.text for p in article.paragraphs])


# Texts joined by a character that is no word character, white space, hyphen or apostrophe: no match of the
# scans below holds it, and before or after a text it is what the start or end of that text is to them.
_JOIN = "\x00"
# `_NOUN` in two: after a space (a literal the engine finds fast), and after any other character it allows;
# each also stops (without taking it) at a word `_company_names` looks for besides its nouns: its officers
# and 'which' are found after white space only, which is one of those characters.
_OFFICER_OR_WHICH = trie_alternation(("which", "chief", "chair", "boss", "spokes", "CEO", "founder"), first_class=False)
# Where one of those words starts, what `_OFFICER` finds after its white space, or the 'which' and white space
# `_WHICH` finds: only then may `_company_names` find a company there.
_OFFICER_OR_WHICH_AT = re.compile(_OFFICER_TITLES + r"|which\s")
_NOUN_AFTER_SPACE = re.compile(r" (?:(?P<n>" + _NOUN_ALT + r")\b|(?=" + _OFFICER_OR_WHICH + r"))")
_NOUN_AFTER_OTHER = re.compile(
    r"[\x00-\x1f\x21-\x2c\x2e\x2f\x3a-\x40\x5b-\x60\x7b-\U0010ffff](?:(?P<n>" + _NOUN_ALT + r")\b|(?="
    + _OFFICER_OR_WHICH + r"))"
)


# One scan for the heads `_CAPITAL_HEAD_RE` finds and the acronyms `_LONE_ACRONYM` finds, at each capital:
# a head first (matching its capital alone, so what follows is scanned on), else an acronym. An acronym that
# starts with a head ('AG&B') is asked for there; one starting inside such an acronym ('B' of 'AG&B') is found
# besides, which only makes its text looked at once more.
_HEAD_OR_ACRONYM = re.compile(
    r"[A-Z](?:(?<=(?=(?P<head>" + trie_alternation(BODY_HEADS - {"plc"}) + r")(?![\w’'-]))[A-Z])"
    r"|(?<!\w[A-Z])(?P<acr>[A-Z&]{1,5})(?![\w’'.&-]))"
)


def _heads_and_acronyms(joined: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Where `_CAPITAL_HEAD_RE` finds a head in the text (which holds no 'plc'), and (where, acronym) for
    `_LONE_ACRONYM`'s acronyms, and maybe a few more."""
    heads = []
    acronyms = []
    for m in _HEAD_OR_ACRONYM.finditer(joined):
        start = m.start()
        head = m.group("head")
        if head is None:
            acronyms.append((start, joined[start:m.end()]))
            continue
        heads.append(start)
        if head.isupper():
            a = _LONE_ACRONYM.match(joined, start)
            if a:
                acronyms.append((start, a.group("acr")))
    return heads, acronyms


def _holders(joined: str, starts: list[int], word: str) -> set[int]:
    """The texts (by index) of the joined texts that hold the word."""
    out = set()
    i = joined.find(word)
    while i >= 0:
        out.add(bisect_right(starts, i) - 1)
        i = joined.find(word, i + 1)
    return out


def text_scans(texts: Sequence[str]) -> list[ParagraphScan]:
    """Each text's `paragraph_scan`, with the scans for nouns, heads, acronyms and the words the rest needs made
    once over all the texts: only the texts where they stand are looked at one by one."""
    joined = _JOIN + _JOIN.join(texts)
    if not texts or joined.count(_JOIN) != len(texts):
        return [paragraph_scan(t) for t in texts]
    starts = [1]  # where each text starts in the joined text
    for t in texts[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    found = []
    companies = set()  # the texts where `_company_names` may find a company
    for rx in (_NOUN_AFTER_SPACE, _NOUN_AFTER_OTHER):
        for m in rx.finditer(joined):
            start, end = m.span(1)
            if start < 0:
                if _OFFICER_OR_WHICH_AT.match(joined, m.end()):
                    companies.add(bisect_right(starts, m.end()) - 1)  # an officer's title or 'which'
            else:
                found.append((start, end, m.group(1)))
    found.sort()
    nouns: dict[int, list[tuple[int, int, str]]] = {}
    bodies = set()  # and where `_named_bodies` may find a body
    for start, end, noun in found:
        i = bisect_right(starts, start) - 1
        base = starts[i]
        start -= base
        end -= base
        nouns.setdefault(i, []).append((start, end, noun))
        if i not in companies and _names_company(texts[i], start, end, noun):
            companies.add(i)
        if i not in bodies and noun in _BODY_NOUNS and _may_follow_name(texts[i], start):
            bodies.add(i)
    companies.update(bisect_right(starts, m.start()) - 1 for m in _HYPHEN_APPOSED.finditer(joined))
    # '… said in a statement': `_STATEMENT_SAID` holds ' in a' and ends in one of its last words.
    bodies.update(i for i in _holders(joined, starts, " in a") if any(w in texts[i] for w in _STATEMENT_WORDS))
    if "plc" in joined:
        found_heads = [m.start() for m in _HEAD_RE.finditer(joined)]
        found_acronyms = [(m.start(), m.group("acr")) for m in _LONE_ACRONYM.finditer(joined)]
    else:
        found_heads, found_acronyms = _heads_and_acronyms(joined)
    heads = {bisect_right(starts, start) - 1 for start in found_heads}
    acronyms = {bisect_right(starts, start) - 1 for start, acr in found_acronyms if _acceptable(acr)}
    services = {bisect_right(starts, m.start()) - 1 for m in _SERVICE_PLACE.finditer(joined)}
    out = [_NOTHING] * len(texts)
    for i in companies.union(bodies, heads, acronyms, services):
        text = texts[i]
        found = nouns.get(i, [])
        scan = (
            (tuple(_head_names(text)) if i in heads else ()) + (tuple(_service_bodies(text)) if i in services else ()),
            tuple(_named_bodies(text, found)) if i in bodies else (),
            tuple(_company_names(text, found)) if i in companies else (),
            tuple(_lone_acronyms(text)) if i in acronyms else (),
        )
        if any(scan):
            out[i] = scan
    return out


def find_organisations(
    articles: Sequence[Article],
    people: Iterable[str] = (),
    titled: Iterable[str] = (),
    scans: Sequence[list[ParagraphScan] | None] | None = None,
) -> tuple[list[Organisation], dict[str, str]]:
    """The organisations outside the gazetteer that speak or act in the articles, with their forms; and the
    bare heads ('the Fund') that name one gazetteer organisation.

    Every full name is met at its head word, an acronym in the scan for acronyms and a bare 'the Fund' at its
    head, so each is checked for speech where it stands; only companies are looked for once more. `people`
    are the names (and surnames) of the people found, `titled` those of people with a title: a company named
    as one outranks an untitled person of the same name. `scans`, when given, holds each article's
    `article_scans` (None where they are made here).
    """
    titled = set(titled)
    people = set(people) | titled
    found: dict[str, Organisation] = {}
    alias_of: dict[str, str] = {}
    bare_spoke: set[str] = set()
    bare_seen: set[str] = set()
    acronyms: list[tuple[str, bool]] = []
    for n, art in enumerate(articles):
        known = scans[n] if scans is not None else None
        art_id = art.id
        for i, para in enumerate(art.paragraphs):
            heads, bodies, companies, lone = known[i] if known is not None else paragraph_scan(para.text)
            for name, head, acronym, speaks in heads:
                if name is None:
                    bare_seen.add(head)
                    if speaks:
                        bare_spoke.add(head)
                    continue
                org = found.setdefault(name, Organisation(name, {name}, head))
                org.speaks = org.speaks or speaks
                if acronym:
                    org.forms.add(acronym)
                    alias_of.setdefault(acronym, name)
            for name, form, speaks in bodies:
                if name not in titled and (name not in people or form != name):
                    org = found.setdefault(name, Organisation(name, {name}, None, needs_speech=True, article=art_id))
                    org.forms.add(form)
                    org.speaks = org.speaks or speaks
            for name, strong in companies:
                if name not in found and name not in titled and (strong or name not in people):
                    found[name] = Organisation(name, {name}, None, needs_speech=True, article=art_id)
            acronyms.extend(lone)
    _spell_acronyms({acr for acr, _ in acronyms if acr not in alias_of}, found, alias_of)
    for acr, says in acronyms:
        if acr in alias_of:
            found[alias_of[acr]].speaks = True
            continue
        if says and acr not in found and acr not in people:
            found[acr] = Organisation(acr, {acr}, None, needs_speech=True, speaks=True)
    for acr, owner in alias_of.items():
        if acr in found and acr != owner:
            spoke = found.pop(acr).speaks  # 'The RSF said in a statement': the RSF's owner speaks
            found[owner].speaks = found[owner].speaks or spoke
    _merge_spelled_out(found)
    orgs = [o for n, o in found.items() if n not in titled and not (o.forms & titled)]
    joined = "\n".join(p.text for art in articles for p in art.paragraphs) if bare_seen else ""
    _add_bare_heads(orgs, joined, bare_seen)
    for org in orgs:
        org.speaks = org.speaks or org.bare in bare_spoke
    return _speaking(orgs, articles), _known_bare_heads(orgs, joined, bare_seen)


_LINK_WORDS = frozenset(("of", "for", "and", "&", "on", "the"))


def _spell_acronyms(acronyms: set[str], found: dict[str, Organisation], alias_of: dict[str, str]) -> None:
    """An acronym of three letters or more used alone names the one organisation found whose name's words (from
    the first or the second, without linking words) are those letters, one last word aside: 'CDC' is the 'Africa Centres for
    Disease Control and Prevention' when no other name spells it."""
    if not acronyms:
        return
    initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in found:
        words = [w for w in name.split() if w not in _LINK_WORDS]
        if len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        letters = "".join(w[0] for w in words)
        initials[letters].append((name, ""))
        initials[letters[1:]].append((name, words[0] + " "))  # 'Africa CDC': the first word (a place's) before the letters
    for acr in acronyms:
        if len(acr) < 3 or not acr.isalpha() or acr in found and found[acr].head:
            continue
        owners = {
            owner for letters, names in initials.items() if letters.startswith(acr) and len(letters) - len(acr) <= 1
            for owner in names
        }
        if len({name for name, _ in owners}) == 1:
            for name, first in owners:
                found[name].forms.add(acr)
                if first:
                    found[name].forms.add(first + acr)
                alias_of[acr] = name


# A short form that opens a body's name and the name it stands for: 'UN General Assembly' is the 'United Nations
# General Assembly'.
_SPELLED_OUT = (
    ("UN ", "United Nations "), ("U.N. ", "United Nations "), ("EU ", "European Union "), ("E.U. ", "European Union "),
    ("US ", "United States "), ("U.S. ", "United States "), ("UK ", "United Kingdom "), ("U.K. ", "United Kingdom "),
)


def _merge_spelled_out(found: dict[str, Organisation]) -> None:
    """One organisation for a name opened by a short form and the same name spelled out: the spelled-out one
    keeps the other's forms (and its speech); a short form alone also names it spelled out."""
    for name in [n for n in found if n[:1] in "UE" and " " in n]:
        for short, full in _SPELLED_OUT:
            if name.startswith(short):
                org = found[name]
                spelled = full + name[len(short):]
                host = found.get(spelled)
                if host is None:
                    org.forms.add(spelled)
                else:
                    host.forms |= org.forms
                    host.speaks = host.speaks or org.speaks
                    del found[name]
                break


def _add_bare_heads(orgs: list[Organisation], joined: str, seen: set[str]) -> None:
    """'the Fund' for the one organisation whose head is Fund (none of the gazetteer's named ones sharing it)."""
    heads: dict[str, list[Organisation | None]] = {}
    for org in orgs:
        if org.head in seen:
            heads.setdefault(org.head, []).append(org)
    for place in gazetteer.PLACES.values():
        if place.kind == "organization" and " " in place.name:
            head = place.name.rsplit(" ", 1)[1]
            if head in heads and any(_form_in(f, joined) for f in place.forms):
                heads[head].append(None)
    for head, owners in heads.items():
        if len(owners) == 1 and owners[0] is not None:
            owners[0].bare = head


def _known_bare_heads(orgs: Sequence[Organisation], joined: str, seen: set[str]) -> dict[str, str]:
    """'the Fund' -> 'International Monetary Fund': a head word naming the one gazetteer organisation the
    articles name with it, when no organisation found in the text shares it."""
    taken = {o.head for o in orgs if o.head}
    owners: dict[str, list[str]] = {}
    for place in gazetteer.PLACES.values():
        if place.kind == "organization" and " " in place.name:
            head = place.name.rsplit(" ", 1)[1]
            if head in seen and head not in taken and head not in _SHARED_HEADS and any(_form_in(f, joined) for f in place.forms):
                owners.setdefault(head, []).append(place.name)
    return {head: names[0] for head, names in owners.items() if len(names) == 1}


def _form_in(form: str, text: str) -> bool:
    """True when the form stands in the text as a word of its own."""
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(form, i + 1)
    return False


def _speaking(orgs: list[Organisation], articles: Sequence[Article]) -> list[Organisation]:
    """The organisations that say or do something somewhere: a company is looked for in its own articles."""
    owner = {f: o for o in orgs if not o.speaks and o.needs_speech for f in o.forms}
    if owner:
        rx = re.compile(r"(?<![\w.])(?:" + trie_alternation(owner) + r")(?![\w’'-])")
        wanted = {o.article for o in owner.values()}
        for art in articles:
            for para in art.paragraphs if art.id in wanted else ():
                for m in rx.finditer(para.text):
                    org = owner[m.group()]
                    org.speaks = org.speaks or _speaks(para.text, m.start(), m.end(), True)
        _speaking_by_industry([o for o in owner.values() if not o.speaks], articles)
    return [o for o in orgs if o.speaks]


# 'carmaker Tesla … The carmaker said': a company named after its industry word speaks when that word does.
_INDUSTRY_NOUNS = frozenset(
    "carmaker automaker chipmaker drugmaker miner retailer lender insurer brewer refiner conglomerate giant "
    "airline major".split()
) | frozenset(MORE_INDUSTRY_WORDS)
_INDUSTRY_ALT = trie_alternation(_INDUSTRY_NOUNS)
_THE_INDUSTRY = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:[a-z-]+\s+)?(?P<n>" + trie_alternation(_INDUSTRY_NOUNS | {"company", "firm"}) + r")\b(?!['’])"
)


def _speaking_by_industry(orgs: list[Organisation], articles: Sequence[Article]) -> None:
    """Let each company introduced by an industry word ('carmaker Tesla') speak when, later in its article,
    'the carmaker' says something."""
    if not orgs:
        return
    by_article: dict[str, list[Organisation]] = {}
    for org in orgs:
        by_article.setdefault(org.article, []).append(org)
    for art in articles:
        if art.id not in by_article or not any(_THE_INDUSTRY.search(p.text) for p in art.paragraphs):
            continue  # no 'the carmaker' in the article
        for org in by_article[art.id]:
            named = re.compile(
                r"(?<![\w-])(?P<n>" + _INDUSTRY_ALT + r"|" + trie_alternation({w.capitalize() for w in _INDUSTRY_NOUNS})
                + r")\s+" + re.escape(org.name) + r"(?![\w’'-])"
            )
            noun = None
            for para in art.paragraphs:
                text = para.text
                if noun is None:
                    m = named.search(text) if org.name in text else None
                    if m is None:
                        continue
                    noun, pos = m.group("n").lower(), m.end()
                else:
                    pos = 0
                for ref in _THE_INDUSTRY.finditer(text, pos):
                    if ref.group("n") in (noun, "company", "firm") and SPEECH_FOLLOWS.match(text, ref.end()):
                        org.speaks = True
                        break
                if org.speaks:
                    break


# 'Meta said on Tuesday it would appeal', 'Uefa said it had not been contacted': a one-word name that speaks
# and is then 'it', not 'he' or 'they', is a company's or body's.
_ITS_SPEECH = r"\s+(?:" + _SPEECH_TRIE + r")\b(?:[^.;:“”«»\"]{0,40}?)\b(?P<pron>it|its|he|she|his|her|they|their|we)\b"


# A capitalised word right before, not one that opens a sentence ('The Red Cross said it'): the word ends a name.
_NAME_BEFORE_WORD = re.compile(r"(?<![.!?:;\"“”]\s)(?<!^)(?<![.!?:;\"“”])\b(?!(?:The|A|An)\s+\Z)[A-Z][\w’'-]*\s+\Z")


# 'The Centers for Disease Control and Prevention in Atlanta said it': the word is where a body is, not a body.
_IN_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|near)\s+\Z")


def lone_bodies(articles: Sequence[Article], words: Iterable[str]) -> list[Organisation]:
    """Organisations named by one word alone that speak: each of `words` (single name words that speak and
    name no person) that an article lets say something and then calls 'it'."""
    found = []
    for word in sorted(words):
        if not _acceptable(word) or word in STOPWORDS or word in _GENERIC or word in BODY_HEADS or word in _NOT_BODIES:
            continue
        rx = re.compile(r"(?<![\w’'.&-])" + re.escape(word) + _ITS_SPEECH)
        for art in articles:
            spoke = False
            for para in art.paragraphs:
                if word in para.text:
                    for m in rx.finditer(para.text):
                        if (
                            m.group("pron") in ("it", "its")
                            and not _NAME_BEFORE_WORD.search(para.text, 0, m.start())
                            and not _IN_PLACE_BEFORE.search(para.text, max(0, m.start() - 8), m.start())
                        ):
                            spoke = True
                            break
                    if spoke:
                        break
            if spoke:
                found.append(Organisation(word, {word}, None, speaks=True, article=art.id))
                break
    return found

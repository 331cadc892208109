"""Personal names in running text: capitalised runs, and the words that can never be part of a name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from . import gazetteer
from .titles import HONORIFICS, RANK_ROLES, RANKS, is_head_word

# The letters of Latin Extended-A and -B ('Łukasz', 'Škoda', 'Ștefan'), upper and lower case, added to the Latin-1
# letters of the patterns below, so that a name written with them is read as one written with Latin-1 letters.
_UPPER_MORE = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_LOWER_MORE = "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())


def wide(pattern: str) -> str:
    """The pattern with the letters of Latin Extended-A and -B in each class of Latin-1 letters."""
    return pattern.replace("À-Þ", "À-Þ" + _UPPER_MORE).replace("ß-ÿ", "ß-ÿ" + _LOWER_MORE)


_TOKEN = (
    r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[A-ZÀ-Þ][a-zß-ÿ]+)?(?:[-’'][A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+|[’'](?![sdtm])[a-zß-ÿ](?![\w’'-]))*|[A-Z][’'][A-Z][a-zß-ÿ]+|"
    r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-[A-ZÀ-Þ][a-zß-ÿ]+|[A-Z]{1,2}\.?)"
)
_TOKEN = wide(_TOKEN)
_PARTICLE = r"(?:dos|del|der|den|van|von|bin|ibn|de|da|di|du|al|la|le)(?![\w-])"
# A run of capitalised words, possibly with name particles ("Ursula von der Leyen").
# The same run with its first letter taken out of the token's branches and what may not stand before
# it checked after that letter: the pattern then starts with a character class, which the regex
# engine scans for quickly instead of trying every position.
_TOKEN_AFTER_FIRST = (
    r"(?:(?<=[A-ZÀ-Þ])[a-zß-ÿ]+(?:[A-ZÀ-Þ][a-zß-ÿ]+)?(?:[-’'][A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+|[’'](?![sdtm])[a-zß-ÿ](?![\w’'-]))*|(?<=[A-Z])[’'][A-Z][a-zß-ÿ]+|"
    r"(?:(?<=a)(?:l|d|r|s|sh|t|z|bu|bd)|(?<=e)l|(?<=b)in|(?<=i)bn)-[A-ZÀ-Þ][a-zß-ÿ]+|(?<=[A-Z])[A-Z]?\.?)"
)
_TOKEN_AFTER_FIRST = wide(_TOKEN_AFTER_FIRST)
NAME_RUN = re.compile(
    wide(r"[A-ZÀ-Þaebi](?<![\w’'.-][A-ZÀ-Þaebi])") + _TOKEN_AFTER_FIRST + r"(?:\s+(?:" + _PARTICLE + r"\s+){0,2}" + _TOKEN
    + r"){0,5}(?![\w-])"
)
# A run starts with a lower-case letter only at one of these and a hyphen ('al-Burhan'): in a text without any, the runs are
# those starting with a capital, which the regex engine scans for faster (lower-case a, e, b and i are common).
_LOWER_STARTS = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "abd")
_CAPITAL_RUN = re.compile(
    wide(r"[A-ZÀ-Þ](?<![\w’'.-][A-ZÀ-Þ])") + _TOKEN_AFTER_FIRST + r"(?:\s+(?:" + _PARTICLE + r"\s+){0,2}" + _TOKEN + r"){0,5}(?![\w-])"
)


def name_runs(text: str) -> Iterator[re.Match[str]]:
    """NAME_RUN.finditer(text), faster."""
    hyphen = text.find("-")
    while hyphen >= 0:
        if text.endswith(_LOWER_STARTS, 0, hyphen):
            return NAME_RUN.finditer(text)
        hyphen = text.find("-", hyphen + 1)
    return _CAPITAL_RUN.finditer(text)


TOKEN_RE = re.compile(_TOKEN + "|" + _PARTICLE)
POSSESSIVE = re.compile(r"(?:['’]s\b|['’](?=\s))")

STOPWORDS = frozenset(
    """
    The A An In On At After Before Despite Meanwhile However But And Or Last This That These Those It He She They We
    I You His Her Their Our Its My Your While When If As For With From By According Taking Reacting Publicly Further
    Members Officials Some Other Others Many Most Several Both Each Every All Any No Not Yet So Then Now Still Also
    Although Though Because Since Until Unless Whether Where What Who Whom Whose Which Why How There Here Today
    Tomorrow Yesterday Tonight Earlier Later Instead Indeed Moreover Furthermore Nevertheless Nonetheless Thus Hence
    Under Over Between Among Amid Against Without Within Through During Into Onto Upon About Above Below Across Along
    Around Behind Beyond Near Off Out Up Down To Of Via Per Like Unlike Including Following Given Speaking Asked
    Speaking Writing Responding Addressing Mr Mrs Ms Dr Sir Dame Lord Read More Photo Video Image Credit Source
    Breaking Live Update Updated Analysis Opinion Comment Editorial Exclusive Watch Listen Share Follow Subscribe
    January February March July September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan God Allah Western Eastern Northern Southern
    European Asian African Arab Latin Nordic Baltic Balkan Caucasus Pacific Atlantic Arctic Antarctic Middle East
    Europe Asia Africa Oceania Americas Commonwealth Coalition Agreement Summit Conference Council Union
    Party Parliament Government Administration Ministry Office Army Navy Forces Force Armed Military Defence
    Defense Security Foreign Interior Justice State States Republic Kingdom Federation Democrats Republicans
    Greens Left Right Social Liberal Labour Conservative Conservatives Green Free Alternative National
    Federal Supreme Court Senate House Congress Assembly Committee Commission Bank Fund Group Agency Institute
    University College School Street Square Avenue Road Place Palace Hall Stadium Airport Station Bridge River Sea
    Ocean Lake Mount Mountains Island Islands Day War Treaty Accord Act Plan Initiative Alliance Convention
    Organization Organisation Association Foundation Center Centre Museum Church Region Province County City
    Valley Bay Gulf Strait Peninsula Front Movement Tribunal Cabinet Department Service Services Command
    Headquarters Club League Cup Games Olympics Prize Award News Times Post Journal Herald Tribune Review Press
    Media Network Television Radio Corporation Company Inc Ltd Group Holdings Energy Oil Gas Climate Framework
    Nations United Global World International Minister Prime President Chancellor Secretary General Premier
    Ambassador Envoy Chairman Chair Leader Candidate Spokesman Spokeswoman Spokesperson Vice Deputy Former
    Acting Chief Senior Top Executive Director Head Commissioner King Queen Prince Princess Pope Senator
    Governor Mayor Admiral Commander Representative Speaker Judge Emir Sheikh Sultan Ayatollah Foreign Ministry
    Reform Election Elections Victory Independence Democracy Freedom Peace Fire Land Cold Black Red White Blue
    North South East West Central Upper Lower Great New Old Holy Saint St Fort Port Cape Little Big Grand High
    Royal Imperial Capital Cop COP Brexit Covid Internet Twitter Facebook Instagram TikTok YouTube Telegram
    Carmaker Automaker Chipmaker Drugmaker Miner Retailer Lender Insurer Brewer Refiner Conglomerate
    """.split()
)
# Industry words that name the company after them ('Steelmaker Aço Norte', 'Airline Lufthansa'), besides those
# above: lower case, as each word list that knows such words takes them.
MORE_INDUSTRY_WORDS = (
    "steelmaker",
    "planemaker",
    "truckmaker",
    "toymaker",
    "shipbuilder",
    "airline",
    "broadcaster",
    "reinsurer",
    "grocer",
)
STOPWORDS = STOPWORDS | {w.capitalize() for w in MORE_INDUSTRY_WORDS}
ORG_HEADS = frozenset(
    """
    University College School Institute Party Union Council Ministry Office Agency Bank Fund Group Forces Force Army
    Navy Committee Commission Parliament Assembly Conference Summit Street Square Avenue Road Place Palace House
    Hall Stadium Airport Station Bridge River Sea Ocean Mountains Island Islands Republic Kingdom States Times Post
    News Journal Telegraph Guardian Herald Tribune Review Press Media Network Television Radio Corporation Company
    Inc Ltd Day War Treaty Accord Agreement Act Plan Initiative Coalition Alliance Democrats Republicans Greens
    Convention Organization Organisation Association Federation Foundation Center Centre Museum Church Cathedral
    Region Province County City Valley Bay Gulf Strait Peninsula Front Movement Court Tribunal Senate Congress
    Cabinet Government Administration Department Service Services Command Headquarters Club League Cup Games
    Prize Award Showroom Branch Stores Motors Airlines Group Holdings Capital Partners Network Foundation Trust
    Exchange Index Fire Land Valley Building Tower Square Park Garden Gardens Gate Hotel Hospital Prison Base
    Consortium Confederation Chamber Board Authority Reserve Society Forum Programme Program Project Workers
    Unions Industries Industry Bureau Directorate Secretariat Taskforce Panel Brigade Brigades Militia Regiment
    Airports Airways Railways Railway Ports Systems Technologies Resources Minerals Metals Pharmaceuticals Logistics
    Securities Investments Ventures Telecom Telecommunications Petroleum Insurance Shipping Mining Guild
    Economics Markets Research Analytics Advisors Advisory Consulting Associates Strategies Insights Solutions
    Management Auto Pharma
    """.split()
)
# Capitalised words that open a longer name of a body ('Red Cross', 'Royal Mail'): the word after one is no person's.
_BODY_OPENERS = frozenset("Red White Black Blue Royal National Federal International Global United Holy Grand".split())
# Big cities that are no capital: a run ending in one is a sports club or a place ('Bayern Munich', 'Inter Milan').
_CITIES = frozenset(
    """
    Munich Milan Turin Naples Barcelona Manchester Liverpool Glasgow Birmingham Dortmund Hamburg Frankfurt Leipzig
    Stuttgart Cologne Lyon Marseille Porto Seville Valencia Istanbul Salzburg Rotterdam Eindhoven Leverkusen
    Gelsenkirchen Bremen Genoa Bilbao Donetsk Kharkiv Leeds Newcastle Sheffield Bristol Nottingham
    """.split()
)
# A hyphenated saint's name after a place's ('Paris Saint-Germain'): a club's or a place's name.
_SAINT_PLACE = re.compile(r"S(?:ain)?te?-")
def _rank_role(tok: str, prev: str) -> bool:
    """True when the token is a role word after a rank ('Chief Engineer'): part of a title, never a name."""
    return prev in RANKS and (tok.lower() in RANK_ROLES or is_head_word(tok.lower()))


_ACRONYM_WORD = re.compile(r"(?<![\w.’'-])[A-Z]{3,}(?![\w.’'-])")
_SUFFIXES = frozenset(("Jr", "Sr"))
_POSSESSIVE_END = re.compile(r"['’]s?$")

def strip_possessive(word: str) -> str:
    """The word without a possessive ending ('Trump’s' -> 'Trump')."""
    return _POSSESSIVE_END.sub("", word)


@lru_cache(maxsize=65536)
def is_name_token(tok: str) -> bool:
    """True when a capitalised token may be part of a personal name."""
    if tok in STOPWORDS or tok in HONORIFICS or is_head_word(tok):
        return False
    if gazetteer.country_of(tok) or gazetteer.place_named(tok) or gazetteer.is_outlet(tok):
        return False
    if tok.isupper() and len(tok) > 2:
        return False
    return True


def name_tokens(run: str) -> tuple[list[str], int]:
    """The trailing name tokens of a capitalised run, and the character offset where the name starts.

    'French President Emmanuel Macron' -> (['Emmanuel', 'Macron'], 17); a run ending in an
    organisation word ('Masaryk University') or a place name has no name tokens.
    """
    toks, offset = _name_tokens(run)
    return list(toks), offset


def run_name_tokens(run: str) -> tuple[tuple[str, ...], int]:
    """name_tokens with the tokens as a tuple (not to be changed: it is remembered)."""
    return _name_tokens(run)


@lru_cache(maxsize=65536)
def _name_tokens(run: str) -> tuple[tuple[str, ...], int]:
    """name_tokens, once for each distinct run."""
    toks = TOKEN_RE.findall(run)
    while toks and toks[-1] in _SUFFIXES:
        toks.pop()
    if not toks or toks[-1] in ORG_HEADS:
        return (), len(run)
    if len(toks) > 1 and (
        toks[-1] in _CITIES or (_SAINT_PLACE.match(toks[-1]) and gazetteer.place_named(toks[-2]) is not None)
    ):
        return (), len(run)  # 'Bayern Munich', 'Paris Saint-Germain': a club's name, never a person's
    i = len(toks)
    while i > 0:
        tok = toks[i - 1]
        if tok.islower():
            if i == len(toks) or i - 1 == 0:
                break
            i -= 1
            continue
        if not is_name_token(tok) and not (tok in gazetteer.NAME_LIKE and i < len(toks)):
            break
        if i > 1 and _rank_role(tok, toks[i - 2]):
            break  # 'Chief Engineer Amina Yusuf': the rank's role word opens no name
        i -= 1
    while i < len(toks) and toks[i].islower():
        i += 1
    kept = toks[i:]
    if not kept or (i and toks[i - 1] in _BODY_OPENERS):
        return (), len(run)  # 'the Red Cross': the end of a body's name
    offset = next(islice(TOKEN_RE.finditer(run), i, None)).start()
    if _ACRONYM_WORD.search(run) and (
        _ACRONYM_WORD.search(run, offset) or _ACRONYM_WORD.fullmatch(run[:offset].rstrip().rsplit(None, 1)[-1] if offset else "")
    ):
        return (), len(run)  # 'DNB Markets': the words after an acronym are the rest of a body's name
    if len(kept[0]) <= 2 and kept[0].isupper() and len(kept) == 1:
        return (), len(run)  # a lone initial or acronym is no name
    return tuple(kept), offset

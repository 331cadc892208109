"""Role titles as news writes them: 'French President', 'Russian Foreign Ministry spokeswoman', 'US Ambassador to NATO,'."""

from __future__ import annotations

import re
from functools import lru_cache

from .wordtrie import trie_alternation

HEADS = (
    "prime minister|deputy prime minister|vice president|vice-president|secretary general|secretary-general|"
    "director general|director-general|managing director|high commissioner|high representative|"
    "general secretary|foreign minister|president-elect|chancellor|president|premier|minister|secretary|"
    "spokesman|spokeswoman|spokesperson|ambassador|envoy|chairman|chairwoman|co-chairman|co-chairwoman|"
    "co-chair|chair|co-leader|leader|candidate|negotiator|king|queen|prince|princess|pope|senator|"
    "congressman|congresswoman|representative|governor|mayor|general|admiral|commander|chief|director|"
    "head|commissioner|adviser|advisor|lawmaker|MP|speaker|judge|CEO|founder|emir|sheikh|sultan|ayatollah|"
    "coordinator|official|diplomat|economist|analyst|strategist|chief executive|ombudsman|rapporteur|attorney general|prosecutor|"
    "convener|convenor|boss|manager|activist|campaigner|lawyer|attorney|journalist|author|historian|researcher|"
    "scientist|expert|organiser|organizer|co-founder|consultant|commentator|columnist|editor|reporter|delegate|"
    "mediator|nominee|treasurer|whip|professor|lecturer|physician|surgeon|officer|chief financial officer|"
    "chief operating officer|chief technology officer|coach|head coach|captain|referee|"
    "astrophysicist|physicist|astronomer|epidemiologist|virologist|immunologist|climatologist|meteorologist|"
    "seismologist|volcanologist|geologist|biologist|ecologist|demographer|sociologist|psychologist|statistician"
)
# Occupations news names before a person ('French striker N'Golo Kante', 'veteran driver Lewis Hamilton'): heads of
# a title in lower case only, as most are also surnames or words a name may hold when capitalised ('Adam Driver').
OCCUPATIONS = (
    "striker|goalkeeper|midfielder|defender|winger|footballer|cricketer|batsman|bowler|quarterback|"
    "pitcher|player|athlete|sprinter|swimmer|cyclist|rider|driver|jockey|golfer|skier|boxer|wrestler|"
    "gymnast|sailor|climber|chef|pilot|nurse|teacher|doctor|paramedic|firefighter|engineer|architect|farmer|"
    "fisherman|soldier|actor|actress|singer|musician|rapper|composer|artist|painter|writer|novelist|poet|"
    "filmmaker|film-maker|producer|photographer|designer|entrepreneur|businessman|businesswoman|billionaire|"
    "investor|banker|trader|priest|bishop|archbishop|cardinal|rabbi|imam|cleric|pastor|monk|nun|owner"
)
# Ranks that stand before a role word in a capitalised title ('Chief Engineer', 'Deputy Chief Constable', 'Senior
# Economist'), and role words that may follow one besides the heads and occupations: after a rank, a role word
# or a title's head is part of the title, never a person's name.
RANKS = frozenset("Chief Principal Senior Deputy Assistant Acting Lead Detective".split())
RANK_ROLES = frozenset(
    """
    engineer inspector constable superintendent sergeant executive economist scientist officer secretary whip
    steward surveyor architect nurse pharmacist planner statistician clerk counsel coroner auditor accountant
    medical curator archivist analyst examiner magistrate rabbi warden
    """.split()
) | frozenset(OCCUPATIONS.split("|"))
HONORIFICS = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness")
MODIFIERS = (
    "climate|environment|foreign|defence|defense|finance|economy|economic|interior|justice|health|trade|energy|"
    "opposition|party|government|ministry|summit|army|military|state|deputy|vice|former|acting|interim|special|"
    "chief|senior|top|general|executive|junior|prime|co|lead|security|national|presidential|campaign|central|"
    "bank|union|labour|labor|agriculture|education|culture|transport|digital|migration|immigration|home|"
    "treasury|war|peace|regional|local|federal|provincial|caretaker|outgoing|incoming|chief|autocratic|"
    "longtime|veteran|then|current|new|conservative|liberal|centrist|far-right|far-left|right-wing|left-wing|"
    "populist|socialist|communist|green|development|human rights|intelligence|police|parliamentary|senate|"
    "house|cabinet|white house|kremlin|press|communications|negotiating|lead|deputy foreign|polish|"
    "european|international|global|world|africa|asia|climate change|mission|delegation|u.n.|un|eu|nato|"
    "fire|battalion|district|station|county|division|crew|shift|incident|medical|scientific|nursing|legal|technical|"
    "investment|financial|operating|technology|affairs|public|policy|markets|equity|research"
)
_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-ZÀ-Þ][\w’'/&-]*)"
_HEAD_WORDS_ALL = frozenset(h.lower() for h in HEADS.replace("-", " ").replace("|", " ").split() if h.isalpha() and h.islower())
# Longest first, so that an appositive "chief executive" is not cut at "chief".
_HEAD_RE = r"(?i:" + "|".join(sorted(HEADS.split("|"), key=len, reverse=True)) + r")"
# The same heads and modifiers as tries: a title that must end at the name matches the same text either way.
_HEAD_TRIE = r"(?i:" + trie_alternation(HEADS.split("|"), fold=True) + r")"
_MODIFIER_TRIE = (
    r"(?i:" + trie_alternation([w for w in MODIFIERS.split("|") if "." not in w], fold=True) + "|"
    + "|".join(w for w in MODIFIERS.split("|") if "." in w) + ")"
)
_PREFIX_WORD = r"(?:" + _CAP + r"|" + _MODIFIER_TRIE + r")"
# The heads and, in lower case only, the occupations.
_OCCUPATION_TRIE = trie_alternation(OCCUPATIONS.split("|"))
_HEAD_OR_OCCUPATION = r"(?:" + _HEAD_TRIE + r"|" + _OCCUPATION_TRIE + r")"
# A title phrase that ends right before a name: modifiers, a head, an optional "to/of X" and comma.
TITLE_BEFORE = re.compile(
    r"(?<![\w’'./&-])(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<title>(?:" + _PREFIX_WORD + r"\s+(?:(?:for|of|&)\s+(?=[A-Z]))?){0,6}?"
    + _HEAD_OR_OCCUPATION
    + r"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?(?:" + _CAP + r"\s+){0,4}" + _CAP + r")?)(?P<comma>\s*,)?\s+$"
)
# "A spokesman for the army, Nabil Abdallah": a title naming its body in lower case, set off by commas.
_TITLE_FOR_BODY = re.compile(
    r"(?<![\w’'./&-])(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<title>(?:" + _PREFIX_WORD + r"\s+){0,3}?" + _HEAD_TRIE
    + r"\s+(?:of|for|at|to)\s+the\s+[a-z]+)\s*,\s+$"
)
# A title set off by commas with the place its holder serves in: "A federal judge in Texas, ".
_TITLE_IN_PLACE = re.compile(
    r"(?<![\w’'./&-])(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<title>(?:" + _PREFIX_WORD + r"\s+){0,4}?" + _HEAD_TRIE
    + r")\s+in\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w’'.-]*\s+){0,2}[A-ZÀ-Þ][\w’'.-]*\s*,\s+\Z"
)
_HONORIFIC_SET = frozenset(HONORIFICS)
# A judge's style before the name: 'Chief Justice', 'Associate Justice', 'Lord Justice', 'Mr Justice' (a judge).
_JUSTICE_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<title>(?P<role>(?:(?:Chief|Associate|Lord|Lady|Senior|Presiding)\s+)?Justice)|"
    r"(?:Mr|Mrs|Ms|Madam)\.?\s+(?P<judge>Justice))\s+$"
)
_HONORIFIC_BEFORE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+$")
# A rank and a capitalised role word after it, with up to two ranks or words between: 'Chief Engineer', 'Deputy
# Chief Constable', 'Chief Medical Officer'.
_RANK_ROLE_RE = (
    r"(?:" + "|".join(sorted(RANKS)) + r")(?:\s+[A-Z][a-z]+){0,2}?\s+(?:"
    + "|".join(w.capitalize() for w in sorted(RANK_ROLES | _HEAD_WORDS_ALL, key=len, reverse=True)) + r")(?![\w’'-])"
)
_RANK_ROLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<title>(?:(?:" + "|".join(sorted(RANKS)) + r")\s+)?" + _RANK_ROLE_RE + r")\s+$")
# An appositive title right after a name: ", the Cop29 president", ", climate envoy of the X", ", chair of".
TITLE_AFTER = re.compile(
    r",\s+(?P<title>(?:(?:the|a|an)\s+)?(?:[\w’'./-]+\s+){0,4}?(?:" + _RANK_ROLE_RE + "|" + _HEAD_RE + "|" + _OCCUPATION_TRIE + r")\b(?:(?:\s+" + _MODIFIER_TRIE
    + r"\b){0,2}\s+" + _HEAD_RE + r"\b)?(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+at\s))?"
    r"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?(?:"
    + _CAP + r"\s+(?:of\s+(?=[A-Z]))?){0,5}" + _CAP + r")?)"
)
_LEADING_STOP = re.compile(
    r"^(?:(?:The|A|An|Then|When|After|Before|As|And|But|While|In|On|At|Meanwhile|However|Also|So|Last|This|That|Its|His|"
    r"Her|Their)\s+)+"
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_HEAD_WORDS = frozenset(h.lower() for h in HEADS.replace("-", " ").replace("|", " ").split())
_OCCUPATION_WORDS = frozenset(OCCUPATIONS.split("|"))
WINDOW = 100
_LINKS = frozenset()


@lru_cache(maxsize=65536)
def is_head_word(word: str) -> bool:
    """True when the word can head a role title ('President', 'spokeswoman', 'envoy')."""
    low = word.lower().strip(".,")
    if low in _HEAD_WORDS or low.rsplit("-", 1)[-1] in _HEAD_WORDS:
        return True
    # An occupation heads a title in lower case only ('veteran driver', not 'Adam Driver').
    return word[:1].islower() and (low in _OCCUPATION_WORDS or low.rsplit("-", 1)[-1] in _OCCUPATION_WORDS)


def clean_role(role: str) -> str:
    """A role without leading determiners or sentence words and without a trailing comma."""
    role = _LEADING_STOP.sub("", role.strip().rstrip(",").strip())
    return _ARTICLE.sub("", role)


# A title ends in a head word, or in a name after "of", "to", "for" or "at"; letters that match an ASCII
# letter when case is ignored but do not lower-case to it make no promise.
_TITLE_LINK = re.compile(r"\s(?:of|to|for|at)\s")
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")


_HEAD_START = re.compile(r"[^\w’'./&-]")


def _may_end_in_title(window: str) -> bool:
    """False only for a window that cannot end in a title phrase: its last word (before an optional
    comma, after any opening punctuation such as '(') is no head word and no "of/to/for/at" link stands in it."""
    core = window.rstrip().removesuffix(",").rstrip()
    # The last piece between such characters is in the last piece between white space (white space is one).
    last = _HEAD_START.split(core.rsplit(None, 1)[-1])[-1] if core else ""
    return is_head_word(last) or bool(_TITLE_LINK.search(window) or _ODD_CASE.search(window))


# Every lower-case word a title phrase may hold (its words are capitalised or these): the phrase cannot
# reach back over any other word.
_TITLE_WORDS = frozenset(
    w.lower() for w in (HEADS + "|" + OCCUPATIONS + "|" + MODIFIERS + "|the|a|an|of|to|for|at|&").replace("|", " ").split()
)


def _title_floor(window: str) -> int:
    """Where a title phrase that ends the window can start at the earliest: at the last word (from white space
    to white space) that is neither capitalised nor a title's word (one trailing comma aside), else at 0.

    A phrase starting before that word would hold it whole, and the phrase is made of its words and white
    space only. Letters that match an ASCII letter when case is ignored but do not lower-case to it (`_ODD_CASE`)
    make no promise: the caller checks for them."""
    end = len(window)
    for tok in reversed(window.split()):
        start = window.rfind(tok, 0, end)
        word = tok[:-1] if tok[-1] == "," else tok
        if word and not ("A" <= word[0] <= "Z" or "À" <= word[0] <= "Þ") and word.lower() not in _TITLE_WORDS:
            return start
        end = start
    return 0


@lru_cache(maxsize=65536)
def title_before(text: str, pos: int) -> tuple[int, str, bool] | None:
    """The title phrase ending right before `pos` as (start, role, has_comma), or None.

    An honorific ('Mr', 'Dr') counts as a title with an empty role. Only the `WINDOW` characters before
    `pos` are looked at.
    """
    return title_ending_at(text, pos)


def title_ending_at(text: str, pos: int) -> tuple[int, str, bool] | None:
    """`title_before`, not remembered for the text and position (only for the window): for a caller that
    asks once for each, as remembering them would only keep the collector busy."""
    lo = pos - WINDOW if pos > WINDOW else 0
    window = text[lo:pos]
    try:
        found = _WINDOW_TITLES[window]
    except KeyError:
        if len(_WINDOW_TITLES) >= _WINDOWS_KEPT:
            _WINDOW_TITLES.clear()
        found = _WINDOW_TITLES[window] = _window_title(window)
    return None if found is None else (lo + found[0], found[1], found[2])


# `_window_title` of the windows seen last (a plain dict: an lru_cache keeps a list for each entry, which the
# collector then walks).
_WINDOW_TITLES: dict[str, tuple[int, str, bool] | None] = {}
_WINDOWS_KEPT = 16384


def _window_title(window: str) -> tuple[int, str, bool] | None:
    """`title_before` at the end of the window, with the start counted from the window's start."""
    tail = window.rstrip()  # the last word of a window that ends in white space, without one trailing comma
    if not tail or len(tail) == len(window):
        return None
    token = tail.rsplit(None, 1)[-1]
    word = token[:-1] if len(token) > 1 and token.endswith(",") else token
    if word[0].islower() and not is_head_word(word) and word not in _LINKS:
        b = _TITLE_FOR_BODY.search(window) if tail.endswith(",") else None
        if b and is_head_word(b.group("title").split()[-4]):
            return b.start(), clean_role(b.group("title")), True
        return None
    if _may_end_in_title(window):
        # The phrase starts at the floor at the earliest: it is found in the rest of the window alone, which
        # many windows share ('… said Foreign Minister ').
        floor = 0 if _ODD_CASE.search(window) else _title_floor(window)
        found = _title_phrase(window[floor:])
        if found is not None:
            if floor and found[0] and found[1].islower() and found[1].rsplit(None, 1)[-1] in _PORTFOLIO_HEADS:
                wider = _with_portfolio(window, floor, found)
                if wider is not None:
                    return wider
            return floor + found[0], found[1], found[2]
    if tail.endswith(",") and " in " in window:
        # "A federal judge in Texas, Reed O'Connor": the place a title holder serves in is no part of the role.
        placed = _TITLE_IN_PLACE.search(window, _title_floor(window[:window.rfind(" in ")]))
        if placed:
            role = clean_role(placed.group("title"))
            if role and is_head_word(role.split()[-1]):
                return placed.start(), role, True
    if token.lower() in RANK_ROLES and token[:1].isupper():
        # "Chief Constable Sarah Okafor", "Detective Inspector Tom Reilly": a rank and its role word
        ranked = _RANK_ROLE_BEFORE.search(window)
        if ranked:
            return ranked.start("title"), ranked.group("title"), False
    if token == "Justice":
        judge = _JUSTICE_BEFORE.search(window)
        if judge:
            return judge.start("title"), judge.group("role") or "Justice", False
    # An honorific is the window's last word, from white space to white space.
    h = _HONORIFIC_BEFORE.search(window) if token in _HONORIFIC_SET else None
    if h:
        return h.start() + (1 if h.group().startswith(" ") else 0), "", False
    return None


# Heads a portfolio names in a lower-case noun the modifiers do not know ('digitisation minister', 'tourism
# secretary'), and words that stand before such a head without naming a portfolio.
_PORTFOLIO_HEADS = frozenset(
    "minister secretary commissioner spokesperson spokesman spokeswoman envoy adviser advisor editor chief".split()
) | _OCCUPATION_WORDS
_NO_PORTFOLIO = frozenset(
    """
    with when then than that this these those from into onto said says told also only even both while where
    which whose their there here other about after before under over will would could should must might have
    been being were become becomes became make made like such every each same whom what your ours they them
    """.split()
)
_PORTFOLIO_WORD = re.compile(r"[a-z]{4,}")
_PORTFOLIO_LEAD = re.compile(
    r"(?:(?<![\w’'./&-])(?P<article>[Tt]he|[Aa]n?)\s+)?(?P<lead>(?:" + _PREFIX_WORD + r"\s+){0,4}?)\Z"
)
_PORTFOLIO_OPEN = re.compile(r"(?:^|[,;:(“\"‘]|[.!?][\"'”’]?)\s*\Z")


def _with_portfolio(window: str, floor: int, found: tuple[int, str, bool]) -> tuple[int, str, bool] | None:
    """The title `found` in window[floor:] widened by the word at the floor when that word names a portfolio in
    lower case ('Belgian digitisation minister'), with the capitalised words and modifiers before it; None unless
    the word stands right before the title and a title word, an article or the opening of a clause precedes it."""
    word = window[floor:floor + found[0]]
    if not word.endswith(" ") or word.count(" ") != 1:
        return None
    word = word[:-1]
    if not _PORTFOLIO_WORD.fullmatch(word) or word in _NO_PORTFOLIO or word.endswith(("ed", "ly")):
        return None
    m = _PORTFOLIO_LEAD.search(window, 0, floor)
    lead = m.group("lead") if m else ""
    if not lead and not (m and m.group("article")) and not _PORTFOLIO_OPEN.search(window, 0, floor):
        return None
    role = clean_role(lead + word + " " + found[1])
    start = m.start("lead") if m and lead else floor
    if m and m.group("article"):
        start = m.start()
    return start, role, found[2]


@lru_cache(maxsize=16384)
def _title_phrase(text: str) -> tuple[int, str, bool] | None:
    """The title phrase (`TITLE_BEFORE`) that ends the text, as (start, role, has_comma), when its role ends in
    a head word or holds a link ('of', 'to', 'for', 'at'), else None."""
    m = TITLE_BEFORE.search(text)
    if m:
        role = clean_role(m.group("title"))
        if role and is_head_word(role.split()[-1]) or _TITLE_LINK.search(role):
            return m.start(), role, bool(m.group("comma"))
    return None


# A word of two lower-case letters or more, a period and a capital: a sentence ends there.
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def title_after(text: str, pos: int) -> str | None:
    """An appositive role right after a name (', the Cop29 president'), or None."""
    m = TITLE_AFTER.match(text, pos)
    if not m:
        return None
    title = m.group("title")
    if "." in title and _SENTENCE_END.search(title):
        return None  # "Gdansk, said prices fell. Romanian President": the title of the next sentence's name
    return clean_role(title)

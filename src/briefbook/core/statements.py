"""Statements: what each actor said or did, traced to its sentence.

A sentence is attributed only to an actor standing where a speaker stands: the subject of a verb of
speech or action, the name after a quotation's 'said', the agent of 'presented by', or the speaker a
pronoun, a role ('the French president') or a quotation-only paragraph continues. Names that are
objects, possessors, parts of another person's title, or inside someone else's quotation never speak.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from . import gazetteer
from .model import Actor, Article, Mention, Statement
from .names import MORE_INDUSTRY_WORDS, POSSESSIVE
from .quotes import quote_regions, quoted_words
from .speech import (
    AUX,
    INVERTED,
    INVERTED_BEFORE_ROLE,
    PARENTHETICAL_PRONOUN,
    PREDICATE,
    SPEECH_INGS,
    SPEECH_LAST_WORDS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    is_passive,
    is_speech,
    kind_of,
)
from .stance import question_of, stance_of
from .titles import is_head_word, title_before
from .wordtrie import trie_alternation

_BOUNDARY = re.compile(
    r"(?:^|[,;:—–(]|[”»\"“«’‘]|(?<=\s)-|\b(?:[Bb]ut|and|[Tt]hough|[Aa]lthough|[Ww]hile|[Ww]hereas|[Yy]et|[Aa]s|[Ss]o|[Tt]hen|"
    r"[Mm]eanwhile|[Ii]nstead|[Nn]ow|[Aa]lso|[Pp]ublicly|[Pp]rivately|[Hh]owever))\s*$"
)
_SUBORDINATE = re.compile(
    r"\b(?:if|If|unless|Unless|whether|when|When|whenever|after|After|before|Before|once|Once|until|since|Since|"
    r"because|Because|hope|hopes|hoped|doubt|doubts|believe|believes|fear|fears|expect|expects|think|thinks|"
    r"said|says|that|That|which|who|whom|what)\s*$"
)
_THAT = re.compile(r"\bthat\s*$")
# The subordinate clauses of time or cause whose subject still says what it says ("after the Fed said …").
_WHEN_WORDS = frozenset(("when", "When", "after", "After", "once", "Once", "since", "Since", "because", "Because"))
_AND = re.compile(r"\s(?:and|or|,)\s*$")
_BY = re.compile(
    r"\b(?:presented|announced|proposed|unveiled|put\s+forward|rejected|insisted\s+on|backed|supported|endorsed|"
    r"cheered\s+on|praised|criticized|criticised|condemned|welcomed|initiated|launched|signed|approved|vetoed|"
    r"blocked|opposed|declared|ordered|demanded|requested|announced)\s+by\s+$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+$")
# The last word of each verb of _BY: a match of it has one of them right before the white space before "by".
_BY_LAST_WORDS = tuple(
    {re.split(r"\\s\+", verb)[-1] for verb in _BY.pattern.split("(?:", 1)[1].split(r")\s+by", 1)[0].split("|")}
)
_WITH = re.compile(r"\bwith\s+$")
_APPOSITIVE = re.compile(r",\s+(?P<body>(?:[^,“”«»\"]|(?<=\d),(?=\d{3})){1,140}?),(?!\d{3})")  # "4,000" is no comma of its own
# A speech verb right after a quotation or comma, before the name: "…,” said Smith", not ", has said he".
_INVERTED_GAP = re.compile(r"[,”»\"’]\s*(?!(?:" + AUX + r")\s)\w+(?:\s+\w+)?\s+$")
_NEW_CLAUSE = re.compile(r"(?:[,;][”\"’»]?\s+(?:while|whereas|but|though|although)|;)\s+(?:(?:the|a|an)\s+)?$")
_PREP_WHICH = re.compile(r"\b(?:in|at|during|on|through|with)\s+which\s+$")
# The nouns of a stated goal: a paragraph without any of them states none.
_GOAL_NOUNS = ("goal", "aim", "priority", "objective", "ambition", "intention")


def _names_a_goal(text: str) -> bool:
    """True when the text holds one of the goal nouns."""
    for noun in _GOAL_NOUNS:
        if noun in text:
            return True
    return False


_GOAL = re.compile(
    r"(?:\b(?P<owner>[Hh]is|[Hh]er)|['’]s)\s+(?:(?:immediate|main|chief|first|top|stated|declared|overriding|"
    r"long-term|ultimate)\s+)?(?:goal|aim|priority|objective|ambition|intention)\s+(?:is|was|being|will\s+be|remains)\s+to\b"
)
# "It said", "the ministry said": the country or organisation that spoke last, in this paragraph or the one before.
_BODY = "@body"
# "The Health Ministry said", "the Environment Department said": a ministry named by its field alone.
_FIELDS = "foreign|defence|defense|interior|finance|trade|commerce|health|economy|environment|education|justice|agriculture|energy"
_BODY_NOUN = (
    r"he\s+(?:(?:(?:" + _FIELDS + r")\s+)?"
    r"(?:ministry|government|presidency|department|administration|army|military|police)|"
    r"(?i:" + _FIELDS + r")\s+(?:Ministry|Department)|"
    r"(?:company|agency|firm|regulator|watchdog|carmaker|lender|charity|organi[sz]ation|chipmaker|automaker|"
    r"drugmaker|miner|retailer|insurer|brewer|refiner|conglomerate|airline|" + "|".join(MORE_INDUSTRY_WORDS) + "|"
    r"central\s+bank|(?:oil|energy|mining|pharmaceutical)\s+major|(?:(?:oil|energy|tech|technology|mining|retail|media|chip)\s+)?giant|"
    r"court|tribunal|commission|council|committee|bureau|authority))"
)
# "the court said": the last body of the article whose name ends in that word ("Superior Electoral Court").
_HEAD_REF_NOUNS = frozenset(("court", "tribunal", "commission", "council", "committee", "bureau", "authority"))
_STATE_REF_NOUNS = frozenset(
    ("ministry", "government", "presidency", "department", "administration", "army", "military", "police")
)
_COMPANY_REF_NOUNS = frozenset(("company", "agency", "firm", "regulator", "watchdog", "carmaker", "lender", "charity", "organisation", "organization"))
# "carmaker Tesla … the carmaker said": the last company the article names after that industry word.
_INDUSTRY_REF_NOUNS = frozenset(
    "carmaker automaker chipmaker drugmaker miner retailer lender insurer brewer refiner conglomerate airline major "
    "giant".split()
) | frozenset(MORE_INDUSTRY_WORDS)
# The ids of central banks: 'federal-reserve', 'european-central-bank', 'bank-of-england', 'reserve-bank-of-india'.
_CENTRAL_BANK_ID = re.compile(r"^(?:federal-reserve|bank-of-|reserve-bank|people-s-bank)|central-bank|national-bank")
_INDUSTRY_LAST = frozenset(w[-1] for w in _INDUSTRY_REF_NOUNS)
_INDUSTRY_BEFORE = re.compile(
    r"(?<![\w-])(?P<n>(?i:" + "|".join(sorted(_INDUSTRY_REF_NOUNS)) + r"))\s+\Z"
)
# ", the world's second-largest miner,": an appositive after a company's name whose last word is an industry noun.
_INDUSTRY_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[^,;:()“”«»\"]{0,60}?\s)?(?P<n>(?i:" + "|".join(sorted(_INDUSTRY_REF_NOUNS)) + r"))\s*[,;—–)]"
)
# Each branch starts with its own letter and checks the word boundary before it right after it.
_BODY_REF = re.compile(
    r"(?:I(?<!\wI)t|i(?<!\wi)t|T(?<!\wT)" + _BODY_NOUN + r"|t(?<!\wt)" + _BODY_NOUN + r"|P(?<!\wP)olice)\b(?!['’])"
)
# "the European Commission", "A senior Turkish official": the determiner and adjectives of a body's noun phrase.
_BODY_ADJECTIVES = (
    "senior|top|high-ranking|junior|former|two|three|several|some|other|opposition|ruling|governing|main|"
    "largest|biggest|powerful|national|paramilitary"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:" + _BODY_ADJECTIVES + r")\s+)*\Z")
_KIND_WORDS = (
    "group|company|carmaker|automaker|miner|firm|lender|insurer|retailer|airline|"
    "manufacturer|chipmaker|conglomerate|giant|union|party|bank|broker|agency|charity|watchdog|regulator|rival|Rival|"
    "major|drugmaker|brewer|refiner|Carmaker|Automaker|Chipmaker|Drugmaker|Miner|Retailer|Lender|Insurer|Brewer|"
    "Refiner|Conglomerate|" + "|".join(w for word in MORE_INDUSTRY_WORDS for w in (word, word.capitalize()))
)
# Up to two describing words before the kind ('the social media giant Meta'), none a word that links phrases.
_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:(?!(?:in|of|at|on|for|from|by|with|to|and|or|the|a|an|its|their|as|than|that)\s)[A-Za-z-]+\s+){0,2}"
    r"(?:" + _KIND_WORDS + r")\s+\Z"
)
# The last word each of those end-anchored patterns needs before the white space at the end of the text.
_DETERMINER_ENDS = ("the", "The", "a", "A", "an", "An", *_BODY_ADJECTIVES.split("|"))
_KIND_ENDS = tuple(_KIND_WORDS.split("|"))
_SPOKESPERSON_FOR = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+\Z")
# A speaker opening a clause of their own after a comma: what comes before is another's.
_OWN_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\Z")
# "The union's secretary general", "its regional director": the owner of a person's title opens the noun phrase.
_OWNER_BEFORE_TITLE = re.compile(
    r"(?:(?<![\w’'-])(?:[Tt]he\s+)?(?:[\w-]+\s+)?[\w.-]+['’]s|(?<![\w’'-])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))\s+\Z"
)
# The last two characters before the white space such an owner ends in.
_OWNER_ENDS = ("'s", "’s", "ts", "is", "er", "ir")
# "International observers from the OSCE", "a delegation of the IMF": the people a body sends speak for it.
_MEMBERS_OF = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?(?:[A-Za-z-]+\s+)?"
    r"(?:[Oo]bservers|[Mm]onitors|[Ii]nspectors|[Ii]nvestigators|[Oo]fficials|[Rr]epresentatives|[Dd]elegates|[Ee]nvoys|"
    r"[Nn]egotiators|[Dd]iplomats|[Dd]elegation|[Mm]ission)\s+(?:from|of|at)\s+(?:the\s+)?\Z"
)
_MEMBERS_LINKS = ("from", "of", "at")
_MEMBERS = frozenset(
    "observers monitors inspectors investigators officials representatives delegates envoys negotiators diplomats "
    "delegation mission".split()
)
# "Goldman Sachs's Jan Hatzius": a capitalised owner (up to three words) right before a person's name.
_NAMED_OWNER_BEFORE = re.compile(r"(?<![\w.’'&-])(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+\Z")
_APOSTROPHE_S = ("'s", "’s")
# "10:07 — ", "OSLO, Sept 18 (Wire) - ": a live blog's time stamp or a wire's dateline before a sentence's subject.
_STAMP = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|EST|EDT|ET|UTC))?|[A-Z][A-Z .’'-]+,[^.;]{0,40}?)"
    r"\s*(?:\([^()]{1,30}\)\s*)?[-—–:|]\s*"
)
# "Her colleague ", "his longtime lawyer ": a pronoun's lower-case noun right before a person's name.
_OWNING_PRONOUNS = frozenset(("his", "His", "her", "Her", "their", "Their", "its", "Its"))
_PRONOUN_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){1,2}\Z")


def _pronoun_noun_before(text: str, floor: int, start: int) -> int | None:
    """Where "Her colleague " (a pronoun and one or two lower-case words) starts right before `start`, or None."""
    lo = max(floor, start - 40)
    words = text[lo:start].rsplit(None, 3)
    if (len(words) > 1 and words[-2] in _OWNING_PRONOUNS) or (len(words) > 2 and words[-3] in _OWNING_PRONOUNS):
        m = _PRONOUN_NOUN_BEFORE.search(text, lo, start)
        return m.start() if m else None
    return None


_POSSESSOR_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][\w.-]*['’]s\s+\Z")
_JOINED = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z])")
_NO_COMMENT = re.compile(
    r"(?:declined?|declines|refused?|refuses)\s+(?:to\s+(?:comment|elaborate|speculate|be\s+interviewed|be\s+drawn)|"
    r"(?:further\s+)?comment)\b"
)
# A negated verb of saying ('did not say whether', 'would not comment', 'has not responded to requests for comment')
# states nothing: the verbs (their last word), and what must follow those that may still say something.
_NEGATION = re.compile(r"\bnot\b|n[’']t\b|\bnever\b|\bcannot\b")
_SILENT_VERBS = frozenset(("comment", "commented", "comments", "elaborate", "elaborated", "speculate"))
_UNSAID_VERBS = frozenset(
    "say said says discuss discussed disclose disclosed specify specified reveal revealed confirm confirmed detail "
    "explain explained".split()
)
_UNSAID_AFTER = re.compile(r"\s*(?:[.;,]|$|\s(?:whether|if|when|how|what|why|who|which|where|on|about)\b)")
_UNANSWERED_VERBS = frozenset(
    "respond responded responds reply replied replies return returned answer answered".split()
)
_UNANSWERED_AFTER = re.compile(
    r"(?:\s+(?:immediately|yet|publicly))?\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?(?:requests?|calls?|messages?|e-?mails?|"
    r"inquiries|enquiries|queries|questions|comment)\b"
)
# "Smith, backed by the unions, said": a participle set off by a comma, with its agent, is no verb of the subject.
_PARTICIPLE_BY = re.compile(r"\s+by\b")
# "X declined to comment, but said …": a verb of a clause of the subject's own after its silence.
_BUT_THEN = re.compile(r"(?:\s+on\s+[^,.;“”\"]{1,60}?)?,?\s+(?:but|though|although|yet)(?=\s)")
# "Mantashe's spokesman said": the possessor speaks through their office.
_OFFICE_OF = re.compile(
    r"['’]s?\s+(?:office|spokes(?:man|woman|person)|aides?|team|press\s+office|campaign|chief\s+of\s+staff)\b"
)
# "the Law Society of Kenya (LSK) said": an acronym or short gloss in brackets after the subject.
_BRACKETED = re.compile(r"\s*\([^()“”\"]{1,16}\)(?=[\s,])")
_NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\b\.?(?=[\s,])")
# The first of the two that matches: a suffix ("Jr."), else a gloss in brackets.
_NAME_SUFFIX_OR_BRACKETED = re.compile(_NAME_SUFFIX.pattern + "|" + _BRACKETED.pattern)
# "A Conservative Party spokesperson said": an organisation speaks through an unnamed spokesperson.
_BODY_SPOKESMAN = re.compile(r"\s+spokes(?:man|woman|person)\b(?!\s+[A-Z])")
_APOSTROPHES = ("'", "’")
_SAYING = re.compile(
    r",\s+(?:saying|adding|insisting|arguing|warning|noting|stressing|emphasi[sz]ing|vowing|declaring|calling|accusing|"
    r"describing|urging|telling)\b"
)
# Those a person's words come through ("his office", "her spokeswoman"); not a person's party, government or
# ministry, which act for themselves ("Her party is pushing for …" is not her statement).
_PERSON_PRONOUN_NOUNS = r"\s+(?:office|spokes(?:man|woman|person)|aides?|team|press\s+office|camp|chief\s+of\s+staff)"
# "their government": the government of the countries a plural pronoun refers to.
_PRONOUN_NOUNS = (
    r"\s+(?:office|spokes(?:man|woman|person)|aides?|team|government|administration|ministry|press\s+office|camp|"
    r"chief\s+of\s+staff)"
)
# "he", "she", "they", "his office", "their government": each branch starts with its own letter and checks the
# word boundary before it right after (a leading \b would make the engine try every position, not scan for letters).
_PRONOUN = re.compile(
    r"(?P<p>H(?<!\wH)(?:e|(?:is|er)" + _PERSON_PRONOUN_NOUNS + r")|h(?<!\wh)(?:e|(?:is|er)" + _PERSON_PRONOUN_NOUNS + r")"
    r"|S(?<!\wS)he|s(?<!\ws)he|T(?<!\wT)he(?:y|ir" + _PRONOUN_NOUNS + r")|t(?<!\wt)he(?:y|ir" + _PRONOUN_NOUNS + r"))\b"
)
# The same pronouns scanned from their "h", which each has first or second ("he", "his office", "she", "they",
# "their government") and which is far rarer than the letters they start with; with a body to refer to, "it" and
# "the ministry" (also from its "h") in the same scan, marked by an empty group. A match at the "h" of "she",
# "they", "their" or "the" starts one character earlier.
_PRONOUN_AT_H = (
    r"H(?<!\wH)(?:e|(?:is|er)" + _PERSON_PRONOUN_NOUNS + r")\b"
    r"|h(?:(?<!\wh)(?:e|(?:is|er)" + _PERSON_PRONOUN_NOUNS + r")\b|(?<=[Ss]h)(?<!\w[Ss]h)e\b"
    r"|(?<=[Tt]h)(?<!\w[Tt]h)e(?:y|ir" + _PRONOUN_NOUNS + r")\b"
)
_PRONOUN_SCAN = re.compile(_PRONOUN_AT_H + ")")
_REFERENCE_SCAN = re.compile(
    _PRONOUN_AT_H + r"|(?<=[Tt]h)(?<!\w[Tt]h)" + _BODY_NOUN[1:] + r"\b(?!['’])(?P<the>))"
    r"|I(?<!\wI)t\b(?!['’])(?P<It>)|i(?<!\wi)t\b(?!['’])(?P<it>)"
    r"|P(?<!\wP)olice\b(?!['’])(?P<Police>)"
)


def _references(text: str, s0: int, s1: int, bodies: bool) -> list[tuple[int, int, int, None, str]]:
    """The pronouns of a sentence (and, with `bodies`, its references to a body) as items of _sentence_candidates:
    what scanning it with _PRONOUN (and _BODY_REF) finds."""
    out: list[tuple[int, int, int, None, str]] = []
    for m in (_REFERENCE_SCAN if bodies else _PRONOUN_SCAN).finditer(text, s0, s1):
        start, end = m.span()
        if text[start] == "h" and text[start - 1 : start] in ("S", "s", "T", "t"):
            start -= 1  # a word character stands before the "h" only in these
            if start < s0:
                continue  # the word starts before the sentence: not a word of it
        np = start
        if m.lastgroup and text.endswith("for ", s0, start):
            spokes = _SPOKESPERSON_FOR.search(text, max(s0, start - 40), start)
            if spokes:
                np = spokes.start()  # "A spokesperson for the ministry said": the ministry speaks
        out.append((np, start, end, None, _BODY if m.lastgroup else text[start:end]))
    return out


# "The complaint, the spokesperson said, …": the spokesperson who spoke for a body or person last.
_SPOKES_REF = re.compile(r"\b[Tt]he\s+spokes(?:man|woman|person)\b(?!\s+(?:for|of|at)\b)(?!,?\s+[A-Z])")


_OUTLET_ALT = trie_alternation(gazetteer.OUTLETS)
# Words one of which every outlet attribution holds: a sentence without any is not searched.
_ATTRIBUTION_WORD = re.compile("said|says|report|wrote|writes|added|adds|noted|cited|quoted|claim|ccording|iting|uoting")
_OUTLET_ATTRIBUTION = re.compile(
    r"(?:\b(?:" + _OUTLET_ALT + r")|\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:outlet|newspaper|agency|broadcaster|report|daily|"
    r"channel|network|magazine|publication|paper|sources?))\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|"
    r"writes|added|adds|noted|cited|quoted|claimed|claims)\b|\b[Aa]ccording\s+to\s+(?:" + _OUTLET_ALT + r")\b"
    r"|\b(?:[Cc]iting|[Qq]uoting)\s+(?:people|sources|officials|one of)"
)
# Whether _OUTLET_ATTRIBUTION matches, in two scans whose branches each start with a letter and check the word
# boundary before it right after it (a leading \b makes the engine try every position): an outlet's name (each
# starts with a word character) and the rest.
_OUTLET_SAID = (
    r"\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|writes|added|adds|noted|cited|quoted|claimed|claims)\b"
)
_OUTLET_NAMED = re.compile(trie_alternation(gazetteer.OUTLETS, not_after=r"\w") + _OUTLET_SAID)
_THE_OUTLET = (
    r"he\s+(?:[\w-]+\s+){0,2}(?:outlet|newspaper|agency|broadcaster|report|daily|channel|network|magazine|publication|"
    r"paper|sources?)" + _OUTLET_SAID
)
_OUTLET_OTHERWISE = re.compile(
    r"T(?<!\wT)" + _THE_OUTLET + r"|t(?<!\wt)" + _THE_OUTLET
    + r"|A(?<!\wA)ccording\s+to\s+(?:" + _OUTLET_ALT + r")\b|a(?<!\wa)ccording\s+to\s+(?:" + _OUTLET_ALT + r")\b"
    + r"|C(?<!\wC)iting\s+(?:people|sources|officials|one of)|c(?<!\wc)iting\s+(?:people|sources|officials|one of)"
    + r"|Q(?<!\wQ)uoting\s+(?:people|sources|officials|one of)|q(?<!\wq)uoting\s+(?:people|sources|officials|one of)"
)


# The last characters each end-anchored pattern needs (lower-cased): a prefix ending otherwise cannot match it.
_BOUNDARY_ENDS = (*",;:—–(”»\"“«’‘-", "but", "and", "though", "while", "whereas", "yet", "as", "so", "then",
                  "meanwhile", "instead", "now", "also", "publicly", "privately", "however")
_SUBORDINATE_ENDS = ("if", "unless", "whether", "when", "whenever", "after", "before", "once", "until", "since",
                     "because", "hope", "hopes", "hoped", "doubt", "doubts", "believe", "believes", "fear", "fears",
                     "expect", "expects", "think", "thinks", "said", "says", "that", "which", "who", "whom", "what")


def _by_last_character(ends: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The endings grouped by their last character: a text can only end with those of its own last character."""
    groups: dict[str, list[str]] = defaultdict(list)
    for end in ends:
        groups[end[-1]].append(end)
    return {ch: tuple(group) for ch, group in groups.items()}


_BOUNDARY_BY_LAST = _by_last_character(_BOUNDARY_ENDS)
_SUBORDINATE_BY_LAST = _by_last_character(_SUBORDINATE_ENDS)
# A match of _BOUNDARY or _SUBORDINATE is one of those endings and white space: it starts no further
# back from where the white space at the end starts than the longest ending, so the search starts there.
_BOUNDARY_REACH = max(map(len, _BOUNDARY_ENDS))
_SUBORDINATE_REACH = max(map(len, _SUBORDINATE_ENDS))
_SPEECH_BY_LAST = _by_last_character(SPEECH_LAST_WORDS)
# INVERTED's verbs: the words of one, and its phrases of several words by their last word.
_SPEECH_FORMS = [tuple(v.split()) for v in {*SPEECH_VERBS, *SPEECH_PHRASES, "declared", "announced"}]
_SPEECH_SINGLE = tuple(words[0] for words in _SPEECH_FORMS if len(words) == 1)
_SPEECH_PHRASES_BY_LAST: dict[str, list[tuple[str, ...]]] = defaultdict(list)
for _words in _SPEECH_FORMS:
    if len(_words) > 1:
        _SPEECH_PHRASES_BY_LAST[_words[-1]].append(_words)
_SPEECH_MOST_WORDS = max(map(len, _SPEECH_FORMS))


def _may_end_in_speech(tail: str) -> bool:
    """False only for a prefix (without its trailing white space) INVERTED cannot match: it ends in no speech verb,
    and in no phrase's words, the first of them ending a word (after a quotation mark, say), white space between."""
    if tail.endswith(_SPEECH_SINGLE):
        return True
    tokens = tail.rsplit(None, _SPEECH_MOST_WORDS)
    for words in _SPEECH_PHRASES_BY_LAST.get(tokens[-1], ()):
        n = len(words)
        if len(tokens) >= n and tokens[-n + 1 :] == list(words[1:]) and tokens[-n].endswith(words[0]):
            return True
    return False


# Every ending _np_start looks for in the word before a name that is not a person's, by last character.
_NP_ENDS_BY_LAST = _by_last_character(("'s", "’s", *_KIND_ENDS, *_DETERMINER_ENDS, "for", "from"))
# The (lower-case) endings of a prefix, one of which each check that makes a mention a subject, an agent or a
# speaker named after their verb needs: clause boundaries, speech verbs (inverted), "according to", "by",
# "and"/"or"/",", "with", "that" and "which".
_WHEN_WORDS_LOW = ("when", "after", "once", "since", "because")
_SUBJECT_ENDS = (
    *_BOUNDARY_ENDS, *(w.lower() for w in SPEECH_LAST_WORDS), "to", "by", "and", "or", ",", "with", "that", "which",
    *_WHEN_WORDS_LOW
)
_SUBJECT_ENDS_BY_LAST = _by_last_character(_SUBJECT_ENDS)
_SUBJECT_REACH = max(map(len, _SUBJECT_ENDS))
# Of those, the (lower-case) endings after which a mention may be the subject of its clause: a clause boundary,
# "and"/"or"/"," (a subject joined to the one before), "that" (a subject after an outlet's "that") and "which"
# ("in which he accused …"). After the others ("to", "by", "with", a speech verb) only their own pattern makes
# a mention a speaker or an agent.
_CLAUSE_ENDS_BY_LAST = _by_last_character((*_BOUNDARY_ENDS, "and", "or", ",", "that", "which", *_WHEN_WORDS_LOW))


def _may_speak_after(tail: str, low: str, prefix: str, text: str, end: int, s1: int) -> bool:
    """False only for a mention (not a person's) whose prefix, ending `tail` (`low` its end lower-cased), makes it
    neither a subject nor a speaker or agent: it ends in no clause ending (`_CLAUSE_ENDS_BY_LAST`), in "to" only
    without "according", in "by" only after no verb of _BY, in "with" only with no "saying"-like word after the
    name, and in no speech verb INVERTED can match."""
    return bool(
        low.endswith(_CLAUSE_ENDS_BY_LAST.get(low[-1], ()))
        or (tail.endswith("to") and "ccording" in prefix)
        or (tail.endswith("by") and tail[:-2].rstrip().endswith(_BY_LAST_WORDS))
        or (tail.endswith("with") and SPEECH_INGS.match(text, end, s1))
        or (tail.endswith(_SPEECH_BY_LAST.get(tail[-1:], ())) and _may_end_in_speech(tail))
    )


# "For Helena Duarte, …": a sentence opening with a preposition before the person it is about.
_TOPIC_OPENING = re.compile(r"\s*(?:[Ff]or|[Tt]o|[Ll]ike|[Uu]nlike|[Aa]s\s+for|[Ww]ith|[Ff]rom)\s+")


def _joined_people_last(seen: list[tuple[str, int, str, int, int]], paragraph: int) -> bool:
    """True when the last sentence naming people (this paragraph or the one before) names two, the later joined to
    the one before it by "and" ("Curcio and Bonaccini toured …"): a singular pronoun after it may be either."""
    actor, p, text, s0, np = seen[-1]
    if p < paragraph - 1 or not text[max(s0, np - 5) : np].rstrip().endswith(" and"):
        return False
    return any(a != actor and q == p and t0 == s0 for a, q, _t, t0, _np in reversed(seen[-4:-1]))


def _topic_position(text: str, s0: int, np: int) -> bool:
    """True when a person's noun phrase starting at `np` stands where a sentence's topic does: at the sentence's
    start (after a time stamp or dateline, or an opening preposition), or after a clause boundary; not as an
    object ('convincing Trump')."""
    prefix = text[max(s0, np - 80) : np]
    tail = prefix.rstrip()
    if not tail or _STAMP.fullmatch(prefix) or (np - s0 < 16 and _TOPIC_OPENING.fullmatch(text, s0, np)):
        return True
    if tail.endswith((" and", " or")):
        return False  # joined to a name before it, whose place it shares ("envisioned by Starmer and Macron")
    return _ends_with(tail, _BOUNDARY_BY_LAST) and bool(_BOUNDARY.search(prefix, max(0, len(tail) - _BOUNDARY_REACH)))


def _inverted_before_role(text: str, s0: int, np: int, start: int) -> re.Match[str] | None:
    """'…," said Irish farm leader Ana Ruiz': the speech verb before a person's role (the role in the noun phrase
    already, or found before the name), or None."""
    role_start = np if np < start else (found[0] if (found := title_before(text, np)) else None)
    if role_start is None or role_start <= s0:
        return None
    return INVERTED_BEFORE_ROLE.search(text, max(s0, role_start - 80), role_start)


def _ends_with(tail: str, ends: dict[str, tuple[str, ...]]) -> bool:
    """True when a prefix stripped of trailing white space ends with one of the (lower-case) endings,
    given grouped by their last character."""
    low = tail[-12:].lower()
    return low.endswith(ends.get(low[-1:], ()))
_NON_WORD = re.compile(r"[\W_]+")
# "Ukrainian officials", "the hosts": a country's or body's people, whom "they" may name.
_GROUP_END = re.compile(r"(?:officials|hosts|authorities|negotiators|diplomats|delegation|leaders)$")

@dataclass(slots=True)
class _Candidate:
    """A speaker found in a sentence: where, who, how, and whether what follows is their content."""

    pos: int
    actor: str
    kind: str
    speech: bool
    trailing: bool = False


@dataclass(slots=True)
class _Context:
    """What the reading so far says about who is speaking: for pronouns and continued quotations."""

    person: tuple[str, int] | None = None
    group: tuple[str, int] | None = None
    body: tuple[str, int] | None = None
    topic: str | None = None
    prev_topic: str | None = None
    speaker: str | None = None
    home: str | None = None  # the one country the title and lead name: whose ministry "the Health Ministry" is
    heads: dict[str, str] | None = None  # the last body named in earlier paragraphs by its name's last word
    industry: dict[str, str] | None = None  # the last company named after an industry word ('carmaker Tesla')
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] | None = None  # role head: (paragraph, person, words)
    spokes: tuple[str, int] | None = None  # the last body or person a spokesperson spoke for, and where
    seen: list[tuple[str, int, str, int, int]] | None = None  # people named outside quotations: (person, paragraph,
    # its text, the sentence's start, the noun phrase's start)
    labels: dict[str, str] | None = None  # a transcript's role labels and their holders: "The Prime Minister"


def extract_statements(
    articles: Sequence[Article],
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    questions: Sequence[str] = (),
) -> list[Statement]:
    """Every statement the articles attribute to an actor."""
    return statements_by_kind(articles, {a.id: a.kind for a in actors}, mentions, questions)


def statements_by_kind(
    articles: Sequence[Article],
    kinds: dict[str, str],
    mentions: Sequence[Mention],
    questions: Sequence[str] = (),
) -> list[Statement]:
    """Every statement the articles attribute to an actor, given each actor's kind by id."""
    by_article: dict[str, dict[int, list[tuple[int, int, str]]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        by_article[m.article][m.paragraph].append((m.start, m.end, m.actor))
    out: list[Statement] = []
    for art in articles:
        out.extend(_article_statements(art, by_article.get(art.id, {}), kinds, questions))
    return out


def statements_of_rows(
    article: Article, kinds: dict[str, str], rows: Sequence[tuple], questions: Sequence[str] = ()
) -> list[Statement]:
    """statements_by_kind for one article whose mentions are given as rows in the order of Mention's fields."""
    by_paragraph: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for actor, _article, paragraph, start, end, _text in rows:
        by_paragraph[paragraph].append((start, end, actor))
    return _article_statements(article, by_paragraph, kinds, questions)


def _article_statements(
    art: Article, by_paragraph: dict[int, list[tuple[int, int, str]]], kinds: dict[str, str], questions: Sequence[str]
) -> list[Statement]:
    """The statements of one article, given its mentions as (start, end, actor) by paragraph."""
    out: list[Statement] = []
    ctx = _Context()
    lead = {a for p in art.paragraphs[:2] for _s, _e, a in by_paragraph.get(p.index, ()) if kinds.get(a) == "country"}
    if len(lead) == 1:
        ctx.home = next(iter(lead))
    ctx.roles = _role_holders(art, by_paragraph, kinds)
    for para in art.paragraphs:
        mentions = by_paragraph.get(para.index, [])
        mentions.sort(key=itemgetter(0))
        out.extend(_paragraph_statements(art, para, mentions, kinds, ctx, questions))
    return out


# The heads of the roles "the crown prince said" may name a person by; the words before one that set its holder
# apart from a plain holder of the head ("the vice president" is not "the president").
_ROLE_REF_HEADS = (
    "president|prince|princess|minister|chancellor|king|queen|premier|governor|mayor|senator|ambassador|envoy|"
    "emir|sultan|pope|commander|admiral|general|chairman|chairwoman|executive|secretary|prosecutor|judge|coach"
)
# It starts with the literal "he", which the engine scans for fast, and checks the "T" or "t" and the word boundary
# before it right after; its heads as a trie.
_ROLE_REF = re.compile(
    r"he(?<=[Tt]he)(?<![\w’'-][Tt]he)\s+(?P<mods>(?:[a-z]+\s+){0,2}?)(?P<head>(?i:"
    + trie_alternation(_ROLE_REF_HEADS.split("|"), fold=True)
    + r"))(?![\w’'-])(?!\s+[A-Z])"
)
_ROLE_REF_HEAD_SET = frozenset(_ROLE_REF_HEADS.split("|"))
_SETS_APART = frozenset(("vice", "deputy", "former", "ex", "acting", "assistant", "under", "associate", "interim", "elect"))
# ", the country's foreign minister," or ", a senator from Ohio,": an appositive naming a person's role.
_ROLE_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?P<body>[^,;:()“”«»\"]{1,60}?)\s*[,;—–)]")


def _role_holders(art: Article, by_paragraph, kinds: dict[str, str]):
    """The people of an article by the last word of the role its text gives them ('Crown Prince X', 'X, the
    foreign minister,'): (paragraph, person, the role's words) for each, or None when the article names no
    reference to a role ('the president') at all."""
    if not any(_ROLE_REF.search(p.text) for p in art.paragraphs):
        return None
    holders: dict[str, list[tuple[int, str, frozenset[str]]]] = defaultdict(list)
    for para in art.paragraphs:
        text = para.text
        for start, end, actor in by_paragraph.get(para.index, ()):
            if kinds.get(actor, "person") != "person":
                continue
            roles = []
            if start > 0 and text[start - 1].isspace():
                tb = title_before(text, start)
                if tb and tb[1]:
                    roles.append(tb[1])
            if text[end : end + 1] == ",":
                m = _ROLE_APPOSITIVE.match(text, end)
                if m:
                    roles.append(m.group("body").split(" of ")[0])
            for role in roles:
                words = re.findall(r"[\w-]+", role.lower().replace("-", " "))
                for i, w in enumerate(words):
                    if w in _ROLE_REF_HEAD_SET and (i == len(words) - 1 or w == words[-1]):
                        holders[w].append((para.index, actor, frozenset(words[:i])))
    return dict(holders) or None


def _role_refs(text: str, s0: int, s1: int, mentions, ctx: _Context, paragraph: int):
    """'the crown prince said': items of _sentence_candidates for the one person of the article whose role ends in
    that word (named in this paragraph or before, and nothing in the reference's words setting another apart)."""
    out = []
    for m in _ROLE_REF.finditer(text, s0, s1):
        start, end = m.start() - 1, m.end()  # the match starts at the "h" of "the"
        if start < s0:
            continue
        if any(ms < end and start < me for ms, me, _ in mentions):
            continue  # a name's own title, or a role actors already found ('the French president')
        head = m.group("head").lower()
        held = ctx.roles.get(head) if ctx.roles else None
        if not held or len({a for _, a, _ in held}) != 1:
            continue  # no one, or several, hold that role
        mods = frozenset(m.group("mods").split())
        if any(w in _SETS_APART for w in mods ^ set().union(*(ws for _, _, ws in held))):
            continue  # "the vice president" for the president, "the president" for a former one
        if not mods <= set().union(*(ws for _, _, ws in held)) | {"country's", "new", "late"}:
            continue  # "the foreign minister" for the finance minister
        if min(p for p, _, _ in held) > paragraph:
            continue  # named with that role only later
        out.append((start, start, end, held[0][1], "person"))
    return out


def _note_heads(mentions, kinds: dict[str, str], ctx: _Context, text: str) -> None:
    """Remember the bodies named whose name ends in a word "the court" may name them by, and the companies named
    after an industry word ("carmaker Tesla") that "the carmaker" may name."""
    for start, end, actor in mentions:
        if kinds.get(actor) != "organization":
            continue
        if text[end : end + 1] == ",":
            m = _INDUSTRY_APPOSITIVE.match(text, end)
            if m:
                # "Ferrox, the world's third-largest miner, said": "the miner" names it as "miner Ferrox" would
                noun = m.group("n").lower()
                ctx.industry = {**(ctx.industry or {}), noun: actor, "": actor}
        if _is_central_bank(actor):
            ctx.industry = {**(ctx.industry or {}), "bank": actor}  # what "the central bank" names
        # The word before the name, lower-cased, ends in an industry noun only when its last letter is one's.
        if start > 2 and text[start - 1] == " " and text[start - 2] in _INDUSTRY_LAST:
            m = _INDUSTRY_BEFORE.search(text, max(0, start - 16), start)
            if m:
                noun = m.group("n").lower()
                ctx.industry = {**(ctx.industry or {}), noun: actor, "": actor}
        head = actor.rsplit("-", 1)[-1]
        if head in _HEAD_REF_NOUNS and "-" in actor:
            ctx.heads = {**(ctx.heads or {}), head: actor}


@lru_cache(maxsize=4096)
def _is_central_bank(actor: str) -> bool:
    return _CENTRAL_BANK_ID.search(actor) is not None


def _body_of_head(noun: str, items, np: int, kinds: dict[str, str], ctx: _Context) -> str | None:
    """The body "the court" names: the last of the sentence before it whose id (its name's slug) ends in the word,
    else the last of the article's earlier sentences."""
    for i in reversed(items):
        if i[3] and i[2] <= np and kinds.get(i[3]) == "organization" and i[3].endswith("-" + noun):
            return i[3]
    return ctx.heads.get(noun) if ctx.heads else None


def _np_start(text: str, start: int, kind: str, floor: int) -> int:
    """Where the noun phrase of a mention starting at `start` begins: its title ('French President Emmanuel
    Macron') included."""
    if kind == "person":
        # A title ends in white space right before the name and starts before it: none starts at `floor`
        # or after when the name opens the sentence or no white space stands before it.
        tb = title_before(text, start) if start > floor and text[start - 1].isspace() else None
        if tb is None and start > floor and text[start - 3 : start - 1] in _APOSTROPHE_S:
            owner = _NAMED_OWNER_BEFORE.search(text, max(floor, start - 60), start)
            if owner:
                return owner.start()  # "Handelsbanken's Marius Hov said": the employer opens the noun phrase
        if tb is None and start > floor + 4 and text[start - 1].isspace() and text[start - 2].islower():
            kin = _pronoun_noun_before(text, floor, start)
            if kin is not None:
                return kin  # "Her colleague Isaac Lenaola disagreed": the pronoun opens the noun phrase
        if tb is not None and tb[0] >= floor:
            start = tb[0]
            if start > floor and text[start - 1].isspace() and text[max(floor, start - 3) : start - 1] in _OWNER_ENDS:
                owner = _OWNER_BEFORE_TITLE.search(text, max(floor, start - 40), start)
                if owner:
                    start = owner.start()  # "The union's leader, Ana Ruiz, said", "its director, X, said"
    elif start > floor and text[start - 1].isspace():
        # Each pattern below ends in white space after a word it names: the word before the name is
        # checked first, and the pattern searched only when it may match.
        tail = text[max(floor, start - 40) : start].rstrip()  # _word_end's, white space standing before `start`
        if tail.endswith(("'s", "’s")):
            owner = _POSSESSOR_BEFORE.search(text, max(floor, start - 40), start)
            if owner:
                start = owner.start()  # "Germany's Ifo Institute said": the possessor opens the noun phrase
                tail = _word_end(text, floor, start)
        if kind == "organization" and tail.endswith(_KIND_ENDS):
            kind_word = _KIND_BEFORE.search(text, max(floor, start - 40), start)
            if kind_word:
                start = kind_word.start()  # "Environmental group Sala Verde welcomed": the descriptor opens it
                tail = _word_end(text, floor, start)
        if tail.endswith(_DETERMINER_ENDS):
            det = _DETERMINER_BEFORE.search(text, max(floor, start - 40), start)
            if det:
                start = det.start()
                tail = _word_end(text, floor, start)
        if tail.endswith("for"):
            spokes = _SPOKESPERSON_FOR.search(text, max(floor, start - 40), start)
            if spokes:
                start = spokes.start()  # "A spokesman for the Institute said": the Institute speaks
        elif tail.endswith(_MEMBERS_LINKS) and tail.rsplit(None, 2)[-2:-1] and tail.rsplit(None, 2)[-2].lower() in _MEMBERS:
            members = _MEMBERS_OF.search(text, max(floor, start - 60), start)
            if members:
                start = members.start()  # "Observers from the OSCE said": the OSCE speaks through its people
    return start


def _word_end(text: str, floor: int, start: int) -> str:
    """The text from `floor` to `start` without its trailing white space, or "" when none ends it."""
    window = text[max(floor, start - 40) : start]
    tail = window.rstrip()
    return tail if len(tail) < len(window) else ""


def _unsaid_end(text: str, m: re.Match[str], pre: str, end: int) -> int | None:
    """Where a negated verb of saying that states nothing ends ('would not comment', 'did not say whether',
    'has not responded to requests for comment'), or None for any other verb."""
    verb = m.group("verb")
    words = verb.split()
    if len(words) > 1 and kind_of(verb) == "reported" and words[0] != "been":
        negated = True  # 'would not say', 'refused to confirm'
    else:
        negated = "n" in pre and _NEGATION.search(pre) is not None
    if not negated:
        return None
    last = words[-1].lower()
    if last in _SILENT_VERBS:
        return m.end()
    if last in _UNSAID_VERBS and _UNSAID_AFTER.match(text, m.end(), end):
        return m.end()
    if last in _UNANSWERED_VERBS:
        after = _UNANSWERED_AFTER.match(text, m.end(), end)
        if after:
            return after.end()
    return None


def _skip_appositives(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The verb after a subject ending at `pos`, past up to three appositives (", the former minister,"), or None."""
    for _ in range(3):
        verb = PREDICATE.match(text, pos, end)
        if verb and not (
            text.startswith(",", pos, end) and not verb.group("pre") and verb.group("pp") is None
            and _PARTICIPLE_BY.match(text, verb.end(), end)
        ):
            return verb  # not a participle set off by commas with its agent ("Smith, backed by the unions, said")
        # An appositive opens with its comma right at `pos`.
        m = _APPOSITIVE.match(text, pos, end) if text.startswith(",", pos, end) else None
        if not m:
            return None
        body_words = m.group("body").split()
        first = body_words[0]
        if (
            first[0].islower() or first in ("The", "A", "An") or first.endswith(("'s", "’s"))
            or gazetteer.country_of(first) or any(is_head_word(w) for w in body_words[:5])
        ):
            pos = m.end() - 1
        else:
            return None
    return PREDICATE.match(text, pos, end)


def _predicate(text: str, pos: int, end: int) -> tuple[str, bool] | None:
    """(kind, is speech) of the verb that follows a subject ending at `pos`, or None."""
    suffix = _NAME_SUFFIX_OR_BRACKETED.match(text, pos, end)
    if suffix:
        pos = suffix.end()
    m = _skip_appositives(text, pos, end)
    if not m:
        # "Shell reported higher profits": "reported" is no verb of the lexicon (a participle as often), but
        # reporting results is a company's act
        return ("action", False) if _RESULT_AFTER.match(text, pos, end) else None
    pre = m.group("pre") or ""
    verb = m.group("verb")
    if is_passive(pre, verb):
        return None
    # A silence needs a verb of declining or refusing, a negation before the verb or a verb of several words.
    if verb[0] in "dr" or " " in verb or (pre and "n" in pre):
        silent = _NO_COMMENT.match(text, m.start("verb"), end)
        silent_end = silent.end() if silent else _unsaid_end(text, m, pre, end)
        if silent_end is not None:
            # "declined to comment", "did not say whether": nothing stated, unless the subject goes on to say
            # something in a clause of their own ("declined to comment, but said …")
            but = _BUT_THEN.match(text, silent_end, end)
            return _predicate(text, but.end(), end) if but else None
    if verb == "paused" and text.startswith((".", ",", ";"), m.end()):
        return None  # "the governor paused.": a hesitation, not an act
    if verb in _RESULT_VERBS and _RESULTS.match(text, m.end(), end):
        return "action", False  # "Shell reported higher profits", "posted a loss": the results are its acts
    return kind_of(verb), is_speech(verb)


# A company's results: "reported higher quarterly profits", "posted a loss of $2 billion", "announced record revenue".
_RESULT_VERBS = frozenset(
    "reported reports posted posts announced announces booked books recorded records delivered delivers".split()
)
_RESULTS = re.compile(
    r"\s+(?:(?!(?:that|on|to|online|what|how|in\s+a\s+statement)\b)[\w$€£¥%.,-]+\s+){0,5}?"
    r"(?:profits?|loss(?:es)?|revenues?|sales|earnings|results|turnover|net\s+income|income|surplus|deficit)\b"
)
_RESULT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|again)\s+)?(?:reported|reports|booked|books|recorded|records)" + _RESULTS.pattern
)


def _in_regions(pos: int, regions: list[tuple[int, int]]) -> bool:
    """True when the position falls in one of the (start, end) regions."""
    for s, e in regions:
        if s <= pos < e:
            return True
    return False


def _clause(sent, cand: _Candidate, found: list[_Candidate]) -> tuple[int, int]:
    """The part of a sentence that belongs to one of its speakers: from the speaker to the next one."""
    positions = sorted({c.pos for c in found})
    if len(positions) < 2:
        return sent.start, sent.end
    i = positions.index(cand.pos)
    lo = sent.start if i == 0 else cand.pos
    hi = positions[i + 1] if i + 1 < len(positions) else sent.end
    return lo, hi


def _blank_regions(text: str, regions: list[tuple[int, int]], lo: int, hi: int) -> str:
    """The text from lo to hi with the given regions blanked out (same length, so spans still hold)."""
    part = text[lo:hi]
    if not regions:
        return part
    chars = list(part)
    for s, e in regions:
        s, e = max(s, lo) - lo, min(e, hi) - lo
        if s < e:
            chars[s:e] = " " * (e - s)
    return "".join(chars)


# A transcript's speaker label: a title or a role opening the paragraph before the name ("Mr Jane Doe",
# "The Prime Minister (Jane Doe"), the name's bracketed seat or party after it, then a colon: "… (Lab): …".
_LABEL_HEAD = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+|(?P<role>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*)){0,5})\s\("
)
_PICTURE_WORDS = re.compile(r"(?i:pictured|picture|photo|file|left|right|centre|center|above|below|top|bottom)\b")
_ROLE_BEFORE_LABEL = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}")
_LABEL_TAIL = re.compile(r"(?:\s?\([^()\n]{1,40}\)){0,3}\)?:\s")
# A role alone as a later turn's label: "The Prime Minister: …" (its holder named by an earlier label).
_ROLE_LABEL = re.compile(r"(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*)){0,5}(?=:\s)")


def _ends_turn(text: str) -> bool:
    end = text.rstrip()[-1:]
    return end in ".!?…\"”’'»)]"


def _speaker_label(text: str, para_index: int, mentions, kinds: dict[str, str], ctx: _Context | None = None) -> tuple[str, int] | None:
    """(the person, where the colon stands) for an interview's answer ('Odhiambo: Not at all. …') or a transcript's
    turn ('Jane Doe (Lab): …', 'The Prime Minister (Jane Doe): …', later 'The Prime Minister: …'): a person's name
    alone before a colon opens a paragraph after the title, and all that follows is that person's words."""
    if para_index == 0:
        return None
    if ctx is not None and ctx.labels and text[:1].isupper() and ":" in text[:60]:
        m = _ROLE_LABEL.match(text)
        if m and m.group() in ctx.labels and (not mentions or mentions[0][0] > m.end()):
            return ctx.labels[m.group()], m.end()
    if not mentions:
        return None
    start, end, actor = mentions[0]
    if start == 0 and text[end : end + 1] == ":" and text[end + 1 : end + 2].isspace():
        return (actor, end) if kinds.get(actor, "person") == "person" else None
    if start > 60 or kinds.get(actor, "person") != "person" or not _ends_turn(text):
        return None  # a subheading ("President Jane Doe: the early years") is no turn
    head = _LABEL_HEAD.fullmatch(text, 0, start) if start else None
    if start and head is None:
        # the speaker's role before the name, the colon right after it: "Finance Minister Kato: …"
        if text[end : end + 1] != ":" or not text[end + 1 : end + 2].isspace() or not _ROLE_BEFORE_LABEL.fullmatch(text, 0, start):
            return None
        return actor, end
    tail = _LABEL_TAIL.match(text, end)
    if tail is None or (len(mentions) > 1 and mentions[1][0] < tail.end()):
        return None
    bracket = text[end:tail.end()].strip(" ():\t\n").split(")", 1)[0]
    if bracket and (_PICTURE_WORDS.match(bracket) or gazetteer.is_outlet(bracket)):
        return None  # "Jane Doe (pictured): …", "Jane Doe (Reuters): …": a caption's or a dateline's, not a turn
    if head is not None and head.group("role") and ctx is not None:
        if ctx.labels is None:
            ctx.labels = {}
        ctx.labels[head.group("role")] = actor  # "The Prime Minister" now names this person's later turns
    return actor, tail.end() - 2


_SAID_COLON = re.compile(r"\b(?:said|says|added|adds|stated|states|told\s+\w+|declared|commented|explained)\s*:$")


# An interviewer's question ('Q: Infantino says …', 'Question: …', 'Interviewer: …'): nobody's statement.
_QUESTION_LABEL = re.compile(r"(?:Q|Question|Interviewer)\s*[:.]\s|(?:Q|Question|Interviewer)\s*[—–-]\s")


def _paragraph_statements(art, para, mentions, kinds, ctx: _Context, questions) -> list[Statement]:
    text = para.text
    if text[:1] in "QI" and _QUESTION_LABEL.match(text):
        return []
    label = _speaker_label(text, para.index, mentions, kinds, ctx) if ":" in text[:120] else None
    # An answer after a speaker's label is all the speaker's words, as a quotation would be.
    regions = [(label[1] + 2, len(text))] if label else quote_regions(text)
    goals = _names_a_goal(text)
    region_starts = [s for s, _ in regions]
    starts = [m[0] for m in mentions]
    # How many of the paragraph's mentions before each are an organisation's: _note_heads notes only theirs.
    orgs_before = [0]
    for _s, _e, actor in mentions:
        orgs_before.append(orgs_before[-1] + (kinds.get(actor) == "organization"))
    out: list[Statement] = []
    ctx.topic = None
    for sent in para.sentences:
        ctx.prev_topic, ctx.topic = ctx.topic, None
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        sent_mentions = mentions[lo:hi]
        if regions:
            r_lo = max(0, bisect_left(region_starts, sent.start) - 1)
            r_hi = bisect_left(region_starts, sent.end)
            sent_regions = [(max(s, sent.start), min(e, sent.end)) for s, e in regions[r_lo:r_hi] if e > sent.start]
        else:
            sent_regions = []
        found = _sentence_candidates(text, sent, sent_mentions, kinds, sent_regions, ctx, para.index, goals)
        if label and sent.start <= label[1] < sent.end:
            found = [_Candidate(sent.start, label[0], "direct", True)]
        if orgs_before[hi] > orgs_before[lo]:
            _note_heads(sent_mentions, kinds, ctx, text)
        # A quotation needs a region; a sentence inside one opened in an earlier sentence continues it.
        quote_only = bool(sent_regions) and (
            _quote_only(text, sent, sent_regions)
            or (regions[r_lo][0] < sent.start and _inside_open_quote(text, sent, regions[r_lo:r_hi]))
        )
        if not found:
            if not (quote_only and ctx.speaker):
                if not quote_only:
                    ctx.speaker = None  # as below, with no one speaking in the sentence
                continue
            found = [_Candidate(sent.start, ctx.speaker, "direct", True)]
        seen: set[str] = set()
        speaker = None
        question: str | None | bool = False  # the sentence's question, found for its first statement
        for c in found:
            if c.actor in seen:
                continue
            seen.add(c.actor)
            kind = c.kind
            # With several speakers in a sentence, each one's quotation and stance are read in its own
            # clause: "A welcomed the decision, while B warned ..." gives A "welcomed" and B "warned".
            lo, hi = _clause(sent, c, found)
            quote = quoted_words(
                text, [_opened(text, r) for r in sent_regions if lo <= r[0] < hi and not _scare_quote(text, r, sent_regions)]
            )
            if c.speech and quote:
                kind = "direct"
            if kind in ("action", "reported"):
                # Quotation marks in a report of an act are scare quotes or names ("the 'coalition of
                # the willing'"), not the actor's words: no quote, and no stance read from them.
                quote = None
                stance, words = stance_of(_blank_regions(text, sent_regions, lo, hi))
            else:
                stance, words = stance_of(text[lo:hi])
            if kind == "indirect" and not quote and sent.text[-1:] == ":" and sent.end >= len(text.rstrip()) and _SAID_COLON.search(sent.text):
                # "Jane Doe, chief engineer, said:" ends the paragraph: the words are the next paragraph's quotation,
                # which continues the speaker; the line itself says nothing.
                speaker = c.actor
                continue
            if question is False:
                question = question_of(sent.text, questions)
            out.append(
                Statement(
                    id=f"{art.id}-p{para.index}-s{sent.index}-{c.actor}",
                    actor=c.actor,
                    article=art.id,
                    paragraph=para.index,
                    sentence=sent.index,
                    start=sent.start,
                    end=sent.end,
                    kind=kind,
                    sentence_text=sent.text,
                    quote=quote,
                    stance=stance,
                    stance_words=words,
                    question=question,
                )
            )
            if c.speech and (quote or kinds.get(c.actor) == "person"):
                speaker = c.actor  # a quotation-only sentence next continues a person, or a body that was quoted
            if kinds.get(c.actor) == "person":
                ctx.person = (c.actor, para.index)
        if speaker or not quote_only:
            ctx.speaker = speaker
    return out


_QUOTE_OPENERS = "«“\"‘'„"
# "the so-called 'reassurance force'", "its 'pay or consent' model": a short quoted term after a determiner or
# a possessive is a name for something, not words anyone is quoted as saying.
_TERM_BEFORE = re.compile(
    r"(?:(?<![\w’'-])(?:[Ss]o-called|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)"
    r"|\w['’]s)\s+\Z"
)


# 'the "reassurance" or "deterrence" force': a short quotation joined by "or"/"and" to a term before it.
_JOINED_TERMS = re.compile(r"\s+(?:or|and|and/or)\s+\Z")


def _scare_quote(text: str, region: tuple[int, int], regions: Sequence[tuple[int, int]] = ()) -> bool:
    """True for a quotation of at most four words that stands where a noun phrase's term does ('the so-called
    "reassurance force"'), or that "or"/"and" joins to such a term right before it: scare quotes, not speech."""
    start, end = region
    if end - start > 60 or len(text[start + 1 : end - 1].split()) > 4:
        return False
    if _TERM_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if text[start - 1 : start].isspace():
        for prev in regions:
            if prev[1] <= start and prev[1] >= start - 10 and _JOINED_TERMS.match(text, prev[1], start):
                return _scare_quote(text, prev, regions)
    return False



def _inside_open_quote(text: str, sent, regions: list[tuple[int, int]]) -> bool:
    """True when the sentence's words all stand inside a quotation opened in an earlier sentence ('"We set policy
    for the economy we have. If we cut too early, …'): the speaker's words continued."""
    body = text[sent.start : sent.end].strip()
    if not body:
        return False
    lo = sent.start + text[sent.start : sent.end].find(body[0])
    for s, e in regions:
        if s < sent.start and e > lo:
            tail = text[e:sent.end]
            return len(_NON_WORD.sub("", tail)) == 0
    return False


def _opened(text: str, region: tuple[int, int]) -> tuple[int, int]:
    """A region cut at a sentence's start (no quotation mark opens it there) as quoted_words reads it: from the
    character before, so that the first quoted word keeps its first letter."""
    s, e = region
    if s > 0 and text[s] not in _QUOTE_OPENERS:
        return s - 1, e
    return region


def _quote_only(text: str, sent, regions: list[tuple[int, int]]) -> bool:
    """True when the sentence is nothing but a quotation (a speaker's words continued)."""
    if sent.start < sent.end and text[sent.start] not in _QUOTE_OPENERS and not text[sent.start].isspace():
        return False  # its first character, the stripped body's, opens no quotation
    span = text[sent.start:sent.end]
    body = span.strip()
    if not body or body[0] not in _QUOTE_OPENERS:
        return False
    opens = sent.start + (len(span) - len(span.lstrip()))  # where the stripped body starts
    first = next((r for r in regions if r[0] <= opens), None)
    if not first:
        return False
    tail = text[first[1]:sent.end].strip()
    return len(_NON_WORD.sub("", tail)) == 0


def _outlet_said(text: str, s0: int, s1: int) -> bool:
    """True when the sentence cites a news outlet ("Reuters reported", "according to the agency")."""
    return bool(
        _ATTRIBUTION_WORD.search(text, s0, s1)
        and (_OUTLET_NAMED.search(text, s0, s1) or _OUTLET_OTHERWISE.search(text, s0, s1))
    )


def _resolve_pronoun(word: str, ctx: _Context, paragraph: int) -> str | None:
    """The actor a pronoun points at: the previous sentence's topic, else the last person (or group) acting."""
    plural = word.lower().startswith(("they", "their"))
    if not plural and ctx.seen and _joined_people_last(ctx.seen, paragraph):
        return None  # "Curcio and Bonaccini toured the towns. He said …": either of them
    if not plural and ctx.prev_topic:
        return ctx.prev_topic
    ref = ctx.group if plural else ctx.person
    if ref and ref[1] >= paragraph - 1:
        return ref[0]
    if not plural and ctx.seen:
        # No one acting yet: the one person named (outside quotations) where a topic stands in this paragraph
        # or the one before.
        recent = {a for a, p, text, s0, np in ctx.seen if p >= paragraph - 1 and _topic_position(text, s0, np)}
        if len(recent) == 1:
            return recent.pop()
    return None


def _sentence_candidates(
    text, sent, mentions, kinds, regions, ctx: _Context, paragraph: int, goals: bool = True
) -> list[_Candidate]:
    """The speakers of one sentence, in order; content that follows a speaker's verb speaks for no one else."""
    s0, s1 = sent.start, sent.end
    outlet_said: bool | None = None  # whether a news outlet is cited: looked up only when it matters
    items: list[tuple[int, int, int, str | None, str]] = []
    covered: list[tuple[int, int]] = []
    for m_start, m_end, m_actor in mentions:
        kind = kinds.get(m_actor, "person")
        # A noun phrase reaches back over white space before the name only: _np_start's own first check.
        if m_start > s0 and text[m_start - 1].isspace():
            if kind != "person":
                # _np_start reaches back over the word before the name only when it ends in one of its endings.
                before = m_start - 2  # the last character of that word, when one white space stands after it
                if before >= s0 and not text[before].isspace():
                    ends = _NP_ENDS_BY_LAST.get(text[before])
                    lo = m_start - 40 if m_start - 40 > s0 else s0
                    np = _np_start(text, m_start, kind, s0) if ends and text.endswith(ends, lo, m_start - 1) else m_start
                else:
                    tail = text[max(s0, m_start - 40) : m_start].rstrip()
                    np = _np_start(text, m_start, kind, s0) if tail.endswith(_NP_ENDS_BY_LAST.get(tail[-1:], ())) else m_start
            else:
                np = _np_start(text, m_start, kind, s0)
            if np < m_start:
                covered.append((np, m_start))
        else:
            np = m_start
        items.append((np, m_start, m_end, m_actor, kind))
    recent_body = ctx.body[0] if ctx.body and ctx.body[1] >= paragraph - 1 else None
    items.extend(_references(text, s0, s1, bool(recent_body or ctx.home or ctx.heads or ctx.industry)))
    if ctx.spokes and ctx.spokes[1] >= paragraph - 1 and "spokes" in text[s0:s1]:
        spokes_kind = kinds.get(ctx.spokes[0], "person")
        items.extend((m.start(), m.start(), m.end(), ctx.spokes[0], spokes_kind) for m in _SPOKES_REF.finditer(text, s0, s1))
    if ctx.roles:
        items.extend(_role_refs(text, s0, s1, mentions, ctx, paragraph))
    items.sort()
    found: list[_Candidate] = []
    blocked_after: int | None = None
    prev_subject_end = -10
    prev_was_subject = False
    pending: list[tuple[int, str]] = []  # subjects joined by "and" to a later one's verb: "Ruto and Odinga met"
    for np, start, end, actor, kind in items:
        if covered and not (np == start and actor is None) and _in_regions(start, covered):
            continue  # inside another mention's noun phrase
        # An office or a possessive opens with an apostrophe right after the name, a spokesman with white space.
        after = text[end : end + 1]
        apostrophe = after in _APOSTROPHES
        if actor and kind == "person":
            office = _OFFICE_OF.match(text, end, s1) if apostrophe else None
        else:
            office = _BODY_SPOKESMAN.match(text, end, s1) if actor and kind == "organization" and after.isspace() else None
        if office and not (regions and _in_regions(start, regions)):
            prefix = text[max(s0, np - 80):np]
            tail = prefix.rstrip()
            boundary = not tail or (_ends_with(tail, _BOUNDARY_BY_LAST) and _BOUNDARY.search(prefix, max(0, len(tail) - _BOUNDARY_REACH)))
            pred = _predicate(text, office.end(), s1) if boundary and not (blocked_after and np >= blocked_after) else None
            if pred and pred[1]:
                found.append(_Candidate(np, actor, pred[0], True))
                blocked_after = office.end()
                if "spokes" in office.group():
                    ctx.spokes = (actor, paragraph)
                if kind == "person":
                    ctx.person = (actor, paragraph)
                else:
                    ctx.body = (actor, paragraph)
            continue
        if apostrophe and POSSESSIVE.match(text, end):
            if actor and kind == "person" and not text[s0:np].strip(" “\"‘'"):
                ctx.topic = actor  # "Powell's term ends in May. He has said …": the next sentence's "he"
            continue
        if actor and kind == "person" and not (regions and _in_regions(start, regions)):
            # Named, not as a possessor: whether where a topic stands is looked at only when a pronoun needs it.
            if ctx.seen is None:
                ctx.seen = []
            ctx.seen.append((actor, paragraph, text, s0, np))
        body_ref = kind == _BODY
        if body_ref:
            actor = recent_body
            noun = text[start:end].rsplit(None, 1)[-1].lower()
            if noun in _HEAD_REF_NOUNS:
                actor = _body_of_head(noun, items, np, kinds, ctx)
            elif noun == "bank":
                # "the central bank said": the last central bank named (no other body)
                actor = ctx.industry.get("bank") if ctx.industry else None
            elif noun in _INDUSTRY_REF_NOUNS or noun in _COMPANY_REF_NOUNS:
                if actor and (kinds.get(actor) != "organization" or noun not in _COMPANY_REF_NOUNS):
                    # "the company said" names no country; "the miner said" (a worker, perhaps) names only a
                    # company the article named after that word
                    actor = None
                if ctx.industry and (noun in _INDUSTRY_REF_NOUNS or (actor is None and noun in ("company", "firm"))):
                    # "the carmaker said": the company named after that word; "the company": the last so named
                    actor = ctx.industry.get(noun, actor)
                    if actor is None and noun in ("company", "firm"):
                        actor = ctx.industry[""]
            if noun in _STATE_REF_NOUNS and (actor is None or kinds.get(actor) != "country"):
                # "In Romania, …, the health ministry said": a country's own ministry, not the body that spoke
                # last; else the one country the article's lead is about
                actor = next((i[3] for i in reversed(items) if i[3] and i[2] <= np and i[4] == "country"), ctx.home)
            if actor is None:
                continue
        if actor is None:
            if _PREP_WHICH.search(text, max(s0, np - 20), np):
                # "a speech from the vice president in which he accused …": the person just named
                actor = next((i[3] for i in reversed(items) if i[3] and i[1] < start and kinds.get(i[3]) == "person"), None)
            else:
                actor = _resolve_pronoun(kind, ctx, paragraph)
            if actor is None:
                continue
            kind = kinds.get(actor, "person")
        inside_quote = bool(regions) and _in_regions(start, regions)
        if inside_quote:
            if outlet_said is None:
                outlet_said = _outlet_said(text, s0, s1)
            if not outlet_said:
                continue
        prefix = text[np - 80 if np - 80 > s0 else s0 : np]
        reopened = False
        if blocked_after is not None and np >= blocked_after:
            # What follows a speech verb is the speaker's content, unless a new clause starts with its own
            # subject: "A said …, while B warned …" gives B a statement too.
            if inside_quote or not _NEW_CLAUSE.search(prefix):
                continue
            reopened = True
        tail = prefix.rstrip()
        if tail:
            low = tail[-_SUBJECT_REACH:].lower()
            if not low.endswith(_SUBJECT_ENDS_BY_LAST.get(low[-1], ())) and not (
                kind == "person" and _inverted_before_role(text, s0, np, start) is not None
            ):
                # Every way below to a subject, an agent or a speaker named after their verb needs one of these
                # endings (or a speech verb before the person's role): this mention is none of them.
                prev_subject_end, prev_was_subject, pending = end, False, []
                continue
            if kind != "person" and not _may_speak_after(tail, low, prefix, text, end, s1):
                # Nor is it one below: it ends as neither a subject nor a speaker, as above.
                prev_subject_end, prev_was_subject, pending = end, False, []
                continue
        by = _BY.search(prefix) if tail.endswith("by") and tail[:-2].rstrip().endswith(_BY_LAST_WORDS) else None
        # A match of _AND is white space and one of its words right before the white space at the end.
        and_ = _AND.search(prefix, max(0, len(tail) - 4)) if tail.endswith(("and", "or", ",")) else None
        cand: _Candidate | None = None
        subject = False
        inverted = (
            INVERTED.search(prefix)
            if tail.endswith(_SPEECH_BY_LAST.get(tail[-1:], ())) and _may_end_in_speech(tail)
            else None
        )
        if inverted is not None and not _INVERTED_GAP.search(prefix):
            inverted = None
        if inverted is None and kind == "person":
            inverted = _inverted_before_role(text, s0, np, start)
        if inverted is not None:
            verb = inverted.group("verb")
            cand = _Candidate(np, actor, kind_of(verb), is_speech(verb) or True, trailing=True)
        elif tail.endswith("to") and "ccording" in prefix and _ACCORDING.search(prefix) and not inside_quote:
            cand = _Candidate(np, actor, "indirect", False)
        elif by or (prev_was_subject is None and and_):
            verb = (by or and_).group()
            cand = _Candidate(np, actor, "reported" if "by" in verb else "action", False)
        elif tail.endswith("with") and _WITH.search(prefix):
            ing = SPEECH_INGS.match(text, end, s1)
            if ing:
                cand = _Candidate(np, actor, "reported", False)
        else:
            and_chain = bool(and_) and prev_subject_end >= np - 6 and prev_was_subject
            low = tail[-12:].lower()  # the endings below are lower-case, and _ends_with's
            last = low[-1:]
            boundary = not tail or (
                low.endswith(_BOUNDARY_BY_LAST.get(last, ()))
                and _BOUNDARY.search(prefix, max(0, len(tail) - _BOUNDARY_REACH))
            )
            subordinate = low.endswith(_SUBORDINATE_BY_LAST.get(last, ())) and _SUBORDINATE.search(
                prefix, max(0, len(tail) - _SUBORDINATE_REACH)
            )
            if subordinate and tail.endswith("which") and _PREP_WHICH.search(prefix):
                subordinate, boundary = None, True  # "a speech in which he accused …": the clause's own subject
            elif subordinate and not body_ref and subordinate.group().strip() in _WHEN_WORDS:
                said = _predicate(text, end, s1)
                if said and said[1]:
                    subordinate, boundary = None, True  # "Shares fell after the Fed said …": still the Fed's
            ok = (not prefix.strip() or boundary or and_chain) and not subordinate
            if not ok and tail.endswith("that") and _THAT.search(prefix):
                if outlet_said is None:
                    outlet_said = _outlet_said(text, s0, s1)
                ok = outlet_said
            if ok:
                subject = True
                pred = _predicate(text, end, s1)
                if pred and body_ref and not pred[1] and pred[0] != "action":
                    pred = None  # "It remains unclear …" is no one's position
                if pred:
                    kind_, speech = pred
                    if not speech and _SAYING.search(text, end, s1):
                        kind_, speech = "indirect", True
                    trailing = speech and (len(text[s0:np].split()) >= 6 or any(e <= np for _, e in regions))
                    if trailing and low.endswith(("and", "but", "while", "whereas")) and _OWN_CLAUSE.search(tail):
                        trailing = False  # "X has declared …, and its director, Y, called for": X's clause is X's
                    cand = _Candidate(np, actor, kind_, speech, trailing)
                elif _JOINED.match(text, end, s1):
                    pending.append((np, actor))
                elif not found:
                    say = _SAYING.search(text, end, s1)
                    if say and not any(s < say.start() for s in (i[1] for i in items if i[1] > end and i[3])):
                        cand = _Candidate(np, actor, "indirect", True)
                if kinds.get(actor) == "person" and (cand or not prefix.strip(" ,") or _STAMP.fullmatch(prefix)):
                    if cand or not PARENTHETICAL_PRONOUN.match(text, end, s1):
                        ctx.person = (actor, paragraph)  # not "Duarte, he said, was wrong": Duarte is spoken of
                if cand and kind in ("country", "organization") and _GROUP_END.search(text, start, end):
                    ctx.group = (actor, paragraph)
        prev_subject_end = end
        prev_was_subject = None if cand is not None and by else subject
        # Subjects joined by "and" share the verb right after the last one ("Australia, Japan, and New Zealand
        # joined"), not one found past an appositive ("…, the UK, and Germany, in forming …, X stated").
        joined = pending if cand is not None and and_ and pending and PREDICATE.match(text, end, s1) else []
        pending = [] if cand is not None or not subject else pending
        if cand is None:
            continue
        if reopened:
            if not cand.speech and kinds.get(cand.actor) != "person":
                continue  # "A said Britain would join, while France had refused": still A's account
            cand.trailing = False
        elif cand.trailing:
            found = [c for c in found if c.actor == cand.actor]
        if joined:
            found.extend(
                _Candidate(p_np, p_actor, cand.kind, cand.speech) for p_np, p_actor in joined if p_actor != cand.actor
            )
        found.append(cand)
        if np < start and "spokes" in text[np:start]:
            ctx.spokes = (cand.actor, paragraph)  # "A spokesperson for UEFA said"
        if kinds.get(cand.actor) in ("country", "organization"):
            ctx.body = (cand.actor, paragraph)
        if cand.speech:
            blocked_after = end
    if not goals:
        return found  # the paragraph names no goal
    return _with_stated_goals(text, s0, s1, items, kinds, regions, ctx, paragraph, found)


def _with_stated_goals(text, s0, s1, items, kinds, regions, ctx: _Context, paragraph: int, found: list[_Candidate]):
    """Add the owner of a stated goal ("his immediate goal being to …", "Holm's priority is to …") as reporting it."""
    for g in _GOAL.finditer(text, s0, s1):
        if _in_regions(g.start(), regions):
            continue
        before = [i for i in items if i[3] and i[2] <= g.start() and kinds.get(i[3]) == "person"]
        if g.group("owner"):
            actor = before[-1][3] if before else _resolve_pronoun("he", ctx, paragraph)
        else:
            actor = before[-1][3] if before and before[-1][2] == g.start() else None
        if actor and all(c.actor != actor for c in found):
            found.append(_Candidate(g.start(), actor, "reported", False))
            found.sort(key=lambda c: c.pos)
    return found

"""Cleaning a page's text into a reading text: the article kept, page chrome set aside with reasons.

The rules are general (they describe how news pages are built, not any one site): language
switchers, section labels, reading times, repeated headlines, photo captions and credits,
"Related" links, teasers of other stories, bylines and author bios, "Read more", comment
counters, newsletter and contact prompts, repeated paragraphs and repeated blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import dateline_date, parse_date_line, parse_wire_dateline
from .text import squash
from .wordguard import GuardedSearch

HEADLINE = "headline"
SUBHEADING = "subheading"
BODY = "body"
CAPTION = "caption"
DROP = "drop"

_TERMINAL = tuple(".!?…:;\"'”’»)]")
_LANG_CODE = r"(?:[a-z]{2}|[A-Z]{2})"
_LANGUAGE_SWITCHER = re.compile(rf"^{_LANG_CODE}(?:(?:\s*[|/·•,]\s*|\s+){_LANG_CODE}){{1,8}}$")
_READING_TIME = re.compile(r"^(?:(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*)?(?:\d+(?::\d\d)?(?:\s*[–-]\s*\d+)?|one|two|three|four|five|ten)[\s-]*(?:min(?:ute)?s?|мин\.?)\.?(?:\s+(?:read|reading|чтения|lesen))?$", re.I)
_NAV_WORDS = re.compile(
    r"^(?:news\s*feed|show\s+more|show\s+less|load\s+more|read\s+more|see\s+more|more\s+stories|"
    r"read\s+next|up\s+next|most\s+(?:read|popular|viewed|shared)(?:\s+(?:from|on|at)\s+[A-Z][\w .&'’-]{1,30})?|go\s+to\s+accessibility\s+shortcuts|"
    r"trending(?:\s+now)?|latest(?:\s+news)?|top\s+stories|"
    r"advertisement(?:\s*[-–—:|]\s*(?:scroll|continue)\s+(?:down\s+)?to\s+(?:continue|read)(?:\s+reading)?)?|sponsored(?:\s+content)?|"
    r"gift\s+(?:this\s+)?(?:article|story)|jump\s+to\s+(?:comments|(?:main\s+)?content)|open\s+(?:navigation\s+|main\s+)?menu|"
    r"opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)|share(?:\s+this(?:\s+article|\s+story)?)?|share\s+on\s+\w+|print|"
    r"e-?mail|copy\s+link|subscribe(?:\s+now)?|sign\s+in|log\s+in|sign\s+up|menu|home|search|skip\s+to\s+(?:(?:the\s+)?main\s+)?(?:content|navigation|search|footer|menu)|skip\s+(?:next|previous)\s+section\b.{0,40}|mailto|info|(?:suggested|related|popular|more)\s+topics|"
    r"avatar|image|photo|video|watch|save|saved|bookmark|listen(?:\s+to\s+this\s+article)?|close|back\s+to\s+top|tags?|topics?|"
    r"contact\s+us|about\s+us|follow(?:\s+us)?(?:\s+on\s+\w+)?|see\s+all(?:\s+topics)?|newsletter|privacy\s+policy|terms\s+of\s+(?:use|service)|"
    r"cookie\s+settings|all\s+rights\s+reserved|©.*|copyright\b.*|reuse\s+this\s+content|explore\s+more\s+on\s+th(?:is|ese)\s+topics?|"
    r"most\s+viewed|link\s+copied|copy\s+link|share\s+via|more\s+on\s+this\s+story|related\s+topics|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|recommended(?:\s+for\s+you)?|in\s+other\s+news|"
    r"comments?|leave\s+a\s+comment|комментарии|kommentare|commentaires)"
    r"\s*(?:\(\d+\)|\d+)?\s*[:.!]?$",
    re.I,
)
_COMMENTS = re.compile(r"^(?:comments?|комментарии|kommentare|commentaires|comentarios)\s*\(?\d*\)?$", re.I)
_PROMPTS = re.compile(
    r"(?:click\s+here|follow\s+(?:our|us)\b.*\b(?:channel|on)\b|join\s+our\s+\w+\s+channel|sign\s+up\s+(?:for|to)\s+(?:our|the)\b|"
    r"subscribe\s+to\s+(?:our|the)\b|newsletter|share\s+your\s+feedback|send\s+us\s+your\s+feedback|sneak\s+a\s+peek|get\s+in\s+touch|"
    r"send\s+us\s+(?:a\s+)?(?:tip|news)|download\s+(?:our|the)\s+app|whatsapp\s+channel|telegram\s+channel|"
    r"support\s+(?:our|independent)\s+journalism|become\s+a\s+(?:member|patron|subscriber)|"
    r"updated\s+in\s+real\s+time|^here\s+are\s+the\s+latest\s+(?:developments|projections|updates|news)\b|"
    r"follow\s+(?:our|the)\s+live\s+(?:coverage|updates|blog)|^be\s+the\s+first\s+to\s+(?:comment|reply)|"
    r"^(?:scroll|continue)\s+(?:down\s+)?to\s+(?:continue|read)|^continue\s+reading\b|^story\s+continues\s+below|"
    r"^(?:view|show|hide|read)\s+(?:all\s+)?comments|^enter\s+your\s+e-?mail|^welcome\s+to\s+(?:our|the)\s+live\b|"
    r"embed\s+(?:link|code)\s+below|^send\s+any\s+friend\s+a\s+story|^as\s+a\s+subscriber,?\s+you\s+have|^give\s+this\s+article|^sign\s+up\s+here\b|"
    r"^(?:video\s+)?ad\s+feedback$|^(?:purchase|acquire)\s+licensing\s+rights|"
    r"^get\s+(?:the\s+)?latest\b.{0,60}\b(?:news|updates)\b|^join\s+the\s+(?:conversation|discussion)|"
    r"^click\s+to\s+(?:share|print|e-?mail)\b|^have\s+your\s+say\b|"
    r"^thanks\s+for\s+reading\b.{0,60}\bsubscribe\b|\bsubscribe\s+for\s+free\b)",
    re.I,
)
_HAS_PROMPT = GuardedSearch(_PROMPTS)
_RELATED = re.compile(r"^(?i:related(?:\s+(?:stor(?:y|ies)|articles?|news|content|coverage))?|also\s+read|read\s+also|see\s+also|more\s+on\s+this|read\s+more|recommended|further\s+reading)(?:\b|(?=[A-Z]))\s*[:\-–—|]?\s*")
_BREADCRUMB = re.compile(
    r"^[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}(?:\s*[>»›]\s*[\w'’&.,-]+(?:\s+[\w'’&.,-]+){0,5}){1,6}\s*[>»›]?$|"
    r"^(?i:home)\s*/\s*[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}(?:\s*/\s*[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}){0,5}$"
)
_ITEM_SEPARATORS = re.compile(r"\s+[·•|]\s+")
_SECTION_ITEM = re.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Za-z&'’-]+){0,2}")
_SHARE_BUTTONS = re.compile(
    r"(?:\s*(?:share(?:\s+(?:this|the)\s+(?:article|story|page))?(?:\s+(?:on|via)\s+\w+)?|copy\s+(?:the\s+)?link|"
    r"e-?mail|print|save|tweet|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|messenger|flipboard|x)"
    r"\s*[|·•,]?)+\s*",
    re.I,
)
_LIST_HEADINGS = re.compile(
    r"^(?i:most\s+(?:read|popular|viewed|shared)(?:\s+(?:from|on|at)\s+.{2,30})?|related(?:\s+(?:stories|articles|news|content|coverage|topics))?|"
    r"related\s+(?:article|story|video|link)|"
    r"recommended(?:\s+for\s+you)?|trending(?:\s+now|\s+stories)?|read\s+next|up\s+next|more\s+(?:stories|news|from\s+.{2,40}|on\s+this(?:\s+story)?)|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|also\s+read|read\s+also|see\s+also|latest(?:\s+news|\s+stories)?|"
    r"top\s+stories|editor'?s?['’]?\s+picks?|popular(?:\s+now)?|in\s+other\s+news|further\s+reading|most\s+viewed|"
    r"(?:suggested|popular|more)\s+topics|sponsored(?:\s+(?:content|stories|links))?|"
    r"explore\s+more\s+on\s+th(?:is|ese)\s+topics?|more\s+on\s+this\s+story|related\s+topics|read\s+more|"
    r"(?:also\s+)?in\s+(?:today['’]?s|this)\s+(?:briefing|newsletter|issue|edition))\s*:?$"
)
_SOURCE_LINE = re.compile(
    r"^(?:(?i:source|sources|источник|quelle)\s*:\s*(?P<outlet>.{2,60}?)(?:\s+(?:and|with|&)\s+(?:news\s+)?(?:agencies|wires))?|"
    r"(?P<outlet2>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+with\s+(?:AP|AFP|Reuters|EBU|dpa|agencies|wires))$"
)
_CREDIT = re.compile(
    r"(?:\b(?:photo|photograph|picture|image|credit|credits|foto|фото)\s*(?:by)?\s*:|"
    r"\((?:[^()]*/)?[^()]*(?:getty\s+images|via\s+getty|afp|reuters|ap\s+photo|epa|shutterstock|pool|"
    r"photo|file|handout|ria\s+novosti|tass|anadolu|xinhua|bloomberg)[^()]*\)\s*$|"
    r"\s/\s*(?:reuters|afp|ap|epa|getty\s+images|aa|anadolu(?:\s+agency)?|tass|xinhua|bloomberg)\s*$|"
    r"\s[-–—|]\s*(?:copyright|©)\s*(?:\d{4}\s+)?(?-i:[A-Z])[\w &'’/-]{1,60}$|"  # "… - Copyright AP Photo/Jane Doe"
    r"(?<![\w/])(?:reuters|afp|ap(?:\s+photo)?|epa(?:-efe)?|getty\s+images|xinhua|anadolu|tass|bloomberg|pa\s+images)\s*/\s*"
    r"(?-i:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|di|du|van|von|der|den|la|le|al|el|bin|ibn)){0,4})"
    r"\s*(?:/\s*(?-i:[A-Z][\w .]+))?\s*$)",
    re.I,
)
# The lines around a newsletter sent by e-mail: "View in browser", "Unsubscribe", "Update your preferences",
# "You are receiving this because you signed up …", "Forward to a friend", "Sent from my phone".
_NEWSLETTER_FOOTER = re.compile(
    r"^(?:(?:view|read|open)\s+(?:this\s+(?:e-?mail|newsletter|message)\s+|it\s+)?(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser\b.{0,20}$|"
    r"view\s+(?:online|(?:this\s+)?(?:e-?mail|newsletter)\s+online|as\s+(?:a\s+)?web\s*page)\W{0,3}$|"
    r"having\s+trouble\s+(?:viewing|reading)\s+this\b.{0,80}$|"
    r"unsubscribe(?:\s+(?:here|now|instantly|from\s+(?:this|our|these)\s+(?:list|e-?mails?|newsletters?)))?\W{0,3}$|"
    r"(?:update|manage|change)\s+(?:your\s+)?(?:e-?mail\s+|newsletter\s+|subscription\s+)?(?:preferences|subscriptions?|settings)\W{0,3}$|"
    r"you\s+(?:are\s+|['’]re\s+)?receiv(?:ing|ed)\s+this\s+(?:(?:e-?mail|message|newsletter)\b|because\s+you\s+"
    r"(?:signed\s+up|subscribed|are\s+subscribed|opted\s+in|registered)\b)|"
    r"this\s+(?:e-?mail|newsletter|message)\s+was\s+sent\s+to\b|"
    r"(?:want\s+to\s+change\s+how\s+you\s+receive\s+these\s+e-?mails|our\s+mailing\s+address\s+is|"
    r"add\s+us\s+to\s+your\s+address\s+book|no\s+longer\s+want\s+to\s+receive\s+these)\b|"
    r"forward\s+(?:this\s+(?:e-?mail|newsletter)\s+)?to\s+a\s+friend\W{0,3}$|"
    r"sent\s+from\s+my\s+\w+(?:\s+\w+)?$)",
    re.I,
)
_EXTRA_CHROME = [
    (re.compile(r"^(?:image|photo|picture)\s+(?:source|caption|credit)\s*[,:]", re.I), "caption", "photo caption"),
    (re.compile(r"^(?:getty\s+images|reuters|afp|ap|epa(?:-efe)?|shutterstock|anadolu(?:\s+agency)?)(?:\s*/\s*[\w .-]+){0,3}$", re.I), "caption", "photo credit"),
    (re.compile(r"^\(?(?:additional\s+)?(?:reporting|editing|writing|compiled|research|reported|edited|written|produced|translated)\s+by\b", re.I), "drop", "credits"),
    (re.compile(r"^(?i:authors?|contributors?|writers?|reporters?)\s*:\s*[A-Z]"), "drop", "byline"),
    (re.compile(r"^(?i:reporting)\s+from\s+[A-Z][\w .,'’-]{1,40}$"), "drop", "byline"),
    (re.compile(r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?$", re.I), "drop", "credits"),
    (re.compile(r"^(?:item\s+\d+\s+of\s+\d+\b|\[\d+\s*/\s*\d+\])", re.I), "caption", "photo caption (gallery)"),
    (re.compile(r"^about\s+(?:the\s+)?authors?$", re.I), "drop", "author bio"),
    (re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:covers|writes\s+(?:about|on)|reports\s+(?:on|from))\b[^.]{0,150}\.?$"), "drop", "author bio"),
    (re.compile(r"^(?:our\s+standards|the\s+thomson\s+reuters\s+trust\s+principles)", re.I), "drop", "publisher's notice"),
    (re.compile(r"^(?:tags|topics|filed\s+under|categories)\s*:", re.I), "drop", "tags"),
    (re.compile(r"^(?:watch|listen|video|podcast|gallery|in\s+pictures)\s*[:|–—-]\s*\S", re.I), "drop", "media link"),
    (re.compile(r"^this\s+(?:article|story)\s+(?:was\s+)?(?:first|originally)\s+(?:appeared|published)", re.I), "drop", "republication note"),
    (re.compile(r"^(?:this\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:updated|amended|corrected)\b|(?:editor['’]?s\s+note|correction|clarification)\s*:)", re.I), "drop", "editor's note"),
    (re.compile(r"^(?:published|updated|last\s+updated|posted)\b[^.!?]{0,60}\d", re.I), "drop", "dateline"),
    (re.compile(r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s*\w+\s+\d{1,2},?\s+\d{4}\s*$"), "drop", "social media embed"),
    (re.compile(r"^this\s+(?:article|story|content)\s+is\s+(?:more\s+than\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+old\b", re.I), "drop", "age notice"),
    (re.compile(r"^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$", re.I), "drop", "dateline"),
    # a cookie or consent banner: "We use cookies to …", "Accept all cookies", "Manage cookie preferences"
    (re.compile(r"^(?:(?:we|this\s+(?:web)?site)(?:\s+and\s+our\s+(?:\w+\s+)?partners)?\s+(?:use|uses|store)\s+cookies\b|"
                r"(?:accept|reject|allow|refuse|decline)\s+(?:all\s+|optional\s+)?cookies\b|(?:accept|reject)\s+all$|"
                r"manage\s+(?:cookie\s+|privacy\s+)?(?:preferences|settings|consent|options)$|cookie\s+(?:settings|preferences|policy|notice)$|"
                r"by\s+(?:continuing|using|clicking)\b.{0,80}\b(?:cookies|privacy\s+policy)\b)", re.I), "drop", "cookie notice"),
    # a link to the same story in another language: "Lire en français", "Leer en español", "Read in English"
    (re.compile(r"^(?:read\s+(?:this\s+(?:article|story)\s+)?in|lire\s+en|leer\s+en|ler\s+em|leggi\s+in|lesen\s+sie\s+auf|"
                r"auf\s+deutsch\s+lesen|versión\s+en|version\s+en)\s*[\w ]{0,20}$", re.I), "drop", "language link"),
    (re.compile(r"^listen\s+to\s+(?:this\s+)?(?:article|story)\b.{0,40}$", re.I), "drop", "audio player"),
    (re.compile(r"^see\s+more\s+on\s*:", re.I), "drop", "tags"),
    # a newsletter's list of its other items: "Also in today's briefing:"
    (re.compile(r"^(?:also\s+)?in\s+(?:today['’]?s|this)\s+(?:briefing|newsletter|issue|edition)\s*:?$", re.I), "drop", "navigation"),
    (re.compile(r"^(?:https?://|www\.)\S+$", re.I), "drop", "link"),
    (_NEWSLETTER_FOOTER, "drop", "newsletter footer"),
    # a forwarded e-mail's own lines: "---------- Forwarded message ---------", "Begin forwarded message:"
    (re.compile(r"^(?:-{2,}\s*forwarded\s+message\s*-*|begin\s+forwarded\s+message\s*:?)$", re.I), "drop", "e-mail header"),
]


def _anchored_union(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches at a text's start where any of these patterns (each anchored there by '^',
    without MULTILINE) matches: their alternatives after '^', each under its own flags."""
    parts = []
    for p in patterns:
        assert p.pattern.startswith("^") and not p.flags & (re.MULTILINE | re.VERBOSE | re.DOTALL)
        parts.append(f"(?i:{p.pattern[1:]})" if p.flags & re.IGNORECASE else f"(?:{p.pattern[1:]})")
    return re.compile("|".join(parts))


# The chrome patterns anchored at a line's start, as one: a line none of them matches at its start, and that the
# others do not match, is none of the chrome (one match instead of a search by each pattern).
_EXTRA_ANCHORED = _anchored_union([p for p, _, _ in _EXTRA_CHROME if p.pattern.startswith("^")])
# The same, parted by how a line opens: the patterns opening with a literal word (tried on a line whose first word
# may open one of them, see _first_word) and those opening with a capitalised name (tried on a line holding their verb).
_EXTRA_BY_NAME = [p for p, _, _ in _EXTRA_CHROME if p.pattern.startswith("^[A-Z]")]
_EXTRA_WORD_LED = _anchored_union([p for p, _, _ in _EXTRA_CHROME if p.pattern.startswith("^") and p not in _EXTRA_BY_NAME])
_EXTRA_NAME_LED = _anchored_union(_EXTRA_BY_NAME)
_EXTRA_NAME_VERBS = ("covers", "writes", "reports")

# Line-start prefilters. _first_word gives a line's first word in lower case, or "" when a line opens with a mark,
# a digit or a letter outside ASCII (whose case may fold onto an ASCII letter: 'ſ', 'ı', 'İ'): then every pattern is
# tried. Otherwise an anchored, case-insensitive pattern can match only where the first word starts with the literal
# word one of its alternatives opens with (tests/test_clean_prefilters.py checks each against its full pattern).
_READING_FIRST = ("estimated", "read", "one", "two", "three", "four", "five", "ten")
_COMMENTS_FIRST = ("comment", "kommentare", "commentaires", "comentarios")
_NAV_FIRST = tuple(
    """news show load read see more up most go trending latest top advertisement sponsored share print e-mail email
    copy subscribe sign log menu home search skip mailto info suggested related popular avatar image photo video
    watch save bookmark listen close back tag topic contact about follow newsletter privacy terms cookie all
    copyright reuse explore link you recommended in comment leave kommentare commentaires gift jump open""".split()
)
_RELATED_FIRST = ("related", "also", "read", "see", "more", "recommended", "further")
_SOURCE_FIRST = ("source", "quelle")
_BYLINE_FIRST = ("by", "written", "von", "par")
_EXTRA_FIRST = tuple(
    """image photo picture getty reuters afp ap epa shutterstock anadolu additional reporting editing writing
    compiled research reported edited written produced translated author contributor writer reporter item about
    our the tags topics filed categories watch listen video podcast gallery in this editor correction
    clarification published updated last posted a one we accept reject allow refuse decline manage cookie by
    read lire leer ler leggi lesen auf version see http www view open having unsubscribe update change you
    forward sent no begin also""".split()
)


def _first_word(text: str) -> str:
    """The first word of a line in lower case (all that stands before its first white space, looked for among its
    first 24 characters, more than any prefilter word), or "" when the line does not open with an ASCII letter."""
    head = text[:24].split(None, 1)
    word = head[0].lower() if head else ""
    return word if word[:1].isalpha() and word.isascii() else ""


def _opens(word: str, firsts: tuple[str, ...]) -> bool:
    """Whether a line with this first word (from _first_word) may match a pattern opening with one of `firsts`."""
    return not word or word.startswith(firsts)
_EXTRA_LOOSE = [GuardedSearch(p) for p, _, _ in _EXTRA_CHROME if not p.pattern.startswith("^")]
_CAPTION_START = re.compile(r"\b(?:photo|photograph|picture|image|foto|фото)\s*:", re.I)
_BYLINE = re.compile(
    r"^(?i:by|written\s+by|автор|von|par)\s+[A-ZА-Я][\w'’.-]+(?:\s+(?:(?:de|da|di|du|van|von|der|den|la|le|al|el|bin|ibn|del|dos|das|ter|ten)\s+)*"
    r"[A-ZА-Я][\w'’.-]+){0,3}(?:\s*(?:,|and|&|\|).*)?$"
)
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was|has\s+been|joined)\b.{0,200}?\b(?:editor|reporter|journalist|"
    r"correspondent|writer|columnist|contributor|producer|analyst\s+at|fellow\s+at|covers)\b",
)
_GLUED_QUOTE_HEADING = re.compile(r"^(['‘\"“][^'’\"”\n]{3,80}['’\"”])(?=[A-Z])")
# The characters `_GLUED_QUOTE_HEADING` opens with.
_QUOTE_OPENERS = ("'", "‘", '"', "“")
_BULLET = re.compile(r"^\s*(?:[-*•‣▪►➤]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
# The characters a bullet opens with, but white space and digits.
_BULLET_FIRST = frozenset("-*•‣▪►➤")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
_MD_STRONG = re.compile(r"(?:\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)(?:\*\*|__)")
_LEADING_STRONG = re.compile(r"(?:\*\*|__)(?=\S)([^*_\n]{1,80}?)(?<=\S)(?:\*\*|__)(?=[\s:,.;–—-])")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|mailto:|/)[^)\s]*\)")
_HTML_TAG = re.compile(r"</?(?:a|b|i|em|strong|span|p|br|div|u|sup|sub|small)\b[^<>]{0,300}>", re.I)
_TRUNCATED_END = re.compile(r"(?:…|\.\.\.|[\w,;–—-])\s*$")


@dataclass
class Block:
    """One line (or joined lines) of the page, as it is classified."""

    text: str
    line: int
    kind: str = BODY
    reason: str | None = None
    bullet: bool = False
    italic: bool = False  # the whole line was in italics (a caption or an editor's note, in Markdown)


@dataclass
class Cleaned:
    """The result of cleaning: the reading text and everything set aside."""

    title: str | None
    paragraphs: list[tuple[str, str]]  # (kind, text); kind is headline, subheading or body
    captions: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str, int]] = field(default_factory=list)  # (text, reason, line)
    date: str | None = None
    outlet: str | None = None
    notices: list[str] = field(default_factory=list)


def _key(text: str) -> str:
    return squash(text).casefold().strip(" .")


def _block_key(text: str) -> str:
    """_key of a block's text, which is squashed already (by _normalise_block, or cut from a squashed text)."""
    return text.casefold().strip(" .")


def _squash(text: str) -> str:
    """squash(text), without splitting a text that is squashed already: one in which no white space but single
    spaces stands (a printable text holds no white space but the space) and none at either end."""
    if "  " not in text and text[:1] != " " and text[-1:] != " " and text.isprintable():
        return text
    return squash(text)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


_TRAILING_EMBED = re.compile(
    r"\s[—–]\s*[^()—–]{2,60}\(@\w{1,30}\)\s*(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})\s*$"
)
_AGENCY_AT_END = re.compile(r"\(([A-Z][\w&.'’ -]{1,30})\)\s*$")
_NAMED_SOURCE = re.compile(r"[|·•]\s*(?i:source|outlet|publisher)\s*:\s*([A-Z][^|·•:]{1,58})$")
_LEADING_SEGMENT = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s*[,|·–—]\s*\S")
_NEWS_WORDS = frozenset(
    """News Times Post Herald Journal Tribune Gazette Daily Chronicle Observer Standard Express Telegraph Guardian
    Independent Agency Wire Press Radio TV Television Online Today Review Monitor Mail Star Sun Mirror Record
    Insider Report Reporter Digest Bulletin Dispatch Courier Sentinel Examiner Inquirer Globe Magazine Ledger Courant
    Register Advertiser Argus Clarion Beacon Banner Enquirer Messenger Citizen Nation""".split()
)


def _dateline_outlet(line: str) -> str | None:
    """The outlet opening a date line ("The Guardian, Thursday 27 June 2024", "BBC News | 28 June 2024"): a
    known outlet or agency, or a name ending in a news word; a place ("LONDON, 27 June") is neither."""
    from .gazetteer import is_outlet

    named = _NAMED_SOURCE.search(line)
    if named:
        return named.group(1).strip()  # "Published: 2025-04-03 | Source: Daily Nation"
    agency = _AGENCY_AT_END.search(line)
    if agency and (is_outlet(agency.group(1)) or agency.group(1).isupper()):
        return agency.group(1)  # "Mumbai, 9 Feb 2025 (PTI)"
    m = _LEADING_SEGMENT.match(line.strip())
    if not m:
        return None
    name = m.group("name")
    if name.split()[0] in ("By", "BY"):
        # A byline names a writer; the outlet may follow the name: "By Jane Doe, Harbour Herald — 3 April 2025"
        # (not a job title: "By Jane Doe, Staff Reporter | 3 April").
        after = _LEADING_SEGMENT.match(line.strip()[m.end("name"):].lstrip(" ,"))
        name = after.group("name") if after and line.strip()[m.end("name"):].lstrip().startswith(",") else ""
        if not name or name.split()[0] in _BYLINE_ROLE_WORDS or name.split()[-1] in _BYLINE_ROLE_WORDS:
            return None
    return name if is_outlet(name) or name.split()[-1] in _NEWS_WORDS else None


_STAFF_ENDS = ("newsroom", "staff", "desk", "Newsroom", "Staff", "Desk", "reporters", "Reporters")
_STAFF_BYLINE = re.compile(r"^(?:By\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s+(?i:newsroom|staff|(?:news\s+)?desk|staff\s+reporters?)$")
_AGENCY_SIGNOFF = re.compile(r"[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}")
_LIVE_LABEL = re.compile(r"(?i:live(?:\s+(?:coverage|updates|blog|report|news))?|breaking(?:\s+news)?)$")
# Menu words that may open a name ending in a news word: "Latest News" is a menu item, not an outlet.
_MENU_FIRST_WORDS = frozenset("Latest Breaking Top World Local Business More Home All Sport Sports Live Daily Good Fake Your My".split())
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _outlet_like(text: str) -> bool:
    """A known outlet, or a name like one: two to four capitalised words ending in a news word ("Harbour Herald",
    "Baltic Times Online"), or one word whose last capitalised part is one ("EuropeWire"), not opening like a menu."""
    text = text.strip()
    if _is_outlet_name(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 4 or len(text) > 40 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        parts = _CAMEL_PARTS.findall(words[0])
        return len(parts) >= 2 and "".join(parts) == words[0] and parts[-1] in _NEWS_WORDS
    return words[-1] in _NEWS_WORDS and words[0] not in _MENU_FIRST_WORDS


# A copyright line at the page's foot: "© 2025 Harbour Herald. All rights reserved.", "Copyright © EuropeWire 2025".
_COPYRIGHT_NAME = re.compile(r"^(?:©|\(c\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?P<name>[A-Z][\w.&'’ -]{1,40}?)(?:,?\s+\d{4})?\s*(?:[.,|]|$)")


def _copyright_outlet(text: str) -> str | None:
    m = _COPYRIGHT_NAME.match(text)
    if not m:
        return None
    name = m.group("name").strip()
    return name if _outlet_like(name) else None


_BYLINE_ROLE_WORDS = frozenset("Staff Senior Special Chief Our Political Foreign Reporter Correspondent Editor Writer".split())


def _read_wire_dateline(result: Cleaned) -> None:
    """Date and agency from a wire dateline opening the first body paragraph, when nothing else gave them."""
    first = next((text for kind, text in result.paragraphs if kind == "body"), None)
    if first is None:
        return
    iso, outlet, _ = parse_wire_dateline(first)
    result.date = result.date or iso
    result.outlet = result.outlet or outlet or _bare_dateline_outlet(first)


# A place, then a known outlet's name without brackets, then a dash: "Hong Kong CNN — …", "LONDON CNN —".
_BARE_DATELINE = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.&-]*){1,5}(?=\s*[–—]{1,2}\s*[A-Z“\"'‘])")


def _bare_dateline_outlet(paragraph: str) -> str | None:
    """The outlet ending a dateline's place when it has no brackets: the place first, the outlet's name last."""
    if paragraph.find("—", 0, 80) < 0 and paragraph.find("–", 0, 80) < 0:
        return None
    m = _BARE_DATELINE.match(paragraph)
    if not m:
        return None
    words = m.group().replace(",", " ").split()
    for k in (3, 2, 1):
        if len(words) > k and _is_outlet_name(" ".join(words[-k:])):
            return " ".join(words[-k:])
    return None


def headline_like(text: str) -> bool:
    """A short line with no closing punctuation that starts like a title."""
    t = text.strip()
    words = t.split()
    return (
        3 <= len(words) <= 25
        and len(t) <= 200
        and not t.rstrip().endswith((".", "…", ",", ";"))
        and (t[0].isupper() or t[0] in "'‘\"“«" or t[0].isdigit())
    )


def _name_like(text: str) -> bool:
    """A short line made of capitalised words (a byline or a name), with no sentence punctuation."""
    words = text.split()
    return 1 <= len(words) <= 6 and len(text) <= 60 and not _ends_sentence(text) and all(
        w[0].isupper() or not w[0].isalpha() for w in words
    )


# A PDF export's page number on a line of its own: "Page 2 of 5", "Page 2", "2 of 5", "- 2 -", or a browser's
# printed footer, the page's address and "2/5".
_PAGE_NUMBER = re.compile(
    r"(?i:page)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|"
    r"(?:(?:https?://|www\.)\S+\s+)?\d{1,4}\s*/\s*\d{1,4}"
)
_DIGITS = re.compile(r"\d+")


def _page_numbered(lines: list[str]) -> bool:
    """Whether a line of the page is a page number (a PDF export's, or a printed page's footer)."""
    return any(line[-1:].isdigit() and len(line) <= 200 and _PAGE_NUMBER.fullmatch(line.strip()) for line in lines)


def _page_furniture(lines: list[str]) -> dict[int, str]:
    """A paged text's page numbers and running headers and footers (a line, not a sentence, repeated on the
    pages; a title-like one at the top is the headline the first time): {line index: reason}."""
    stripped = [line.strip() for line in lines]
    numbers = {i: "page number" for i, t in enumerate(stripped) if t and len(t) <= 200 and _PAGE_NUMBER.fullmatch(t)}
    if not numbers:
        return {}
    keys = [_DIGITS.sub("0", t) if t and len(t) <= 150 and not _ends_sentence(t) else "" for t in stripped]
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    furniture = dict(numbers)
    seen: set[str] = set()
    top = [i for i, t in enumerate(stripped) if t][:5]
    for i, k in enumerate(keys):
        if not k or counts[k] < 2 or i in furniture:
            continue
        if k not in seen and i in top and not any(c.isdigit() for c in k):
            seen.add(k)
            continue  # the title at the top of the first page, repeated over the others
        seen.add(k)
        furniture[i] = "running header or footer"
    return furniture


def _bridge_pages(lines: list[str], furniture: dict[int, str]) -> list[tuple[int, str]]:
    """The text's lines without its page furniture; a paragraph broken across a page (its line before the break
    ends no sentence, the one after opens in lower case) is no longer parted by the blank lines around it."""
    kept: list[tuple[int, str]] = []
    pending_blank: list[tuple[int, str]] = []
    crossed = False
    for i, line in enumerate(lines):
        if i in furniture:
            crossed = True
            continue
        if not line.strip():
            pending_blank.append((i + 1, line))
            continue
        at = next((k for k in range(len(kept) - 1, -1, -1) if kept[k][1].strip()), None)
        last = kept[at][1].strip() if at is not None else ""
        # a paragraph goes on over the page: the line before the break ends no sentence, and the line after opens
        # in lower case, or that line is a long one (a paragraph's, not a heading's: "… will arrive in" "September.")
        joins = crossed and last and not _ends_sentence(last) and (line.strip()[:1].islower() or len(last) >= 100)
        pending_blank, crossed = ([], False) if joins else (kept.extend(pending_blank) or [], False)
        if joins and at is not None and len(last) >= 100:
            kept[at] = (kept[at][0], last + " " + line.strip())  # one long line per paragraph: joined here
            continue
        kept.append((i + 1, line))
    kept.extend(pending_blank)
    return kept


_LETTERS_AT_END = re.compile(r"[^\W\d_]+$")
_LETTERS_AT_START = re.compile(r"[^\W\d_]+")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _join_wrapped(parts: list[str], text: str, paged: bool, words: dict[str, set[str]]) -> str:
    """The lines of a hard-wrapped paragraph as one: a word hyphenated at a line's end ("nego-" "tiations") is
    joined, with its hyphen when the page writes it so elsewhere ("long-term"), else without it when the page
    writes it so elsewhere or is a PDF export (which hyphenates syllables), else with it ("five-" "day").
    `words` keeps the page's words (built once, at the first such line)."""
    joined = parts[0]
    for part in parts[1:]:
        if joined[-1:] == "-" and joined[-2:-1].isalpha() and part[:1].isalpha() and part[:1].islower():
            if not words:
                words["hyphenated"] = {w.casefold() for w in _HYPHENATED.findall(text)}
                words["plain"] = {w.casefold() for w in _LETTER_WORD.findall(text)}
            head_m = _LETTERS_AT_END.search(joined, 0, len(joined) - 1)
            tail_m = _LETTERS_AT_START.match(part)
            head = head_m.group().casefold() if head_m else ""
            tail = tail_m.group().casefold() if tail_m else ""
            keep = f"{head}-{tail}" in words["hyphenated"] or (not paged and head + tail not in words["plain"])
            joined = joined + part if keep else joined[:-1] + part
        else:
            joined += " " + part
    return joined


def _split_lines(text: str) -> list[Block]:
    """Split the page into blocks: one per line, joining the lines of hard-wrapped paragraphs; a PDF export's or
    printed page's page numbers and running headers are set aside, and its paragraphs joined across pages."""
    lines = text.split("\n")
    blocks, digit_end = _group_lines(text, enumerate(lines, start=1), False)
    if "\f" in text or (digit_end and _page_numbered(lines)):
        furniture = _page_furniture(lines)
        blocks, _ = _group_lines(text, _bridge_pages(lines, furniture) if furniture else enumerate(lines, start=1), True)
        blocks.extend(Block(lines[i].strip(), i + 1, DROP, reason) for i, reason in furniture.items())
        blocks.sort(key=lambda b: b.line)  # the page furniture in its place
    return blocks


def _group_lines(text: str, numbered: Iterable[tuple[int, str]], paged: bool) -> tuple[list[Block], bool]:
    """The blocks of the numbered lines, and whether a line ends with a digit (as a page number does)."""
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []
    digit_end = False
    words: dict[str, set[str]] = {}

    def flush() -> None:
        if not group:
            return
        body = [t for _, t in group[:-1]] if len(group) > 2 else []
        wrapped = (
            len(group) > 2
            and all(len(t) >= 40 for t in body)
            and sum(1 for t in body if not _ends_sentence(t)) >= 0.7 * len(body)
            and max(len(t) for t in body) - min(len(t) for t in body) <= 40
            and not any(_MD_HEADING.match(t) or _BULLET.match(t) for _, t in group)
        )
        if wrapped:
            parts = [t.strip() for _, t in group]
            joined = _join_wrapped(parts, text, paged, words) if any(t[-1:] == "-" for t in parts) else " ".join(parts)
            blocks.append(Block(joined, group[0][0]))
        else:
            blocks.extend(Block(t, n) for n, t in group)
        group.clear()

    for n, line in numbered:
        if line.strip():
            group.append((n, line))
            if line[-1:].isdigit():
                digit_end = True
        else:
            flush()
    flush()
    return blocks, digit_end


def _normalise_block(block: Block) -> None:
    """Strip markdown and HTML decoration and bullets from a block's text."""
    text = block.text
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "]" in text and "](" in text:  # one character is looked for faster than two
        if "![" in text:
            text = _MD_IMAGE.sub("", text)  # an image's alt text describes a picture, not the story
        only_link = _MD_LINK.fullmatch(_BULLET.sub("", text, count=1).strip()) is not None
        text = _MD_LINK.sub(r"\1", text)
        if only_link:
            block.kind, block.reason = DROP, "link"  # a line that is nothing but a link: 'Read our live coverage'
    m = _MD_HEADING.match(text) if text[:1] == "#" else None
    if m:
        text = text[m.end():]
        block.kind = HEADLINE if len(m.group(1)) == 1 else SUBHEADING
    first = text[:1]
    # anchored at the start: at most one, and never empty; it starts with white space, a mark or a digit
    bullet = _BULLET.match(text) if first in _BULLET_FIRST or first.isspace() or first.isdigit() else None
    block.bullet = bullet is not None
    if bullet:
        text = text[bullet.end():]
    if "*" in text or "_" in text:  # bold or italics: markers of one character looked for first
        lead = _LEADING_STRONG.match(text) if text.startswith(("**", "__")) and not text.endswith(("**", "__")) else None
        if lead:
            text = lead.group(1) + text[lead.end():]  # a bold lead-in: "**16:48 GMT** – The toll …"
        if text.startswith(("**", "__")) and text.endswith(("**", "__")) and len(text) > 4:
            text = text[2:-2]
        elif ("**" in text or "__" in text) and len(text) <= 80 and not text.rstrip().endswith(_SENTENCE_ENDS):
            text = _MD_STRONG.sub(r"\1", text)  # a metadata line: "**AFP** | 12 August 2025" (a sentence stays as written)
        if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1:2] not in "*_ ":
            text = text[1:-1]  # a line in italics: "*Photo: …*", "*This article has been updated …*"
            block.italic = True
    block.text = _squash(text)


def _caption_sentence(head: str, credit: str) -> bool:
    """Whether the text before a glued "Photo: …" credit is the picture's caption (a sentence or two, and a credit
    of a few words after it), not a headline (which ends no sentence) nor a paragraph of the text."""
    head = head.strip()
    return _ends_sentence(head) and len(head) <= 200 and head.count(". ") <= 1 and len(credit) <= 80 and not credit.rstrip().endswith(".")


def _drop(block: Block, reason: str) -> None:
    block.kind, block.reason = DROP, reason


# "Associated Press writers Jane Doe in Rome and John Roe contributed to this report."
_CONTRIBUTORS = re.compile(
    r"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.,-]+){0,12}?\s+(?:writers?|reporters?|correspondents?|journalists?|staff)"
    r"(?:\s+(?:[A-Z][\w'’.-]+|and|in|from|at|de|van|von|al)|,)+\s+contributed(?:\s+reporting)?(?:\s+(?:from|in)\s+[A-Z][\w .,'’-]{1,60}|\s+to\s+this\s+(?:report|story|article))\.?$"
)
_PRINT_NOTE = re.compile(r"^a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print\b", re.I)
_WORD_CHAR = re.compile(r"[^\W_]")


# A site's address on a line of its own, as a browser's reader view puts it under the title: "www.example.co.uk".
_SITE_ADDRESS = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}")
# A site's logo link, as copied: "The Guardian - Back to homeThe Guardian", "Example News | Go to homepage".
_LOGO_LINE = re.compile(
    r"^(?:(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s*[-–—|:]\s*)?(?i:back\s+to\s+(?:the\s+)?home(?:\s*page)?|go\s+to\s+(?:the\s+)?home\s*page)"
    r"\s*(?P<rest>[A-Z][\w.&'’ -]{1,40})?$"
)


def _logo_outlet(text: str) -> str | None:
    """The outlet a logo line names: a known outlet or a name ending in a news word, or the name it repeats."""
    m = _LOGO_LINE.match(text)
    if not m:
        return None
    name, rest = (m.group("name") or "").strip(), (m.group("rest") or "").strip()
    for candidate in (name, rest):
        if candidate and (_is_outlet_name(candidate) or candidate.split()[-1] in _NEWS_WORDS):
            return candidate
    return name if name and name == rest else None


def _line_rule(text: str) -> tuple[str, str] | None:
    """Classify a line by its own text: (kind, reason) for chrome and captions, or None for text."""
    if not text or not (text[0].isalnum() or _WORD_CHAR.search(text)):
        return DROP, "empty or punctuation only"
    if len(text) > 400 and _ends_sentence(text):
        # Page chrome is short: a long paragraph that ends a sentence can only be an author's bio.
        return (DROP, "author bio") if _BIO.match(text) else None
    if "contributed" in text and len(text) < 300 and _CONTRIBUTORS.match(text):
        return DROP, "credits"
    if "pic.twitter.com/" in text and len(text) < 400:
        return DROP, "social media embed"  # an embedded post: its text ends with the picture's short link
    if text[:2] in ("A ", "a ") and _PRINT_NOTE.match(text):
        return DROP, "print edition note"  # long: it repeats the print headline and lists links
    if len(text) <= 40 and _LANGUAGE_SWITCHER.match(text):
        return DROP, "language switcher"
    if len(text) <= 30 and "/" in text and _AGENCY_SIGNOFF.fullmatch(text):
        return DROP, "agency sign-off"  # a wire story's closing initials: "bur-jh/rl", "sst/cw"
    if 8 <= len(text) <= 80 and len(text) % 2 == 0 and text[: len(text) // 2] == text[len(text) // 2:]:
        rule = _line_rule(text[: len(text) // 2])  # one label copied twice over: "AdvertisementAdvertisement"
        if rule and rule[0] == DROP:
            return rule
    first = _first_word(text)
    if (not first or first.startswith(_READING_FIRST)) and _READING_TIME.match(text):
        return DROP, "reading time"
    if (not first or first.startswith(_COMMENTS_FIRST)) and _COMMENTS.match(text):
        return DROP, "comments counter"
    if (not first or first.startswith(_NAV_FIRST)) and _NAV_WORDS.match(text):
        return DROP, "navigation"
    if len(text) <= 120 and (">" in text or "»" in text or "›" in text or "/" in text) and _BREADCRUMB.match(text):
        return DROP, "breadcrumb"
    if len(text) <= 120 and ("|" in text or "·" in text or "•" in text) and _ITEM_SEPARATORS.search(text):
        parts = _ITEM_SEPARATORS.split(text)
        if all(_NAV_WORDS.match(p) or _READING_TIME.match(p) or _HAS_PROMPT(p) or _NEWSLETTER_FOOTER.match(p) for p in parts):
            return DROP, "navigation"
        if len(parts) >= 2 and _outlet_like(parts[0]) and all(_NAV_WORDS.match(p) or _LIVE_LABEL.match(p) for p in parts[1:]):
            return DROP, "site name"  # "North Star Times | Live coverage"
        if len(parts) >= 3 and all(_SECTION_ITEM.fullmatch(p) for p in parts):
            return DROP, "navigation"  # "World | Europe | Business | Sport": a site's sections
    if len(text) <= 100 and _SHARE_BUTTONS.fullmatch(text):
        return DROP, "share buttons"
    if (not first or first.startswith(_RELATED_FIRST)) and _RELATED.match(text) and (len(text) < 160 or not _ends_sentence(text)):
        return DROP, "related link"
    if ((not first or first.startswith(_SOURCE_FIRST)) or "with" in text) and _SOURCE_LINE.match(text):
        return DROP, "source line"
    if len(text) < 300 and _HAS_PROMPT(text):
        return DROP, "newsletter or contact prompt"
    if len(text) < 100 and (not first or first.startswith(_BYLINE_FIRST)) and _BYLINE.match(text):
        return DROP, "byline"
    if len(text) <= 60 and text.endswith(_STAFF_ENDS) and _STAFF_BYLINE.match(text):
        return DROP, "byline"  # "Coastal Tribune newsroom", "Reuters staff"
    if len(text) <= 40 and text.isupper() and len(text.split()) <= 4:
        return DROP, "section label"
    if _BIO.match(text):
        return DROP, "author bio"
    if len(text) <= 60 and "." in text and " " not in text and _SITE_ADDRESS.fullmatch(text):
        return DROP, "site address"  # a reader view's line under the title: "example.com"
    if len(text) <= 100 and ("home" in text or "Home" in text or "HOME" in text) and _LOGO_LINE.match(text):
        return DROP, "site logo"
    if len(text) < 200 and (
        ((not first or first.startswith(_EXTRA_FIRST)) and _EXTRA_WORD_LED.match(text))
        or (any(v in text for v in _EXTRA_NAME_VERBS) and _EXTRA_NAME_LED.match(text))
        or any(found(text) for found in _EXTRA_LOOSE)
    ):
        for pattern, kind, reason in _EXTRA_CHROME:
            if pattern.search(text):
                return (CAPTION if kind == "caption" else DROP), reason
    if len(text) < 400 and (":" in text or ")" in text or "/" in text) and _CREDIT.search(text):
        return CAPTION, "photo caption"
    return None


def clean_text(text: str, *, title: str | None = None, drop: tuple[str, ...] = ()) -> Cleaned:
    """Clean a sanitised page text into a reading text.

    `title` is the headline a manifest gives, if any; `drop` are extra patterns (a literal
    substring, or a regular expression between slashes) whose lines are set aside.
    """
    blocks = _split_lines(text)
    for b in blocks:
        _normalise_block(b)
    result = Cleaned(title=None, paragraphs=[])
    if text.startswith("---"):
        title = _read_front_matter(text, blocks, result, title)
    elif ":" in text[:200]:
        title = _read_header_lines(text, blocks, result, title)

    # Manifest drop patterns first, so the user's word always wins.
    patterns = []
    for p in drop:
        if len(p) > 2 and p.startswith("/") and p.endswith("/"):
            try:
                patterns.append(re.compile(p[1:-1], re.I))
            except re.error:
                continue
        else:
            patterns.append(re.compile(re.escape(p), re.I))
    for b in blocks if patterns else ():
        if any(p.search(b.text) for p in patterns):
            _drop(b, "manifest drop pattern")

    # Dates on a line of their own, or a "Published ..." line: chrome, but they date the article (the first
    # one that is not in a list of other stories, which is known once the lists are found).
    dated: list[tuple[Block, str]] = []
    for b in blocks:
        if b.kind == DROP:
            continue
        parsed = parse_date_line(b.text)
        if parsed:
            dated.append((b, parsed))
            result.outlet = result.outlet or _dateline_outlet(b.text)
            _drop(b, "dateline")

    # Headlines glued to a caption: "Headline Photo: ... (Getty Images)"; a paragraph that ends with an embedded
    # post's signature: "… she said. — Jane Doe (@janedoe) April 3, 2025".
    expanded: list[Block] = []
    for b in blocks:
        if b.kind == DROP or (":" not in b.text and "(@" not in b.text):
            expanded.append(b)  # nothing to part
            continue
        embed = _TRAILING_EMBED.search(b.text) if "(@" in b.text else None
        if embed and embed.start() > 0:
            expanded.append(Block(b.text[: embed.start()].rstrip(), b.line, b.kind, b.reason, b.bullet, b.italic))
            expanded.append(Block(b.text[embed.start():].strip(), b.line, DROP, "social media embed"))
            continue
        m = _CAPTION_START.search(b.text) if ":" in b.text else None
        if b.kind != DROP and m and m.start() > 0 and len(b.text) < 400 and b.italic:
            b.kind, b.reason = CAPTION, "photo caption"  # "*Firefighters near Narbonne. Photo: …*": all of it
            expanded.append(b)
        elif b.kind != DROP and m and m.start() > 0 and len(b.text) < 400 and _caption_sentence(b.text[: m.start()], b.text[m.start():]):
            b.kind, b.reason = CAPTION, "photo caption"  # "Rescuers carry a survivor. Photo: Jane Doe/AP": all of it
            expanded.append(b)
        elif b.kind != DROP and m and m.start() > 0 and len(b.text) < 400:
            expanded.append(Block(b.text[: m.start()].strip(), b.line))
            expanded.append(Block(b.text[m.start():].strip(), b.line, CAPTION, "photo caption"))
        else:
            expanded.append(b)
    blocks = expanded

    mail = False  # a line opens like an e-mail's header
    release_like = False  # a line is a press release's label or end mark
    caps_labels = 0  # lines that open with a capitalised label and a colon: "JANE DOE: …" (a transcript's turns?)
    for b in blocks:
        if b.kind in (DROP, CAPTION):
            continue
        if b.text[:1] in _RELEASE_FIRST and len(b.text) <= 80 and (_RELEASE_LABEL.match(b.text) or _RELEASE_END.match(b.text)):
            release_like = True
        if ":" in b.text[:50] and b.text[1:2].isupper():
            caps_labels += 1
        if (")" in b.text or "]" in b.text) and _PROCEDURAL.search(b.text):
            if _PROCEDURAL.fullmatch(b.text):
                _drop(b, "procedural note")  # a transcript's "[Interruption.]", "(Applause)"
                continue
            b.text = _PROCEDURAL_INLINE.sub("", b.text).strip()  # "… economy. (Laughter) We are fixing it."
        if b.text[:1] in "FS" and b.text.startswith(("From:", "Subject:")):
            mail = True
        rule = _line_rule(b.text)
        if rule:
            b.kind, b.reason = rule
            if b.kind == DROP and b.reason == "source line":
                m = _SOURCE_LINE.match(b.text)
                result.outlet = (m.group("outlet") or m.group("outlet2")).strip() if m else None
            elif b.kind == DROP and b.reason == "byline" and result.outlet is None and "," in b.text:
                tail = b.text.rsplit(",", 1)[1].strip()
                if _is_outlet_name(tail):
                    result.outlet = tail  # "By Jane Doe, CNN"
            elif b.kind == DROP and b.reason == "site logo" and result.outlet is None:
                result.outlet = _logo_outlet(b.text)
            elif b.kind == DROP and b.reason == "site name" and result.outlet is None:
                result.outlet = _ITEM_SEPARATORS.split(b.text)[0].strip()
            elif b.kind == DROP and b.reason == "site address" and result.outlet is None:
                result.outlet = _outlet_of_url("https://" + b.text + "/")
            elif b.kind == DROP and b.reason == "dateline":
                parsed = dateline_date(b.text)
                if parsed:
                    dated.append((b, parsed))

    if release_like:
        _read_release(blocks, result)
    _mark_captions_after_labels(blocks)
    _mark_captions_after_credits(blocks)
    mail_date = None
    if mail:
        title, mail_date = _read_mail_headers(blocks, result, title)
    in_lists = _drop_link_lists(blocks)
    if result.date is None:
        result.date = next((iso for b, iso in dated if id(b) not in in_lists), None) or mail_date
    if caps_labels > 1:
        _title_case_labels(blocks)
    _find_headline(blocks, title, result)
    _mark_header_bylines(blocks)
    _mark_captions_before_credits(blocks)
    _mark_bios_after_names(blocks)
    _mark_teasers(blocks)
    _split_glued_headings(blocks)
    _mark_repeats(blocks, result.title)
    _mark_subheadings(blocks)
    _drop_empty_sections(blocks)
    _drop_after_mail_footer(blocks)

    for b in blocks:
        if b.kind == DROP:
            result.dropped.append((b.text, b.reason or "chrome", b.line))
        elif b.kind == CAPTION:
            result.captions.append(b.text)
            result.dropped.append((b.text, b.reason or "photo caption", b.line))
        else:
            result.paragraphs.append((b.kind, b.text))
    _read_wire_dateline(result)
    if result.date is None and result.title and result.title[-1:].isdigit() and "," in result.title:
        # an official document's title ends with its place and date: "Press conference by …, Tokyo, 9 September 2026"
        parts = result.title.rsplit(",", 2)
        result.date = parse_date_line(parts[-1].strip()) or (parse_date_line(",".join(parts[-2:]).strip()) if len(parts) == 3 else None)
    if result.outlet is None:
        # the site's name over its page (what stands before the headline), else its copyright line at the foot
        result.outlet = next((b.text for b in blocks if b.reason == "before the headline" and _outlet_like(b.text)), None)
        result.outlet = result.outlet or next(
            (o for b in reversed(blocks) if b.kind == DROP and b.text[:1] in "©(Cc" for o in [_copyright_outlet(b.text)] if o), None
        )
    if result.paragraphs and _TRUNCATED_END.search(result.paragraphs[-1][1]) and not _ends_sentence(result.paragraphs[-1][1]):
        result.notices.append("the text ends mid-sentence (the file may be cut short)")
    return result


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[^\n]*\n){1,80}?)---[ \t]*(?:\n|\Z)")
_FRONT_FIELD = re.compile(r"^([A-Za-z][\w-]{0,30})\s*:\s*(.*?)\s*$")
_FRONT_DATE_KEYS = ("published", "date", "pubdate", "published_date", "date_published", "publish_date", "datepublished")
_FRONT_OUTLET_KEYS = ("site_name", "site", "publisher", "outlet", "source_name", "og_site_name", "publication")
_FRONT_URL_KEYS = ("source", "url", "link", "canonical", "original_url", "source_url")


def _read_front_matter(text: str, blocks: list[Block], result: Cleaned, title: str | None) -> str | None:
    """A page saved with a metadata header (`---`, `key: value` lines, `---`, as clipping tools write): the
    header is chrome, and its title, publishing date and site date and name the article. Returns the title."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return title
    fields: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        f = _FRONT_FIELD.match(line)
        if f:
            fields.setdefault(f.group(1).casefold(), f.group(2).strip("'\""))
        elif line.strip() and not line[:1].isspace() and not line.startswith("-"):
            return title  # not a metadata header: a line that is no field and no list item
    last = m.group().count("\n") + (0 if m.group().endswith("\n") else 1)
    for b in blocks:
        if b.line <= last and b.kind != DROP:
            _drop(b, "metadata header")
    for key in _FRONT_DATE_KEYS:
        if fields.get(key):
            result.date = parse_date_line(fields[key])
            if result.date:
                break
    outlet = next((fields[k] for k in _FRONT_OUTLET_KEYS if fields.get(k)), None)
    if outlet is None:
        url = next((fields[k] for k in _FRONT_URL_KEYS if fields.get(k, "").startswith(("http://", "https://"))), None)
        outlet = _outlet_of_url(url) if url else None
    result.outlet = outlet if outlet and len(outlet) <= 60 else None
    return title or (fields.get("title") or None)


# A plain text saved with a header of `Key: value` lines and no fences: "Title: …", "Source: …", "Date: …".
_HEADER_TITLE_KEYS = ("title", "headline")
_HEADER_DATE_KEYS = ("date", "published", "publication date", "dateline", "updated")
_HEADER_OUTLET_KEYS = ("source", "outlet", "publisher", "publication", "newspaper", "site")
_HEADER_KEYS = frozenset(
    (*_HEADER_TITLE_KEYS, *_HEADER_DATE_KEYS, *_HEADER_OUTLET_KEYS, "author", "authors", "by", "byline", "url", "link",
     "section", "category", "tags", "keywords", "language", "words", "length", "word count")
)
_HEADER_FIELD = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(\S.*?)\s*$")


def _read_header_lines(text: str, blocks: list[Block], result: Cleaned, title: str | None) -> str | None:
    """A header of two or more `Key: value` lines with known keys (title, source, date, author, url…) opening
    the text, up to the first blank line, as a saved or exported article has: the header is chrome, and its
    title, date and outlet name the article (as front matter does). Returns the title."""
    fields: dict[str, str] = {}
    last = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if fields:
                break
            continue
        f = _HEADER_FIELD.match(line.strip())
        key = f.group(1).casefold() if f else ""
        if key not in _HEADER_KEYS or n > 30:
            break
        fields.setdefault(key, f.group(2).strip("'\""))
        last = n
    if len(fields) < 2:
        return title
    for b in blocks:
        if b.line <= last and b.kind != DROP:
            _drop(b, "metadata header")
    for key in _HEADER_DATE_KEYS:
        if key in fields and (parsed := parse_date_line(fields[key])):
            result.date = parsed
            break
    for key in (*_HEADER_OUTLET_KEYS, "url", "link"):
        value = fields.get(key)
        if not value:
            continue
        outlet = _outlet_of_url(value) if value.startswith(("http://", "https://")) else value
        if outlet and len(outlet) <= 60:
            result.outlet = outlet
            break
    return title or next((fields[k] for k in _HEADER_TITLE_KEYS if fields.get(k)), None)


def _outlet_of_url(url: str) -> str | None:
    """The known outlet a page's address names ("https://www.theguardian.com/…" -> The Guardian), else None."""
    from .gazetteer import OUTLETS

    host = url.split("/")[2].split(":")[0].casefold() if url.count("/") >= 2 else ""
    by_key = {name.replace(" ", "").replace("-", "").casefold(): name for name in sorted(OUTLETS, key=len)}
    for label in host.split(".")[:-1]:
        if label in by_key:
            return by_key[label]
    return None


def _find_headline(blocks: list[Block], title: str | None, result: Cleaned) -> None:
    """Find the page's headline; what stands before its first occurrence is page chrome."""
    live = [i for i, b in enumerate(blocks) if b.kind not in (DROP, CAPTION)]
    head: int | None = None
    if title:
        tkey = _key(title)
        head = next((i for i in live if _block_key(blocks[i].text) == tkey), None)
    if head is None:
        window = live[:12]
        keys = [_block_key(blocks[i].text) for i in window]
        repeated = [i for i, k in zip(window, keys) if keys.count(k) > 1 and headline_like(blocks[i].text)]
        marked = [i for i in window if blocks[i].kind == HEADLINE]
        if marked:
            head = marked[0]
        elif repeated:
            head = repeated[0]
        else:
            head = _headline_above_byline(blocks, live)
            if head is None:
                head = _first_headline_after_labels(blocks, live)
    if head is None:
        result.title = title
        return
    if not title and _CHAMBER.match(blocks[head].text):
        # "House of Commons" over "Prime Minister's Questions": the chamber issues the record, the next line is its title
        nxt = next((i for i in live if i > head), None)
        if nxt is not None and headline_like(blocks[nxt].text) and not _ends_sentence(blocks[nxt].text):
            result.outlet = result.outlet or blocks[head].text
            head = nxt
    blocks[head].kind = HEADLINE
    result.title = title or blocks[head].text
    for i in live:
        if i >= head:
            break
        _drop(blocks[i], "before the headline")
        if result.outlet is None and _is_outlet_name(blocks[i].text):
            result.outlet = blocks[i].text  # the outlet's name over its page: "Kyiv Post"


# A legislative chamber's name on a line of its own, as a transcript of its sittings opens: the record's issuer.
_CHAMBER = re.compile(
    r"^(?:The\s+)?(?:House\s+of\s+(?:Commons|Lords|Representatives|Keys|Assembly|Delegates)|"
    r"(?:[A-Z][\w'’-]+\s+){0,3}(?:Senate|Parliament|Congress|Assembly|Bundestag|Bundesrat|Knesset|Sejm|Oireachtas|"
    r"Chamber\s+of\s+Deputies|D[áa]il(?:\s+[ÉE]ireann)?|Seanad(?:\s+[ÉE]ireann)?|Lok\s+Sabha|Rajya\s+Sabha))"
    r"(?:\s*[,:–—-]?\s*(?:Hansard|Official\s+Report|Debates?))?$"
)


def _is_outlet_name(text: str) -> bool:
    from .gazetteer import is_outlet

    return len(text) <= 40 and is_outlet(text)


def _headline_above_byline(blocks: list[Block], live: list[int]) -> int | None:
    """The headline over the page's first byline or dateline, when that stands before the text: the topmost
    headline-like line (over a standfirst, a byline with a job title) up from it, past no menu item."""
    anchor = None
    sentences = 0
    for j, b in enumerate(blocks[:80]):
        if b.kind == DROP and b.reason in ("byline", "dateline"):
            anchor = j
            break
        if b.kind == BODY and b.text.count(" ") >= 7 and _ends_sentence(b.text):
            sentences += 1
            if sentences > 1:
                return None  # the text has begun: a byline below it is no header's
    if anchor is None:
        return None
    top = None
    for n, i in enumerate(reversed([i for i in live if i < anchor])):
        text = blocks[i].text
        if n >= 4 or _short_label(text):
            break
        if headline_like(text):
            top = i
        elif not _ends_sentence(text):
            break
    return top


def _short_label(text: str) -> bool:
    """A menu item or section label: one or two words, or three capitalised ones, no sentence punctuation."""
    words = text.split()
    if len(words) > 3 or len(text) > 30 or _ends_sentence(text):
        return False
    return len(words) <= 2 or all(w[0].isupper() for w in words)


def _first_headline_after_labels(blocks: list[Block], live: list[int]) -> int | None:
    """The first headline-like line, past any menu items and section labels opening the page."""
    for n, i in enumerate(live[:10]):
        text = blocks[i].text
        if n + 1 >= len(live):
            return None
        following = blocks[live[n + 1]].text
        if _short_label(text) and (_short_label(following) or headline_like(following)):
            continue
        return i if headline_like(text) else None
    return None


_SINGLE_ITEM_HEADING = re.compile(r"^(?i:related\s+(?:article|story|video|link))\s*:?$")


def _drop_link_lists(blocks: list[Block]) -> set[int]:
    """Under a 'Most read' or 'Related' heading come other stories' headlines: a list, not text.

    Returns the ids of the chrome blocks within such lists (their dates are other stories' dates)."""
    in_list = seen_text = single = False
    listed: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind == DROP:
            if in_list:
                listed.add(id(b))
            elif _LIST_HEADINGS.match(b.text):
                in_list, single = True, bool(_SINGLE_ITEM_HEADING.match(b.text))
            continue
        if not in_list or b.kind == CAPTION:
            seen_text = seen_text or (b.kind == BODY and len(b.text.split()) >= 8 and _ends_sentence(b.text))
            continue
        if single:
            # "Related article": one other story's headline under it, whatever text follows
            if headline_like(b.text):
                _drop(b, "list of other stories")
            in_list = single = False
            continue
        nxt = next((x for x in blocks[i + 1:] if x.kind not in (DROP, CAPTION)), None)
        # a heading just above the text is the text's own subheading, unless the page's text has not begun
        introduces_text = seen_text and nxt is not None and len(nxt.text.split()) >= 20 and _ends_sentence(nxt.text)
        if _short_label(b.text) or (headline_like(b.text) and (b.bullet or not introduces_text)):
            _drop(b, "list of other stories")
            continue
        in_list = False
    return listed


_BYLINE_IN_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})?\s+in\s+[A-Z][\w .'’-]{2,30}$")


# A word with a possessive ending ("Prime Minister's Questions"): a heading's, never a writer's name.
_POSSESSIVE_WORD = re.compile(r"[A-Za-z]['’]s(?!\w)")


def _mark_header_bylines(blocks: list[Block]) -> None:
    """Between the headline and the first paragraph of text, short lines of names are bylines."""
    head = next((i for i, b in enumerate(blocks) if b.kind == HEADLINE), None)
    if head is None:
        return
    for b in blocks[head + 1:]:
        if b.kind in (DROP, CAPTION):
            continue
        if len(b.text.split()) >= 15 or _ends_sentence(b.text) or b.kind != BODY:
            break
        if (_name_like(b.text) and len(b.text.split()) <= 5 and not _POSSESSIVE_WORD.search(b.text)) or _BYLINE_IN_PLACE.match(b.text) or _BYLINE_WITH_ROLE.match(b.text):
            _drop(b, "byline")


# A writer's name with a job title, or the title alone, under a headline: "Jane Doe Environment correspondent".
_BYLINE_WITH_ROLE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){0,4}(?:[\w'’-]+\s+){0,2}(?i:correspondent|reporter|editor|journalist|columnist|producer|contributor)s?$"
)
_CAPTION_LABEL = re.compile(r"^(?i:image|photo|picture|video)\s+(?i:caption)\s*[,:]?$")


def _mark_captions_after_labels(blocks: list[Block]) -> None:
    """A caption's label on its own line ("Image caption,"): the line after it is the caption."""
    for i, b in enumerate(blocks[:-1]):
        if b.kind != CAPTION:
            continue
        nxt = blocks[i + 1]
        if nxt.kind == BODY and len(nxt.text) < 300 and _CAPTION_LABEL.match(b.text):
            nxt.kind, nxt.reason = CAPTION, "photo caption"


_BIO_OPENING = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:covers|writes\s+(?:about|on|for)|reports\s+(?:on|from|for)|joined\b|"
    r"is\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?(?:correspondent|reporter|editor|journalist|writer|columnist|producer)\b)"
)


_CREDIT_LABEL = re.compile(r"^(?i:image|photo|picture|foto|фото)\s*:")


def _mark_captions_after_credits(blocks: list[Block]) -> None:
    """A caption placed under its credit ("Image: Jane Doe/picture alliance", then the caption on the next line),
    when the credit has no caption above it: a short line, not a run of sentences."""
    for i, b in enumerate(blocks[:-1]):
        if b.kind != CAPTION or not _CREDIT_LABEL.match(b.text):
            continue
        nxt = blocks[i + 1]
        if (
            nxt.kind != BODY
            or nxt.line != b.line + 1
            or len(nxt.text) >= 160
            or (i > 0 and blocks[i - 1].kind == CAPTION and blocks[i - 1].line == b.line - 1)
        ):
            continue
        if not _ends_sentence(nxt.text) or (len(nxt.text.split()) <= 12 and ". " not in nxt.text):
            nxt.kind, nxt.reason = CAPTION, "photo caption (under its credit)"


# An e-mail's header lines: "From: Example News <news@example.com>", "Subject: …", "Date: …".
_MAIL_HEADER = re.compile(r"^(?P<field>From|Date|Sent|Subject|To|Cc|Reply-To)\s*:\s*(?P<value>\S.*)$")
_MAIL_SENDER = re.compile(r"^[\"']?(?P<name>[^<>\"'@]{2,60}?)[\"']?\s*<[^<>@\s]+@[^<>\s]+>$")
_MAIL_SUBJECT_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re)\s*:\s*)+", re.I)


def _read_mail_headers(blocks: list[Block], result: Cleaned, title: str | None) -> tuple[str | None, str | None]:
    """An e-mail forwarded or saved as text: a run of two or more header lines (From, Date, Subject, To) is
    chrome; the sender may name the outlet, the subject the headline (when the text repeats it), the date the
    day it was sent. Returns (title, date of the e-mail)."""
    mail_date = None
    i = 0
    while i < len(blocks):
        run = []
        j = i
        while j < len(blocks):
            m = _MAIL_HEADER.match(blocks[j].text)
            if not m or (run and blocks[j].line != blocks[run[-1][0]].line + 1):
                break
            run.append((j, m))
            j += 1
        if len(run) < 2:
            i += 1
            continue
        for k, m in run:
            _drop(blocks[k], "e-mail header")
            field, value = m.group("field"), m.group("value").strip()
            if field == "From" and result.outlet is None:
                sender = _MAIL_SENDER.match(value)
                name = sender.group("name").strip() if sender else None
                if name and (_is_outlet_name(name) or name.split()[-1] in _NEWS_WORDS):
                    result.outlet = name
            elif field in ("Date", "Sent") and mail_date is None:
                mail_date = dateline_date(value)
            elif field == "Subject" and title is None:
                subject = _MAIL_SUBJECT_PREFIX.sub("", value).strip()
                key = _block_key(subject)
                if subject and any(x.kind != DROP and _block_key(x.text) == key for x in blocks[j:]):
                    title = subject
                elif ": " in subject:
                    # the newsletter's name before the headline: "Morning Briefing: IMF agrees loan"
                    rest = subject.split(": ", 1)[1].strip()
                    key = _block_key(rest)
                    if rest and any(x.kind != DROP and _block_key(x.text) == key for x in blocks[j:]):
                        title = rest
        i = j
    return title, mail_date


def _mark_bios_after_names(blocks: list[Block]) -> None:
    """An author's bio under their name ("Jane Doe" then "Jane covers farm policy from Brussels.")."""
    last_short = -4  # the index of the last line of at most 60 characters: a name stands within three lines up
    for i, b in enumerate(blocks):
        short, last = len(b.text) <= 60, last_short
        if short:
            last_short = i
        if i - last > 3 or b.kind != BODY or len(b.text) > 400 or not _BIO_OPENING.match(b.text):
            continue
        near = [x for x in blocks[max(0, i - 3):i] if len(x.text) <= 60]
        first = b.text.split()[0].casefold()
        for x in near:
            words = x.text.split()
            if len(words) <= 4 and _name_like(x.text) and first in (w.casefold() for w in words):
                _drop(b, "author bio")
                break


def _mark_captions_before_credits(blocks: list[Block]) -> None:
    """An image's alt text stands just before its credited caption: a caption too."""
    for i in range(len(blocks) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if (
            b.kind == BODY
            and nxt.kind == CAPTION
            and nxt.line == b.line + 1
            and not _ends_sentence(b.text)
            and len(b.text) < 200
        ):
            b.kind, b.reason = CAPTION, "photo caption (image text before a credit)"


def _truncated(text: str) -> bool:
    t = text.rstrip()
    return len(t) > 60 and (t.endswith(("…", "...")) or not _ends_sentence(t))


def _mark_teasers(blocks: list[Block]) -> None:
    """Teasers of other stories: a headline, a truncated paragraph, then a byline or chrome."""
    for i, b in enumerate(blocks):
        if b.kind != BODY or b.bullet or not _truncated(b.text):
            continue
        before = next((x for x in reversed(blocks[:i]) if x.kind not in (DROP, CAPTION)), None)
        if before is not None and before.kind == HEADLINE:
            continue  # the standfirst under the article's own headline
        nxt = next(
            (x for x in blocks[i + 1:] if x.kind != CAPTION and x.reason != "empty or punctuation only"), None
        )
        if nxt is None:
            continue  # the article itself is cut short: keep it
        byline_next = _name_like(nxt.text) or _BYLINE.match(nxt.text)
        if not (byline_next or (nxt.kind == DROP and nxt.reason in ("navigation", "comments counter", "byline"))):
            continue
        _drop(b, "teaser of another story")
        prev = blocks[i - 1] if i > 0 else None
        if prev is not None and prev.kind in (BODY, SUBHEADING) and headline_like(prev.text):
            _drop(prev, "teaser of another story (headline)")
        # the byline block after a teaser: names, job titles, bios
        for x in blocks[i + 1:]:
            if x.kind == DROP:
                continue
            if x.kind == CAPTION or _name_like(x.text) or _BIO.match(x.text):
                _drop(x, "byline or author bio")
                continue
            break


def _split_glued_headings(blocks: list[Block]) -> None:
    """Split a quoted subheading glued to the next paragraph: `'First step’Europe has…`."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        m = _GLUED_QUOTE_HEADING.match(b.text) if b.kind == BODY and b.text[:1] in _QUOTE_OPENERS else None
        if m and len(b.text) > len(m.group(1)) + 20:
            blocks.insert(i + 1, Block(b.text[m.end():], b.line))
            b.text, b.kind = m.group(1), SUBHEADING
        i += 1


def _mark_repeats(blocks: list[Block], title: str | None) -> None:
    """Repeated paragraphs and repeated headlines are read once."""
    seen: set[str] = set()
    title_key = _key(title) if title else None
    headline_seen = False
    for b in blocks:
        if b.kind in (DROP,):
            continue
        k = _block_key(b.text)
        if b.kind == HEADLINE:
            if headline_seen:
                _drop(b, "repeated headline")
            headline_seen = True
            seen.add(k)
            continue
        if title_key and k == title_key:
            _drop(b, "repeated headline")
            continue
        if k in seen and len(k) > 0:
            _drop(b, "repeated paragraph")
            continue
        if b.kind != CAPTION:
            seen.add(k)


def _mark_subheadings(blocks: list[Block]) -> None:
    """Short lines with no closing punctuation, followed by text, are subheadings."""
    live = [b for b in blocks if b.kind in (BODY, SUBHEADING, HEADLINE)]
    for i, b in enumerate(live):
        if b.kind != BODY or b.bullet:
            continue
        if len(b.text) <= 120 and len(b.text.split()) <= 14 and not b.text.rstrip().endswith((".", "…", ",", ";", ":", "!", "?")):
            if i + 1 < len(live) and (b.text[:1].isupper() or b.text[:1] in "'‘\"“«"):
                b.kind = SUBHEADING


_UNSUBSCRIBE = re.compile(r"(?i:unsubscribe|you\s+(?:are\s+|['’]re\s+)?receiv(?:ing|ed)\s+this|(?:update|manage)\s+(?:your\s+)?(?:e-?mail\s+)?preferences)")


# A press release's own lines: its label over the text ("FOR IMMEDIATE RELEASE", "News release"), the mark that ends
# it ("– ENDS –", "###", "-30-"), and the notes under it ("Notes to editors", "About <Org>", "Media contact: …").
_RELEASE_LABEL = re.compile(
    r"^(?i:for\s+immediate\s+release|(?:press|news|media)\s+release|press\s+statement|embargoed\s+(?:until|till)\b)[^.!?]{0,60}$"
)
_RELEASE_END = re.compile(r"^(?:[-–—*]+\s*)?(?:ENDS?|Ends?)(?:\s*[-–—*]+)?\.?$|^#{3}$|^-\s?30\s?-$|^(?i:end\s+of\s+(?:press\s+)?release)\.?$")
_RELEASE_NOTES = re.compile(
    r"^(?:(?i:notes?\s+(?:to|for)\s+(?:editors?|the\s+editor)|editor['’]?s\s+notes?)\s*:?$|"
    r"(?i:about)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w&'’.-]*)){0,8}\s*:?$|"
    r"(?i:(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)|contacts?|for\s+(?:more|further)\s+information)\b)"
)
_CONTACT_LINE = re.compile(
    r"^(?i:(?:(?:media|press)\s+)?(?:contacts?|enquiries|inquiries)\s*[:\-–—]|(?:tel|telephone|phone|mobile|fax|e-?mail)\s*[.:]|"
    r"for\s+(?:more|further)\s+information\b[^.!?]{0,120}\b(?:contact|call|e-?mail|visit|ring)\b)"
)
# A transcript's note of what happened in the room, in brackets: "[Interruption.]", "(Laughter)", "[Applause]".
_PROCEDURAL_WORDS = (
    r"(?i:interruptions?|laughter|applause|cheers|cheering|crosstalk|cross-talk|inaudible|pause|booing|shouting|"
    r"hon\.\s+members?:?\s*[\w\s!,.'’-]{0,30}|technical\s+difficulties|(?:audio|video)\s+(?:ends|cut)|unintelligible)"
)
_PROCEDURAL = re.compile(r"\[" + _PROCEDURAL_WORDS + r"\.?\]|\(" + _PROCEDURAL_WORDS + r"\.?\)")
_PROCEDURAL_INLINE = re.compile(r"\s?(?:" + _PROCEDURAL.pattern + r")")
_RELEASE_FIRST = frozenset("FfPpNnMmEe#-–—*")
_BRACKETED_DATE = re.compile(r"^[A-Z][^()\n]{1,50}?\s\(([^()\n]{6,30})\)\s*(?:--|[–—-])\s")
_WIRE_TAG = re.compile(r"^([^/\n]{4,80}?)\s*/\s*[A-Z][\w ]{1,30}/\s*(?:--|[–—])")
_ORG_LINE = re.compile(r"^(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|the|on|[A-Z][\w&'’.-]*)){0,7}$")


_CAPS_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}):\s+\S")


def _title_case_labels(blocks: list[Block]) -> None:
    """A transcript's speaker labels in capitals ("JANE DOE: …", "FINANCE MINISTER KATO: …", later "MINISTER
    KATO: …") read as names: in title case, where the same speaker (the label's last word) takes two turns or more.
    A label used once ("NEW DELHI: …", "WHY IT MATTERS: …") is left as it is."""
    found = [(b, m.group(1)) for b in blocks if b.kind == BODY for m in [_CAPS_LABEL.match(b.text)] if m]
    turns: dict[str, int] = {}
    for _b, label in found:
        last = label.rsplit(None, 1)[-1]
        turns[last] = turns.get(last, 0) + 1
    for b, label in found:
        if turns[label.rsplit(None, 1)[-1]] > 1:
            b.text = " ".join(w.title() if len(w) > 1 else w for w in label.split()) + b.text[len(label):]


def _read_release(blocks: list[Block], result: Cleaned) -> None:
    """A press release's chrome: its label, its end mark and all that stands under it (notes to editors, the
    issuer's profile, contacts), contact lines; its issuer (the name over it, or its "About <Org>") is its outlet."""
    release = False
    end = None
    for i, b in enumerate(blocks):
        if b.kind == DROP and b.reason not in ("section label", "empty or punctuation only", "before the headline"):
            continue
        t = b.text
        if len(t) <= 80 and _RELEASE_LABEL.match(t):
            release = True
            _drop(b, "press release label")
        elif len(t) <= 40 and _RELEASE_END.match(t):
            end = i
            break
    live = [b for b in blocks[: end if end is not None else len(blocks)] if b.kind in (BODY, SUBHEADING, HEADLINE)]
    tail = None
    if end is not None:
        _drop(blocks[end], "end of press release")
        after = [b for b in blocks[end + 1:] if b.kind != DROP]
        if release or not blocks[end].text.startswith("#") or any(len(b.text) <= 200 and _RELEASE_NOTES.match(b.text) for b in after):
            tail = end + 1
    elif release:
        tail = next((i for i, b in enumerate(blocks) if b.kind in (BODY, SUBHEADING) and len(b.text) <= 200
                     and not _ends_sentence(b.text) and _RELEASE_NOTES.match(b.text)), None)
        if tail is not None and tail < len(blocks):
            live = [b for b in blocks[:tail] if b.kind in (BODY, SUBHEADING, HEADLINE)]
    if tail is not None:
        for b in blocks[tail:]:
            if result.outlet is None and (release or end is not None) and b.kind != DROP and b.text[:6].lower() == "about ":
                name = b.text[6:].rstrip(" :")
                name = name[4:] if name.startswith("the ") else name
                if _ORG_LINE.match(name) and len(name) <= 60:
                    result.outlet = name
            _drop(b, "notes to editors")
    for b in live:
        if b.kind == BODY and len(b.text) <= 300 and _CONTACT_LINE.match(b.text):
            _drop(b, "contact details")
    if not (release or end is not None) or not live:
        return
    # the issuing body's name on a line of its own over the headline: "Ministry of Water Resources"
    if len(live) >= 3 and len(live[0].text) <= 60 and not _ends_sentence(live[0].text) and _ORG_LINE.match(live[0].text) \
            and headline_like(live[1].text) and not headline_like(live[2].text):
        _drop(live[0], "issuer")
        result.outlet = result.outlet or live[0].text
        live = live[1:]
    if result.date is None:
        first = next((b.text for b in live if b.kind == BODY and len(b.text) > 60), None)
        m = _WIRE_TAG.match(first) if first else None
        if m:
            result.date = dateline_date(m.group(1))
        elif first and "(" in first[:60]:
            m = _BRACKETED_DATE.match(first)  # "WASHINGTON, D.C. (June 2, 2026) – …"
            result.date = parse_date_line(m.group(1)) if m else None


def _drop_after_mail_footer(blocks: list[Block]) -> None:
    """Under a newsletter's footer ("Unsubscribe", "You are receiving this e-mail because …") stands no more text,
    only the sender's address and legal lines: short lines that end no sentence are chrome."""
    at = next((i for i, b in enumerate(blocks) if b.kind == DROP and b.reason in ("newsletter footer", "navigation")
               and _UNSUBSCRIBE.search(b.text)), None)
    if at is None:
        return
    for b in blocks[at + 1:]:
        if b.kind in (BODY, SUBHEADING) and len(b.text) < 150 and not _ends_sentence(b.text):
            _drop(b, "newsletter footer")


def _drop_empty_sections(blocks: list[Block]) -> None:
    """A subheading whose section holds no text (it was all chrome) is chrome too."""
    live = [b for b in blocks if b.kind in (BODY, SUBHEADING, HEADLINE)]
    if not any(b.kind == SUBHEADING for b in live):
        return  # no heading whose section may be empty
    position = {id(b): i for i, b in enumerate(blocks)}
    for i, b in enumerate(live):
        if b.kind != SUBHEADING:
            continue
        nxt = live[i + 1] if i + 1 < len(live) else None
        if nxt is None or nxt.kind in (SUBHEADING, HEADLINE):
            idx = position[id(b)]
            had_chrome = idx + 1 < len(blocks) and blocks[idx + 1].kind == DROP
            if nxt is None or had_chrome:
                _drop(b, "heading of an empty section")

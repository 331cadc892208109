"""The vocabulary of reported speech and political acts: verbs by kind, auxiliaries and adverbs."""

from __future__ import annotations

import re
from functools import lru_cache

from .wordtrie import trie_alternation

# Verbs that report words; what follows them is the speaker's content.
SPEECH_VERBS = (
    "said says say told tells stated states added adds insisted insists warned warns urged urges reiterated repeated repeats "
    "reiterates argued argues stressed stresses emphasized emphasised emphasizes emphasises noted notes claimed "
    "claims explained explains asserted asserts acknowledged acknowledges admitted admits confirmed confirms "
    "denied denies suggested suggests characterized characterised characterizes described describes criticized "
    "criticised criticizes criticises slammed slams condemned condemns accused accuses praised praises welcomed "
    "welcomes hailed hails vowed vows pledged pledges promised promises predicted predicts maintained maintains "
    "replied replies responded responds commented comments wrote writes tweeted posted concluded expressed "
    "voiced signalled signaled indicated indicates threatened threatens demanded demands questioned dismissed "
    "dismisses assured recalled asked affirmed reaffirmed underlined underscored observed cautioned remarked "
    "contended calls called lamented complained countered defended defends blamed blames denounced denounces "
    "decried disputed disputes revealed disclosed appealed disagreed disagrees"
).split()
SPEECH_PHRASES = (
    "called for", "calls for", "called on", "calls on", "made it clear", "makes it clear", "made clear",
    "pointed out", "told reporters", "spoke of", "hit back", "hits back", "lashed out", "pushed back",
    "quoted as saying",
)
ACTION_VERBS = (
    "refused refuses announced announces presented presents approved approves visited visits met meets declared "
    "declares conceded concedes signed signs launched launches proposed proposes unveiled unveils rejected rejects "
    "adopted adopts hosted hosts sent sends deployed deploys offered offers agreed agrees blocked blocks vetoed "
    "ordered orders imposed imposes committed commits withdrew suspended paused resigned appointed nominated "
    "introduced submitted convened chaired declined declines cancelled canceled postponed endorsed endorses "
    "recognised recognized sanctioned halted joined voted votes abstained boycotted accepted accepts attacked attacks congratulated congratulates ruled "
    "fined fines sued sues charged banned bans arrested seized expelled expels issued issues upheld upholds overturned "
    "overturns quashed acquitted convicted sentenced awarded granted raided detained released raised lowered cut "
    "filed lodged dissented"
).split()
ACTION_PHRASES = (
    "ruled out", "rules out", "stepped up", "put forward", "pulled out", "walked out", "took a", "takes a",
    "yet to", "declared victory", "declared open", "stepped down", "struck a deal", "reached a deal", "struck down",
    "strikes down",
    # A central bank's decision on its rates: 'the Fed held its benchmark rate', 'the bank kept rates on hold'.
    *(
        f"{verb} {obj}"
        for verb in ("held", "holds", "kept", "keeps", "left", "leaves")
        for obj in (
            "rates", "interest rates", "borrowing costs", "its rate", "its rates", "its interest rate",
            "its interest rates", "its benchmark rate", "its key rate", "its policy rate", "its main rate",
            "its benchmark interest rate", "its key interest rate", "the benchmark rate", "the key rate",
            "the policy rate", "the benchmark interest rate", "the key interest rate", "its key policy rate",
            "its main policy rate", "its benchmark policy rate", "the key policy rate", "its deposit rate",
        )
    ),
)
REPORTED_VERBS = (
    "opposes opposed supports supported backs backed favours favors favoured favored celebrated remains prefers "
    "believes expects fears "
    # A stated want or aim is a position: 'Milei wants a tariff of no more than 5%', 'Kyiv seeks guarantees'.
    "wants wanted seeks sought advocated"
).split()
REPORTED_PHRASES = (
    "intends to", "intended to", "plans to", "planned to", "wants to", "wanted to", "seeks to", "sought to",
    "hopes to", "hoped to", "aims to", "aimed to", "wishes to", "is showing", "is pushing", "is seeking",
    "is pressing", "is planning", "is considering", "is weighing", "is backing", "is opposing", "is resisting",
    # Pressing for something: 'France and Germany had pushed for lighter rules', 'unions are calling for a strike'.
    "pushed for", "pushes for", "pressed for", "presses for", "lobbied for", "lobbies for", "campaigned for",
    "campaigns for", "is calling for", "are calling for", "was calling for", "were calling for", "been calling for",
    "been pushing for", "been pressing for", "been seeking", "been lobbying for", "been campaigning for",
)
_BEEN_ADJ = (
    r"been\s+(?:(?:\w+ly|more|less|very|so|too)\s+)?(?:sceptical|skeptical|critical|reluctant|cautious|wary|opposed|supportive|evasive|"
    r"hesitant|adamant|clear|vocal|firm|keen|eager|unwilling|willing|open|resistant|ambivalent|noncommittal|"
    r"quiet|silent|dismissive|unequivocal)"
)

AUX = (
    r"(?:has|have|had|is|are|was|were|will|would|did|does|do|could|can|may|might|must|should|shall)(?:\s+not|n[’']t)?"
    r"|won[’']t|can[’']t|cannot"
)
ADV = (
    r"\w+ly|also|both|first|now|still|again|already|never|not|yet|once|later|then|previously|earlier|recently|too|even|"
    r"initially|subsequently|reportedly|allegedly|apparently|however|instead|meanwhile|today|tonight|yesterday|long"
)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been|be|being)\s*$")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_KIND_OF: dict[str, str] = {}
for _w in SPEECH_VERBS + list(SPEECH_PHRASES):
    _KIND_OF[_w] = "indirect"
for _w in ACTION_VERBS + list(ACTION_PHRASES):
    _KIND_OF[_w] = "action"
for _w in REPORTED_VERBS + list(REPORTED_PHRASES):
    _KIND_OF[_w] = "reported"

_NEGATED = r"(?:won[’']t|will\s+not|would\s+not|wouldn[’']t|cannot|can[’']t|refuses?\s+to|declined?\s+to)\s+[a-z]+"
# The verbs and phrases as a trie: the same words matched, the longer first, one branch tried per character.
# "as Kolar put it,": putting it is saying it only where the clause ends.
_PUT_IT = r"put\s+it(?=\s*[,.;:!?”\"’—–])"
_LEXICON = r"(?P<verb>" + _BEEN_ADJ + "|" + _NEGATED + "|" + _PUT_IT + "|" + trie_alternation(_KIND_OF, flexible_spaces=True) + r")(?![\w-])"
# After a subject: an optional appositive is skipped by the caller; then a short prepositional phrase,
# adverbs and auxiliaries, and a verb of the lexicon.
PREDICATE = re.compile(
    r"(?P<pp>\s+(?:of|on|in|at|from|for)\s+(?:the\s+)?[\w’'/-]+(?:\s+[\w’'/-]+){0,4}?)??"
    r"(?P<pre>(?:,?\s+(?:" + AUX + "|" + ADV + r")){0,4}?),?\s+" + _LEXICON
)
_SPEECH_ALT = _alt(SPEECH_VERBS + list(SPEECH_PHRASES) + ["declared", "announced"])
SPEECH_AFTER_NAME = re.compile(
    r"(?:,(?:[^,“”«»\"]|(?<=\d),(?=\d{3})){1,100},(?!\d{3})|,(?=\s+(?:" + _SPEECH_ALT + r")\b))?(?:\s+(?:" + AUX + "|" + ADV + r")){0,3}\s+(?:"
    + _SPEECH_ALT + r")\b"
)
SPEECH_BEFORE_NAME = re.compile(r"\b(?:said|says|added|asked|wrote|told|declared|insisted|warned|according\s+to)\s+$")
# The last word of every speech verb or phrase: text that ends otherwise has no speech verb at its end.
SPEECH_LAST_WORDS = tuple({w.split()[-1] for w in SPEECH_VERBS + list(SPEECH_PHRASES) + ["declared", "announced"]})
_SPEECH_TRIE = trie_alternation(SPEECH_VERBS + list(SPEECH_PHRASES) + ["declared", "announced"], flexible_spaces=True)
INVERTED = re.compile(r"(?:^|[,”»\"’]\s*|\s)(?P<verb>" + _SPEECH_TRIE + r")\s+$")
# '…," said Irish farm leader Ana Ruiz': the speech verb after a quotation, then up to three words before a role
# (none that opens a clause of its own: 'said on Tuesday that …' is not this).
INVERTED_BEFORE_ROLE = re.compile(
    r"[,”»\"’]\s*(?P<verb>" + _SPEECH_TRIE + r")\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:that|who|which|when|while|after|before|as|and|but|to|in|on|at|for|with|by|from|of|it|he|she|they)\s)"
    r"[\w’'-]+\s+){0,3}$"
)
# "Duarte, he said, was wrong": a pronoun's speech verb set off by commas after a name; the name is what is spoken
# of, the pronoun's speaker someone else.
PARENTHETICAL_PRONOUN = re.compile(
    r",\s+(?:he|she|they)(?:\s+(?:" + AUX + "|" + ADV + r")){0,2}\s+(?:" + _SPEECH_TRIE + r")(?![\w-])"
)
SPEECH_INGS = re.compile(
    r"\s+(?P<verb>urging|saying|warning|insisting|calling|arguing|adding|stressing|noting|demanding|pledging|vowing)\b"
)
_SPACES = re.compile(r"\s+")
_NEGATED_RE = re.compile(_NEGATED)

_SPEECH_KEYS = frozenset(SPEECH_VERBS) | frozenset(SPEECH_PHRASES) | {"put it"}


@lru_cache(maxsize=1024)
def kind_of(verb: str) -> str:
    """The statement kind a matched verb phrase implies: indirect, reported or action."""
    key = _SPACES.sub(" ", verb.lower())
    if key.startswith("been") or _NEGATED_RE.match(key):
        return "reported"
    return _KIND_OF.get(key, "indirect")


@lru_cache(maxsize=1024)
def is_speech(verb: str) -> bool:
    """True when the verb reports words (so what follows is the speaker's content)."""
    return _SPACES.sub(" ", verb.lower()) in _SPEECH_KEYS


def is_passive(pre: str, verb: str) -> bool:
    """True for a passive ('was presented'): the subject is not the one acting."""
    return bool(_PASSIVE_AUX.search(pre)) and not verb.endswith("ing") and not verb.startswith("been")

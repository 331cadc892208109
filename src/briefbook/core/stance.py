"""Stance: whether a statement supports, opposes, makes conditional or leaves undecided what it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .text import INVISIBLE, fold_char

_CUES = (
    ("conditional", r"only with|only if|only after|unless|provided that|on condition|as long as|would require|"
                    r"requires?|must be part|once the|at the appropriate time|if peace|in the event of|depends on"),
    ("undecided", r"undecided|not yet decided|yet to decide|not yet taken a position|will decide|has not decided|"
                  r"remains? uncertain|unclear|remaining cautious|cautious|hesitate|hesitant|weighing|considering"),
    ("opposes", r"rejected|rejects|reject|opposes|opposed|oppose|refused|refuses|refuse|ruled out|rules out|"
                r"will not|won['’]t|would not|not agree|not send|no interest|against|sceptical|skeptical|"
                r"condemned|condemns|criticized|criticised|slams|slammed|unacceptable|declined|declines|"
                r"hasn['’]t pledged|has not approved|not approved|evasive|with or without|affront|outrageous"),
    ("supports", r"supports?|supported|backs|backed|committed|commits?|pledged|pledges|welcomed|welcomes|hailed|"
                 r"hails|ready to|willing|willingness|will go ahead|in favou?r|agreed|agrees|endorsed|endorses|"
                 r"praised|appreciates|counting on|very clear|deserves discussion|would support"),
)
_CUE_RE = [(stance, re.compile(r"\b(?:" + words + r")\b", re.I)) for stance, words in _CUES]
# The same cues for lower-cased text: faster, and the same spans when lower-casing keeps every position.
_CUE_LOWER = [(stance, re.compile(r"\b(?:" + words + r")\b")) for stance, words in _CUES]
# Letters that match an ASCII letter when case is ignored but do not lower-case to it.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the a an of in on to for and or is are be will with without what who how should does do".split())


def stance_of(sentence: str) -> tuple[str | None, str | None]:
    """(stance, the words that show it) for a sentence, or (None, None) when the text shows none."""
    low = sentence.lower()
    if len(low) != len(sentence) or _ODD_CASE.search(sentence):
        for stance, cue in _CUE_RE:
            m = cue.search(sentence)
            if m:
                return stance, m.group()
        return None, None
    for stance, cue in _CUE_LOWER:
        m = cue.search(low)
        if m:
            return stance, sentence[m.start():m.end()]
    return None, None


_fold_char = lru_cache(maxsize=4096)(fold_char)


def _fold(text: str) -> str:
    """The same key as text.fold, folding each distinct character once."""
    return "".join(map(_fold_char, INVISIBLE.sub("", text)))


@lru_cache(maxsize=256)
def _question_keywords(question: str) -> frozenset[str]:
    """The key words of a briefing question, computed once."""
    return frozenset(_keywords(question))


def _keywords(text: str) -> set[str]:
    text = text.lower() if text.isascii() else _fold(text)
    words = _WORD.findall(text.replace(".", ""))
    return {w[:6] for w in words if w not in _STOP and (len(w) > 3 or w in ("us", "uk", "eu", "un"))}


def question_of(sentence: str, questions: Sequence[str]) -> str | None:
    """The briefing question a sentence is about: the one sharing most (at least two) key words."""
    if not questions:
        return None
    words = _keywords(sentence)
    best, best_score = None, 0
    for q in questions:
        keys = _question_keywords(q)
        score = len(keys & words)
        need = 1 if len(keys) == 1 else 2
        if score >= need and score > best_score:
            best, best_score = q, score
    return best

"""Stance: whether a statement supports, opposes, makes conditional or leaves undecided what it is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .text import fold

_CUES = (
    ("conditional", r"only with|only if|only after|unless|provided that|on condition|as long as|would require|"
                    r"requires?|must be part|once the|at the appropriate time|if peace|in the event of|depends on"),
    ("undecided", r"undecided|not yet decided|yet to decide|not yet taken a position|will decide|has not decided|"
                  r"remains? uncertain|unclear|remaining cautious|cautious|hesitate|hesitant|weighing|considering|"
                  r"evasive|non-committal|noncommittal"),
    ("opposes", r"rejected|rejects|reject|opposes|opposed|oppose|refused|refuses|refuse|ruled out|rules out|"
                r"will not|won['’]t|would not|not agree|not send|no interest|sceptical|skeptical|"
                r"condemned|condemns|criticized|criticised|slams|slammed|unacceptable|declined|declines|"
                r"hasn['’]t pledged|has not approved|not approved|affront|outrageous|warned against|objects? to"),
    ("supports", r"supports|supported|would support|in support of|backs|backed|committed|commits?|pledged|pledges|"
                 r"welcomed|welcomes|hailed|hails|ready to|willing to|willingness to|will go ahead|would go ahead|"
                 r"in favou?r|agreed to|agrees to|has agreed|have agreed|endorsed|endorses|praised|appreciates|"
                 r"counting on"),
)
# A condition wins wherever it stands; of the other stances the first cue in the text wins, the earlier
# stance where two start at one place: one search of them all finds it, its group naming the stance.
# Each is compiled ignoring case, and for lower-cased text: faster, and the same spans when lower-casing
# keeps every position.
_OTHERS = r"\b(?:" + "|".join(f"(?P<{stance}>{words})" for stance, words in _CUES[1:]) + r")\b"


def _by_first_letter(words: str) -> str:
    """The alternation of the (lower-case) cues, grouped by their first letter, each group checking the word
    boundary right after that letter: the same matches as `\\b(?:words)`, the cues of one letter tried in
    their order, and the engine scans for first letters instead of trying every position."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{ch}(?<!\\w{ch})(?:{'|'.join(rest)})" for ch, rest in groups.items()) + ")"


_CONDITION = (re.compile(r"\b(?:" + _CUES[0][1] + r")\b", re.I), re.compile(r"\b(?:" + _CUES[0][1] + r")\b"))
_OTHER_CUES = (re.compile(_OTHERS, re.I), re.compile(_OTHERS))
# The other cues for lower-cased text in one group-less alternation; the stance of a match is the first one
# whose cues match all its words (a cue of an earlier stance matching them would have matched first).
_OTHER_SCAN = re.compile(_by_first_letter("|".join(words for _, words in _CUES[1:])) + r"\b")
_STANCE_CUES = tuple((stance, re.compile(words)) for stance, words in _CUES[1:])
# The conditions and the other cues in one scan for lower-cased text, a letter's conditions tried before its other
# cues: its first match is a condition's (one whose words a condition's cue matches) when a condition starts there,
# else the first match of _OTHER_SCAN, and no condition starts before it.
_FIRST_CUE = re.compile(_by_first_letter(_CUES[0][1] + "|" + "|".join(words for _, words in _CUES[1:])) + r"\b")
_CONDITION_WORDS = re.compile(_CUES[0][1])


@lru_cache(maxsize=1024)
def _stance_of_cue(words: str) -> str:
    """The stance whose cues (the first stance's first) match the whole of a cue's words."""
    return next(stance for stance, cues in _STANCE_CUES if cues.fullmatch(words))


# Letters that match an ASCII letter when case is ignored but do not lower-case to it.
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the a an of in on to for and or is are be will with without what who how should does do".split())


def stance_of(sentence: str) -> tuple[str | None, str | None]:
    """(stance, the words that show it) for a sentence, or (None, None) when the text shows none.

    A condition ("only with", "once the …") makes any stance conditional; otherwise, when cues of
    several stances occur, the first one in the sentence wins: the main clause ("have formally
    committed — some others have not yet…") usually comes first.
    """
    low = sentence.lower()
    if len(low) == len(sentence) and (sentence.isascii() or not _ODD_CASE.search(sentence)):
        m = _FIRST_CUE.search(low)
        if m is None:
            return None, None
        if _CONDITION_WORDS.fullmatch(m.group()) is None:
            # Not a condition: one starting later (or inside it) still makes the stance conditional.
            condition = _CONDITION[1].search(low, m.start())
            if condition is None:
                return _stance_of_cue(m.group()), sentence[m.start() : m.end()]
            m = condition
        return "conditional", sentence[m.start() : m.end()]
    text = sentence
    m = _CONDITION[0].search(text)
    if m:
        return "conditional", sentence[m.start() : m.end()]
    m = _OTHER_CUES[0].search(text)
    if m:
        return m.lastgroup, sentence[m.start() : m.end()]
    return None, None


@lru_cache(maxsize=256)
def _question_keywords(question: str) -> frozenset[str]:
    """The key words of a briefing question, computed once."""
    return frozenset(_keywords(question))


def _keywords(text: str) -> set[str]:
    return _folded_keywords(fold(text).replace(".", ""))


def _folded_keywords(text: str) -> set[str]:
    """The key words of a text already folded and without its periods."""
    return {w[:6] for w in _WORD.findall(text) if w not in _STOP and (len(w) > 3 or w in ("us", "uk", "eu", "un"))}


@lru_cache(maxsize=64)
def _question_table(questions: tuple[str, ...]) -> tuple[tuple[str, frozenset[str], int], ...]:
    """(question, its key words, how many it needs shared) for each question that has that many key words."""
    table = []
    for q in questions:
        keys = _question_keywords(q)
        need = 1 if len(keys) == 1 else 2
        if need <= len(keys):
            table.append((q, keys, need))
    return tuple(table)


def question_of(sentence: str, questions: Sequence[str]) -> str | None:
    """The briefing question a sentence is about: the one sharing most (at least two) key words."""
    if not questions:
        return None
    table = _question_table(questions if isinstance(questions, tuple) else tuple(questions))
    # A key word shared is a word of the text that starts with it: a question none of whose key words
    # (at least as many as it needs) stands anywhere in the folded text shares too few.
    text = fold(sentence).replace(".", "")
    for _q, keys, need in table:
        for key in keys:
            if key in text:
                need -= 1
                if not need:
                    break
        if not need:
            break
    else:
        return None
    words = _folded_keywords(text)
    best, best_score = None, 0
    for q, keys, need in table:
        score = len(keys & words)
        if score >= need and score > best_score:
            best, best_score = q, score
    return best

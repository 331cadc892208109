"""Sentences two sources share (the same facts reworded), found by weighted overlap of content words.

The measure is a word-set Jaccard over content words cut to a short stem, each word weighted by
how rare it is in the briefing (inverse document frequency over sentences), so that the story's
own vocabulary ("coalition", "Ukraine") counts for little and the specific facts count for much.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Article
from .text import fold

SHARED_THRESHOLD = 0.3
MIN_SHARED_WORDS = 3
STEM_LENGTH = 5

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "about", "above", "below", "between", "among", "through", "during", "before", "after", "since", "until", "as", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "just", "only", "very", "more", "most", "much", "many", "some", "any", "all", "each", "every", "both", "either", "neither", "other", "such", "own", "same", "too", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "my", "your", "his", "their", "our", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "if", "while", "because", "though", "although", "whether", "said", "says", "say", "according", "told", "tells", "reported", "reports", "report", "added", "adding", "per", "cent", "percent", "mr", "mrs", "ms"]
)


@dataclass(frozen=True, slots=True)
class SentenceKey:
    """Where a sentence is: article id, paragraph index, sentence index."""

    article: str
    paragraph: int
    sentence: int


def content_words(text: str) -> frozenset[str]:
    """The folded content words of a text, cut to a stem: no stop words, no one- or two-letter words."""
    words = _WORD.findall(fold(text))
    return frozenset(w[:STEM_LENGTH] for w in words if w not in STOPWORDS and (len(w) > 2 or w.isdigit()))


def jaccard(a: Iterable[str], b: Iterable[str], weight=lambda w: 1.0) -> float:
    """Word-set Jaccard similarity: the weight of shared words over the weight of all words."""
    sa, sb = set(a), set(b)
    union = sum(weight(w) for w in sa | sb)
    return sum(weight(w) for w in sa & sb) / union if union else 0.0


class SimilarityIndex:
    """Word rarity over a whole briefing, computed once, to compare the sentences of any few articles."""

    def __init__(self, articles: Sequence[Article]) -> None:
        """Count in how many sentences each content word occurs."""
        self._doc_freq: Counter[str] = Counter()
        self._sentences = 0
        for art in articles:
            for s in art.sentences:
                self._doc_freq.update(content_words(s.text))
                self._sentences += 1

    def weight(self, word: str) -> float:
        """The inverse document frequency of a word (rare words weigh more)."""
        return math.log((self._sentences + 1) / (self._doc_freq.get(word, 0) + 1)) + 0.1

    def similarity(self, a: str, b: str) -> float:
        """How much two sentences say the same thing, from 0 to 1."""
        return jaccard(content_words(a), content_words(b), self.weight)

    def shared_sentences(
        self, articles: Sequence[Article], threshold: float = SHARED_THRESHOLD, min_shared: int = MIN_SHARED_WORDS
    ) -> dict[SentenceKey, list[SentenceKey]]:
        """For each sentence of these articles that another of them retells, the matching sentences."""
        words = [
            (SentenceKey(s.article, s.paragraph, s.index), content_words(s.text))
            for art in articles
            for s in art.sentences
        ]
        shared: dict[SentenceKey, list[SentenceKey]] = {}
        for i, (key_a, words_a) in enumerate(words):
            for key_b, words_b in words[i + 1 :]:
                if key_a.article == key_b.article or len(words_a & words_b) < min_shared:
                    continue
                if jaccard(words_a, words_b, self.weight) >= threshold:
                    shared.setdefault(key_a, []).append(key_b)
                    shared.setdefault(key_b, []).append(key_a)
        return shared

"""An article's mentions found with each pattern scanned once over its paragraphs are those found paragraph by
paragraph, with the same changes to the actor table in the same order."""

from __future__ import annotations

import pickle
import random
import re

from passages import article
from test_prefilters import words_of

from briefbook.core import actors, gazetteer
from briefbook.core.crosswork import ArticleReader
from briefbook.core.wordtrie import trie_alternation

# People with titles (so they are found), a bare 'the Fund', and an administration.
KNOWN = [
    "French President Anna Holm said the plan would work. The Holm administration agreed.",
    "German Chancellor Ivo Petrov told reporters the International Monetary Fund would help. The Fund said so.",
    "US President Jordan Reyes, speaking in Washington, said the White House would not wait.",
    "The Office for Budget Responsibility said growth would slow. The Office said it was sure.",
]
VOCABULARY = [
    "French", "France", "Paris", "Real", "Madrid", "Dynamo", "Kyiv", "White House", "Kremlin", "the", "The", "a",
    "officials", "government", "administration", "ministry", "Ministry", "foreign", "Foreign", "Holm", "Anna Holm",
    "Petrov", "Ivo Petrov", "Reyes", "Jordan", "Jordan Reyes", "Bardella", "US", "U.S.", "United States", "Fund",
    "Monetary", "International", "president", "President", "chancellor", "German", "Germany", "Berlin", "Russian",
    "Hague", "Netherlands", "said", "of", "for", "Reuters", "İ", "ı", "É", "x", "1", "_", "Office", "Budget",
    "Office for Budget Responsibility", "the German chancellor", "the US president", "The Holm administration",
    "Holm government", "Kremlin", "British", "authorities", "Defence Ministry", "spokesman",
]
SEPARATORS = (" ", " ", " ", ", ", ". ", "-", ".", "'s ", "’s ", " (", ") ", "\n", "  ", "")


def _random_articles(count: int, seed: int) -> list:
    rng = random.Random(seed)
    arts = []
    for n in range(count):
        paras = [
            "".join(rng.choice(VOCABULARY) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 12)))
            for _ in range(rng.randint(1, 5))
        ]
        arts.append(article(paras, aid=f"r{n}"))
    return arts


def _read(finder: actors.MentionFinder, arts: list, by_article: bool) -> tuple[list, dict]:
    reader = ArticleReader(pickle.loads(pickle.dumps(finder)), ())
    out = []
    for art in arts:
        reader.table.start()
        if by_article:
            rows = reader.finder.article_mention_rows(art.id, art.paragraphs)
        else:
            rows = [row for p in art.paragraphs for row in reader.finder.mention_rows(art.id, p.index, p.text)]
        out.append((rows, list(reader.table.added), list(reader.table.aliased)))
    return out, reader.table.actors


def test_article_mention_rows_are_the_paragraphs_rows_with_the_same_table_changes() -> None:
    known = article(KNOWN, aid="k")
    finder = actors.prepare_actors([known])
    arts = [known, *_random_articles(600, 5)]
    assert finder.person_re and finder.role_re and finder.table.bare_re
    per, per_table = _read(finder, arts, False)
    joined, joined_table = _read(finder, arts, True)
    assert joined == per
    assert joined_table == per_table
    assert sum(len(rows) for rows, _, _ in per) > 2000


def test_an_article_of_one_paragraph_or_holding_the_joining_character_is_read_paragraph_by_paragraph() -> None:
    arts = [article(KNOWN, aid="k"), article(["French officials met Anna Holm in Paris."], aid="one"),
            article(["Holm\x00 met France.", "The Holm administration said."], aid="nul")]
    finder = actors.prepare_actors(arts[:1])
    assert _read(finder, arts, True) == _read(finder, arts, False)


def test_the_lower_case_role_scan_opening_with_the_shared_literal_finds_what_the_trie_finds() -> None:
    forms = {"the french president": "a", "the us president": "b", "the president": "c", "the u.s. president": "d"}
    scan = actors._lower_case_scan(forms)
    old = re.compile(trie_alternation(set(forms), not_after=r"\w") + r"\b")
    assert scan is not None and scan.pattern.startswith("the")
    rng = random.Random(3)
    words = [*words_of(" ".join(forms)), "the", "thethe", "u.s.", "_the", "1the", "presidential", "french"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice((" ", " ", "", ".", ", ")) for _ in range(rng.randint(1, 8))).lower()
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in old.finditer(text)], text
        found += old.search(text) is not None
    assert found > 500


def test_places_skip_a_sports_club_only_after_its_word() -> None:
    assert gazetteer.find_places("Real Madrid beat Dynamo Kyiv in Madrid.") == [(32, 38, "Spain")]
    assert gazetteer.find_places("The Real  Madrid") == []
    assert gazetteer.find_places("Surreal Madrid") == [(8, 14, "Spain")]

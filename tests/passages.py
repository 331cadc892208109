"""Build small articles from passages written for the tests, and run actors and statements over them."""

from __future__ import annotations

import datetime as dt

from briefbook.core.actors import find_actors
from briefbook.core.figures import extract_figures
from briefbook.core.model import Actor, Article, Paragraph, Sentence, Statement
from briefbook.core.sentences import sentence_spans
from briefbook.core.statements import extract_statements


def article(paragraphs: list[str], aid: str = "a", date: dt.date | None = None, outlet: str | None = None) -> Article:
    """An article whose reading text is these paragraphs, split into sentences."""
    paras = []
    for i, text in enumerate(paragraphs):
        sents = tuple(Sentence(aid, i, j, s, e, text[s:e]) for j, (s, e) in enumerate(sentence_spans(text)))
        paras.append(Paragraph(i, text, sentences=sents))
    return Article(aid, f"{aid}.txt", aid, outlet, date, tuple(paras))


def analyse(*arts: Article, questions: tuple[str, ...] = ()) -> tuple[dict[str, Actor], list[Statement]]:
    """Actors by id and statements for some articles."""
    actors, mentions = find_actors(arts)
    return {a.id: a for a in actors}, extract_statements(arts, actors, mentions, questions)


def speakers(paragraphs: list[str]) -> list[tuple[int, int, str]]:
    """(paragraph, sentence, actor id) for every statement in a one-article passage."""
    _, sts = analyse(article(paragraphs))
    return [(s.paragraph, s.sentence, s.actor) for s in sts]


def said_by(paragraphs: list[str]) -> set[tuple[int, str]]:
    """(paragraph, speaker's name) of every statement in a one-article passage."""
    actors, sts = analyse(article(paragraphs))
    return {(s.paragraph, actors[s.actor].name) for s in sts}


def kinds(paragraphs: list[str]) -> dict[str, str]:
    """Each actor's name and kind in a one-article passage."""
    actors, _ = analyse(article(paragraphs))
    return {a.name: a.kind for a in actors.values()}


def roles(paragraphs: list[str]) -> dict[str, str | None]:
    """Each person's name and role in a one-article passage."""
    actors, _ = analyse(article(paragraphs))
    return {a.name: a.role for a in actors.values() if a.kind == "person"}


def figures_in(text: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, unit) of the key figures of one paragraph."""
    return [(f.text, f.value, f.unit) for f in extract_figures(article([text]))[0]]

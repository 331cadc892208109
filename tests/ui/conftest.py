"""A small hand-written briefing with a figure track, an actor and statements, for the Pilot tests."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect

import pytest

from briefbook.core.analysis import chronological
from briefbook.core.loading import build_article
from briefbook.core.model import (
    Actor,
    Analysis,
    Article,
    ArticleSource,
    Briefing,
    Figure,
    Mention,
    Statement,
    Track,
)


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory, monkeypatch) -> None:
    """Review files an app opens without `review_file` go to a fresh data folder, never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no async plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True


FILLER = "Paragraph {n} describes background detail number {n} about the harbour talks and the weather in spring."

ARTICLES = [
    # (id, outlet, date, title, text)
    (
        "b", "Southern Ledger", dt.date(2025, 2, 3), "Inspectors head for Varna",
        "Inspectors head for Varna\n\n"
        "The council will send 40 inspectors to the port of Varna next month, a spokesman confirmed.\n\n"
        + "\n\n".join(FILLER.format(n=n) for n in range(1, 16))
        + "\n\nDelegates returned to Zürich for a second round.",
    ),
    (
        "a", "Northern Herald", dt.date(2025, 1, 10), "Harbour talks resume",
        "Harbour talks resume in Zurich\n\n"
        "The council agreed to send 40 inspectors to the port of Varna, officials said on Monday.\n\n"
        + "\n\n".join(FILLER.format(n=n) for n in range(1, 20))
        + "\n\n\"We will not wait for anyone,\" said Mara Quist, the harbour minister.",
    ),
    (
        "c", "Eastern Wire", dt.date(2025, 3, 15), "Varna mission grows",
        "Varna mission grows\n\n"
        + "\n\n".join(FILLER.format(n=n) for n in range(1, 22))
        + "\n\nThe mission now counts 55 inspectors, twice the first plan.\n\n"
        "Mara Quist said the port would stay open \"only if the inspectors stay\".",
    ),
]

HOSTILE_TEXT = (
    "Injected title [bold red]LOUD[/]\n\n"
    "A paragraph with [bold red]red markup[/] and [link=file:///etc/passwd]a link[/link] "
    "and [@click=app.quit]a click[/] inside.\n\n"
    "Hidden \u202eright-to-left\u202c and zero\u200bwidth characters."
)


def make_articles(entries) -> list[Article]:
    """Read and clean article texts written in the tests."""
    return [
        build_article(ArticleSource(aid, f"/nowhere/{aid}.txt", n, outlet, date, title), text)
        for n, (aid, outlet, date, title, text) in enumerate(entries)
    ]


def find_span(article: Article, needle: str) -> tuple[int, int, int, int]:
    """Paragraph, sentence, start and end of a phrase in an article."""
    for par in article.paragraphs:
        at = par.text.find(needle)
        if at >= 0:
            sentence = next(s for s in par.sentences if s.start <= at < s.end)
            return par.index, sentence.index, at, at + len(needle)
    raise AssertionError(needle)


def figure(article: Article, fid: str, needle: str, value: float) -> Figure:
    """A figure at a phrase of an article."""
    par, sen, start, end = find_span(article, needle)
    return Figure(fid, article.id, par, sen, start, end, needle, value, None, None, "inspectors", None,
                  article.paragraphs[par].sentences[sen].text)


def statement(article: Article, sid: str, needle: str, stance: str, quote: str | None) -> Statement:
    """A statement of Mara Quist at a sentence of an article."""
    par, sen, _, _ = find_span(article, needle)
    s = article.paragraphs[par].sentences[sen]
    return Statement(sid, "quist", article.id, par, sen, s.start, s.end, "direct" if quote else "indirect",
                     s.text, quote=quote, stance=stance)


def build_analysis() -> Analysis:
    """The hand-made briefing: three articles (given out of date order), one track, one actor."""
    articles = chronological(make_articles(ARTICLES))
    by_id = {a.id: a for a in articles}
    figures = (
        figure(by_id["a"], "fa", "40 inspectors", 40),
        figure(by_id["b"], "fb", "40 inspectors", 40),
        figure(by_id["c"], "fc", "55 inspectors", 55),
    )
    track = Track("t1", "inspectors", "Inspectors sent to Varna", ("fa", "fb", "fc"), disagreement=True)
    actor = Actor("quist", "Mara Quist", "person", role="harbour minister")
    statements = (
        statement(by_id["a"], "sa", "We will not wait", "supports", "We will not wait for anyone,"),
        statement(by_id["c"], "sc", "only if the inspectors stay", "conditional", "only if the inspectors stay"),
    )
    mentions = tuple(
        Mention("quist", art.id, p, s, s + len("Mara Quist"), "Mara Quist")
        for art in articles
        for p, s in [(par.index, par.text.find("Mara Quist")) for par in art.paragraphs]
        if s >= 0
    )
    sources = tuple(ArticleSource(a.id, a.file, a.order, a.outlet, a.date, a.title) for a in articles)
    briefing = Briefing("Harbour inspections", None, sources, "/nowhere")
    return Analysis(briefing, tuple(articles), figures=figures, tracks=(track,), actors=(actor,),
                    mentions=mentions, statements=statements)


@pytest.fixture
def analysis() -> Analysis:
    """The hand-made analysis."""
    return build_analysis()


@pytest.fixture
def hostile_analysis() -> Analysis:
    """One article whose text and title carry markup and invisible characters."""
    articles = make_articles([("h", "Outlet [b]x[/b]", dt.date(2025, 1, 1), "Title [b]LOUD[/b]", HOSTILE_TEXT)])
    sources = tuple(ArticleSource(a.id, a.file, a.order, a.outlet, a.date, a.title) for a in articles)
    return Analysis(Briefing("Hostile [reverse]briefing[/]", None, sources, "/nowhere"), tuple(articles))

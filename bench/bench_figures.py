"""Benchmark: key-figure extraction over ~1,000 generated articles of ordinary length.

Run: PYTHONPATH=src python bench/bench_figures.py [--articles N] [--seed S]
Prints articles/s and MB/s for extraction (figures and event dates) and for tracks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from briefbook.core.figures import extract_figures
from briefbook.core.model import Article, Paragraph, Sentence
from briefbook.core.sentences import sentence_spans
from briefbook.core.tracks import build_tracks

SENTENCES = [
    "Leaders from {n} countries met in the capital on March {d} to discuss the plan.",
    "At least {n} countries have joined the talks, with {m} reportedly ready to send troops.",
    "The allied troops, which could number between {k},000 and {k2},000, would guard the ports.",
    "Officials said a {n}-day ceasefire could begin as early as next week.",
    "The central bank raised its main rate by 25 basis points to {p}% on Wednesday.",
    "Inflation eased to {p} percent in the year to April, the lowest since 2021.",
    "The government pledged $ {n}bn in new loans, up from $ {m}bn last year.".replace("$ ", "$"),
    "Exports to the bloc fell by nearly €{n} billion over three and a half years.",
    "More than two dozen nations signed the statement, while {m} abstained.",
    "The party won {p} percent of the vote and {n} seats in the 630-seat chamber.",
    "Article 5 of the treaty was cited twice during the 2025 summit.",
    "\"We are counting on our partners,\" the minister told reporters after the meeting.",
    "The talks, which began shortly before 3am, ran into the evening.",
    "Thousands of people gathered outside the parliament building.",
    "Analysts expect growth of about {p}% next year, according to a survey of {n} economists.",
    "The ministry did not respond to a request for comment.",
    "Some {n},000 refugees have crossed the border since February 2022.",
    "The 27-nation bloc is expected to decide on the package within two months.",
]


def fill(template: str, rng: random.Random) -> str:
    """A sentence template with random numbers in it."""
    return template.format(
        n=rng.randint(2, 60), m=rng.randint(2, 40), d=rng.randint(1, 28), k=rng.randint(5, 15),
        k2=rng.randint(16, 40), p=round(rng.uniform(0.5, 40), 1),
    )


def make_articles(count: int, seed: int) -> list[Article]:
    """Articles of 8-14 paragraphs of 2-4 sentences each, about 600-900 words."""
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        paragraphs = []
        for p in range(rng.randint(8, 14)):
            text = " ".join(fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(2, 4)))
            sents = tuple(Sentence(f"b{i}", p, n, s, e, text[s:e]) for n, (s, e) in enumerate(sentence_spans(text)))
            paragraphs.append(Paragraph(p, text, sentences=sents))
        articles.append(
            Article(id=f"b{i}", file=f"b{i}.txt", title=f"Article {i}", outlet=f"Outlet {i % 7}",
                    date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 300), paragraphs=tuple(paragraphs))
        )
    return articles


def main() -> None:
    """Time extraction and tracks over the generated articles and print the throughput."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    articles = make_articles(args.articles, args.seed)
    size = sum(len(p.text.encode("utf-8")) for a in articles for p in a.paragraphs)
    t0 = time.perf_counter()
    figures = []
    dates = 0
    for art in articles:
        figs, ds = extract_figures(art)
        figures.extend(figs)
        dates += len(ds)
    t1 = time.perf_counter()
    tracks = build_tracks(figures, articles)
    t2 = time.perf_counter()
    extract = t1 - t0
    print(f"{len(articles)} articles, {size / 1e6:.2f} MB, {len(figures)} figures, {dates} dates, {len(tracks)} tracks")
    print(f"extraction: {extract:.2f} s, {len(articles) / extract:.0f} articles/s, {size / 1e6 / extract:.2f} MB/s")
    print(f"tracks: {t2 - t1:.2f} s")


if __name__ == "__main__":
    main()

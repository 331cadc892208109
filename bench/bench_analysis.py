"""Benchmark of the whole analysis (analyze_articles) over 1,000 synthetic articles.

The articles recombine the sentences of the default briefing's articles with a fixed seed, so runs
compare. Reports articles/s and MB/s of reading text. Usage: python bench/bench_analysis.py [N]
"""

from __future__ import annotations

import random
import sys
import time

from briefbook.core.analysis import analyze_articles
from briefbook.core.loading import load_articles, resolve_target
from briefbook.core.model import Article, Paragraph, Sentence
from briefbook.core.sentences import sentence_spans


def synthetic_articles(n: int, seed: int = 7) -> tuple[object, list[Article]]:
    """The default briefing and n articles of 6-20 paragraphs recombined from its sentences."""
    briefing, _ = resolve_target(None)
    real, _ = load_articles(briefing)
    sentences = [s.text for a in real for s in a.sentences]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for p in range(rng.randint(6, 20)):
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
            sents = tuple(Sentence(f"b{i}", p, j, s, e, text[s:e]) for j, (s, e) in enumerate(sentence_spans(text)))
            paras.append(Paragraph(p, text, sentences=sents))
        base = real[i % len(real)]
        out.append(Article(f"b{i}", f"b{i}.txt", f"Article {i}", base.outlet, base.date, tuple(paras), order=i))
    return briefing, out


def main() -> None:
    """Time analyze_articles over the synthetic articles and print the rates."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    briefing, articles = synthetic_articles(n)
    size = sum(len(p.text.encode("utf-8")) for a in articles for p in a.paragraphs)
    t0 = time.perf_counter()
    result = analyze_articles(briefing, articles)
    secs = time.perf_counter() - t0
    print(f"{n} articles, {size / 1e6:.2f} MB, {len(result.actors)} actors, {len(result.mentions)} mentions, "
          f"{len(result.statements)} statements in {secs:.2f}s: {n / secs:.0f} articles/s, {size / 1e6 / secs:.2f} MB/s")


if __name__ == "__main__":
    main()

"""Benchmark of the whole analysis (analyze_articles) over 1,000 synthetic articles of ordinary news length.

The articles recombine the sentences of the default briefing's articles with a fixed seed: each article is
about 4 KB, the people in it are renamed from a pool of a few hundred invented names, the numbers are varied
(years are kept) and the dates spread over a year, so runs compare and the text is as number-dense as real
news. Reports articles/s and MB/s of reading text, per stage.
Usage: PYTHONPATH=src python bench/bench_analysis.py [N] [--profile]
       PYTHONPATH=src python bench/bench_analysis.py --files MANIFEST   (the per-article stage on real files, by part)
"""

from __future__ import annotations

import cProfile
import datetime as dt
import functools
import gc
import pickle
import pstats
import random
import re
import sys
import time

from briefbook.core.actors import article_evidence, find_actors, prepare_actors
from briefbook.core.analysis import analyze_articles, chronological
from briefbook.core.crosswork import ArticleReader, replay
from briefbook.core.figures import extract_figures
from briefbook.core.loading import load_articles, resolve_target
from briefbook.core.model import Article, Paragraph, Sentence
from briefbook.core.sentences import sentence_spans
from briefbook.core.tracks import build_tracks

FIRST_NAMES = (
    "Anna Boris Carla Dmitri Elena Farid Greta Hugo Ines Jonas Karin Lars Mona Nikos Olga Pavel Quentin Rosa "
    "Stefan Tamara Ulrich Vera Walter Ximena Yusuf Zofia Adrian Bianca Cyril Dalia Emil Fatima Gustav Helga"
).split()
LAST_NAMES = (
    "Albrecht Barros Castell Dufresne Eklund Ferrante Galanis Halvorsen Ivanescu Jovanic Kessler Lindqvist "
    "Moreau Novak Oyelaran Petrakis Quiroga Rasmussen Sandoval Tavares Urbanski Valdez Wojcik Yilmaz Zeller "
    "Arkwright Bellamy Corvino Delacroix Esposito Falkner Gorski Hadley Ibarra Jankowski Kowalczyk Laurent"
).split()
OUTLETS = ("Reuters", "The Kyiv Independent", "AFP", "TRT World", "RBC-Ukraine", "Politico", "Euronews", "The Hill")
_NUMBER = re.compile(r"\d+")
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December) $")


def _vary_number(m: re.Match[str], rng: random.Random) -> str:
    """A number of the same length, a day of the month after a month, or the same year."""
    digits = m.group()
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return digits
    if len(digits) <= 2 and _MONTH_BEFORE.search(m.string, 0, m.start()):
        return str(rng.randint(1, 28))
    first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
    return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])


def _people(real: list[Article]) -> list[tuple[str, str]]:
    """(first name, surname) of every person the default briefing names."""
    actors, _ = find_actors(real)
    return [tuple(a.name.split(" ", 1)) for a in actors if a.kind == "person" and " " in a.name]  # type: ignore[misc]


def _renamer(people: list[tuple[str, str]], pool: list[tuple[str, str]], rng: random.Random):
    """A function renaming each real person to a fresh invented one, for one article."""
    cast = {p: rng.choice(pool) for p in people}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f"{f} {s}") + "|" + re.escape(s) for f, s in people) + r")\b")
    by_form = {}
    for (f, s), (nf, ns) in cast.items():
        by_form[f"{f} {s}"] = f"{nf} {ns}"
        by_form[s] = ns
    return lambda text: pattern.sub(lambda m: by_form[m.group()], text)


def synthetic_articles(n: int, seed: int = 7) -> tuple[object, list[Article]]:
    """The default briefing and n articles of about 4 KB recombined from its sentences."""
    briefing, _ = resolve_target(None)
    real, _ = load_articles(briefing)
    sentences = [s.text for a in real for s in a.sentences]
    people = _people(real)
    rng = random.Random(seed)
    pool = [(f, s) for f in FIRST_NAMES for s in LAST_NAMES]
    rng.shuffle(pool)
    pool = pool[:300]
    out = []
    for i in range(n):
        rename = _renamer(people, pool, rng)
        target = rng.randint(3000, 5000)
        paras, size = [], 0
        while size < target:
            picked = [rng.choice(sentences) for _ in range(rng.randint(1, 4))]
            text = " ".join(rename(_NUMBER.sub(lambda m: _vary_number(m, rng), s)) for s in picked)
            p = len(paras)
            sents = tuple(Sentence(f"b{i}", p, j, s, e, text[s:e]) for j, (s, e) in enumerate(sentence_spans(text)))
            paras.append(Paragraph(p, text, sentences=sents))
            size += len(text.encode("utf-8")) + 1
        date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        out.append(Article(f"b{i}", f"b{i}.txt", f"Article {i}", OUTLETS[i % len(OUTLETS)], date, tuple(paras), order=i))
    return briefing, out


def _stages(briefing, articles: list[Article]) -> dict[str, float]:
    """CPU seconds spent in each stage of the analysis, split the way the workers share it.

    Per article (in the workers): figures, candidate names (evidence); across articles (here): merging the
    people into the actor table (prepare), tracks; per article again (in the workers): mentions and
    statements (read); here: replaying the workers' table changes in date order (replay).
    """
    ordered = chronological(articles)
    t = [time.process_time()]
    figures = []
    for art in ordered:
        figures.extend(extract_figures(art)[0])
    t.append(time.process_time())
    evidence = [article_evidence(a) for a in ordered]
    t.append(time.process_time())
    finder = prepare_actors(ordered, briefing.actors, evidence)
    sent = pickle.dumps(finder)
    t.append(time.process_time())
    build_tracks(figures, ordered)
    t.append(time.process_time())
    reader = ArticleReader(pickle.loads(sent), briefing.questions)
    shares = {a.id: reader.read(a) for a in ordered}
    t.append(time.process_time())
    replay(finder, ordered, shares, briefing.questions)
    t.append(time.process_time())
    names = ("figures", "evidence", "prepare", "tracks", "read", "replay")
    return {name: t[i + 1] - t[i] for i, name in enumerate(names)}


def _file_stages(manifest: str) -> None:
    """CPU seconds of each part of the per-article stage over a briefing's files, as a worker runs it."""
    from briefbook.core import pool
    from briefbook.core.clean import clean_text
    from briefbook.core.loading import build_article
    from briefbook.core.reading import MAX_ARTICLE_BYTES, decode_bytes, read_bounded

    briefing, _ = resolve_target(manifest)
    sources = briefing.sources
    t = [time.process_time()]
    data = [read_bounded(s.path, MAX_ARTICLE_BYTES) for s in sources]
    t.append(time.process_time())
    decoded = [decode_bytes(d) for d in data]
    t.append(time.process_time())
    cleaned = [clean_text(d.text, title=s.title, drop=s.drop) for d, s in zip(decoded, sources)]
    t.append(time.process_time())
    for c in cleaned:
        for _, body in c.paragraphs:
            sentence_spans(body)
    t.append(time.process_time())
    # build_article cleans and splits again: its own part is what it takes beyond those two.
    articles = [build_article(s, d.text, encoding=d.encoding, notices=d.notices) for d, s in zip(decoded, sources)]
    t.append(time.process_time())
    found = [extract_figures(a) for a in articles]
    t.append(time.process_time())
    results = [pool.ArticleResult(a, tuple(f), tuple(d)) for a, (f, d) in zip(articles, found)]
    # As a worker writes each result (and the cache keeps it), and as the parent then decodes them.
    texts = [pool.encode_result(r) for r in results]
    t.append(time.process_time())
    back = pool.decode_results(texts)
    same = sum(x == y for x, y in zip(results, back))
    t.append(time.process_time())
    for article in articles:
        article_evidence(article)
    t.append(time.process_time())
    spent = {name: t[i + 1] - t[i] for i, name in enumerate(
        ("read", "decode", "clean", "sentences", "build", "figures", "encode", "read back", "evidence"))}
    spent["build"] -= spent["clean"] + spent["sentences"]
    size = sum(len(p.text.encode("utf-8")) for a in articles for p in a.paragraphs)
    total = sum(spent.values())
    print(f"{len(sources)} files, {size / 1e6:.2f} MB of text, {same} results read back the same; per-article stage "
          f"CPU {total:.2f}s ({size / 1e6 / total:.2f} MB per CPU-second)")
    print("  CPU by part: " + ", ".join(f"{k} {v:.3f}s" for k, v in spent.items()))


def main() -> None:
    """Time analyze_articles over the synthetic articles and print the rates."""
    if "--files" in sys.argv:
        _file_stages(sys.argv[sys.argv.index("--files") + 1])
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1000
    briefing, articles = synthetic_articles(n)
    size = sum(len(p.text.encode("utf-8")) for a in articles for p in a.paragraphs)
    if "--profile" in sys.argv:
        prof = cProfile.Profile()
        prof.runcall(analyze_articles, briefing, articles)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    t0, c0 = time.perf_counter(), time.process_time()
    result = analyze_articles(briefing, articles)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{n} articles, {size / 1e6:.2f} MB, {len(result.actors)} actors, {len(result.mentions)} mentions, "
          f"{len(result.figures)} figures, {len(result.statements)} statements in {secs:.2f}s: "
          f"{n / secs:.0f} articles/s, {size / 1e6 / secs:.2f} MB/s (CPU {cpu:.2f}s: {size / 1e6 / cpu:.2f} MB/s)")
    for cached in [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)]:
        cached.cache_clear()
    stages = _stages(briefing, articles)
    print("  CPU by stage: " + ", ".join(f"{k} {v:.2f}s ({size / 1e6 / v:.1f} MB/s)" for k, v in stages.items()))


if __name__ == "__main__":
    main()

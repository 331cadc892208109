"""Reproducible synthetic briefings for the benchmarks: seed sentences recombined with new names and numbers."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

GENERATOR_VERSION = 1
SEED = 20250101
ARTICLE_BYTES = (3000, 5200)
YEAR_START = dt.date(2025, 1, 1)
ACTOR_COUNT = 300

FIRST_NAMES = """
Ada Alan Amara Anton Beatrix Boris Carla Chen Dara Dmitri Elena Emil Farah Felix Greta Hamid Hana Igor Ines
Jonas Julia Kemal Klara Lars Leila Marco Maria Mateo Nadia Nikos Olga Omar Pavel Petra Rafael Rosa Samir Sofia
Tariq Teresa Ulrich Vera Viktor Wen Yara Yusuf Zofia
""".split()
SURNAMES = """
Abbott Andersen Baranov Becker Brennick Castell Dahl Delacroix Eriksen Falk Ferreira Galloway Haddad Halvorsen
Ibsen Jaworski Kovac Lindqvist Marchetti Moreau Novak Okafor Orlov Petrov Quinlan Rahman Rossi Schmidt Sokolov
Tanaka Thorsen Ueda Varga Weiss Wolff Yilmaz Zeman Brandt Costa Dumont Ek Fischer Graves Holm Ivanova Jensen
""".split()
TITLES = "Prime Minister|Foreign Minister|Defence Minister|President|Chancellor|General|Ambassador|spokesperson|Secretary".split("|")
OUTLETS = [
    "The Northern Ledger", "Harbour Times", "Continental Wire", "Evening Courier", "The Civic Post", "Meridian News",
    "The Daily Compass", "Atlas Report", "Capital Observer", "Riverside Gazette", "Signal Daily", "The Frontier",
]
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def seed_sentences(seeds: Path) -> list[str]:
    """The body sentences of the seed articles, read and cleaned the way briefbook reads them."""
    from briefbook.core.loading import read_source
    from briefbook.core.model import ArticleSource

    out: list[str] = []
    for n, path in enumerate(sorted(seeds.glob("*.txt"))):
        article, _ = read_source(ArticleSource(id=path.stem, path=str(path), order=n))
        if article is None:
            continue
        for para in article.paragraphs:
            if para.kind != "body":
                continue
            out.extend(s.text for s in para.sentences if len(s.text) > 40)
    return out


def actor_names(rng: random.Random) -> list[str]:
    """A few hundred distinct people's names."""
    pairs = [(f, s) for f in FIRST_NAMES for s in SURNAMES]
    rng.shuffle(pairs)
    return [f"{f} {s}" for f, s in pairs[:ACTOR_COUNT]]


def _renumber(rng: random.Random, match: re.Match) -> str:
    """A number of the same shape and magnitude as the one it replaces."""
    text = match.group()
    if len(text) == 4 and text.startswith(("19", "20")):
        return str(rng.randint(1990, 2030))
    digits = re.sub(r"\D", "", text)
    value = rng.randint(max(1, 10 ** (len(digits) - 1)), 10 ** len(digits) - 1)
    if "." in text:
        return f"{value / 10:.1f}"
    return f"{value:,}" if "," in text else str(value)


def recombine(rng: random.Random, sentence: str, actors: list[str]) -> str:
    """A seed sentence with its proper names swapped for actors and its numbers re-drawn."""
    sentence = _NAME.sub(lambda m: rng.choice(actors) if rng.random() < 0.6 else m.group(), sentence)
    return _NUMBER.sub(lambda m: _renumber(rng, m), sentence)


def article(rng: random.Random, pool: list[str], actors: list[str]) -> tuple[str, str]:
    """One synthetic article: a headline and paragraphs of recombined sentences, about 4 KB."""
    target = rng.randint(*ARTICLE_BYTES)
    speaker = rng.choice(actors)
    headline = " ".join(recombine(rng, rng.choice(pool), actors).split()[:11]).strip(",.;:\"“”«» ")
    paragraphs: list[str] = []
    size = len(headline)
    while size < target:
        sentences = [recombine(rng, rng.choice(pool), actors) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.25:
            sentences.append(f'"We will not accept {rng.randint(2, 90)} more days of delay," {rng.choice(TITLES)} {speaker} said.')
        para = " ".join(sentences)
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 2
    return headline, headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, count: int, seeds: Path, seed: int = SEED) -> Path:
    """Write (once) a briefing of `count` articles under folder; returns its manifest."""
    manifest = folder / "briefing.yaml"
    stamp = folder / "stamp.json"
    wanted = {"generator": GENERATOR_VERSION, "seed": seed, "count": count}
    if manifest.exists() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return manifest
    rng = random.Random(seed)
    pool = seed_sentences(seeds)
    actors = actor_names(rng)
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    lines = [f'title: "Synthetic briefing of {count} articles"', "articles:"]
    for n in range(count):
        headline, text = article(rng, pool, actors)
        name = f"{n:05d}.txt"
        (articles / name).write_text(text, encoding="utf-8")
        date = YEAR_START + dt.timedelta(days=rng.randint(0, 364))
        lines += [f"  - file: articles/{name}", f"    outlet: {json.dumps(rng.choice(OUTLETS))}", f"    date: {date.isoformat()}"]
        if rng.random() < 0.5:
            lines.append(f"    title: {json.dumps(headline, ensure_ascii=False)}")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stamp.write_text(json.dumps(wanted))
    return manifest

"""Tracks: the figures of one kind lined up across sources in date order."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .model import Article, Figure, Track

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_BREAK = re.compile(r"[;:—–()«»\"“”]")
_PART_OF = re.compile(r"\s*(?:of|among)\s", re.I)
_NEXT_NUMBER = re.compile(r"(?<![A-Za-z])[$€£¥]?\d")
_ITEM_BREAK = re.compile(r",|\b(?:and|while|whereas|but|against|compared with|versus|vs)\b")
_STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being have has had
    will would could should may might can do does did not no yet also still now then than that this these those
    which who whom whose what when where while after before about over under into onto some any all other others
    their its his her our your my we they he she it them us there here so such more most less many much very
    said says say told according reportedly reported report including include includes up out just only even""".split()
)
_UNIT_WORDS = frozenset(
    """country countries nation nations state states troop troops soldier soldiers day days week weeks month
    months year years percent cent people""".split()
)
# Words of time: when a figure was given, not what it measures.
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
    october november december today yesterday tonight morning evening night""".split()
)
# How far apart the values of one measure may be before sources count as disagreeing, by qualifier.
_SLACK = {"about": 0.1, "around": 0.1, "roughly": 0.1, "approximately": 0.1, "some": 0.1, "an estimated": 0.1,
          "estimated": 0.1, "close to": 0.1, "nearly": 0.15, "almost": 0.15}
_FLOORS = {"at least", "more than", "over", "above", "upwards of", "in excess of", "no fewer than", "no less than",
           "just over", "well over", "well above", "a little over", "a little more than", "slightly more than"}
_CEILINGS = {"up to", "fewer than", "less than", "under", "below", "at most", "no more than", "not more than",
             "as many as", "as much as", "just under", "just below"}


def _stem(word: str) -> str:
    """A crude stem, enough to tell 'involved' and 'involving' are one word."""
    w = word.lower().strip("'’-")
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:6]


def _window(fig: Figure) -> dict[str, str]:
    """The words near a figure that say what it measures, by stem: three before it and fourteen after it."""
    text = fig.sentence_text
    at = text.find(fig.text)
    if at < 0:
        words = _WORD.findall(fig.context or "")
    else:
        before = _BREAK.split(text[:at])[-1].split(",")[-1]
        after = _BREAK.split(text[at + len(fig.text):], maxsplit=1)[0]
        upto_next = _NEXT_NUMBER.split(after, maxsplit=1)
        if len(upto_next) > 1:
            # Another number follows: the words just before it are its own ("CDU at 28.5%, the AfD at 20.7%"),
            # so this figure keeps only what comes before the separator between the two.
            after = _ITEM_BREAK.split(upto_next[0], maxsplit=1)[0]
        else:
            # What follows a comma is another clause: who said so ("245, the agency said"), or what else happened.
            after = after.split(",", 1)[0]
        after_words = [w for w in _WORD.findall(after)[:14] if _measure_word(w)]
        # A share of something is measured by what it is a share of ("shut 30% of petrol refineries"), not by the
        # words before it (the sentence's subject or verb, which may be any other figure's too).
        part_of = after_words and _PART_OF.match(after)
        words = after_words if part_of else _WORD.findall(before)[-3:] + after_words
    found: dict[str, str] = {}
    for w in words:
        if _measure_word(w):
            found.setdefault(_stem(w), w.lower())
    return found


def _measure_word(w: str) -> bool:
    low = w.lower()
    return low not in _STOPWORDS and low not in _UNIT_WORDS and low not in _TIME_WORDS and len(w) > 2


def measure_words(fig: Figure) -> frozenset[str]:
    """Stems of the words near a figure that say what it measures (its sentence, up to other figures)."""
    return frozenset(_window(fig))


def _interval(fig: Figure) -> tuple[float, float]:
    """The values a figure allows, given its range and qualifier."""
    if fig.low is not None and fig.high is not None:
        return fig.low, fig.high
    v = fig.value if fig.value is not None else 0.0
    q = (fig.qualifier or "").lower()
    if q in _FLOORS:
        return v, math.inf
    if q in _CEILINGS:
        return 0.0, v
    slack = _SLACK.get(q, 0.0)
    return v * (1 - slack), v * (1 + (slack if q not in ("nearly", "almost") else 0.0))


def _agree(a: Figure, b: Figure) -> bool:
    lo1, hi1 = _interval(a)
    lo2, hi2 = _interval(b)
    return lo1 <= hi2 + 1e-9 and lo2 <= hi1 + 1e-9


def _measures(figures: list[Figure], windows: dict[int, dict[str, str]] | None = None) -> list[list[Figure]]:
    """Figures of one unit grouped by what they measure: linked when they share a word of their context.

    `windows`, when given, holds each figure's `_window` by id(figure) (worked out once per figure)."""
    parent = list(range(len(figures)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, f in enumerate(figures):
        for word in (windows[id(f)] if windows is not None else measure_words(f)):
            j = first_with.setdefault(word, i)
            if j != i:
                parent[root(i)] = root(j)
    groups: dict[int, list[Figure]] = {}
    for i, f in enumerate(figures):
        groups.setdefault(root(i), []).append(f)
    return list(groups.values())


def _conflict(group: list[Figure], windows: dict[int, dict[str, str]] | None = None) -> tuple[Figure, Figure] | None:
    """Two figures of one measure, from different articles, whose values cannot both hold.

    The two must share a word of their own: a measure is found through chains of shared words ("the release of
    1.2bn" and "the programme's 3.3bn total released" and "a 7bn programme"), and the two ends of a chain may
    measure different things."""
    if len({f.article for f in group}) < 2:
        return None
    top = max(group, key=lambda f: _interval(f)[0])
    bottom = min(group, key=lambda f: _interval(f)[1])
    words = {id(f): (windows[id(f)] if windows is not None else _window(f)).keys() for f in group}
    for a, others in ((top, group), (bottom, group)):
        for b in others:
            if b.article != a.article and not _agree(a, b) and words[id(a)] & words[id(b)]:
                first, second = sorted((a, b), key=group.index)
                return first, second
    return None


def _shown(fig: Figure) -> str:
    """A figure's value as a staffer reads it ("at least 37", "10,000 to 30,000")."""
    def num(x: float) -> str:
        for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(x) >= size:
                return f"{x / size:g}{suffix}"
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if fig.value is not None and fig.low is None and re.match(r"(?i)(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b", fig.text):
        return fig.text

    if fig.low is not None and fig.high is not None:
        body = f"{num(fig.low)} to {num(fig.high)}"
    else:
        body = num(fig.value or 0.0)
    if fig.unit and fig.unit.isupper():
        body = f"{body} {fig.unit}"
    return f"{fig.qualifier} {body}" if fig.qualifier else body


# How many figures a track's note lists when its sources agree (the rest are counted).
NOTE_FIGURES = 8


def _source(article: Article | None) -> str:
    if article is None:
        return "unknown source"
    when = article.date.strftime("%-d %b") if article.date else "undated"
    return f"{article.outlet or article.title}, {when}"


def _measure_label(group: list[Figure], windows: dict[int, dict[str, str]] | None = None) -> str:
    """A short label for one measure: the words its figures share, else the context of its first figure."""
    counts: dict[str, int] = {}
    spelled: dict[str, str] = {}
    for f in group:
        for stem, word in (windows[id(f)] if windows is not None else _window(f)).items():
            counts[stem] = counts.get(stem, 0) + 1
            spelled.setdefault(stem, word)
    shared = [spelled[s] for s, n in counts.items() if n > 1][:3]
    return " / ".join(shared) if shared else (group[0].context or "").strip()


def build_tracks(figures: Sequence[Figure], articles: Sequence[Article]) -> list[Track]:
    """Group figures by unit across articles in date order; flag a measure on which sources disagree."""
    rank = {a.id: i for i, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    by_unit: dict[str, list[Figure]] = {}
    for f in figures:
        if f.unit:
            by_unit.setdefault(f.unit, []).append(f)
    tracks: list[Track] = []
    for unit, figs in by_unit.items():
        figs.sort(key=lambda f: (rank.get(f.article, len(rank)), f.paragraph, f.start))
        notes: list[str] = []
        disagreement = False
        # Each figure's window once (by id: the figures are alive throughout), for grouping and for labels.
        windows = {id(f): _window(f) for f in figs}
        for group in _measures(figs, windows):
            conflict = _conflict(group, windows)
            if conflict:
                disagreement = True
                a, b = conflict
                notes.append(
                    f"{_measure_label(group, windows)}: {_shown(a)} ({_source(by_id.get(a.article))}) vs "
                    f"{_shown(b)} ({_source(by_id.get(b.article))})"
                )
        if not notes:
            articles_in = {f.article for f in figs}
            values = " · ".join(f"{_shown(f)} ({_source(by_id.get(f.article))})" for f in figs[:NOTE_FIGURES])
            if len(figs) > NOTE_FIGURES:  # never a silent cut: the reader would take the list for all there is
                values += f" · and {len(figs) - NOTE_FIGURES} more"
            notes.append(values if len(articles_in) > 1 else f"one source: {values}")
        tracks.append(
            Track(
                id=f"track:{unit}",
                unit=unit,
                label=unit,
                figures=tuple(f.id for f in figs),
                disagreement=disagreement,
                note="; ".join(notes),
            )
        )
    tracks.sort(key=lambda t: (-len({f.article for f in by_unit[t.unit]}), -len(t.figures), t.unit))
    return tracks

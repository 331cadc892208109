"""The memo a staffer hands on: the briefing, its sources, key figures, positions and the reviewer's marks.

`memo_markdown` (for e-mail and chat) and `memo_html` (self-contained, printable to A4) render the same
`Memo`, built by `build_memo` from an analysis and a review state. Article text and notes are untrusted:
in Markdown every character that could start markup is escaped, in HTML everything is entity-escaped, and
control characters never pass (bidirectional controls are shown as ⟨U+202E⟩ so text cannot pose as other text).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .datespan import date_span
from .model import Actor, Analysis, Article, Figure, Statement
from .review import (
    ARTICLE,
    FLAG_LABELS,
    PARAGRAPH,
    READ,
    REVIEWED,
    ReviewItem,
    ReviewState,
    review_items,
)

FORMATS = ("md", "html")
QUOTE_LIMIT = 300
STANCE_LABELS = {"supports": "supports", "opposes": "opposes", "conditional": "conditional", "undecided": "undecided"}
STATUS_LABELS = {REVIEWED: "✓ reviewed", READ: "read", "unread": "unread"}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Untrusted text made safe to print: controls removed, bidirectional controls made visible."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def one_line(text: str) -> str:
    """Untrusted text on one line (for quotes and table cells)."""
    return " ".join(clean(text).split())


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Text cut at a word boundary near `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


# ---------------------------------------------------------------- the memo's contents


Segments = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class SourceRow:
    """A row of the sources table."""

    number: int
    date: str
    outlet: str
    headline: str
    status: str


@dataclass(frozen=True)
class FigureRow:
    """A figure in a track: its source, text and sentence (the figure marked in it)."""

    source: int
    date: str
    outlet: str
    figure: str
    qualifier: str | None
    sentence: Segments


@dataclass(frozen=True)
class TrackBlock:
    """A key-figure track."""

    label: str
    unit: str
    disagreement: bool
    note: str | None
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class StatementRow:
    """One statement of an actor, with its source."""

    source: int
    date: str
    outlet: str
    kind: str
    stance: str | None
    stance_words: str | None
    question: str | None
    text: str
    is_quote: bool


@dataclass(frozen=True)
class ActorBlock:
    """An actor: its matrix row (one cell per source) and its statements by source."""

    name: str
    role: str | None
    cells: tuple[str, ...]
    differs: tuple[str, ...]
    statements: tuple[StatementRow, ...]


@dataclass(frozen=True)
class MarkEntry:
    """A flagged or annotated passage for the memo."""

    scope: str
    paragraph: int | None
    quote: str
    flags: tuple[str, ...]
    notes: tuple[str, ...]
    orphaned: bool
    changed: bool


@dataclass(frozen=True)
class MarkGroup:
    """The reviewer's marks on one article."""

    heading: str
    source: int | None
    entries: tuple[MarkEntry, ...]


@dataclass(frozen=True)
class Memo:
    """Everything the memo says, ready to render in either format."""

    title: str
    description: str | None
    date_span: str
    progress: str
    counts: str
    sources: tuple[SourceRow, ...]
    tracks: tuple[TrackBlock, ...]
    source_labels: tuple[str, ...]
    actors: tuple[ActorBlock, ...]
    marks: tuple[MarkGroup, ...]
    exported: str = field(default_factory=lambda: dt.date.today().strftime("%-d %B %Y"))


def _figure_segments(fig: Figure, article: Article | None) -> Segments:
    """The figure's sentence with the figure itself marked."""
    text = fig.sentence_text
    start = end = -1
    if article and 0 <= fig.paragraph < len(article.paragraphs):
        sentences = article.paragraphs[fig.paragraph].sentences
        if 0 <= fig.sentence < len(sentences):
            start, end = fig.start - sentences[fig.sentence].start, fig.end - sentences[fig.sentence].start
    if not (0 <= start < end <= len(text) and text[start:end] == fig.text):
        start = text.find(fig.text) if fig.text else -1
        end = start + len(fig.text)
    if start < 0:
        return ((one_line(text), False),)
    parts = (text[:start], text[start:end], text[end:])
    return tuple((_keep_edge_spaces(part), n == 1) for n, part in enumerate(parts) if part)


def _keep_edge_spaces(part: str) -> str:
    """A piece of a sentence on one line, keeping one space at either end so pieces join as words."""
    inner = one_line(part)
    lead = " " if part[:1].isspace() and inner else ""
    trail = " " if part[-1:].isspace() and inner else ""
    return lead + inner + trail


def _tracks(analysis: Analysis, number: dict[str, int]) -> tuple[TrackBlock, ...]:
    figures = {f.id: f for f in analysis.figures}
    articles = {a.id: a for a in analysis.articles}
    blocks = []
    for track in analysis.tracks:
        rows = []
        for fid in track.figures:
            fig = figures.get(fid)
            if fig is None:
                continue
            art = articles.get(fig.article)
            rows.append(FigureRow(number.get(fig.article, 0), art.date_label if art else "", one_line(art.outlet or "") if art else "",
                                  one_line(fig.text), one_line(fig.qualifier) if fig.qualifier else None, _figure_segments(fig, art)))
        blocks.append(TrackBlock(one_line(track.label), one_line(track.unit), track.disagreement,
                                 one_line(track.note) if track.note else None, tuple(rows)))
    return tuple(blocks)


def _cell(statements: Sequence[Statement]) -> str:
    """The matrix cell of one actor in one source: its stance, 'mixed', 'stated', or '·' when silent."""
    if not statements:
        return "·"
    stances = {s.stance for s in statements if s.stance}
    if len(stances) > 1:
        return "mixed"
    if stances:
        return STANCE_LABELS.get(next(iter(stances)), next(iter(stances)))
    return "stated"


def _differs(statements: Sequence[Statement]) -> tuple[str, ...]:
    """The questions (or 'overall') on which one actor's stance differs between sources."""
    by_question: dict[str | None, set[tuple[str, str]]] = defaultdict(set)
    for s in statements:
        if s.stance:
            by_question[s.question].add((s.article, s.stance))
    out = []
    for question, pairs in by_question.items():
        if len({stance for _, stance in pairs}) > 1 and len({art for art, _ in pairs}) > 1:
            out.append(one_line(question) if question else "overall")
    return tuple(out)


def _actors(analysis: Analysis, number: dict[str, int]) -> tuple[ActorBlock, ...]:
    articles = {a.id: a for a in analysis.articles}
    by_actor: dict[str, list[Statement]] = defaultdict(list)
    for s in analysis.statements:
        if s.article in articles:
            by_actor[s.actor].append(s)
    counts = Counter({k: len(v) for k, v in by_actor.items()})

    def rank(actor: Actor) -> tuple:
        return (actor.kind != "person", -counts[actor.id], actor.name.casefold())

    blocks = []
    for actor in sorted((a for a in analysis.actors if by_actor.get(a.id)), key=rank):
        statements = sorted(by_actor[actor.id], key=lambda s: (number.get(s.article, 0), s.paragraph, s.sentence))
        cells = tuple(_cell([s for s in statements if s.article == art.id]) for art in analysis.articles)
        rows = tuple(
            StatementRow(number[s.article], articles[s.article].date_label, one_line(articles[s.article].outlet or ""),
                         s.kind, s.stance, one_line(s.stance_words) if s.stance_words else None,
                         one_line(s.question) if s.question else None,
                         one_line(s.quote or s.sentence_text), bool(s.quote))
            for s in statements
        )
        blocks.append(ActorBlock(one_line(actor.name), one_line(actor.role) if actor.role else None, cells, _differs(statements), rows))
    return tuple(blocks)


def _entry(item: ReviewItem) -> MarkEntry:
    quote = one_line(item.quote)
    if item.scope == PARAGRAPH:
        quote = shorten(quote)
    paragraph = item.placement.paragraph
    return MarkEntry(item.scope, paragraph, quote, item.flags, tuple(clean(n.text).strip("\n") for n in item.notes),
                     item.orphaned, item.placement.match == "changed")


def _marks(analysis: Analysis, state: ReviewState, number: dict[str, int]) -> tuple[MarkGroup, ...]:
    articles = {a.id: a for a in analysis.articles}
    groups: dict[str, list[MarkEntry]] = {}
    for item in review_items(state, analysis.articles):
        groups.setdefault(item.article, []).append(_entry(item))
    out = []
    for article_id, entries in groups.items():
        art = articles.get(article_id)
        if art:
            heading = f"{art.date_label} · {one_line(art.outlet or 'unknown outlet')} — {one_line(art.title)}"
        else:
            heading = f"{one_line(article_id)} (no longer in the briefing)"
        out.append(MarkGroup(heading, number.get(article_id), tuple(entries)))
    return tuple(out)


def build_memo(analysis: Analysis, state: ReviewState) -> Memo:
    """The memo's contents from an analysis (articles in date order) and a review state."""
    number = {a.id: n for n, a in enumerate(analysis.articles, 1)}
    sources = tuple(
        SourceRow(n, a.date_label, one_line(a.outlet or "unknown outlet"), one_line(a.title), state.status(a.id))
        for n, a in enumerate(analysis.articles, 1)
    )
    reviewed = sum(r.status == REVIEWED for r in sources)
    notes = len(state.notes)
    flags = len(state.flags)
    labels = tuple(f"{n} · {a.date.strftime('%-d %b') if a.date else 'undated'}" for n, a in enumerate(analysis.articles, 1))
    return Memo(
        title=one_line(analysis.briefing.title),
        description=one_line(analysis.briefing.description) if analysis.briefing.description else None,
        date_span=date_span(analysis.articles),
        progress=f"{reviewed}/{len(sources)} reviewed",
        counts=f"{flags} flag{'s' * (flags != 1)}, {notes} note{'s' * (notes != 1)}",
        sources=sources,
        tracks=_tracks(analysis, number),
        source_labels=labels,
        actors=_actors(analysis, number),
        marks=_marks(analysis, state, number),
    )


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.M)


def md_escape(text: str) -> str:
    """Text that Markdown shows as it is: no emphasis, links, images, HTML, tables or entities can come from it."""
    text = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", clean(text)))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit()
                              else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _md_segments(segments: Segments) -> str:
    return "".join(f"**{md_escape(t)}**" if strong else md_escape(t) for t, strong in segments)


def _md_lines(text: str, prefix: str) -> list[str]:
    """A multi-line note as a block quote that keeps its line breaks."""
    lines = [md_escape(line) for line in text.split("\n")]
    return [f"{prefix}> {line}  " if n < len(lines) - 1 and line else f"{prefix}> {line}".rstrip() for n, line in enumerate(lines)]


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def memo_markdown(memo: Memo) -> str:
    """The memo as Markdown for e-mail and chat."""
    out = [f"# {md_escape(memo.title)}", ""]
    if memo.description:
        out += [md_escape(memo.description), ""]
    out += [f"{len(memo.sources)} sources · {memo.date_span} · review: {memo.progress} · {memo.counts} · "
            f"memo of {memo.exported}", ""]
    out += ["## Sources", ""]
    out += _md_table(["#", "Date", "Outlet", "Headline", "Review"],
                     [[str(r.number), r.date, md_escape(r.outlet), md_escape(r.headline), STATUS_LABELS[r.status]] for r in memo.sources])
    out += ["", "## Key figures", ""]
    if not memo.tracks:
        out += ["_No key figures were found in these articles._", ""]
    for track in memo.tracks:
        title = f"### {md_escape(track.label)}"
        if track.disagreement:
            title += " — ⚠ sources disagree"
        out += [title, ""]
        if track.note:
            out += [md_escape(track.note), ""]
        out += _md_table(["#", "Date", "Outlet", "Figure", "Sentence"],
                         [[str(r.source), r.date, md_escape(r.outlet),
                           md_escape(r.figure) + (f" ({md_escape(r.qualifier)})" if r.qualifier else ""),
                           _md_segments(r.sentence)] for r in track.rows])
        out.append("")
    out += ["## Positions", ""]
    if not memo.actors:
        out += ["_No statements were attributed to actors._", ""]
    else:
        out += _md_table(["Actor", *memo.source_labels], [[md_escape(a.name), *a.cells] for a in memo.actors])
        out += ["", "Columns are the sources above; a cell gives the actor's stance there (· silent, stated: no clear stance).", ""]
    for actor in memo.actors:
        heading = f"### {md_escape(actor.name)}" + (f" — {md_escape(actor.role)}" if actor.role else "")
        out += [heading, ""]
        if actor.differs:
            out += [f"⚠ {md_escape(_differs_label(actor.differs))}", ""]
        for s in actor.statements:
            stance = f", {s.stance}" + (f" ({md_escape(s.stance_words)})" if s.stance_words else "") if s.stance else ""
            out.append(f"- **{s.source} · {s.date} · {md_escape(s.outlet)}** — {s.kind}{stance}: “{md_escape(s.text)}”")
        out.append("")
    out += ["## Reviewer's flags and notes", ""]
    if not memo.marks:
        out += ["_No flags or notes._", ""]
    for group in memo.marks:
        label = f"{group.source}. " if group.source else ""
        out += [f"### {label}{md_escape(group.heading)}", ""]
        for entry in group.entries:
            out += _md_entry(entry)
        if out[-1] != "":
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _differs_label(differs: Sequence[str]) -> str:
    """'Stance differs between sources', naming the questions it differs on."""
    questions = [q for q in differs if q != "overall"]
    return "Stance differs between sources" + (f" on: {'; '.join(questions)}" if questions else "")


def _entry_label(entry: MarkEntry) -> str:
    if entry.scope == ARTICLE:
        return "On the article"
    where = "Paragraph" if entry.scope == PARAGRAPH else "Sentence"
    status = " — orphaned: no longer in the article" if entry.orphaned else " — the text has changed since" if entry.changed else ""
    flags = ", ".join(FLAG_LABELS[f] for f in entry.flags)
    return f"{where}" + (f" ⚑ {flags}" if flags else "") + status


def _md_entry(entry: MarkEntry) -> list[str]:
    head = f"- **{_entry_label(entry)}**"
    if entry.scope != ARTICLE:
        head += f": “{md_escape(entry.quote)}”"
    out = [head]
    for note in entry.notes:
        out += ["", *_md_lines(note, "  ")]
    if entry.notes:
        out.append("")
    return out


# ---------------------------------------------------------------- HTML

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 Georgia, "DejaVu Serif", serif; color: #111; background: #fff; margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 2mm; }
h2 { font: 600 13pt/1.3 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; border-bottom: 1.5pt solid #111; padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font: 600 11pt/1.3 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; margin: 5mm 0 2mm; break-after: avoid; }
.lede { font-style: italic; margin: 0 0 2mm; }
.meta { font: 9pt/1.4 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #444; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #999; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #eee; font: 600 8.5pt/1.3 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
td.num, th.num { width: 7mm; text-align: right; }
td.nowrap { white-space: nowrap; }
td.stance { text-align: center; white-space: nowrap; }
.supports { font-weight: 600; } .opposes { font-weight: 600; text-decoration: underline; } .mixed, .conditional { font-style: italic; } .silent { color: #888; }
mark { background: #fff0a8; font-weight: 700; padding: 0 0.5mm; }
.warn { font-weight: 600; }
p.warn { font: 600 9pt/1.4 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; margin: 0 0 1.5mm; }
.empty { color: #555; font-style: italic; }
.statements { margin: 0 0 3mm; padding-left: 5mm; }
.statements li { margin: 0 0 1.2mm; break-inside: avoid; }
.src { font: 600 8.5pt "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.entry { margin: 0 0 3mm; padding: 1.5mm 0 1.5mm 3mm; border-left: 2pt solid #999; break-inside: avoid; }
.entry.orphaned { border-left-style: dashed; }
.label { font: 600 8.5pt/1.4 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: 0.02em; color: #333; }
.flag { display: inline-block; border: 0.8pt solid #111; border-radius: 1mm; padding: 0 1.2mm; margin-left: 1mm; font-size: 8pt; text-transform: none; }
.quote { margin: 0.8mm 0; }
.note { white-space: pre-wrap; margin: 1mm 0 0; padding: 1.2mm 2mm; background: #f4f4f4; font: 9.5pt/1.4 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.legend { font-size: 8.5pt; color: #444; }
@media print { body { padding: 0; max-width: none; } }
"""


def _h(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _h_segments(segments: Segments) -> str:
    return "".join(f"<mark>{_h(t)}</mark>" if strong else _h(t) for t, strong in segments)


def _html_table(header: Sequence[tuple[str, str]], rows: Sequence[Sequence[tuple[str, str]]]) -> list[str]:
    """A table from (class, already-escaped html) cells."""
    out = ["<table>", "<thead><tr>" + "".join(f'<th class="{c}">{t}</th>' if c else f"<th>{t}</th>" for c, t in header) + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append("<tr>" + "".join(f'<td class="{c}">{t}</td>' if c else f"<td>{t}</td>" for c, t in row) + "</tr>")
    return out + ["</tbody>", "</table>"]


def memo_html(memo: Memo) -> str:
    """The memo as one self-contained HTML page: inline CSS, no scripts, nothing fetched, A4 when printed."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(memo.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(memo.title)}</h1>",
    ]
    if memo.description:
        out.append(f'<p class="lede">{_h(memo.description)}</p>')
    out.append(f'<p class="meta">{len(memo.sources)} sources · {_h(memo.date_span)} · review: {_h(memo.progress)} · '
               f"{_h(memo.counts)} · memo of {_h(memo.exported)}</p>")
    out.append("<h2>Sources</h2>")
    out += _html_table(
        [("num", "#"), ("", "Date"), ("", "Outlet"), ("", "Headline"), ("", "Review")],
        [[("num", str(r.number)), ("nowrap", _h(r.date)), ("", _h(r.outlet)), ("", _h(r.headline)), ("nowrap", _h(STATUS_LABELS[r.status]))]
         for r in memo.sources],
    )
    out.append("<h2>Key figures</h2>")
    if not memo.tracks:
        out.append('<p class="empty">No key figures were found in these articles.</p>')
    for track in memo.tracks:
        warn = ' <span class="warn">— ⚠ sources disagree</span>' if track.disagreement else ""
        out.append(f"<h3>{_h(track.label)}{warn}</h3>")
        if track.note:
            out.append(f"<p>{_h(track.note)}</p>")
        out += _html_table(
            [("num", "#"), ("", "Date"), ("", "Outlet"), ("", "Figure"), ("", "Sentence")],
            [[("num", str(r.source)), ("nowrap", _h(r.date)), ("", _h(r.outlet)),
              ("", f"<strong>{_h(r.figure)}</strong>" + (f" ({_h(r.qualifier)})" if r.qualifier else "")),
              ("", _h_segments(r.sentence))] for r in track.rows],
        )
    out.append("<h2>Positions</h2>")
    if not memo.actors:
        out.append('<p class="empty">No statements were attributed to actors.</p>')
    else:
        out += _html_table(
            [("", "Actor"), *[("stance", _h(label)) for label in memo.source_labels]],
            [[("", _h(a.name)), *[(f"stance {_stance_class(c)}", _h(c)) for c in a.cells]] for a in memo.actors],
        )
        out.append('<p class="legend">Columns are the sources above; a cell gives the actor\'s stance there '
                   "(· silent, stated: no clear stance).</p>")
    for actor in memo.actors:
        role = f" — {_h(actor.role)}" if actor.role else ""
        out.append(f"<h3>{_h(actor.name)}{role}</h3>")
        if actor.differs:
            out.append(f'<p class="warn">⚠ {_h(_differs_label(actor.differs))}</p>')
        out.append('<ul class="statements">')
        for s in actor.statements:
            stance = f", {_h(s.stance)}" + (f" ({_h(s.stance_words)})" if s.stance_words else "") if s.stance else ""
            out.append(f'<li><span class="src">{s.source} · {_h(s.date)} · {_h(s.outlet)}</span> — {_h(s.kind)}{stance}: '
                       f"“{_h(s.text)}”</li>")
        out.append("</ul>")
    out.append("<h2>Reviewer's flags and notes</h2>")
    if not memo.marks:
        out.append('<p class="empty">No flags or notes.</p>')
    for group in memo.marks:
        label = f"{group.source}. " if group.source else ""
        out.append(f"<h3>{label}{_h(group.heading)}</h3>")
        for entry in group.entries:
            out += _html_entry(entry)
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _stance_class(cell: str) -> str:
    return {"·": "silent"}.get(cell, cell if cell.isalpha() else "")


def _html_entry(entry: MarkEntry) -> list[str]:
    cls = "entry orphaned" if entry.orphaned else "entry"
    where = "On the article" if entry.scope == ARTICLE else ("Paragraph" if entry.scope == PARAGRAPH else "Sentence")
    flags = "".join(f'<span class="flag">⚑ {_h(FLAG_LABELS[f])}</span>' for f in entry.flags)
    status = " · orphaned: no longer in the article" if entry.orphaned else " · the text has changed since" if entry.changed else ""
    out = [f'<div class="{cls}">', f'<div class="label">{where}{status}{flags}</div>']
    if entry.scope != ARTICLE:
        out.append(f'<p class="quote">“{_h(entry.quote)}”</p>')
    out += [f'<p class="note">{_h(note)}</p>' for note in entry.notes]
    out.append("</div>")
    return out


def render_memo(analysis: Analysis, state: ReviewState, fmt: str) -> str:
    """The memo of a briefing in `md` or `html`."""
    memo = build_memo(analysis, state)
    if fmt == "md":
        return memo_markdown(memo)
    if fmt == "html":
        return memo_html(memo)
    raise ValueError(f"unknown format {fmt!r} (use {' or '.join(FORMATS)})")

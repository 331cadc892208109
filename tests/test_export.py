"""The memo export: what it says (sources, figures, positions, the reviewer's marks) and that article text cannot inject markup."""

from __future__ import annotations

import datetime as dt
import html.parser
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefbook.cli import main
from briefbook.core import review as rv
from briefbook.core.analysis import analyze_articles
from briefbook.core.export import (
    build_memo,
    md_escape,
    memo_html,
    memo_markdown,
    render_memo,
)
from briefbook.core.loading import build_article
from briefbook.core.model import (
    Actor,
    Analysis,
    ArticleSource,
    Briefing,
    Figure,
    Statement,
    Track,
)

HOSTILE = """Port deal <script>alert(1)</script>

The **bold** claim and [x](javascript:alert(1)) link appeared. Fees | pipes | broke tables.

Officials said 40 ships would be affected.
"""

CALM = """Harbour fees rise

The harbour board met on Monday. It agreed to raise fees by 12 percent. Fishermen objected.

The mayor said the plan would go ahead.
"""

LATE = """Fees vote delayed

The mayor said the vote would wait until June. About 35 ships use the port each week.
"""


def _article(article_id: str, text: str, outlet: str, date: dt.date, order: int):
    return build_article(ArticleSource(article_id, f"/nowhere/{article_id}.txt", order, outlet, date), text)


@pytest.fixture
def analysis() -> Analysis:
    articles = [
        _article("late", LATE, "Bay Herald", dt.date(2024, 6, 2), 0),
        _article("hostile", HOSTILE, "Dock <b>Daily</b> | x", dt.date(2024, 5, 20), 1),
        _article("calm", CALM, "Coast Post", dt.date(2024, 5, 1), 2),
    ]
    briefing = Briefing("Harbour *fees* dispute", "Three reports on the harbour fees.", (), "/nowhere")
    base = analyze_articles(briefing, articles)
    hostile, late = base.article("hostile"), base.article("late")
    ships_h = hostile.paragraphs[2].sentences[0]
    ships_l = late.paragraphs[1].sentences[1]
    figures = (
        Figure("f1", "hostile", 2, 0, ships_h.start + 15, ships_h.start + 23, "40 ships", 40, None, None, "ship", None, ships_h.text),
        Figure("f2", "late", 1, 1, ships_l.start + 6, ships_l.start + 14, "35 ships", 35, None, None, "ship", "about", ships_l.text),
    )
    tracks = (Track("t1", "ship", "Ships affected", ("f1", "f2"), True, "40 against about 35"),)
    mayor = Actor("mayor", "Ana Ruiz", "person", "Mayor")
    board = Actor("board", "Harbour board", "organization")
    calm = base.article("calm")
    said = calm.paragraphs[2].sentences[0]
    waits = late.paragraphs[1].sentences[0]
    statements = (
        Statement("s1", "mayor", "calm", 2, 0, said.start, said.end, "indirect", said.text, None, "supports", "would go ahead"),
        Statement("s2", "mayor", "late", 1, 0, waits.start, waits.end, "indirect", waits.text, None, "conditional", "would wait"),
        Statement("s3", "board", "hostile", 1, 0, 0, 10, "action", hostile.paragraphs[1].sentences[0].text),
    )
    return Analysis(base.briefing, base.articles, figures, (), tracks, (mayor, board), (), statements)


@pytest.fixture
def state(analysis: Analysis) -> rv.ReviewState:
    state = rv.ReviewState()
    state.statuses["calm"] = rv.ArticleStatus(rv.REVIEWED, "t1")
    state.statuses["hostile"] = rv.ArticleStatus(rv.READ, "t1")
    hostile = analysis.article("hostile")
    injected = rv.sentence_anchor(hostile.paragraphs[1].sentences[0])
    state.flags[rv.flag_key(injected, rv.CHECK)] = rv.Flag(injected, rv.CHECK, "t2")
    state.notes["n1"] = rv.Note("n1", injected, "Is this **real**?\n<img src=x onerror=alert(1)>", "t2", "t2")
    fees = rv.sentence_anchor(analysis.article("calm").paragraphs[1].sentences[1])
    state.flags[rv.flag_key(fees, rv.IMPORTANT)] = rv.Flag(fees, rv.IMPORTANT, "t3")
    state.notes["n2"] = rv.Note("n2", rv.Anchor("calm", rv.SENTENCE, 1, 3, "A sentence cut from the article."), "orphan note", "t4", "t4")
    state.notes["n3"] = rv.Note("n3", rv.article_anchor("late"), "Follow up in June.", "t5", "t5")
    return state


def test_memo_contents_in_markdown(analysis: Analysis, state: rv.ReviewState) -> None:
    md = memo_markdown(build_memo(analysis, state))
    assert md.startswith("# Harbour \\*fees\\* dispute\n")
    assert "1 May – 2 Jun 2024" in md
    assert "review: 1/3 reviewed" in md and "2 flags, 3 notes" in md
    rows = [line for line in md.splitlines() if re.match(r"\| \d \|", line)]
    assert [r.split(" | ")[2] for r in rows[:3]] == ["Coast Post", "Dock \\<b\\>Daily\\</b\\> \\| x", "Bay Herald"]
    assert rows[0].endswith("✓ reviewed |") and rows[1].endswith("read |") and rows[2].endswith("unread |")
    assert "### Ships affected — ⚠ sources disagree" in md
    assert "Officials said **40 ships** would be affected." in md
    assert "**35 ships**" in md and "35 ships (about)" in md
    assert "| Ana Ruiz | supports | · | conditional |" in md
    assert "| Harbour board | · | stated | · |" in md
    assert "### Ana Ruiz — Mayor" in md and "⚠ Stance differs between sources" in md
    assert "- **1 · 1 May 2024 · Coast Post** — indirect, supports (would go ahead): “The mayor said the plan would go ahead.”" in md
    assert "### 1. 1 May 2024 · Coast Post — Harbour fees rise" in md
    assert "- **Sentence ⚑ important**: “It agreed to raise fees by 12 percent.”" in md
    assert "orphaned: no longer in the article**: “A sentence cut from the article.”" in md
    assert "> orphan note" in md
    assert "- **On the article**" in md and "> Follow up in June." in md


def test_markdown_escapes_article_text_and_notes(analysis: Analysis, state: rv.ReviewState) -> None:
    md = memo_markdown(build_memo(analysis, state))
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "href" not in rendered
    assert "<strong>bold</strong>" not in rendered and "<strong>real</strong>" not in rendered
    assert "The **bold** claim and [x](javascript:alert(1)) link appeared." in html_text(rendered)
    assert "Port deal <script>alert(1)</script>" in html_text(rendered)
    source_rows = re.findall(r"<tr>\s*<td>\d</td>(.*?)</tr>", rendered, re.S)
    assert len(source_rows) == 5  # three sources, two figures
    assert all(row.count("<td>") == 4 for row in source_rows)  # pipes in text did not split cells


def test_markdown_keeps_note_line_breaks(analysis: Analysis, state: rv.ReviewState) -> None:
    rendered = MarkdownIt("commonmark").render(memo_markdown(build_memo(analysis, state)))
    assert "Is this **real**?<br />" in rendered


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("**bold**", "**bold**"),
        ("_it_", "_it_"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("![img](http://example.org/a.png)", "![img](http://example.org/a.png)"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("# heading", "# heading"),
        ("- item", "- item"),
        ("1. item", "1. item"),
        ("`code`", "`code`"),
        ("&lt;b&gt;", "&lt;b&gt;"),
        ("a | b", "a | b"),
        ("esc \x1b[2J here", "esc [2J here"),
        ("bidi \u202e txt", "bidi ⟨U+202E⟩ txt"),
    ],
)
def test_md_escape_shows_text_literally(text: str, shown: str) -> None:
    rendered = MarkdownIt("commonmark").render(md_escape(text))
    assert html_text(rendered).strip() == shown


class _Collector(html.parser.HTMLParser):
    """Collects tags, attributes and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def html_text(page: str) -> str:
    collector = _Collector()
    collector.feed(page)
    return "".join(collector.text)


def test_html_is_self_contained_printable_and_escaped(analysis: Analysis, state: rv.ReviewState) -> None:
    page = memo_html(build_memo(analysis, state))
    collector = _Collector()
    collector.feed(page)
    assert "script" not in collector.tags and "img" not in collector.tags and "b" not in collector.tags
    assert "link" not in collector.tags and "iframe" not in collector.tags
    assert not [a for a in collector.attrs if a[0] in ("src", "href", "onerror")]
    assert "url(" not in page and "@import" not in page
    assert "@page { size: A4" in page
    text = "".join(collector.text)
    assert "Port deal <script>alert(1)</script>" in text
    assert "The **bold** claim and [x](javascript:alert(1)) link appeared." in text
    assert "Is this **real**?\n<img src=x onerror=alert(1)>" in text
    assert "Dock <b>Daily</b> | x" in text
    assert "Officials said 40 ships would be affected." in text
    assert "<mark>40 ships</mark>" in page
    assert "orphaned: no longer in the article" in text and "A sentence cut from the article." in text


def test_an_empty_analysis_reads_well(tmp_path: Path) -> None:
    art = _article("calm", CALM, "Coast Post", dt.date(2024, 5, 1), 0)
    analysis = Analysis(Briefing("Harbour", None, (), str(tmp_path)), (art,))
    md = render_memo(analysis, rv.ReviewState(), "md")
    assert "_No key figures were found in these articles._" in md
    assert "_No statements were attributed to actors._" in md
    assert "_No flags or notes._" in md
    page = render_memo(analysis, rv.ReviewState(), "html")
    assert "No key figures were found" in page and "<table>" in page
    with pytest.raises(ValueError):
        render_memo(analysis, rv.ReviewState(), "pdf")


def _briefing_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "b.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "a.txt").write_text(CALM, encoding="utf-8")
    return folder


def test_cli_export_and_status(tmp_path: Path, capsys) -> None:
    folder = _briefing_folder(tmp_path)
    review_file = tmp_path / "r.review.yaml"
    store = rv.ReviewStore.open(review_file)
    store.toggle_reviewed("a")
    store.add_note(rv.article_anchor("a"), "good source")
    store.add_note(rv.Anchor("b", rv.SENTENCE, 1, 0, "Gone sentence."), "lost")

    assert main(["status", str(folder), "--review-file", str(review_file)]) == 0
    out = capsys.readouterr().out
    assert "1/2 reviewed" in out
    assert "0 flags, 2 notes (1 orphaned note: the passage" in out
    assert "Not yet reviewed:" in out and "Port deal <script>" in out
    assert f"Review file: {review_file}" in out and "--review-file" in out

    assert main(["export", str(folder), "--review-file", str(review_file)]) == 0
    md = capsys.readouterr().out
    assert "> good source" in md and "Port deal \\<script\\>" in md

    target = tmp_path / "memo.html"
    assert main(["export", str(folder), "--format", "html", "-o", str(target), "--review-file", str(review_file)]) == 0
    assert capsys.readouterr().out == ""
    assert "good source" in target.read_text(encoding="utf-8")


def test_cli_status_on_a_folder_uses_the_file_inside_it(tmp_path: Path, capsys) -> None:
    folder = _briefing_folder(tmp_path)
    assert main(["status", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "0/2 reviewed" in out
    assert str(folder / "briefing.review.yaml") in out and "not created yet" in out


def test_cli_reports_a_damaged_review_file_and_goes_on(tmp_path: Path, capsys) -> None:
    folder = _briefing_folder(tmp_path)
    (folder / "briefing.review.yaml").write_text("notes: [broken", encoding="utf-8")
    assert main(["status", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "damaged" in captured.err and "0/2 reviewed" in captured.out


def test_cli_export_of_a_missing_target_fails_cleanly(tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "nothing")]) == 2
    assert "no such file" in capsys.readouterr().err

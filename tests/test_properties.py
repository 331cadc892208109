"""Properties of the core on any input: reading, cleaning and analysis never raise, spans stay inside."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbook.cli import _json_text
from briefbook.core.analysis import analyze_articles
from briefbook.core.clean import clean_text
from briefbook.core.highlights import paragraph_highlights
from briefbook.core.jsonout import analysis_to_dict
from briefbook.core.loading import build_article
from briefbook.core.manifest import ManifestError, parse_manifest
from briefbook.core.model import ArticleSource, Briefing
from briefbook.core.reading import decode_bytes, printable, sanitize

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Text that looks like articles, with every hostile ingredient mixed in.
PIECES = st.sampled_from(
    [
        "The council said", " 12 million euros", " on June 4, 2025", ". ", "\n", "\n\n", "“", "”", "«", "»", '"',
        "U.S.", " Dr. Ruiz", "…", "Photo: Getty Images", "Read more", "By Ana Ruiz", "# ", "- ", "**",
        "\x1b[2J", "\x1b]52;c;eA==\x07", "\x1b]8;;http://x\x1b\\", "\x9b", "\x1b", "\x07", "\b", "\r", "\x00",
        "\u202e", "\u2066", "\u200b", "\xa0", "\ufeff", "[bold red]", "[/]", "[@click=app.quit]", "Сoalition",
        "e\u0301", "\U0001f600", "\ud7ff", "\t",
    ]
)
ARTICLE_TEXT = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=60).map("".join))
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _source(n: int = 0) -> ArticleSource:
    return ArticleSource(id=f"a{n}", path=f"/nowhere/a{n}.txt", order=n)


def _briefing(sources: tuple[ArticleSource, ...]) -> Briefing:
    return Briefing(title="T", description=None, sources=sources, root="/nowhere")


@FAST
@given(st.binary(max_size=600))
def test_decode_bytes_never_raises_and_leaves_no_control(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert not CONTROL.search(decoded.text)


@FAST
@given(ARTICLE_TEXT)
def test_sanitize_is_idempotent_and_clean(text: str) -> None:
    once = sanitize(text)
    assert not CONTROL.search(once)
    assert "\x1b" not in once
    assert sanitize(once) == once


@FAST
@given(ARTICLE_TEXT)
def test_printable_is_one_safe_line(text: str) -> None:
    shown = printable(text)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b]", shown)


@FAST
@given(ARTICLE_TEXT)
def test_clean_text_never_raises(text: str) -> None:
    cleaned = clean_text(sanitize(text))
    assert all(body.strip() for _, body in cleaned.paragraphs)


@FAST
@given(ARTICLE_TEXT)
def test_sentences_lie_inside_their_paragraph(text: str) -> None:
    article = build_article(_source(), sanitize(text))
    for p in article.paragraphs:
        last_end = 0
        for s in p.sentences:
            assert 0 <= s.start < s.end <= len(p.text)
            assert s.start >= last_end
            assert p.text[s.start:s.end] == s.text
            assert (s.article, s.paragraph) == (article.id, p.index)
            last_end = s.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE_TEXT, min_size=1, max_size=3))
def test_analysis_spans_and_json_are_safe(texts: list[str]) -> None:
    sources = tuple(_source(n) for n in range(len(texts)))
    articles = [build_article(src, sanitize(t)) for src, t in zip(sources, texts)]
    analysis = analyze_articles(_briefing(sources), articles)
    by_id = {a.id: a for a in analysis.articles}
    for item in (*analysis.figures, *analysis.statements, *analysis.dates):
        paragraph = by_id[item.article].paragraphs[item.paragraph]
        assert 0 <= item.start <= item.end <= len(paragraph.text)
        sentence = paragraph.sentences[item.sentence]
        assert sentence.start <= item.start and item.end <= sentence.end
    for m in analysis.mentions:
        assert 0 <= m.start < m.end <= len(by_id[m.article].paragraphs[m.paragraph].text)
    for art in analysis.articles:
        for p in art.paragraphs:
            for h in paragraph_highlights(analysis, art.id, p.index):
                assert 0 <= h.start < h.end <= len(p.text)
    out = _json_text(analysis_to_dict(analysis))
    assert not CONTROL.search(out.replace("\n", ""))
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == [a.id for a in analysis.articles]


YAML_PIECES = st.sampled_from(
    [
        "title: ", "articles:\n", "  - file: ", "a.txt", "../x.txt", "\n", "    date: ", "2025-02-30", "2025-01-01",
        "    outlet: ", "[x]", "{a: 1}", "&a ", "*a", "!!python/object:os.system ", "!!binary ", "'", '"', "\\e",
        "- ", ": ", "\t", "    drop: ", "/(/", "actors:\n", "  - name: X\n", "    kind: robot\n", "\x00", "\u202e",
        "~", "true", "42", "---\n", "...\n", "#", "%YAML 1.1\n", "? ", "|\n", ">\n",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(YAML_PIECES, max_size=40).map("".join)))
def test_parse_manifest_only_ever_raises_manifest_error(text: str) -> None:
    try:
        briefing, problems = parse_manifest(Path("/nowhere/m.yaml"), text)
    except ManifestError as exc:
        problems = [exc.problem]
    for p in problems:
        line = str(p)
        assert "\n" not in line and not CONTROL.search(line)
        assert p.line >= 1 and p.col >= 1


def test_alias_bomb_is_refused_before_expansion() -> None:
    bomb = "a: &a [" + ",".join(["x"] * 9) + "]\n" + "".join(
        f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi")
    ) + "articles: [*i]\n"
    assert len(bomb) < 1000
    try:
        parse_manifest(Path("/nowhere/m.yaml"), bomb)
    except ManifestError as exc:
        assert "aliases" in exc.problem.message
    else:
        raise AssertionError("an alias bomb was accepted")
    assert yaml.safe_load("a: 1") == {"a": 1}

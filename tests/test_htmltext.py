"""Web pages saved as HTML are read as articles: metadata, story text, and nothing of the page around it."""

from __future__ import annotations

from pathlib import Path

from briefbook.core.htmltext import html_to_text, looks_like_html
from briefbook.core.loading import read_source, resolve_target

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Varna dockers end strike | Black Sea Herald</title>
<meta property="og:site_name" content="Black Sea Herald">
<meta property="article:published_time" content="2025-04-03T09:15:00Z">
<script>var teaser = "<p>Buy now</p>";</script><style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header><h1>Varna dockers end strike after pay deal</h1><p>By Jane Doe</p></header>
<article>
<p>Harbour workers in Varna ended a nine-day strike on Thursday after the port authority agreed
   to raise wages by 12%.</p>
<figure><img src="quay.jpg" alt=""><figcaption>Dockers at the east quay. Photo: Reuters</figcaption></figure>
<h2>What the deal says</h2>
<p>The union&rsquo;s leader, Ivan Petrov, said the deal &amp; its bonus were &quot;a fair outcome&quot;.</p>
<ul><li>wages rise by 12%</li><li>a bonus of 500 leva</li></ul>
<div hidden>Subscribe to read more</div>
<aside><h3>Related</h3><a href="/x">Ferry fares rise</a></aside>
<form><button>Share</button></form>
</article>
<footer>&copy; 2025 Black Sea Herald. All rights reserved.</footer>
</body></html>
"""


def test_a_page_opens_like_html() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body><p>x</p></body></html>")
    assert not looks_like_html("# Varna dockers end strike\n\nThe <b>union</b> said so.")


def test_the_page_becomes_a_header_and_the_story_text() -> None:
    text = html_to_text(PAGE)
    lines = [line for line in text.split("\n") if line]
    # The headline (the page's <h1>) over its site's name in the page title; the date from the page's metadata.
    assert lines[:3] == ["Title: Varna dockers end strike after pay deal", "Source: Black Sea Herald", "Date: 2025-04-03T09:15:00Z"]
    assert "# Varna dockers end strike after pay deal" in lines
    assert "## What the deal says" in lines
    assert 'The union’s leader, Ivan Petrov, said the deal & its bonus were "a fair outcome".' in lines
    assert "- a bonus of 500 leva" in lines
    assert "*Dockers at the east quay. Photo: Reuters*" in lines
    for chrome in ("Home", "Buy now", "color", "By Jane Doe", "Subscribe", "Ferry fares", "Share", "All rights reserved"):
        assert chrome not in text, chrome


def test_a_saved_page_is_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "varna.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Port notes\n\nThe harbour reopened on Friday, the port said.\n", encoding="utf-8")
    briefing, _ = resolve_target(str(tmp_path))
    assert sorted(Path(s.path).name for s in briefing.sources) == ["notes.txt", "varna.html"]
    source = next(s for s in briefing.sources if s.path.endswith(".html"))
    article, problems = read_source(source)
    assert problems == []
    assert (article.title, article.outlet, str(article.date)) == (
        "Varna dockers end strike after pay deal",
        "Black Sea Herald",
        "2025-04-03",
    )
    body = [p.text for p in article.paragraphs]
    assert body[1].startswith("Harbour workers in Varna ended a nine-day strike")
    assert "What the deal says" in body
    assert article.captions == ("Dockers at the east quay. Photo: Reuters",)


def test_a_page_without_an_article_element_keeps_its_body_but_not_its_chrome() -> None:
    page = (
        "<html><head><title>Ferry fares rise - Coast Courier</title></head><body>"
        "<nav>Home | World</nav><h1>Ferry fares rise</h1><p>Fares rise by 8% in May, the operator said.</p>"
        "<footer>Contact us</footer></body></html>"
    )
    text = html_to_text(page)
    assert text.startswith("Title: Ferry fares rise\nSource: Coast Courier\n\n")
    assert "Fares rise by 8% in May, the operator said." in text
    assert "Home" not in text and "Contact us" not in text


def test_escape_sequences_in_a_page_never_reach_the_text(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title>Test page</title></head><body><article><h1>Test page</h1>"
        "<p>The port said&#x1b;[31m red &#27;]0;title&#7; it reopened &#x9b;2J on Friday.</p></article></body></html>"
    )
    (tmp_path / "a.htm").write_text(page, encoding="utf-8")
    briefing, _ = resolve_target(str(tmp_path / "a.htm"))
    article, _ = read_source(briefing.sources[0])
    text = "\n".join(p.text for p in article.paragraphs)
    assert "The port said" in text and "on Friday." in text
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


def test_a_broken_page_keeps_what_was_read() -> None:
    text = html_to_text("<html><body><article><p>The port reopened on Friday.<p>Ships queued<div><b>")
    assert "The port reopened on Friday." in text and "Ships queued" in text


def test_a_page_with_no_text_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
    briefing, _ = resolve_target(str(tmp_path / "empty.html"))
    article, problems = read_source(briefing.sources[0])
    assert article is None
    assert [p.message for p in problems] == ["the web page has no text"]

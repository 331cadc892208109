"""A web page saved as HTML, as the plain text the cleaner reads.

The page's metadata (title, site name, publishing date) becomes a header of `Key: value` lines, its
headings Markdown headings, its paragraphs, list items and captions one block each, separated by blank
lines. What is never article text is left out: scripts, styles, forms, navigation, page headers and
footers, asides and embedded frames. When the page marks its story up as an <article> (or <main>), only
that part is read (with the page's first <h1> when the headline stands outside it).

Nothing in the page is interpreted beyond that: character references become the characters they name,
and the text is sanitised by the caller as any other article text is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIPPED = frozenset(
    "script style noscript template svg math canvas iframe object embed form button select textarea nav footer "
    "aside dialog menu".split()
)
# Elements that end a block of text (a paragraph of their own).
_BLOCKS = frozenset(
    "p div section article main header li dt dd blockquote pre figure figcaption table tr td th ul ol dl "
    "h1 h2 h3 h4 h5 h6 br hr address details summary caption body html".split()
)
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "##### ", "h6": "###### "}
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date",
    "publish_date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
_TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")
# A site's name after the headline in a page title: "Headline | Site", "Headline - Site".
_TITLE_SITE = re.compile(r"\s+[|–—-]\s+([^|–—]{2,60})$")


def looks_like_html(text: str) -> bool:
    """True when a text is an HTML page (it opens with a doctype or an <html> tag)."""
    return bool(_HTML_START.match(text[:4096]))


class _Page(HTMLParser):
    """Collects the page's metadata and its text blocks, inside and outside its <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.time: str | None = None
        self.blocks: list[tuple[bool, str]] = []  # (inside the article, text)
        self.first_h1: str | None = None
        self.skip: list[str] = []  # the skipped elements open
        self.article = 0  # <article>/<main> elements open
        self.saw_article = False
        self.in_title = False
        self.part: list[str] = []
        self.prefix = ""
        self.heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag in _SKIPPED and tag not in _VOID:
                self.skip.append(tag)
            return
        values = {k.casefold(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").casefold()
            if key and values.get("content", "").strip():
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "time" and self.time is None and values.get("datetime"):
            self.time = values["datetime"].strip()
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIPPED or values.get("hidden") is not None or "display:none" in values.get("style", "").replace(" ", ""):
            if tag not in _VOID:
                self.skip.append(tag)
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("article", "main"):
            self.article += 1
            self.saw_article = True
        if tag in _HEADINGS:
            self.prefix, self.heading = _HEADINGS[tag], tag
        elif tag == "li":
            self.prefix = "- "
        elif tag == "figcaption":
            self.prefix, self.heading = "*", "figcaption"

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("article", "main") and self.article:
            self.article -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip:
            self.part.append(data)

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.part)).strip()
        self.part = []
        if text:
            if self.heading == "h1" and self.first_h1 is None:
                self.first_h1 = text
            suffix = "*" if self.heading == "figcaption" else ""  # a caption in italics, as a Markdown page has it
            self.blocks.append((self.article > 0, self.prefix + text + suffix))
        self.prefix, self.heading = "", None

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(page: str) -> str:
    """The text of an HTML page for the cleaner: a `Key: value` header (title, source, date), then its blocks."""
    parser = _Page()
    try:
        parser.feed(page)
        parser.close()
    except (AssertionError, ValueError):  # a page too broken to parse to its end: what was read stands
        parser._flush()
    meta = parser.meta
    page_title = _SPACE.sub(" ", "".join(parser.title_parts)).strip()
    site = next((meta[k] for k in _SITE_META if meta.get(k)), None)
    title = next((meta[k] for k in _TITLE_META if meta.get(k)), None) or parser.first_h1
    named = _TITLE_SITE.search(page_title) if page_title else None  # "Headline | Site"
    if page_title and not title:
        title = page_title[: named.start()] if named else page_title
    if named and not site:
        site = named.group(1).strip()
    date = next((meta[k] for k in _DATE_META if meta.get(k)), None) or parser.time
    header = [f"{key}: {_SPACE.sub(' ', value).strip()}" for key, value in (("Title", title), ("Source", site), ("Date", date)) if value]
    if parser.saw_article:
        body = [text for inside, text in parser.blocks if inside]
        if parser.first_h1 and not any(t == "# " + parser.first_h1 for t in body):
            body.insert(0, "# " + parser.first_h1)
    else:
        body = [text for _, text in parser.blocks]
    if len(header) < 2:  # one field is no header the cleaner reads: the title stands as the first heading
        header = []
        if title and not any(t.lstrip("# ") == title for t in body[:3]):
            body.insert(0, "# " + title)
    return "\n".join(header) + ("\n\n" if header else "") + "\n\n".join(body) + "\n"


__all__ = ["html_to_text", "looks_like_html"]

"""From a target on the command line to a briefing, and from a briefing to read, cleaned articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from .htmltext import html_to_text, looks_like_html
from .manifest import (
    HTML_SUFFIXES,
    ManifestError,
    Problem,
    folder_briefing,
    is_manifest,
    read_manifest,
    single_file_briefing,
)
from .model import (
    PARAGRAPH_BODY,
    Article,
    ArticleSource,
    Briefing,
    Dropped,
    Paragraph,
    Sentence,
)
from .reading import (
    MAX_ARTICLE_BYTES,
    NotAFileError,
    TooLargeError,
    decode_bytes,
    looks_binary,
    read_bounded,
    sanitize,
)
from .resources import default_manifest


class TargetError(Exception):
    """A target that names nothing briefbook can open."""


def resolve_target(target: str | None, *, allow_outside: bool = False) -> tuple[Briefing, list[Problem]]:
    """The briefing a command-line target names: a manifest, a folder, an article file, or the default."""
    path = Path(target) if target else default_manifest()
    try:
        if not path.exists():
            raise TargetError(f"{path}: no such file or folder")
        if path.is_dir():
            manifests = sorted(p for p in path.iterdir() if is_manifest(p) and not p.name.endswith(".review.yaml"))
            if len(manifests) == 1:
                return read_manifest(manifests[0], allow_outside=allow_outside)
            briefing = folder_briefing(path)
            if not briefing.sources:
                raise TargetError(f"{path}: no articles here (.txt, .md or .html files) and no briefing manifest")
            return briefing, []
    except TargetError:
        raise
    except (OSError, ValueError) as exc:
        raise TargetError(f"{path}: cannot read the folder: {getattr(exc, 'strerror', None) or exc}") from None
    if is_manifest(path):
        return read_manifest(path, allow_outside=allow_outside)
    return single_file_briefing(path), []


def read_source(source: ArticleSource) -> tuple[Article | None, list[Problem]]:
    """Read, decode and clean one article; problems are located at the file (or its manifest entry)."""
    path = Path(source.path)
    label = str(path)
    try:
        data = read_bounded(path, MAX_ARTICLE_BYTES)
    except TooLargeError as exc:
        return None, [Problem(label, 1, 1, f"{exc}: skipped")]
    except FileNotFoundError:
        return None, [Problem(label, 1, 1, "the article file does not exist")]
    except IsADirectoryError:
        return None, [Problem(label, 1, 1, "the article path is a folder, not a file")]
    except NotAFileError:
        return None, [Problem(label, 1, 1, "the article path is not a regular file (a FIFO, socket or device): skipped")]
    except OSError as exc:
        return None, [Problem(label, 1, 1, f"cannot read the article file: {exc.strerror or exc}")]
    if not data:
        return None, [Problem(label, 1, 1, "the article file is empty")]
    if not data.strip():
        return None, [Problem(label, 1, 1, "the article file holds only white space")]
    if looks_binary(data):
        return None, [Problem(label, 1, 1, "the file is not text (binary data): skipped")]
    decoded = decode_bytes(data)
    problems = [Problem(label, 1, 1, f"note: {n}") for n in decoded.notices]
    if not decoded.text.strip():
        return None, problems + [Problem(label, 1, 1, "the article has no text after removing control characters")]
    text = decoded.text
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = sanitize(html_to_text(text))  # character references may name control characters: sanitised again
        if not text.strip():
            return None, problems + [Problem(label, 1, 1, "the web page has no text")]
    return build_article(source, text, encoding=decoded.encoding, notices=decoded.notices), problems


def build_article(source: ArticleSource, text: str, *, encoding: str = "utf-8", notices: tuple[str, ...] = ()) -> Article:
    """Clean a sanitised text and split it into paragraphs and sentences with spans."""
    # Imported on first use: a briefing read from the analysis cache never cleans a text.
    from .clean import HEADLINE, SUBHEADING, clean_text
    from .sentences import sentence_spans

    cleaned = clean_text(text, title=source.title, drop=source.drop)
    paragraphs = []
    for index, (kind, body) in enumerate(cleaned.paragraphs):
        sentences = tuple(
            Sentence(source.id, index, n, s, e, body[s:e]) for n, (s, e) in enumerate(sentence_spans(body))
        )
        pkind = kind if kind in (HEADLINE, SUBHEADING) else PARAGRAPH_BODY
        paragraphs.append(Paragraph(index, body, pkind, sentences))
    date = source.date
    date_source = "manifest" if date else None
    if date is None and cleaned.date:
        date, date_source = dt.date.fromisoformat(cleaned.date), "text"
    title = source.title or cleaned.title or _fallback_title(source, paragraphs)
    return Article(
        id=source.id,
        file=source.path,
        title=title,
        outlet=source.outlet or cleaned.outlet,
        date=date,
        paragraphs=tuple(paragraphs),
        captions=tuple(cleaned.captions),
        dropped=tuple(Dropped(t, r, line) for t, r, line in cleaned.dropped),
        encoding=encoding,
        notices=tuple(notices) + tuple(cleaned.notices),
        order=source.order,
        date_source=date_source,
    )


def _fallback_title(source: ArticleSource, paragraphs: list[Paragraph]) -> str:
    """With no headline in the text or the manifest, the file's name stands as the title."""
    return Path(source.path).stem


Progress = Callable[[int, int], None]


def load_articles(briefing: Briefing, progress: Progress | None = None) -> tuple[list[Article], list[str]]:
    """Read every article of a briefing; what cannot be read is reported, not raised."""
    articles: list[Article] = []
    problems: list[str] = []
    total = len(briefing.sources)
    for n, source in enumerate(briefing.sources, 1):
        art, probs = read_source(source)
        problems.extend(str(p) for p in probs)
        if art is not None:
            articles.append(art)
        if progress:
            progress(n, total)
    return articles, problems


__all__ = ["ManifestError", "TargetError", "resolve_target", "read_source", "build_article", "load_articles"]

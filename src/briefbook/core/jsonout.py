"""The `briefbook analyze --json` contract: the analysis as plain JSON-ready data."""

from __future__ import annotations

from typing import Any

from .model import Analysis


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis in the shape of the JSON contract (keys are stable; extra keys may be added)."""
    sentences_by_article = {a.id: a for a in analysis.articles}
    return {
        "briefing": {
            "title": analysis.briefing.title,
            "description": analysis.briefing.description,
        },
        "articles": [
            {
                "id": a.id,
                "file": a.file,
                "title": a.title,
                "outlet": a.outlet,
                "date": a.date.isoformat() if a.date else None,
                "date_source": a.date_source,
                "paragraphs": [p.text for p in a.paragraphs],
                "subheadings": [p.index for p in a.paragraphs if p.kind == "subheading"],
                "captions": list(a.captions),
                "dropped": [{"text": d.text, "reason": d.reason} for d in a.dropped],
                "encoding": a.encoding,
            }
            for a in analysis.articles
        ],
        "actors": [
            {"id": x.id, "name": x.name, "kind": x.kind, "role": x.role, "aliases": list(x.aliases)}
            for x in analysis.actors
        ],
        "figures": [
            {
                "id": f.id,
                "article": f.article,
                "text": f.text,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "sentence": f.sentence_text,
                "paragraph": f.paragraph,
                "span": [f.start, f.end],
                "context": f.context,
            }
            for f in analysis.figures
        ],
        "dates": [
            {"article": d.article, "text": d.text, "date": d.iso, "paragraph": d.paragraph, "span": [d.start, d.end]}
            for d in analysis.dates
        ],
        "tracks": [
            {
                "unit": t.unit,
                "label": t.label,
                "figures": list(t.figures),
                "disagreement": t.disagreement,
                "note": t.note,
            }
            for t in analysis.tracks
        ],
        "statements": [
            {
                "id": s.id,
                "actor": s.actor,
                "article": s.article,
                "kind": s.kind,
                "sentence": s.sentence_text,
                "quote": s.quote,
                "stance": s.stance,
                "stance_words": s.stance_words,
                "question": s.question,
                "paragraph": s.paragraph,
                "span": [s.start, s.end],
            }
            for s in analysis.statements
            if s.article in sentences_by_article
        ],
        "problems": list(analysis.problems),
    }

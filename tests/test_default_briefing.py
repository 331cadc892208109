"""The default briefing against the analyst's gold (a copy in tests/data), through `briefbook analyze --json`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from briefbook.cli import main

GOLD = yaml.safe_load((Path(__file__).parent / "data" / "seeds-gold.yaml").read_text(encoding="utf-8"))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


@pytest.fixture(scope="module")
def analysis(tmp_path_factory) -> dict:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["analyze", "--json"]) == 0
    return json.loads(buf.getvalue())


def by_file(analysis: dict) -> dict[str, dict]:
    return {Path(a["file"]).name: a for a in analysis["articles"]}


def test_contract_keys(analysis: dict) -> None:
    assert set(analysis) >= {"briefing", "articles", "actors", "figures", "tracks", "statements"}
    assert "title" in analysis["briefing"]
    for art in analysis["articles"]:
        assert set(art) >= {"id", "file", "title", "outlet", "date", "paragraphs", "dropped"}
        for d in art["dropped"]:
            assert set(d) == {"text", "reason"}


def test_articles_in_date_order(analysis: dict) -> None:
    dates = [a["date"] for a in analysis["articles"]]
    assert dates == sorted(dates)
    assert len(dates) == len(GOLD["articles"])


@pytest.mark.parametrize("gold", GOLD["articles"], ids=lambda g: g["file"])
def test_headline_outlet_and_date(analysis: dict, gold: dict) -> None:
    art = by_file(analysis)[gold["file"]]
    assert art["title"] == gold["title"]
    assert art["outlet"] == gold["outlet"]
    assert art["date"] == str(gold["date"])


@pytest.mark.parametrize("gold", GOLD["articles"], ids=lambda g: g["file"])
def test_no_chrome_in_the_reading_text(analysis: dict, gold: dict) -> None:
    art = by_file(analysis)[gold["file"]]
    reading = norm(" ".join(art["paragraphs"]))
    for d in gold.get("drop", []):
        assert norm(d) not in reading
    if gold.get("duplicated_block"):
        assert reading.count(norm(gold["duplicated_block"])) == 1
    assert art["dropped"], "what was removed is kept, with reasons"


def test_reading_text_keeps_the_story(analysis: dict) -> None:
    for gold in GOLD["articles"]:
        reading = norm(" ".join(by_file(analysis)[gold["file"]]["paragraphs"]))
        for st in gold.get("statements", []):
            assert norm(st["text"].split("\"")[0])[:40] in reading

"""A wire dateline without a year dates its article in the year nearest the briefing's other dates."""

from __future__ import annotations

from pathlib import Path

from briefbook.core.analysis import analyze
from briefbook.core.jsonout import analysis_to_dict
from briefbook.core.loading import resolve_target

WIRE = "Quake toll rises in the west\n\n{dateline} (Wire) - The toll from the quake rose to 312 on Monday, the agency said.\n"
DATED = "Rescuers race against time\n\nHarbour Herald, {date}\n\nAt least 245 people were killed in the quake, the agency said.\n"


def _briefing(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    briefing, _ = resolve_target(str(tmp_path))
    return analyze(briefing, use_cache=False, workers=1)


def test_the_year_nearest_the_other_articles_is_inferred_and_marked(tmp_path: Path) -> None:
    analysis = _briefing(
        tmp_path,
        {
            "a.txt": WIRE.format(dateline="ISTANBUL, March 3"),
            "b.txt": DATED.format(date="2 March 2025"),
            "c.txt": DATED.format(date="20 March 2025"),
        },
    )
    assert [(a.id, str(a.date), a.date_source) for a in analysis.articles] == [
        ("b", "2025-03-02", "text"),
        ("a", "2025-03-03", "inferred"),
        ("c", "2025-03-20", "text"),
    ]
    assert analysis.articles[1].date_label == "3 Mar 2025 (year inferred)"
    assert [a["date_source"] for a in analysis_to_dict(analysis)["articles"]] == ["text", "inferred", "text"]


def test_a_day_late_in_the_year_goes_to_the_year_before_an_early_date(tmp_path: Path) -> None:
    analysis = _briefing(
        tmp_path,
        {"a.txt": WIRE.format(dateline="KYIV, Dec 30"), "b.txt": DATED.format(date="5 January 2025")},
    )
    assert [(a.id, str(a.date)) for a in analysis.articles] == [("a", "2024-12-30"), ("b", "2025-01-05")]


def test_with_no_dated_article_nothing_is_inferred(tmp_path: Path) -> None:
    analysis = _briefing(tmp_path, {"a.txt": WIRE.format(dateline="ISTANBUL, March 3"), "b.txt": "Other story\n\nThe port reopened on Friday.\n"})
    assert all(a.date is None and a.date_source is None for a in analysis.articles)


def test_an_impossible_day_is_left_undated(tmp_path: Path) -> None:
    analysis = _briefing(tmp_path, {"a.txt": WIRE.format(dateline="ISTANBUL, Feb 30"), "b.txt": DATED.format(date="2 March 2025")})
    assert next(a for a in analysis.articles if a.id == "a").date is None


def test_the_same_dates_come_from_the_cache_and_from_many_processes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFBOOK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "story"
    folder.mkdir()
    files = {f"w{n:02}.txt": WIRE.format(dateline=f"ISTANBUL, March {n % 28 + 1}") for n in range(60)}
    files["z.txt"] = DATED.format(date="2 March 2025")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    briefing, _ = resolve_target(str(folder))
    cold = analyze(briefing, workers=2)
    warm = analyze(briefing, workers=1)
    one = analyze(briefing, use_cache=False, workers=1)
    dates = [[(a.id, a.date, a.date_source) for a in x.articles] for x in (cold, warm, one)]
    assert dates[0] == dates[1] == dates[2]
    assert all(str(d).startswith("2025-03") for _, d, _ in dates[0])


def test_the_day_and_month_of_a_yearless_dateline() -> None:
    from briefbook.core.dates import wire_month_day

    assert wire_month_day("ISTANBUL, March 3 (Reuters) - Rescuers said") == (3, 3)
    assert wire_month_day("LONDON, Tuesday 4 March - Officials said") == (3, 4)
    assert wire_month_day("KYIV, June 18, 2025 (Reuters) - The mayor said") is None  # a full date: not yearless
    assert wire_month_day("The minister, March 3 - said") is None  # no dateline

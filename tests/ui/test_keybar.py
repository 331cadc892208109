"""The key bar: the keys that fit, in binding order, with search, key help and the palette always there."""

from __future__ import annotations

from briefbook.ui.app import make_app
from briefbook.ui.widgets.keybar import key_line


async def test_narrow_key_bars_keep_search_keys_and_the_palette_and_fit(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        wide = key_line(app.book).plain
        assert "/ Search" in wide and "n Next" in wide
        for width in (40, 60, 80, 100):
            line = key_line(app.book, width).plain
            assert len(line) <= width, (width, line)
            assert "/ Search" in line and "? Keys" in line and line.endswith("^p commands"), (width, line)
            shown = [part for part in wide.split("  ") if part and part in line]
            assert [p for p in line.split("  ") if p] == shown, "the keys that fit keep their order"

"""Save docs/screenshot.svg: the default briefing at 160 x 48, as the README shows it.

    PYTHONPATH=src python docs/screenshot.py

The app runs headless with a review file of its own (a temporary folder), moves the review cursor
to the third sentence and flags it important, opens one actor's statements in the positions panel,
then saves the screen as an SVG.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from briefbook.core.loading import resolve_target
from briefbook.ui.app import make_app

OUT = Path(__file__).resolve().parent / "screenshot.svg"


async def main() -> None:
    """Open the book, flag a sentence, save the screen."""
    briefing, problems = resolve_target(None)
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(briefing, problems=[str(p) for p in problems], review_file=Path(tmp) / "review.yaml")
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause(0.5)
            await pilot.press("J", "J", "asterisk")
            await pilot.pause(0.5)
            await pilot.press("P", *"macron", "enter")  # one actor's statements, source by source
            await pilot.pause(0.5)
            app.save_screenshot(filename=OUT.name, path=str(OUT.parent))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    asyncio.run(main())

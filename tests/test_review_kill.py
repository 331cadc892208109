"""A session SIGKILLed at random moments while saving notes in a loop: the file always parses and keeps every saved note."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefbook.core import review as rv

ROUNDS = 30

CHILD = r"""
import sys
from briefbook.core import review as rv
store = rv.ReviewStore.open(sys.argv[1])
round_ = sys.argv[2]
print("ready", flush=True)
n = 0
while True:
    n += 1
    store.add_note(rv.article_anchor("harbour"), f"round {round_} note {n}\nsecond line")
    if store.unsaved:
        print("failed " + " | ".join(store.take_messages()), flush=True)
        continue
    print(f"saved round {round_} note {n}", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_save_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "briefing.review.yaml"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    rng = random.Random(20240501)
    confirmed: set[str] = set()
    for round_ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(round_)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        assert "Traceback" not in err
        lines = out.splitlines()
        assert not [line for line in lines if line.startswith("failed")]
        confirmed |= {line.removeprefix("saved ") + "\nsecond line" for line in lines if line.startswith("saved ")}

        state = rv.parse_state(path.read_bytes()) if path.exists() else rv.ReviewState()
        texts = {n.text for n in state.notes.values()}
        assert confirmed <= texts, f"round {round_}: lost {sorted(confirmed - texts)[:3]}"
        store = rv.ReviewStore.open(path)
        assert store.messages == []
    assert len(confirmed) > ROUNDS  # the loop got well past its first save in most rounds
    assert rv.parse_state((tmp_path / "briefing.review.yaml.bak").read_bytes()) is not None
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 2  # at most what the last killed save left; the next save clears them

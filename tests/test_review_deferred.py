"""Reading marks and the place saved later (by flush, the next save, or a save job in a thread), never lost."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from briefbook.core import review as rv


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "harbour.review.yaml"


@pytest.fixture
def store(path: Path) -> rv.ReviewStore:
    return rv.ReviewStore.open(path, title="Harbour")


def on_disk(path: Path) -> rv.ReviewState:
    """The state as a fresh session would load it (strict: the file must parse)."""
    return rv.parse_state(path.read_bytes())


def in_thread(job: rv.SaveJob) -> str:
    """Run a save job in another thread, as the app does, and wait for it."""
    worker = threading.Thread(target=job.run)
    worker.start()
    worker.join()
    assert job.outcome is not None
    return job.outcome


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.mark_read("harbour", save=False),
        lambda s: s.set_status("harbour", rv.REVIEWED, save=False),
        lambda s: s.set_position("harbour", 2, save=False),
    ],
)
def test_a_deferred_change_waits_until_flushed(store: rv.ReviewStore, path: Path, change) -> None:
    change(store)
    assert store.pending and not path.exists()
    assert store.flush()
    assert not store.pending
    assert on_disk(path) == store.state


def test_a_note_saves_the_reading_marks_waiting_with_it(store: rv.ReviewStore, path: Path) -> None:
    store.mark_read("harbour", save=False)
    store.set_position("harbour", 1, save=False)
    store.add_note(rv.article_anchor("harbour"), "check the fee")
    saved = on_disk(path)
    assert saved.status("harbour") == rv.READ
    assert saved.position is not None and saved.position.paragraph == 1
    assert not store.pending


def test_a_save_job_writes_the_snapshot_from_another_thread(store: rv.ReviewStore, path: Path) -> None:
    store.mark_read("harbour", save=False)
    job = store.begin_save()
    assert job is not None
    store.mark_read("ferry", save=False)
    assert in_thread(job) == rv.SaveJob.SAVED
    store.end_save(job)
    saved = on_disk(path)
    assert saved.status("harbour") == rv.READ and saved.status("ferry") == rv.UNREAD
    assert store.pending
    second = store.begin_save()
    assert second is not None and in_thread(second) == rv.SaveJob.SAVED
    store.end_save(second)
    assert on_disk(path).status("ferry") == rv.READ
    assert not store.pending and store.begin_save() is None


def test_a_save_job_made_before_a_note_never_writes_over_it(store: rv.ReviewStore, path: Path) -> None:
    store.mark_read("harbour", save=False)
    job = store.begin_save()
    assert job is not None
    note = store.add_note(rv.article_anchor("harbour"), "written after the job was made")
    assert in_thread(job) == rv.SaveJob.STALE
    store.end_save(job)
    saved = on_disk(path)
    assert note.id in saved.notes and saved.status("harbour") == rv.READ


def test_a_save_job_leaves_another_sessions_changes_to_a_merge(store: rv.ReviewStore, path: Path) -> None:
    other = rv.ReviewStore.open(path)
    other.add_note(rv.article_anchor("ferry"), "from the other session")
    store.mark_read("harbour", save=False)
    job = store.begin_save()
    assert job is not None and in_thread(job) == rv.SaveJob.MERGE
    store.end_save(job)
    saved = on_disk(path)
    assert saved.status("harbour") == rv.READ
    assert [n.text for n in saved.notes.values()] == ["from the other session"]
    assert not store.pending


def test_a_failed_save_job_is_reported_and_kept_pending(store: rv.ReviewStore, path: Path, monkeypatch) -> None:
    store.mark_read("harbour", save=False)
    job = store.begin_save()
    assert job is not None

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rv, "atomic_write", full_disk)
    assert in_thread(job) == rv.SaveJob.FAILED
    store.end_save(job)
    assert store.pending and any("No space left" in m for m in store.take_messages())
    monkeypatch.undo()
    assert store.flush()
    assert on_disk(path).status("harbour") == rv.READ

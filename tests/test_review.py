"""Review state: every change saved at once and atomically, recovery, two-session merge, anchors that survive edits."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml

from briefbook.core import review as rv
from briefbook.core.loading import build_article, resolve_target
from briefbook.core.model import Article, ArticleSource

HARBOUR = """Harbour fees rise

The harbour board met on Monday. It agreed to raise fees by 12 percent. Fishermen objected.

The mayor said the plan would go ahead. Critics called it rushed and unfair to small boats.

A vote on the second phase is due in June.
"""


def make_article(text: str = HARBOUR, article_id: str = "harbour") -> Article:
    return build_article(ArticleSource(article_id, f"/nowhere/{article_id}.txt", 0, "Coast Post", dt.date(2024, 5, 1)), text)


def sentence(article: Article, text_start: str):
    return next(s for s in article.sentences if s.text.startswith(text_start))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "harbour.review.yaml"


@pytest.fixture
def store(path: Path) -> rv.ReviewStore:
    return rv.ReviewStore.open(path, title="Harbour")


def reloaded(path: Path) -> rv.ReviewState:
    """The state as a fresh session would load it (strict: the file must parse)."""
    return rv.parse_state(path.read_bytes())


# ---------------------------------------------------------------- state changes, each saved at once


def test_a_missing_file_starts_empty_without_creating_it(store: rv.ReviewStore, path: Path) -> None:
    assert store.state == rv.ReviewState()
    assert store.messages == []
    assert not path.exists()


@pytest.mark.parametrize(
    ("before", "action", "after"),
    [
        ("unread", "mark_read", "read"),
        ("read", "mark_read", "read"),
        ("reviewed", "mark_read", "reviewed"),
        ("unread", "toggle_reviewed", "reviewed"),
        ("read", "toggle_reviewed", "reviewed"),
        ("reviewed", "toggle_reviewed", "read"),
    ],
)
def test_article_status_changes(store: rv.ReviewStore, path: Path, before: str, action: str, after: str) -> None:
    if before != "unread":
        store.set_status("harbour", before)
    assert getattr(store, action)("harbour") == after
    assert store.status("harbour") == after
    assert reloaded(path).status("harbour") == after


def test_unknown_status_is_refused(store: rv.ReviewStore) -> None:
    with pytest.raises(ValueError):
        store.set_status("harbour", "done")


def test_progress_counts_reviewed_and_opened(store: rv.ReviewStore) -> None:
    store.toggle_reviewed("a")
    store.mark_read("b")
    progress = store.progress(["a", "b", "c"])
    assert (progress.reviewed, progress.read, progress.total) == (1, 2, 3)
    assert progress.label == "1/3 reviewed"


def test_flags_toggle_on_and_off_and_are_saved(store: rv.ReviewStore, path: Path) -> None:
    art = make_article()
    fees = sentence(art, "It agreed")
    assert store.toggle_flag(fees, rv.IMPORTANT) is True
    assert store.toggle_flag(fees, rv.CHECK) is True
    assert store.flags_on(fees) == {rv.IMPORTANT, rv.CHECK}
    assert {f.kind for f in reloaded(path).flags.values()} == {rv.IMPORTANT, rv.CHECK}
    assert store.toggle_flag(fees, rv.IMPORTANT) is False
    assert store.flags_on(fees) == {rv.CHECK}
    assert {f.kind for f in reloaded(path).flags.values()} == {rv.CHECK}


def test_setting_a_flag_twice_is_one_flag(store: rv.ReviewStore) -> None:
    fees = sentence(make_article(), "It agreed")
    store.set_flag(fees, rv.QUESTION)
    store.set_flag(fees, rv.QUESTION)
    assert len(store.state.flags) == 1


def test_unknown_flag_is_refused(store: rv.ReviewStore) -> None:
    with pytest.raises(ValueError):
        store.toggle_flag(sentence(make_article(), "It agreed"), "urgent")


def test_notes_on_sentence_paragraph_and_article_round_trip(store: rv.ReviewStore, path: Path) -> None:
    art = make_article()
    on_sentence = store.add_note(rv.sentence_anchor(sentence(art, "The mayor")), "Who briefed him?\nAsk the press office.")
    on_paragraph = store.add_note(rv.paragraph_anchor(art.id, art.paragraphs[1]), "Compare with last year's fees.")
    on_article = store.add_note(rv.article_anchor(art.id), "Solid local source.")
    state = reloaded(path)
    assert state.notes == store.state.notes
    assert state.notes[on_sentence.id].text == "Who briefed him?\nAsk the press office."
    assert state.notes[on_paragraph.id].anchor.scope == rv.PARAGRAPH
    assert state.notes[on_article.id].anchor == rv.Anchor("harbour")
    assert "|" in path.read_text(encoding="utf-8")  # multi-line notes are literal blocks, readable by hand


def test_edit_and_delete_note(store: rv.ReviewStore, path: Path) -> None:
    note = store.add_note(rv.article_anchor("harbour"), "first")
    edited = store.edit_note(note.id, "second")
    assert edited.created == note.created and edited.text == "second"
    assert reloaded(path).notes[note.id].text == "second"
    store.delete_note(note.id)
    assert reloaded(path).notes == {}
    with pytest.raises(KeyError):
        store.edit_note(note.id, "third")


def test_position_is_saved_and_an_unchanged_position_is_not_rewritten(store: rv.ReviewStore, path: Path) -> None:
    store.set_position("harbour", 3)
    assert reloaded(path).position.article == "harbour" and reloaded(path).position.paragraph == 3
    stamp = path.stat().st_mtime_ns
    store.set_position("harbour", 3)
    assert path.stat().st_mtime_ns == stamp
    assert rv.ReviewStore.open(path).position.paragraph == 3


# ---------------------------------------------------------------- the atomic save


def test_each_save_keeps_the_previous_version_as_backup(store: rv.ReviewStore, path: Path) -> None:
    store.add_note(rv.article_anchor("harbour"), "one")
    first = path.read_bytes()
    store.add_note(rv.article_anchor("harbour"), "two")
    assert store.backup_path.read_bytes() == first
    assert sorted(n.text for n in reloaded(path).notes.values()) == ["one", "two"]
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_rename_leaves_the_old_file_whole_and_is_retried(store: rv.ReviewStore, path: Path, monkeypatch) -> None:
    store.add_note(rv.article_anchor("harbour"), "kept")
    before = path.read_bytes()
    real_replace = os.replace

    def broken_replace(src, dst):
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(rv.os, "replace", broken_replace)
    store.add_note(rv.article_anchor("harbour"), "pending")
    assert path.read_bytes() == before
    assert store.unsaved
    assert any("No space left" in m for m in store.take_messages())
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.setattr(rv.os, "replace", real_replace)
    store.mark_read("harbour")
    assert not store.unsaved
    assert sorted(n.text for n in reloaded(path).notes.values()) == ["kept", "pending"]


def test_atomic_write_writes_through_a_synced_temporary_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "f.yaml"
    target.write_bytes(b"old")
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(rv.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    rv.atomic_write(target, b"new", tmp_path / "f.yaml.bak")
    assert target.read_bytes() == b"new"
    assert (tmp_path / "f.yaml.bak").read_bytes() == b"old"
    assert len(synced) >= 2  # the data file and the folder


def test_odd_characters_in_a_note_round_trip(store: rv.ReviewStore, path: Path) -> None:
    text = "tab\there, bell \x07, lone \ud800 surrogate, bidi \u202e"
    note = store.add_note(rv.article_anchor("harbour"), text)
    assert not store.unsaved
    assert reloaded(path).notes[note.id].text == text


# ---------------------------------------------------------------- recovery


def _saved_twice(path: Path) -> rv.ReviewStore:
    store = rv.ReviewStore.open(path)
    store.add_note(rv.article_anchor("harbour"), "in the backup")
    store.add_note(rv.article_anchor("harbour"), "only in the damaged file")
    return store


@pytest.mark.parametrize(
    "damage",
    [
        b"notes: [unclosed\n  - id: x\n",
        b"",
        b"\xff\xfe\x00not utf-8",
        b"!!python/object/apply:os.system ['echo owned']\n",
    ],
    ids=["not-yaml", "empty", "not-utf8", "python-tag"],
)
def test_a_corrupt_file_is_set_aside_untouched_and_the_backup_used(path: Path, damage: bytes) -> None:
    _saved_twice(path)
    path.write_bytes(damage)
    store = rv.ReviewStore.open(path)
    messages = store.take_messages()
    assert len(messages) == 1 and "damaged" in messages[0] and "backup" in messages[0]
    aside = [p for p in path.parent.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damage
    assert [n.text for n in store.state.notes.values()] == ["in the backup"]
    assert reloaded(path) == store.state  # the file is whole again


def test_a_truncated_file_falls_back_to_the_backup(path: Path) -> None:
    _saved_twice(path)
    data = path.read_bytes()
    cut = data.rindex(b"created: '") + len(b"created: '2")
    path.write_bytes(data[:cut])
    store = rv.ReviewStore.open(path)
    assert "damaged" in store.messages[0]
    assert [n.text for n in store.state.notes.values()] == ["in the backup"]


def test_a_corrupt_file_without_backup_starts_empty_and_says_so(path: Path) -> None:
    path.write_text("{{{{", encoding="utf-8")
    store = rv.ReviewStore.open(path)
    assert store.state == rv.ReviewState()
    assert "empty review" in store.messages[0]
    assert any(p.name.startswith(path.name + ".broken-") for p in path.parent.iterdir())


def test_a_missing_file_is_restored_from_its_backup(path: Path) -> None:
    _saved_twice(path)
    path.unlink()
    store = rv.ReviewStore.open(path)
    assert "missing" in store.messages[0]
    assert [n.text for n in store.state.notes.values()] == ["in the backup"]
    assert path.exists()


WRONG_SHAPES = [
    "- a list\n- not a mapping\n",
    "just text\n",
    "notes: {id: x}\n",
    "notes:\n- id: n1\n  scope: article\n  article: a\n",
    "notes:\n- id: n1\n  scope: sentence\n  article: a\n  text: no quote\n",
    "notes:\n- id: n1\n  scope: chapter\n  article: a\n  text: x\n",
    "notes:\n- id: n1\n  scope: sentence\n  article: a\n  paragraph: two\n  quote: q\n  text: x\n",
    "articles:\n  a: {status: done}\n",
    "articles: [a, b]\n",
    "flags:\n- article: a\n  quote: q\n  flags: {urgent: '2024'}\n",
    "flags:\n- article: a\n  quote: q\n  flags: important\n",
    "position: [a, 1]\n",
    "briefbook_review: 99\n",
]


@pytest.mark.parametrize("text", WRONG_SHAPES)
def test_valid_yaml_of_the_wrong_shape_is_refused(text: str) -> None:
    with pytest.raises(rv.ReviewFileError):
        rv.parse_state(text.encode("utf-8"))


@pytest.mark.parametrize("text", WRONG_SHAPES[:4])
def test_valid_yaml_of_the_wrong_shape_is_recovered_like_corruption(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    store = rv.ReviewStore.open(path)
    assert store.state == rv.ReviewState()
    assert "damaged" in store.messages[0]


def test_a_hand_written_file_with_bare_timestamps_loads(path: Path) -> None:
    path.write_text(
        "articles:\n  harbour: {status: reviewed, at: 2024-05-01 10:00:00}\n"
        "notes:\n- id: n1\n  scope: article\n  article: harbour\n  text: fine\n  created: 2024-05-01\n",
        encoding="utf-8",
    )
    store = rv.ReviewStore.open(path)
    assert store.messages == []
    assert store.status("harbour") == "reviewed"
    assert store.state.notes["n1"].created == "2024-05-01"


# ---------------------------------------------------------------- two sessions on one file


def test_two_sessions_adding_notes_keep_both(path: Path) -> None:
    a, b = rv.ReviewStore.open(path), rv.ReviewStore.open(path)
    a.add_note(rv.article_anchor("harbour"), "from A")
    b.add_note(rv.article_anchor("harbour"), "from B")
    assert sorted(n.text for n in reloaded(path).notes.values()) == ["from A", "from B"]
    assert sorted(n.text for n in b.state.notes.values()) == ["from A", "from B"]
    assert a.refresh() is True
    assert a.state == reloaded(path)


def test_conflicting_edits_of_one_note_keep_both(path: Path) -> None:
    a = rv.ReviewStore.open(path)
    note = a.add_note(rv.article_anchor("harbour"), "draft")
    b = rv.ReviewStore.open(path)
    a.edit_note(note.id, "A's version")
    b.edit_note(note.id, "B's version")
    notes = reloaded(path).notes
    assert sorted(n.text for n in notes.values()) == ["A's version", "B's version"]
    copy = next(n for n in notes.values() if n.id != note.id)
    assert copy.conflict_of == note.id


def test_a_deletion_in_one_session_holds_unless_the_other_edited(path: Path) -> None:
    a = rv.ReviewStore.open(path)
    gone = a.add_note(rv.article_anchor("harbour"), "delete me")
    kept = a.add_note(rv.article_anchor("harbour"), "edit me")
    b = rv.ReviewStore.open(path)
    a.delete_note(gone.id)
    a.delete_note(kept.id)
    b.edit_note(kept.id, "edited while A deleted it")
    assert [n.text for n in reloaded(path).notes.values()] == ["edited while A deleted it"]


def test_flags_and_statuses_merge(path: Path) -> None:
    art = make_article()
    fees, mayor = sentence(art, "It agreed"), sentence(art, "The mayor")
    a = rv.ReviewStore.open(path)
    a.toggle_flag(fees, rv.IMPORTANT)
    b = rv.ReviewStore.open(path)
    a.toggle_flag(fees, rv.IMPORTANT)  # A clears it
    b.toggle_flag(mayor, rv.CHECK)  # B adds another
    a.toggle_reviewed("harbour")
    b.mark_read("other")
    state = reloaded(path)
    assert {(f.anchor.quote, f.kind) for f in state.flags.values()} == {(mayor.text, rv.CHECK)}
    assert state.status("harbour") == "reviewed" and state.status("other") == "read"


def test_both_sessions_changing_a_status_keep_the_later(path: Path) -> None:
    a, b = rv.ReviewStore.open(path), rv.ReviewStore.open(path)
    a.toggle_reviewed("harbour")
    b.mark_read("harbour")
    assert reloaded(path).status("harbour") == "read"


def test_merge_states_three_way() -> None:
    note = rv.Note("n1", rv.Anchor("a"), "base", "t0", "t0")
    base = rv.ReviewState(notes={"n1": note})
    mine = rv.ReviewState(notes={"n1": note, "n2": rv.Note("n2", rv.Anchor("a"), "mine", "t1", "t1")})
    theirs = rv.ReviewState(notes={})
    merged = rv.merge_states(base, mine, theirs)
    assert list(merged.notes) == ["n2"]


# ---------------------------------------------------------------- anchors on an edited article


EDITED = """Harbour fees rise

Update: this story was corrected on Tuesday.

The harbour board met on Monday. It agreed to raise fees by 15 percent. Fishermen objected.

The mayor said the plan would go ahead.
"""


def test_anchors_follow_the_text_and_orphans_are_kept(store: rv.ReviewStore, path: Path) -> None:
    old = make_article()
    met = store.add_note(rv.sentence_anchor(sentence(old, "The harbour board")), "moved down a paragraph")
    fees = store.add_note(rv.sentence_anchor(sentence(old, "It agreed")), "figure corrected later")
    critics = store.add_note(rv.sentence_anchor(sentence(old, "Critics")), "this sentence is cut")
    store.toggle_flag(sentence(old, "Critics"), rv.IMPORTANT)
    new = make_article(EDITED)
    assert rv.locate(met.anchor, old).match == rv.EXACT
    assert rv.locate(met.anchor, new).match == rv.MOVED
    assert rv.locate(fees.anchor, new).match == rv.CHANGED
    assert rv.locate(fees.anchor, new).text == "It agreed to raise fees by 15 percent."
    assert rv.locate(critics.anchor, new).orphaned
    marks = store.marks(new)
    assert marks.orphaned_notes == (critics,)
    assert [f.kind for f in marks.orphaned_flags] == [rv.IMPORTANT]
    placed = {key: [n.text for n in m.notes] for key, m in marks.sentences.items()}
    assert placed[(2, 0)] == ["moved down a paragraph"]
    assert placed[(2, 1)] == ["figure corrected later"]
    store.mark_read("harbour")
    assert critics.id in reloaded(path).notes  # never dropped


def test_anchor_matching_ignores_quotes_case_and_spacing() -> None:
    art = make_article('Talks\n\nThe minister said: "We will not pay."\n')
    anchor = rv.Anchor(art.id, rv.SENTENCE, 5, 0, "the minister  said: “we will NOT pay.”")
    assert rv.locate(anchor, art).match == rv.MOVED


def test_a_sentence_split_in_two_still_finds_its_first_half() -> None:
    art = make_article("Talks\n\nThe board met on Monday. It agreed to raise fees.\n")
    anchor = rv.Anchor(art.id, rv.SENTENCE, 1, 0, "The board met on Monday; it agreed to raise fees, said a clerk.")
    place = rv.locate(anchor, art)
    assert place.match in (rv.CHANGED, rv.ORPHANED)
    unrelated = rv.Anchor(art.id, rv.SENTENCE, 1, 0, "Snow fell across the northern valleys overnight.")
    assert rv.locate(unrelated, art).orphaned


def test_review_items_group_flags_and_notes_and_list_orphans_last() -> None:
    art = make_article()
    state = rv.ReviewState()
    fees = rv.sentence_anchor(sentence(art, "It agreed"))
    state.flags[rv.flag_key(fees, rv.CHECK)] = rv.Flag(fees, rv.CHECK, "t1")
    state.notes["n1"] = rv.Note("n1", fees, "check the figure", "t1", "t1")
    state.notes["n2"] = rv.Note("n2", rv.Anchor("harbour", rv.SENTENCE, 1, 0, "A sentence nobody wrote here."), "lost", "t2", "t2")
    state.notes["n3"] = rv.Note("n3", rv.Anchor("gone-article"), "about a dropped source", "t3", "t3")
    items = rv.review_items(state, [art])
    assert [(i.article, i.orphaned) for i in items] == [("harbour", False), ("harbour", True), ("gone-article", True)]
    assert items[0].flags == (rv.CHECK,) and [n.text for n in items[0].notes] == ["check the figure"]
    assert items[1].quote == "A sentence nobody wrote here."


# ---------------------------------------------------------------- where the file lives


def test_review_path_next_to_a_manifest(tmp_path: Path, write) -> None:
    write("a.txt", HARBOUR)
    manifest = write("harbour.yaml", "title: Harbour\narticles:\n  - file: a.txt\n")
    briefing, _ = resolve_target(str(manifest))
    assert rv.review_path(briefing) == (tmp_path / "harbour.review.yaml", "next to the briefing")


def test_review_path_for_a_folder_and_for_one_article(tmp_path: Path, write) -> None:
    article = write("news/a.txt", HARBOUR)
    write("news/b.txt", HARBOUR)
    folder, _ = resolve_target(str(tmp_path / "news"))
    assert rv.review_path(folder)[0] == tmp_path / "news" / "briefing.review.yaml"
    single, _ = resolve_target(str(article))
    assert rv.review_path(single)[0] == tmp_path / "news" / "a.review.yaml"


def test_review_path_override_and_unwritable_folder(tmp_path: Path, write, monkeypatch) -> None:
    write("a.txt", HARBOUR)
    manifest = write("harbour.yaml", "title: Harbour\narticles:\n  - file: a.txt\n")
    briefing, _ = resolve_target(str(manifest))
    assert rv.review_path(briefing, str(tmp_path / "mine.yaml")) == (tmp_path / "mine.yaml", "given with --review-file")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(rv, "_writable_folder", lambda folder: False)
    path, reason = rv.review_path(briefing)
    assert path.parent == tmp_path / "data" / "briefbook" / "reviews"
    assert path.name.startswith("harbour-") and path.name.endswith(".review.yaml")
    assert "not writable" in reason


def test_the_bundled_briefing_keeps_its_review_in_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    briefing, _ = resolve_target(None)
    path, reason = rv.review_path(briefing)
    assert path.is_relative_to(tmp_path / "data")
    assert "bundled" in reason


def test_the_file_is_plain_yaml_a_person_can_read(store: rv.ReviewStore, path: Path) -> None:
    art = make_article()
    store.toggle_flag(sentence(art, "It agreed"), rv.IMPORTANT)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["flags"][0]["quote"] == "It agreed to raise fees by 12 percent."
    assert data["flags"][0]["flags"].keys() == {"important"}
    assert path.read_text(encoding="utf-8").startswith("# briefbook review state")

"""Search folding: case, accents, look-alike letters and invisible characters."""

from __future__ import annotations

import pytest

from briefbook.core.text import fold, fold_with_map, squash


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Сoalition", "coalition"),  # Cyrillic С
        ("Zürich", "zurich"),
        ("ÉLYSÉE", "elysee"),
        ("Tr\u200bump", "trump"),
        ("\u202eabc", "abc"),
        ("Straße", "strasse"),
    ],
)
def test_fold_matches(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_cyrillic_words_searchable_by_themselves() -> None:
    assert fold("Комментарии") == fold("КОММЕНТАРИИ")


def test_fold_with_map_points_back_to_the_source() -> None:
    text = "a\u200bÉb"
    folded, offsets = fold_with_map(text)
    assert folded == "aeb"
    assert [text[i] for i in offsets] == ["a", "É", "b"]


def test_squash() -> None:
    assert squash("  a \n\t b  ") == "a b"

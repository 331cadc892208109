"""Search folding: case, accents, look-alike letters and invisible characters."""

from __future__ import annotations

import pytest

from briefbook.core.text import INVISIBLE, fold, fold_char, fold_with_map, squash


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


def fold_by_character(text: str) -> tuple[str, list[int]]:
    """The reference folding: every character folded on its own, invisible ones dropped."""
    folded, offsets = [], []
    for i, ch in enumerate(text):
        if INVISIBLE.match(ch):
            continue
        one = fold_char(ch)
        folded.append(one)
        offsets.extend([i] * len(one))
    return "".join(folded), offsets


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii text, 12 words",
        "Ellipsis… and ligature ﬁnal: ﬁve",
        "Straße und Maß",
        "Zero\u200bwidth\u00adsoft hyphen\ufeff",
        "İstanbul ǅemal",
        "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ",
        "",
    ],
)
def test_fold_and_its_map_equal_folding_each_character(text: str) -> None:
    reference = fold_by_character(text)
    assert fold(text) == reference[0]
    assert fold_with_map(text) == reference

"""The columnar form of the cross-article result: exact round trips, rebuilt fields, damage refused."""

from __future__ import annotations

import base64
import json
import sys
from array import array
from dataclasses import replace

import pytest

from briefbook.core import crosspack, serialize
from briefbook.core.columns import LazyItems
from briefbook.core.model import (
    Actor,
    Article,
    Mention,
    Paragraph,
    Sentence,
    Statement,
    Track,
)

TEXT = "Mayor Ada Brennick said the budget would pass. The council of Harlow disagreed."
SENTENCES = (Sentence("a1", 0, 0, 0, 46, TEXT[:46]), Sentence("a1", 0, 1, 47, len(TEXT), TEXT[47:]))
ARTICLES = (Article("a1", "a1.txt", "Budget", "Courier", None, (Paragraph(0, TEXT, "body", SENTENCES),)),)
TRACKS = (Track("track:x", "x", "x", ("a1:f1",), False, None),)
ACTORS = (Actor("ada-brennick", "Ada Brennick", "person", "Mayor", ("Brennick",)), Actor("harlow", "Harlow", "country"))
MENTIONS = (Mention("ada-brennick", "a1", 0, 6, 18, "Ada Brennick"), Mention("harlow", "a1", 0, 66, 72, "Harlow"))
STATEMENTS = (
    Statement("a1-p0-s0-ada-brennick", "ada-brennick", "a1", 0, 0, 0, 46, "indirect", TEXT[:46], None, "supports", "pass", None),
    Statement("a1-p0-s1-harlow", "harlow", "a1", 0, 1, 47, len(TEXT), "action", TEXT[47:], "q", None, None, "Q?"),
)


def round_trip(mentions=MENTIONS, statements=STATEMENTS):
    """Encode and decode a cross-article result over the test article."""
    text = crosspack.dumps(TRACKS, ACTORS, mentions, statements, ARTICLES)
    return text, crosspack.loads(text, ARTICLES)


def test_round_trip_is_exact_and_leaves_out_what_the_articles_repeat() -> None:
    text, back = round_trip()
    assert back == (TRACKS, ACTORS, MENTIONS, STATEMENTS)
    assert all(type(x) is Statement for x in back[3])
    assert TEXT[:46] not in text and "a1-p0-s0-ada-brennick" not in text


def test_fields_that_differ_from_the_articles_are_stored() -> None:
    odd = (replace(STATEMENTS[0], id="custom-id"),)
    text, back = round_trip(statements=odd)
    assert back[3] == odd and "custom-id" in text


def test_built_objects_hash_and_compare_like_constructed_ones() -> None:
    _, back = round_trip()
    assert {back[2][0]: 1}[MENTIONS[0]] == 1 and hash(back[3][1]) == hash(STATEMENTS[1])


def as_lists(spec: list) -> list:
    """An integer column written packed ("b") as the plain JSON list it also may be written as ("i")."""
    if spec[0] == "b":
        values = array(spec[1], base64.b64decode(spec[2]))
        if sys.byteorder != "little":
            values.byteswap()
        return ["i", values.tolist()]
    if spec[0] == "s" and spec[2][0] in ("b", "i"):
        return ["s", spec[1], as_lists(spec[2])]
    return spec


def unpacked(text: str) -> list:
    """The encoded data with every packed integer column as a JSON list (an older, still readable form)."""
    data = json.loads(text)
    for part in (3, 4):
        fields = data[part]["fields"]
        for name, spec in fields.items():
            fields[name] = as_lists(spec)
    return data


def test_integer_columns_are_packed_and_plain_lists_still_read() -> None:
    text, back = round_trip()
    data = json.loads(text)
    assert data[3]["fields"]["start"][0] == "b" and data[3]["fields"]["actor"][2][0] == "b"
    assert crosspack.loads(json.dumps(unpacked(text)), ARTICLES) == back


@pytest.mark.parametrize(
    ("start", "code"), [(200, "B"), (300, "H"), (70_000, "i"), (-1, "i"), (2**31 - 1, "i"), (2**31, None), (-(2**40), None)]
)
def test_integers_are_packed_as_narrow_as_they_fit(start: int, code: str | None) -> None:
    far = (replace(MENTIONS[0], start=start), replace(MENTIONS[1], start=0))
    text = crosspack.dumps(TRACKS, ACTORS, far, (), ARTICLES)
    spec = json.loads(text)[3]["fields"]["start"]
    assert spec[:2] == ["b", code] if code else spec == ["i", [start, 0]]
    assert crosspack.loads(text, ARTICLES)[2] == far
    assert crosspack.loads(text, ARTICLES, lazy_mentions=True)[2].materialise() == far


def test_lazy_mentions_are_the_eager_mentions() -> None:
    text, back = round_trip()
    lazy = crosspack.loads(text, ARTICLES, lazy_mentions=True)
    assert isinstance(lazy[2], LazyItems) and lazy[0::2][0] == back[0] and lazy[3] == back[3]
    assert len(lazy[2]) == len(MENTIONS) and lazy[2][1] == MENTIONS[1] and lazy[2][-2] == MENTIONS[0]
    assert lazy[2][0:2] == MENTIONS and lazy[2].column("article") == ["a1", "a1"]
    assert lazy[2].materialise() == MENTIONS and tuple(lazy[2]) == MENTIONS


def damage(text: str, how: str) -> str:
    """The encoded text with one kind of damage."""
    if how == "packed integers of the wrong length":
        data = json.loads(text)
        data[3]["fields"]["start"][2] = data[3]["fields"]["start"][2][:-4]
        return json.dumps(data)
    if how == "packed integers that are not base64":
        data = json.loads(text)
        data[3]["fields"]["start"][2] = "!" + data[3]["fields"]["start"][2][1:]
        return json.dumps(data)
    data = unpacked(text)
    mentions = data[3]["fields"]
    if how == "index out of range":
        mentions["actor"][2][1][0] = 99
    elif how == "negative index":
        mentions["actor"][2][1][0] = -1
    elif how == "text where a number belongs":
        mentions["start"][1][0] = "6"
    elif how == "boolean where a number belongs":
        mentions["start"][1][0] = True
    elif how == "short column":
        mentions["end"][1].pop()
    elif how == "missing field":
        del mentions["text"]
    elif how == "wrong format":
        data[0] = "other"
    elif how == "None where text is required":
        mentions["actor"][1][0] = None
    return json.dumps(data)


@pytest.mark.parametrize(
    "how",
    ["index out of range", "negative index", "text where a number belongs", "boolean where a number belongs",
     "short column", "missing field", "wrong format", "None where text is required",
     "packed integers of the wrong length", "packed integers that are not base64"],
)
@pytest.mark.parametrize("lazy", [False, True], ids=["built", "lazy"])
def test_damaged_columns_are_refused(how: str, lazy: bool) -> None:
    text, _ = round_trip()
    with pytest.raises(serialize.SerializeError):
        crosspack.loads(damage(text, how), ARTICLES, lazy_mentions=lazy)


def test_rebuilt_fields_need_their_articles() -> None:
    text, _ = round_trip()
    with pytest.raises(serialize.SerializeError):
        crosspack.loads(text, ())


def test_a_checked_encoding_is_the_plain_encoding() -> None:
    text = crosspack.checked_dumps(TRACKS, ACTORS, MENTIONS, STATEMENTS, ARTICLES)
    assert text == crosspack.dumps(TRACKS, ACTORS, MENTIONS, STATEMENTS, ARTICLES)


class LoudMention(Mention):
    """A subclass: it would read back as a plain Mention."""

    __slots__ = ()


@pytest.mark.parametrize(
    ("tracks", "mentions"),
    [
        (TRACKS, (LoudMention("ada-brennick", "a1", 0, 6, 18, "Ada Brennick"), MENTIONS[1])),
        (TRACKS, (replace(MENTIONS[0], text=None), MENTIONS[1])),
        ((replace(TRACKS[0], figures=["a1:f1"]),), MENTIONS),
    ],
    ids=["another class", "None where text is required", "a list where a tuple belongs"],
)
def test_a_checked_encoding_refuses_what_would_not_read_back(tracks, mentions) -> None:
    with pytest.raises(serialize.SerializeError):
        crosspack.checked_dumps(tracks, ACTORS, mentions, STATEMENTS, ARTICLES)


def test_a_negative_index_packed_signed_is_refused() -> None:
    text, _ = round_trip()
    data = unpacked(text)
    data[3]["fields"]["actor"][2] = ["b", "i", base64.b64encode(array("i", [-1, 0]).tobytes()).decode()]
    if sys.byteorder == "little":
        with pytest.raises(serialize.SerializeError):
            crosspack.loads(json.dumps(data), ARTICLES, lazy_mentions=True)

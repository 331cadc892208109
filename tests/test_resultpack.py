"""The columnar form of article results: exact round trips, a fallback for what does not fit, damage refused per result."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefbook.core import resultpack, serialize
from briefbook.core.manifest import Problem
from briefbook.core.model import Article, Dropped, EventDate, Figure, Paragraph, Sentence
from briefbook.core.pool import ArticleResult, decode_result, decode_results, encode_result

HEAD = "Council approves budget"
BODY = "The council approved 120 million euros. Mayor Ada said 12 schools would open."


def paragraph(aid: str, index: int, text: str, kind: str = "body") -> Paragraph:
    """A paragraph whose sentences are its text split after each full stop."""
    sentences, start = [], 0
    for n, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if not part.endswith(".") and start + len(part) < len(text) else 0)
        sentences.append(Sentence(aid, index, n, start, end, text[start:end]))
        start = end + 1
    return Paragraph(index, text, kind, tuple(sentences))


def result(aid: str = "a1", **changes) -> ArticleResult:
    """An article with a headline and a body, a figure and a date found in it."""
    paras = (paragraph(aid, 0, HEAD, "headline"), paragraph(aid, 1, BODY))
    body = paras[1]
    sent = body.sentences[0]
    at = BODY.index("120 million euros")
    figure = Figure(f"{aid}:f1", aid, 1, 0, at, at + 17, "120 million euros", 120e6, None, None, "euros", None,
                    sent.text, "approved")
    second = body.sentences[1]
    at2 = BODY.index("12 schools")
    figure2 = Figure(f"{aid}:f2", aid, 1, 1, at2, at2 + 10, "12 schools", 12, None, None, "schools", "about",
                     second.text, None)
    date = EventDate(aid, 1, 0, 0, 3, BODY[0:3], "2025-03-01")
    article = Article(aid, f"/x/{aid}.txt", HEAD, "Outlet", dt.date(2025, 3, 2), paras, ("cap",),
                      (Dropped("Sign up", "newsletter", 3),), "utf-8", ("note",), 4, "manifest")
    base = ArticleResult(article, (figure, figure2), (date,), (Problem("/x/a1.txt", 1, 1, "repaired"),))
    for name, value in changes.items():
        base = ArticleResult(**{**{f: getattr(base, f) for f in ("article", "figures", "dates", "problems")}, name: value})
    return base


def test_a_result_round_trips_in_the_columnar_form() -> None:
    value = result()
    text = encode_result(value)
    assert text is not None and json.loads(text)[0] == resultpack.FORMAT
    back = decode_result(text)
    assert back == value and type(back.article.paragraphs[0].sentences[0]) is Sentence


def test_fields_that_repeat_the_article_are_left_out() -> None:
    data = json.loads(encode_result(result()))
    figures = dict(zip(serialize.field_names(Figure), data[6][1:]))
    assert figures["article"] == figures["text"] == figures["sentence_text"] == figures["id"] == resultpack.DERIVED
    assert figures["value"] == [120e6, 12]


def test_fields_that_do_not_repeat_it_are_kept() -> None:
    value = result()
    odd = Figure("other-id", "elsewhere", 1, 0, 4, 11, "not the slice", 1.0, None, None, None, None, "some sentence")
    changed = result(figures=(*value.figures, odd))
    text = encode_result(changed)
    assert json.loads(text)[0] == resultpack.FORMAT
    assert decode_result(text) == changed


def test_a_result_that_does_not_fit_is_written_the_general_way() -> None:
    value = result()
    foreign = Sentence("somewhere-else", 1, 0, 0, 3, "The")
    para = Paragraph(1, BODY, "body", (foreign,))
    article = value.article
    odd = ArticleResult(Article(article.id, article.file, article.title, None, None, (para,)))
    text = encode_result(odd)
    assert text is not None and json.loads(text)[0] != resultpack.FORMAT
    assert decode_result(text) == odd
    assert decode_result(encode_result(ArticleResult(None, (), (), (Problem("f", 1, 1, "gone", True),)))).article is None


def damaged(how: str) -> str:
    data = json.loads(encode_result(result()))
    if how == "type":
        data[1][6] = "four"
    elif how == "spans":
        data[5][4] = data[5][4][:-1]
    elif how == "column":
        data[6][3] = data[6][3][:-1]
    elif how == "sentence":
        data[6][4] = [0, 9]
    elif how == "date":
        data[1][4] = "2025-13-40"
    elif how == "shape":
        data = data[:5]
    elif how == "problems":
        data[8] = [["f", "one", 1, "x", False]]
    elif how == "figure-value":
        data[6][8] = ["120", 12]
    elif how == "bool-sentence":  # a column other columns are rebuilt from: they are rebuilt, then thrown away
        data[6][4] = [False, True]
    elif how == "date-text":
        data[7][7] = [5]
    return json.dumps(data)


DAMAGES = ["type", "spans", "column", "sentence", "date", "shape", "problems", "figure-value", "bool-sentence", "date-text"]


@pytest.mark.parametrize("how", DAMAGES)
def test_damaged_data_is_refused_and_the_others_still_decode(how: str) -> None:
    good = result("b2")
    out = decode_results([encode_result(result()), damaged(how), encode_result(good), "[not json"])
    assert out[0] == result() and out[2] == good
    assert isinstance(out[1], serialize.SerializeError) and isinstance(out[3], serialize.SerializeError)
    with pytest.raises(serialize.SerializeError):
        decode_result(damaged(how))


def test_damaged_results_among_many_are_each_refused_and_the_others_decode() -> None:
    goods = [result(f"g{n}") for n in range(4)]
    texts = [encode_result(goods[0]), damaged("figure-value"), encode_result(goods[1]), damaged("date-text"),
             damaged("bool-sentence"), encode_result(goods[2]), damaged("column"), encode_result(goods[3])]
    out = decode_results(texts)
    assert [out[i] for i in (0, 2, 5, 7)] == goods
    assert all(isinstance(out[i], serialize.SerializeError) for i in (1, 3, 4, 6))


def test_many_results_decode_together_as_each_alone() -> None:
    values = [result(f"a{n}") for n in range(5)] + [result("z", figures=(), dates=(), problems=())]
    texts = [encode_result(v) for v in values]
    assert decode_results(texts) == values == [decode_result(t) for t in texts]


def _changed(value: ArticleResult, how: str) -> ArticleResult:
    """The result with one value of a type (or content) the decoder would not give back as it is."""
    from dataclasses import replace

    art = value.article
    body = art.paragraphs[1]
    if how == "list-paragraphs":
        return replace(value, article=replace(art, paragraphs=list(art.paragraphs)))
    if how == "list-figures":
        return replace(value, figures=list(value.figures))
    if how == "bool-order":
        return replace(value, article=replace(art, order=True))
    if how == "datetime":
        return replace(value, article=replace(art, date=dt.datetime(2025, 3, 2, 10, 0)))
    if how == "text-date":
        return replace(value, article=replace(art, date="2025-03-02"))
    if how == "str-subclass":
        return replace(value, article=replace(art, title=type("Text", (str,), {})(art.title)))
    if how == "sentence-text":
        first = replace(body.sentences[0], text="Not the slice")
        para = replace(body, sentences=(first, *body.sentences[1:]))
        return replace(value, article=replace(art, paragraphs=(art.paragraphs[0], para)))
    if how == "bool-figure":
        return replace(value, figures=(replace(value.figures[0], paragraph=True), *value.figures[1:]))
    if how == "nan":
        return replace(value, figures=(replace(value.figures[0], value=float("nan")), *value.figures[1:]))
    if how == "list-captions":
        return replace(value, article=replace(art, captions=["cap"]))
    if how == "dropped-list":
        return replace(value, article=replace(art, dropped=[Dropped("x", "y", 1)]))
    if how == "problem-bool":
        return replace(value, problems=(Problem("f", 1, 1, "m", 1),))
    raise AssertionError(how)


HOWS = ["list-paragraphs", "list-figures", "bool-order", "datetime", "text-date", "str-subclass", "sentence-text",
        "bool-figure", "nan", "list-captions", "dropped-list", "problem-bool"]


def test_an_ordinary_result_is_known_exact_and_reads_back_the_same() -> None:
    for value in (result(), result("z", figures=(), dates=(), problems=())):
        data = resultpack.encode_exact(value)
        assert data is not None
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        assert decode_result(text) == value and encode_result(value) == text


@pytest.mark.parametrize("how", HOWS)
def test_a_value_of_another_type_is_never_taken_as_exact(how: str) -> None:
    value = _changed(result(), how)
    data = resultpack.encode_exact(value)
    if how == "nan":  # no JSON text is written for it
        with pytest.raises(ValueError):
            json.dumps(data, allow_nan=False)
    else:
        assert data is None
    text = encode_result(value)
    if text is not None:  # written only when it reads back exactly (else analysed again next time)
        assert decode_result(text) == value

"""Pages as readers save them in other ways than a browser's copy: a reader view saved as text, a PDF export,
a newsletter forwarded by e-mail; and outlets named without brackets or only by a logo. Written for these tests."""

from __future__ import annotations

from briefbook.core.clean import clean_text
from briefbook.core.dates import parse_wire_dateline

STORY = (
    "Harbour workers in Varna ended a five-day strike on Thursday after the port authority agreed to a pay rise of 6%.\n\n"
    "More than 30 ships had waited outside the port during the strike, the authority said.\n\n"
)
# Real sentences that hold the words the new rules look for: none of them may leave the reading text.
TRICKY = (
    "Page 2 of the union's offer was never published, its leader said.\n\n"
    "Forwarded messages from the port authority showed the offer had been changed twice.\n\n"
    "Subject to a vote by members, the deal will take effect in May.\n\n"
    "Dockers who unsubscribe from the union's mailing list still receive its strike pay.\n\n"
    "From: the start, the talks were tense, one negotiator said.\n\n"
    "You are receiving this because you work here, the manager told the strikers in a letter.\n\n"
)


def reading(result) -> str:
    return "\n".join(t for _, t in result.paragraphs)


def body(result) -> str:
    return "\n".join(t for kind, t in result.paragraphs if kind == "body")


def reasons(result) -> dict[str, str]:
    return {t: r for t, r, _ in result.dropped}


def test_datelines_name_the_outlet_with_or_without_brackets() -> None:
    assert parse_wire_dateline("LONDON, April 3 (CNN) — Harbour workers ended a strike.")[1] == "CNN"
    assert parse_wire_dateline("LONDON (CNN)—Harbour workers ended a strike.")[1] == "CNN"
    for first in ("Hong Kong CNN — Harbour workers ended a strike.", "VARNA, Bulgaria CNN — Harbour workers ended."):
        result = clean_text("Varna dockers end strike after pay deal\nBy Jane Doe\n\n" + first + "\n\n" + STORY)
        assert result.outlet == "CNN", first
    # a name before a dash that is no outlet, or an ordinary sentence, names none
    for first in ("Hong Kong Harbour — the busiest in the region — closed.", "Jane Doe told CNN — and others — that talks failed."):
        result = clean_text("Varna dockers end strike after pay deal\n\n" + first + "\n\n" + STORY)
        assert result.outlet is None, first


def test_caption_under_its_image_credit() -> None:
    page = (
        "Varna dockers end strike after pay deal\nHarbour workers have ended a five-day strike in Varna.\n\n"
        "Image: Jane Doe/picture alliance\nShips waited outside the port of Varna for five days\n\n" + STORY
    )
    result = clean_text(page)
    assert reasons(result)["Ships waited outside the port of Varna for five days"].startswith("photo caption")
    assert "More than 30 ships" in reading(result)
    # a paragraph of text under a credit stays text
    page = "Varna dockers end strike after pay deal\n\nImage: Jane Doe/picture alliance\n" + STORY.replace("\n\n", "\n", 1)
    assert "Harbour workers in Varna ended" in reading(clean_text(page))


def test_outlet_from_a_logo_line() -> None:
    page = "The Guardian - Back to homeThe Guardian\nWorld\nEurope\n\nVarna dockers end strike after pay deal\n\n" + STORY
    result = clean_text(page)
    assert result.outlet == "The Guardian"
    assert reasons(result)["The Guardian - Back to homeThe Guardian"] == "site logo"
    assert clean_text("Harbour Daily | Go to homepage\n\nVarna dockers end strike after pay deal\n\n" + STORY).outlet == "Harbour Daily"


def test_reader_view_saved_as_text() -> None:
    page = "Varna dockers end strike after pay deal\nreuters.com\nJane Doe\n5–6 minutes\n\n" + STORY + TRICKY
    result = clean_text(page)
    assert result.title == "Varna dockers end strike after pay deal"
    assert result.outlet == "Reuters"
    found = reasons(result)
    assert found["reuters.com"] == "site address"
    assert found["5–6 minutes"] == "reading time"
    assert found["Jane Doe"] == "byline"
    text = reading(result)
    assert body(result).startswith("Harbour workers in Varna ended")
    for sentence in TRICKY.split("\n\n")[:-1]:
        assert sentence in text


PDF = (
    "4/3/25, 9:15 AM\tVarna dockers end strike after pay deal - Harbour Daily\n\n"
    "Varna dockers end strike after pay deal\n\n"
    "By Jane Doe\n\n"
    "Harbour workers in Varna ended a five-day strike on Thursday after the port authority agreed\n"
    "to a pay rise of 6%, ending a dispute that had kept more than 30 ships waiting outside the\n"
    "port. The union had asked for 9% and a long-term deal, and its leader said that the nego-\n"
    "tiations had been the hardest in a decade, with the authority refusing to meet for three\n"
    "days at the start of the strike.\n\n"
    "https://harbourdaily.example/news/varna-dockers 1/2\n"
    "\f4/3/25, 9:15 AM\tVarna dockers end strike after pay deal - Harbour Daily\n\n"
    "The port authority said ships would be cleared by Sunday. A spokesman for the authority said\n"
    "the five-day stoppage had cost the port about 2 million euros, and that a long-\n"
    "term agreement on shifts would be discussed in May, when the current contract\n"
    "ends.\n\n"
    "https://harbourdaily.example/news/varna-dockers 2/2\n"
)


def test_pdf_export_page_numbers_running_headers_and_hyphens() -> None:
    result = clean_text(PDF)
    assert result.title == "Varna dockers end strike after pay deal"
    found = reasons(result)
    assert found["https://harbourdaily.example/news/varna-dockers 1/2"] == "page number"
    assert found["4/3/25, 9:15 AM Varna dockers end strike after pay deal - Harbour Daily"] == "running header or footer"
    text = reading(result)
    assert "negotiations had been the hardest" in text
    assert "long-term agreement" in text  # written so elsewhere on the page
    assert "Harbour Daily" not in text and "1/2" not in text


def test_pdf_paragraph_broken_across_pages_is_one() -> None:
    page = (
        "Varna dockers end strike after pay deal\n\n"
        "Harbour workers in Varna ended a five-day strike on Thursday after the port authority\n"
        "agreed to a pay rise of 6%, ending a dispute that had kept more than 30 ships waiting\n"
        "outside the port for most of the week, the union and the\n\n"
        "Page 1 of 2\n\n"
        "Harbour Daily — Europe edition\n\f\n"
        "authority said in a joint statement on Thursday evening after talks.\n\n"
        "More than 30 ships had waited outside the port during the strike, the authority said.\n\n"
        + TRICKY
        + "Page 2 of 2\n\nHarbour Daily — Europe edition\n"
    )
    result = clean_text(page)
    text = reading(result)
    assert "the union and the authority said in a joint statement" in text
    assert "Europe edition" not in text and "Page 1 of 2" not in text
    for sentence in TRICKY.split("\n\n")[:-1]:
        assert sentence in text


def test_hard_wrapped_text_keeps_a_compound_hyphen() -> None:
    page = (
        "Varna dockers end strike after pay deal\n\n"
        "Harbour workers in Varna ended a strike on Thursday after a five-\n"
        "day stoppage that kept more than thirty ships waiting outside\n"
        "the port, the authority said in a statement after the talks.\n"
    )
    assert "a five-day stoppage" in reading(clean_text(page))


NEWSLETTER = (
    "---------- Forwarded message ---------\n"
    "From: Harbour Daily <briefing@harbourdaily.example>\n"
    "Date: Thu, Apr 3, 2025 at 9:15 AM\n"
    "Subject: Varna dockers end strike after pay deal\n"
    "To: <reader@example.org>\n\n"
    "View this email in your browser\n\n"
    "Varna dockers end strike after pay deal\n\n" + STORY + TRICKY +
    "Forward to a friend\n\n"
    "You are receiving this email because you signed up for the Harbour Daily morning briefing.\n\n"
    "Unsubscribe | Update your preferences | View in browser\n\n"
    "Our mailing address is: 1 Quay Street, Varna\n\n"
    "Sent from my phone\n"
)


def test_forwarded_newsletter() -> None:
    result = clean_text(NEWSLETTER)
    assert result.title == "Varna dockers end strike after pay deal"
    assert (result.date, result.outlet) == ("2025-04-03", "Harbour Daily")
    found = reasons(result)
    assert found["---------- Forwarded message ---------"] == "e-mail header"
    assert found["Subject: Varna dockers end strike after pay deal"] == "e-mail header"
    for footer in ("View this email in your browser", "Forward to a friend", "Sent from my phone",
                   "You are receiving this email because you signed up for the Harbour Daily morning briefing."):
        assert found[footer] == "newsletter footer", footer
    assert "Unsubscribe | Update your preferences | View in browser" in found
    text = reading(result)
    assert body(result).startswith("Harbour workers in Varna ended")
    for sentence in TRICKY.split("\n\n")[:-1]:
        assert sentence in text
    assert "mailing address" not in text


def test_a_single_header_like_line_is_text() -> None:
    page = "Varna dockers end strike after pay deal\n\nFrom: the start, the talks were tense.\n\n" + STORY
    assert "From: the start, the talks were tense." in reading(clean_text(page))

"""General rules for documents other than news articles: press releases (their label, end mark, notes to editors,
contacts and issuer), official statements and transcripts, checked on passages written for these tests."""

from __future__ import annotations

from passages import said_by as _said_by

from briefbook.core.clean import clean_text


def _texts(text: str) -> list[str]:
    return [t for _, t in clean_text(text).paragraphs]


def test_a_release_loses_its_label_end_mark_and_notes():
    text = (
        "FOR IMMEDIATE RELEASE\n\nAgency for Coastal Roads\n\nBridge over the Orwen to reopen in May\n\n"
        "CARDIFF, 2 February 2027 — The Agency for Coastal Roads said the bridge would reopen on 4 May.\n\n"
        "The repairs cost £40 million.\n\n– ENDS –\n\nNotes to editors\n\n1. The bridge opened in 1966.\n\n"
        "About the Agency for Coastal Roads\n\nThe Agency runs 400 miles of road.\n\n"
        "Media contact: Tom Ash, 029 2000 0000, press@roads.example\n"
    )
    c = clean_text(text)
    assert c.title == "Bridge over the Orwen to reopen in May"
    assert c.outlet == "Agency for Coastal Roads"
    assert c.date == "2027-02-02"
    texts = [t for _, t in c.paragraphs]
    assert texts[-1] == "The repairs cost £40 million."
    assert not any("ENDS" in t or "editors" in t or "1966" in t or "press@" in t for t in texts)


def test_a_wire_release_is_dated_and_issued_by_its_about_line():
    text = (
        "PRESS RELEASE\n\nHalden Foods raises its forecast\n\n"
        "BERGEN, Norway, March 9, 2027 /PRNewswire/ -- Halden Foods ASA today raised its forecast for the year.\n\n"
        "Sales grew by 9 percent.\n\n###\n\nAbout Halden Foods\n\nHalden Foods makes fish products.\n\n"
        "For more information, contact:\nPhone: +47 55 00 00 00\nEmail: info@halden.example\n"
    )
    c = clean_text(text)
    assert c.date == "2027-03-09"
    assert c.outlet == "Halden Foods"
    assert [t for _, t in c.paragraphs][-1] == "Sales grew by 9 percent."


def test_minus_thirty_ends_a_release_and_contact_lines_go():
    text = (
        "News release\n\nMinistry of Fisheries\n\nQuotas cut for a second year\n\n"
        "Cod quotas will be cut by a fifth, the ministry announced today.\n\n"
        "For more information, contact the press office on 020 7000 0000.\n\n"
        "The cut takes effect in January.\n\n-30-\n\nPress office: 020 7000 0001\n"
    )
    texts = _texts(text)
    assert texts[-1] == "The cut takes effect in January."
    assert not any("press office" in t.lower() or "-30-" in t for t in texts)


def test_a_hash_line_in_an_article_cuts_nothing_without_notes():
    text = "Talks resume in Geneva\n\nThe talks resumed on Monday.\n\n###\n\nThe second round opens in June.\n"
    assert _texts(text)[-1] == "The second round opens in June."


def test_a_release_quote_under_a_colon_line_is_the_speaker_s():
    paras = [
        "Dr Anna Brook, director of the Coastal Institute, said:",
        '"The sea wall will protect 3,000 homes for fifty years."',
    ]
    assert (1, "Anna Brook") in _said_by(paras)

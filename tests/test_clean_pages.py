"""Whole news pages as readers paste or save them (wire, broadcaster, newspaper, clipped Markdown), written for
these tests: the reading text, the title, the outlet and the date an analyst would read out of each."""

from __future__ import annotations

import pytest

from briefbook.core.clean import clean_text
from briefbook.core.dates import parse_date_line

STORY = (
    "Harbour workers in Varna ended a five-day strike on Thursday after the port authority agreed to a pay rise of 6%.\n\n"
    "More than 30 ships had waited outside the port during the strike, the authority said.\n\n"
)


def reading(result) -> str:
    return "\n".join(t for _, t in result.paragraphs)


def reasons(result) -> dict[str, str]:
    return {t: r for t, r, _ in result.dropped}


def test_wire_page_menus_tagline_credits_topics_and_bio() -> None:
    page = (
        "Skip to main content\nNews and data for market professionals\nWorld\nBusiness\nMarkets\n\nEurope\n"
        "Varna dockers end strike after pay deal\nBy Jane Doe and John Roe\nApril 3, 2025 9:15 AM EDT\n"
        "Updated 2 hours ago\n\nShare\nX\nFacebook\n\n"
        "VARNA, April 3 (Reuters) - Harbour workers in Varna ended a five-day strike on Thursday.\n\n"
        + STORY
        + "Reporting by Jane Doe; Editing by Tom Berg\n\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
        "Suggested Topics:\nEurope\nTransport\n\nJane Doe\nThomson Reuters\n"
        "Jane covers shipping and ports from Sofia, having reported on energy markets before.\n"
    )
    result = clean_text(page)
    assert result.title == "Varna dockers end strike after pay deal"
    assert (result.date, result.outlet) == ("2025-04-03", "Reuters")
    text = reading(result)
    for chrome in ("News and data", "Suggested", "Transport", "Jane covers", "Thomson Reuters"):
        assert chrome not in text
    assert reasons(result)["Jane covers shipping and ports from Sofia, having reported on energy markets before."] == "author bio"
    assert "More than 30 ships" in text


def test_agency_contributor_lines_language_links_and_bio_under_a_name() -> None:
    page = (
        "Varna dockers end strike after pay deal\nBy MARIA ROSSI\nUpdated 9:42 AM GMT+2, April 3, 2025\n"
        "Leer en español\n\nVARNA, Bulgaria (AP) — Harbour workers in Varna ended a five-day strike.\n\n"
        + STORY
        + "___\n\nAssociated Press writer Tom Hall contributed from London.\n\nMARIA ROSSI\n"
        "Rossi covers the Balkans for The Associated Press.\nmailto\n"
    )
    result = clean_text(page)
    found = reasons(result)
    assert found["Leer en español"] == "language link"
    assert found["___"] == "empty or punctuation only"
    assert found["Associated Press writer Tom Hall contributed from London."] == "credits"
    assert found["Rossi covers the Balkans for The Associated Press."] == "author bio"
    assert (result.date, result.outlet) == ("2025-04-03", "AP")


def test_broadcaster_page_caption_label_job_title_and_dates_of_other_stories() -> None:
    page = (
        "Skip to content\nBroadcasting Corporation\nHome\nNews\nSport\n\n"
        "Varna dockers end strike after pay deal\n3 hours ago\nShare\nSave\nSarah Jones\nTransport correspondent\n"
        "Image source, Getty Images\nImage caption,\nShips waiting outside the port of Varna on Monday\n"
        + STORY
        + "Related Topics\nShipping\n\nMore on this story\nVarna port traffic falls by a third\nPublished 12 March 2025\n"
    )
    result = clean_text(page)
    assert result.title == "Varna dockers end strike after pay deal"
    assert result.date is None  # "3 hours ago"; 12 March is another story's date
    found = reasons(result)
    assert found["Ships waiting outside the port of Varna on Monday"] == "photo caption"
    assert found["Transport correspondent"] == "byline"
    assert "Broadcasting Corporation" not in reading(result)


def test_newspaper_page_cookie_banner_byline_with_role_and_footer() -> None:
    page = (
        "Skip to main content\nSkip to navigation\nPrint subscriptions\nSign in\nEurope edition\nNews\nOpinion\nSport\n\n"
        "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.\n"
        "Accept all cookies\nManage cookie preferences\n\nWildlife\nVarna dockers end strike after pay deal\n"
        "Unions welcome the deal as shipping firms count the cost\nHelena Hart Transport correspondent\n"
        "Sat 12 Apr 2025 14.05 BST\nLast modified on Sat 12 Apr 2025 16.20 BST\n"
        + STORY
        + "Related: What the strike cost Varna\nExplore more on these topics\nShipping\nReuse this content\n"
        "This article was amended on 13 April 2025 to correct the number of ships.\nMost viewed\nComments (312)\n"
    )
    result = clean_text(page)
    assert result.title == "Varna dockers end strike after pay deal"
    assert result.date == "2025-04-12"
    found = reasons(result)
    assert found["Accept all cookies"] == found["Manage cookie preferences"] == "cookie notice"
    assert found["Helena Hart Transport correspondent"] == "byline"
    assert "Unions welcome the deal" in reading(result)  # the standfirst is text


def test_markdown_page_audio_player_print_note_tags_and_a_post() -> None:
    page = (
        "Advertisement\n\nSupported by\n\n# Varna dockers end strike after pay deal\n\n"
        "Listen to this article · 5:12 min [Learn more](https://example.com/audio)\n\n"
        "By [Femke de Wit](https://example.com/by/fdw)\n\n"
        + STORY
        + "The union leader was pleased. pic.twitter.com/Ab12Cd34Ef\n\n— Ivan Petrov (@ipetrov) April 3, 2025\n\n"
        "*Ships in the port of Varna - Copyright AP Photo/Jane Doe*\n\n"
        "A version of this article appears in print on April 4, 2025, Section A, Page 18 of the New York edition with "
        "the headline: Dockers End Strike. [Order Reprints](https://example.com/r) | [Today’s Paper](https://example.com/p)\n\n"
        "See more on: Varna\n\nhttps://example.com/p/4abcd\n"
    )
    result = clean_text(page)
    found = reasons(result)
    assert found["Listen to this article · 5:12 min Learn more"] == "audio player"
    assert found["By Femke de Wit"] == "byline"
    assert found["The union leader was pleased. pic.twitter.com/Ab12Cd34Ef"] == "social media embed"
    assert found["See more on: Varna"] == "tags"
    assert found["https://example.com/p/4abcd"] == "link"
    assert any(r == "print edition note" for r in found.values())
    assert any(t.startswith("Ships in the port") and r == "photo caption" for t, r in found.items())
    assert reading(result).splitlines()[1:] == [p for p in STORY.split("\n") if p]


def test_a_post_signature_glued_to_a_paragraph_is_cut_off() -> None:
    result = clean_text(
        'Dockers end strike\n\nThe union said on X: "We won." — Union of Dockers (@dockers) April 3, 2025\n\n' + STORY
    )
    assert 'The union said on X: "We won."' in reading(result)
    assert reasons(result)["— Union of Dockers (@dockers) April 3, 2025"] == "social media embed"


def test_metadata_header_of_a_clipped_page() -> None:
    page = (
        '---\ntitle: "Varna dockers end strike after pay deal"\nsource: "https://www.theguardian.com/world/2025/apr/03/varna"\n'
        'author:\n  - "[[Jane Doe]]"\npublished: 2025-04-03T09:15:00Z\ncreated: 2025-04-05\ntags:\n  - "clippings"\n---\n'
        + STORY
    )
    result = clean_text(page)
    assert (result.title, result.date, result.outlet) == ("Varna dockers end strike after pay deal", "2025-04-03", "The Guardian")
    assert reading(result).startswith("Harbour workers")
    assert all(r == "metadata header" for t, r in reasons(result).items() if t != "")


def test_a_page_opening_with_a_rule_is_no_metadata_header() -> None:
    result = clean_text("---\nDockers end strike\nThe union said the deal was fair.\n---\n" + STORY)
    assert "The union said the deal was fair." in reading(result)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2025-04-03T09:15:00Z", "2025-04-03"),
        ("published: 2025-04-03T09:15:00+02:00", "2025-04-03"),
        ("April 3, 2025 9:15 AM EDT", "2025-04-03"),
        ("03.04.2025", "2025-04-03"),
        ("Updated: 3 April 2025", "2025-04-03"),
        ("04/03/2025April 3, 2025", "2025-04-03"),
        ("Sat 12 Apr 2025 14.05 BST", "2025-04-12"),
        ("31.02.2025", None),
    ],
)
def test_header_date_formats(line: str, date: str | None) -> None:
    assert parse_date_line(line) == date


def test_outlet_from_a_known_name_over_the_headline_from_a_byline_and_from_a_source_line() -> None:
    assert clean_text("Kyiv Post\nDockers end strike after pay deal\n03.04.2025\n" + STORY).outlet == "Kyiv Post"
    assert clean_text("Dockers end strike after pay deal\nBy Ana Ruiz, CNN\n\n" + STORY).outlet == "CNN"
    assert clean_text(STORY + "Source: Al Jazeera and news agencies\n").outlet == "Al Jazeera"
    assert clean_text("Dockers end strike\n\nPublished: 2025-04-03 | Source: Daily Nation\n\n" + STORY).outlet == "Daily Nation"


def test_related_article_drops_its_one_story_and_the_text_goes_on() -> None:
    page = (
        "Dockers end strike\n\n" + STORY + "Related article\nBulgaria's ports are busier than ever, a study finds\n"
        "The strike cost the port authority about 2 million leva a day, its director told reporters on Friday morning.\n"
    )
    result = clean_text(page)
    assert "study finds" not in reading(result)
    assert "The strike cost the port authority" in reading(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices of the port operator rose 4% after the deal.",
        "Advertisement revenue for local radio has fallen, the station said.",
        '"Related" rules on crew rest are still being drafted, the ministry said.',
        "Save the Ports campaign spokesman Alan Hughes said the deal was fair.",
        '"We use cookies to track who opens our alerts," a port spokesperson said.',
        "Residents were told to listen to local radio. Listen to the harbour master, the mayor said.",
        "Local reporters said the mayor contributed from London.",
        "Insurance covers only part of the damage, the authority said.",
        "Follow-up talks are planned for May, the union said.",
        "Accepting all cookies is not required by the new law, the regulator said.",
        "Reading the deal, the union found a 6% rise over two years.",
        "Topics such as overtime were left for later talks.",
        "Petrov is a former harbour master who now leads the union.",
    ],
)
def test_real_sentences_with_chrome_words_stay(sentence: str) -> None:
    result = clean_text(f"Dockers end strike after pay deal\n\n{STORY}{sentence}\n\nThe port reopened on Friday.\n")
    assert sentence in reading(result)


def test_plain_header_lines_of_a_saved_article() -> None:
    page = "Title: Varna dockers end strike after pay deal\nSource: Black Sea Herald\nDate: 2025-04-03\nAuthor: Jane Doe\n\n" + STORY
    result = clean_text(page)
    assert (result.title, result.date, result.outlet) == ("Varna dockers end strike after pay deal", "2025-04-03", "Black Sea Herald")
    assert reading(result).startswith("Harbour workers")
    assert sorted(reasons(result).values()) == ["metadata header"] * 4


def test_header_lines_need_two_known_fields_at_the_top() -> None:
    # One "Key: value" line is no header, and a line of the text that happens to open with a word and a colon
    # after the top is never taken for one.
    page = "Note: the figures are provisional\n\n" + STORY
    assert "Note: the figures are provisional" in reading(clean_text(page))
    page = "Varna dockers end strike\n\nTitle: a talk by the mayor\nDate: Friday\n\n" + STORY
    assert "Title: a talk by the mayor" in reading(clean_text(page))
    page = "Title: Dockers end strike\nURL: https://www.theguardian.com/world/2025/apr/03/varna\n\n" + STORY
    assert (clean_text(page).title, clean_text(page).outlet) == ("Dockers end strike", "The Guardian")

"""Each cleaning rule on small articles written for these tests (not the seeds)."""

from __future__ import annotations

import pytest

from briefbook.core.clean import clean_text


def body(result) -> list[str]:
    return [t for k, t in result.paragraphs if k == "body"]


def reasons(result) -> dict[str, str]:
    return {t: r for t, r, _ in result.dropped}


HARBOUR = (
    "The harbour authority approved the new quay on Monday after a long dispute with the fishing fleet.\n\n"
    "Officials said construction would begin in spring and last about two years.\n"
)


@pytest.mark.parametrize(
    ("chrome", "reason"),
    [
        ("de fr it", "language switcher"),
        ("EN | FR | ES", "language switcher"),
        ("5 min read", "reading time"),
        ("12 minute read", "reading time"),
        ("BUSINESS", "section label"),
        ("Read more", "navigation"),
        ("Show More", "navigation"),
        ("Comments (12)", "comments counter"),
        ("Комментарии (0)", "comments counter"),
        ("Related: Port strike enters third week", "related link"),
        ("RelatedCity News - Port strike enters third week", "related link"),
        ("Sign up for our weekly newsletter", "newsletter or contact prompt"),
        ("Click here to follow our channel for more stories.", "newsletter or contact prompt"),
        ("Contact us", "navigation"),
        ("By Jane Okafor", "byline"),
        ("SOURCE: Harbour Herald", "source line"),
        ("Reporting by Jane Okafor; Editing by Tom Berg", "credits"),
        ("Tags: harbour, fishing, council", "tags"),
        ("WATCH: The quay opens in time-lapse", "media link"),
        ("This article was originally published by the Harbour Herald.", "republication note"),
        ("Updated 14:05 GMT", "dateline"),
        ("Advertisement", "navigation"),
        ("© 2025 Harbour Herald", "navigation"),
        ("World | Europe | Business | Sport", "navigation"),
        ("Home · Politics · Local news", "navigation"),
        ("Share on Facebook Share on X Copy link", "share buttons"),
        ("Share this article | Email | Print", "navigation"),
        ("This article has been updated with the latest figures.", "editor's note"),
        ("Editor's note: an earlier version misnamed the harbour.", "editor's note"),
    ],
)
def test_chrome_lines_are_dropped_with_a_reason(chrome: str, reason: str) -> None:
    result = clean_text(f"{chrome}\n\n{HARBOUR}")
    assert chrome not in " ".join(t for _, t in result.paragraphs)
    assert reasons(result)[chrome] == reason
    assert body(result)[0].startswith("The harbour authority")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Harbour Herald, Thursday 27 June 2024", "Harbour Herald"),
        ("Coastal News | 28 June 2024", "Coastal News"),
        ("Lakeside Ledger | 28 June 2024", "Lakeside Ledger"),
        ("**Valley Advertiser** | 28 June 2024", "Valley Advertiser"),
        ("Opposition Leaders | 28 June 2024", None),
        ("The Guardian, 28 June 2024", "The Guardian"),
        ("VARNA, 28 June 2024", None),
        ("Varna, 28 June 2024 (HNA)", "HNA"),
        ("By Staff Reporter | 28 June 2024", None),
        ("By Jane Doe, Lakeside Ledger — 28 June 2024", "Lakeside Ledger"),
        ("By Jane Doe, Staff Reporter — 28 June 2024", None),
        ("By Jane Doe, Varna — 28 June 2024", None),
        ("By our correspondent, 28 June 2024", None),
        ("Varna, 28 June 2024", None),
    ],
)
def test_a_date_line_opened_by_an_outlet_names_it(line: str, outlet: str | None) -> None:
    result = clean_text(f"Port opens new quay\n\n{line}\n\n{HARBOUR}")
    assert result.date == "2024-06-27" if "27" in line else result.date == "2024-06-28"
    assert result.outlet == outlet
    assert all(line not in text for _, text in result.paragraphs)


def test_source_line_names_the_outlet() -> None:
    result = clean_text(f"{HARBOUR}\nSOURCE: Harbour Herald\n")
    assert result.outlet == "Harbour Herald"


@pytest.mark.parametrize(
    "caption",
    [
        "Workers stand on the new quay. (Anna Lind/AFP via Getty Images)",
        "The mayor at the opening ceremony / Reuters",
        "Photo: The harbour at dawn (Getty Images)",
        "Cranes line the shore Credit: AP/Jon Berg",
        "Image source, Getty Images",
    ],
)
def test_captions_are_kept_as_captions_not_body(caption: str) -> None:
    result = clean_text(f"Port opens new quay\n\n{caption}\n\n{HARBOUR}")
    assert caption in result.captions
    assert all(caption not in t for _, t in result.paragraphs)


def test_headline_glued_to_a_caption_is_split() -> None:
    text = "Port opens new quay\n\nPort opens new quay Photo: The quay at dawn (Getty Images)\n\n" + HARBOUR
    result = clean_text(text)
    assert result.title == "Port opens new quay"
    assert "Photo: The quay at dawn (Getty Images)" in result.captions
    assert [k for k, _ in result.paragraphs].count("headline") == 1


def test_repeated_headline_is_read_once_and_what_precedes_it_is_chrome() -> None:
    text = (
        "Top stories\n\nThe council also met on Tuesday to discuss the budget for parks.\n\n"
        "Port opens new quay after dispute\n\n3 min read\n\nPort opens new quay after dispute\n\n" + HARBOUR
    )
    result = clean_text(text)
    assert result.title == "Port opens new quay after dispute"
    r = reasons(result)
    assert r["The council also met on Tuesday to discuss the budget for parks."] == "before the headline"
    assert sum(1 for _, t in result.paragraphs if t == "Port opens new quay after dispute") == 1


def test_manifest_title_marks_the_headline() -> None:
    text = "Port opens new quay\n\n" + HARBOUR
    result = clean_text(text, title="Port opens new quay")
    assert result.paragraphs[0] == ("headline", "Port opens new quay")


def test_teaser_of_another_story_and_byline_block_are_dropped() -> None:
    text = (
        HARBOUR
        + "\nFerry fares to rise in the new year\n"
        + "The ferry company announced on Thursday that fares on the island routes would rise by a margin that…\n"
        + "The Harbour HeraldJane Okafor\n"
        + "Jane Okafor is a reporter at the Harbour Herald covering transport and the city council.\n"
        + "Comments\n"
    )
    result = clean_text(text)
    r = reasons(result)
    assert r["Ferry fares to rise in the new year"].startswith("teaser")
    assert r["The ferry company announced on Thursday that fares on the island routes would rise by a margin that…"] == "teaser of another story"
    assert r["The Harbour HeraldJane Okafor"] == "byline or author bio"
    assert "Jane Okafor is a reporter at the Harbour Herald covering transport and the city council." in r
    assert body(result) == [
        "The harbour authority approved the new quay on Monday after a long dispute with the fishing fleet.",
        "Officials said construction would begin in spring and last about two years.",
    ]


def test_article_cut_short_at_the_end_is_kept() -> None:
    text = HARBOUR + "\nThe fleet's spokesman said the fishermen would return to the talks if the authority agreed to"
    result = clean_text(text)
    assert body(result)[-1].endswith("agreed to")
    assert any("mid-sentence" in n for n in result.notices)


def test_subheadings_are_kept_and_a_glued_quoted_subheading_is_split() -> None:
    text = (
        "Port opens new quay\n\n" + HARBOUR + "\nWhat comes next\n\n"
        "The authority will publish a timetable.\n\n"
        "'A historic day’The mayor called the quay a turning point for the town and its fleet.\n"
    )
    result = clean_text(text)
    kinds = dict((t, k) for k, t in result.paragraphs)
    assert kinds["What comes next"] == "subheading"
    assert kinds["'A historic day’"] == "subheading"
    assert kinds["The mayor called the quay a turning point for the town and its fleet."] == "body"


def test_repeated_paragraphs_and_blocks_are_read_once() -> None:
    block = "\n".join(f"Paragraph number {w} of the report says something distinct about the quay." for w in "ABCDEFG")
    result = clean_text("Port opens new quay\n" + block + "\n" + block + "\n")
    assert len(body(result)) == 7
    assert sum(1 for _, r, _ in result.dropped if r == "repeated paragraph") == 7


def test_dateline_dates_the_article_and_is_not_body() -> None:
    result = clean_text("Port opens new quay\nMarch 3, 2024\n" + HARBOUR)
    assert result.date == "2024-03-03"
    assert all("March 3, 2024" not in t for _, t in result.paragraphs)


def test_published_dateline_glued_to_other_text() -> None:
    result = clean_text("Port opens new quay\nPublished March 3, 2024last updated March 4, 2024\n" + HARBOUR)
    assert result.date == "2024-03-03"


def test_date_inside_a_sentence_does_not_date_the_article() -> None:
    result = clean_text("Port opens new quay\nThe quay was first proposed on March 3, 2019, by the council.\n" + HARBOUR)
    assert result.date is None


def test_manifest_drop_patterns_literal_and_regex() -> None:
    text = HARBOUR + "\nAdvertise with the Herald today\nPromo code HARBOUR10 gives a discount\n"
    result = clean_text(text, drop=("advertise with", "/promo code \\w+/"))
    r = reasons(result)
    assert r["Advertise with the Herald today"] == "manifest drop pattern"
    assert r["Promo code HARBOUR10 gives a discount"] == "manifest drop pattern"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The harbour authority approved the new quay on Monday after a long\n"
        "dispute with the fishing fleet, which had argued that the works would\n"
        "block access to the old slipway for most of the season.\n\n"
        "Officials said construction would begin in spring.\n"
    )
    result = clean_text(text)
    assert body(result)[0].startswith("The harbour authority approved the new quay on Monday after a long dispute")
    assert len(body(result)) == 2


def test_bullet_items_are_text_not_teasers() -> None:
    text = "Port opens new quay\n- The quay cost more than planned and opened two years late\n-\n- The fleet says it was not consulted\n" + HARBOUR
    result = clean_text(text)
    assert "The quay cost more than planned and opened two years late" in body(result)
    assert "The fleet says it was not consulted" in body(result)


def test_markdown_headings_links_and_html_tags() -> None:
    text = "# Port opens new quay\n\n## Background\n\nThe [harbour authority](https://example.org/x) approved <a href=\"/t\">the quay</a> on Monday.\n"
    result = clean_text(text)
    assert result.title == "Port opens new quay"
    assert ("subheading", "Background") in result.paragraphs
    assert ("body", "The harbour authority approved the quay on Monday.") in result.paragraphs


def test_nothing_is_lost_every_line_is_kept_or_dropped_with_a_reason() -> None:
    text = "WORLD\n4 min read\nPort opens new quay\nPhoto: the quay (Getty Images)\n" + HARBOUR + "Read more\n"
    result = clean_text(text)
    kept = {t for _, t in result.paragraphs} | {t for t, _, _ in result.dropped}
    for line in text.splitlines():
        if line.strip():
            assert line.strip() in kept


def test_bylines_between_headline_and_text_are_dropped() -> None:
    text = "Port opens new quay after dispute\n3 hours ago\nShare\nSave\nJane Okafor\nHarbour Herald\n" + HARBOUR
    result = clean_text(text)
    r = reasons(result)
    assert r["Jane Okafor"] == "byline" and r["Harbour Herald"] == "byline"
    assert r["3 hours ago"] == "dateline"
    assert body(result)[0].startswith("The harbour authority")


def test_byline_with_a_place() -> None:
    result = clean_text("Port opens new quay after dispute\nJane Okafor in Rotterdam\n" + HARBOUR)
    assert reasons(result)["Jane Okafor in Rotterdam"] == "byline"


def test_subheading_later_in_the_text_is_not_a_byline() -> None:
    text = "Port opens new quay after dispute\n" + HARBOUR + "\nFleet Response\n\nThe fleet said it would appeal.\n"
    result = clean_text(text)
    assert ("subheading", "Fleet Response") in result.paragraphs


def test_weekday_dateline_with_time() -> None:
    result = clean_text("Port opens new quay after dispute\nSun 23 Feb 2025 18.03 GMT\n" + HARBOUR)
    assert result.date == "2025-02-23"


def test_dateline_after_a_place_dates_the_article() -> None:
    result = clean_text("Port opens new quay after dispute\nRotterdam, March 3, 2024\n" + HARBOUR)
    assert result.date == "2024-03-03"
    assert all("Rotterdam, March 3" not in t for _, t in result.paragraphs)


def test_a_paragraph_starting_with_by_is_not_a_byline() -> None:
    text = "Port opens new quay after dispute\n" + HARBOUR + "\nBy Friday, the fleet had agreed to return to the talks, and the authority said the quay would open on time.\n"
    result = clean_text(text)
    assert any(t.startswith("By Friday, the fleet") for t in body(result))


def test_dateline_with_place_and_country_and_a_bar() -> None:
    result = clean_text("Port opens new quay after dispute\nSaint-Malo, France | 3 March 2024\n" + HARBOUR)
    assert result.date == "2024-03-03"


@pytest.mark.parametrize(
    ("opening", "date", "outlet"),
    [
        ("ROTTERDAM, March 3, 2024 (Reuters) - ", "2024-03-03", "Reuters"),
        ("Rotterdam, 3 March 2024 (AFP) – ", "2024-03-03", "AFP"),
        ("ROTTERDAM (AP) — ", None, "AP"),
        ("THE HAGUE, Netherlands, March 3, 2024 — ", "2024-03-03", None),
        ("ROTTERDAM, March 3 (Reuters) - ", None, "Reuters"),
        ("(Bloomberg) -- ", None, "Bloomberg"),
    ],
)
def test_wire_dateline_opening_the_text_gives_date_and_agency(opening: str, date: str | None, outlet: str | None) -> None:
    result = clean_text("Port opens new quay after dispute\n" + opening + HARBOUR)
    assert (result.date, result.outlet) == (date, outlet)
    assert body(result)[0].startswith(opening.strip())


@pytest.mark.parametrize(
    "opening",
    [
        "The harbour master - who spoke on Monday - said ",
        "Rotterdam - Europe's largest port - said ",
        "Officials said – on March 3, 2024 – that ",
    ],
)
def test_a_dash_in_an_ordinary_sentence_is_no_dateline(opening: str) -> None:
    result = clean_text("Port opens new quay after dispute\n" + opening + "the quay would open.\n\n" + HARBOUR)
    assert (result.date, result.outlet) == (None, None)


PAGE_WITH_CHROME = """Skip to main content
Menu
World
Business
Port opens new quay after long dispute with fishing fleet
The harbour authority and the fleet reached a deal after two years of talks
Listen to this article · 3 min
By Anna Berg
Updated 9:15 AM GMT+1, March 3, 2024
Fishing boats moored at the old quay on Monday. REUTERS/Jan de Vries
""" + HARBOUR + """
Advertisement · Scroll to continue
The quay will handle larger ships and is expected to create new jobs in the town.
Most Read
1. Storm closes ferry routes for a week
2. City council votes to raise parking fees
Be the first to comment
"""


def test_page_chrome_around_an_article() -> None:
    result = clean_text(PAGE_WITH_CHROME)
    kept = [t for _, t in result.paragraphs]
    assert result.title == "Port opens new quay after long dispute with fishing fleet"
    assert kept[0] == result.title
    assert kept[1].startswith("The harbour authority and the fleet reached a deal")  # the standfirst stays
    assert "The quay will handle larger ships and is expected to create new jobs in the town." in kept
    for chrome in ("World", "Business", "Advertisement · Scroll to continue", "Storm closes ferry routes for a week",
                   "City council votes to raise parking fees", "Be the first to comment"):
        assert chrome not in kept
    assert result.captions == ["Fishing boats moored at the old quay on Monday. REUTERS/Jan de Vries"]
    assert result.date == "2024-03-03"


@pytest.mark.parametrize("line", ["Home > News > Europe", "News » World » Africa", "Home / Business / Markets"])
def test_breadcrumbs_are_chrome(line: str) -> None:
    result = clean_text(line + "\nPort opens new quay after long dispute\n" + HARBOUR)
    assert reasons(result)[line] == "breadcrumb"
    assert result.title == "Port opens new quay after long dispute"


def test_a_subheading_after_a_related_link_stays() -> None:
    text = ("Port opens new quay after long dispute\n" + HARBOUR + "\nRelated Articles\nWhat the fleet wants next\n"
            "The fishermen said they would now press the authority for lower mooring fees and a new fish market, "
            "which the town has promised for a decade.\n")
    kept = [t for _, t in clean_text(text).paragraphs]
    assert "What the fleet wants next" in kept


def test_a_three_word_headline_over_a_standfirst_is_the_headline() -> None:
    result = clean_text("Harbour fees rise\nThe board wants more money for repairs after a hard winter\n" + HARBOUR)
    assert result.title == "Harbour fees rise"


def test_age_notice_topics_and_story_lists_are_chrome() -> None:
    text = ("This article is more than 2 years old\nPort opens new quay after long dispute\nRelated Topics\nShipping\n"
            + HARBOUR + "\nExplore more on these topics\nShipping\nFishing\nReuse this content\nMore on this story\n"
            "Fleet returns to sea after strike\nPublished\n2 days ago\nWhat the new quay means for the town\n")
    result = clean_text(text)
    kept = [t for _, t in result.paragraphs]
    assert result.title == "Port opens new quay after long dispute"
    assert kept[1:] == body(clean_text("Port opens new quay after long dispute\n" + HARBOUR))


PAGE_FURNITURE = [
    ("Read Time: 3 min", "reading time"),
    ("Get Latest World News and Updates", "newsletter or contact prompt"),
    ("Enter your email address", "newsletter or contact prompt"),
    ("Welcome to our live coverage of the storm.", "newsletter or contact prompt"),
    ("— Port Authority (@PortAuthority) March 3, 2024", "social media embed"),
    ("Author: Anna Berg | Staff Writer", "byline"),
    ("Contributors: Anna Berg, Tom Vos", "byline"),
    ("Reported by Anna Berg; edited by Tom Vos", "credits"),
    ("About the author", "author bio"),
    ("Anna Berg covers shipping and ports for the paper from Rotterdam.", "author bio"),
    ("Item 1 of 3 Boats at the old quay, March 3, 2024. REUTERS/Jan de Vries", "photo caption (gallery)"),
    ("[2/3]Boats at the old quay, March 3, 2024.", "photo caption (gallery)"),
    ("Sign up here.", "newsletter or contact prompt"),
    ("Acquire Licensing Rights, opens new tab", "newsletter or contact prompt"),
    ("Ad Feedback", "newsletter or contact prompt"),
    ("Reporting from Rotterdam", "byline"),
    ("Tom Vos contributed to this report.", "credits"),
    ("Copy/paste the article video embed link below:", "newsletter or contact prompt"),
    ("Go to accessibility shortcuts", "navigation"),
]


@pytest.mark.parametrize(("line", "reason"), PAGE_FURNITURE)
@pytest.mark.parametrize("where", ["inside", "after"])
def test_page_furniture(line: str, reason: str, where: str) -> None:
    text = HARBOUR.replace("\n\n", "\n\n" + line + "\n\n", 1) if where == "inside" else HARBOUR + "\n" + line + "\n"
    assert reasons(clean_text("Port opens new quay after long dispute\n" + text))[line] == reason


def test_a_list_of_other_stories_opening_the_page() -> None:
    text = ("Most Read from Harbour Weekly\nFerry fares to rise again in May\nWhy Mooring Costs Keep Rising\n" + HARBOUR)
    result = clean_text(text)
    assert [t for _, t in result.paragraphs] == body(clean_text(HARBOUR))


@pytest.mark.parametrize(
    ("line", "date"),
    [("Published on 03/03/2024 - 13:12 GMT+1", "2024-03-03"), ("Updated 15/04/2024", "2024-04-15"), ("Updated 04/05/2024", None)],
)
def test_numeric_datelines(line: str, date: str | None) -> None:
    assert clean_text("Port opens new quay after long dispute\n" + line + "\n" + HARBOUR).date == date


def test_agency_credit_line_names_the_outlet() -> None:
    result = clean_text("Harbour Weekly with AP\nPort opens new quay after long dispute\n" + HARBOUR)
    assert (result.outlet, result.title) == ("Harbour Weekly", "Port opens new quay after long dispute")


def test_a_headline_with_a_pipe_or_two_items_is_not_taken_for_a_site_menu() -> None:
    for line in ("Harbour vote: council backs the plan | Harbour Herald", "Ruiz | Okafor"):
        result = clean_text(f"{line}\n\n{HARBOUR}")
        assert reasons(result).get(line) != "navigation"


def test_markdown_images_links_bold_and_italic_captions_are_read_as_a_reader_sees_them() -> None:
    text = (
        "# Port opens new quay\n\n**Harbour Herald** | 12 August 2025\n\n"
        "![Cranes at the quay](https://example.org/q.jpg)\n*Cranes at the new quay. Photo: Jo Kim/Harbour Herald*\n\n"
        f"{HARBOUR}\n\n- [Read our live coverage](https://example.org/live)\n"
    )
    result = clean_text(text)
    assert (result.date, result.outlet) == ("2025-08-12", "Harbour Herald")
    assert result.captions == ["Cranes at the new quay. Photo: Jo Kim/Harbour Herald"]
    assert body(result)[0].startswith("The harbour authority")
    assert not any("live coverage" in t or "!" in t or "*" in t for _, t in result.paragraphs)

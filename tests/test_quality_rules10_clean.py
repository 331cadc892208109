"""Cleaning rules found by the round-10 audit on pages of new formats (short passages written for these tests)."""

from __future__ import annotations

from briefbook.core.clean import clean_text

BODY = "The council approved the new budget on Monday after a long debate, officials said in a statement."
MORE = "The plan sets aside money for schools and roads over the next two years, the mayor told reporters."


def _text(cleaned) -> list[str]:
    return [t for _, t in cleaned.paragraphs]


def test_caption_sentence_glued_to_its_photo_credit_is_all_caption():
    page = f"Council approves budget after long debate\n\n{BODY}\n\nThe mayor speaks in the town hall. Photo: Jane Roe/AP\n\n{MORE}\n"
    r = clean_text(page)
    assert "The mayor speaks in the town hall." not in " ".join(_text(r))
    assert r.captions == ["The mayor speaks in the town hall. Photo: Jane Roe/AP"]


def test_headline_glued_to_photo_credit_is_still_parted():
    page = f"Council approves budget Photo: Jane Roe/AP\n\n{BODY}\n\n{MORE}\n"
    r = clean_text(page)
    assert r.title == "Council approves budget"


def test_read_more_heading_drops_the_list_of_other_stories_under_it():
    page = f"Council approves budget after long debate\n\n{BODY}\n\n{MORE}\n\nRead more\nFloods close the river road again\nWhy bus fares keep rising\n"
    r = clean_text(page)
    assert _text(r)[-1] == MORE


def test_newsletter_list_of_other_items_is_chrome():
    page = f"Council approves budget after long debate\n\n{BODY}\n\nAlso in today's briefing:\n- Floods close the river road\n- Why bus fares keep rising\n"
    r = clean_text(page)
    assert _text(r)[-1] == BODY


def test_leading_bold_time_stamp_loses_its_markers():
    r = clean_text(f"# Live: council budget vote\n\n**16:48 GMT** – {BODY}\n\n**14:32 GMT** – {MORE}\n")
    assert _text(r)[1] == f"16:48 GMT – {BODY}"
    # a sentence with bold inside it keeps it as written
    r = clean_text(f"# Live: council budget vote\n\nThe **new** plan was approved on Monday after a long debate.\n\n{MORE}\n")
    assert "**new**" in _text(r)[1]


def test_site_name_with_a_live_label_is_chrome_and_names_the_outlet():
    r = clean_text(f"# Live: council budget vote\n\n**Riverside Chronicle** | Live coverage\n\n{BODY}\n\n{MORE}\n")
    assert r.outlet == "Riverside Chronicle"
    assert all("Live coverage" not in t for t in _text(r))


def test_outlet_from_the_name_over_the_page_or_its_copyright_line():
    page = f"Skip to content\nRiverside Chronicle\nNews\nSport\nCouncil approves budget after long debate\nBy Jane Roe\n\n{BODY}\n\n{MORE}\n"
    assert clean_text(page).outlet == "Riverside Chronicle"
    page = f"Council approves budget after long debate\n\n{BODY}\n\n{MORE}\n\n© 2025 Riverside Chronicle. All rights reserved.\n"
    assert clean_text(page).outlet == "Riverside Chronicle"
    assert clean_text(f"Council approves budget after long debate\n\n{BODY}\n\n{MORE}\n\n© TownWire 2025\n").outlet == "TownWire"
    # a menu item ending in a news word is no outlet
    page = f"Skip to content\nLatest News\nSport\nCouncil approves budget after long debate\nBy Jane Roe\n\n{BODY}\n\n{MORE}\n"
    assert clean_text(page).outlet is None


def test_mail_subject_with_the_newsletters_name_gives_the_headline():
    page = (
        "From: Town Ledger <news@example.com>\nDate: Wed, 9 Apr 2025 07:00:00 +0000\nSubject: Morning Briefing: Council approves budget\n\n"
        f"Good morning. Here is what you need to know.\n\nCouncil approves budget\n\n{BODY}\n\n{MORE}\n"
    )
    r = clean_text(page)
    assert r.title == "Council approves budget"


def test_newsletter_footer_items_and_address_under_it_are_chrome():
    page = (
        f"Council approves budget after long debate\n\n{BODY}\n\n{MORE}\n\n"
        "You are receiving this email because you signed up for our briefing.\nUnsubscribe | Update your preferences\n"
        "Town Ledger, 12 Mill Lane, Riverside\n"
    )
    assert _text(clean_text(page))[-1] == MORE


def test_agency_sign_off_and_a_doubled_label_are_chrome():
    r = clean_text(f"Council approves budget after long debate\n\n{BODY}\n\nAdvertisementAdvertisement\n\n{MORE}\n\nbur-jh/rl\n")
    assert _text(r)[1:] == [BODY, MORE]


def test_subscribe_prompt_of_a_newsletter_platform_is_chrome():
    page = f"# Council approves budget\n\n{BODY}\n\n{MORE}\n\nThanks for reading Town Notes! Subscribe for free to receive new posts.\n"
    assert _text(clean_text(page))[-1] == MORE


def test_pdf_paragraph_going_on_over_a_page_with_a_capital_is_joined():
    long_line = "The plan sets aside money for schools and roads over the next two years and the first works will start in"
    page = f"Council approves budget after long debate\n\n{BODY}\n\n{long_line}\n\nPage 1 of 2\n\fSeptember. The mayor said so.\n\nPage 2 of 2\n"
    r = clean_text(page)
    assert _text(r)[-1] == f"{long_line} September. The mayor said so."


def test_more_page_chrome_around_a_headline_does_not_take_its_place():
    page = (
        "Skip to main content\nOpen navigation menu\nRiverside Chronicle\nGift this article\n"
        "Flood barrier fails as river reaches record height\nJump to comments\nAdvertisement - Scroll to continue\n"
        f"{BODY}\nOpens in new window\n{MORE}\nSponsored Content\nFive tricks to cut your energy bill\n"
        "Click to share on Facebook (Opens in new window)\nHave your say: join the discussion\nRiverside Chronicle newsroom\n"
    )
    r = clean_text(page)
    assert r.title == "Flood barrier fails as river reaches record height"
    assert _text(r) == [r.title, BODY, MORE]

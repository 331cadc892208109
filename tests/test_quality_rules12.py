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


def _statements(paras: list[str]) -> list[tuple[int, str, str]]:
    from passages import analyse, article

    actors, sts = analyse(article(paras))
    return [(s.paragraph, actors[s.actor].name, s.kind) for s in sts]


def test_the_speaker_s_colon_line_is_no_statement_of_its_own():
    paras = [
        "Harbour wall approved",
        "Dr Anna Brook, director of the Coastal Institute, said:",
        '"The sea wall will protect 3,000 homes for fifty years."',
    ]
    assert _statements(paras) == [(2, "Anna Brook", "direct")]


def test_each_labelled_turn_of_a_transcript_is_its_speaker_s():
    paras = [
        "Debate on the harbour bill",
        "Ms Clara Vance (Eastport) (Lab): Will the minister say when the work begins?",
        "The Minister for Ports (Tomas Reed): The work begins in April. It will take two years.",
        "Hugo Marsh (Westvale) (Con): The bill costs too much.",
        "The Minister for Ports: The cost is fixed. We will not go over it.",
        "Mr Speaker: Order.",
    ]
    said = _statements(paras)
    assert {(1, "Clara Vance"), (2, "Tomas Reed"), (3, "Hugo Marsh"), (4, "Tomas Reed")} == {(p, n) for p, n, _ in said}
    assert sum(1 for p, n, _ in said if p == 4) == 2  # both sentences of the later turn


def test_a_question_label_is_nobody_s_and_a_name_mid_turn_is_no_label():
    paras = [
        "Press conference on the harbour bill",
        "Q: Is Tomas Reed right that the cost is fixed?",
        "Clara Vance (Lab): No. The cost will rise.",
        "The minister said the cost was fixed: it was agreed with the builders.",
    ]
    said = {(p, n) for p, n, _ in _statements(paras)}
    assert (1, "Tomas Reed") not in said
    assert (2, "Clara Vance") in said


def test_procedural_notes_of_a_transcript_are_no_text():
    text = (
        "Harbour bill debate\n\nHugo Marsh (Westvale) (Con): The bill costs too much.\n\n[Interruption.]\n\n"
        "Tomas Reed (Lab): It does not. (Laughter) The cost is fixed.\n\n(Applause)\n"
    )
    texts = _texts(text)
    assert "[Interruption.]" not in texts and "(Applause)" not in texts
    assert "Tomas Reed (Lab): It does not. The cost is fixed." in texts


def test_capital_speaker_labels_of_a_transcript_read_as_names():
    text = (
        "Transcript: briefing by the Ports Minister, Eastport, 3 October 2027\n\n"
        "PORTS MINISTER ADEYEMI: Good morning. The harbour reopens on Monday.\n\n"
        "Q: Will fees rise?\n\n"
        "MINISTER ADEYEMI: Fees will not rise this year.\n"
    )
    c = clean_text(text)
    assert c.date == "2027-10-03"
    texts = [t for _, t in c.paragraphs]
    assert "Ports Minister Adeyemi: Good morning. The harbour reopens on Monday." in texts
    from passages import analyse, article

    actors, sts = analyse(article(texts))
    said = {(s.paragraph, actors[s.actor].name, s.quote) for s in sts}
    assert (3, "Adeyemi", "Fees will not rise this year") in said
    assert not any(p == 2 for p, _, _ in said)  # the question is nobody's


def test_a_capital_label_used_once_is_left_as_it_is():
    text = (
        "Port strike ends\n\nNEW DELHI: Dock workers returned to work on Monday.\n\n"
        "WHY IT MATTERS: The port handles a third of the trade.\n\nTHE BOTTOM LINE: Fees stay.\n"
    )
    texts = _texts(text)
    assert texts[1].startswith("NEW DELHI:") and texts[2].startswith("WHY IT MATTERS:")


def test_a_dateline_with_an_agency_and_a_colon_is_no_speaker_label():
    for para in (
        "Santa Clara (Reuters): Chipmaker Nvidia said sales rose by a fifth.",
        "Palo Alto (Reuters) (Tech): Chipmaker Nvidia said sales rose by a fifth.",
        "Santa Clara: Chipmaker Nvidia said sales rose by a fifth.",
    ):
        said = _said_by(["Chip sales rise", para])
        assert said == {(1, "Nvidia")}, para


def test_a_subheading_with_a_name_and_a_colon_is_no_turn():
    paras = [
        "Harbour bill passes",
        "Finance Minister Tomas Reed said the bill would pass.",
        "Finance Minister Tomas Reed: the years in opposition",
        "The bill passed by 310 votes to 200.",
    ]
    assert not any(p == 2 for p, _ in _said_by(paras))


def test_a_role_label_names_its_holder_in_a_turn_that_names_someone_else():
    paras = [
        "Debate on the harbour bill",
        "The Minister for Ports (Tomas Reed): The work begins in April.",
        "Hugo Marsh (Westvale) (Con): The bill costs too much.",
        "The Minister for Ports: Hugo Marsh is wrong. The cost is fixed.",
    ]
    said = {(p, n) for p, n, _ in _statements(paras)}
    assert (3, "Tomas Reed") in said and (3, "Hugo Marsh") not in said


def test_capital_names_as_labels_of_a_transcript():
    text = (
        "Interview transcript\n\nCLARA VANCE: We will build the wall. I promise that.\n\n"
        "HUGO MARSH: Will it be finished by 2030?\n\nCLARA VANCE: Yes, it will be finished by 2029.\n"
    )
    texts = _texts(text)
    said = {(p, n) for p, n, _ in _statements(texts)}
    assert {(1, "Clara Vance"), (3, "Clara Vance")} <= said


def test_a_contact_line_over_a_release_and_a_bracketed_date():
    text = (
        "For Immediate Release\nContact: Ana Ruiz, (202) 555-0100, aruiz@house.example\n\n"
        "Congresswoman Files Bill on Rail Safety\n\n"
        "WASHINGTON, D.C. (July 7, 2027) – Representative Ana Mora (D-Ore.) today filed a bill on rail safety.\n\n"
        "The bill has 20 co-sponsors.\n\n###\n"
    )
    c = clean_text(text)
    assert c.title == "Congresswoman Files Bill on Rail Safety"
    assert c.date == "2027-07-07"
    assert not any("555" in t for _, t in c.paragraphs)


def test_a_caption_or_agency_bracket_after_a_known_name_is_no_turn():
    paras = [
        "Harbour bill passes",
        "Finance Minister Tomas Reed said the bill would pass.",
        "Tomas Reed (pictured): The minister arrives at parliament on Monday.",
        "Tomas Reed (Reuters): The bill passed by 310 votes to 200.",
    ]
    said = {p for p, _ in _said_by(paras)}
    assert 2 not in said and 3 not in said

"""Faster forms of the reading stage (mentions and statements) give what the code they replace gave.

Each test runs the replaced code, kept here, and its replacement over random runs of the words the
patterns name, so a word added to a pattern later reaches these texts too.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from test_prefilters import texts, words_of

from briefbook.core import gazetteer, speech, stance, statements, titles
from briefbook.core.text import fold


def test_the_grouped_stance_scan_finds_the_cue_and_stance_of_the_grouped_search() -> None:
    words = [*words_of("|".join(w for _, w in stance._CUES)), "won’t", "in favour", "objects to", "x", "_", "é"]
    found = 0
    for text in texts(words, 20000, 11):
        low = text.lower()
        old = stance._OTHER_CUES[1].search(low)
        new = stance._OTHER_SCAN.search(low)
        assert (old and (old.span(), old.lastgroup)) == (new and (new.span(), stance._stance_of_cue(new.group()))), low
        found += old is not None
    assert found > 2000


def _old_stance_of(sentence: str) -> tuple[str | None, str | None]:
    """stance_of as it was: a search for a condition anywhere, then one for the first other cue."""
    low = sentence.lower()
    exact = len(low) != len(sentence) or stance._ODD_CASE.search(sentence)
    text, case = (sentence, 0) if exact else (low, 1)
    m = stance._CONDITION[case].search(text)
    if m:
        return "conditional", sentence[m.start() : m.end()]
    if case:
        m = stance._OTHER_SCAN.search(text)
        if m:
            return stance._stance_of_cue(m.group()), sentence[m.start() : m.end()]
        return None, None
    m = stance._OTHER_CUES[0].search(text)
    if m:
        return m.lastgroup, sentence[m.start() : m.end()]
    return None, None


def test_the_one_scan_for_conditions_and_other_cues_finds_what_the_two_searches_found() -> None:
    words = [*words_of("|".join(w for _, w in stance._CUES)), "won’t", "in favour", "objects to", "Only", "WITH"]
    words += ["counting on condition", "x", "_", "é", "İ", "ſ", "unlessx", "xonly"]
    found = conditional = 0
    for text in texts(words, 30000, 21):
        old = _old_stance_of(text)
        assert stance.stance_of(text) == old, text
        found += old[0] is not None
        conditional += old[0] == "conditional"
    assert found > 20000 and conditional > 2000


def _old_question_of(sentence: str, questions: Sequence[str]) -> str | None:
    """question_of as it was: every question scored against the sentence's key words."""
    if not questions:
        return None
    words = stance._keywords(sentence)
    best, best_score = None, 0
    for q in questions:
        keys = stance._question_keywords(q)
        score = len(keys & words)
        need = 1 if len(keys) == 1 else 2
        if score >= need and score > best_score:
            best, best_score = q, score
    return best


def test_question_of_skips_only_sentences_that_share_too_few_key_words() -> None:
    questions = (
        "Will the U.S. send troops to Ukraine?",
        "Which countries support the coalition of the willing?",
        "Sanctions",
        "the of and",
        "Does the EU back a ceasefire in Gaza?",
    )
    vocabulary = [*words_of(" ".join(questions)), "U.S.", "E.U.", "troopships", "Ukrainian", "Ünion", "send-off", "x"]
    rng = random.Random(12)
    chosen = 0
    for text in texts(vocabulary, 20000, 12):
        qs = rng.sample(questions, rng.randint(0, len(questions)))
        expected = _old_question_of(text, qs)
        assert stance.question_of(text, qs) == expected, (text, qs)
        chosen += expected is not None
    assert chosen > 2000
    assert stance._keywords("Ünion troops") == {w[:6] for w in re.findall("[a-z0-9]+", fold("Ünion troops"))} - {"the"}


def test_the_and_before_a_subject_is_found_from_its_last_word() -> None:
    matched = 0
    for text in texts(["and", "or", "And", "band", "for", ",", "x", "\n", "  "], 20000, 13):
        for prefix in (text, text + " ", text + " \n ", text + "  "):
            tail = prefix.rstrip()
            if not tail.endswith(("and", "or", ",")):
                continue
            old = statements._AND.search(prefix)
            new = statements._AND.search(prefix, max(0, len(tail) - 4))
            assert (old and old.span()) == (new and new.span()), prefix
            matched += old is not None
    assert matched > 1000


def test_no_title_starts_in_the_sentence_before_a_name_without_white_space_before_it() -> None:
    """_np_start asks for a title only when white space stands before the name, after the sentence's start."""
    vocabulary = [*words_of(titles.HEADS)[::3], "Mr", "Dr.", "of", "the", "French", "said", "“", "(", "x"]
    rng = random.Random(14)
    titled = 0
    for text in texts(vocabulary, 6000, 14):
        text += rng.choice(("", " ", "\n", "“", "(", "-", ". "))
        pos = len(text)
        floor = rng.randint(0, pos)
        tb = titles.title_before(text + "Ana Ruiz", pos)
        if not (pos > floor and text[pos - 1 : pos].isspace()):
            assert tb is None or tb[0] < floor, text
        titled += tb is not None
    assert titled > 300


def test_a_recorded_addition_gives_the_actor_id_each_time() -> None:
    from briefbook.core.actors import _Table, slug
    from briefbook.core.crosswork import _RecordingTable

    table = _RecordingTable(actors={}, forms={}, bare={}, bare_re=None)
    plain = _Table()
    table.start()
    for name in ("France", "the Kremlin", "France", "Ana Ruiz", "the Kremlin"):
        assert table.add(name, "country") == slug(name) == plain.add(name, "country")
    assert table.added == [("France", "country", None), ("the Kremlin", "country", None), ("Ana Ruiz", "country", None)]
    table.start()
    assert table.add("France", "country") == "france" and table.added == [("France", "country", None)]


def test_a_prefix_without_a_subject_ending_matches_none_of_the_subject_patterns() -> None:
    """_sentence_candidates passes over a mention whose prefix ends otherwise: each of these needs such an ending."""
    patterns = (
        statements._BOUNDARY,
        statements._AND,
        statements._BY,
        statements._ACCORDING,
        statements._WITH,
        statements._THAT,
        statements._PREP_WHICH,
        statements.INVERTED,
    )
    speech_words = [*speech.SPEECH_VERBS, *speech.SPEECH_PHRASES, "declared", "announced"]
    vocabulary = [w for p in patterns for w in words_of(p.pattern)] + speech_words + [",", "”", "—", "(", "x", "Ana"]
    matched = 0
    for text in texts(vocabulary, 20000, 15):
        for prefix in (text + " ", text + "  \n"):
            tail = prefix.rstrip()
            low = tail[-statements._SUBJECT_REACH :].lower()
            ends = not tail or low.endswith(statements._SUBJECT_ENDS_BY_LAST.get(low[-1], ()))
            for pattern in patterns:
                if pattern.search(prefix):
                    matched += 1
                    assert ends, (pattern.pattern[:40], prefix)
    assert matched > 5000


def test_pronouns_and_bodies_scanned_from_their_h_are_what_their_own_scans_find() -> None:
    body = statements._BODY_NOUN.replace(r"\s+", " ").replace("(?:", "").replace(")?", "").replace(")", "")
    vocabulary = [
        *words_of(statements._PRONOUN.pattern),
        *words_of(body),
        "It",
        "it",
        "its",
        "It’s",
        "he",
        "She",
        "shed",
        "they",
        "Their",
        "The",
        "the",
        "this",
        "Ithe",
        "xhe",
        "_he",
        "1he",
        "She’s",
        "Sh",
        "th",
        "hehe",
    ]
    rng = random.Random(16)
    found = 0
    for text in texts(vocabulary, 24000, 16):
        s0 = rng.choice((0, 0, rng.randint(0, len(text))))
        s1 = rng.choice((len(text), len(text), rng.randint(s0, len(text))))
        pronouns = [
            (m.start(), m.start(), m.end(), None, m.group("p")) for m in statements._PRONOUN.finditer(text, s0, s1)
        ]
        bodies = [
            (m.start(), m.start(), m.end(), None, statements._BODY) for m in statements._BODY_REF.finditer(text, s0, s1)
        ]
        assert statements._references(text, s0, s1, False) == pronouns, (text, s0, s1)
        assert statements._references(text, s0, s1, True) == sorted(pronouns + bodies), (text, s0, s1)
        found += bool(pronouns) + bool(bodies)
    assert found > 2000


def test_the_noun_phrase_endings_by_last_character_are_the_endings() -> None:
    ends = ("'s", "’s", *statements._KIND_ENDS, *statements._DETERMINER_ENDS, "for", "from")
    for text in texts([*ends, "x", "S", "’", "'"], 20000, 17):
        tail = text.rstrip()
        assert tail.endswith(ends) == tail.endswith(statements._NP_ENDS_BY_LAST.get(tail[-1:], ())), tail


def test_by_and_according_to_are_searched_only_where_their_words_stand() -> None:
    vocabulary = [*words_of(statements._BY.pattern), "put  forward", "by", "By", "Abby", "according", "to", "\n", "x"]
    matched = 0
    for text in texts(vocabulary, 20000, 18):
        for prefix in (text + " ", text + " by ", text + "\nby\n", text + "by ", text + " to "):
            tail = prefix.rstrip()
            if statements._BY.search(prefix):
                matched += 1
                assert tail.endswith("by") and tail[:-2].rstrip().endswith(statements._BY_LAST_WORDS), prefix
            if statements._ACCORDING.search(prefix):
                matched += 1
                assert "ccording" in prefix, prefix
    assert matched > 1000


def test_inverted_speech_is_searched_only_after_a_speech_verb_or_phrase() -> None:
    words = [*speech.SPEECH_VERBS, *speech.SPEECH_PHRASES, "declared", "announced", "for", "of", "on", "out", "back"]
    vocabulary = [*words, "made  it\nclear", "called\tfor", "Ana", ",", "”", "x"]
    matched = 0
    for text in texts(vocabulary, 20000, 19):
        for prefix in (text + " ", text + "  \n", "”" + text + " "):
            if speech.INVERTED.search(prefix):
                matched += 1
                assert statements._may_end_in_speech(prefix.rstrip()), prefix
    assert matched > 5000


def test_the_two_outlet_scans_match_where_the_outlet_attribution_matches() -> None:
    from test_prefilters import OUTLET_WORDS

    pattern = statements._OUTLET_ATTRIBUTION
    outlets = sorted(gazetteer.OUTLETS)[::5]
    phrases = [
        *(f"{o} {v}" for o in outlets for v in ("said", "has reported", "claims", "saidx")),
        *(f"according to {o}" for o in outlets),
        "The newspaper reported",
        "the local daily had said",
        "citing sources",
        "Quoting one of",
        "xciting people",
        "the big red paper wrote",
        "The a b c report said",
    ]
    vocabulary = [*words_of(pattern.pattern), *OUTLET_WORDS, *phrases, "xThe", "_the", "Reutersx", "the", "x"]
    rng = random.Random(20)
    matched = 0
    for text in texts(vocabulary, 30000, 20):
        s0 = rng.choice((0, 0, rng.randint(0, len(text))))
        s1 = rng.choice((len(text), len(text), rng.randint(s0, len(text))))
        old = bool(pattern.search(text, s0, s1))
        new = bool(statements._OUTLET_NAMED.search(text, s0, s1) or statements._OUTLET_OTHERWISE.search(text, s0, s1))
        assert old == new, (text, s0, s1)
        matched += old
    assert matched > 2000


def test_the_administration_scan_from_its_first_letter_finds_what_the_bounded_pattern_found() -> None:
    from briefbook.core import actors

    old = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][a-zß-ÿ'’-]+)\s+(?:administration|government|White House|Kremlin)\b")
    vocabulary = [
        *words_of(old.pattern),
        "The",
        "the",
        "xThe",
        "_the",
        "éthe",
        "1The",
        "ThE",
        "Trump",
        "Biden’s",
        "O'Neill",
        "Élysée",
        "White House",
        "Kremlin",
        "administrations",
        "government-led",
        "theThe",
        "\n",
        "x",
        *(
            f"{the} {name} {noun}"
            for the in ("the", "The", "xthe", "_The")
            for name in ("Trump", "Élysée", "O’Neill", "US")
            for noun in ("administration", "government", "White House", "Kremlin", "administrationx")
        ),
    ]
    rng = random.Random(21)
    matched = 0
    for text in texts(vocabulary, 30000, 21):
        pos = rng.choice((0, 0, rng.randint(0, len(text))))
        found = [(m.span(), m.group("name")) for m in actors._ADMINISTRATION.finditer(text, pos)]
        assert found == [(m.span(), m.group("name")) for m in old.finditer(text, pos)], (text, pos)
        matched += bool(found)
    assert matched > 1000


def test_a_mention_passed_over_after_its_prefix_matches_none_of_the_patterns_of_a_subject_or_speaker() -> None:
    """_sentence_candidates passes over a mention (not a person's) whose prefix ends in a word of the subject endings
    that opens no clause ("to", "of", "by", …) when the pattern that word is for does not match either."""
    patterns = (
        statements._BOUNDARY,
        statements._AND,
        statements._BY,
        statements._ACCORDING,
        statements._THAT,
        statements._PREP_WHICH,
        speech.INVERTED,
    )
    speech_words = [*speech.SPEECH_VERBS, *speech.SPEECH_PHRASES, "declared", "announced"]
    vocabulary = [w for p in (*patterns, statements._SUBORDINATE) for w in words_of(p.pattern)] + speech_words
    vocabulary += ["to", "To", "by", "By", "with", "With", "of", "for", "on", "out", "forthwith", "Abby", ",", "”", "x"]
    afters = ("", " saying", " urging it", " said", ", calling", " with", "x")
    rng = random.Random(22)
    passed = 0
    for text in texts(vocabulary, 30000, 22):
        for prefix in (text + " ", text + "  \n"):
            tail = prefix.rstrip()
            if not tail:
                continue
            low = tail[-statements._SUBJECT_REACH :].lower()
            if not low.endswith(statements._SUBJECT_ENDS_BY_LAST.get(low[-1], ())):
                continue  # passed over before already
            after = rng.choice(afters)
            line = prefix + "Kenya" + after
            end = len(prefix) + len("Kenya")
            if statements._may_speak_after(tail, low, prefix, line, end, len(line)):
                continue
            passed += 1
            for pattern in patterns:
                assert not pattern.search(prefix), (pattern.pattern[:40], prefix)
            assert not (statements._WITH.search(prefix) and speech.SPEECH_INGS.match(line, end)), line
    assert passed > 1000


def test_passing_over_such_mentions_reads_the_statements_the_full_path_reads(monkeypatch) -> None:
    from passages import analyse, article

    places = ["Kenya", "France", "the European Union", "NATO", "Britain", "the Kremlin", "the United Nations"]
    people = ["Ana Ruiz", "Ivo Petrov", "Foreign Minister Ana Ruiz", "President Ivo Petrov", "Ruiz", "Petrov"]
    words = places + people
    words += "He he It it they said says warned rejected backed by to with saying urging of for on and or".split()
    words += "that which while but the a talks plan will not has also x".split()
    words += ["told reporters", "called for", "spoke of", "pointed out", "according to", "presented by", "backed by"]
    words += ["in which", "“We will go”", "(LSK)", "Jr."]
    # Names after words that are subject endings only for a pattern of their own ("to", "of", "by", "with", …).
    words += [f"{w} {p}" for w in ("to", "of", "for", "on", "by", "with", "out", "said") for p in places + people[4:]]
    separators = (" ", " ", " ", " ", ", ", ". ", "; ", " — ", "\u201d ", " \u201c", "'s ")
    rng = random.Random(23)

    def paragraph() -> str:
        return "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(3, 25))).strip() + "."

    arts = [article([paragraph() for _ in range(rng.randint(1, 4))], aid=f"a{i}") for i in range(800)]
    checked = statements._may_speak_after
    passed_over = []

    def counted(*args) -> bool:
        may = checked(*args)
        passed_over.append(not may)
        return may

    monkeypatch.setattr(statements, "_may_speak_after", counted)
    new = [analyse(a)[1] for a in arts]
    monkeypatch.setattr(statements, "_may_speak_after", lambda *args: True)  # the full path for every mention
    old = [analyse(a)[1] for a in arts]
    assert new == old
    assert sum(map(len, old)) > 200 and sum(passed_over) > 2000, (sum(map(len, old)), sum(passed_over))

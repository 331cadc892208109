"""The article-wide evidence scans find exactly what the paragraph-by-paragraph scans they replace find."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefbook.core import actors, gazetteer, names, organisations, titles
from briefbook.core.loading import load_articles, resolve_target

HOSTILE = Path(__file__).parent / "data" / "hostile" / "hostile.yaml"

WORDS = (
    "President Anna Novak said the Foreign Minister Ivo Petrov of the Bank of England ( ) , . ; : - al-Burhan "
    "ibn Saud de la Cruz von der Leyen Mr Dr. Sir the a an of for on and & Office Budget Responsibility Institute "
    "Fiscal Studies told reporters according to spokeswoman for carmaker Volkswagen coalition the IG Metall union "
    "NATO RSF US UK EU, which operates the mine, said in a statement chief executive Oliver Blume Rapid Support Forces "
    "(RSF) The Fund said U.S. Jr O’Neill D'Arcy Ching-te Lai Paris Ukraine Kyiv’s ’s 's \n \t \u00a0 É Élodie "
    "Ångström Zoë added warned wrote asked insisted French Prime Minister Emmanuel Macron, the Cop29 president, "
    "X-company miner group start-up firm Guild plc Corp Ltd Holdings Airways AG LLC AG&B AT&T FRB İzmir ſenator Baroness"
).split(" ")


PHRASES = (
    "the IG Metall union said",
    "The Azimio coalition warned",
    "Volkswagen said in a statement",
    "MMG, which operates the mine, said",
    "Safaricom, Kenya's largest telecoms operator, said",
    "the ruling coalition",
    "a state-company, the biggest miner, said",
    "Glencore spokesman",
    "the opposition Congress party said",
    "President Anna Novak",
    "Rapid Support Forces (RSF)",
    "The RSF said",
    "according to the RSF",
)


def random_paragraphs(seed: int, count: int) -> list[str]:
    """Paragraphs made of words that reach every branch of the scans, joined by spaces and punctuation."""
    rng = random.Random(seed)
    seps = (" ", " ", " ", ", ", ". ", " (", ") ", "-", "  ", "\n", "")
    return [
        "".join(rng.choice((*WORDS, *PHRASES)) + rng.choice(seps) for _ in range(rng.randint(0, 40)))
        for _ in range(count)
    ]


def real_paragraphs() -> list[list[str]]:
    """The paragraphs of each article of the default briefing and of the hostile one."""
    out = []
    for target in (None, str(HOSTILE)):
        briefing, _ = resolve_target(target)
        arts, _ = load_articles(briefing)
        out.extend([p.text for p in a.paragraphs] for a in arts)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_article_candidates_are_each_paragraphs_candidates_random(seed: int) -> None:
    texts = random_paragraphs(seed, 1 + seed % 7)
    assert actors.article_candidates(texts) == [list(actors._candidates(t)) for t in texts]


def test_article_candidates_are_each_paragraphs_candidates_real() -> None:
    for texts in real_paragraphs():
        assert actors.article_candidates(texts) == [list(actors._candidates(t)) for t in texts]


def test_article_candidates_of_odd_articles() -> None:
    for texts in (
        [],
        [""],
        ["", ""],
        ["Anna Novak"],
        ["x\x00Anna Novak said", "Ivo Petrov"],
        ["al-Burhan said", "Ivo Petrov"],
    ):
        assert actors.article_candidates(texts) == [list(actors._candidates(t)) for t in texts]


@pytest.mark.parametrize("seed", range(40))
def test_text_scans_are_each_paragraphs_scan_random(seed: int) -> None:
    texts = random_paragraphs(seed, 1 + seed % 7)
    assert organisations.text_scans(texts) == [organisations.paragraph_scan(t) for t in texts]


def test_text_scans_are_each_paragraphs_scan_real() -> None:
    for texts in real_paragraphs():
        assert organisations.text_scans(texts) == [organisations.paragraph_scan(t) for t in texts]


def test_text_scans_of_officers_and_which_after_any_white_space() -> None:
    texts = [
        "Glencore\u00a0spokesman Tom said",
        "MMG,\nwhich operates the mine, said",
        "Volkswagen\tchief executive Oliver Blume said",
        "Acme Corp (CEO Jane Doe) said",
        "Rio\u2003founder Ann said",
    ]
    expected = [organisations.paragraph_scan(t) for t in texts]
    assert sum(len(scan[2]) for scan in expected) >= 3
    assert organisations.text_scans(texts) == expected
    for t in texts:
        assert organisations.text_scans([t]) == [organisations.paragraph_scan(t)]


def test_text_scans_of_heads_that_are_acronyms() -> None:
    texts = [
        "The AG&B said on Monday it would appeal.",
        "Siemens AG said profits rose. The AG said more.",
        "Acme LLC, which makes bolts, said the LLC would grow; the RSF said AG&BC agreed.",
        "AT&T said the Federal Reserve Board (FRB) agreed, the FRB said.",
        "Glencore plc said the Bank of England said.",
    ]
    for t in texts:
        assert organisations.text_scans([t]) == [organisations.paragraph_scan(t)]
    assert organisations.text_scans(texts) == [organisations.paragraph_scan(t) for t in texts]


def test_text_scans_of_odd_articles() -> None:
    for texts in (
        [],
        [""],
        ["", ""],
        ["coalition said", "Ivo Petrov"],
        ["x\x00The RSF said", "the IG Metall union said"],
    ):
        assert organisations.text_scans(texts) == [organisations.paragraph_scan(t) for t in texts]


def old_title_before(text: str, pos: int) -> tuple[int, str, bool] | None:
    """titles.title_before as it was before its windows and phrases were remembered."""
    lo = max(0, pos - titles.WINDOW)
    window = text[lo:pos]
    tail = window.rstrip()
    if not tail or len(tail) == len(window):
        return None
    token = tail.rsplit(None, 1)[-1]
    word = token[:-1] if len(token) > 1 and token.endswith(",") else token
    if word[0].islower() and not titles.is_head_word(word) and word not in titles._LINKS:
        b = titles._TITLE_FOR_BODY.search(window) if tail.endswith(",") else None
        if b and titles.is_head_word(b.group("title").split()[-4]):
            return lo + b.start(), titles.clean_role(b.group("title")), True
        return None
    m = None
    if titles._may_end_in_title(window):
        floor = 0 if titles._ODD_CASE.search(window) else titles._title_floor(window)
        m = titles.TITLE_BEFORE.search(window, floor)
    if m:
        role = titles.clean_role(m.group("title"))
        if role and titles.is_head_word(role.split()[-1]) or titles._TITLE_LINK.search(role):
            found = (m.start() - floor, role, bool(m.group("comma")))
            if floor and found[0] and role.islower() and role.rsplit(None, 1)[-1] in titles._PORTFOLIO_HEADS:
                wider = titles._with_portfolio(window, floor, found)  # a rule added since: 'digitisation minister'
                if wider is not None:
                    return lo + wider[0], wider[1], wider[2]
            return lo + m.start(), role, bool(m.group("comma"))
    if tail.endswith(",") and " in " in window:  # a rule added since: 'A federal judge in Texas, '
        placed = titles._TITLE_IN_PLACE.search(window, titles._title_floor(window[: window.rfind(" in ")]))
        if placed:
            role = titles.clean_role(placed.group("title"))
            if role and titles.is_head_word(role.split()[-1]):
                return lo + placed.start(), role, True
    h = titles._HONORIFIC_BEFORE.search(window) if token in titles._HONORIFIC_SET else None
    if h:
        return lo + h.start() + (1 if h.group().startswith(" ") else 0), "", False
    return None


def test_title_before_finds_what_it_found_before() -> None:
    texts = [t for seed in range(60) for t in random_paragraphs(seed, 3)] + [t for a in real_paragraphs() for t in a]
    found = 0
    for text in texts:
        for pos in range(len(text) + 1):
            expected = old_title_before(text, pos)
            assert titles.title_before(text, pos) == expected, (text, pos)
            found += expected is not None
    assert found > 100


def old_name_tokens(run: str) -> tuple[tuple[str, ...], int]:
    """names._name_tokens as it was before it took the tokens' texts alone."""
    toks = [(m.group(), m.start()) for m in names.TOKEN_RE.finditer(run)]
    while toks and toks[-1][0] in names._SUFFIXES:
        toks.pop()
    if not toks or toks[-1][0] in names.ORG_HEADS:
        return (), len(run)
    i = len(toks)
    while i > 0:
        tok = toks[i - 1][0]
        if tok.islower():
            if i == len(toks) or i - 1 == 0:
                break
            i -= 1
            continue
        if not names.is_name_token(tok) and not (tok in gazetteer.NAME_LIKE and i < len(toks)):
            break
        i -= 1
    while i < len(toks) and toks[i][0].islower():
        i += 1
    kept = toks[i:]
    if kept and len(kept[0][0]) <= 2 and kept[0][0].isupper() and len(kept) == 1:
        return (), len(run)
    return tuple(t for t, _ in kept), (kept[0][1] if kept else len(run))


def test_name_tokens_are_what_they_were() -> None:
    texts = [t for seed in range(60) for t in random_paragraphs(seed, 3)] + [t for a in real_paragraphs() for t in a]
    runs = {m.group() for t in texts for m in names.NAME_RUN.finditer(t)}
    runs |= {"Jordan Smith Jr", "de la Cruz", "Sr", "the", "Anna von der Leyen", "US", "A. B.", "Paris Hilton", ""}
    named = 0
    for run in runs:
        expected = old_name_tokens(run)
        assert names._name_tokens(run) == expected, run
        named += bool(expected[0])
    assert named > 50

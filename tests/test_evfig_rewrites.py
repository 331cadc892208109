"""Rewrites for speed (sentence ends, organisation scans, cleaning, figures, written-out checks) give what the code they
replace gave, on varied and hostile text."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

from briefbook.core import clean as C
from briefbook.core import figures as F
from briefbook.core import sentences as S
from briefbook.core.loading import load_articles, resolve_target

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def real_paragraphs() -> tuple[str, ...]:
    """The paragraphs of the default briefing and of the hostile one."""
    texts = []
    for manifest in (None, str(DATA / "hostile" / "hostile.yaml")):
        briefing, _ = resolve_target(manifest)
        articles, _ = load_articles(briefing)
        texts += [p.text for a in articles for p in a.paragraphs]
    return tuple(texts)


PIECES = (
    "The U.S. said|Mr. Smith|J. Doe|3.5|It ended.|Really?!|Wait…|No!|“Go.”|«Stop.»|\"Yes.\"|'No.'|(See above.)|"
    "[1.]|e.g. this|he said.|Nov. 11|a.m.|U.K.|He|She|The|In 2024.|...|?|!|.|x|é|ß|١٢|„Ja.“|”|»|..|.”|?”|"
    "1.|Ç|(|[|‘|'|\"|a|12|,|İ|\u2028|\u0085|\x1c|\x0b|..A|.)\n|. .|\u3000"
).split("|")
GAPS = ("", " ", " ", "  ", "\n", "\u00a0", " \t", "\r\n", "\u2009", "\x1f")


def varied_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(GAPS) for _ in range(rng.randint(0, 16))) for _ in range(n)]


# --- sentence_spans, as it was before it read the closing characters and white space in its regex ---

_OLD_END = re.compile(r"[.!?…]+(?=[\"'”’»)\]]*\s)")


def old_sentence_spans(text: str) -> list[tuple[int, int]]:
    regions = S._quote_regions(text)
    starts = [s for s, _ in regions]
    ends = {e for _, e in regions}
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    for m in _OLD_END.finditer(text):
        end = m.end()
        while text[end] in S._TRAIL:
            end += 1
        if end + 1 < size and not text[end + 1].isspace():
            following = end + 1
        else:
            nxt = S._NOT_SPACE.search(text, end)
            if nxt is None:
                continue
            following = nxt.start()
        first = text[following]
        if not (first.isupper() or first.isdigit() or first in "«“\"'‘(["):
            continue
        if m.group() == "." and old_is_abbreviation(text, m.start()):
            continue
        if regions and S._inside(m.start(), regions, starts) and end not in ends:
            continue
        spans.append((start, end))
        start = following
    if start < size:
        spans.append((start, size))
    if spans:
        spans[0] = S._trim(text, *spans[0])
        spans[-1] = S._trim(text, *spans[-1])
        if spans[0][1] <= spans[0][0]:
            del spans[0]
        if spans and spans[-1][1] <= spans[-1][0]:
            del spans[-1]
    return spans


def old_is_abbreviation(text: str, dot: int) -> bool:
    word = S._word_before(text, dot)
    if word is None:
        before = text[max(0, dot - S._LOOK) : dot]
        return bool(S._DIGIT_END.search(before, max(0, len(before) - 2)) and S._DIGIT.match(text[dot + 1 : dot + 2]))
    key = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return True
    if S._ACRONYM.fullmatch(word):
        nxt = S._NEXT_WORD.match(text[dot + 1 : dot + 1 + S._LOOK])
        return not (nxt and nxt.group(1).lower() in S._SENTENCE_STARTERS and nxt.group(1)[0].isupper())
    return key in S.ABBREVIATIONS


def test_is_abbreviation_as_before() -> None:
    rng = random.Random(5)
    words = [*S.ABBREVIATIONS, "said", "countries", "governments", "U.S", "e.g", "A", "a", "I", "x" * 70, "3", "12"]
    words += ["approxi", "approx", "Approx", "APPROX", "ab'cdefg", "abcdéfgh", "İstanbul", "'", ".", "..", "a.b.c"]
    gaps = ("", " ", "\n", ".", "'", "-", "(", "1")
    checked = 0
    for _ in range(60000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 4)))
        for dot in [i for i, ch in enumerate(text) if ch == "."] + [len(text)]:
            text2 = text if dot < len(text) else text + ". Next"
            assert S._is_abbreviation(text2, dot) == old_is_abbreviation(text2, dot), (text2, dot)
            checked += 1
    assert checked > 100000


def test_sentence_spans_as_before() -> None:
    texts = varied_texts(7, 40000) + list(real_paragraphs())
    split = 0
    for text in texts:
        expected = old_sentence_spans(text)
        assert S.sentence_spans(text) == expected, repr(text)
        split += len(expected) > 1
    assert split > 10000


# --- organisations.text_scans, whose prefilters for officers, 'which' and 'in a statement' are tighter ---

ORG_PIECES = (
    "Glencore|Volkswagen|MMG|Acme Corp|Rio|The|the|IG Metall|union|party|coalition|company|miner|carmaker|said|says|"
    "announced|late on Monday|on Friday|in a|in an|in|a|an|statement|filing|press release|release|communiqué|"
    "communique|notice|notices|statements|chief|chief executive|chief executives|chief financial officer|"
    "chief financial|chair|chairman|chairwoman|chairs|boss|bosses|spokes|spokesman|spokeswoman|spokesperson|"
    "spokesmen|CEO|CEOs|founder|founders|co-founder|which|whichever|which,|Oliver Blume|Ann|Tom|operates the mine|"
    "Kenya's largest telecoms operator|state-company|biggest miner|X-company|Bank of England|Office for Budget "
    "Responsibility|RSF|(RSF)|NATO|plc|AG&B|É|İ|ſ|é"
).split("|")
ORG_GAPS = (" ", " ", " ", ", ", ". ", ",\n", "\n", "\t", "\u00a0", "\u2003", "", "-", " (", ") ", "\x0b", "\x1c")


def org_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ORG_PIECES) + rng.choice(ORG_GAPS) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_text_scans_are_each_paragraphs_scan() -> None:
    from briefbook.core import organisations as O

    found = 0
    for seed in range(400):
        texts = org_texts(seed, 1 + seed % 9)
        expected = [O.paragraph_scan(t) for t in texts]
        assert O.text_scans(texts) == expected, texts
        found += sum(bool(scan[1] or scan[2]) for scan in expected)
    assert found > 200
    for text in real_paragraphs():
        assert O.text_scans([text]) == [O.paragraph_scan(text)]


def test_text_scans_of_statements_officers_and_which() -> None:
    from briefbook.core import organisations as O

    names = ("Volkswagen", "Glencore", "MMG", "the IG Metall union", "Acme", "É")
    nouns = (
        "statement",
        "filing",
        "press release",
        "press\nrelease",
        "release",
        "communiqué",
        "communique",
        "notice",
        "notices",
        "statements",
    )
    whens = ("", "late on Monday ", "on Friday ")
    spaces = (" ", "\n", "\u00a0", "  ", "\t")
    texts = []
    for name in names:
        for noun in nouns:
            for when in whens:
                for sp in spaces:
                    for art in ("a", "an"):
                        texts.append(f"{name}{sp}said {when}in {art} {noun} on Monday.")
                        texts.append(f"{name} announced{sp}in {art} short {noun}.")
    officers = (
        "chief executive",
        "chief\nexecutive",
        "chief financial officer",
        "chief executives",
        "chairman",
        "chairwoman",
        "chair",
        "boss",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokes",
        "CEO",
        "CEOs",
        "founder",
        "founders",
    )
    for name in names:
        for officer in officers:
            for sp in spaces:
                texts.append(f"{name}{sp}{officer} Oliver Blume said.")
                texts.append(f"The plan, said {name}{sp}{officer}, works.")
        for sp in spaces:
            for which in ("which", "which,", "whichever", "which\x00"):
                texts.append(f"{name},{sp}{which}{sp}operates the mine, said it would appeal.")
                texts.append(f"{name},{sp}{which}")
    expected = [O.paragraph_scan(t) for t in texts]
    assert sum(bool(scan[1]) for scan in expected) > 100
    assert sum(bool(scan[2]) for scan in expected) > 100
    for i in range(0, len(texts), 7):
        assert O.text_scans(texts[i : i + 7]) == expected[i : i + 7]
    assert [O.text_scans([t])[0] for t in texts] == expected


# --- clean: _split_lines joins a group's lines only for more than two; _line_rule checks a length first ---


def old_split_lines(text: str) -> list[C.Block]:
    """Split the page into blocks: one per line, joining the lines of hard-wrapped paragraphs."""
    lines = text.split("\n")
    blocks: list[C.Block] = []
    group: list[tuple[int, str]] = []

    def flush() -> None:
        if not group:
            return
        body = [t for _, t in group[:-1]]
        wrapped = (
            len(group) > 2
            and all(len(t) >= 40 for t in body)
            and sum(1 for t in body if not C._ends_sentence(t)) >= 0.7 * len(body)
            and max(len(t) for t in body) - min(len(t) for t in body) <= 40
            and not any(C._MD_HEADING.match(t) or C._BULLET.match(t) for _, t in group)
        )
        if wrapped:
            blocks.append(C.Block(" ".join(t.strip() for _, t in group), group[0][0]))
        else:
            blocks.extend(C.Block(t, n) for n, t in group)
        group.clear()

    for n, line in enumerate(lines, start=1):
        if line.strip():
            group.append((n, line))
        else:
            flush()
    flush()
    return blocks


def old_line_rule(text: str) -> tuple[str, str] | None:
    """Classify a line by its own text: (kind, reason) for chrome and captions, or None for text."""
    if not text or not C._WORD_CHAR.search(text):
        return C.DROP, "empty or punctuation only"
    if len(text) > 400 and C._ends_sentence(text):
        # Page chrome is short: a long paragraph that ends a sentence can only be an author's bio.
        return (C.DROP, "author bio") if C._BIO.match(text) else None
    if C._LANGUAGE_SWITCHER.match(text) and len(text) <= 40:
        return C.DROP, "language switcher"
    if C._READING_TIME.match(text):
        return C.DROP, "reading time"
    if C._COMMENTS.match(text):
        return C.DROP, "comments counter"
    if C._NAV_WORDS.match(text):
        return C.DROP, "navigation"
    if len(text) <= 120 and C._BREADCRUMB.match(text):
        return C.DROP, "breadcrumb"
    if len(text) <= 120 and C._ITEM_SEPARATORS.search(text):
        parts = C._ITEM_SEPARATORS.split(text)
        if all(C._NAV_WORDS.match(p) or C._READING_TIME.match(p) or C._HAS_PROMPT(p) for p in parts):
            return C.DROP, "navigation"
        if len(parts) >= 3 and all(C._SECTION_ITEM.fullmatch(p) for p in parts):
            return C.DROP, "navigation"  # "World | Europe | Business | Sport": a site's sections
    if len(text) <= 100 and C._SHARE_BUTTONS.fullmatch(text):
        return C.DROP, "share buttons"
    if C._RELATED.match(text) and (len(text) < 160 or not C._ends_sentence(text)):
        return C.DROP, "related link"
    if C._SOURCE_LINE.match(text):
        return C.DROP, "source line"
    if len(text) < 300 and C._HAS_PROMPT(text):
        return C.DROP, "newsletter or contact prompt"
    if len(text) < 100 and C._BYLINE.match(text):
        return C.DROP, "byline"
    if len(text) <= 40 and text.isupper() and len(text.split()) <= 4:
        return C.DROP, "section label"
    if C._BIO.match(text):
        return C.DROP, "author bio"
    if len(text) < 200 and (C._EXTRA_ANCHORED.match(text) or any(found(text) for found in C._EXTRA_LOOSE)):
        for pattern, kind, reason in C._EXTRA_CHROME:
            if pattern.search(text):
                return (C.CAPTION if kind == "caption" else C.DROP), reason
    if len(text) < 400 and (":" in text or ")" in text or "/" in text) and C._CREDIT.search(text):
        return C.CAPTION, "photo caption"
    return None


CLEAN_PIECES = (
    "en | fr | de|EN DE|5 min read|Reading time: 3 minutes|Comments (12)|comments|Read more|Share this article|"
    "Home > World > Europe|Home / News|World · Europe · Sport|World | Europe | Business|Facebook Twitter Email|"
    "Related: Another story|Related stories|Source: Reuters|Anna Novak with AFP|Sign up for our newsletter|"
    "By Anna Novak|By Anna Novak and Ivo Petrov|BREAKING NEWS|Anna Novak is a reporter covering energy.|"
    "Photo: Getty Images|Getty Images / Anna Novak|(Reporting by Anna Novak; Editing by Ivo Petrov)|"
    "Published 3 June 2025|The minister said the talks would resume on Monday, after a pause of 10 days.|"
    "x|,|—|# Heading|## Sub|- bullet item|1. numbered|**Bold line**|*Italic caption*|[link](https://x.y)|"
    "A long line of text that goes on and on about the economy and the budget and the talks in Brussels|"
    "İstanbul|ſ| |\t|Click here to subscribe to our newsletter|Follow us on Telegram|"
)
CLEAN_PIECES = tuple(CLEAN_PIECES.split("|"))


def test_split_lines_and_line_rule_as_before() -> None:

    rng = random.Random(11)
    for _ in range(4000):
        lines = []
        for _ in range(rng.randint(0, 30)):
            line = " ".join(rng.choice(CLEAN_PIECES) for _ in range(rng.choice((1, 1, 1, 2, 3, 8, 20))))
            lines.append(line)
            if rng.random() < 0.4:
                lines.append(rng.choice(("", " ", "\t")))
        text = "\n".join(lines)
        new, old = C._split_lines(text), old_split_lines(text)
        assert [(b.text, b.line) for b in new] == [(b.text, b.line) for b in old], text
        for b in new:
            for t in (b.text, b.text[:40], b.text[:41], b.text.strip()):
                assert C._line_rule(t) == old_line_rule(t), t
    codes = ["en", "fr", "DE", "es", "IT", "pt", "ru", "nl", "pl"]
    for n in range(1, 10):
        for sep in (" | ", " / ", " ", ",", " · ", "  |  "):
            line = sep.join(codes[:n])
            for text in (line, line + " more", line + " |"):
                assert C._line_rule(text) == old_line_rule(text), text
    for text in real_paragraphs():
        assert C._line_rule(text) == old_line_rule(text)


# --- figures.extract_figures, which scans an article's paragraphs for number starts at once ---


def old_extract_figures(article: F.Article) -> tuple[list[F.Figure], list[F.EventDate]]:
    """The key figures and the event dates stated in one article."""
    figures: list[F.Figure] = []
    dates: list[F.EventDate] = []
    for para in article.paragraphs:
        whole = para.text
        sentences = para.sentences or (F.Sentence(article.id, para.index, 0, 0, len(whole), whole),)
        lower = whole.lower()
        # Scans of the whole paragraph, once: a sentence holds a digit only if its paragraph does, a number
        # starts in a sentence only where it starts in the paragraph (or at the sentence's start, when a
        # character the scan does not look after stands before it).
        para_digit = F._holds_digit(whole)
        para_dates = para_digit and F.may_hold_dates(whole)
        odd = F.odd_case(whole)
        para_points = odd or "point" in lower
        starts = F.number_starts(whole, lower, odd)
        for sentence in sentences:
            text, offset, index = sentence.text, sentence.start, sentence.index
            end = offset + len(text)
            lo = F.bisect_left(starts, offset)
            hi = F.bisect_left(starts, end, lo)
            glued = offset > 0 and whole[offset - 1] in F._SCANNED_AFTER_NOT
            if not (para_digit or para_points or lo < hi or glued):
                continue  # no digit, no number, no fraction of a point: neither a date nor a figure
            # A text without a digit holds no date: F.find_event_dates would give none.
            digit = F._HAS_DIGIT.search(text) if para_digit else None
            has_digit = digit is not None
            # Nor does a sentence whose paragraph holds no month and no year (unless a word character stands
            # right before it: then a month at its start is not one in the paragraph).
            dated = has_digit and (para_dates or (offset > 0 and not whole[offset - 1].isspace()))
            found_dates = (
                [d for d in F.find_event_dates(text, article.date) if not F._counted_year(text, d)] if dated else []
            )
            for s, e, iso in found_dates:
                dates.append(F.EventDate(article.id, para.index, index, offset + s, offset + e, text[s:e], iso))
            tried = [q - offset for q in starts[lo:hi]]
            if glued and (not tried or tried[0] != 0):
                tried.insert(0, 0)
            cores = list(F.core_matches(text, tried)) if tried else []
            points = para_points and F._may_hold_fraction_point(text)
            if not cores and not points:
                continue  # no number and no fraction of a point: no figure
            blocked = (
                F._blocked_spans(text, found_dates, False)
                if digit is None
                else F._blocked_spans(text, found_dates, True, digit.start())
            )
            found, bare = F._find_in_sentence(text, blocked, cores, points)
            if bare:
                found = sorted(found + F._borrow_units(text, found, bare), key=F._START)
            elif len(found) > 1:
                found.sort(key=F._START)
            for f in found:
                # id, article, paragraph, sentence, start, end, text, value, low, high, unit, qualifier,
                # sentence_text, context
                figures.append(
                    F.Figure(
                        f"{article.id}:f{len(figures) + 1}",
                        article.id,
                        para.index,
                        index,
                        offset + f.start,
                        offset + f.end,
                        text[f.start : f.end],
                        None if f.value is None else float(f.value),
                        None if f.low is None else float(f.low),
                        None if f.high is None else float(f.high),
                        f.unit,
                        f.qualifier,
                        text,
                        F._context(text, f.start, f.end),
                    )
                )
    return F._without_headline_repeats(article, figures), dates


FIG_PIECES = (
    "The army sent 4,000 troops|about 37 countries|two dozen ships|three and a half million|a million people|"
    "an estimated 12%|between 10 and 20 tanks|from 5 to 7 days|on March 3, 2025|in 2021|mid-1990|the 1990s|"
    "half a point|a quarter point|one percentage point|3.5 points|$5bn|€2.3 billion|£10m|10-year bonds|"
    "Boeing 737 jets|Article 5|No. 3|12:30 GMT|+44 20 7946 0958|(555) 123-4567|5 min read|the 3rd day|"
    "İstanbul 5 ships|ı 7 ships|ſeven ships|\x00 12 ships|twenty-five tanks|Fifty|point|points|.5 tonnes|"
    "x12 ships|Covid-19|G7|F-16 jets|the death toll rose to 1,644|numbering 10,000 to 30,000|ten|tens of thousands|"
    "said|and|Anna Novak|. |, |; |: |\n|—|(|)|“|”"
).split("|")


def fig_articles(seed: int, n: int) -> list:
    import datetime as dt

    from briefbook.core.model import Paragraph

    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for p in range(rng.randint(0, 8)):
            text = "".join(
                rng.choice(FIG_PIECES) + rng.choice(("", " ", " ", ". ", ", ")) for _ in range(rng.randint(0, 14))
            )
            spans = S.sentence_spans(text)
            if rng.random() < 0.1:
                spans = [(s + 1, e) for s, e in spans if e > s + 1]  # sentences glued to a character before them
            if rng.random() < 0.05:
                spans = []  # a paragraph without sentences: read whole
            sents = tuple(F.Sentence(f"a{i}", p, j, s, e, text[s:e]) for j, (s, e) in enumerate(spans))
            kind = "headline" if p == 0 and rng.random() < 0.3 else "body"
            paras.append(Paragraph(p, text, kind, sents))
        date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364)) if rng.random() < 0.9 else None
        out.append(F.Article(f"a{i}", f"a{i}.txt", f"A {i}", "Outlet", date, tuple(paras)))
    return out


def test_extract_figures_as_before() -> None:
    from briefbook.core.loading import load_articles, resolve_target

    articles = fig_articles(3, 3000)
    from briefbook.core.model import Paragraph

    ends = ("They sent a", "They sent an", "It was half a", "Costs of", "About 5.", "It rose to 5", "x", "", "İ", "ten")
    heads = ("million troops arrived.", "hundred ships.", "5 ships.", ".5 points", "dozen men", "thousand", "point", "")
    for n, (end, head) in enumerate((e, h) for e in ends for h in heads):
        texts = [end, head, end + " " + head]
        paras = tuple(
            Paragraph(
                p, t, "body", tuple(F.Sentence("c", p, j, a, b, t[a:b]) for j, (a, b) in enumerate(S.sentence_spans(t)))
            )
            for p, t in enumerate(texts)
        )
        articles.append(F.Article(f"c{n}", "c.txt", "C", None, None, paras))
    for manifest in (None, str(DATA / "hostile" / "hostile.yaml")):
        briefing, _ = resolve_target(manifest)
        articles += load_articles(briefing)[0]
    found = 0
    for article in articles:
        expected = old_extract_figures(article)
        assert F.extract_figures(article) == expected, article
        found += len(expected[0])
    assert found > 5000


# --- clean: glued quoted headings looked for only after a quote; empty sections only where a subheading is ---


def old_split_glued_headings(blocks: list[C.Block]) -> None:
    """Split a quoted subheading glued to the next paragraph: `'First step’Europe has…`."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        m = C._GLUED_QUOTE_HEADING.match(b.text) if b.kind == C.BODY else None
        if m and len(b.text) > len(m.group(1)) + 20:
            blocks.insert(i + 1, C.Block(b.text[m.end() :], b.line))
            b.text, b.kind = m.group(1), C.SUBHEADING
        i += 1


def old_drop_empty_sections(blocks: list[C.Block]) -> None:
    """A subheading whose section holds no text (it was all chrome) is chrome too."""
    live = [b for b in blocks if b.kind in (C.BODY, C.SUBHEADING, C.HEADLINE)]
    position = {id(b): i for i, b in enumerate(blocks)}
    for i, b in enumerate(live):
        if b.kind != C.SUBHEADING:
            continue
        nxt = live[i + 1] if i + 1 < len(live) else None
        if nxt is None or nxt.kind in (C.SUBHEADING, C.HEADLINE):
            idx = position[id(b)]
            had_chrome = idx + 1 < len(blocks) and blocks[idx + 1].kind == C.DROP
            if nxt is None or had_chrome:
                C._drop(b, "heading of an empty section")


def test_glued_headings_and_empty_sections_as_before() -> None:
    rng = random.Random(13)
    texts = (
        "'First step’Europe has agreed to send troops to the region after weeks of talks.",
        "“A deal”The talks ended with an agreement on the border crossing and the trade.",
        '"Short"Too short',
        "‘Quoted’ then text that is long enough to count as a paragraph of its own here.",
        "Plain text of a paragraph that runs on for a while without any quotes at all.",
        "'x’Y",
        "",
        "Heading",
        '"Tired of waiting"Many residents said they would leave before the winter comes.',
    )
    kinds = (C.BODY, C.BODY, C.BODY, C.SUBHEADING, C.HEADLINE, C.DROP, C.CAPTION)
    for _ in range(20000):
        spec = [(rng.choice(texts), rng.choice(kinds)) for _ in range(rng.randint(0, 8))]
        new = [C.Block(t, n, k) for n, (t, k) in enumerate(spec)]
        old = [C.Block(t, n, k) for n, (t, k) in enumerate(spec)]
        C._split_glued_headings(new)
        old_split_glued_headings(old)
        assert new == old
        C._drop_empty_sections(new)
        old_drop_empty_sections(old)
        assert new == old


# --- checks written out instead of generators: the digits, the quote characters, the odd letters ---


def test_holds_digit_as_before() -> None:
    rng = random.Random(17)
    chars = ["a", " ", "é", "“", "\u0663", "\uff15", *"0123456789"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
        old = any(d in text for d in "0123456789") if text.isascii() else F._HAS_DIGIT.search(text) is not None
        assert F._holds_digit(text) == old, text


def test_sentence_spans_with_each_quote_character() -> None:
    for q in S._QUOTES:
        for text in (
            f"He said {q}Go. Now{q} and left. Then he came.",
            f"{q}Stop. Wait.{q} She left. Yes.",
            f"A{q}. B.",
        ):
            assert S.sentence_spans(text) == old_sentence_spans(text), text


def test_guarded_search_with_each_odd_letter() -> None:
    from briefbook.core.wordguard import ODD_CASE

    matched = 0
    for ch in ODD_CASE:
        texts = (
            f"jo{ch}n our news channel",
            f"{ch}ign up for our emails",
            f"cl{ch}ck here",
            f"{ch}ubscribe to our feed",
        )
        for text in (*texts, f"a{ch} b", f"{ch}"):
            for tail in ("", " today", " Sign up for our emails"):
                expected = bool(C._PROMPTS.search(text + tail))
                assert C._HAS_PROMPT(text + tail) == expected, text + tail
                matched += expected and not tail
    assert matched >= 3


# --- figures._blocked_spans, which tries the blockers only where a number or a '+' or '(' starts ---

BLOCKER_PIECES = (
    "12:30|3 pm|10 a.m.|1200 GMT|0900 local time|5 o'clock|5 o’clock|+44 20 7946 0958|(555) 123-4567|555-123-4567|"
    "555.123.4567|5 min read|12 comments|3 shares|3rd|21st|(3)|((5))|+(|+ 5|x12|A3|3.5|.5|4,000|2025|"
    "\u0663\u0664|\uff15|-7|/8|_9|é9|“7”|10-12|at 9|am|pm|GMT|(|)|+|:|.|,| |  |\n|the|said"
).split("|")


def test_blockers_tried_where_numbers_start_as_before() -> None:
    from briefbook.core import numbers as NU

    rng = random.Random(23)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(BLOCKER_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 10)))
        digit = F._HAS_DIGIT.search(text)
        if digit is None:
            continue
        expected = F._blocked_spans(text, [], True, digit.start())
        assert F._blocked_spans(text, [], True, digit.start(), NU.number_starts(text)) == expected, text
        found += len(expected)
    assert found > 10000

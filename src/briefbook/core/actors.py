"""Actors: people, governments and organisations found in the reading text."""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from . import gazetteer
from .model import Actor, ActorConfig, Article, Mention, Paragraph
from .names import ORG_HEADS, is_name_token, name_runs, run_name_tokens
from .organisations import (
    BODY_HEADS,
    SPEECH_FOLLOWS,
    ParagraphScan,
    article_scans,
    bare_regex,
    find_organisations,
    lone_bodies,
)
from .speech import SPEECH_BEFORE_NAME
from .titles import is_head_word, title_after, title_ending_at
from .wordtrie import trie_alternation

_SENTENCE_START = re.compile(r'(?:^|[.!?]["\'”’»]?\s+|[“"«‘]\s*)$')
_LEADING_ARTICLE = re.compile(r"^[Tt]he\s+|^[Aa]n?\s+")
_LEADING_THE = re.compile(r"^The\s")
# "Paul Johnson of the Institute for Fiscal Studies said": the body a person speaks from.
_OF_BODY = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|&|on)\s+)?[A-Z][\w’'&.-]*){0,6}")
_SPOKES_FOR = re.compile(r"^.*\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?")
_AFTER_THE = re.compile(r"\b[Tt]he\s+\Z")
_SPEECH_BEFORE_ENDS = ("said", "says", "added", "asked", "wrote", "told", "declared", "insisted", "warned", "to")
_ADMINISTRATION_WORDS = ("administration", "government", "White House", "Kremlin")
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-(?=[A-ZÀ-Þ])")
_STAFF_AT = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|researchers?|experts?|scientists?|traders?|bankers?|lawyers?|"
    r"engineers?|employees|workers|staff|executives|officials|sources|people|someone|colleagues)\s+(?:at|from|with)\s+\Z"
)
# A possessive pronoun owning a bare title ('Its head', 'his spokesman'): the title says nothing of whose it is.
_OWNED_BY_PRONOUN = re.compile(r"(?:Its|His|Her|Their|Our)\s")
_PRONOUN_BEFORE = re.compile(r"(?<![\w’'])(?:its|his|her|their|our)\s+\Z")
_PRONOUN_ROLE = re.compile(r"(?:its|his|her|their|our)\s+\S+\Z")
_PEER_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<peer>Lord|Lady|Baroness)\s+\Z")
# "the Trump administration". Its "The"/"the" checks the word boundary right after its first letter: a leading
# \b would make the engine try every position instead of scanning for the letter (the same matches).
_ADMINISTRATION = re.compile(
    r"(?:T(?<!\wT)|t(?<!\wt))he\s+(?P<name>[A-Z][a-zß-ÿ'’-]+)\s+(?:administration|government|White House|Kremlin)\b"
)


@dataclass
class _Person:
    """A person as the text names them, gathered over every article before merging."""

    tokens: tuple[str, ...]
    roles: list[tuple[int, str]] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    styled: str | None = None  # a peer named by title and one name ('Lord Reed'): the name they go by

    @property
    def surname(self) -> str:
        """The family name: the last token, or the first before a hyphenated given name ('Lai Ching-te')."""
        if len(self.tokens) == 2 and _GIVEN_NAME_LAST.match(self.tokens[1]):
            return self.tokens[0]
        return self.tokens[-1]


@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """A stable id for an actor name: 'Emmanuel Macron' -> 'emmanuel-macron'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def _role_rank(role: str, titled: bool) -> tuple[int, int]:
    return (1 if titled else 0, len(role.split()))


def _at_sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, pos - 4):pos]))


# An organisation's head word and a linking word just before a capitalised run: the run finishes the
# organisation's name ("Office for Budget Responsibility", "Bank of England", "Institute for Fiscal Studies").
# Only whether it matches is asked: the heads as a trie match the same texts.
_INSIDE_ORG_NAME = re.compile(r"\b(?:" + trie_alternation(ORG_HEADS) + r")\s+(?:of|for|on|and)\s+(?:the\s+)?\Z")
_ORG_LINKS = frozenset(("of", "for", "on", "and"))
_ORG_LINK_ENDS = ("of", "for", "on", "and", "the")


def _inside_org_name(text: str, lo: int, pos: int) -> bool:
    """True when the text between `lo` and `pos` ends in an organisation's head word and a linking word
    (`_INSIDE_ORG_NAME`). Its last words, from white space to white space, must be the link (and 'the'),
    and the match starts in the third last of them at the earliest."""
    words = text[lo:pos].split()
    n = len(words)
    if n < 2 or not (words[-1] in _ORG_LINKS or (n > 2 and words[-1] == "the" and words[-2] in _ORG_LINKS)):
        return False
    floor = pos
    for word in reversed(words[-3:]):
        floor = text.rfind(word, lo, floor)
    return _INSIDE_ORG_NAME.search(text, floor, pos) is not None


@lru_cache(maxsize=65536)
def _run_name(run: str) -> tuple[tuple[str, ...], int] | None:
    """The name tokens a capitalised run ends in and where they start in it, or None when it ends in no name
    (or the name is an outlet's or a place's)."""
    toks, offset = run_name_tokens(run)
    if not toks:
        return None
    name = " ".join(toks)
    if gazetteer.is_outlet(name) or gazetteer.place_named(name):
        return None
    return toks, offset


Candidate = tuple[tuple[str, ...], int, int, str | None, bool, bool]


def _candidates(text: str) -> Iterable[Candidate]:
    """(name tokens, start, end, role, titled, speaking) for each capitalised run that ends in a name."""
    for m in name_runs(text):
        found = _run_name(m.group())
        if found is not None:
            cand = _candidate(text, m.start(), m.end(), found)
            if cand is not None:
                yield cand


# A transcript's speaker label around a name that opens a paragraph, then a colon: the name in brackets after a
# role ("The Prime Minister (Jane Doe): …"); the name with its seat and party ("Jane Doe (Northtown) (Lab): …") or
# a party ("(Con)", "(D-Calif.)"); or the name alone before a turn in the first person ("Jane Doe: I think …").
# A dateline's place and agency ("Santa Clara (Reuters): …") is none of these.
_PARTY = r"\((?:Lab|Con|LD|Lib\s?Dem|SNP|DUP|SF|PC|Green|Ind|Reform|Alba|SDLP|UUP|Lab/Co-op|[DRI]-[A-Z][\w.]{1,12})\)"
_LABEL_AFTER = re.compile(
    r"(?:\s?\([^()\n]{1,40}\)){1,2}\s?\([^()\n]{1,40}\):\s|(?:\s?\([^()\n]{1,40}\))?\s?" + _PARTY + r":\s|"
    r":\s+(?:I|We|My|Our|Thank|Thanks|Yes|No|Well|Good)\b"
)
_FIRST_BRACKET = re.compile(r"\s?\(([^()\n]{1,40})\)")


def _agency_bracket(text: str, end: int) -> bool:
    """True when the first bracket after a name holds a news agency's or outlet's name: a dateline's."""
    m = _FIRST_BRACKET.match(text, end)
    return m is not None and gazetteer.is_outlet(m.group(1))


_LABEL_ROLE_BEFORE = re.compile(r"(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*)){0,5}\s\(")


def _candidate(text: str, run_start: int, end: int, found: tuple[tuple[str, ...], int]) -> Candidate | None:
    """What `_candidates` yields for the run at [run_start, end) of the text, which ends in the name `found`
    (`_run_name`), or None when the run finishes an organisation's name."""
    toks, offset = found
    start = run_start + offset
    if offset == 0:
        lo = run_start - 40 if run_start > 40 else 0
        if text[lo:run_start].rstrip().endswith(_ORG_LINK_ENDS) and _inside_org_name(text, lo, run_start):
            return None  # "the Office for Budget Responsibility": the rest of an organisation's name
    before = title_ending_at(text, start)
    role = None
    titled = False
    if before is not None:
        comma = before[2]
        if not comma or text[end:end + 1] in (",", ".", "") or text.startswith(" (", end):
            role, titled = before[1], True
    if role and " " not in role and (
        _OWNED_BY_PRONOUN.match(text, before[0]) or _PRONOUN_BEFORE.search(text, before[0] - 7 if before[0] > 7 else 0, before[0])
    ):
        role = ""  # "Its head, Jean Kaseya": whose head the sentence does not say
    if role and "spokes" in role:
        role = _SPOKES_FOR.sub("", role) or role  # "A spokeswoman for President X": X is the President
    after = text[end:end + 1]
    # An appositive title starts with a comma, and the rest with white space or a comma.
    after_role = title_after(text, end) if after == "," else None
    if after == "," or after.isspace():
        of_body = _OF_BODY.match(text, end)
        speaking = SPEECH_FOLLOWS.match(text, of_body.end() if of_body else end) is not None
    else:
        speaking = False
    if not speaking and start < 60 and (after == ":" or after == ")" or text.startswith(" (", end)) and (
        (start == 0 and _LABEL_AFTER.match(text, end) and not _agency_bracket(text, end))
        or (after == ")" and text.startswith("):", end) and text[end + 2:end + 3].isspace() and _LABEL_ROLE_BEFORE.fullmatch(text, 0, start))
    ):
        speaking = True  # a transcript's speaker label: "Jane Doe (Lab): …", "The Prime Minister (Jane Doe): …"
    if not speaking:  # a speech verb ('said', 'according to') right before the name
        head = text[start - 40 if start > 40 else 0:start]
        speaking = head.rstrip().endswith(_SPEECH_BEFORE_ENDS) and SPEECH_BEFORE_NAME.search(head) is not None
    if after_role and not role and not _PRONOUN_ROLE.match(after_role):
        role = after_role
    return toks, start, end, role, titled or bool(after_role), speaking


# Paragraphs joined by a character no run, title or speech pattern holds or crosses (no white space, no
# word character): the runs of the joined text are those of each paragraph, moved by where it starts.
_JOIN = "\x00"
_GROUP = re.Match.group


def article_candidates(texts: Sequence[str]) -> list[list[Candidate]]:
    """`_candidates` of each text, with one scan for capitalised runs over them all: only the runs that end
    in a name (most are sentence words and places) are looked at one by one."""
    out: list[list[Candidate]] = [[] for _ in texts]
    joined = _JOIN + _JOIN.join(texts)
    if not texts or joined.count(_JOIN) != len(texts):
        return [list(_candidates(text)) for text in texts]
    matches = list(name_runs(joined))
    found = list(map(_run_name, map(_GROUP, matches)))
    para = 0
    base = 1  # where the paragraph starts in the joined text
    limit = base + len(texts[0])  # and where it ends
    for m, name in zip(compress(matches, found), filter(None, found)):
        start = m.start()
        while start > limit:
            para += 1
            base = limit + 1
            limit = base + len(texts[para])
        cand = _candidate(texts[para], start - base, m.end() - base, name)
        if cand is not None:
            out[para].append(cand)
    return out


ArticleEvidence = tuple[list[list[tuple]], list[ParagraphScan]]


def article_evidence(article: Article) -> ArticleEvidence:
    """Each paragraph's candidate names (what `_candidates` yields) and what it says of organisations
    (`organisations.paragraph_scan`), found once per article (in a worker) whoever the people are."""
    return article_candidates([para.text for para in article.paragraphs]), article_scans(article)


def _discover(
    articles: Sequence[Article], known_candidates: Sequence[list[list[tuple]] | None] | None = None
) -> tuple[list[_Person], set[str], set[str]]:
    """The people of the articles (from titles, appositives, speech verbs and reused surnames), the single
    name words the text uses on their own, and those of them that speak ('Srettha told reporters').

    `known_candidates`, when given, holds each article's `article_evidence` (None where it is found here).
    """
    found: dict[tuple[str, ...], _Person] = {}
    untitled: dict[tuple[str, ...], bool] = {}
    lone: set[str] = set()
    spoken: set[str] = set()
    for n, art in enumerate(articles):
        outlet = art.outlet or ""
        known = known_candidates[n] if known_candidates is not None else None
        for para in art.paragraphs:
            text = para.text
            for toks, start, end, role, titled, speaking in (known[para.index] if known is not None else _candidates(text)):
                if " ".join(toks) in outlet:
                    continue
                if not titled and _AFTER_THE.search(text, max(0, start - 4), start):
                    continue  # "in the Salar de Atacama", "the Atacama": a place or thing, not a person
                if not titled and _STAFF_AT.search(text, max(0, start - 40), start):
                    continue  # "analysts at Goldman Sachs said": where people work, not a person
                if not titled and len(toks) > 1 and toks[-1] in BODY_HEADS:
                    continue  # "Meta Platforms", "Volkswagen Group": a body's name, never a person's
                if len(toks) == 1 and not text[end:end + 1].isalnum() and (
                    not _at_sentence_start(text, start) or text[end:end + 1] == "," or speaking
                ):
                    lone.add(toks[0])  # "… Naidu" or a sentence's "Naidu, whose party …": a surname in use
                    if speaking:
                        spoken.add(toks[0])
                evidence = titled or (speaking and len(toks) > 1)
                if not evidence:
                    if len(toks) > 1:
                        untitled.setdefault(toks, _at_sentence_start(text, start))
                    continue
                person = found.setdefault(toks, _Person(toks))
                person.forms.add(" ".join(toks))
                if role == "" and len(toks) == 1:
                    peer = _PEER_BEFORE.search(text, max(0, start - 12), start)
                    if peer:
                        person.styled = f"{peer.group('peer')} {toks[0]}"  # 'Lord Reed', not 'Reed'
                        person.forms.add(person.styled)
                if role:
                    person.roles.append(_role_rank(role, titled) + (role,))  # type: ignore[arg-type]
    for toks, _ in untitled.items():
        if toks not in found and (toks[-1] in lone or (len(toks) == 2 and toks[0] in spoken)) and 2 <= len(toks) <= 3:
            found[toks] = _Person(toks, forms={" ".join(toks)})
    return _merge(list(found.values())), lone, spoken


def _merge(people: list[_Person]) -> list[_Person]:
    """One person per name: 'Macron' and 'French President Macron' join 'Emmanuel Macron'."""
    full = [p for p in people if len(p.tokens) > 1]
    full.sort(key=lambda p: -len(p.tokens))
    merged: list[_Person] = []
    first_ending: dict[tuple[str, ...], _Person] = {}
    for p in full:
        host = first_ending.get(_particle_key(p.tokens))
        if host:
            host.roles += p.roles
            host.forms |= p.forms
        else:
            merged.append(p)
            for k in range(1, len(p.tokens) + 1):
                first_ending.setdefault(_particle_key(p.tokens[-k:]), p)
    by_surname: dict[str, list[_Person]] = defaultdict(list)
    for p in merged:
        by_surname[p.surname].append(p)
    for p in (p for p in people if len(p.tokens) == 1):
        hosts = by_surname.get(p.surname, []) or _holding(merged, p.surname)
        if len(hosts) == 1:
            hosts[0].roles += p.roles
        elif not hosts:
            merged.append(p)
            by_surname[p.surname].append(p)
    return merged


_NAME_PARTICLES = frozenset("dos del der den van von ter ten bin ibn de da di du la le".split())


def _particle_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with a leading particle in lower case: a sentence's 'Von der Leyen' is 'von der Leyen'."""
    if tokens and tokens[0].lower() in _NAME_PARTICLES and tokens[0] != tokens[0].lower():
        return (tokens[0].lower(), *tokens[1:])
    return tokens


def _holding(people: list[_Person], word: str, first: bool = False) -> list[_Person]:
    """The people of three or more name words whose earlier words include `word` ('Lula' in 'Luiz Inácio Lula da
    Silva'); with `first`, also two-word names that begin with it ('Srettha' in 'Srettha Thavisin')."""
    return [p for p in people if (len(p.tokens) >= 3 and word in p.tokens[:-1]) or (first and p.tokens[0] == word)]


def _inner_names(people: list[_Person], lone: set[str], spoken: set[str], taken: dict[str, str]) -> dict[str, _Person]:
    """A word of a long name used on its own ('Lula said') names that person when no one else's name holds it."""
    owners: dict[str, list[_Person]] = defaultdict(list)
    for p in people:
        for tok in set(p.tokens):
            owners[tok].append(p)
    out: dict[str, _Person] = {}
    for word in lone:
        holders = owners.get(word, [])
        if len(holders) == 1 and word not in taken and is_name_token(word) and len(word) > 2 and _holding(holders, word, word in spoken):
            out[word] = holders[0]
    return out


def _best_role(person: _Person) -> str | None:
    if not person.roles:
        return None
    return max(person.roles, key=lambda r: (r[0], r[1]))[2]  # type: ignore[index]


def person_country(role: str | None) -> str | None:
    """The country a role names ('French President' -> France, "Colombia's environment minister" -> Colombia)."""
    if not role:
        return None
    words = role.split()
    for i in range(len(words)):
        for j in (3, 2, 1):
            country = gazetteer.country_of(" ".join(words[i:i + j]))
            if country:
                return country
    return None


def role_head(role: str | None) -> str | None:
    """The head of a role, lower-cased ('U.K. Prime Minister' -> 'prime minister')."""
    if not role:
        return None
    words = [w for w in re.split(r"\s+", role.split(" of ")[0].split(" to ")[0]) if w]
    if not words or not is_head_word(words[-1]):
        return None
    head = words[-1].lower()
    if len(words) > 1 and words[-2].lower() in ("prime", "vice", "foreign", "deputy", "special"):
        head = words[-2].lower() + " " + head
    return head


@dataclass
class _Table:
    """Every actor under construction with the forms that name it."""

    actors: dict[str, dict] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    bare: dict[str, str] = field(default_factory=dict)
    bare_re: re.Pattern[str] | None = None

    def add(self, name: str, kind: str, role: str | None = None) -> str:
        aid = slug(name)
        if aid not in self.actors:
            self.actors[aid] = {"name": name, "kind": kind, "role": role, "aliases": []}
        return aid

    def alias(self, aid: str, form: str) -> None:
        entry = self.actors[aid]
        if form != entry["name"] and form not in entry["aliases"]:
            entry["aliases"].append(form)


def _role_aliases(people: list[tuple[str, _Person, str | None, str | None]]) -> dict[str, str]:
    """'the French president' for a person whose role is 'French President', when no one else shares it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for aid, _, role, country in people:
        head = role_head(role)
        if not head:
            continue
        if country:
            place = gazetteer.PLACES[country]
            for adj in {*place.demonyms, *(f for f in place.forms if f.isupper() or "." in f), country}:
                owners[f"the {adj} {head}"].add(aid)
        elif role and role.lower() == head:
            owners[f"the {head}"].add(aid)
    return {form: next(iter(aids)) for form, aids in owners.items() if len(aids) == 1}


def _regex(forms: Iterable[str], ignore_case_tail: bool = False) -> re.Pattern[str] | None:
    forms = set(forms)
    if not forms:
        return None
    return re.compile(trie_alternation(forms, not_after=r"[\w.]") + r"(?![\w])")


@dataclass
class MentionFinder:
    """What finds the actors a paragraph names, once the people of every article are known."""

    table: _Table
    person_re: re.Pattern[str] | None
    role_re: re.Pattern[str] | None
    role_forms: dict[str, str]
    administration_of: dict[str, str]
    role_lowered: dict[str, str]
    # role_re for lower-cased text, without ignoring case (None when it would not find the same).
    role_scan: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        if self.role_scan is None and self.role_re is not None:
            self.role_scan = _lower_case_scan(self.role_forms)

    def mentions(self, article: str, paragraph: int, text: str) -> list[Mention]:
        """Every actor named in one paragraph (adding the places and groups it names to the table)."""
        return [Mention(*row) for row in self.mention_rows(article, paragraph, text)]

    def mention_rows(self, article: str, paragraph: int, text: str) -> list[tuple[str, str, int, int, int, str]]:
        """The mentions of one paragraph as rows in the order of Mention's fields."""
        return _paragraph_mentions(
            article, paragraph, text, self.table, self.person_re, self.role_re, self.role_forms, self.administration_of,
            self.role_lowered, self.role_scan,
        )

    def article_mention_rows(self, article: str, paragraphs: Sequence[Paragraph]) -> list[tuple[str, str, int, int, int, str]]:
        """The mention rows of an article's paragraphs in order: what `mention_rows` gives for each, joined, with
        every pattern scanned once over the article (the table changes made in the same order)."""
        return _article_mentions(
            article, paragraphs, self.table, self.person_re, self.role_re, self.role_forms, self.administration_of,
            self.role_lowered, self.role_scan,
        )

    def actors(self) -> list[Actor]:
        """The actors of the table, people first, then by name."""
        return actor_list(self.table)


def find_actors(
    articles: Sequence[Article], config: Sequence[ActorConfig] = (), evidence: Sequence[ArticleEvidence | None] | None = None
) -> tuple[list[Actor], list[Mention]]:
    """The actors of a briefing and every place each is named."""
    finder = prepare_actors(articles, config, evidence)
    mentions: list[Mention] = []
    for art in articles:
        mentions.extend(Mention(*row) for row in finder.article_mention_rows(art.id, art.paragraphs))
    return finder.actors(), mentions


def prepare_actors(
    articles: Sequence[Article], config: Sequence[ActorConfig] = (), evidence: Sequence[ArticleEvidence | None] | None = None
) -> MentionFinder:
    """The people of every article in a table with the forms that name them, ready to find mentions."""
    table = _Table()
    candidates = [e[0] if e is not None else None for e in evidence] if evidence is not None else None
    scans = [e[1] if e is not None else None for e in evidence] if evidence is not None else None
    people, lone, spoken = _discover(articles, candidates)
    titled = {f for p in people if p.roles for f in (*p.forms, " ".join(p.tokens), p.surname)}
    named = {f for p in people for f in (*p.forms, " ".join(p.tokens), p.surname)}
    orgs, known_bare = find_organisations(articles, named, titled, scans)
    org_forms = {f for o in orgs for f in o.forms}
    tokens = {t for p in people for t in p.tokens}
    tokens.update([_ARABIC_ARTICLE.sub("", t) for t in tokens if "-" in t])  # "Sisi" is al-Sisi's, not a body
    lone_orgs = lone_bodies(articles, spoken - tokens - org_forms) if spoken - tokens - org_forms else []
    orgs.extend(lone_orgs)
    org_forms.update(o.name for o in lone_orgs)
    people = [p for p in people if " ".join(p.tokens) not in org_forms]
    person_rows = []
    surname_owner: dict[str, set[str]] = defaultdict(set)
    for p in people:
        name = p.styled if p.styled and len(p.tokens) == 1 else " ".join(p.tokens)
        role = _best_role(p)
        aid = table.add(name, "person", role)
        person_rows.append((aid, p, role, person_country(role)))
        for form in p.forms:
            table.forms[form] = aid
        surname_owner[p.surname].add(aid)
        bare = _ARABIC_ARTICLE.sub("", p.surname)
        if bare != p.surname:
            surname_owner[bare].add(aid)  # "al-Burhan" is also "Burhan"
    for surname, aids in surname_owner.items():
        if len(aids) == 1 and surname not in table.forms and surname not in org_forms:
            table.forms[surname] = next(iter(aids))
    for word, p in _inner_names(people, lone - org_forms, spoken, table.forms).items():
        table.forms[word] = slug(" ".join(p.tokens))
    for org in orgs:
        aid = table.add(org.name, "organization")
        for form in org.forms:
            table.forms.setdefault(form, aid)
        if org.bare:
            table.bare[org.bare] = aid
    for head, name in known_bare.items():
        table.bare[head] = table.add(name, "organization")
    table.bare_re = bare_regex(table.bare)
    role_forms = _role_aliases(person_rows)
    administration_of = {p.surname: country for _, p, _, country in person_rows if country}
    for cfg in config:
        aid = next((a for a, e in table.actors.items() if cfg.name in (e["name"], *e["aliases"]) or a == slug(cfg.name)), None)
        if aid is None:
            aid = table.add(cfg.name, cfg.kind or "person", cfg.role)
        entry = table.actors[aid]
        entry["kind"] = cfg.kind or entry["kind"]
        entry["role"] = cfg.role or entry["role"]
        for form in (cfg.name, *cfg.aliases):
            table.forms[form] = aid
    person_re = _regex(table.forms)
    role_re = re.compile(r"\b(?:" + trie_alternation(role_forms, fold=True) + r")\b", re.IGNORECASE) if role_forms else None
    role_lowered: dict[str, str] = {}
    for form, aid in role_forms.items():
        role_lowered.setdefault(form.lower(), aid)
    return MentionFinder(table, person_re, role_re, role_forms, administration_of, role_lowered)


def actor_list(table: _Table) -> list[Actor]:
    """The actors of a table, people first, then by name."""
    actors = [
        Actor(id=aid, name=e["name"], kind=e["kind"], role=e["role"], aliases=tuple(e["aliases"]))
        for aid, e in table.actors.items()
    ]
    actors.sort(key=lambda a: (("person", "country", "organization").index(a.kind) if a.kind in ("person", "country", "organization") else 3, a.name))
    return actors


# Characters that match an ASCII letter when case is ignored but do not lower-case to it (İ lower-cases to two).
_ODD_CASE = ("\u0131", "\u017f")


def _lower_case_scan(role_forms: dict[str, str]) -> re.Pattern[str] | None:
    """role_re's words as a pattern for lower-cased text, or None unless that finds what role_re finds.

    Ignoring case keeps the regex engine from scanning for a first letter; on lower-cased text the
    words match exactly as they match the text ignoring case, when every word is ASCII and starts with
    a word character (so the boundary before it is the check that no word character stands there),
    and the text lower-cases to one character each, none that matches a letter only when case is ignored.
    """
    words = {form.lower() for form in role_forms}
    if not words or not all(w.isascii() and (w[0].isalnum() or w[0] == "_") for w in words):
        return None
    # Words that all open with the same letters ('the ...'): that literal opens the pattern and the check
    # for a word character before it follows it, so the engine scans for the literal, not its first letter.
    common = os.path.commonprefix(sorted(words))
    if len(common) >= 2:
        lead = re.escape(common)
        rest = trie_alternation([w[len(common):] for w in words], first_class=False)
        return re.compile(lead + r"(?<!\w" + lead + r")" + (f"(?:{rest})" if rest else "") + r"\b")
    return re.compile(trie_alternation(words, not_after=r"\w") + r"\b")


def _role_matches(text: str, role_re: re.Pattern[str], role_scan: re.Pattern[str] | None) -> Iterable[re.Match[str]]:
    """role_re's matches in the text, found in the lower-cased text where that finds the same."""
    if role_scan is not None:
        low = text.lower()
        if len(low) == len(text) and not any(ch in text for ch in _ODD_CASE):
            return role_scan.finditer(low)
    return role_re.finditer(text)


def _paragraph_mentions(
    article: str,
    paragraph: int,
    text: str,
    table: _Table,
    person_re: re.Pattern[str] | None,
    role_re: re.Pattern[str] | None,
    role_forms: dict[str, str],
    administration_of: dict[str, str],
    role_lowered: dict[str, str],
    role_scan: re.Pattern[str] | None = None,
) -> list[tuple[str, str, int, int, int, str]]:
    """Every actor named in one paragraph, longest and earliest first where names overlap."""
    # (start, minus the length, rank, order found, end, actor): sorted, the earliest and longest first, then
    # people before groups before places, then in the order found.
    spans: list[tuple[int, int, int, int, int, str]] = []
    append = spans.append
    if person_re:
        forms = table.forms
        for m in person_re.finditer(text):
            start, end = m.span()
            append((start, start - end, 0, len(spans), end, forms[m.group()]))
    if table.bare_re:
        for m in table.bare_re.finditer(text):
            start, end = m.span()
            append((start, start - end, 0, len(spans), end, table.bare[m.group("head")]))
    if role_re:
        for m in _role_matches(text, role_re, role_scan):
            start, end = m.span()
            low = text[start:end].lower()
            aid = role_forms.get(low) or role_lowered.get(low)
            if aid:
                append((start, start - end, 0, len(spans), end, aid))
    add = table.add
    # The words _ADMINISTRATION ends in, each looked for (a generator over them costs more than the checks).
    if "administration" in text or "government" in text or "White House" in text or "Kremlin" in text:
        for m in _ADMINISTRATION.finditer(text):
            country = administration_of.get(m.group("name"))
            if country:
                start, end = m.span()
                append((start, start - end, 0, len(spans), end, add(country, "country")))
    for start, end, name in gazetteer.find_groups(text):
        append((start, start - end, 1, len(spans), end, add(name, "country")))
    places = gazetteer.PLACES
    for start, end, name in gazetteer.find_places(text):
        append((start, start - end, 2, len(spans), end, add(name, places[name].kind)))
    return _span_rows(article, paragraph, text, table, spans)


def _span_rows(
    article: str, paragraph: int, text: str, table: _Table, spans: list[tuple[int, int, int, int, int, str]]
) -> list[tuple[str, str, int, int, int, str]]:
    """The mention rows of a paragraph's spans (as `_paragraph_mentions` gathers them), longest and earliest
    first where they overlap, each adding its form to its actor's aliases."""
    spans.sort()
    out: list[tuple[str, str, int, int, int, str]] = []
    last_end = -1
    actors, alias = table.actors, table.alias
    append = out.append
    for start, _, _, _, end, aid in spans:
        if start < last_end:
            continue
        last_end = end
        form = text[start:end]
        if form[:1] in "TtAa":
            alias(aid, _alias_form(form, actors[aid]["kind"] == "person"))
        else:
            alias(aid, form)  # no leading article: the form itself, for a person as for the rest
        append((aid, article, paragraph, start, end, form))  # Mention's fields in order
    return out


# The alias each form that may open with an article gives its actor, for a person and for another actor (a
# plain dict of the forms seen last: they repeat from paragraph to paragraph).
_ALIAS_FORMS: dict[tuple[str, bool], str] = {}
_ALIAS_FORMS_KEPT = 16384


def _alias_form(form: str, person: bool) -> str:
    """The form as an alias: 'the ...' for a person's 'The ...', a place's or body's without a leading article."""
    try:
        return _ALIAS_FORMS[form, person]
    except KeyError:
        pass
    if person:
        alias = _LEADING_THE.sub("the ", form) if form.startswith("The") else form
    else:
        alias = _LEADING_ARTICLE.sub("", form)
    if len(_ALIAS_FORMS) >= _ALIAS_FORMS_KEPT:
        _ALIAS_FORMS.clear()
    _ALIAS_FORMS[form, person] = alias
    return alias


def _by_text(starts: list[int], found: Iterable[tuple[int, int, object]]) -> dict[int, list[tuple[int, int, object]]]:
    """(start, end, what) in the joined texts as lists of the same in each text (by index), moved to where it starts."""
    out: dict[int, list[tuple[int, int, object]]] = {}
    for start, end, what in found:
        i = bisect_right(starts, start) - 1
        base = starts[i]
        out.setdefault(i, []).append((start - base, end - base, what))
    return out


_NONE: list = []


def _article_mentions(
    article: str,
    paragraphs: Sequence[Paragraph],
    table: _Table,
    person_re: re.Pattern[str] | None,
    role_re: re.Pattern[str] | None,
    role_forms: dict[str, str],
    administration_of: dict[str, str],
    role_lowered: dict[str, str],
    role_scan: re.Pattern[str] | None = None,
) -> list[tuple[str, str, int, int, int, str]]:
    """`_paragraph_mentions` of each paragraph, joined, with each pattern scanned once over the paragraphs joined
    by a character none of them holds or crosses (`_JOIN`: no white space, word character, period or hyphen):
    each finds in the joined text what it finds in each paragraph, moved by where the paragraph starts. The
    spans of each paragraph are then gathered, and the table's adds made, in the order `_paragraph_mentions`
    makes them."""
    texts = [para.text for para in paragraphs]
    joined = _JOIN + _JOIN.join(texts)
    if len(texts) < 2 or joined.count(_JOIN) != len(texts):
        return [
            row for para in paragraphs for row in _paragraph_mentions(
                article, para.index, para.text, table, person_re, role_re, role_forms, administration_of,
                role_lowered, role_scan,
            )
        ]
    starts = [1]  # where each paragraph starts in the joined text
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    forms, bare = table.forms, table.bare
    people = _by_text(starts, [(m.start(), m.end(), forms[m.group()]) for m in person_re.finditer(joined)]) if person_re else {}
    bodies = (
        _by_text(starts, [(m.start(), m.end(), bare[m.group("head")]) for m in table.bare_re.finditer(joined)])
        if table.bare_re else {}
    )
    roles: dict[int, list[tuple[int, int, object]]] = {}
    if role_re:
        found = []
        for m in _role_matches(joined, role_re, role_scan):
            start, end = m.span()
            low = joined[start:end].lower()
            aid = role_forms.get(low) or role_lowered.get(low)
            if aid:
                found.append((start, end, aid))
        roles = _by_text(starts, found)
    admin: dict[int, list[tuple[int, int, object]]] = {}
    if "administration" in joined or "government" in joined or "White House" in joined or "Kremlin" in joined:
        found = []
        for m in _ADMINISTRATION.finditer(joined):
            country = administration_of.get(m.group("name"))
            if country:
                found.append((m.start(), m.end(), country))
        admin = _by_text(starts, found)
    groups = _by_text(starts, gazetteer.find_groups(joined))
    places = _by_text(starts, gazetteer.find_places(joined))
    add, kinds, get = table.add, gazetteer.PLACES, _NONE
    out: list[tuple[str, str, int, int, int, str]] = []
    for i, para in enumerate(paragraphs):
        spans: list[tuple[int, int, int, int, int, str]] = []
        append = spans.append
        for found in (people.get(i, get), bodies.get(i, get), roles.get(i, get)):
            for start, end, aid in found:
                append((start, start - end, 0, len(spans), end, aid))
        for start, end, country in admin.get(i, get):
            append((start, start - end, 0, len(spans), end, add(country, "country")))
        for start, end, name in groups.get(i, get):
            append((start, start - end, 1, len(spans), end, add(name, "country")))
        for start, end, name in places.get(i, get):
            append((start, start - end, 2, len(spans), end, add(name, kinds[name].kind)))
        if spans:
            out.extend(_span_rows(article, para.index, texts[i], table, spans))
    return out

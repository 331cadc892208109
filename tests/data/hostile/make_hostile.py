"""The hostile-input corpus: every file's bytes, written from one place so that they can be read here.

`python make_hostile.py` rewrites the small committed files of `articles/` beside this script.
The large cases (a 10 MB line, 100,000 paragraphs, a file over the size bound) are not committed:
tests write them into a temporary folder with `write_large`.
"""

from __future__ import annotations

import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"

HEADLINE = "Harbour council approves the new ferry budget"
BODY = (
    "The harbour council approved a budget of 12 million euros for two new ferries on Tuesday. "
    "Mayor Ana Ruiz said the vote was “a good day for the islands”."
)


def _page(*lines: str) -> str:
    """An article page: a headline, then paragraphs separated by blank lines."""
    return "\n\n".join((HEADLINE,) + lines) + "\n"


def _png() -> bytes:
    """A real 2x2 PNG image (what a staffer gets when an image is saved as .txt)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00\x00\xff\x00" for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


CYRILLIC = _page(
    "Городской совет одобрил бюджет в 12 миллионов евро на два новых парома.",
    "«Это хороший день для островов», — сказала мэр Ана Руис.",
)
ACCENTED = _page(
    "Le conseil a approuvé un budget de 12 millions d’euros — « une décision évidente », a déclaré l’élue.",
    "“Café, naïve, résumé”: the council’s report was long.",
)

# The bytes of each small hostile article; what briefbook must do with each is in EXPECTED below.
SMALL: dict[str, bytes] = {
    "csi-clear-screen.txt": _page(
        f"{ESC}[2J{ESC}[HThe screen was not cleared.{ESC}[3J",
        f"Cursor {ESC}[10;5Hmoves {ESC}[A{ESC}[2Kand erasing {ESC}[?1049hthe alternate screen {ESC}[?25lhide nothing.",
        f"{ESC}[1;31mColoured{ESC}[0m words are plain words. {BODY}",
    ).encode(),
    "osc-clipboard-hyperlink.txt": _page(
        f"{ESC}]52;c;cm0gLXJmIH4v{BEL}No clipboard write happens here.",
        f"Read the {ESC}]8;;https://evil.example/{ST}council report{ESC}]8;;{ST} in full.",
        f"{ESC}]0;pwned title{BEL}The window title stays as it was. {BODY}",
        f"{ESC}P1$qm{ST}A device control string is gone too.",
    ).encode(),
    "c1-controls.txt": _page(
        "An 8-bit CSI \u009b2J clears nothing and \u009d0;title\u0007 sets no title.",
        "Other C1 controls \u0085next line, \u0090DCS\u009c and \u0084 index are removed.",
        BODY,
    ).encode(),
    "c1-raw-byte.txt": _page("A raw 8-bit CSI byte \x9b2J in a file that is not UTF-8, déjà.", "The council met on Tuesday.").encode("latin-1"),
    "bare-esc-bel.txt": _page(
        f"A bare escape {ESC} and a bell {BEL}{BEL} make no sound.",
        f"Escape at the end of a line{ESC}",
        BODY,
    ).encode(),
    "overprint.txt": _page(
        "The budget is safe\b\b\b\bgone and bold is b\bbo\bol\bld.",
        "Progress 10%\rThe council met on Tuesday to vote on the ferries.",
        BODY,
    ).encode(),
    "rich-markup.txt": _page(
        "[bold red]Alarm[/bold red] in the [link=file:///etc/passwd]harbour[/link] office.",
        "Press [@click=app.quit]here[/] to quit, or [reverse]not[/]. Escaped \\[bold] stays too.",
        "Markup [b]unclosed and [/i] closing nothing [/]. " + BODY,
    ).encode(),
    "bidi-zero-width.txt": _page(
        "The file invoice\u202egpj.exe\u202c looks like an image.",
        "Isolates \u2066left\u2069, \u2067right\u2069, \u2068first\u2069 and embeddings \u202aLTR\u202c \u202bRTL\u202c \u202dLRO\u202c.",
        "Zero\u200bwidth sp\u200cace and jo\u200diner, a word\u2060joiner and a soft hy\u00adphen hide in council\u200b.",
        BODY,
    ).encode(),
    "utf8-invalid.txt": _page("Naïve café: a broken byte @FF@ here and a cut sequence @E282@ there.", "Euros € and naïve text stay.")
    .encode()
    .replace(b"@FF@", b"\xff")
    .replace(b"@E282@", b"\xe2\x82"),
    "utf8-bom.txt": b"\xef\xbb\xbf" + _page("A UTF-8 file with a byte-order mark, naïve café.", BODY).encode(),
    "utf16-le-bom.txt": _page("UTF-16 little-endian with a byte-order mark, naïve.", BODY).encode("utf-16"),
    "utf16-be-bom.txt": b"\xfe\xff" + _page("UTF-16 big-endian with a byte-order mark, naïve.", BODY).encode("utf-16-be"),
    "utf16-le-nobom.txt": _page("UTF-16 little-endian with no byte-order mark, naïve.", BODY).encode("utf-16-le"),
    "utf16-be-nobom.txt": _page("UTF-16 big-endian with no byte-order mark, naïve.", BODY).encode("utf-16-be"),
    "cp1251.txt": CYRILLIC.encode("cp1251"),
    "cp1252.txt": ACCENTED.encode("cp1252"),
    "mixed-encodings.txt": _page("This line is UTF-8: naïve café €.", BODY).encode()
    + "Cette ligne est en cp1252 : déjà vu, « guillemets » et ‘apostrophes’.\n".encode("cp1252"),
    "nul-bytes.txt": _page("NUL\x00bytes\x00 sit inside\x00 this line.", BODY).encode(),
    "image.txt": _png(),
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n \r\n\n   \n",
}



@dataclass(frozen=True)
class Expect:
    """What briefbook must do with one hostile article.

    `opens`: the article is read into the briefing (else it is skipped and `message` is the problem);
    `message`: the notice (or problem) that says what was wrong; `contains`: paragraphs that must be
    in the reading text exactly; `encoding`: the encoding reported.
    """

    opens: bool
    message: str | None
    contains: tuple[str, ...] = ()
    encoding: str | None = None


_CONTROLS_REMOVED = "control characters and escape sequences removed"

EXPECTED: dict[str, Expect] = {
    "csi-clear-screen.txt": Expect(True, _CONTROLS_REMOVED, (
        "The screen was not cleared.",
        "Cursor moves and erasing the alternate screen hide nothing.",
        "Coloured words are plain words. " + BODY,
    )),
    "osc-clipboard-hyperlink.txt": Expect(True, _CONTROLS_REMOVED, (
        "No clipboard write happens here.",
        "Read the council report in full.",
        "The window title stays as it was. " + BODY,
        "A device control string is gone too.",
    )),
    # U+0085 (NEL) is a line break; the other C1 controls and the strings they open are removed.
    "c1-controls.txt": Expect(True, _CONTROLS_REMOVED, (
        "An 8-bit CSI clears nothing and sets no title.",
        "next line, and index are removed.",
    )),
    # A raw 0x9B byte is not UTF-8: the file is read as cp1252, where 0x9B is a harmless '›'.
    "c1-raw-byte.txt": Expect(True, "not UTF-8: read as cp1252", (
        "A raw 8-bit CSI byte ›2J in a file that is not UTF-8, déjà.",
    ), "cp1252"),
    # A bare ESC is removed on its own: the words after it are kept.
    "bare-esc-bel.txt": Expect(True, _CONTROLS_REMOVED, (
        "A bare escape and a bell make no sound.",
        "Escape at the end of a line",
    )),
    # Backspaces are resolved as a terminal shows them; a carriage return starts a new line.
    "overprint.txt": Expect(True, _CONTROLS_REMOVED, (
        "The budget is gone and bold is bold.",
        "Progress 10%",
        "The council met on Tuesday to vote on the ferries.",
    )),
    # Markup is text: it reaches the JSON (and the reader) literally.
    "rich-markup.txt": Expect(True, None, (
        "[bold red]Alarm[/bold red] in the [link=file:///etc/passwd]harbour[/link] office.",
        "Press [@click=app.quit]here[/] to quit, or [reverse]not[/]. Escaped \\[bold] stays too.",
        "Markup [b]unclosed and [/i] closing nothing [/]. " + BODY,
    )),
    # Bidi controls and zero-width characters are kept, for the reader to show visibly.
    "bidi-zero-width.txt": Expect(True, None, (
        "The file invoice\u202egpj.exe\u202c looks like an image.",
        "Zero\u200bwidth sp\u200cace and jo\u200diner, a word\u2060joiner and a soft hy\u00adphen hide in council\u200b.",
    )),
    "utf8-invalid.txt": Expect(True, "invalid UTF-8 bytes replaced with �", (
        "Naïve café: a broken byte � here and a cut sequence � there.",
        "Euros € and naïve text stay.",
    ), "utf-8"),
    "utf8-bom.txt": Expect(True, None, ("A UTF-8 file with a byte-order mark, naïve café.",), "utf-8-sig"),
    "utf16-le-bom.txt": Expect(True, None, ("UTF-16 little-endian with a byte-order mark, naïve.",), "utf-16"),
    "utf16-be-bom.txt": Expect(True, None, ("UTF-16 big-endian with a byte-order mark, naïve.",), "utf-16"),
    "utf16-le-nobom.txt": Expect(True, "read as utf-16-le (no byte-order mark)", (
        "UTF-16 little-endian with no byte-order mark, naïve.",
    ), "utf-16-le"),
    "utf16-be-nobom.txt": Expect(True, "read as utf-16-be (no byte-order mark)", (
        "UTF-16 big-endian with no byte-order mark, naïve.",
    ), "utf-16-be"),
    "cp1251.txt": Expect(True, "not UTF-8: read as cp1251", (
        "Городской совет одобрил бюджет в 12 миллионов евро на два новых парома.",
        "«Это хороший день для островов», — сказала мэр Ана Руис.",
    ), "cp1251"),
    "cp1252.txt": Expect(True, "not UTF-8: read as cp1252", (
        "Le conseil a approuvé un budget de 12 millions d’euros — « une décision évidente », a déclaré l’élue.",
        "“Café, naïve, résumé”: the council’s report was long.",
    ), "cp1252"),
    # Each line is read in its own encoding: nothing becomes �.
    "mixed-encodings.txt": Expect(True, "mixed encodings: 1 line not UTF-8, read as cp1252", (
        "This line is UTF-8: naïve café €.",
        "Cette ligne est en cp1252 : déjà vu, « guillemets » et ‘apostrophes’.",
    ), "utf-8+cp1252"),
    "nul-bytes.txt": Expect(True, "NUL bytes removed", ("NULbytes sit inside this line.",)),
    "image.txt": Expect(False, "the file is not text (binary data): skipped"),
    "empty.txt": Expect(False, "the article file is empty"),
    "whitespace.txt": Expect(False, "the article file holds only white space"),
}

# Each manifest of briefings/: the exit status of `briefbook check`, and its problems as
# (line, message fragment). Status 2: the manifest cannot be used at all.
MANIFESTS: dict[str, tuple[int, tuple[tuple[int, str], ...]]] = {
    "alias-bomb.yaml": (2, ((3, "YAML aliases (*name) are not allowed"),)),
    "python-object.yaml": (2, ((1, "the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),)),
    "syntax-error.yaml": (2, ((6, "YAML syntax error: found unexpected end of stream (while scanning a quoted scalar that starts at line 4, column 13)"),)),
    "bad-indent.yaml": (2, ((4, "(while parsing a block collection that starts at line 3, column 3)"),)),
    "not-a-mapping.yaml": (2, ((1, "a manifest must be a mapping with an 'articles' list, not a list"),)),
    "empty.yaml": (2, ((1, "the manifest is empty"),)),
    "not-utf8.yaml": (2, ((1, "the manifest is not UTF-8 text"),)),
    "wrong-type-articles.yaml": (2, ((2, "'articles' must be a list, not text"),)),
    "wrong-types.yaml": (1, (
        (1, "'title' must be text, not a list"),
        (2, "'description' must be text, not a mapping"),
        (3, "'questions' must be a list, not text"),
        (4, "'actors' must be a list, not a mapping"),
        (6, "article 1: 'file' must be text, not a list"),
        (8, "article 2: 'outlet' must be text, not a list"),
        (9, "article 2: 'date' must be a date (YYYY-MM-DD), not true/false"),
        (10, "article 2: 'title' must be text, not a mapping"),
        (11, "article 2: 'drop' must be a list, not text"),
        (12, "article 2: 'id' must be text, not a list"),
        (13, "article 3: must be a mapping with a 'file' key, not text"),
        (14, "article 4: must be a mapping with a 'file' key, not a number"),
    )),
    "duplicate-keys.yaml": (1, ((2, "manifest: duplicate key 'title'"), (6, "article 1: duplicate key 'outlet'"))),
    "unknown-keys.yaml": (1, (
        (1, "manifest: unknown key 'titel' (did you mean 'title'?)"),
        (4, "article 1: unknown key 'outlett' (did you mean 'outlet'?)"),
        (5, "article 1: unknown key 'published' (known keys: file, outlet, date, title, drop, id)"),
    )),
    "bad-dates.yaml": (1, (
        (4, "article 1: 'date' is not a date: '2025-02-30' (write YYYY-MM-DD)"),
        (6, "article 2: 'date' is not a date: 'yesterday' (write YYYY-MM-DD)"),
        (8, "article 3: 'date' is not a date: '13/03/2025' (write YYYY-MM-DD)"),
        (10, "article 4: 'date' is not a date: '20250313' (write YYYY-MM-DD)"),
    )),
    "outside-dotdot.yaml": (1, ((3, "leaves the briefing's folder (pass --allow-outside to permit it)"),)),
    "missing-file.yaml": (1, ((4, "the article file does not exist: no-such-article.txt"),)),
    "lists-itself.yaml": (1, ((3, "the manifest lists itself as an article"),)),
    "duplicate-articles.yaml": (1, ((5, "article file './../articles/cp1252.txt' is listed twice (first at line 3)"),)),
    "escapes-in-strings.yaml": (1, ((7, "article 1: unknown key '⟨U+001B⟩[2Jkey'"),)),
}

ONE_LINE_BYTES = 10 * 1024 * 1024
PARAGRAPHS = 100_000


def write_small(folder: Path = ARTICLES) -> list[Path]:
    """Write the small hostile articles into a folder; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in SMALL.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def one_line(size: int = ONE_LINE_BYTES) -> bytes:
    """One line of prose with no line break at all, `size` bytes long."""
    unit = (BODY + " ").encode()
    return (unit * (size // len(unit) + 1))[:size]


def many_paragraphs(count: int = PARAGRAPHS) -> bytes:
    """`count` one-word paragraphs, each different, separated by blank lines."""
    return "\n\n".join(f"Word{n}" for n in range(count)).encode() + b"\n"


def unclosed_quotes(count: int = 100_000) -> bytes:
    """One paragraph of `count` opening quotation marks that never close (‘a ‘a ‘a ...)."""
    return ("The council said " + "‘a " * count + "and voted.\n").encode()


def write_large(folder: Path, *, oversize: int = 20 * 1024 * 1024 + 1) -> dict[str, Path]:
    """Write the large cases into a folder; the oversize file is sparse, so it costs no disk."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {
        "one-line-10mb.txt": folder / "one-line-10mb.txt",
        "paragraphs-100k.txt": folder / "paragraphs-100k.txt",
        "oversize.txt": folder / "oversize.txt",
    }
    out["one-line-10mb.txt"].write_bytes(one_line())
    out["paragraphs-100k.txt"].write_bytes(many_paragraphs())
    with out["oversize.txt"].open("wb") as fh:
        fh.write(_page(BODY).encode())
        fh.truncate(oversize)
    return out


if __name__ == "__main__":
    for p in write_small(Path(sys.argv[1]) if len(sys.argv) > 1 else ARTICLES):
        print(p)

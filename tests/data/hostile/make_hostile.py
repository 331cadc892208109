"""The hostile-input corpus: every file's bytes, written from one place so that they can be read here.

`python make_hostile.py` rewrites the small committed files of `articles/` beside this script.
The large cases (a 10 MB line, 100,000 paragraphs, a file over the size bound) are not committed:
tests write them into a temporary folder with `write_large`.
"""

from __future__ import annotations

import struct
import sys
import zlib
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

# name -> (bytes, what it is). The expectations live in cases.yaml.
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

"""Reading article bytes: each encoding decoded and reported, and each sanitising rule applied."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from briefbook.core.reading import (
    NotAFileError,
    TooLargeError,
    decode_bytes,
    looks_binary,
    printable,
    read_bounded,
    sanitize,
)
from briefbook.core.text import fold

LATIN = "Le conseil a approuvé le budget — « déjà vu », a dit l’élue.\n"
CYRILLIC = "Городской совет одобрил бюджет на два новых парома.\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding", "notice"),
    [
        (LATIN.encode(), LATIN, "utf-8", None),
        (codecs.BOM_UTF8 + LATIN.encode(), LATIN, "utf-8-sig", None),
        (LATIN.encode("utf-16"), LATIN, "utf-16", None),
        (codecs.BOM_UTF16_BE + LATIN.encode("utf-16-be"), LATIN, "utf-16", None),
        (LATIN.encode("utf-16-le"), LATIN, "utf-16-le", "read as utf-16-le (no byte-order mark)"),
        (LATIN.encode("utf-16-be"), LATIN, "utf-16-be", "read as utf-16-be (no byte-order mark)"),
        (CYRILLIC.encode("utf-16-le"), CYRILLIC, "utf-16-le", "read as utf-16-le (no byte-order mark)"),
        (LATIN.encode("cp1252"), LATIN, "cp1252", "not UTF-8: read as cp1252"),
        (CYRILLIC.encode("cp1251"), CYRILLIC, "cp1251", "not UTF-8: read as cp1251"),
        ("Café approuvé.\n".encode("cp1252"), "Café approuvé.\n", "cp1252", "not UTF-8: read as cp1252"),
        (
            LATIN.encode() + CYRILLIC.encode("cp1251"),
            LATIN + CYRILLIC,
            "utf-8+cp1251",
            "mixed encodings: 1 line not UTF-8, read as cp1251",
        ),
        ("Naïve: a bad byte ".encode() + b"\xff here.\n", "Naïve: a bad byte � here.\n", "utf-8", "invalid UTF-8 bytes replaced with �"),
        ("Cut € ".encode() + b"\xe2\x82 short.\n", "Cut € � short.\n", "utf-8", "invalid UTF-8 bytes replaced with �"),
    ],
)
def test_each_encoding_is_decoded_and_reported(data: bytes, text: str, encoding: str, notice: str | None) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == encoding
    if notice is None:
        assert decoded.notices == ()
    else:
        assert notice in decoded.notices


ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (f"{ESC}[2J{ESC}[Hcleared", "cleared"),
        (f"a {ESC}[10;20Hmove {ESC}[1Aup {ESC}[?1049halt", "a move up alt"),
        (f"{ESC}[1;31mred{ESC}[0m", "red"),
        (f"{ESC}]52;c;cm0gLXJm{ESC}\\copy", "copy"),
        (f"{ESC}]52;c;cm0gLXJm\x07copy", "copy"),
        (f"{ESC}]8;;https://x.example/{ESC}\\link{ESC}]8;;{ESC}\\ text", "link text"),
        (f"{ESC}]0;title\x07body", "body"),
        (f"{ESC}P1$qm{ESC}\\dcs", "dcs"),
        (f"{ESC}_apc{ESC}\\ok", "ok"),
        ("\u009b2Jc1", "c1"),
        ("\u009d0;t\u0007osc", "osc"),
        ("\u0090dcs\u009cafter", "after"),
        ("a\u0084b\u009fc", "abc"),
        (f"bare {ESC} escape", "bare  escape"),
        (f"trailing{ESC}", "trailing"),
        (f"{ESC}7saved{ESC}8", "saved"),
        ("ring\x07\x07", "ring"),
        ("nul\x00byte", "nulbyte"),
        ("del\x7fete", "delete"),
        ("form\x0cfeed\x0bvt", "formfeedvt"),
        ("safe\b\b\b\bgone", "gone"),
        ("b\bbo\bol\bld", "bold"),
        ("\b\bstart", "start"),
        ("tab\tkept", "tab\tkept"),
        ("carriage\rreturn", "carriage\nreturn"),
        ("windows\r\nline", "windows\nline"),
        ("next\u0085line", "next\nline"),
        ("para\u2029sep", "para\nsep"),
        ("line\u2028sep", "line\nsep"),
        ("no\u00a0break\u202fnarrow\u2009thin\u3000ideo", "no break narrow thin ideo"),
        ("\ufeffbom inside\ufeff", "bom inside"),
        ("e\u0301", "é"),
        ("[bold red]markup[/] [link=file:///etc/passwd]x[/link] [@click=app.quit]q[/]", "[bold red]markup[/] [link=file:///etc/passwd]x[/link] [@click=app.quit]q[/]"),
        ("rtl \u202eevil\u202c \u2066iso\u2069 zero\u200bwidth", "rtl \u202eevil\u202c \u2066iso\u2069 zero\u200bwidth"),
        ("Сoalition кириллица", "Сoalition кириллица"),
    ],
)
def test_sanitize(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


def test_sanitize_leaves_no_control_character() -> None:
    every = "".join(chr(c) for c in range(0x00, 0xA0)) + "text"
    out = sanitize(every)
    assert all(ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in out)
    assert out.endswith("text")


def test_bidi_and_zero_width_are_ignored_by_search_folding() -> None:
    assert fold("coun\u200bcil \u202eferry\u202c") == fold("council ferry")
    assert fold("Сoalition") == fold("coalition")


def test_notices_say_what_was_removed() -> None:
    assert decode_bytes(b"a\x1b[2Jb").notices == ("control characters and escape sequences removed",)
    assert decode_bytes(b"a\x00b").notices == ("NUL bytes removed",)
    assert decode_bytes(b"plain text").notices == ()


def test_printable_shows_every_invisible_character() -> None:
    assert printable("a\x1b[2J\u202eb\u200b\n\x9b") == "a⟨U+001B⟩[2J⟨U+202E⟩b⟨U+200B⟩⟨U+000A⟩⟨U+009B⟩"
    assert printable("Кириллица, naïve, [bold]") == "Кириллица, naïve, [bold]"


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", True),
        (b"%PDF-1.7\n", True),
        (b"PK\x03\x04\x14\x00", True),
        (b"\x7fELF\x02\x01\x01", True),
        (bytes(range(32)) * 8, True),
        (b"plain text\n", False),
        (b"", False),
        ("UTF-16 text".encode("utf-16-le"), False),
        ("UTF-16 text".encode("utf-16"), False),
        (b"text with one \x00 NUL in a long line of ordinary words", False),
        ("Ünïcödé text of a café, naïve — ".encode("cp1252") * 50, False),  # a legacy code page is still text
        (b"\x1b[31mred\x1b[0m and \x1b]0;title\x07 " * 40, False),  # escape sequences: hostile text, cleaned later
        ("Κείμενο σε UTF-8, ελληνικά. ".encode() * 300, False),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


@pytest.mark.parametrize("seed", range(20))
def test_random_or_compressed_bytes_are_binary(seed: int) -> None:
    data = random.Random(seed).randbytes(random.Random(seed).randrange(200, 20000))
    assert looks_binary(data)


def test_read_bounded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    assert read_bounded(path, 5) == b"12345"
    with pytest.raises(TooLargeError) as exc:
        read_bounded(path, 4)
    assert exc.value.size == 5
    with pytest.raises(IsADirectoryError):
        read_bounded(tmp_path, 10)
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(NotAFileError):
        read_bounded(tmp_path / "fifo", 10)
    with pytest.raises(NotAFileError):
        read_bounded("/dev/zero", 10)
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing", 10)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Fees &amp; tolls rose by 20&nbsp;percent.", "Fees & tolls rose by 20 percent."),
        ("The board&#8217;s plan, &quot;the best&quot;.", "The board’s plan, \"the best\"."),
        ("AT&T and R&D and &notice stay as written.", "AT&T and R&D and &notice stay as written."),
        ("A break&#10;inside a line", "A break inside a line"),
    ],
)
def test_html_character_references_are_decoded(raw: str, text: str) -> None:
    assert decode_bytes(raw.encode()).text == text


def test_a_character_reference_cannot_smuggle_an_escape_sequence() -> None:
    decoded = decode_bytes(b"Red &#27;[31mtext&#27;[0m here, &#x9b;31m too &#7;")
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in decoded.text)

"""Reading article files: decode whatever the bytes are, and sanitise the text.

Article text is untrusted. After `sanitize`, no C0/C1 control character other than newline
and tab remains, and no terminal escape sequence (CSI, OSC, DCS, ...) survives.
"""

from __future__ import annotations

import codecs
import html
import os
import re
import stat
import unicodedata
from dataclasses import dataclass

from .text import INVISIBLE

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] ... BEL or ST),
# and two-character escapes. Also their 8-bit C1 forms (U+009B CSI, U+009D OSC, ...).
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?      # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])                   # OSC, DCS, SOS, PM, APC
      [^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)                 # ... up to BEL or ST on the same line
  | \x1b[\x21-\x2f]*[\x30-\x7e]?                              # other ESC sequences, bare ESC
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNPRINTABLE = re.compile(rf"[\x00-\x1f\x7f-\x9f\u2028\u2029]|{INVISIBLE.pattern}")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ASCII = bytes(range(0x80))
_LEGACY_SAMPLE = 1 << 16
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_MIXED_SCRIPT_WORD = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")


class NotAFileError(OSError):
    """A path that names a folder, a FIFO or a device rather than a regular file."""


class TooLargeError(OSError):
    """A file over the size bound; `size` is its size in bytes."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file is {size:,} bytes, over the {limit:,}-byte bound")
        self.size = size


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """Read a regular file of at most `limit` bytes, never blocking on a FIFO or reading a device.

    The file is opened without blocking and checked after opening, so a file swapped for a FIFO
    between a check and the read cannot hang the reader.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(f"{os.fspath(path)} is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(f"{os.fspath(path)} is not a regular file")
        if info.st_size > limit:
            raise TooLargeError(info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLargeError(len(data), limit)
    return data


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The text of a file, the encoding it was read with, and what is worth telling the user."""

    text: str
    encoding: str
    notices: tuple[str, ...] = ()


def printable(text: str) -> str:
    """Text safe for one terminal line: control, bidi and invisible characters shown as ⟨U+XXXX⟩."""
    return _UNPRINTABLE.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", text)


def _overprint(line: str) -> str:
    """Resolve backspace and carriage-return overprinting the way a terminal would show it, as plain text."""
    if "\b" not in line:
        return line
    out: list[str] = []
    for ch in line:
        if ch == "\b":
            if out:
                out.pop()
        else:
            out.append(ch)
    return "".join(out)


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group())
    return " " if char in ("\n", "\r", "\r\n") else char


def decode_entities(text: str) -> str:
    """HTML character references left in scraped text ('&amp;', '&#8217;', '&nbsp;') as the characters they name."""
    return _ENTITY.sub(_entity, text) if "&" in text else text


def sanitize(text: str) -> str:
    """Strip escape sequences and control characters, normalise line breaks and odd spaces."""
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_SEPARATORS.sub("\n", text)
    # Every escape sequence opens with a control character (ESC or a C1 code), and so does a backspace:
    # a text without one has nothing more to strip.
    if _CONTROLS.search(text):
        text = _ESCAPES.sub("", text)
        if "\b" in text:
            text = "\n".join(_overprint(line) for line in text.split("\n"))
        text = _CONTROLS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the pattern of NUL bytes; returns the codec or None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    # Alphabetic scripts other than Latin (Cyrillic U+04xx, Greek U+03xx, ...): one half of every
    # code unit is a small block number, which no 8-bit text has at every other byte.
    even_low, odd_low = _low_bytes(even), _low_bytes(odd)
    if odd_low > 0.8 * half and even_low < 0.3 * half and _decodes(data, "utf-16-le"):
        return "utf-16-le"
    if even_low > 0.8 * half and odd_low < 0.3 * half and _decodes(data, "utf-16-be"):
        return "utf-16-be"
    return None


def _low_bytes(data: bytes) -> int:
    """How many bytes are below 0x20 (control codes in 8-bit text, block numbers in UTF-16)."""
    return len(data) - len(data.translate(None, bytes(range(0x20))))


def _decodes(data: bytes, encoding: str) -> bool:
    """True when the data decodes without error."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _score_legacy(text: str) -> int:
    """How plausible a legacy decoding is: letters count, C1 controls and odd symbols count against."""
    score = 0
    for ch in text:
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            score += 2
        elif cat == "Cc" or ch in "¤¦§¨©«¬®°±µ¶·»":
            score -= 1
    return score


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 with the most plausible 8-bit code page."""
    first_high = _HIGH_BYTE.search(data)
    start = max(0, first_high.start() - 64) if first_high else 0
    sample = data[start:start + _LEGACY_SAMPLE]
    candidates = []
    for enc in ("cp1252", "cp1251", "latin-1"):
        try:
            candidates.append((_score_code_page(sample, enc), enc))
        except UnicodeDecodeError:
            continue
    _, best = max(candidates, key=lambda c: c[0])
    return data.decode(best, errors="replace"), best


def _score_code_page(sample: bytes, enc: str) -> int:
    """Score a code page by the letters it makes of the high bytes, and by whether they form words.

    Cyrillic text is mostly high bytes in the letter range, in words of their own; a Cyrillic
    letter inside a Latin word ("approuvй") means the bytes were Latin accents.
    """
    high = sample.translate(None, _ASCII)
    score = _score_legacy(high.decode(enc))
    if enc == "cp1251":
        letters = sum(1 for b in high if b >= 0xC0)
        if letters > 0.7 * max(1, len(high)):
            score += len(high)
        score -= 4 * len(_MIXED_SCRIPT_WORD.findall(sample.decode(enc)))
    return score


def decode_bytes(data: bytes) -> DecodedText:
    """Decode the bytes of an article whatever their encoding, and sanitise the text."""
    notices: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, enc = data.decode("utf-16", errors="replace"), "utf-16"
    elif guess := _looks_utf16(data):
        text, enc = data.decode(guess, errors="replace"), guess
        notices.append(f"read as {guess} (no byte-order mark)")
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc, more = _decode_not_utf8(data)
            notices.extend(more)
    if "\x00" in text:
        notices.append("NUL bytes removed")
    text = decode_entities(text)
    clean = sanitize(text)
    if _CONTROLS.search(text) and (_ESCAPES.search(text) or _CONTROLS.search(text.replace("\x00", ""))):
        notices.append("control characters and escape sequences removed")
    return DecodedText(clean, enc, tuple(notices))


def _utf8_evidence(data: bytes) -> tuple[int, int]:
    """How many valid multi-byte UTF-8 sequences the bytes hold, and how many decoding errors."""
    sequences = len(_UTF8_SEQUENCE.findall(data))
    errors = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    return sequences, errors


def _decode_not_utf8(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes that are not valid UTF-8: broken UTF-8, a legacy code page, or a mix by line.

    A line that holds at least as many valid UTF-8 sequences as errors is broken UTF-8 (errors
    become �); the other lines are read with the most plausible legacy code page.
    """
    if not _UTF8_SEQUENCE.search(data):
        text, enc = _guess_legacy(data)
        return text, enc, [f"not UTF-8: read as {enc}"]
    kinds: list[str] = []
    lines = data.splitlines(keepends=True)
    for line in lines:
        try:
            line.decode("utf-8")
            kinds.append("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        sequences, errors = _utf8_evidence(line)
        kinds.append("broken" if sequences and sequences >= errors else "legacy")
    legacy_bytes = b"".join(line for line, kind in zip(lines, kinds) if kind == "legacy")
    legacy = _guess_legacy(legacy_bytes)[1] if legacy_bytes else "cp1252"
    text = "".join(
        line.decode(legacy, errors="replace") if kind == "legacy" else line.decode("utf-8", errors="replace")
        for line, kind in zip(lines, kinds)
    )
    notices = []
    if "broken" in kinds:
        notices.append("invalid UTF-8 bytes replaced with �")
    n_legacy = kinds.count("legacy")
    if n_legacy == len(kinds):
        return text, legacy, [f"not UTF-8: read as {legacy}"]
    if n_legacy:
        notices.append(f"mixed encodings: {n_legacy} line{'s' if n_legacy > 1 else ''} not UTF-8, read as {legacy}")
        return text, f"utf-8+{legacy}", notices
    return text, "utf-8", notices


_BINARY_CONTROLS = bytes([*range(0, 9), *range(14, 32)])


def looks_binary(data: bytes) -> bool:
    """True for data that is not text at all (an image, an archive) even if named .txt."""
    if not data:
        return False
    if data.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF")):
        return True
    if _looks_utf16(data) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:8192]
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if nuls > 0.1 * len(sample) or controls > 0.3 * len(sample):
        return True
    # Random or compressed bytes: about one in ten is a control byte, and they are not UTF-8. Text in any
    # encoding has next to none (escape sequences aside, which hostile text may be full of).
    if controls - sample.count(0x1B) > 0.05 * len(sample):
        return not _utf8_sample(sample)
    return False


def _utf8_sample(sample: bytes) -> bool:
    """True when the bytes are UTF-8 (a character cut at the end of the sample allowed)."""
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.reason == "unexpected end of data" and error.start >= len(sample) - 3
    return True

"""Stage 1: article bytes to text: the encoding decided, binary files recognised.

A UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8; a file that is not
valid UTF-8 is decoded as UTF-8 with each undecodable byte replaced by U+FFFD,
and a warning says how many bytes were replaced, unless most of its non-ASCII
bytes do not form UTF-8 at all and it reads as Arabic in Windows-1256 (the
legacy Arabic code page): it is then decoded as Windows-1256, with a warning.
A file with NUL bytes or mostly control characters is binary.
"""
from __future__ import annotations

import codecs


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode article bytes; return the text and the warnings decoding gave."""
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), warnings
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), ["decoded as UTF-16 (byte-order mark)"]
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    non_ascii = sum(b >= 0x80 for b in data)
    valid = sum(len(ch.encode("utf-8")) for ch in text if ord(ch) >= 0x80 and ch != "\ufffd")
    if valid * 2 < non_ascii:
        legacy = data.decode("cp1256", errors="replace")
        letters = [ch for ch in legacy if ch.isalpha()]
        if letters and sum("\u0600" <= ch <= "\u06ff" for ch in letters) * 3 >= len(letters):
            warnings.append("not valid UTF-8: decoded as Windows-1256 (legacy Arabic encoding)")
            return legacy, warnings
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    warnings.append(f"not valid UTF-8: {bad} undecodable byte(s) replaced by U+FFFD")
    return text, warnings


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control characters in the first 8 KB (an image, an archive)."""
    if b"\x00" in data:
        return True
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls * 10 > len(head)


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")  # what looks_binary counts

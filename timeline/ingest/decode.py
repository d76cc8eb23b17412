"""Bytes to text: binary detection and the documented encoding fallback.

Order: a byte-order mark (UTF-8-sig, UTF-16, UTF-32) wins; then UTF-16 without a
BOM when every other byte of an ASCII-looking sample is NUL; then strict UTF-8;
then cp1252; then latin-1, which decodes anything. Every fallback past UTF-8 adds
a warning, because the characters may be wrong.

>>> decode("café".encode("latin-1"), "a.txt").text
'café'
>>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "a.png").binary
True
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
# Control characters that never occur in text (tab, newlines, form feed and escape excluded).
_CONTROL = frozenset(range(0, 32)) - {9, 10, 11, 12, 13, 27}


class Decoded(NamedTuple):
    """The text of a file, or why there is none."""

    text: str
    encoding: str | None
    problems: tuple[str, ...]
    binary: bool = False


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the sample looks like ASCII text in UTF-16."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(data: bytes, ratio: float = 0.10) -> bool:
    """True when a sample of ``data`` holds NUL bytes or too many control characters.

    >>> looks_binary(b"plain text\\n"), looks_binary(b"\\x00\\x01\\x02abc")
    (False, True)
    """
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if 0 in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > ratio


def _strict(data: bytes, encoding: str, truncated: bool) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        # A read cut at max_file_bytes may split the last multi-byte character.
        if truncated and err.start >= len(data) - 4:
            return data[: err.start].decode(encoding, errors="strict")
        return None


def decode(data: bytes, name: str, *, control_ratio: float = 0.10, truncated: bool = False) -> Decoded:
    """Decode ``data`` (the bytes of ``name``) by the fallback chain.

    Parameters
    ----------
    data : bytes
    name : str
        The file, named in every problem.
    control_ratio : float
        Share of control characters above which the data is binary.
    truncated : bool
        The bytes were cut short, so a split character at the end is forgiven.

    Returns
    -------
    Decoded
        ``binary`` is True (and ``text`` empty) for data that is not text.

    Examples
    --------
    >>> decode("hi".encode("utf-16"), "u.txt")
    Decoded(text='hi', encoding='utf-16', problems=('u.txt: decoded as utf-16 (byte-order mark)',), binary=False)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            note = () if encoding == "utf-8-sig" else (f"{name}: decoded as {encoding} (byte-order mark)",)
            return Decoded(text, encoding, note)
    wide = _utf16_without_bom(data)
    if wide:
        text = data.decode(wide, errors="replace")
        return Decoded(text, wide, (f"{name}: no byte-order mark, decoded as {wide} (every other byte NUL)",))
    if looks_binary(data, control_ratio):
        return Decoded("", None, (f"{name}: binary data (NUL bytes or control characters), not text",), True)
    text = _strict(data, "utf-8", truncated)
    if text is not None:
        return Decoded(text, "utf-8", ())
    for encoding in ("cp1252", "latin-1"):
        text = _strict(data, encoding, truncated)
        if text is not None:
            return Decoded(text, encoding, (f"{name}: not valid UTF-8, decoded as {encoding}; "
                                            "some characters may be wrong",))
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover

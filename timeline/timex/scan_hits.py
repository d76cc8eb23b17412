"""Where the trigger words and character shapes of a text stand: the first step of a scan.

One scan finds the trigger words (on bytes, every non-letter a space) and one the
character shapes (years, clocks). Apart from the rule tables because it knows no rule:
only the words of :data:`~timeline.timex.triggers.TRIGGERS` and the shapes of
:data:`~timeline.timex.lexicon.SHAPES`.

>>> _hits("Talks resume on Sunday, 12 May 1998.")
[(13, 15, 'on'), (16, 22, 'sunday'), (27, 30, 'may'), (31, 35, '@year')]
"""

from __future__ import annotations

import re
from itertools import compress

from timeline.timex.lexicon import SHAPES, trie_pattern, word_pattern
from timeline.timex.patterns import first_characters, outside_ascii
from timeline.timex.triggers import TRIGGERS

# Trigger words are whole runs of ASCII letters of the lower-cased text. Every other character becomes a space
# (non-ASCII ones too, one byte each, so positions stay), and the scan runs on those bytes starting with a
# literal space: the regex engine jumps from space to space in C. Should a trigger word ever hold another
# character, the scan runs on the lower-cased text itself (slower, same hits).
_TRIGGER_WORDS = sorted({w for t in TRIGGERS.values() for w in t.scanned if not w.startswith("@")})
# Each byte to its lower-case ASCII letter, every other to a space: the bytes lower-cased and the non-letters
# spaced in one translation, the leading space added to the bytes: two copies of the text fewer than lower-casing
# the bytes and adding the space to the text (0.65% fewer instructions in a pass over TBAQ)
_LETTERS_LOWERED = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
# The characters outside ASCII whose lower case holds an ASCII letter (dotted capital I, Kelvin sign)
_LOWER_TO_ASCII_LETTER = re.compile("[\u0130\u212a]")
_TRIGGER: re.Pattern[bytes] | re.Pattern[str] = (
    re.compile(rb" (" + trie_pattern(_TRIGGER_WORDS).encode() + rb")(?![a-z])")
    if all(w.isascii() and w.isalpha() and w.islower() for w in _TRIGGER_WORDS) else
    re.compile(word_pattern(_TRIGGER_WORDS)))
_SHAPE_NAMES = tuple(name for name in SHAPES if name != "@digit")
# One pass finds every character shape: it steps on a character a shape can start with, looks back one
# character and captures, from there, each shape that matches (all of them, where several do).
_SHAPE = re.compile(rf"{first_characters([SHAPES[n] for n in _SHAPE_NAMES])}(?<=(?="
                    + "|".join(f"(?:{SHAPES[n].pattern})" for n in _SHAPE_NAMES) + ")"
                    + "".join(f"(?=({SHAPES[n].pattern}))?" for n in _SHAPE_NAMES) + "(?s:.))")


def _hits(chunk: str) -> list[tuple[int, int, str]]:
    """Trigger words and character shapes of ``chunk`` as ``(start, end, name)``, sorted by position.

    Each shape keeps only the matches its own ``finditer`` would give (no two of
    one shape overlap), although one pass finds them all.
    """
    hits = _word_hits(chunk) if _WORDS is not None else _trigger_hits(chunk, _TRIGGER)
    ends = [0] * len(_SHAPE_NAMES)
    for match in _shape_matches(chunk):
        for group, name in enumerate(_SHAPE_NAMES, 1):
            start = match.start(group)
            if start >= ends[group - 1]:  # -1 when this shape does not match here
                ends[group - 1] = end = match.end(group)
                hits.append((start, end, name))
    hits.sort()
    return hits


# Where a shape can start, read on the text's bytes (one a character, any outside ASCII a "?"): a digit, an apostrophe
# or a "?" (the typographic one, a digit outside ASCII) becomes "0", the characters a shape holds after its first stay,
# every other becomes a space. Each shape of lexicon.SHAPES starts with a digit or an apostrophe followed by two digits
# (a year, "'97", an ISO date), by a full stop or colon and two digits (a clock), a slash and a digit, "0s" (a decade)
# or an ordinal's letters ("3rd"). A search for that steps from "0" to "0" in C, and _SHAPE, whose first character is
# a class, is tried at a few of the places it stepped through character by character (5.7 -> 4.7 ms a TBAQ pass).
_SHAPE_MARKS = bytes(48 if 48 <= c <= 57 or c in b"'?" else c if c in b":./sntdrh" else 32 for c in range(256))
_SHAPE_AT = re.compile(rb"0(?=00|0s|[:.]00|/0|st|nd|rd|th)")


def _shape_matches(chunk: str) -> list[re.Match[str]]:
    """``list(_SHAPE.finditer(chunk))``: each of its matches is one character long, so finditer tries every place
    and gives the match of each that has one; here only the places :data:`_SHAPE_AT` finds are tried.

    >>> [m.start() for m in _shape_matches("On 3rd May '97, 10:30 in the 1990s")] == [
    ...     m.start() for m in _SHAPE.finditer("On 3rd May '97, 10:30 in the 1990s")]
    True
    """
    match, found = _SHAPE.match, []
    for at in _SHAPE_AT.finditer(chunk.encode("ascii", "replace").translate(_SHAPE_MARKS)):
        shape = match(chunk, at.start())
        if shape is not None:
            found.append(shape)
    return found


def _trigger_hits(chunk: str, trigger: re.Pattern[bytes] | re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The trigger words of ``chunk`` as ``(start, end, word)``: through the byte scan, or on the text."""
    if isinstance(trigger.pattern, str):
        return [(m.start(), m.end(), m.group()) for m in trigger.finditer(chunk.lower())]  # type: ignore[misc]
    # The leading space stands for the start of the text: a word there has a non-letter before it
    letters = _letters(chunk)
    return [(m.start(1) - 1, m.end(1) - 1, m[1].decode()) for m in trigger.finditer(letters)]  # type: ignore[misc]


def _letters(chunk: str) -> bytes:
    """The bytes the trigger words are read on: a space, then ``chunk`` lower-cased with every non-letter a space.

    The bytes are lower-cased, faster than a str holding any non-ASCII character is: the same letters, but for the
    two characters outside ASCII that lower-case to an ASCII letter (tests/timex/test_recognise_speed.py).

    >>> _letters("On May 1, été")
    b' on may     t '
    """
    if _LOWER_TO_ASCII_LETTER.search(outside_ascii(chunk)) is None:
        return b" " + chunk.encode("ascii", "replace").translate(_LETTERS_LOWERED)
    return b" " + chunk.lower().encode("ascii", "replace").translate(_LETTERS_LOWERED)


# The trigger words as bytes, when all are runs of ASCII letters (None otherwise: the scan runs on the text)
_WORDS = frozenset(w.encode() for w in _TRIGGER_WORDS) if isinstance(_TRIGGER.pattern, bytes) else None


def _word_hits(chunk: str) -> list[tuple[int, int, str]]:
    """``_trigger_hits(chunk, _TRIGGER)``, without the regex: the words of the letters looked up in a set.

    In the bytes of :func:`_letters` every run of letters is a word between spaces: split at them, each in the
    set of trigger words is a hit, placed by a search for it between spaces from the last hit's end (no earlier
    place holds it whole: it would be a hit too). A pass over TBAQ tried the trie regex at 113,000 spaces, ~850
    instructions each; this costs a fifth fewer (2.0% of a pass's instructions; the scan 15.2 -> 13.5 ms).

    >>> text = "Talks resume on Sunday; on SUNDAY."
    >>> _word_hits(text) == _trigger_hits(text, _TRIGGER), _word_hits(text)[-1]
    (True, (27, 33, 'sunday'))
    """
    letters = _letters(chunk) + b" "  # a space after the last word too
    words = letters.split(b" ")
    found: list[tuple[int, int, str]] = []
    at, find = 0, letters.find
    for word in compress(words, map(_WORDS.__contains__, words)):  # type: ignore[union-attr]
        at = find(b" %b " % word, at)
        found.append((at, at + len(word), word.decode()))  # at: the space before, the word's place in chunk
        at += len(word)  # the space after it, which may stand before the next
    return found



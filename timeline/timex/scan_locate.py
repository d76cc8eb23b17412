"""Locators: patterns that find where another pattern matches, faster than its own search.

A locator steps in C over the characters a pattern cannot start with and tries the
pattern, rewritten without IGNORECASE, only where it can. It is apart from the rule
tables (:mod:`timeline.timex.scan_index`) because it holds for any pattern, not only
the rules': :mod:`timeline.timex.modifiers` finds its edge and approximation words
through locators too.

>>> word = re.compile("(?i)(?:early|late) ")
>>> search(word, locator(word, ascii_only=True), "In the late 1990s").span()
(7, 12)
"""

from __future__ import annotations

import re

from timeline.timex.patterns import ANY_CHARACTER, case_sensitive, first_characters
from timeline.timex.rule import BOUNDARY, NOT_BEFORE

# The characters of NOT_BEFORE that ASCII text can hold: the boundary test of a locator for narrow text
_ASCII_NOT_BEFORE = first_characters([re.compile(NOT_BEFORE)], ascii_only=True)


def locator(pattern: re.Pattern[str], ascii_only: bool = False, tail: int = 0) -> re.Pattern[str]:
    """A pattern whose matches start exactly where ``pattern`` matches, but which is faster to search for.

    It steps only on the characters ``pattern`` can start with (the regex engine
    skips the others in C), looks back one character and tries ``pattern``,
    rewritten without IGNORECASE, from there. Its own match is that one
    character: read the real match with ``pattern.match`` at its start. With
    ``ascii_only`` it is right for :func:`~timeline.timex.patterns.narrow` text only (ASCII, or with
    typographic quotes and dashes). Falls back to ``pattern``
    itself when the starting characters cannot be read.

    With ``tail``, it finds only the starts at least ``tail`` characters before the end of
    the text searched (``endpos``): a test the regex engine makes at once, before the pattern.

    >>> name, text = re.compile(r"(?<!\\w)[A-Z]\\w+"), "on Sunday and Monday"
    >>> [(tail, locator(name, True, tail).search(text, 4)) for tail in (0, 6, 7)][1:]
    [(6, <re.Match object; span=(14, 15), match='M'>), (7, None)]
    """
    first = first_characters([pattern], ascii_only=ascii_only)
    if first == ANY_CHARACTER:
        return pattern
    # The rule's own boundary test, repeated first (it reads the character before): a letter inside a word
    # fails here at once instead of in the nested try of the whole pattern.
    not_before = _ASCII_NOT_BEFORE if ascii_only else NOT_BEFORE
    boundary = f"(?<!{not_before}{ANY_CHARACTER})" if pattern.pattern.startswith(BOUNDARY) else ""
    try:
        return re.compile(f"{first}{boundary}{_rest(pattern, ascii_only, tail)}", pattern.flags)
    except re.error:  # a pattern that cannot sit inside another (global inline flags)
        return pattern


def _rest(pattern: re.Pattern[str], ascii_only: bool, tail: int) -> str:
    """What a locator tests after its first character: the characters left, then ``pattern`` from that character."""
    # ".{n}" after the first character: the regex engine sees at once whether n characters are left there. Tested
    # after the boundary, which most places where a first character stands fail (inside a word): 0.4% fewer
    # instructions in a pass over TBAQ than tested before it.
    left = f"(?=(?s:.){{{tail - 1}}})" if tail > 1 else ""
    # For ASCII text the pattern is also written without IGNORECASE, which is faster to try; for any text it
    # stays as it is (rewritten it would search ~10% faster there but take three times as long to compile).
    body = (case_sensitive(pattern, ascii_only=True) if ascii_only else None) or pattern.pattern
    return f"{left}(?<=(?={body}){ANY_CHARACTER})"


def lead_locator(pattern: re.Pattern[str], ascii_only: bool = False, tail: int = 0) -> re.Pattern[str] | None:
    """:func:`locator` for a pattern that starts with :data:`~timeline.timex.rule.BOUNDARY`, stepping on the
    character *before* each start: its matches stand one character before ``pattern``'s.

    The regex engine steps over the characters a locator cannot start with in C, but tries the locator at each one
    it can start with. A pattern that can start with many lower-case letters ("in", "the", "two" before a
    duration's unit) starts in the middle of most words, where its boundary test then fails: stepping instead on
    the characters that may stand before a start (spaces and punctuation, about one a word) tries it less often.
    No character stands before the text's first: a start there is :func:`locator`'s to find. None when the
    pattern has no boundary or its first characters are not read.

    >>> name = re.compile(BOUNDARY + "(?:the|two) days")
    >>> [m.start() + 1 for m in lead_locator(name, ascii_only=True).finditer("two days, other days, the days")]
    [22]
    """
    first = first_characters([pattern], ascii_only=ascii_only)
    if first == ANY_CHARACTER or not pattern.pattern.startswith(BOUNDARY):
        return None
    before = "[^" + (_ASCII_NOT_BEFORE if ascii_only else NOT_BEFORE)[1:]
    try:
        return re.compile(f"{before}(?={first}{_rest(pattern, ascii_only, tail)})", pattern.flags)
    except re.error:  # a pattern that cannot sit inside another (global inline flags)
        return None


def search(pattern: re.Pattern[str], locator: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the first match found through ``locator`` (see :func:`locator`)."""
    if locator is pattern:
        return pattern.search(text)
    hit = locator.search(text)
    return None if hit is None else pattern.match(text, hit.start())


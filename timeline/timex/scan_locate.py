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
    # ".{n}" after the first character: the regex engine sees at once whether n characters are left there. Tested
    # after the boundary, which most places where a first character stands fail (inside a word): 0.4% fewer
    # instructions in a pass over TBAQ than tested before it.
    left = f"(?=(?s:.){{{tail - 1}}})" if tail > 1 else ""
    # For ASCII text the pattern is also written without IGNORECASE, which is faster to try; for any text it
    # stays as it is (rewritten it would search ~10% faster there but take three times as long to compile).
    body = (case_sensitive(pattern, ascii_only=True) if ascii_only else None) or pattern.pattern
    try:
        return re.compile(f"{first}{boundary}{left}(?<=(?={body}){ANY_CHARACTER})", pattern.flags)
    except re.error:  # a pattern that cannot sit inside another (global inline flags)
        return pattern


def search(pattern: re.Pattern[str], locator: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, the first match found through ``locator`` (see :func:`locator`)."""
    if locator is pattern:
        return pattern.search(text)
    hit = locator.search(text)
    return None if hit is None else pattern.match(text, hit.start())


"""What a rule is: a compiled pattern and a builder from its match to phase-1 values.

A rule's pattern may match more than the expression itself (a cue word such as
"in" before a bare month): the named group ``t`` then marks the expression's
span. A builder returns one value for that span, a tuple of :class:`Piece` for
rules that find several expressions at once (ranges), or None to reject.

The end of the module reads patterns, with the standard library's own parser:
:func:`first_characters` (what a match can start with) and :func:`case_sensitive`
(the pattern without IGNORECASE) let the recogniser find each rule's matches
several times faster without changing any of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple, Union

from pydantic import ValidationError

from timeline.timex.lexicon import LEXICON, number_pattern
from timeline.timex.values import Value

class Piece(NamedTuple):
    """One expression a rule found: absolute span and value.

    A named tuple, immutable as a frozen dataclass is: one is built for nearly every match (2,500 in a
    pass over TBAQ), at 0.6 us where the frozen dataclass took 1.0 us.
    """

    start: int
    end: int
    value: Value


Built = Union[Value, tuple[Piece, ...], None]


@dataclass(frozen=True)
class Rule:
    """A named recognition rule; ``priority`` breaks ties between equally long matches.

    ``pair``, when above 0, says that every match holds two of the rule's trigger words
    (``resources/triggers.tsv``), the second starting at most ``pair`` characters after
    the first ("two hours and 14 minutes"): the recogniser then reads the rule only where
    two of them stand that close (:func:`timeline.timex.scan.candidates`), not near each one.
    """

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Built]
    priority: int = 0
    pair: int = 0
    # whether the pattern has the group "t" (read at every match: Pattern.groupindex builds a new mapping proxy)
    marks_span: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "marks_span", "t" in self.pattern.groupindex)

    def pieces(self, match: re.Match[str]) -> tuple[Piece, ...] | None:
        """The expressions of one match: () when the rule declines it, None when it is impossible.

        An impossible date ("February 30, 2018") still claims its span, so that no
        shorter rule reads a part of it ("2018") as if the whole made sense.
        """
        try:
            built = self.build(match)
        except (ValidationError, ValueError, OverflowError):
            return None
        if built is None:
            return ()
        if isinstance(built, tuple):
            return built
        start, end = match.span("t") if self.marks_span else (-1, -1)
        if start < 0:  # no group "t", or it took no part: the whole match
            start, end = match.span()
        return (Piece(start, end, built),)


# Every rule's match starts after none of these characters (not inside a word, number, price or date).
NOT_BEFORE = r"[\w$£€.\-/:]"
BOUNDARY = rf"(?<!{NOT_BEFORE})"


def compile_rule(name: str, pattern: str, build: Callable[[re.Match[str]], Built],
                 priority: int = 0, pair: int = 0) -> Rule:
    """A :class:`Rule` whose pattern is wrapped in word boundaries (it starts with :data:`BOUNDARY`).

    >>> rule = compile_rule("noon", r"(?i:noon)", lambda m: None, pair=0)
    >>> bool(rule.pattern.search("at noon")), bool(rule.pattern.search("afternoon")), rule.pair
    (True, False, 0)
    """
    return Rule(name, re.compile(rf"{BOUNDARY}(?:{pattern})(?![\w%$£€]|[-/:.]\d)"), build, priority, pair)


# Shared regex fragments. Bounded spaces keep every pattern linear (no nested quantifiers).
S = r"[ \t]{1,3}"                     # a space inside an expression (no newline)
SP = r"(?:[ \t]{1,3}|[ \t]?\r?\n[ \t]?)"  # a space that may wrap a line (one break: a blank line parts paragraphs)
MONTH = LEXICON.pattern("month") + r"(?![a-zA-Z])"
MONTH_FULL = LEXICON.pattern("month", abbreviations=False) + r"(?![a-zA-Z])"
WEEKDAY = LEXICON.pattern("weekday") + r"(?![a-zA-Z])"
WEEKDAY_FULL = LEXICON.pattern("weekday", abbreviations=False) + r"(?![a-zA-Z])"
NUM = number_pattern()
UNIT = LEXICON.pattern("unit") + r"(?![a-zA-Z])"
SEASON = LEXICON.pattern("season")
DAYPART = LEXICON.pattern("daypart")
ORDINAL = LEXICON.pattern("ordinal")
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d|2100)"
YEAR = rf"(?:{YEAR4}|['\u2019]\d\d)"
# The adverbs of habit that make a month or a season any one ("Flu usually peaks in February", "usually held in
# summer"): one list for months.py and seasons.py
HABIT_ADVERB = r"(?i:usually|typically|normally|generally|traditionally|customarily|often|always|seldom|rarely)"
EDGE = r"(?i:early|earlier|late|later|mid|middle|the\s+(?:start|beginning|middle|end)\s+of|the\s+(?:early|late|mid))"


def edge_mod(words: str | None) -> str | None:
    """The TIMEX3 mod of an edge word: early -> START, mid -> MID, late/end -> END."""
    if not words:
        return None
    w = words.lower()
    if "mid" in w or "middle" in w:
        return "MID"
    if "early" in w or "start" in w or "beginning" in w or "earlier" in w:
        return "START"
    return "END"


_LEADING_DIGITS = re.compile(r"\d+")  # compiled once: re.match looks its cache up on every call


def day_number(text: str) -> int:
    """The day of a ``15th``-like token.

    >>> day_number("15th"), day_number("3")
    (15, 3)
    """
    return int(_LEADING_DIGITS.match(text)[0])  # type: ignore[index]


def month_number(text: str) -> int:
    """The month number of a month name or abbreviation."""
    return int(LEXICON.lookup("month", text) or 0)


def year_number(text: str) -> tuple[int, bool]:
    """The year of ``2018`` or ``'97`` and whether it had two digits."""
    digits = text.strip("'\u2019")
    return (int(digits), len(digits) == 2)

"""What a rule is: a compiled pattern and a builder from its match to phase-1 values.

A rule's pattern may match more than the expression itself (a cue word such as
"in" before a bare month): the named group ``t`` then marks the expression's
span. A builder returns one value for that span, a tuple of :class:`Piece` for
rules that find several expressions at once (ranges), or None to reject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Union

from pydantic import ValidationError

from timeline.timex.lexicon import LEXICON, number_pattern
from timeline.timex.values import Value


@dataclass(frozen=True)
class Piece:
    """One expression a rule found: absolute span and value."""

    start: int
    end: int
    value: Value


Built = Union[Value, tuple[Piece, ...], None]


@dataclass(frozen=True)
class Rule:
    """A named recognition rule; ``priority`` breaks ties between equally long matches."""

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Built]
    priority: int = 0

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
        group = "t" if "t" in self.pattern.groupindex and match.group("t") is not None else 0
        return (Piece(match.start(group), match.end(group), built),)


def compile_rule(name: str, pattern: str, build: Callable[[re.Match[str]], Built],
                 priority: int = 0) -> Rule:
    """A :class:`Rule` whose pattern is wrapped in word boundaries."""
    return Rule(name, re.compile(rf"(?<![\w$£€.\-/:]){pattern}(?![\w%$£€]|[-/:.]\d)"), build, priority)



_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
ANY_CHARACTER = r"(?s:.)"


def first_characters(patterns: Sequence[re.Pattern[str]]) -> str:
    """A regex character class holding every character a match of one of ``patterns`` can start with.

    It is read from the parsed patterns when each starts with a character, a set
    of characters or a choice between such starts, without case-insensitive
    flags; otherwise the answer is :data:`ANY_CHARACTER`, which is always true.
    A scan that steps only on these characters skips the rest in C.

    >>> first_characters([re.compile(r"[12]\\d|'\\d"), re.compile(r"\\d:\\d\\d")])
    "[12'\\\\d]"
    >>> first_characters([re.compile("(?i:x)")]) == ANY_CHARACTER
    True
    """
    from re import _parser  # the standard library's own reader of patterns; private, hence the fallback

    members: list[str] = []
    try:
        for pattern in patterns:
            if pattern.flags & re.IGNORECASE or not _first_members(_parser.parse(pattern.pattern).data, members):
                return ANY_CHARACTER
    except (AttributeError, TypeError, ValueError):  # a Python whose parser looks different
        return ANY_CHARACTER
    return "[" + "".join(dict.fromkeys(members)) + "]"


def _first_members(items: list, members: list[str]) -> bool:  # type: ignore[type-arg]
    """Add the class members of the first item of a parsed sequence; False when it is not a plain one."""
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name == "LITERAL":
        members.append(re.escape(chr(av)))
    elif name == "IN":
        for kind, value in av:
            kind = str(kind)
            if kind == "LITERAL":
                members.append(re.escape(chr(value)))
            elif kind == "RANGE":
                members.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind == "CATEGORY" and str(value) in _CATEGORIES:
                members.append(_CATEGORIES[str(value)])
            else:  # a negated set cannot join a union written as one class
                return False
    elif name == "BRANCH":
        return all(_first_members(branch.data, members) for branch in av[1])
    elif name == "SUBPATTERN" and not av[1] and not av[2]:  # a group without flags of its own
        return _first_members(av[3].data, members)
    else:
        return False
    return True

# Shared regex fragments. Bounded spaces keep every pattern linear (no nested quantifiers).
S = r"[ \t]{1,3}"                     # a space inside an expression (no newline)
SP = r"(?:[ \t]{1,3}|\s?\n\s?)"       # a space that may wrap a line
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


def day_number(text: str) -> int:
    """The day of a ``15th``-like token."""
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def month_number(text: str) -> int:
    """The month number of a month name or abbreviation."""
    return int(LEXICON.lookup("month", text) or 0)


def year_number(text: str) -> tuple[int, bool]:
    """The year of ``2018`` or ``'97`` and whether it had two digits."""
    digits = text.strip("'\u2019")
    return (int(digits), len(digits) == 2)

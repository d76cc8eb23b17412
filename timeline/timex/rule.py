"""What a rule is: a compiled pattern and a builder from its match to phase-1 values.

A rule's pattern may match more than the expression itself (a cue word such as
"in" before a bare month): the named group ``t`` then marks the expression's
span. A builder returns one value for that span, a tuple of :class:`Piece` for
rules that find several expressions at once (ranges), or None to reject.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Union

from pydantic import ValidationError

from timeline.timex.lexicon import LEXICON, number_pattern

try:  # the standard library's own reader of patterns: private, hence the fallbacks wherever it is used
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - a Python without it
    _re_parser = None  # type: ignore[assignment]
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


# Every rule's match starts after none of these characters (not inside a word, number, price or date).
NOT_BEFORE = r"[\w$£€.\-/:]"
BOUNDARY = rf"(?<!{NOT_BEFORE})"


def compile_rule(name: str, pattern: str, build: Callable[[re.Match[str]], Built],
                 priority: int = 0) -> Rule:
    """A :class:`Rule` whose pattern is wrapped in word boundaries (it starts with :data:`BOUNDARY`)."""
    return Rule(name, re.compile(rf"{BOUNDARY}{pattern}(?![\w%$£€]|[-/:.]\d)"), build, priority)



_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
ANY_CHARACTER = r"(?s:.)"
# What an ASCII letter matches under IGNORECASE besides its two cases (the re documentation lists these four).
_FOLDED = "\u0130\u0131\u017f\u212a"


def first_characters(patterns: Sequence[re.Pattern[str]]) -> str:
    """A regex character class holding every character a match of one of ``patterns`` can start with.

    Read from the parsed patterns: zero-width assertions are passed over, optional
    parts add the starts of what follows them, and letters under a case-insensitive
    flag add their other case. When a pattern can match the empty string or starts
    with something this does not read (a negated set, a non-ASCII cased letter),
    the answer is :data:`ANY_CHARACTER`, which is always true. A scan that steps
    only on these characters skips the others in C.

    >>> first_characters([re.compile(r"[12]\\d|'\\d"), re.compile(r"(?<!\\w)(?:in\\s)?\\d:\\d\\d")])
    "[12'i\\\\d]"
    >>> first_characters([re.compile("x?")]) == ANY_CHARACTER
    True
    """
    members: list[str] = []
    try:
        for pattern in patterns:
            if _sequence_starts(_re_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags, members) is not False:
                return ANY_CHARACTER  # it may match nothing, or it starts with something not read here
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return ANY_CHARACTER
    return "[" + "".join(dict.fromkeys(members)) + "]"


def _sequence_starts(items: list, flags: int, members: list[str]) -> bool | None:  # type: ignore[type-arg]
    """Add the characters a parsed sequence can start with; whether it can match empty, None if unread."""
    for op, av in items:
        empty = _item_starts(str(op), av, flags, members)
        if empty is not True:
            return empty
    return True


def _item_starts(op: str, av, flags: int, members: list[str]) -> bool | None:  # type: ignore[no-untyped-def]
    if op in {"AT", "ASSERT", "ASSERT_NOT"}:  # zero width: what follows starts the match
        return True
    if op == "LITERAL":
        return None if not _add_literal(av, flags, members) else False
    if op == "IN":
        return None if not all(_add_member(str(kind), value, flags, members) for kind, value in av) else False
    if op == "BRANCH":
        empties = [_sequence_starts(branch.data, flags, members) for branch in av[1]]
        return None if None in empties else any(empties)
    if op == "SUBPATTERN":
        _, add, remove, sub = av
        return _sequence_starts(sub.data, (flags | add) & ~remove, members)
    if op in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, _, sub = av
        empty = _sequence_starts(sub.data, flags, members)
        return None if empty is None else empty or low == 0
    if op == "ATOMIC_GROUP":
        return _sequence_starts(av.data, flags, members)
    return None  # any character, a negated literal, a back-reference: not read


def _add_member(kind: str, value, flags: int, members: list[str]) -> bool:  # type: ignore[no-untyped-def]
    if kind == "LITERAL":
        return _add_literal(value, flags, members)
    if kind == "RANGE":
        low, high = chr(value[0]), chr(value[1])
        if flags & re.IGNORECASE and any(chr(c).lower() != chr(c).upper() for c in range(value[0], value[1] + 1)):
            if not (low.isascii() and high.isascii() and low.isalpha() and high.isalpha() and low.islower() == high.islower()):
                return False
            members.extend([low.lower() + "-" + high.lower(), low.upper() + "-" + high.upper(), _FOLDED])
            return True
        members.append(re.escape(low) + "-" + re.escape(high))
        return True
    if kind == "CATEGORY" and str(value) in _CATEGORIES:
        members.append(_CATEGORIES[str(value)])
        return True
    return False  # a negated set cannot join a union written as one class


def _add_literal(code: int, flags: int, members: list[str]) -> bool:
    char = chr(code)
    if not flags & re.IGNORECASE or char.lower() == char.upper():
        members.append(re.escape(char))
        return True
    if not (char.isascii() and char.isalpha()):
        return False
    members.extend([char.lower(), char.upper(), _FOLDED])
    return True


def case_sensitive(pattern: re.Pattern[str]) -> str | None:
    """The source of a pattern that matches exactly where ``pattern`` does, without case-insensitive parts.

    Each letter under ``(?i:...)`` is written as the set of characters it matches
    (``[tT]``), and groups become non-capturing. The regex engine tries a choice
    whose branches start with a plain character or set far faster (it skips a
    branch on its first character) than one under IGNORECASE. None when the
    pattern holds what this does not rewrite (other flags, back-references,
    non-ASCII cased letters under IGNORECASE).

    >>> case_sensitive(re.compile("(?P<w>(?i:in|on))x"))
    '(?:(?:(?:[iIİı][nN]|[oO][nN])))x'
    """
    if pattern.flags & ~re.UNICODE:
        return None
    try:
        return _write(_re_parser.parse(pattern.pattern, pattern.flags).data, False)
    except (AttributeError, TypeError, ValueError, KeyError, LookupError):  # a Python whose parser looks different
        return None


_AT = {"AT_BEGINNING": "^", "AT_END": "$", "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B",
       "AT_BEGINNING_STRING": r"\A", "AT_END_STRING": r"\Z"}
_REPEATS = {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}


def _write(items: list, folded: bool) -> str | None:  # type: ignore[type-arg]
    parts = [_write_item(str(op), av, folded) for op, av in items]
    return None if None in parts else "".join(parts)  # type: ignore[arg-type]


def _write_item(op: str, av, folded: bool) -> str | None:  # type: ignore[no-untyped-def]
    if op == "LITERAL":
        members = _fold(chr(av)) if folded else re.escape(chr(av))
        return None if members is None else members if not folded else f"[{members}]"
    if op == "IN":
        members = [_write_member(str(kind), value, folded) for kind, value in av]
        return None if None in members else "[" + "".join(members) + "]"  # type: ignore[arg-type]
    if op == "BRANCH":
        branches = [_write(branch.data, folded) for branch in av[1]]
        return None if None in branches else "(?:" + "|".join(branches) + ")"  # type: ignore[arg-type]
    if op == "SUBPATTERN":
        _, add, remove, sub = av
        if (add | remove) & ~re.IGNORECASE:
            return None
        inner = _write(sub.data, (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        return None if inner is None else f"(?:{inner})"
    if op in _REPEATS:
        low, high, sub = av
        inner = _write(sub.data, folded)
        bound = f"{{{low},}}" if high == _re_parser.MAXREPEAT else f"{{{low},{high}}}"
        return None if inner is None else f"(?:{inner}){bound}{_REPEATS[op]}"
    if op in {"ASSERT", "ASSERT_NOT"}:
        direction, sub = av
        inner = _write(sub.data, folded)
        head = ("(?=" if op == "ASSERT" else "(?!") if direction == 1 else ("(?<=" if op == "ASSERT" else "(?<!")
        return None if inner is None else f"{head}{inner})"
    if op == "AT":
        return _AT.get(str(av))
    if op == "ANY":
        return "."
    if op == "ATOMIC_GROUP":
        inner = _write(av.data, folded)
        return None if inner is None else f"(?>{inner})"
    return None  # a back-reference, a conditional, a negated literal: not rewritten


def _write_member(kind: str, value, folded: bool) -> str | None:  # type: ignore[no-untyped-def]
    if kind == "LITERAL":
        return _fold(chr(value)) if folded else re.escape(chr(value))
    if kind == "RANGE":
        low, high = value
        if not folded or all(chr(c).lower() == chr(c).upper() for c in range(low, high + 1)):
            return re.escape(chr(low)) + "-" + re.escape(chr(high))
        if high - low > 25:
            return None
        members = [_fold(chr(c)) for c in range(low, high + 1)]
        return None if None in members else "".join(members)  # type: ignore[arg-type]
    if kind == "CATEGORY":
        return _CATEGORIES.get(str(value))
    if kind == "NEGATE" and not folded:
        return "^"
    return None


def _fold(char: str) -> str | None:
    """The class members (escaped) a character matches under IGNORECASE; None for non-ASCII cased ones."""
    if char.lower() == char.upper():
        return re.escape(char)
    if not (char.isascii() and char.isalpha()):
        return None
    # Under IGNORECASE an ASCII letter matches only ASCII letters and these four (the re documentation).
    return "".join(re.escape(c) for c in string.ascii_letters + _FOLDED if re.fullmatch(f"(?i:{char})", c))

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

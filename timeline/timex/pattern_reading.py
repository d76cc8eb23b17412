r"""Reading a compiled pattern as the standard library's own parser reads it: the widest match, and whether every
match holds some character.

Apart from :mod:`timeline.timex.patterns` (what a pattern starts with, the pattern without IGNORECASE), which
reads the same parse: the rules' reaches (:func:`max_width`, :func:`spaced_width`) and the scan's name-bound
rules (:func:`always_holds`) are measured here.

>>> import re
>>> max_width(re.compile(r"(?i:nov)\.?")), always_holds(re.compile("a-b"), "-")
(4, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the standard library's own reader of patterns: private, hence the fallbacks wherever it is used
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - a Python without it
    _re_parser = None  # type: ignore[assignment]

# The repeats of a parsed pattern, each with the mark it is written with after its bounds
_REPEATS = {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}


@lru_cache(maxsize=256)
def _parsed(source: str, flags: int) -> list:  # type: ignore[type-arg]
    """The parsed items of a pattern (read, never changed): each rule's is read four times at import."""
    return _re_parser.parse(source, flags).data


def max_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` can span; None when unbounded or unread.

    A ``$`` reads no character but may stand before a final newline the match does
    not hold: a text holding one more character can still be matched by ``search``.

    >>> max_width(re.compile(r"^,?\\s{1,2}(?:on|at)$")), max_width(re.compile(r"\\d+"))
    (5, None)
    """
    try:
        width = _re_parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return None
    return None if width >= _re_parser.MAXREPEAT else int(width)


def always_holds(pattern: re.Pattern[str], char: str) -> bool:
    """Whether every match of ``pattern`` holds the character ``char``, read from the parsed pattern.

    True only when ``char`` stands as a literal where no match can pass it by: in the
    pattern's own sequence, in every branch of a choice, in a group or a repeat of at least
    one. A lookaround's text is no part of the match; anything not read here counts as no,
    and so does a cased ``char`` (IGNORECASE would let either case stand for it).

    >>> [always_holds(re.compile(s), "-") for s in ("a-", "(?:-|b-)y", "a(?:-)+", "a-?", "a|-", "(?=-).", "a[-y]")]
    [True, True, True, False, False, False, False]
    """
    if char.lower() != char.upper():  # under IGNORECASE a cased literal is either case: left unread
        return False
    try:
        return _sequence_holds(_parsed(pattern.pattern, pattern.flags), ord(char))
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return False


def _sequence_holds(items: list, code: int) -> bool:  # type: ignore[type-arg]
    return any(_item_holds(str(op), av, code) for op, av in items)


def _item_holds(op: str, av, code: int) -> bool:  # type: ignore[no-untyped-def]
    if op == "LITERAL":
        return bool(av == code)
    if op == "SUBPATTERN":
        return _sequence_holds(av[3].data, code)
    if op == "BRANCH":
        return all(_sequence_holds(branch.data, code) for branch in av[1])
    if op in _REPEATS:
        return bool(av[0] >= 1) and _sequence_holds(av[2].data, code)
    if op == "ATOMIC_GROUP":
        return _sequence_holds(av.data, code)
    return False


# "\s+" in a pattern's source, not preceded by an escaped backslash (a literal "\" then "s+")
_BLANK_RUN = re.compile(r"(?<!\\)((?:\\\\)*)\\s\+")


def spaced_width(source: str) -> int | None:
    """The widest match of the pattern ``source`` when each run of blanks (``\\s+``) is one character.

    A trigger's reach (``resources/triggers.tsv``) is counted so: "a couple of" is
    11 characters however many spaces stand between its words.

    >>> spaced_width(r"(?i:a\\s+couple\\s+of)\\s\\d{1,2}"), max_width(re.compile(r"a\\s+couple"))
    (14, None)
    """
    return max_width(re.compile(_BLANK_RUN.sub(r"\1\\s", source)))

r"""Pattern analysis for fast search: what a compiled pattern can start with, and the same pattern
written without IGNORECASE.

The regex engine skips a character set or a plain character in C, and tries a choice fastest when
each branch starts with one; :mod:`timeline.timex.recognise` builds its locators from these.

>>> import re
>>> first_characters([re.compile(r"(?i:nov)\.?")], ascii_only=True)
'[nN]'
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

# The parse is read in pattern_reading, apart; the names marked re-exported are read through this module, where
# they stood before it was split (_re_parser by scan_index, the widths by rules and tests).
from timeline.timex.pattern_reading import _REPEATS, _parsed
from timeline.timex.pattern_reading import _re_parser, always_holds, max_width, spaced_width  # noqa: F401

# What a pattern can start with, and the same pattern without IGNORECASE: the regex engine skips a
# character set or a plain character in C, and tries a choice fastest when each branch starts with one.
ANY_CHARACTER = r"(?s:.)"
_NOTHING = "(?!)"  # what a narrow text never holds (a word or space character outside ASCII, see narrow())
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _ascii_members(code: str) -> str:
    """The ASCII characters a one-character pattern matches, as class members in runs (``0-9A-Z``)."""
    codes = [c for c in range(128) if re.match(code, chr(c))]
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)


# The categories spelled out for narrow text (read from the regex engine itself): a plain bitmap is faster. A
# narrow text may hold non-ASCII characters that are no word or space ("\u2019", "\u2013"): the negated categories
# stay as they are.
_ASCII_CATEGORIES = {name: code if "_NOT_" in name else _ascii_members(code) for name, code in _CATEGORIES.items()}
# A character outside ASCII that a narrow text never holds: a word or space character
_WIDE_CHARACTER = re.compile(r"[\w\s]")
# Somewhere a text is not narrow: a word or space character outside ASCII
_WIDE = re.compile(r"[^\x00-\x7f\W]|[^\x00-\x7f\S]")


def narrow(text: str) -> bool:
    """Whether every character of ``text`` outside ASCII is neither a word character nor a space.

    Such a text (ASCII, or ASCII with typographic quotes, dashes and currency signs, as most
    web articles are) is what the patterns written with ``ascii_only`` are right for: in it
    ``\\d``, ``\\w`` and ``\\s`` hold ASCII characters only and IGNORECASE folds nothing
    onto an ASCII letter (the four letters that fold are word characters).

    >>> narrow("It\u2019s \u201cdone\u201d \u2013 \u00a3200"), narrow("caf\u00e9"), narrow("a\u00a0b"), narrow("\u212a")
    (True, False, False, False)
    """
    return _WIDE.search(outside_ascii(text)) is None


# The bytes of ASCII characters: UTF-8 writes every other character in bytes above them only
_ASCII_BYTES = bytes(range(128))


def outside_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order (none for ASCII text): where a search for such a
    character needs to look.

    A regex searching a whole non-ASCII text for a few rare characters steps through every one of them
    (~15 ns each: 8 ms for :func:`narrow` on TBAQ with typographic quotes); this encodes, drops the ASCII
    bytes and decodes, each in C (~1.5 ns a character). Lone surrogates pass through as they are.

    >>> outside_ascii("It\u2019s \u201cdone\u201d"), outside_ascii("plain"), outside_ascii("\\ud800x\u00e9")
    ('\u2019\u201c\u201d', '', '\\ud800\u00e9')
    """
    if text.isascii():
        return ""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
# What an ASCII letter matches under IGNORECASE besides its two cases (the re documentation lists these four).
_FOLDED = "\u0130\u0131\u017f\u212a"


def first_characters(patterns: Sequence[re.Pattern[str]], *, ascii_only: bool = False) -> str:
    """A regex character class holding every character a match of one of ``patterns`` can start with.

    Read from the parsed patterns: zero-width assertions are passed over, optional
    parts add the starts of what follows them, and letters under a case-insensitive
    flag add their other case. With ``ascii_only`` the class is right for
    :func:`narrow` text only (and faster to test). When a pattern can match the empty string or
    starts with something this does not read (a negated set, a non-ASCII cased
    letter under IGNORECASE), the answer is :data:`ANY_CHARACTER`, always true;
    when no match can start in narrow text (``ascii_only``), it is ``(?!)``.

    >>> first_characters([re.compile("[12]x|'y"), re.compile("(?<!z)(?:in )?[0-9]:")])
    "[12'i0-9]"
    >>> first_characters([re.compile("(?i:k)")], ascii_only=True)
    '[kK]'
    >>> first_characters([re.compile("x?")]) == ANY_CHARACTER
    True
    """
    members: list[str] = []
    try:
        for pattern in patterns:
            data = _parsed(pattern.pattern, pattern.flags)
            if _sequence_starts(data, pattern.flags, ascii_only, members) is not False:
                return ANY_CHARACTER  # it may match nothing, or it starts with something not read here
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return ANY_CHARACTER
    return "[" + "".join(dict.fromkeys(members)) + "]" if members else _NOTHING


def _sequence_starts(items: list, flags: int, ascii_only: bool,  # type: ignore[type-arg]
                     members: list[str]) -> bool | None:
    """Add the characters a parsed sequence can start with; whether it can match empty, None if unread."""
    for op, av in items:
        empty = _item_starts(str(op), av, flags, ascii_only, members)
        if empty is not True:
            return empty
    return True


def _item_starts(op: str, av, flags: int, ascii_only: bool,  # type: ignore[no-untyped-def]
                 members: list[str]) -> bool | None:
    if op in {"AT", "ASSERT", "ASSERT_NOT"}:  # zero width: what follows starts the match
        return True
    if op in {"LITERAL", "IN"}:
        written = _write_item(op, av, bool(flags & re.IGNORECASE), ascii_only)
        if written is None or written == ANY_CHARACTER or op == "IN" and written.startswith("[^"):
            return None  # a negated set cannot join a union written as one class
        if written != _NOTHING:
            members.append(written[1:-1] if written.startswith("[") else written)
        return False
    if op == "BRANCH":
        empties = [_sequence_starts(branch.data, flags, ascii_only, members) for branch in av[1]]
        return None if None in empties else any(empties)
    if op == "SUBPATTERN":
        _, add, remove, sub = av
        return _sequence_starts(sub.data, (flags | add) & ~remove, ascii_only, members)
    if op in _REPEATS:
        low, _, sub = av
        empty = _sequence_starts(sub.data, flags, ascii_only, members)
        return None if empty is None else empty or low == 0
    if op == "ATOMIC_GROUP":
        return _sequence_starts(av.data, flags, ascii_only, members)
    return None  # any character, a negated literal, a back-reference: not read


def case_sensitive(pattern: re.Pattern[str], *, ascii_only: bool = False) -> str | None:
    """The source of a pattern that matches exactly where ``pattern`` does, without case-insensitive parts.

    Each letter under ``(?i:...)`` is written as the set of characters it matches
    (``[tT]``), optional groups as a choice with an empty branch, and groups
    become non-capturing. With ``ascii_only`` the result is right for :func:`narrow`
    text only (``\\d`` becomes ``[0-9]``). None when the pattern holds what this does
    not rewrite (other flags, back-references, non-ASCII cased letters under
    IGNORECASE).

    >>> case_sensitive(re.compile("(?P<w>(?i:in|on))x"), ascii_only=True)
    '(?:(?:(?:[iI][nN]|[oO][nN])))x'
    """
    if pattern.flags & ~re.UNICODE:
        return None
    try:
        return _write(_parsed(pattern.pattern, pattern.flags), False, ascii_only)
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return None


_AT = {"AT_BEGINNING": "^", "AT_END": "$", "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B",
       "AT_BEGINNING_STRING": r"\A", "AT_END_STRING": r"\Z"}
# An optional part as a choice with an empty branch: the same order of tries, without the repeat machinery.
_OPTIONAL = {"MAX_REPEAT": "(?:{}|)", "MIN_REPEAT": "(?:|{})", "POSSESSIVE_REPEAT": "(?>{}|)"}


def _write(items: list, folded: bool, ascii_only: bool) -> str | None:  # type: ignore[type-arg]
    parts = [_write_item(str(op), av, folded, ascii_only) for op, av in items]
    return None if None in parts else "".join(parts)  # type: ignore[arg-type]


def _write_item(op: str, av, folded: bool, ascii_only: bool) -> str | None:  # type: ignore[no-untyped-def]
    if op == "LITERAL":
        member = _write_member(op, av, folded, ascii_only)
        if member is None or member in {"", re.escape(chr(av))}:
            return _NOTHING if member == "" else member
        return f"[{member}]"
    if op == "IN":
        members = [_write_member(str(kind), value, folded, ascii_only) for kind, value in av]
        if None in members:
            return None
        joined = "".join(members)  # type: ignore[arg-type]
        return _NOTHING if joined == "" else ANY_CHARACTER if joined == "^" else f"[{joined}]"
    if op == "NOT_LITERAL" and not folded:
        return ANY_CHARACTER if ascii_only and _never_in_narrow(chr(av)) else f"[^{re.escape(chr(av))}]"
    if op == "BRANCH":
        branches = [_write(branch.data, folded, ascii_only) for branch in av[1]]
        if None in branches:
            return None
        return "(?:" + "|".join(_guard(branch.data, folded, ascii_only) + written  # type: ignore[operator]
                                for branch, written in zip(av[1], branches)) + ")"
    if op == "SUBPATTERN":
        _, add, remove, sub = av
        if (add | remove) & ~re.IGNORECASE:
            return None
        inner = _write(sub.data, (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, ascii_only)
        return None if inner is None else f"(?:{inner})"
    if op in _REPEATS:
        low, high, sub = av
        inner = _write(sub.data, folded, ascii_only)
        if inner is None:
            return None
        single = len(sub.data) == 1 and str(sub.data[0][0]) in {"LITERAL", "NOT_LITERAL", "IN", "ANY"}
        if (low, high) == (0, 1) and not single:  # one character repeats fast anyway
            return _OPTIONAL[op].format(inner)
        bound = f"{{{low},}}" if high == _re_parser.MAXREPEAT else f"{{{low},{high}}}"
        return f"(?:{inner}){bound}{_REPEATS[op]}"
    if op in {"ASSERT", "ASSERT_NOT"}:
        direction, sub = av
        inner = _write(sub.data, folded, ascii_only)
        head = ("(?=" if op == "ASSERT" else "(?!") if direction == 1 else ("(?<=" if op == "ASSERT" else "(?<!")
        return None if inner is None else f"{head}{inner})"
    if op == "AT":
        return _AT.get(str(av))
    if op == "ANY":
        return "."
    if op == "ATOMIC_GROUP":
        inner = _write(av.data, folded, ascii_only)
        return None if inner is None else f"(?>{inner})"
    return None  # a back-reference, a conditional: not rewritten


# The regex engine skips a branch that starts with a literal or a set at once when the character there fails it; a
# branch starting with anything else (a lookaround, a group, a repeat) is entered and tried: these get a guard
_GUARDED = frozenset({"ASSERT", "ASSERT_NOT", "SUBPATTERN", "BRANCH", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT",
                      "ATOMIC_GROUP", "AT"})


def _guard(items: list, folded: bool, ascii_only: bool) -> str:  # type: ignore[type-arg]
    """A lookahead for the characters a branch can start with, when the branch starts with something slow to fail.

    A lookahead adds no condition a match does not meet (every match of the branch starts
    with one of these characters: :func:`first_characters`), so the rewritten pattern matches
    where the branch did; but a text character outside the set now fails in one test, where
    the branch would have been entered first (``(?!(?<=In )...)[1-9]\\d{3}`` read its five
    lookbehinds at every word). Empty when the branch can match nothing or is not read.

    >>> _guard(_parsed(r"(?!(?<=In )19)[1-9]\\d", 0), False, True), _guard(_parsed("ab", 0), False, True)
    ('(?=[1-9])', '')
    """
    if not items or str(items[0][0]) not in _GUARDED:
        return ""
    members: list[str] = []
    try:
        empty = _sequence_starts(items, re.IGNORECASE if folded else 0, ascii_only, members)
    except (AttributeError, TypeError, ValueError, KeyError):  # a Python whose parser looks different
        return ""
    return f"(?=[{''.join(dict.fromkeys(members))}])" if empty is False and members else ""


def _write_member(kind: str, value, folded: bool, ascii_only: bool) -> str | None:  # type: ignore[no-untyped-def]
    if kind == "LITERAL":
        char = chr(value)
        if ascii_only and _never_in_narrow(char):
            return ""  # never in narrow text
        return _fold(char, ascii_only) if folded and char.lower() != char.upper() else re.escape(char)
    if kind == "RANGE":
        low, high = value
        if not folded or all(chr(c).lower() == chr(c).upper() for c in range(low, high + 1)):
            return re.escape(chr(low)) + "-" + re.escape(chr(high))
        members = [_fold(chr(c), ascii_only) if chr(c).lower() != chr(c).upper() else re.escape(chr(c))
                   for c in range(low, high + 1)] if high - low < 64 else [None]
        return None if None in members else "".join(members)  # type: ignore[arg-type]
    if kind == "CATEGORY":
        return (_ASCII_CATEGORIES if ascii_only else _CATEGORIES).get(str(value))
    if kind == "NEGATE" and not folded:
        return "^"
    return None


def _never_in_narrow(char: str) -> bool:
    """Whether a :func:`narrow` text never holds ``char``: a word or space character outside ASCII."""
    return not char.isascii() and _WIDE_CHARACTER.match(char) is not None


def _fold(char: str, ascii_only: bool) -> str | None:
    """The characters (escaped) a cased character matches under IGNORECASE; None unless it is an ASCII letter."""
    return (_ASCII_FOLDS if ascii_only else _FOLDS).get(char)


# ASCII letter -> what it matches under IGNORECASE, read from the regex engine: only ASCII letters and the
# four of _FOLDED can (the re documentation), so trying those is enough.
_FOLDS = {letter: "".join(re.escape(c) for c in string.ascii_letters + _FOLDED if re.fullmatch(f"(?i:{letter})", c))
          for letter in string.ascii_letters}
_ASCII_FOLDS = {letter: "".join(c for c in folds if c.isascii()) for letter, folds in _FOLDS.items()}

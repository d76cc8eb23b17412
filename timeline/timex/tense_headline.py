"""What a headline's shape tells the tense reader (:mod:`timeline.timex.tense`): a headline leaves out "is" and
"will", so a plan's participle and "for" look ahead ("Strike Planned For Monday Morning", "Opposition Calls Strike
For Friday"), and the event a headline's news came "after" is behind ("Police Arrest 12 After Saturday Night
Clashes"); a capitalised cue word inside a sentence is a name, not a verb ("Will Fed Hike in March?").

A headline's present with no such cue is left to the nearest reading, as docs/timex.md says ("Storm hits coast on
Sunday" said on a Monday is the day before; "Senate votes on tax bill Friday" said on a Thursday the day after).

>>> text = "Opposition Calls Strike For Friday"
>>> headline_ahead(text, 28, 34, (text[:28], ""), False)
True
"""

from __future__ import annotations

import re
import string

from timeline.timex.tense_sides import WORD, side_words
from timeline.timex.verbs import CUE_WORDS
from timeline.timex.verbs_complement import inflected

__all__ = ["headline_ahead", "headline_behind", "headline_statement", "inflected", "lowered"]

# A line of running text ends with a stop, and closing marks may follow it
_STOPS, _CLOSING_MARKS = (".", "!", "?"), "\"'\u201d)"


def headline_ahead(text: str, start: int, end: int, sides: tuple[str, str], decided: bool) -> bool:
    """Whether a headline's "for" puts the expression ahead: a plan's participle before it with no auxiliary
    ("Rally Planned For Independence Day"), or no cue at all ("Opposition Calls Strike For Friday"), and no past
    told after it ("Strike Planned For Monday Called Off").

    Parameters
    ----------
    text : str
        The whole text; ``start`` and ``end`` the expression's span in it.
    sides : tuple of (str, str)
        The clause's text left and right of the expression.
    decided : bool
        Whether a cue of the clause decided its tense.

    Examples
    --------
    >>> text = "Strike Planned For Monday Called Off"
    >>> headline_ahead(text, 19, 25, (text[:19], text[25:]), True)
    False
    """
    left, right = sides
    if _TOLD_PAST.search(right) or not headline_statement(text, start, end):
        return False
    if _SET_FOR.search(left):
        return True  # "Lawmakers Set For Vote On Friday": the participle's "for" names what is coming, then when
    # "for" right before the expression, which ends its phrase ("Fans Thank Team For Saturday Win" thanks for a win)
    return (not decided or bool(_PLANNED_FOR.search(left))) and bool(_FOR.search(left)) and not _NOUN_AFTER.match(right)


def headline_behind(text: str, start: int, end: int, left: str) -> bool:
    """Whether a headline with no cue tells news that came after the expression's event ("after" before it).

    Parameters
    ----------
    text : str
        The whole text; ``start`` and ``end`` the expression's span in it.
    left : str
        The clause's text left of the expression.

    Examples
    --------
    >>> text = "Police Arrest 12 After Saturday Night Clashes"
    >>> headline_behind(text, 23, 37, text[:23]), headline_behind("Talks On Saturday Night", 9, 23, "Talks On ")
    (True, False)
    """
    if not _AFTER.search(left) or _AWAITING.search(left) or not headline_statement(text, start, end):
        return False  # "Markets Brace For Volatility After Sunday Vote": what is braced for is still ahead
    first = text.rfind("\n", max(0, start - _LONGEST_TITLE), start) + 1  # a heading's line: at most its length
    last = text.find("\n", end, end + _LONGEST_TITLE)
    return not _ASKING.search(text[first:len(text) if last < 0 else last])


# A plan's participle and "for" before the expression, no auxiliary before it ("was planned for" is a cue)
_PLANNED_FOR = re.compile(r"(?i)(?<!was )(?<!were )(?<!been )(?<!had )\b(?:planned|set|scheduled|slated|penciled"
                          r"|pencilled|earmarked|booked|fixed|called)[ \t]+for[ \t]+(?:the[ \t]+)?$")
# "set for" a thing, then a preposition of time: no "for" a time ("Senators Called For Calm On Sunday" called then)
_SET_FOR = re.compile(r"(?i)(?<!was )(?<!were )(?<!been )(?<!had )\b(?:set|scheduled|slated|poised|planned)[ \t]+for"
                      r"(?:[ \t]+[\w'-]+){1,4}?[ \t]+(?:on|in|at|by)[ \t]+(?:the[ \t]+)?$")
_NOUN_AFTER = re.compile(r"[ \t]*[A-Za-z]{3,}")  # a word right after the expression: the day names a kind of thing
_AFTER = re.compile(r"(?i)\bafter\b")
# Verbs of getting ready or waiting: the news is before the event ("Fans Prepare For Party After Saturday Final")
_AWAITING = re.compile(r"(?i)\b(?:brac|prepar|gear|readi|await|wait|eye|weigh|plan|look|expect|hope|fear)[a-z]*\b")
# A question or an explainer looks ahead from now ("What Happens After Friday Deadline")
_ASKING = re.compile(r"(?i)^\s*(?:what|how|why|when|who|where|will|can|could|should|is|are)\b|\?\s*$")
_FOR = re.compile(r"(?i)\bfor[ \t]+(?:the[ \t]+)?$")
_TOLD_PAST = re.compile(r"(?i)^[^.;:]*?\b(?:[a-z]+ed|was|were|had|said)\b")  # "Strike Planned For Monday Called Off"
_HEADLINE_WORDS = 3  # a heading says who did what: fewer words ("Monday", "Rain On Saturday") are a label


def headline_statement(text: str, start: int, end: int) -> bool:
    """Whether the expression stands in a line of its own that reads as a headline's statement: no longer than a
    heading, of three words or more besides the expression past any label's colon, no stop at its end, no table's
    row (no "|" nor tab).

    >>> headline_statement("Rebels Seize Town On Sunday", 21, 27), headline_statement("On Sunday", 3, 9)
    (True, False)
    """
    first = text.rfind("\n", max(0, start - _LONGEST_TITLE), start) + 1
    last = text.find("\n", end, end + _LONGEST_TITLE)
    last = len(text) if last < 0 and len(text) <= end + _LONGEST_TITLE else last
    if last < 0 or (first == 0 and start > _LONGEST_TITLE):
        return False
    line = text[first:last]
    if len(line) > _LONGEST_TITLE or "|" in line or "\t" in line or line.rstrip(_CLOSING_MARKS + " ")[-1:] in _STOPS:
        return False  # a stop ends a sentence, even one the expression ends ("airs Friday the 13th at 9 p.m.")
    told = first + line.rfind(":", 0, start - first) + 1  # "Weekend Weather: Rain On Saturday": a label, a forecast
    return len(WORD.findall(text, told, start)) + len(WORD.findall(text, end, last)) >= _HEADLINE_WORDS


_LONGEST_TITLE = 250  # characters, as timeline.timex.headlines reads a heading


# A capitalised word inside a sentence is a name, not the verb it is spelled as: "Will Fed Hike in March?", "the
# Fed", "WILL FED HIKE", "Will Smith", "Theresa May", "Rose" (an "-ed" ending or a cue word read so would decide)
_NAME_TOKEN = "\u00b7name"
# Only the listed cue words and a short "-ed" word ("Fed", "Ted", "Red"): a heading's view keeps the capital of a
# past no list knows ("Mueller Report Released in April"), and that verb still tells its tense (see _short_ed)
_OPENERS = frozenset(".!?:;\"'\u201c\u2018(\n")


def _name_like(word: str, low: str) -> bool:
    """Whether ``word`` (``low`` its lower case) is a capitalised cue word or a short "-ed" word: "Fed", "Will"."""
    return len(word) > 1 and word[0].isupper() and (word[1:].islower() and low in CUE_WORDS or _short_ed(low))


def _short_ed(low: str) -> bool:
    """Whether ``low`` is one or two lower-case ASCII letters and "ed" (r"^[a-z]{1,2}ed$" of a word, which holds no
    line break), told by string tests: most capitalised words of a side are names ("Monday", "Obama") that no cue
    list holds, and the regex match cost them 0.5 us each.

    >>> _short_ed("fed"), _short_ed("shed"), _short_ed("ed"), _short_ed("freed"), _short_ed("o'ed")
    (True, True, False, False, False)
    """
    stem = low[:-2]
    return 0 < len(stem) < 3 and low.endswith("ed") and stem.isascii() and stem.isalpha() and stem.islower()


def _cased(low: str) -> list[str]:
    """Every way to write ``low`` (ASCII) with capitals, the first letter a capital.

    >>> _cased("fed")
    ['Fed', 'FeD', 'FEd', 'FED']
    """
    forms = [low[0].upper()]
    for c in low[1:]:
        forms = [f + v for f in forms for v in dict.fromkeys((c, c.upper()))]
    return forms


_SHORT_ED = [a + b + "ed" for a in string.ascii_lowercase for b in ("", *string.ascii_lowercase)]
# Every word of WORD's (ASCII) that differs from its lower case and that _name_like holds: a cue word capitalised,
# the rest lower-case ("Will"), or one or two letters and "ed" with a capital first, in any case ("Fed", "FED").
# Filtered by _name_like itself; tests/timex/test_speed_tense_s14.py holds lowered to its loop over every word
_NAME_LIKE_WRITTEN = frozenset(
    w for w in (*(low[0].upper() + low[1:] for low in CUE_WORDS if low), *(w for low in _SHORT_ED for w in _cased(low)))
    if w != w.lower() and _name_like(w, w.lower()))


def read_sides(left: str, right: str, window: int) -> tuple[tuple[list[str], list[str]], list[str], list[str]]:
    """The ``window`` words either side as written, and as :func:`lowered` reads them (each side's words and their
    lower case found at once: :func:`~timeline.timex.tense_sides.side_words`).

    >>> read_sides("Officials said Will ", ", he added", 8)
    ((['Officials', 'said', 'Will'], ['he', 'added']), ['officials', 'said', '\xb7name'], ['he', 'added'])
    """
    (left_words, left_low), (right_words, right_low) = side_words(left), side_words(right)
    written = left_words[-window:], right_words[:window]
    return (written, lowered(left, written[0], low=left_low[-window:]),
            lowered(right, written[1], inside=True, low=right_low[:window]))


def lowered(side: str, words: list[str], inside: bool = False, low: list[str] | None = None) -> list[str]:
    """``words`` (the last or first of ``side`` as written) lower-cased, a capitalised cue word inside the sentence
    read as a name (``inside``: the side starts inside a sentence, as the text after an expression does). ``low``:
    ``words`` lower-cased already (a new list, which the result may be).

    >>> lowered("Will Fed Hike in ", ["Will", "Fed", "Hike", "in"])
    ['will', '\xb7name', 'hike', 'in']
    """
    out = [w.lower() for w in words] if low is None else low
    if _NAME_LIKE_WRITTEN.isdisjoint(words):
        return out  # no capitalised word that _name_like holds: one set test in C
    # a word that is its own lower case has no capital to test (the words are WORD's, ASCII); the first word of a
    # side that opens a sentence is no name
    for i in range(0 if inside else 1, len(words)):
        if words[i] != out[i] and _name_like(words[i], out[i]):
            break
    else:
        return out
    spans = list(WORD.finditer(side))[-len(words):] if not inside else list(WORD.finditer(side))[:len(words)]
    for i, m in enumerate(spans):
        w = m[0]
        if _name_like(w, out[i]):
            gap = side[:m.start()].rstrip(" \t")
            if (gap or inside) and gap[-1:] not in _OPENERS:
                out[i] = _NAME_TOKEN
    return out

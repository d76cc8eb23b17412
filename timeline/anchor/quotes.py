"""Whether a place in a text stands inside a quotation, and whether its paragraph names another time.

A quotation's present is its speaker's ("It is 20 years since the 1989 revolution", said in a speech
of 2009 and quoted in 2019): it is on or before the DCT, never after it. Clues that read a present as
the DCT's (ages, counts since an event, "this year, in March 2019") keep only their lower side there.

One finder of quotations, :func:`quote_spans`, for every stage: the events stage reads it too (its own copy,
gone in session 10, missed TimeML's `` '' and closed a curly quotation at a straight mark inside it). Before
session 10, :func:`inside_quotes` counted the
marks of at most 2,000 characters back, so in a longer paragraph it guessed a quotation's parity from a cut.

>>> s = 'She said: “Earlier this year, in March 2019, we closed.” It folded.'
>>> inside_quotes(s, s.index("March")), inside_quotes(s, s.index("folded"))
(True, False)
"""

from __future__ import annotations

import bisect
import functools
import re

from timeline.anchor.words import REPORTED_SPEECH, alternation

_PARAGRAPH = re.compile(r"\n\s*\n")
# Reported speech of another time: a past verb of saying before a mention in its sentence, with a word of
# another time ("In a speech at the time, the mayor said the city marks 75 years since ...", "He told a hearing
# last spring that earlier this year, ..."): the mention tells the speaker's present. "Organizers said tickets for
# next year's 2018 Olympics sold slowly" is news's own time.
REPORTED = re.compile(rf"\b{alternation(REPORTED_SPEECH)}\b", re.IGNORECASE)
ANOTHER_TIME = re.compile(r"\b(?:at\s+the\s+time|back\s+then|then|once|ago|previously|last\s+(?:spring|summer|autumn"
                          r"|fall|winter|year|month|week|decade)|in\s+(?:a|an|his|her|their|its|that)\s+(?:\w+\s+){0,2}"
                          r"(?:speech|interview|letter|memoir|diary|address|statement|book|essay|column|hearing))\b",
                          re.IGNORECASE)


def reported_then(text: str, start: int, at: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` reports, before ``at``, what was said at another time.

    >>> s = "In a speech at the time, the mayor said the city marks 75 years since the 1944 landings."
    >>> reported_then(s, 0, s.index("marks"), len(s))
    True
    >>> s = "Organizers said tickets for next year's 2018 Olympics sold slowly."
    >>> reported_then(s, 0, s.index("next"), len(s))
    False
    """
    return bool(REPORTED.search(text, start, at) and ANOTHER_TIME.search(text, start, end))


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after the last blank line before it; at most 2,000 back)."""
    lo = max(0, pos - 2000)
    breaks = list(_PARAGRAPH.finditer(text, lo, pos))
    return breaks[-1].end() if breaks else lo


# Quotation marks, of three kinds that nest in one another: double curly (and TimeML's `` ''), straight double, and
# single (‘ ’, or a straight ' standing as a quotation mark, not as an apostrophe: British news quotes with single
# marks). A curly mark opens or closes; a straight double closes an open straight one, else opens one.
_MARK = re.compile(r"“|``|”|''|\"|‘|’|'|\n\s*\n")
_KIND = {"“": "c", "``": "c", "”": "c", "''": "c", '"': "s", "‘": "q", "’": "q", "'": "q"}
_CLOSERS = ("”", "''", "’")
# A straight single mark opens a quotation after a space, a bracket, a dash or another quotation mark and before a
# letter, unless it elides ('em, 'til, 'tis, rock 'n' roll; a tokenised text's "Apple 's", "we 're", "O 'Reilly";
# before a digit: the '90s).
_SINGLE_OPENS = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–“\"]))(?<!\b[OD]\s)'(?=[A-Za-z])(?!(?:s|re|ve|ll|d|m|t|em|til|tis|twas|cause|n|round)\b)",
                           re.IGNORECASE)


def _role(text: str, m: re.Match, open_kinds: set[str]) -> str | None:
    """Whether the mark ``m`` opens ("open"), closes ("close") or is no quotation mark here (None).

    A straight double after a digit is an inch mark unless one is open (the 12" record); a single mark between
    letters (don’t, Kane's) is an apostrophe, and one after a letter closes only an open single quotation.
    """
    mark, kind = m.group(), _KIND[m.group()]
    if mark == '"':
        if "s" in open_kinds:
            return "close"
        return None if m.start() and text[m.start() - 1].isdigit() else "open"
    if mark in ("'", "’"):
        if mark == "'" and _SINGLE_OPENS.match(text, m.start()):
            return "open"
        # After a letter it closes unless a letter follows (don’t); after a space, only before no letter (a
        # tokenised text's "'switch '").
        before_space = not m.start() or text[m.start() - 1].isspace()
        letter_after = text[m.end():m.end() + 1].isalpha()
        between = not before_space and text[m.start() - 1].isalnum() and letter_after
        return "close" if kind in open_kinds and not between and not (before_space and letter_after) else None
    if mark == "‘":
        return None if text[m.end():m.end() + 1].isdigit() else "open"
    return "close" if mark in _CLOSERS else "open"


def quote_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every outermost quotation (marks included), never across a blank line.

    Curly quotes (“ ” and ‘ ’) and TimeML's `` '' open and close; a straight double quote closes an open straight
    one, else opens one (not after a digit: an inch mark); a straight single quote opens before a word after a
    space, closes an open single quotation, and is an apostrophe between letters. A quotation may hold another of
    another kind (“He said "no" today”). A quotation left open runs to the end of its paragraph, as news quotes
    that go on over several sentences do; a closing mark with nothing of its kind open is ignored. The whole
    paragraph is read, however long: a quotation's parity is never guessed from a cut. ``offset`` is added to
    every span (a text cut from a longer one).

    >>> quote_spans('He said "we met" and left.')
    [(8, 16)]
    >>> q, blank = chr(34), chr(10) * 2
    >>> s = f"``It is over,'' he said. “We said {q}no{q} today” she added.{blank}“Open still"
    >>> [s[a:b] for a, b in quote_spans(s)]
    ["``It is over,''", '“We said "no" today”', '“Open still']
    >>> s = f"The 12{q} record spun. 'It's over,' Kane's son said, in the '90s."
    >>> [s[a:b] for a, b in quote_spans(s)]
    ["'It's over,'"]
    """
    return [(a + offset, b + offset) for a, b in _spans(text)]


@functools.lru_cache(maxsize=8)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    # Memoised: a pure function of the text, asked for once per mention by inside_quotes (so linear per text).
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (kind, where its mark opens), outermost first
    for m in _MARK.finditer(text):
        if m.group()[0] == "\n":  # a blank line ends every quotation left open
            if stack:
                spans.append((stack[0][1], m.start()))
            stack = []
            continue
        kind, role = _KIND[m.group()], _role(text, m, {k for k, _ in stack})
        if role == "open":
            stack.append((kind, m.start()))
            continue
        if role is None or not any(k == kind for k, _ in stack):
            continue  # no quotation mark here, or a closing mark with nothing of its kind open
        while stack[-1][0] != kind:  # marks of another kind opened inside and never closed: strays
            stack.pop()
        start = stack.pop()[1]
        if not stack:
            spans.append((start, m.end()))
    if stack:
        spans.append((stack[0][1], len(text)))
    return tuple(spans)


def inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation of :func:`quote_spans`: opened before it and not closed before it.

    >>> inside_quotes('He said "it is 30 years since 1989" today.', 12), inside_quotes('A "b" c', 6)
    (True, False)
    >>> inside_quotes("``It is over,'' he said.", 4)
    True
    """
    spans = _spans(text)
    i = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The ``[start, end)`` of the paragraph holding ``pos`` (blank lines part them; at most 2,000 characters each way).

    >>> s = "One.\\n\\nTwo and three.\\n\\nFour."
    >>> a, b = paragraph(s, s.index("and")); s[a:b]
    'Two and three.'
    """
    end = _PARAGRAPH.search(text, pos, pos + 2000)
    return _paragraph_start(text, pos), end.start() if end else min(len(text), pos + 2000)

"""Whether a place in a text stands inside a quotation, and whether its paragraph names another time.

A quotation's present is its speaker's ("It is 20 years since the 1989 revolution", said in a speech
of 2009 and quoted in 2019): it is on or before the DCT, never after it. Clues that read a present as
the DCT's (ages, counts since an event, "this year, in March 2019") keep only their lower side there.

>>> s = 'She said: “Earlier this year, in March 2019, we closed.” It folded.'
>>> inside_quotes(s, s.index("March")), inside_quotes(s, s.index("folded"))
(True, False)
"""

from __future__ import annotations

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


def inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph and not yet closed.

    Curly quotes open and close (“ ”), TimeML's `` and '' too; straight double quotes alternate.

    >>> inside_quotes('He said "it is 30 years since 1989" today.', 12), inside_quotes('A "b" c', 6)
    (True, False)
    >>> inside_quotes("``It is over,'' he said.", 4)
    True
    """
    head = text[_paragraph_start(text, pos):pos]
    curly = head.count("“") + head.count("``") - head.count("”") - head.count("''")
    return curly > 0 or head.count('"') % 2 == 1


def paragraph(text: str, pos: int) -> tuple[int, int]:
    """The ``[start, end)`` of the paragraph holding ``pos`` (blank lines part them; at most 2,000 characters each way).

    >>> s = "One.\\n\\nTwo and three.\\n\\nFour."
    >>> a, b = paragraph(s, s.index("and")); s[a:b]
    'Two and three.'
    """
    end = _PARAGRAPH.search(text, pos, pos + 2000)
    return _paragraph_start(text, pos), end.start() if end else min(len(text), pos + 2000)

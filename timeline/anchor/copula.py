"""A copula's present before a weekday written beside its date: "The gala is on Saturday, Nov. 16" names one day of
one year, a schedule, so :func:`timeline.anchor.tense.tense_at` reads it as future, unless it is said then: quoted,
reported from another time or in a relative clause (:func:`said_then`).

>>> s = "Our annual gala is on Saturday, Nov. 16, at the Town Hall."
>>> copula_dated(s, s.index("Nov."), s.index(", at"))
True
"""

from __future__ import annotations

import re

from timeline.anchor.dayset import WEEKDAY_NAME
from timeline.anchor.quotes import inside_quotes, reported_then

# "The gala is on Saturday, Nov. 16": a copula's present before a weekday written beside its date names one
# day of one year, a schedule (a generic fact names "a Wednesday", or no weekday: "Christmas is on Dec. 25").
_COPULA_ON = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$")
_COPULA_WEEKDAY = re.compile(rf"\b(?:is|are)\s+(?:on\s+)?{WEEKDAY_NAME},?\s+$")
_IT_IS = re.compile(rf"\b[Ii]t\s+is\s+(?:{WEEKDAY_NAME},?\s+)?$")
_DATE_NEXT = re.compile(r",?\s+(?:\(?\d{1,2}(?:st|nd|rd|th)?\s+)?"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                        r"(?:\s+\d{1,2}\b)?")


def copula_dated(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is the weekday or the date of "is on Saturday, Nov. 16".

    >>> s = "Our annual gala is on Saturday, Nov. 16, at the Town Hall."
    >>> copula_dated(s, s.index("Nov."), s.index(", at")), copula_dated(s, s.index("Sat"), s.index(", Nov"))
    (True, True)
    >>> s = "Christmas is on a Wednesday this year, Dec. 25."
    >>> copula_dated(s, s.index("Dec."), s.index("."))
    False
    """
    head = text[max(0, start - 30):start]
    if _IT_IS.search(head):
        return False  # "It is Friday, Nov. 22, and the president's car turns ...": a narrative's now, no schedule
    if _COPULA_WEEKDAY.search(head):
        return True
    word = text[start:end]
    return bool(re.fullmatch(WEEKDAY_NAME, word) and _COPULA_ON.search(head)
                and _DATE_NEXT.match(text, end))


def said_then(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is quoted, or stands in a sentence reporting speech of another time,
    or in a relative clause: a copula's schedule ("our gala is on Saturday, Nov. 16") is then its speaker's or its
    main clause's, not the DCT's future ("“Our gala is on Saturday, Nov. 16,” the flyer said"; "The deadline is
    Friday, Nov. 15, the organisers said last month"; "The gala, which is on Saturday, Nov. 16, was a sellout").

    >>> s = "The deadline is Friday, Nov. 15, the organisers said last month."
    >>> said_then(s, s.index("Nov."), s.index(", the")), said_then("The gala is on Saturday, Nov. 16.", 26, 33)
    (True, False)
    """
    if inside_quotes(text, start) or _RELATIVE_COPULA.search(text, max(0, start - 30), start):
        return True
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_END.search(text, end, end + 300)
    hi = after.start() if after else min(len(text), end + 300)
    return reported_then(text, ends[-1] if ends else max(0, start - 300), hi, hi)


# A sentence's end: not the point of "Nov. 15" (a number or a lower-case word follows it).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘']?[A-Z]|\s*$)|\n")


# "The gala, which is on Saturday, Nov. 16, ...": the relative clause's present is the main clause's time.
_RELATIVE_COPULA = re.compile(r"\b(?:which|that|who)\s+(?:is|are)\s+(?:on\s+)?(?:\w+day,?\s+)?$")

"""Holidays that begin the name of a place or a thing: "Christmas Island", "Easter Island", "A Christmas Carol".

A capitalised head from a closed list after a holiday makes the two one name, in a sentence written in sentence
case; :mod:`timeline.timex.absolute`'s holiday rule then claims the span and gives nothing. The names of events
keep their holiday ("the Christmas Offensive", "the Easter Rising", "the Good Friday Agreement" were launched or
signed on that day, and WikiWars marks it); a lower-case head is an event on that day ("the Boxing Day tsunami"),
a calendar word part of the holiday ("Christmas Day"). Corpus: ``negative.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [t.text for t in extract_timexes("Flights to Christmas Island resumed in 2019.", dt.date(2020, 11, 15))]
['2019']
"""

from __future__ import annotations

import re

from timeline.timex.names import title_case

# The capitalised heads that make a holiday the first word of a place's or a thing's name
_HOLIDAY_NAME_HEADS = frozenset("island islands carol carols".split())
_HEAD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def holiday_names_thing(text: str, start: int, end: int) -> bool:
    """Whether the holiday at ``start:end`` begins the name of a place or a thing ("Christmas Island").

    Parameters
    ----------
    text : str
        The text read.
    start, end : int
        The holiday's span.

    Returns
    -------
    bool
        True when a capitalised name head follows, in a sentence not written in title case.

    >>> holiday_names_thing("They sailed to Easter Island.", 15, 21)
    True
    >>> holiday_names_thing("Sailed To Easter Island", 10, 16), holiday_names_thing("The Easter Rising began", 4, 10)
    (False, False)
    """
    head = _HEAD_AFTER.match(text, end)
    return bool(head) and head[1].lower() in _HOLIDAY_NAME_HEADS and not title_case(text, start, end)

"""Parts of the day the text is on: "in the morning", "by mid-afternoon", "later that evening", "at dawn".

Each is a part of day (TIMEX3 MO, AF, EV, NI) of the reference time's day, or of the weekday named
after it ("at dawn on Sunday"); dawn and dusk have no part of their own and read as the morning and
the evening. Apart from :mod:`timeline.timex.relative` (whole units counted from the DCT or the
text's time) because these count nothing: they cut one day. Part of ``relative.RULES``; corpus:
``reference_parts.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [t.value for t in extract_timexes("They met on 3 May 2010. Later that evening they signed.", dt.date(2018, 11, 15))]
['2010-05-03', '2010-05-03TEV']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import DAYPART, Built, compile_rule, edge_mod
from timeline.timex.values import Deictic, Offset, Weekday


def _part_of_reference_day(m: re.Match[str]) -> Built:
    """"in the morning", "by mid-afternoon", "later that evening": a part of the day the text is on; "in the early
    hours", the start of its morning (as "the early hours of Saturday" is in :mod:`timeline.timex.dayparts`).

    >>> rule = next(r for r in RULES if r.name == "edge-part-of-day").pattern
    >>> [(_part_of_reference_day(m).part_of_day, _part_of_reference_day(m).mod) for m in (
    ...     rule.search("by mid-afternoon"), rule.search("evacuated in the early hours."))]
    [('AF', 'MID'), ('MO', 'START')]
    """
    if m.groupdict().get("hours"):
        return Offset(unit="day", count=0.0, sign=1, anchor="ref", mod="START", part_of_day="MO")
    return Offset(unit="day", count=0.0, sign=1, anchor="ref", mod=edge_mod(m.groupdict().get("edge")),
                  part_of_day=LEXICON.lookup("daypart", m["pod"]))  # type: ignore[arg-type]


_WEEKDAY_FULL = LEXICON.pattern("weekday", abbreviations=False) + r"(?![a-zA-Z])"
_EVENING_LIGHT = frozenset({"dusk", "sunset", "nightfall"})
_ON_A_DATE = re.compile(r"\s+on\s+(?:the\s+)?[\dA-Z]")


def _dawn_dusk(m: re.Match[str]) -> Built:
    """"at dawn", "before dusk on Sunday": TIMEX3 has no part of day for them, so the morning (TMO) or evening (TEV).

    >>> [_dawn_dusk(re.search(r"(?P<w>dusk)(?P<wd>)", "at dusk")).part_of_day]
    ['EV']
    """
    part = "EV" if m["w"] in _EVENING_LIGHT else "MO"
    if not m["wd"] and _ON_A_DATE.match(m.string, m.end()):
        return None  # "at dawn on 12 Nov.": the date is told, the part of its day left to it
    if m["wd"]:
        return Weekday(weekday=int(LEXICON.lookup("weekday", m["wd"]) or 1), part_of_day=part)  # type: ignore[arg-type]
    return Offset(unit="day", count=0.0, sign=1, anchor="ref", part_of_day=part)  # type: ignore[arg-type]


# A day told in the text before the night ("A quake struck on Sunday. Rescuers worked through the night."): the night
# is that day's, the reference time's; a coarser time in its sentence ("in 1944", "a week later"), or a day told only
# after it ("through the night on Sunday"), leaves the night to no deictic reading
_DAY_TOLD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                       r"june|july|august|september|october|november|december|yesterday|today|tonight|tomorrow)\b")
_TIME_TOLD = re.compile(r"(?i:week|month|year|ago|earlier|later)\b|(?<!\d)(?:1\d|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?\n]")
# "will work through the night", "are expected to work into the night": the coming night, the DCT's own
_AHEAD_BEFORE = re.compile(r"\b(?i:will|shall|going[ \t]+to|(?:expected|due|set|scheduled|planning|plan|plans)"
                           r"[ \t]+to)\b|['\u2019]ll\b")


def _through_the_night(m: re.Match[str]) -> Built:
    """"Rescuers worked through the night": in news, the night just gone, the evening of the day before the DCT
    (``DCT-1TNI``, as "overnight" and "last night"); after "will" the coming one (``DCT TNI``). After a day the text
    told, that day's night (the reference day's, as "in the morning" is); in a sentence dated otherwise ("in 1944",
    "a week later", "... on Sunday" after it) nothing is read.

    >>> rule = next(r for r in RULES if r.name == "through-the-night").pattern
    >>> [type(_through_the_night(rule.search(t))).__name__ for t in (
    ...     "Rescuers worked through the night.", "On Sunday crews worked through the night.",
    ...     "In 1944 troops marched through the night.")]
    ['Deictic', 'Offset', 'NoneType']
    """
    text, start, end = m.string, m.start(), m.end()
    stops = list(_SENTENCE_END.finditer(text, max(0, start - 200), start))
    left = stops[-1].end() if stops else max(0, start - 200)
    stop = _SENTENCE_END.search(text, end, end + 200)
    right = stop.start() if stop else min(len(text), end + 200)
    if _DAY_TOLD.search(text, end, right):
        return None
    if _DAY_TOLD.search(text, left, start):
        return Offset(unit="day", count=0.0, sign=1, anchor="ref", part_of_day="NI")
    if _TIME_TOLD.search(text, left, right):
        return None
    before = max(0, left - 2000)
    if _DAY_TOLD.search(text, before, left):
        return Offset(unit="day", count=0.0, sign=1, anchor="ref", part_of_day="NI")
    if _TIME_TOLD.search(text, before, left):
        return None  # "A quake struck in 2010. Rescuers worked through the night.": a night of 2010, which no day tells
    ahead = _AHEAD_BEFORE.search(text[left:start]) is not None
    return Deictic(days=0 if ahead else -1, part_of_day="NI")


RULES = (
    # "later in the day" alone is left unmarked, as TimeBank leaves it; "in the morning" is a time
    compile_rule("part-of-the-day", r"(?i:in|during)\s(?P<t>(?i:the)\s(?P<pod>(?i:morning|afternoon|evening)))"
                 r"(?![-\w])", _part_of_reference_day, 0),
    # "at dawn", "before daybreak", "until dusk": the morning or evening of the day the text is on, or of the
    # weekday after it ("at dawn on Sunday"); lower case only ("Dawn", a newspaper and a name)
    compile_rule("dawn-dusk", r"(?:at|before|after|by|until|till|from|since|around|near|about)\s"
                 rf"(?P<t>(?P<w>dawn|daybreak|sunrise|first\s+light|dusk|sunset|nightfall)"
                 rf"(?:\s(?:on\s)?(?P<wd>{_WEEKDAY_FULL}))?)(?![-\w])", _dawn_dusk, 1),
    # "by mid-afternoon", "until late evening": a part of the day the text is on, with its edge; "in the early
    # hours" with no day after it ("the early hours of Saturday", "... Saturday" are dayparts.py's and the weekday's)
    compile_rule("edge-part-of-day", r"(?i:by|at|in|into|until|till|from|since|before|after|around|during|through)\s"
                 rf"(?P<t>(?!(?i:midnight|midday))(?P<edge>(?i:mid|early|late))[-\s]?(?P<pod>{DAYPART})"
                 r"|(?i:the)\s(?P<hours>(?i:early))\s(?i:hours)(?![ \t]+(?:(?i:of|on)\b|[A-Z\d])))(?![-\w])",
                 _part_of_reference_day, 1),
    # "worked through the night", "talks went on late into the night": the night just gone (the clause's words after
    # it must not make it a noun's: "through the night sky", "into the night of 3 May", "the night shift")
    compile_rule("through-the-night", r"(?i:through|throughout|into)\s(?P<t>(?i:the)\s(?i:night))(?![-\w])"
                 r"(?!\s+(?!(?:and|but|to|as|while|when|in|at|on|with|until|despite|amid|without)\b)[a-z])",
                 _through_the_night, 1),
    compile_rule("part-of-day-ref", rf"(?i:earlier|later)\s(?i:that|in\s+the)\s(?P<pod>{DAYPART})",
                 _part_of_reference_day, 0),
)

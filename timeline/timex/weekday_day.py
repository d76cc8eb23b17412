"""A weekday with its day of the month and no month: "Friday the 13th", "on Tuesday the 5th".

The two together name the months whose day falls on that weekday; the tense picks one, as it picks a bare
weekday: said on 19 July 2019, "The fire broke out on Friday the 13th" is 13 July 2018 (the latest Friday 13th
on or before the DCT), "will reopen on Monday the 5th" 5 August 2019 (the earliest after it), with no tense the
nearest. A month after it ("Friday the 13th of September") is the day-month rule's. Part of
:mod:`timeline.timex.weekday`'s ``RULES`` (it needs the anchoring, imported after it); corpus: ``weekday.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("The fire broke out on Friday the 13th.", dt.date(2019, 7, 19))]
[('Friday the 13th', '2018-07-13')]
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval
from timeline.timex.lexicon import LEXICON
from timeline.timex.rule import MONTH, WEEKDAY_FULL, S, Built, compile_rule
from timeline.timex.values import Weekday

_MONTHS_AROUND = 30  # a weekday falls on a given day of the month at least once in 14 months


class WeekdayOfDay(Weekday):
    """A weekday on the ``day`` of an unnamed month ("Friday the 13th": weekday 5, day 13).

    >>> WeekdayOfDay(weekday=5, day=13).day
    13
    """

    day: int = Field(ge=1, le=31)


# The words that may follow the day in a sentence ("Friday the 13th was unlucky", "on Monday the 5th at noon"); any
# other lower-case word makes the ordinal a rank ("Monday, the 2nd largest bank") or the pair a title's modifier
# ("the Friday the 13th franchise"), and "of" a rank in a set ("Tuesday, the 5th of the 12 candidates")
_AFTER_DAY = re.compile(r"[ \t]+([a-z]+)\b")
# A verb telling a day go by ("watched Friday the 13th unfold", "Friday the 13th came and went"): the pair is the day
_HAPPENING = frozenset("unfold unfolds unfolded unfolding pass passes passed come comes came go goes went end ends "
                       "ended begin begins began dawn dawns dawned arrive arrives arrived approach approaches "
                       "approached".split())
_MAY_FOLLOW = frozenset("and or but at in on to when as after before that with for from by the a an was is were are "
                        "will would could has had saw brought morning afternoon evening night".split()) | _HAPPENING
# ("this Friday the 13th", "that Friday the 13th" point at one day: a date)
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|a|an|every|each|another)[ \t]+)$")
_QUOTE = "\"'\u201c\u201d\u2018\u2019"
# A verb of showing or watching a work right before the pair, nothing between: its object is a work, since no day is
# watched, streamed or directed ("She watched Friday the 13th on television"; "watched TV on Friday the 13th" and
# "watched it Friday the 13th" keep the day); "starred in" alike, as "in" never places a day
_WORK_BEFORE = re.compile(r"(?i:\b(?:(?:re)?watch(?:es|ed|ing)?|stream(?:s|ed|ing)?|screen(?:s|ed|ing)?|"
                          r"rent(?:s|ed|ing)?|film(?:s|ed|ing)?|direct(?:s|ed|ing)?|remake|remade|air(?:s|ed|ing)?|"
                          r"(?:starred|starring|stars|appeared|appearing|appears|cast)[ \t]+in)[ \t]+)$")
# What makes that verb no work's: a passive ("was filmed Friday the 13th": the verb's object is its subject, the pair
# the day), a show as subject of a verb that also tells when it is shown ("The finale airs Friday the 13th", "The
# episode aired ..."; "The channel aired Friday the 13th" keeps the title), or the verb's word read as a noun ("went
# on air", "hits screens", "pay rent")
_PASSIVE_BEFORE = re.compile(r"(?i:\b(?:was|were|is|are|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+[ \t]+and[ \t]+)?"
                             r"(?:[a-z]+ed|remade)[ \t]+)$")  # "was shot and filmed Friday the 13th"
_SHOWN_BEFORE = re.compile(r"(?i:\b(?:episode|finale|premiere|show|series|season|film|movie|documentary|special|"
                           r"programme|program|broadcast|match|game|concert|fight|race|debate|interview)s?[ \t]+"
                           r"(?:(?:will|would|to|may|should)[ \t]+)?(?:air|stream|screen)(?:s|ed|ing)?[ \t]+)$")
_NOUN_BEFORE = re.compile(r"(?i:\b(?:on|off|the|a|an|its|their|his|her|our|your|my|hit|hits|hitting|pay|pays|paid|"
                          r"paying)[ \t]+(?:air|screens?|rent|stream)[ \t]+)$")


def _a_work_before(text: str, start: int, end: int) -> bool:
    """Whether a verb of showing or watching right before the pair at ``text[start:end]`` makes it a work's title.

    >>> text = "She watched Friday the 13th on television."
    >>> _a_work_before(text, 12, 27)
    True
    >>> text = "The finale airs Friday the 13th."
    >>> _a_work_before(text, 16, 31), _a_work_before("It was filmed Friday the 13th.", 14, 29)
    (False, False)
    >>> _a_work_before("Fans are rewatching Friday the 13th.", 20, 35)
    True
    """
    reach = max(0, start - 40)
    if not _WORK_BEFORE.search(text, max(0, start - 24), start):
        return False
    after = _AFTER_DAY.match(text, end)
    if after is not None and after[1] in _HAPPENING:
        return False  # "watched Friday the 13th unfold": a day is watched go by
    return not any(p.search(text, reach, start) for p in (_PASSIVE_BEFORE, _SHOWN_BEFORE, _NOUN_BEFORE))


def _weekday_of_day(m: re.Match[str]) -> Built:
    """"Friday the 13th" as a day; a title's (quoted, after an article, before its noun, the object of "watched")
    claims its span and gives nothing; a rank after a weekday ("On Monday, the 2nd largest bank") leaves the weekday to its own rule.

    >>> rule = RULES[0].pattern
    >>> _weekday_of_day(rule.search("The fire broke out on Friday the 13th.")).day
    13
    >>> _weekday_of_day(rule.search("On Monday, the 2nd largest bank failed.")) is None
    True
    >>> _weekday_of_day(rule.search('The film "Friday the 13th" opened in 1980.'))
    Traceback (most recent call last):
    ValueError: 'Friday the 13th' is a title
    >>> _weekday_of_day(rule.search("She watched Friday the 13th on television."))
    Traceback (most recent call last):
    ValueError: 'Friday the 13th' is a title
    """
    text = m.string
    after = _AFTER_DAY.match(text, m.end())
    ranked = after is not None and after[1] not in _MAY_FOLLOW
    quoted = m.start() > 0 and text[m.start() - 1] in _QUOTE and text[m.end():m.end() + 1] in tuple(_QUOTE)
    if quoted or _ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or ranked and "," not in m[0] \
            or _a_work_before(text, m.start(), m.end()):
        raise ValueError(f"{m[0]!r} is a title")  # "the Friday the 13th franchise": claimed, no weekday read
    if ranked:
        return None  # "On Tuesday, the 5th of the 12 candidates": the weekday alone is a date
    return WeekdayOfDay(weekday=int(LEXICON.lookup("weekday", m["wd"]) or 1), day=int(m["day"]))


def _days(value: WeekdayOfDay, dct: dt.date) -> list[dt.date]:
    """The days of the months around the DCT that are ``value.day`` and fall on ``value.weekday``."""
    found = []
    for step in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        month = dct.month - 1 + step
        try:
            day = dt.date(dct.year + month // 12, month % 12 + 1, value.day)
        except ValueError:
            continue  # the 31st of a short month, or a year out of range
        if day.isoweekday() == value.weekday:
            found.append(day)
    return found


@anchor.register
def anchor_weekday_of_day(value: WeekdayOfDay, ctx: Context) -> Resolved | None:
    """The such day the tense points to: past, the latest on or before the DCT; future, the earliest on or after
    it; else the nearest (ties to the past).

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2019, 7, 19), tense_of=lambda: "future", ref=None, settings=TimexSettings())
    >>> anchor_weekday_of_day(WeekdayOfDay(weekday=5, day=13), ctx).value
    '2019-09-13'
    """
    if ctx.dct is None:
        return Resolved(f"XXXX-XX-{value.day:02d}", None, None, "day")
    days = _days(value, ctx.dct)
    tense = ctx.tense_of()
    if tense == "past":
        days = [d for d in days if d <= ctx.dct][-1:]
    elif tense == "future":
        days = [d for d in days if d >= ctx.dct][:1]
    if not days:
        return None
    return day_interval(min(days, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct)))


RULES = (
    # "Friday the 13th", "Tuesday, the 5th": not before a month ("Friday the 13th of September") nor a noun or a name
    compile_rule("weekday-of-day", rf"(?P<wd>{WEEKDAY_FULL}),?{S}(?i:the){S}(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
                 rf"(?![-\w])(?!{S}(?:(?i:of){S})?{MONTH})(?!{S}(?i:century|anniversary|day|time|floor)\b)"
                 r"(?![ \t]+[A-Z][a-z])",  # "On Sunday the 3rd Battalion attacked": an ordinal naming a unit
                 _weekday_of_day, 3),
)

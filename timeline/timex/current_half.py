"""The half-year the DCT lies in, named as earnings news names it: "the current half", "the current half-year".

Said in October 2023 it is 2023-H2, in March 2023-H1. Its value is a :class:`CurrentHalf`, whose half only the
anchoring reads, from the DCT (a yearless "the first half" is :mod:`timeline.timex.periods`'s, placed by the
tense). "The half to June", a half-year named by the month it ends in, is read here too. It needs the anchoring,
so it is spliced into :mod:`timeline.timex.weekday`'s ``RULES``, imported after it, as
:mod:`timeline.timex.counted_back` is. Corpus: ``periods.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("It expects a loss in the current half.", dt.date(2023, 10, 26))]
[('the current half', '2023-H2')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, part_interval
from timeline.timex.rule import MONTH_FULL, YEAR4, Built, compile_rule, month_number
from timeline.timex.values import Duration, YearPart


class CurrentHalf(YearPart):
    """The half-year that contains the DCT ("the current half"): which half it is, the words do not say.

    ``part`` is TIMEX3's placeholder "HX" (a half, not yet known), as "the quarter" is ``QX`` until the text's
    quarter is read; only the anchoring reads the half, from the DCT (:func:`anchor_current_half`). Both fields
    are fixed: a current half that named its half, or that was not counted from the DCT, would be another value.

    >>> half = CurrentHalf()
    >>> half.part, half.reference
    ('HX', True)
    >>> from pydantic import ValidationError
    >>> try:
    ...     CurrentHalf(part="H1")
    ... except ValidationError as error:
    ...     print(error.errors()[0]["type"])
    literal_error
    """

    # YearPartCode has no "HX": only this value leaves its half open
    part: Literal["HX"] = "HX"  # type: ignore[assignment]
    reference: Literal[True] = True  # type: ignore[assignment]


@anchor.register
def anchor_current_half(value: CurrentHalf, ctx: Context) -> Resolved | None:
    """The DCT's half: H1 up to June, H2 from July.

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2023, 10, 26), tense_of=lambda: None, ref=None, settings=TimexSettings())
    >>> anchor_current_half(CurrentHalf(), ctx).value
    '2023-H2'
    """
    if ctx.dct is None:
        return Resolved("XXXX-HX", None, None, "half")
    return part_interval(ctx.dct.year, "H1" if ctx.dct.month <= 6 else "H2")


# A sentence of business news: a game's half is "the current half" too ("the current half ended 1-0"), so a bare
# "half" is the year's only where money or trade is spoken of ("the current half-year" is the year's anywhere)
_BUSINESS = re.compile(r"(?i:[$\u20ac\u00a3%]|\b(?:revenues?|sales|profits?|earnings|margins?|loss(?:es)?|results|"
                       r"guidance|outlook|forecasts?|fiscal|dividends?|income|orders|demand|growth|economy|inflation|"
                       r"prices|percent|per\s+cent|shipments|bookings|costs|investors|analysts)\b)")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _current_half(m: re.Match[str]) -> Built:
    """The DCT's half, in a sentence of business news unless "-year" says so ("the current half ended 1-0" is a
    game's).

    >>> rule = RULES[0].pattern
    >>> _current_half(rule.search("Sales fell in the current half.")).part
    'HX'
    >>> _current_half(rule.search("Leeds scored twice in the current half."))
    Traceback (most recent call last):
    ValueError: 'the current half' is a game's half, not the year's
    """
    text = m.string
    stops = [s.end() for s in _SENTENCE_STOP.finditer(text, max(0, m.start() - 300), m.start())]
    stop = _SENTENCE_STOP.search(text, m.end())
    sentence = text[stops[-1] if stops else max(0, m.start() - 300):stop.start() if stop else len(text)]
    if not m["year"] and not _BUSINESS.search(sentence):
        raise ValueError(f"{m[0]!r} is a game's half, not the year's")  # claimed: not "current" alone either
    return CurrentHalf()


# "the half to June", "the half-year ended December 31": a half-year named by the month it ends in, as "the year to
# June" and "the three months to September" are
_HALF_TO = (rf"(?=[ \t]{{1,3}}(?i:to|ended|ending|through)[ \t]{{1,3}}(?P<month>{MONTH_FULL})"
            rf"(?:[ \t]{{1,3}}(?:[0-3]?\d,?[ \t]{{1,3}})?(?P<hyear>{YEAR4}))?)")


def _half_to(m: re.Match[str]) -> Built:
    """"the half to June": the calendar half that ends in June (H1) or December (H2), placed by the tense as "the
    first half" is; a half ending in another month is a fiscal one, six months long (P6M), as "the six months to
    September" is.

    >>> rule = RULES[0].pattern
    >>> [_half_to(rule.search(t)).part for t in ("for the half to June", "in the half-year ended December 31")]
    ['H1', 'H2']
    >>> _half_to(rule.search("in the half to September")).count, _half_to(rule.search("the half to June 30, 2017")).year
    (6.0, 2017)
    """
    month = month_number(m["month"])
    if month in (6, 12):  # "the half to June 2017": the year the month is of
        return YearPart(part="H1" if month == 6 else "H2", year=int(m["hyear"]) if m["hyear"] else None)
    return Duration(unit="month", count=6.0)


def _half(m: re.Match[str]) -> Built:
    return _current_half(m) if m["current"] else _half_to(m)


RULES = (
    # "the current half", "the current half-year": earnings news' half the DCT lies in; "the half to June"
    compile_rule("current-half", r"(?i:the)\s(?:(?P<current>(?i:current)\s)(?i:half)(?P<year>-(?i:year))?(?![-\w])"
                 rf"(?!\s(?i:of|an?|hour)\b)|(?i:half)(?:[- ](?i:year))?{_HALF_TO})", _half, 1),
)

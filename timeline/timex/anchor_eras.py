"""Phase 2 for eras and years before Christ: "the 1990s", "the 20th century", "the first quarter of the 21st century",
"the 4th century BC", "autumn of 481 BC".

An era's days are its decade's or century's (a quarter of a century its 25 years: TIMEX3 writes the century, having
no value for a quarter of one); a date before Christ has a value and no days, the calendar having none before AD 1.
Registered on :func:`timeline.timex.anchoring.anchor`, apart from the dates of the common era it reads.

>>> import datetime as dt
>>> from timeline.timex.anchoring import Context
>>> from timeline.timex.settings import TimexSettings
>>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: None, ref=None, settings=TimexSettings())
>>> anchor(Era(digits=20, unit="century", quarter=1), ctx)[:3]
('20', datetime.date(2000, 1, 1), datetime.date(2024, 12, 31))
>>> anchor(Era(digits=4, unit="century", bc=True), ctx)[:3]
('BC04', None, None)
"""

from __future__ import annotations

import datetime as dt

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, era_interval
from timeline.timex.values import BeforeChrist, Era


@anchor.register
def _(value: BeforeChrist, ctx: Context) -> Resolved | None:
    if value.part is not None:  # "autumn of 481 BC", "June 479 BC"
        grain = "month" if value.part[0].isdigit() else "season"
        return Resolved(f"BC{value.year:04d}-{value.part}", None, None, grain)
    return Resolved(f"BC{value.year:04d}", None, None, "year")


@anchor.register
def _(value: Era, ctx: Context) -> Resolved | None:
    if value.bc:  # "the 4th century BC" is BC03 as "490 BC" is BC0490; the calendar has no days before AD 1
        return Resolved(f"BC{value.digits:0{3 if value.unit == 'decade' else 2}d}", None, None, value.unit)
    era = era_interval(value.digits, value.unit)
    if value.quarter is None or era is None or era.earliest is None:
        return era
    # "the first quarter of the 21st century": the century's value (TIMEX3 has no quarter of one), its quarter's days
    start = era.earliest.replace(year=era.earliest.year + 25 * (value.quarter - 1))
    return era._replace(earliest=start, latest=start.replace(year=start.year + 25) - dt.timedelta(days=1))

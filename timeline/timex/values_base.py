"""The base of the phase-1 values: the class every value of :mod:`timeline.timex.values` derives from, and the
codes their fields take (units, parts of a day, parts of a year, reference words).

Apart from the values themselves so that a module that only names a unit or a code (a compound duration's units,
a test of the join passes) reads this short vocabulary; :mod:`timeline.timex.values` imports every name here, and
those names are read from either module.

>>> Parsed().timex_type, COMPOUND_UNITS[:2]
('DATE', ('year', 'month'))
"""

from __future__ import annotations

from typing import Literal

from timeline.models import Frozen, TimexType

Unit = Literal["second", "minute", "hour", "day", "night", "week", "fortnight", "weekend", "month",
               "quarter", "half", "season", "year", "decade", "century"]
PartOfDay = Literal["MO", "AF", "EV", "NI", "MI"]
YearPartCode = Literal["Q1", "Q2", "Q3", "Q4", "QX", "H1", "H2", "SP", "SU", "FA", "WI"]
RefValue = Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]
# The units a compound duration may join, coarsest first: ISO 8601 writes them in one period (P1Y2M3DT4H5M6S);
# weeks stand alone in it, and a decade or a century is written in years
COMPOUND_UNITS = ("year", "month", "day", "hour", "minute", "second")


class Parsed(Frozen):
    """Base of every phase-1 value; ``mod`` is the TIMEX3 mod the words imply."""

    mod: str | None = None

    @property
    def timex_type(self) -> TimexType:
        """The TIMEX3 type this value is reported as."""
        return "DATE"

"""The units of counted expressions and the grains they are told at, for phase 2.

Offsets ("two hours ago", "a fortnight later") and durations ("the past three months") count in
units; their readings are told at a grain (an hour ago is a day, a decade later a year), may be
too fine to count from a coarse reference time ("in 2010 ... a week later"), and have a placeholder
value when no day is known ("XXXX-WXX"). Both :mod:`timeline.timex.anchor_offsets` and
:mod:`timeline.timex.anchor_durations` read these tables, so they stand apart from either.

>>> offset_grain("fortnight"), coarser("year", "week"), period_unit("season")
('week', True, 'month')
"""

from __future__ import annotations

from timeline.timex.calendar import Resolved

# The TIMEX3 placeholder of each grain, for a reading counted from no known day
UNKNOWN = {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX", "fortnight": "XXXX-WXX",
           "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
           "year": "XXXX", "decade": "XXX", "century": "XX"}
# The grain an offset of a unit is told at
_OFFSET_GRAIN = {"night": "day", "fortnight": "week", "hour": "day", "minute": "day", "second": "day",
                 "decade": "year", "century": "year"}

# Units that are no granularity of their own: a weekend is told at the grain of its week, as with a DCT.
_UNKNOWN_GRAIN = {"weekend": "week"}
_GRAIN_ORDER = ("minute", "hour", "day", "week", "month", "quarter", "half", "season", "year", "decade",
                "century")
# The unit a duration counts a unit in: TIMEX3 has no season or half in its periods (a weekend is WE)
_PERIOD_UNIT = {"season": "month", "half": "month"}


def offset_grain(unit: str) -> str:
    """The grain an offset of ``unit``s is told at (hours and nights at the day's, a decade at the year's).

    >>> offset_grain("hour"), offset_grain("month")
    ('day', 'month')
    """
    return _OFFSET_GRAIN.get(unit, unit)


def unplaced(grain: str, default: str) -> Resolved:
    """The reading of a ``grain`` counted from no known day: its TIMEX3 placeholder (``default`` for a grain
    with none) and no interval, told at the grain's own granularity (a weekend at its week's).

    >>> unplaced("weekend", "XXXX")
    Resolved(value='XXXX-WXX-WE', earliest=None, latest=None, granularity='week')
    >>> unplaced("hour", "XXXX-XX-XX").value
    'XXXX-XX-XX'
    """
    return Resolved(UNKNOWN.get(grain, default), None, None, _UNKNOWN_GRAIN.get(grain, grain))


def coarser(grain: str | None, unit: str) -> bool:
    """Whether a reference of ``grain`` is too coarse to count ``unit``s from.

    >>> coarser("month", "day"), coarser("day", "hour"), coarser(None, "day")
    (True, False, False)
    """
    unit = _OFFSET_GRAIN.get(unit, unit)
    if grain not in _GRAIN_ORDER or unit not in _GRAIN_ORDER:
        return False
    return _GRAIN_ORDER.index(grain) > _GRAIN_ORDER.index(unit)


def period_unit(unit: str) -> str:
    """The unit a duration of ``unit``s is written in ("a season" is months, "a weekend" its own WE).

    >>> period_unit("weekend"), period_unit("season")
    ('weekend', 'month')
    """
    return _PERIOD_UNIT.get(unit, unit)

"""How a set is written in TIMEX3: the period of its unit, the quantifier of its step, the code of its part of day.

The rules of :mod:`timeline.timex.sets` find a recurrence and build its value from these; the anchoring of offsets
and durations writes its periods with :func:`period` too (read from here or, as it always has been, from
:mod:`timeline.timex.sets`). Apart from the rules so that the writing of a value stands in one place.

>>> period("week", 2), vague_period("decade"), quantifier("third "), day_part_code("mornings")
('P2W', 'PXDE', 'EVERY THIRD', 'MO')
"""

from __future__ import annotations

_CODE = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
         "fortnight": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y",
         "century": "Y"}
_SCALE = {"fortnight": 2, "decade": 10, "century": 100}
_VAGUE = {"fortnight": "W", "decade": "DE", "century": "CE"}  # "every few decades": PXDE, as "decades" is
_SMALLER = {"minute": ("second", 60), "hour": ("minute", 60), "day": ("hour", 24), "week": ("day", 7),
            "year": ("month", 12)}
# The code of a part of the day a set names ("every morning", "Tuesday nights")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# "every other ...", "every second ...": each such day or unit, this many apart
NTH_STEP = {"other": 2, "second": 2, "third": 3, "fourth": 4}


def period(unit: str, count: float) -> str:
    """The TIMEX3 period of ``count`` units: ``period("hour", 1)`` is ``PT1H``.

    A fraction is written in the next smaller unit when that makes it whole ("every half hour": PT30M).

    >>> period("fortnight", 1), period("year", 2), period("hour", 0.5)
    ('P2W', 'P2Y', 'PT30M')
    """
    code = _CODE[unit]
    n = count * _SCALE.get(unit, 1)
    smaller = _SMALLER.get(unit)
    if n != int(n) and smaller and (n * smaller[1]) == int(n * smaller[1]):
        return period(smaller[0], n * smaller[1])
    text = str(int(n)) if n == int(n) else str(n)
    return f"PT{text}{code[1]}" if code.startswith("T") else f"P{text}{code}"


def vague_period(unit: str) -> str:
    """The period of an unknown count of ``unit`` ("every few weeks": PXW, "every few decades": PXDE).

    >>> vague_period("week"), vague_period("hour"), vague_period("fortnight")
    ('PXW', 'PTXH', 'PXW')
    """
    code = _VAGUE.get(unit) or _CODE[unit]
    return f"PTX{code[1]}" if code.startswith("T") else f"PX{code}"


def day_part_code(word: str | None) -> str | None:
    """The code of a part of the day ``word`` names, singular or plural ("nights": NI); None for none.

    >>> day_part_code("Evenings"), day_part_code(None)
    ('EV', None)
    """
    return PARTS_OF_DAY.get((word or "").lower().rstrip("s"))


def quantifier(nth: str | None) -> str:
    """A set's quantifier, with the step of "every other" or "every third" kept.

    >>> quantifier(None), quantifier("other ")
    ('EVERY', 'EVERY OTHER')
    """
    return "EVERY" + (f" {nth.strip().upper()}" if nth else "")

"""Day arithmetic that stays inside the calendar ``datetime.date`` can hold.

Metadata may legally say 0001-01-01 or 9999-12-31; padding or widening a window
around such a day must clamp, not raise ``OverflowError``.

>>> import datetime as dt
>>> shift_clamped(dt.date(9999, 12, 30), 5)
datetime.date(9999, 12, 31)
>>> shift_clamped(dt.date(2018, 11, 15), -15)
datetime.date(2018, 10, 31)
"""

from __future__ import annotations

import datetime as dt


def shift_clamped(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, clamped to ``[date.min, date.max]``."""
    ordinal = day.toordinal() + days
    return dt.date.fromordinal(min(max(ordinal, dt.date.min.toordinal()), dt.date.max.toordinal()))

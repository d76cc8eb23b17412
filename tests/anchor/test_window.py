"""The month-day window the candidate years of a yearless DCT share (infer.window_of)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from timeline.anchor.clues import yearless_intervals
from timeline.anchor.infer import window_of
from timeline.anchor.settings import AnchorSettings
from timeline.timex.calendar import safe_date

SETTINGS = AnchorSettings(min_year=1990, max_year=2030)


@given(st.integers(1, 12), st.integers(1, 31), st.integers(0, 180), st.integers(0, 180))
def test_a_yearless_dates_window_exists_and_holds_every_candidate_day(month: int, day: int, before: int,
                                                                     after: int) -> None:
    """Law: days counted from a month-day in every year share one window (leap years included), and
    each year's days lie in it, read as refine reads it (opening in the interval's first year, or the year
    before when the window runs past New Year and the days start before its opening month-day, as a leap
    day may shift them). Windows of 361 days or more touch the next year's and merge: they have none."""
    if safe_date(2001, month, day) is None:
        return  # 29 February and days no month has: not a window of every year
    days = yearless_intervals(month, day, before, after, SETTINGS)
    window = window_of(days)
    assert window is not None
    (m1, d1), (m2, d2) = ((int(x[:2]), int(x[3:])) for x in window.split(".."))
    for lo, hi in days[1:-1]:
        opens = dt.date(lo.year - ((m2, d2) < (m1, d1) and (lo.month, lo.day) < (m1, d1)), m1, d1)
        closes = dt.date(opens.year + ((m2, d2) < (m1, d1)), m2, d2)
        assert opens <= lo and hi <= closes and (closes - opens).days <= (hi - lo).days + 2


def test_a_window_across_february_takes_the_wider_ends() -> None:
    days = yearless_intervals(6, 12, 182, 6, SETTINGS)  # 182 days before 12 June: 12 or 13 December
    assert window_of(days) == "12-12..06-18"


def test_sides_further_apart_than_a_day_give_no_window() -> None:
    d = dt.date
    assert window_of([(d(2000, 1, 1), d(2000, 1, 5)), (d(2001, 1, 3), d(2001, 1, 5)),
                      (d(2002, 1, 1), d(2002, 1, 5)), (d(2003, 1, 1), d(2003, 1, 5))]) is None

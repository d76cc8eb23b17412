"""Laws of the session-7 value types that no table of examples can state: every DCT, not a few."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_timexes

DCTS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def _nearest_new_year(day: dt.date) -> int:
    """The year whose 1 January lies nearest ``day``; on the tie a leap year has (2 July), the year under way."""
    this, following = dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)
    return day.year if (day - this) <= (following - day) else day.year + 1


@given(DCTS)
def test_the_new_year_is_the_year_of_the_nearest_first_of_january(dct: dt.date) -> None:
    (timex,) = extract_timexes("Talks will drag into the new year.", dct)
    year = _nearest_new_year(dct)
    assert (timex.value, timex.earliest, timex.latest) == (str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))


@given(DCTS)
def test_the_rest_of_the_year_runs_from_the_dct_to_the_years_end(dct: dt.date) -> None:
    (timex,) = extract_timexes("Prices will stay high for the rest of the year.", dct)
    assert (timex.value, timex.earliest, timex.latest) == (str(dct.year), dct, dt.date(dct.year, 12, 31))


@given(DCTS, st.integers(min_value=2, max_value=9))
def test_a_count_of_weekends_is_weekends(dct: dt.date, count: int) -> None:
    (timex,) = extract_timexes(f"The fair ran for {count} weekends.", dct)
    assert (timex.type, timex.value) == ("DURATION", f"P{count}WE")

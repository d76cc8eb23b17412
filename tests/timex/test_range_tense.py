"""A weekday range told in the past lies wholly behind the telling ("Talks ran Monday through Friday")."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31))


@settings(max_examples=80, deadline=None)
@given(DCTS, st.integers(0, 6), st.integers(1, 6), st.sampled_from(["ran", "were held", "lasted"]))
def test_a_past_weekday_range_ends_on_or_before_the_dct(dct: dt.date, first: int, span: int, verb: str) -> None:
    start, end = WEEKDAYS[first], WEEKDAYS[(first + span) % 7]
    found = extract_timexes(f"The hearings {verb} {start} through {end}.", dct)
    assert [t.text for t in found] == [start, end]
    assert found[1].latest is not None and found[1].latest <= dct, found
    assert (found[1].earliest - found[0].earliest).days == span  # the range keeps its own length


def test_a_dated_first_end_keeps_its_day():
    found = extract_timexes("The fair ran from Nov. 12 to Friday.", dt.date(2018, 11, 15))
    assert found[0].value == "2018-11-12"

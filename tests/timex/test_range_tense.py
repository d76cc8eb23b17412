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


@settings(max_examples=60, deadline=None)
@given(DCTS, st.integers(8, 40), st.integers(0, 6), st.sampled_from(["bought shares", "rose", "was halted"]))
def test_a_past_range_from_a_date_gone_ends_on_or_before_the_dct(dct: dt.date, back: int, weekday: int,
                                                                  verb: str) -> None:
    """A weekday ending a range told in the past, whose first end lies more than a week back, is the one on or
    before the DCT (session 15: "bought from Sept. 14 to Thursday" said on a Monday was the Thursday ahead)."""
    first = dct - dt.timedelta(days=back)
    text = f"The fund {verb} from {first.strftime('%B')} {first.day} to {WEEKDAYS[weekday]}."
    found = extract_timexes(text, dct)
    assert len(found) == 2 and found[1].latest is not None and found[1].latest <= dct, found

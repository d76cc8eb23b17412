"""Laws of the follow-up fixes (helper T, issue 3): a weekday range never runs backwards; "the week to
<weekday>" after a past verb lies on or before the DCT, after "will" on or after it; a sentence's last
figure never claims the "A year" that opens the next sentence."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31))
FRAMES = ["The fair opens {} through {}.", "The fair was open {} through {}.", "The fair will run from {} to {}.",
          "Talks ran from {} to {}.", "The road is closed {} through {}."]


@settings(max_examples=60, deadline=None)
@given(DCTS, st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS), st.sampled_from(FRAMES))
def test_a_weekday_range_runs_forward_within_a_week(dct: dt.date, first: str, second: str, frame: str) -> None:
    found = extract_timexes(frame.format(first, second), dct)
    if first == second:
        return  # "Monday through Monday" says nothing of a span
    assert len(found) == 2, found
    start, end = found[0].earliest, found[1].earliest
    assert start is not None and end is not None
    assert dt.timedelta(days=1) <= end - start <= dt.timedelta(days=6), (start, end)


@settings(max_examples=40, deadline=None)
@given(DCTS, st.sampled_from(WEEKDAYS), st.sampled_from(["fell", "rose", "slipped"]),
       st.sampled_from(["week", "fortnight", "three months"]))
def test_the_period_to_a_day_takes_the_verbs_tense(dct: dt.date, day: str, verb: str, period: str) -> None:
    past = [t for t in extract_timexes(f"The index {verb} in the {period} to {day}.", dct) if t.text == day]
    ahead = [t for t in extract_timexes(f"The index will rise in the {period} to {day}.", dct) if t.text == day]
    assert past and past[0].latest is not None and past[0].latest <= dct
    assert ahead and ahead[0].earliest is not None and ahead[0].earliest >= dct


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=9_999_999), st.sampled_from(["year", "month", "week"]))
def test_a_figure_ending_a_sentence_is_no_rate(number: int, unit: str) -> None:
    text = f"The count reached {number:,}. A {unit} on from the vote, it has fallen."
    assert any(t.text == f"A {unit} on" for t in extract_timexes(text, dt.date(2018, 11, 15)))

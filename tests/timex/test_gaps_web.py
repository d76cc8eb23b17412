"""Laws of the web-era forms added for issue 3 (helper R2): ISO timestamps, dotted European dates,
bylines with a clock after the date, zones in brackets, "N hours ago", a record's "in a decade".

Each law is checked over many dates and clocks (hypothesis), not against a copy of a rule: a timestamp is
one TIME on its own day at its own clock whatever the DCT; a dotted date is its day, and nothing when a
version's "v" or another number is glued to it; a clock's span never holds a bracket it did not open.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
CLOCKS = st.tuples(st.integers(0, 23), st.integers(0, 59))
ZONES = st.sampled_from(["Z", "+01:00", "-05:00", "+0530", ""])


def _one(text: str, dct: dt.date | None):  # type: ignore[no-untyped-def]
    found = extract_timexes(text, dct)
    assert len(found) == 1, (text, dct, [t.text for t in found])
    return found[0]


@settings(max_examples=80, deadline=None)
@given(day=DAYS, clock=CLOCKS, zone=ZONES, dct=DCTS, joiner=st.sampled_from(["T", " "]))
def test_a_timestamp_is_one_time_on_its_own_day(day: dt.date, clock: tuple[int, int], zone: str, dct: dt.date,
                                                joiner: str) -> None:
    stamp = f"{day.isoformat()}{joiner}{clock[0]:02d}:{clock[1]:02d}:00{zone}"
    timex = _one(f"Posted {stamp} by staff.", dct)
    assert (timex.type, timex.text) == ("TIME", stamp)
    assert timex.value == f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}"
    assert timex.earliest == timex.latest == day


@settings(max_examples=80, deadline=None)
@given(day=DAYS, dct=DCTS, padded=st.booleans())
def test_a_dotted_date_is_its_day(day: dt.date, dct: dt.date, padded: bool) -> None:
    written = f"{day.day:02d}.{day.month:02d}.{day.year}" if padded else f"{day.day}.{day.month}.{day.year}"
    timex = _one(f"The court ruled on {written} in the case.", dct)
    assert (timex.text, timex.value, timex.earliest) == (written, day.isoformat(), day)


@settings(max_examples=60, deadline=None)
@given(day=DAYS, glue=st.sampled_from(["v", "version ", "1.", "7."]), tail=st.sampled_from(["", ".3"]))
def test_a_dotted_date_inside_a_version_or_number_run_is_none(day: dt.date, glue: str, tail: str) -> None:
    assert extract_timexes(f"Install {glue}{day.day}.{day.month}.{day.year}{tail} first.", None) == []


@settings(max_examples=60, deadline=None)
@given(clock=CLOCKS, zone=st.sampled_from(["GMT", "UTC", "EST", "BST", "ET"]),
       bracket=st.sampled_from(["({c} {z})", "{c} ({z})", "({c} ({z}))", "{c} {z})", "{c} ({z}"]))
def test_a_clock_span_holds_only_the_brackets_it_opened(clock: tuple[int, int], zone: str, bracket: str) -> None:
    written = bracket.format(c=f"{clock[0]:02d}:{clock[1]:02d}", z=zone)
    timex = _one(f"Voting ends {written}.", dt.date(2018, 11, 15))
    assert timex.text.count("(") == timex.text.count(")")
    assert timex.value == f"2018-11-15T{clock[0]:02d}:{clock[1]:02d}"


@settings(max_examples=60, deadline=None)
@given(hours=st.integers(1, 11), dct=DCTS)
def test_hours_ago_is_the_dct_day(hours: int, dct: dt.date) -> None:
    timex = _one(f"The blast came {hours} hours ago.", dct)
    assert timex.earliest == timex.latest == dct


@settings(max_examples=40, deadline=None)
@given(dct=DCTS, head=st.sampled_from(["the first such visit", "its lowest level", "the only summit",
                                        "the country's biggest protest", "the first visit to the island"]),
       tense=st.sampled_from(["It will be", "It was", "It is"]))
def test_in_a_decade_after_a_record_is_how_long_since(dct: dt.date, head: str, tense: str) -> None:
    timex = _one(f"{tense} {head} in a decade.", dct)
    assert (timex.type, timex.value, timex.earliest) == ("DURATION", "P10Y", None)


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1901, 1, 7), max_value=dt.date(2099, 12, 20)), dct=DCTS)
def test_a_numbered_week_of_a_year_is_that_iso_week(day: dt.date, dct: dt.date) -> None:
    year, week, _ = day.isocalendar()
    timex = _one(f"Flu cases peaked in week {week} of {year}.", dct)
    assert timex.value == f"{year:04d}-W{week:02d}"
    assert timex.earliest == dt.date.fromisocalendar(year, week, 1)
    assert timex.latest == dt.date.fromisocalendar(year, week, 7)

"""Laws of helper V's review fixes (issue 3): a name under a time preposition keeps its year; "N units on" in a
present clause with no time told before is the DCT's unit; "the last fall in <a noun>" is a decline, "last fall in
<a place>" the season; two edges ("the mid-to-late 1990s") span the whole period; a yearless date's weekend
holds it (a Wednesday's is the one before).

Each law is checked over many years, names, DCTs and dates (hypothesis), not against a copy of a rule.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes

DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
YEARS = st.integers(1950, 2049)
NAMES = st.sampled_from(["Euro", "Expo", "Tokyo", "Paris", "Election", "Macworld", "World Cup", "Rio"])
PREPOSITIONS = st.sampled_from(["since", "before", "after", "during", "until", "ahead of", "following"])


@settings(max_examples=60, deadline=None)
@given(name=NAMES, year=YEARS, prep=PREPOSITIONS)
def test_a_name_under_a_time_preposition_keeps_its_year(name: str, year: int, prep: str) -> None:
    found = extract_timexes(f"Hotels were full {prep} {name} {year}, officials said.", dt.date(2018, 11, 15))
    assert [(t.text, t.value) for t in found] == [(str(year), str(year))]


@settings(max_examples=40, deadline=None)
@given(name=NAMES, year=YEARS, prep=PREPOSITIONS)
def test_a_name_that_is_a_clause_subject_stays_a_name(name: str, year: int, prep: str) -> None:
    assert extract_timexes(f"Prices rose {prep} {name} {year} was launched.", dt.date(2018, 11, 15)) == []


_UNIT_VALUE = {"days": lambda d: d.isoformat(),
               "weeks": lambda d: f"{d.isocalendar()[0]:04d}-W{d.isocalendar()[1]:02d}",
               "years": lambda d: f"{d.year:04d}"}


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, unit=st.sampled_from(sorted(_UNIT_VALUE)), count=st.sampled_from(["Three", "Two", "Ten"]))
def test_n_on_in_a_present_clause_is_the_dct(dct: dt.date, unit: str, count: str) -> None:
    found = extract_timexes(f"{count} {unit} on, the town is still without power.", dct)
    assert [(t.text, t.value) for t in found] == [(f"{count} {unit} on", _UNIT_VALUE[unit](dct))]
    assert found[0].earliest <= dct <= found[0].latest


@settings(max_examples=40, deadline=None)
@given(dct=DCTS, noun=st.sampled_from(["prices", "rates", "sales", "demand", "output", "exports"]),
       det=st.sampled_from(["The", "Its", "Their"]))
def test_the_last_fall_in_a_noun_is_a_decline(dct: dt.date, noun: str, det: str) -> None:
    found = extract_timexes(f"{det} last fall in {noun} was steep.", dct)
    assert not any(t.value.endswith("-FA") for t in found)


@settings(max_examples=40, deadline=None)
@given(dct=DCTS, place=st.sampled_from(["Paris", "Lima", "the capital", "Texas"]))
def test_last_fall_in_a_place_is_the_season(dct: dt.date, place: str) -> None:
    found = extract_timexes(f"We met last fall in {place}.", dct)
    assert [t.text for t in found] == ["last fall"] and found[0].value.endswith("-FA")
    assert found[0].latest < dct


@settings(max_examples=40, deadline=None)
@given(decade=st.integers(190, 209), edges=st.sampled_from(["mid-to-late", "early to mid", "early-to-mid"]))
def test_two_edges_span_the_whole_decade(decade: int, edges: str) -> None:
    found = extract_timexes(f"It grew in the {edges} {decade}0s.", dt.date(2018, 11, 15))
    assert [(t.text, t.value, t.mod) for t in found] == [(f"the {edges} {decade}0s", str(decade), None)]
    assert (found[0].earliest, found[0].latest) == (dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31))


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, month=st.integers(1, 12), day=st.integers(1, 28))
def test_a_dates_weekend_holds_that_date(dct: dt.date, month: int, day: int) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day if day < 20 else day % 10, "th")
    text = f"Traffic will be heavy over the {day}{suffix} of {calendar.month_name[month]} weekend."
    found = extract_timexes(text, dct)
    assert len(found) == 1 and found[0].value.endswith("-WE"), (text, found)
    start, end = found[0].earliest, found[0].latest
    # the weekend holds the date, or (a Wednesday's) ends three days before it
    years = {start.year, end.year, end.year + 1}
    assert any(start <= dt.date(y, month, day) <= end + dt.timedelta(days=3) for y in years)
    assert (end - start).days <= 3 and start.weekday() in {3, 4, 5}

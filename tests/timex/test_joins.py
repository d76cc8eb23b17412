"""Expressions made of several parts: shared plurals, halves of eras, ranges of counts.

The corpora (``periods.tsv``, ``durations.tsv``) check values and intervals; these check what
they cannot: spans, TIMEX3 types and mods, and the words that must keep two expressions apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes, recognise
from timeline.timex.extract import extract_ranges
from timeline.timex.joins import share_quarters

DCT = dt.date(1989, 10, 26)


def _found(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in extract_timexes(text, dct)]


def test_habitual_coordinated_quarters_are_sets() -> None:
    text = "Its business is usually conducted in the second and fourth quarters, with the current quarter strong."
    assert _found(text)[:2] == [("the second", "SET", "XXXX-Q2", None), ("fourth quarters", "SET", "XXXX-Q4", None)]
    assert _found(text)[2][2] == "1989-Q4"  # "with the current quarter": another clause, a date


def test_coordinated_quarters_without_a_habit_are_dates() -> None:
    assert _found("Profit fell in the second and third quarters.") == [
        ("the second", "DATE", "1989-Q2", None), ("third quarters", "DATE", "1989-Q3", None)]


def test_coordinated_quarters_share_the_year() -> None:
    found = extract_timexes("Losses hit the first, second and third quarters of 1988.", DCT)
    assert [(t.text, t.value) for t in found] == [
        ("the first", "1988-Q1"), ("second", "1988-Q2"), ("third quarters of 1988", "1988-Q3")]
    assert found[1].earliest == dt.date(1988, 4, 1)


def test_a_year_keeps_a_habitual_quarter_a_date() -> None:
    assert _found("Sales usually peaked in the third and fourth quarters of 1988.") == [
        ("the third", "DATE", "1988-Q3", None), ("fourth quarters of 1988", "DATE", "1988-Q4", None)]


def test_singular_quarters_are_not_shared() -> None:
    mentions = recognise("He ranked second and the fourth quarter was weak.")
    assert [m.text for m in mentions] == ["the fourth quarter"]
    assert share_quarters(mentions, "He ranked second and the fourth quarter was weak.") == mentions


@pytest.mark.parametrize(("text", "span", "mod"), [
    ("Sales grew through the last half of the '80s.", "the last half of the '80s", "END"),
    ("It peaked in the first half of the 1990s.", "the first half of the 1990s", "START"),
    ("Cities grew in the latter half of the nineteenth century.", "the latter half of the nineteenth century",
     "END"),
])
def test_a_half_of_an_era_is_the_era_with_an_edge(text: str, span: str, mod: str) -> None:
    (timex,) = extract_timexes(text, DCT)
    assert (timex.text, timex.mod) == (span, mod)


def test_the_first_two_quarters_of_a_year_are_its_first_half() -> None:
    (timex,) = extract_timexes("It will last through at least the first two quarters of 1990.", DCT)
    assert (timex.text, timex.value, timex.latest) == ("the first two quarters of 1990", "1990-H1",
                                                       dt.date(1990, 6, 30))


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("The repairs took two to three weeks.", "two to three weeks", "P2W", "EQUAL_OR_MORE"),
    ("The repairs took 2-3 weeks.", "2-3 weeks", "P2W", "EQUAL_OR_MORE"),
    ("The fever lasts a day or two.", "a day or two", "P1D", "EQUAL_OR_MORE"),
    ("It could take 12 to 18 months.", "12 to 18 months", "P12M", "EQUAL_OR_MORE"),
    ("The trip took a week or so.", "a week or so", "P1W", "APPROX"),
    ("Shipments resumed within two to three weeks.", "within two to three weeks", "P3W", "EQUAL_OR_LESS"),
    ("Deals will be made during the next 12 to 18 months.", "the next 12 to 18 months", "P18M",
     "EQUAL_OR_LESS"),
])
def test_a_range_of_counts_is_one_duration(text: str, span: str, value: str, mod: str) -> None:
    (timex,) = extract_timexes(text, DCT)
    assert (timex.text, timex.type, timex.value, timex.mod) == (span, "DURATION", value, mod)


def test_in_a_year_or_two_is_an_unknown_time_ahead() -> None:
    (timex,) = extract_timexes("You may, in a year or two, save a few more lives.", DCT)
    assert (timex.text, timex.value, timex.earliest, timex.latest) == ("a year or two", "FUTURE_REF", DCT, None)


@pytest.mark.parametrize(("text", "spans"), [
    ("It ran a year or two years.", ["a year", "two years"]),  # a unit after "two": two expressions
    ("Prices rose three to two weeks.", []),  # no range runs downwards
    ("But a minute and a half later, a pilot called.", ["a minute and a half"]),
    ("The score was 2-3 at the break.", []),
])
def test_what_is_no_range_of_counts(text: str, spans: list[str]) -> None:
    assert [t.text for t in extract_timexes(text, DCT)] == spans


@pytest.mark.parametrize(("text", "span", "value"), [
    ("In 1955 the union formed. On January 24 of the same year, Congress met.", "January 24 of the same year",
     "1955-01-24"),
    ("The war began in 1958 and ended on November of the same year.", "November of the same year", "1958-11"),
    ("It began on May 3, 1950. In August of that same year it ended.", "August of that same year", "1950-08"),
    ("The war began in 1940 and in the summer of the same year it spread.", "the summer of the same year",
     "1940-SU"),
    ("The war began in 1940 and ended in March of the following year.", "March of the following year", "1941-03"),
    ("The war ended in 1940; in the summer of the previous year it was quiet.", "the summer of the previous year",
     "1939-SU"),
])
def test_a_yearless_date_of_the_same_year_takes_the_texts_year(text: str, span: str, value: str) -> None:
    found = extract_timexes(text, DCT)
    assert (found[-1].text, found[-1].value) == (span, value)


@pytest.mark.parametrize(("text", "spans"), [
    # a date with its own year keeps it
    ("The war began in 1940; on January 24, 1941 of the same year, a truce.",
     ["1940", "January 24, 1941", "the same year"]),
    ("The war began in 1940 and in the same year it spread.", ["1940", "the same year"]),
])
def test_what_is_no_date_of_the_same_year(text: str, spans: list[str]) -> None:
    assert [t.text for t in extract_timexes(text, DCT)] == spans


@pytest.mark.parametrize(("text", "span", "value"), [
    ("On August 8, 1919, they took Minsk and on the 28th of that month they left.", "the 28th of that month",
     "1919-08-28"),
    ("On May 3, 1950 talks began; on the fifth of the same month they failed.", "the fifth of the same month",
     "1950-05-05"),
    ("On the 5th of that month they failed.", "the 5th of that month", "XXXX-XX-05"),  # no month named before
])
def test_a_day_of_that_month_is_a_day_of_the_month_the_text_named(text: str, span: str, value: str) -> None:
    found = extract_timexes(text, DCT)
    assert (found[-1].text, found[-1].value) == (span, value)


@pytest.mark.parametrize(("text", "spans"), [
    ("On May 3, 1950 talks began; by the last of that month they failed.", ["May 3, 1950", "that month"]),
    ("In September 1919 talks began; on the 31st of that month they failed.", ["September 1919"]),  # no such day
    ("On May 3, 1950 talks began; the 28th of that year was calm.", ["May 3, 1950", "that year"]),
])
def test_what_is_no_day_of_that_month(text: str, spans: list[str]) -> None:
    assert [t.text for t in extract_timexes(text, DCT)] == spans


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("Even during the 4th century BC the idea spread.", "the 4th century BC", "BC03", None),
    ("It grew in the middle of the 9th century BC.", "the middle of the 9th century BC", "BC08", "MID"),
    ("The 5th century B.C. was long.", "The 5th century B.C.", "BC04", None),
    ("Athens rose in the 460s BC.", "the 460s BC", "BC046", None),
    ("Athens fell at the end of the 460s BC.", "the end of the 460s BC", "BC046", "END"),
])
def test_a_century_or_decade_before_christ_has_a_bc_value_and_no_days(text: str, span: str, value: str,
                                                                      mod: str | None) -> None:
    (timex,) = extract_timexes(text, DCT)
    assert (timex.text, timex.value, timex.mod, timex.earliest, timex.latest) == (span, value, mod, None, None)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The curfew runs from 9 p.m. to 2 a.m.", "1989-10-26T21:00", "1989-10-27T02:00"),
    ("Shops shut between 10 p.m. and 6 a.m.", "1989-10-26T22:00", "1989-10-27T06:00"),
    ("The clinic opens from 9 a.m. until 5 p.m.", "1989-10-26T09:00", "1989-10-26T17:00"),
    ("The party ran from 9 p.m. Friday to 3 a.m.", "1989-10-20T21:00", "1989-10-21T03:00"),
])
def test_two_clocks_after_from_or_between_are_one_range(text: str, first: str, last: str) -> None:
    (found,) = extract_ranges(text, DCT)
    assert (found.first.value, found.last.value) == (first, last)
    assert found.latest is not None and found.earliest is not None and found.latest >= found.earliest


@pytest.mark.parametrize("text", [
    "He called at 9 p.m. and again at 2 a.m.",
    "Sirens sounded at 11 p.m. and 1 a.m.",  # no "between": two times
    "The shift moved 9 p.m. to 2 a.m.",  # no "from": a change of time, not a span of hours
])
def test_two_clocks_without_a_range_head_stay_apart(text: str) -> None:
    found = extract_timexes(text, DCT)
    assert len(found) == 2 and extract_ranges(text, DCT) == []
    assert found[0].earliest == found[1].earliest == DCT


def test_joins_around_a_named_day_are_the_same_passes_from_either_module() -> None:
    """joins.py re-exports the passes that moved to around_day.py: recognise and anchor_relative import them there."""
    from timeline.timex import around_day, joins

    assert (joins.join_week_of, joins.join_day_next_to, joins.HolidayWeekend) == (
        around_day.join_week_of, around_day.join_day_next_to, around_day.HolidayWeekend)
    found = [(m.text, m.value.kind) for m in recognise("We met the week of March 6 and the day before Labor Day.")]
    assert found == [("the week of March 6", "weekof"), ("the day before Labor Day", "daynextto")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks ran Monday-Friday.", [("Monday", "1989-10-16"), ("Friday", "1989-10-20")]),
    ("Talks will run Mon.-Wed. next week.", [("Mon.", "1989-10-30"), ("Wed.", "1989-11-01"), ("next week", "1989-W44")]),
])
def test_dashed_weekdays_are_the_two_ends_of_one_range(text: str, expected: list[tuple[str, str]]) -> None:
    """"Monday-Friday" is read as "Monday through Friday": two weekdays, linked as one range."""
    assert [(t.text, t.value) for t in extract_timexes(text, DCT)] == expected
    (found,) = extract_ranges(text, DCT)
    assert (found.first.text, found.last.text) == (expected[0][0], expected[1][0])

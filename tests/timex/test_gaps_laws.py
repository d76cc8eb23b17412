"""Laws of the forms added for the known gaps of the timex stage (issue 3): strict seasons, holiday
weekends, the turn of a century, the decade before or after, names with a year.

Each law is checked over many DCTs (hypothesis), not against a copy of the rule: a season "last" names
ends before the DCT and is the latest that does; a holiday's weekend holds the holiday and a Saturday and
Sunday; a turn of the century holds its year.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes
from timeline.timex.calendar import holiday_date, holiday_weekend, part_interval

DCTS = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2090, 12, 31))
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "winter": "WI"}


def _one(text: str, dct: dt.date):  # type: ignore[no-untyped-def]
    found = extract_timexes(text, dct)
    assert len(found) == 1, (text, dct, [t.text for t in found])
    return found[0]


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, season=st.sampled_from(sorted(SEASONS)))
def test_last_season_is_the_latest_to_end_before_the_dct(dct: dt.date, season: str) -> None:
    timex = _one(f"They married last {season}.", dct)
    assert timex.latest < dct
    following = part_interval(timex.earliest.year + 1, SEASONS[season])
    assert following is not None and following.latest >= dct  # the next one has not ended: none later qualifies


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, season=st.sampled_from(sorted(SEASONS)))
def test_this_past_season_is_the_latest_begun(dct: dt.date, season: str) -> None:
    timex = _one(f"They married this past {season}.", dct)
    assert timex.earliest <= dct
    following = part_interval(timex.earliest.year + 1, SEASONS[season])
    assert following is not None and following.earliest > dct


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, season=st.sampled_from(sorted(SEASONS)))
def test_next_season_starts_after_the_dct(dct: dt.date, season: str) -> None:
    timex = _one(f"They will marry next {season}.", dct)
    assert timex.earliest > dct
    before = part_interval(timex.earliest.year - 1, SEASONS[season])
    assert before is not None and before.earliest <= dct  # the first to start after it


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2090, 12, 24)))
def test_a_holiday_weekend_holds_a_saturday_and_a_sunday(day: dt.date) -> None:
    weekend = holiday_weekend(day)
    assert weekend is not None and weekend.earliest is not None and weekend.latest is not None
    days = [weekend.earliest + dt.timedelta(days=i) for i in range((weekend.latest - weekend.earliest).days + 1)]
    assert {5, 6} <= {d.weekday() for d in days}
    assert len(days) <= 4
    assert day in days or day.weekday() == 2  # a Wednesday holiday is as far from both: the weekend before
    saturday = next(d for d in days if d.weekday() == 5)
    assert weekend.value == f"{saturday.isocalendar()[0]:04d}-W{saturday.isocalendar()[1]:02d}-WE"


@pytest.mark.parametrize(("name", "rule"), [("Labor Day", "sep-1-mon"), ("Memorial Day", "may-last-mon"),
                                            ("Thanksgiving", "nov-4-thu"), ("Easter", "easter"),
                                            ("the Fourth of July", "07-04")])
@pytest.mark.parametrize("year", [2015, 2018, 2019, 2021])
def test_a_named_holiday_weekend_holds_its_holiday(name: str, rule: str, year: int) -> None:
    holiday = holiday_date(rule, year)
    assert holiday is not None
    dct = dt.date(year, 12, 20)
    timex = _one(f"Traffic was heavy over {name} weekend.", dct)
    assert timex.value.endswith("-WE")
    assert timex.earliest <= holiday <= timex.latest or holiday.weekday() == 2


@settings(max_examples=60, deadline=None)
@given(dct=st.dates(min_value=dt.date(1951, 1, 1), max_value=dt.date(2049, 12, 31)))
def test_the_turn_of_the_century_after_1950_is_2000(dct: dt.date) -> None:
    timex = _one("Cities grew at the turn of the century.", dct)
    assert timex.value == "2000" and timex.earliest <= dt.date(2000, 1, 1) <= timex.latest
    last = _one("It was built at the turn of the last century.", dct)
    assert last.value == "1900"


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, which=st.sampled_from(["previous", "following"]))
def test_the_decade_before_or_after_the_dcts(dct: dt.date, which: str) -> None:
    timex = _one(f"Growth changed in the {which} decade.", dct)
    decade = dct.year // 10 + (-1 if which == "previous" else 1)
    assert timex.value == f"{decade:03d}"
    assert timex.earliest == dt.date(decade * 10, 1, 1) and timex.latest == dt.date(decade * 10 + 9, 12, 31)


@pytest.mark.parametrize("word", ["In", "Since", "Throughout", "Until", "By", "Summer", "Fiscal", "Christmas"])
@pytest.mark.parametrize("year", [1995, 2016, 2030])
def test_a_year_after_a_calendar_or_function_word_stays_a_year(word: str, year: int) -> None:
    found = extract_timexes(f"{word} {year} prices rose sharply, officials said.", dt.date(2018, 11, 15))
    assert found and str(year) in found[0].value


@pytest.mark.parametrize("name", ["Vision", "Tokyo", "Windows", "Agenda", "Euro"])
@pytest.mark.parametrize("year", [2000, 2016, 2030])
def test_a_name_before_a_year_takes_it(name: str, year: int) -> None:
    text = f"Officials praised {name} {year} on Monday."
    assert [t.text for t in extract_timexes(text, dt.date(2018, 11, 15))] == ["Monday"]

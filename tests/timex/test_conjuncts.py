"""Conjuncts sharing what one of them writes (``timeline/timex/conjuncts.py``) and ordinal days."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from timeline.timex import TimexSettings, extract_timexes, recognise

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}
ORDER = list(SEASONS.values())


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(SEASONS, 2)))
def test_a_season_listed_before_one_with_a_year_takes_that_year_or_the_one_before(first: str, second: str) -> None:
    found = recognise(f"The armies moved in {first} and {second} 1918.")
    assert [m.value.part for m in found] == [SEASONS[first], SEASONS[second]]
    wraps = ORDER.index(SEASONS[first]) > ORDER.index(SEASONS[second])  # "winter and spring 1918": winter 1917
    assert [m.value.year for m in found] == [1917 if wraps else 1918, 1918]


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(SEASONS, 2)))
def test_a_bare_season_listed_after_one_with_a_year_is_never_before_it(first: str, second: str) -> None:
    found = recognise(f"They fought through the {first} of 1918 and {second}.")
    assert [m.value.part for m in found] == [SEASONS[first], SEASONS[second]]
    assert found[1].value.year in {1918, 1919}
    assert (found[1].value.year == 1919) == (ORDER.index(SEASONS[second]) < ORDER.index(SEASONS[first]))


def test_fall_and_spring_after_a_season_may_be_verbs() -> None:
    assert [m.text for m in recognise("They meet in the spring and fall in love.")] == ["the spring"]
    assert [m.text for m in recognise("They met in the winter and spring brought rain.")] == ["the winter"]


@pytest.mark.parametrize(("d1", "d2"), [(1, 2), (13, 19), (3, 30), (28, 31)])
def test_an_ordinal_day_before_a_day_of_a_named_month_is_in_that_month(d1: int, d2: int) -> None:
    text = f"The talks ran from the {d1}{_suffix(d1)} to the {d2}{_suffix(d2)} of March 2015."
    found = extract_timexes(text, dt.date(2018, 11, 15))
    assert [t.earliest for t in found] == [dt.date(2015, 3, d1), dt.date(2015, 3, d2)]


def test_an_ordinal_day_after_a_later_one_is_in_the_month_before() -> None:
    found = extract_timexes("They stayed from the 30th to the 2nd of January 2017.", dt.date(2018, 11, 15))
    assert [t.value for t in found] == ["2016-12-30", "2017-01-02"]


@pytest.mark.parametrize("day", [1, 5, 20, 31])
def test_on_the_nth_is_that_day_of_the_month_the_story_is_in(day: int) -> None:
    text = f"The siege began on 1 October 1920. On the {day}{_suffix(day)}, the city fell."
    found = extract_timexes(text, None, settings=TimexSettings(anchoring="narrative"))
    assert found[-1].earliest == dt.date(1920, 10, day)


@pytest.mark.parametrize("tail", ["century", "anniversary", "Division", "of 30 candidates", "and 21st centuries",
                                  "day of the strike", "floor"])
def test_an_ordinal_followed_by_its_noun_is_no_day(tail: str) -> None:
    found = recognise(f"It happened after the 20th {tail}.")
    assert not any(getattr(m.value, "of_reference_month", False) for m in found), found
    assert any(getattr(m.value, "of_reference_month", False) for m in recognise("It happened after the 20th."))


def test_counts_listed_before_a_unit_each_name_one() -> None:
    found = recognise("The loans ran for two, three, or five years.")
    assert [(m.text, m.value.count) for m in found] == [("two", 2.0), ("three", 3.0), ("five years", 5.0)]
    assert [m.text for m in recognise("The bill passed by 329 votes to 224, fifteen hours before the strike.")] == [
        "fifteen hours"]

"""Holidays of other calendars (timeline/timex/lunisolar.py): the tables they are read from, held to days
known from outside them, and every lexicon entry to a table that exists."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex.calendar import holiday_date
from timeline.timex.lexicon import LEXICON
from timeline.timex.lunisolar import hijri_year_date, is_lunisolar, lunisolar_date

# Days as the calendars of each community print them (Jewish holidays: the first full day, after the eve)
KNOWN = [
    ("hebrew:yom_kippur", dt.date(2018, 9, 19)),
    ("hebrew:rosh_hashanah", dt.date(2019, 9, 30)),
    ("hebrew:passover", dt.date(2019, 4, 20)),
    ("hebrew:hanukkah", dt.date(2018, 12, 3)),
    ("hebrew:purim", dt.date(2019, 3, 21)),
    ("islamic:eid_al_fitr", dt.date(2018, 6, 15)),
    ("islamic:eid_al_adha", dt.date(2019, 8, 11)),
    ("chinese:lunar_new_year", dt.date(2019, 2, 5)),
    ("chinese:lunar_new_year", dt.date(2020, 1, 25)),
    ("hindu:diwali_india", dt.date(2018, 11, 7)),
    ("hindu:holi", dt.date(2019, 3, 21)),
]

RULES = sorted({rule for rule in LEXICON.table("holiday").values() if is_lunisolar(rule)})


@pytest.mark.parametrize(("rule", "day"), KNOWN, ids=[f"{r}-{d.year}" for r, d in KNOWN])
def test_known_days(rule: str, day: dt.date) -> None:
    assert lunisolar_date(rule, day.year) == day
    assert holiday_date(rule, day.year) == day  # the calendar's entry point reads the same table


def test_lexicon_names_calendars_and_holidays_the_tables_hold() -> None:
    assert len(RULES) >= 10
    for rule in RULES:  # a misspelt holiday would read an empty table and never give a day
        assert lunisolar_date(rule, 2018) is not None, rule


@given(rule=st.sampled_from(RULES), year=st.integers(2001, 2035))
def test_every_rule_has_one_day_in_its_year_where_the_tables_cover_it(rule: str, year: int) -> None:
    day = lunisolar_date(rule, year)
    assert day is not None and day.year == year


def test_years_outside_the_tables_have_no_day() -> None:
    assert lunisolar_date("hindu:diwali_india", 1990) is None
    assert lunisolar_date("hebrew:passover", 1800) is None


def test_an_unknown_calendar_is_the_lexicon_s_mistake() -> None:
    with pytest.raises(ValueError, match="no calendar"):
        lunisolar_date("mayan:new_year", 2018)


# A Hijri year written after an Islamic holiday ("Islamic New Year 1440"): days as the Umm al-Qura calendar prints them
HIJRI_KNOWN = [
    ("islamic:hijri_new_year", 1440, dt.date(2018, 9, 11)),
    ("islamic:hijri_new_year", 1441, dt.date(2019, 8, 31)),
    ("islamic:eid_al_fitr", 1439, dt.date(2018, 6, 15)),
    ("islamic:eid_al_fitr", 1420, dt.date(2000, 1, 8)),
    ("islamic:eid_al_fitr", 1421, dt.date(2000, 12, 27)),  # the second Eid al-Fitr of 2000
    ("islamic:eid_al_adha", 1439, dt.date(2018, 8, 21)),
]


@pytest.mark.parametrize(("rule", "hijri_year", "day"), HIJRI_KNOWN)
def test_hijri_year_date_known(rule: str, hijri_year: int, day: dt.date) -> None:
    assert hijri_year_date(rule, hijri_year) == day


@given(st.integers(min_value=1345, max_value=1498), st.sampled_from(["islamic:eid_al_fitr", "islamic:eid_al_adha"]))
def test_hijri_year_holiday_falls_in_its_year(hijri_year: int, rule: str) -> None:
    """Each holiday of a Hijri year lies after that year's New Year and before the next one's."""
    day = hijri_year_date(rule, hijri_year)
    assert hijri_year_date("islamic:hijri_new_year", hijri_year) < day < hijri_year_date("islamic:hijri_new_year",
                                                                                           hijri_year + 1)

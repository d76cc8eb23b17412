"""Session 11 (helper D): holidays that name no day (holiday_names.py), with near misses that stay the day.

Invented sentences, none from a benchmark, told on Thursday 15 November 2018. A capitalised head after a holiday in
a sentence-case sentence heads a name ("the Good Friday Agreement"), a thing or a person after it is a kind ("a
Christmas card", "a New Year's Eve baby"), event nouns then a year date the event ("the Boxing Day tsunami of
2004"); a time preposition before the holiday, a calendar word or a yearly occasion after it keep the day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_timexes

N = dt.date(2018, 11, 15)

CASES = [
    ('The Good Friday Agreement ended the Troubles.', []),
    ('The Easter Rising of 1916 failed.', [('1916', '1916')]),
    ('Historians still debate the Christmas Truce.', []),
    ('The Valentine\'s Day Massacre shocked Chicago.', []),
    ('The Thanksgiving Accords were signed quickly.', []),
    ('The Independence Day movie was a hit.', []),
    ("He is a New Year's Eve baby.", []),
    ('He sent a Christmas card.', []),
    ('Shops sold out of Easter eggs.', []),
    ('She bought Halloween costumes for the twins.', []),
    ('The Boxing Day tsunami of 2004 killed thousands.', [('2004', '2004')]),
    ('The Christmas Day floods of 2015 hit Cumbria.', [('2015', '2015')]),
    # near misses: the day
    ('On Good Friday Agreement was reached.', [('Good Friday', '2018-03-30')]),
    ('At Christmas Pope Francis spoke of peace.', [('Christmas', '2017-12-25')]),
    ('The Christmas Day match was called off.', [('Christmas Day', '2017-12-25')]),
    ('Boxing Day sales were strong.', [('Boxing Day', '2017-12-26')]),
    ('The Thanksgiving Day Parade will be broadcast.', [('Thanksgiving Day', '2018-11-22')]),
    ('The Boxing Day Test starts in Melbourne.', [('Boxing Day', '2018-12-26')]),
    ('Christmas Eve Mass was packed.', [('Christmas Eve', '2017-12-24')]),
    ('The Christmas carol service is on Sunday.', [('Christmas', '2018-12-25'), ('Sunday', '2018-11-18')]),
    ('They met over Christmas week of 2016.', [('Christmas week of 2016', '2016-W51')]),
    ('Flights to Christmas Island resumed in 2019.', [('2019', '2019')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_holiday_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in extract_timexes(text, N)] == expected


HOLIDAYS = st.sampled_from(["Christmas", "Easter", "Halloween", "Thanksgiving", "Boxing Day", "Good Friday",
                            "Independence Day", "New Year's Eve", "Labor Day"])


@given(HOLIDAYS, st.sampled_from(["card", "cards", "tree", "gifts", "movie", "album", "baby"]))
def test_law_a_kind_after_a_holiday_is_no_day(holiday: str, kind: str) -> None:
    assert extract_timexes(f"She liked the {holiday} {kind} most.", N) == []


@given(HOLIDAYS, st.sampled_from(["Agreement", "Rising", "Offensive", "Accord", "Massacre", "Uprising"]))
def test_law_a_name_headed_by_a_holiday_is_no_day_but_after_a_time_preposition(holiday: str, head: str) -> None:
    assert extract_timexes(f"The {holiday} {head} was recalled.", N) == []
    found = extract_timexes(f"On {holiday} {head} talks resumed.", N)
    assert [t.text for t in found] == [holiday]

"""The shipped strategies tell the truth: each phrase names the true date it claims to."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.testing import (
    FAMILIES,
    UnknownFamilyError,
    date_string_problem,
    dcts,
    hostile_texts,
    synthetic_articles,
    true_timelines,
)
from timeline.testing.phrases import MONTHS, NUMBERS, WEEKDAYS

FAST = settings(max_examples=60, deadline=None, derandomize=True)


@FAST
@given(dcts())
def test_dcts_stay_in_their_window(day: dt.date) -> None:
    assert dt.date(1990, 1, 1) <= day <= dt.date(2035, 12, 31)


@FAST
@given(true_timelines(min_events=2, max_events=5))
def test_true_timelines_are_sorted_with_unique_keys(tl) -> None:
    assert [e.date for e in tl.events] == sorted(e.date for e in tl.events)
    assert len({e.key for e in tl.events}) == len(tl.events)


def _check_phrase(family: str, phrase: str, day: dt.date, dct: dt.date) -> None:
    """An independent reading of the phrase (not the generator's code) agrees with the truth."""
    phrase = phrase.rstrip(",")
    phrase = phrase[0].lower() + phrase[1:]
    if family == "full_date":
        assert dt.datetime.strptime(phrase, "on %B %d, %Y").date() == day
    elif family == "weekday":
        assert phrase == f"on {WEEKDAYS[day.weekday()]}" and 0 < abs((day - dct).days) < 7
    elif family == "yesterday":
        assert day == dct - dt.timedelta(days=1)
    elif family == "days_ago":
        assert dct - dt.timedelta(days=NUMBERS.index(phrase.split()[0])) == day
    elif family == "month_year":
        assert phrase == f"in {MONTHS[day.month - 1]} {day.year}"
    elif family == "last_month":
        assert (dct.replace(day=1) - dt.timedelta(days=1)).replace(day=1) <= day < dct.replace(day=1)
    elif family == "month_day":
        assert phrase == f"on {MONTHS[day.month - 1]} {day.day}" and abs((day - dct).days) <= 300


@FAST
@given(synthetic_articles(max_events=6))
def test_each_sentence_tells_its_event_with_a_true_phrase(article) -> None:
    assert len(article.tellings) == len(article.truth)
    for telling in article.tellings:
        assert telling.sentence in article.text and telling.phrase in telling.sentence
        assert telling.sentence.endswith(".") and telling.sentence[0].isupper()
        _check_phrase(telling.family, telling.phrase, article.truth[telling.key], article.dct)
    for key in article.truth:
        assert len(re.findall(rf"\b{key}\b", article.text)) >= 1


@FAST
@given(synthetic_articles(max_events=6))
def test_later_and_earlier_count_from_the_previous_sentence(article) -> None:
    words = {w: i for i, w in enumerate(NUMBERS)} | {"a": 7}
    for before, after in zip(article.tellings, article.tellings[1:]):
        gap = (article.truth[after.key] - article.truth[before.key]).days
        if after.family == "later":
            assert gap == (1 if after.phrase.startswith("The next day") else
                           14 if after.phrase.startswith("Two weeks") else
                           words[after.phrase.split()[0].lower()])
        if after.family == "earlier":
            assert -gap == (14 if after.phrase.startswith("Two weeks") else
                            words[after.phrase.split()[0].lower()])


@FAST
@given(st.data())
def test_families_can_be_restricted(data) -> None:
    chosen = data.draw(st.sets(st.sampled_from(sorted(FAMILIES)), min_size=1))
    article = data.draw(synthetic_articles(families=chosen, max_events=4))
    assert {t.family for t in article.tellings} <= chosen | {"full_date"}


def test_unknown_families_are_named() -> None:
    @given(synthetic_articles(families={"weekday", "fortnight_ago"}))
    def draw_one(article) -> None:
        pass

    with pytest.raises(UnknownFamilyError) as caught:
        draw_one()
    assert caught.value.names == ["fortnight_ago"]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(hostile_texts())
def test_hostile_texts_are_strings(text: str) -> None:
    assert isinstance(text, str)


def test_date_string_problem_knows_the_calendar() -> None:
    assert date_string_problem("2016-02-29") is None
    assert date_string_problem("2018-02-29") is not None
    assert date_string_problem("2020-W53") is None and date_string_problem("2018-W53") is not None
    assert date_string_problem("0000-00-00") is not None
    assert date_string_problem("99999") is not None
    assert date_string_problem("2018-Q5") is not None and date_string_problem("PXY") is None

"""Laws of timex extraction: DCT shifts move relative dates, spans are honest, dates exist.

(a) Shifting the DCT by N days shifts every day-grain date of a DCT-relative
expression by N days; weekday and week expressions shift by N when N is a
multiple of 7; shifting the DCT by whole months (day of month <= 28) shifts
month-grain values by those months, and by whole years shifts month- and
year-grain values by those years. (b) Spans lie inside the text, do not
overlap and ``text[start:end] == timex.text``; no value names a day that
does not exist.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.testing import dcts, hostile_texts, impossible_dates, span_problems, synthetic_articles
from timeline.timex import extract_timexes

# Derandomized: CI sees the same examples every run; exploration is the fuzz benchmark's job.
LAW = settings(max_examples=80, deadline=None, derandomize=True)
PAST_DAYS = ("today", "yesterday", "two days ago", "three days ago", "ten days ago",
             "the day before yesterday")
FUTURE_DAYS = ("tomorrow", "in two days", "in three days", "the day after tomorrow")
WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
            "on Sunday", "last week", "next week", "this week")
MONTHS = ("last month", "next month", "this month")
YEARS = ("last year", "next year", "this year")


def _sentence(phrase: str) -> str:
    future = phrase.startswith(("tomorrow", "in ", "the day after", "next"))
    return f"Officials {'will meet' if future else 'met'} {phrase}."


def relative_texts(*vocabularies: tuple[str, ...]) -> st.SearchStrategy[str]:
    """News sentences whose every date is relative to the DCT."""
    phrases = st.sampled_from([p for v in vocabularies for p in v])
    return st.lists(phrases, min_size=1, max_size=5).map(lambda ps: " ".join(map(_sentence, ps)))


def _pairs(text: str, dct: dt.date, shifted: dt.date):
    before = extract_timexes(text, dct)
    after = extract_timexes(text, shifted)
    assert [(t.start, t.end) for t in before] == [(t.start, t.end) for t in after], \
        "which expressions are found must not depend on the DCT"
    return [(a, b) for a, b in zip(before, after)
            if None not in (a.earliest, a.latest, b.earliest, b.latest)]


def _shift_days(a, b, n: int) -> None:
    step = dt.timedelta(days=n)
    assert (b.earliest, b.latest) == (a.earliest + step, a.latest + step), (a, b)


@LAW
@given(relative_texts(PAST_DAYS, FUTURE_DAYS), dcts(), st.integers(-800, 800))
def test_shifting_the_dct_shifts_day_grain_dates(text, dct, n) -> None:
    for a, b in _pairs(text, dct, dct + dt.timedelta(days=n)):
        if a.granularity == "day":
            _shift_days(a, b, n)
            if len(a.value) == 10 and a.value[4] == "-":
                assert b.value == (dt.date.fromisoformat(a.value) + dt.timedelta(days=n)).isoformat()


@LAW
@given(relative_texts(PAST_DAYS, FUTURE_DAYS, WEEKDAYS), dcts(), st.integers(-100, 100))
def test_shifting_by_whole_weeks_shifts_weekday_and_week_dates(text, dct, weeks) -> None:
    for a, b in _pairs(text, dct, dct + dt.timedelta(weeks=weeks)):
        if a.granularity in ("day", "week"):
            _shift_days(a, b, 7 * weeks)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


@LAW
@given(relative_texts(MONTHS, YEARS), dcts(), st.integers(-60, 60))
def test_shifting_by_whole_months_shifts_month_grain_values(text, dct, months) -> None:
    dct = dct.replace(day=min(dct.day, 28))
    for a, b in _pairs(text, dct, _add_months(dct, months)):
        if a.granularity == "month":
            assert b.earliest == _add_months(a.earliest, months), (a, b)
            moved = _add_months(a.latest.replace(day=1), months)
            assert (b.latest.year, b.latest.month) == (moved.year, moved.month), (a, b)


@LAW
@given(relative_texts(MONTHS, YEARS), dcts(), st.integers(-20, 20))
def test_shifting_by_whole_years_shifts_month_and_year_grain_values(text, dct, years) -> None:
    dct = dct.replace(day=min(dct.day, 28))
    for a, b in _pairs(text, dct, dct.replace(year=dct.year + years)):
        if a.granularity in ("month", "year"):
            assert b.earliest == a.earliest.replace(year=a.earliest.year + years), (a, b)
            assert (b.latest.year, b.latest.month) == (a.latest.year + years, a.latest.month), (a, b)


def _lawful(text: str, dct: dt.date | None) -> None:
    timexes = extract_timexes(text, dct)
    assert span_problems(text, timexes) == []
    assert impossible_dates({"timexes": [t.model_dump(mode="json") for t in timexes]}) == []


@settings(max_examples=300, deadline=None, derandomize=True)
@given(hostile_texts(), st.one_of(st.none(), dcts()))
def test_hostile_texts_give_honest_spans_and_real_dates(text, dct) -> None:
    _lawful(text, dct)


@LAW
@given(synthetic_articles(max_events=6))
def test_synthetic_articles_give_honest_spans_and_real_dates(article) -> None:
    _lawful(article.text, article.dct)

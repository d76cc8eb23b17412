"""Dates after a weekday-dated act (timeline/anchor/dated_acts.tsv): "said Tuesday he would meet ... on June 12"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.anchor.dated_acts import dated_act_clues
from timeline.anchor.dayset import MONTH_NAMES
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows

S = AnchorSettings()


@pytest.mark.parametrize(("expected", "sentence"), corpus_rows("dated_acts.tsv"))
def test_dated_acts_corpus(expected: str, sentence: str) -> None:
    clues = dated_act_clues(sentence, S)
    if expected == "none":
        assert clues == []
    elif expected.startswith("upto "):
        assert [(c.intervals[-1][1].isoformat(), c.upper, c.lower) for c in clues] == [(expected[5:], True, False)]
    else:
        month, day = (int(x) for x in expected.split()[1].split("-"))
        (clue,) = clues
        inner = clue.intervals[1:-1]
        date = [hi - dt.timedelta(days=S.weekday_days) for _, hi in inner]
        assert inner and all((d.month, d.day) == (month, day) for d in date)
        assert all((hi - lo).days == S.yearless_days + S.weekday_days for lo, hi in inner)

@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)), st.integers(0, 6))
def test_the_dct_is_never_later_than_the_days_after_the_date(day: dt.date, ago: int) -> None:
    """Law: a saying ``ago`` days before the DCT (0..weekday_days) of a meeting on ``day`` after it: the DCT
    is within the clue's days."""
    saying = day - dt.timedelta(days=1)
    dct = saying + dt.timedelta(days=ago)
    weekday = saying.strftime("%A")
    text = f"The minister said {weekday} he would meet them on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}."
    (clue,) = dated_act_clues(text, S)
    assert any(lo <= dct <= hi for lo, hi in clue.intervals)

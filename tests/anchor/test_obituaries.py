"""Age at death and birth (timeline/anchor/obituaries.tsv): the span of days of the death, and the DCT after it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.anchor.dayset import MONTH_NAMES
from timeline.anchor.obituaries import obituary_clues
from timeline.anchor.settings import AnchorSettings
from timeline.timex.calendar import safe_date

from .corpus import corpus_rows

S = AnchorSettings()


@pytest.mark.parametrize(("expected", "text"), corpus_rows("obituaries.tsv"))
def test_obituaries_corpus(expected: str, text: str) -> None:
    clues = obituary_clues(text, S)
    if expected == "none":
        assert clues == []
        return
    (clue,) = clues
    first, last = expected.split("..")
    assert clue.intervals[0][0].isoformat() == first and clue.lower
    assert (clue.intervals[-1][1].isoformat() == last and clue.upper) if last else not clue.upper


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1990, 12, 31)), st.integers(1, 105),
       st.integers(0, 364), st.integers(0, 6), st.booleans())
def test_the_true_dct_is_inside(born: dt.date, age: int, into: int, ago: int, exact: bool) -> None:
    """Law: one born on ``born`` who dies ``into`` days after turning ``age``, reported ``ago`` days later on
    a bare weekday: the DCT lies in the clue's days (birth written as a full date or as its year)."""
    birthday = safe_date(born.year + age, born.month, born.day) or dt.date(born.year + age, 3, 1)
    following = safe_date(born.year + age + 1, born.month, born.day) or dt.date(born.year + age + 1, 2, 28)
    death = birthday + dt.timedelta(days=into)
    if death >= following:
        return  # past the next birthday: the age would be one more
    dct = death + dt.timedelta(days=ago)
    written = f"{MONTH_NAMES[born.month - 1]} {born.day}, {born.year}" if exact else str(born.year)
    text = f"Jane Roe died on {death.strftime('%A')} at {age}. She was born {'on' if exact else 'in'} {written}."
    (clue,) = obituary_clues(text, S)
    assert any(lo <= dct <= hi for lo, hi in clue.intervals), clue.evidence

"""Numeric dates with a year in the story's sentences (timeline/anchor/numeric.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor.numeric import numeric_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows


def bound(sentence: str) -> str:
    clues = numeric_clues(sentence, AnchorSettings())
    if not clues:
        return "none"
    (clue,) = clues
    lo, hi = clue.intervals[0]
    return f"after {lo.isoformat()}" if clue.lower else f"before {hi.isoformat()}"


@pytest.mark.parametrize(("expected", "sentence"), corpus_rows("numeric.tsv"))
def test_numeric_corpus(expected: str, sentence: str) -> None:
    assert bound(sentence) == expected


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), month_first=st.booleans(),
       past=st.booleans())
def test_the_meant_day_is_never_ruled_out(day: dt.date, month_first: bool, past: bool) -> None:
    """Whichever order the writer used, the bound holds the day meant (past: on or after it; future: before)."""
    a, b = (day.month, day.day) if month_first else (day.day, day.month)
    verb = "was signed on" if past else "will be signed on"
    (clue,) = numeric_clues(f"The deal {verb} {a:02d}/{b:02d}/{day.year}.", AnchorSettings())
    lo, hi = clue.intervals[0]
    assert (lo <= day) if past else (day <= hi)

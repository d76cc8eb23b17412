"""A living person's age told with the birth (timeline/anchor/ages.tsv)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor.ages import age_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows


def span(sentence: str, conf: AnchorSettings | None = None) -> str:
    clues = age_clues(sentence, conf or AnchorSettings())
    return "none" if not clues else "..".join(d.isoformat() for d in (clues[0].intervals[0][0],
                                                                       clues[0].intervals[-1][1]))


@pytest.mark.parametrize(("expected", "sentence"), corpus_rows("ages.tsv"))
def test_ages_corpus(expected: str, sentence: str) -> None:
    assert span(sentence) == expected


@settings(max_examples=40, deadline=None)
@given(row=st.sampled_from([r for r in corpus_rows("ages.tsv") if r[0] != "none" and "Feb. 29" not in r[1]]),
       shift=st.sampled_from([-56, -28, 28, 56]))
def test_shifting_the_birth_by_28_years_shifts_the_span(row: tuple[str, str], shift: int) -> None:
    """Law: a birth 28 years later (same weekdays, same leap years) gives the span 28 years later."""
    expected, sentence = row
    moved = re.sub(r"\b(19\d\d|20\d\d)\b", lambda m: str(int(m.group()) + shift), sentence)
    first, last = (dt.date.fromisoformat(d) for d in expected.split(".."))
    conf = AnchorSettings(min_year=1800, max_year=2100)
    end = last if last == dt.date(2100, 12, 31) else last.replace(year=last.year + shift)  # a lower bound only
    assert span(moved, conf) == f"{first.replace(year=first.year + shift)}..{end}"


@settings(max_examples=60, deadline=None)
@given(born=st.dates(min_value=dt.date(1920, 1, 1), max_value=dt.date(2000, 12, 31)), age=st.integers(1, 80))
def test_the_day_one_is_that_age_lies_in_the_span(born: dt.date, age: int) -> None:
    """Soundness: any day on which one born on ``born`` is ``age`` years old lies inside the span, also from the year."""
    from timeline.anchor.obituaries import age_span
    birthday = born.replace(year=born.year + age) if not (born.month, born.day) == (2, 29) else dt.date(
        born.year + age, 3, 1)
    for written in (f"born on {born:%B} {born.day}, {born.year}", f"born in {born.year}"):
        clues = age_clues(f"Jones, {age}, who was {written}, spoke.", AnchorSettings())
        lo, hi = clues[0].intervals[0]
        assert lo <= birthday <= hi
    assert age_span((born, True, 0), age)[0] == birthday or (born.month, born.day) == (2, 29)

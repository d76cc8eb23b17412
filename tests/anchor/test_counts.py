"""Counts of years since an event of a named year (timeline/anchor/counts.tsv)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor.counts import count_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows

WIDE = AnchorSettings(min_year=1800, max_year=2100)


def bound(sentence: str, conf: AnchorSettings = WIDE) -> str:
    clues = count_clues(sentence, conf)
    if not clues:
        return "none"
    (clue,) = clues
    lo, hi = clue.intervals[0]
    if clue.lower and clue.upper:  # two readings ("the 30th anniversary of the fall ... in 1989"): "A..B or C..D"
        return "between " + " or ".join(f"{a.isoformat()}..{b.isoformat()}" for a, b in clue.intervals)
    return f"after {lo.isoformat()}" if clue.lower else f"before {hi.isoformat()}"


@pytest.mark.parametrize(("expected", "sentence"), corpus_rows("counts.tsv"))
def test_counts_corpus(expected: str, sentence: str) -> None:
    assert bound(sentence) == expected


@given(row=st.sampled_from([r for r in corpus_rows("counts.tsv") if r[0] != "none"]),
       shift=st.sampled_from([-56, -28, 28, 56]))
def test_shifting_the_event_shifts_the_bound(row: tuple[str, str], shift: int) -> None:
    """Law: the event 28 years later gives the bound 28 years later."""
    expected, sentence = row
    moved = re.sub(r"\b(19\d\d|20\d\d)\b", lambda m: str(int(m.group()) + shift), sentence)
    dates = re.sub(r"\d{4}", lambda m: str(int(m.group()) + shift), expected)
    assert bound(moved) == dates


@settings(max_examples=60, deadline=None)
@given(event=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2050, 12, 31)), count=st.integers(1, 40),
       months=st.integers(-6, 11))
def test_a_rounded_count_never_rules_out_the_day(event: dt.date, count: int, months: int) -> None:
    """Soundness: a day N years after the event, give or take the rounding (-6..+11 months), lies in the span."""
    day = event.replace(day=min(event.day, 28))
    total = day.year * 12 + day.month - 1 + count * 12 + months
    told = dt.date(total // 12, total % 12 + 1, day.day)
    (clue,) = count_clues(f"The city marks {count} years since its founding in {event.year}.", WIDE)
    lo, hi = clue.intervals[0]
    assert lo <= told <= hi

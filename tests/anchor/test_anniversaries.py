"""Anniversaries told as today's, this week's or a weekday's (timeline/anchor/anniversaries.tsv)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor.anniversaries import anniversary_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows

WIDE = AnchorSettings(min_year=1800, max_year=2100)


def bound(text: str, conf: AnchorSettings = WIDE) -> str:
    clues = anniversary_clues(text, conf)
    if not clues:
        return "none"
    (clue,) = clues
    lo, hi = clue.intervals[0][0], clue.intervals[-1][1]
    if clue.lower and clue.upper:
        return f"between {lo.isoformat()}..{hi.isoformat()}"
    return f"after {lo.isoformat()}" if clue.lower else f"before {hi.isoformat()}"


@pytest.mark.parametrize(("expected", "text"), corpus_rows("anniversaries.tsv"))
def test_anniversaries_corpus(expected: str, text: str) -> None:
    assert bound(text) == expected


@given(row=st.sampled_from([r for r in corpus_rows("anniversaries.tsv") if r[0] != "none"]),
       shift=st.sampled_from([-56, -28, 28, 56]))
def test_shifting_the_event_by_28_years_shifts_the_dct(row: tuple[str, str], shift: int) -> None:
    """Law: the event 28 years later (the calendar repeats, weekdays included) gives the DCT 28 years later."""
    expected, text = row
    moved = re.sub(r"\b(19\d\d|20\d\d)\b", lambda m: str(int(m.group()) + shift), text)
    assert bound(moved) == re.sub(r"\d{4}", lambda m: str(int(m.group()) + shift), expected)


@settings(max_examples=60, deadline=None)
@given(event=st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(1990, 12, 31)), count=st.integers(1, 100))
def test_todays_anniversary_is_the_dct(event: dt.date, count: int) -> None:
    """Soundness: "Today marks N years since ... on DATE" holds the day N years on (28 Feb or 1 Mar for 29 Feb)."""
    said = f"Today marks {count} years since the bridge opened on {event:%B} {event.day}, {event.year}."
    (clue,) = anniversary_clues(said, WIDE)
    lo, hi = clue.intervals[0][0], clue.intervals[-1][1]
    on = event.year + count
    day = event.replace(year=on) if (event.month, event.day) != (2, 29) or on % 4 == 0 and (on % 100 or on % 400 == 0) \
        else dt.date(on, 3, 1)
    assert lo <= day <= hi and (hi - lo).days <= 1

"""Timex-level inputs found while fuzzing (docs/fuzz-findings.md F3): what the text cannot say is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes

DCT = dt.date(2018, 11, 18)


@pytest.mark.parametrize("text", ["It happened 100000 days ago.", "99999999999999999999 days ago",
                                  "umpteen days ago", "1000000000000 years ago"])
def test_an_unreadable_count_is_not_one_unit(text: str) -> None:
    one_unit = {(DCT - dt.timedelta(days=1)).isoformat(), str(DCT.year - 1)}
    assert not [t.value for t in extract_timexes(text, DCT) if t.value in one_unit]

"""Periods told as over (timeline/anchor/periods.tsv): a whole period's change or total puts the DCT after it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.anchor.periods import period_clues, under_way_clues
from timeline.anchor.settings import AnchorSettings

from .corpus import corpus_rows


@pytest.mark.parametrize(("expected", "sentence"), corpus_rows("periods.tsv"))
def test_periods_corpus(expected: str, sentence: str) -> None:
    clues = period_clues(sentence, AnchorSettings())
    if expected == "none":
        assert clues == []
        return
    assert [c.intervals[0][0].isoformat() for c in clues] == [expected]
    assert all(c.lower and not c.upper and c.kind == "period" for c in clues)


MONTHS = ["", "January ", "May ", "the second quarter of ", "the last half of "]


@given(st.integers(1900, 2099), st.sampled_from(MONTHS))
def test_the_bound_is_the_day_after_the_period(year: int, period: str) -> None:
    """Law: the bound is after the whole period named, and never more than a year after its start."""
    clues = period_clues(f"Sales rose 4 percent in {period}{year}.", AnchorSettings())
    assert len(clues) == 1
    start = clues[0].intervals[0][0]
    assert dt.date(year, 1, 1) < start <= dt.date(year + 1, 1, 1)


@pytest.mark.parametrize("text", ["Sales at Will Smith's firm rose 4 percent in {y}.",
                                  "Sales rose 4 percent in May {y}."])
def test_a_month_or_a_name_is_no_modal(text: str) -> None:
    """"May" and "Will" capitalised are a month and a name, not an estimate's modal."""
    assert len(period_clues(text.format(y=2019), AnchorSettings())) == 1


def test_outside_the_plausible_years_gives_nothing() -> None:
    assert period_clues("Sales rose 4 percent in 2018.", AnchorSettings(min_year=1990, max_year=2018)) == []


@pytest.mark.parametrize(("text", "year"), [("2018 is on track to be the fourth-hottest year.", 2018),
                                            ("Analysts say 2019's shaping up as a record year.", 2019),
                                            ("2019 is now on course for a record harvest.", 2019),
                                            ("2018 was on track to be the hottest year.", None),
                                            ("The 2018 season is on track to end early.", None),
                                            ("Sales of $2018 is on track to rise.", None)])
def test_a_year_under_way_is_the_dcts_year_or_a_preview_late_in_the_year_before(text: str, year: int | None) -> None:
    clues = under_way_clues(text, AnchorSettings())
    preview = dt.date(year - 1, 10, 1) if year else None
    assert [c.intervals for c in clues] == ([] if year is None else [[(preview, dt.date(year, 12, 31))]])

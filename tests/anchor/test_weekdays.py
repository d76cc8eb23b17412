"""Weekdays tied to dates without a year (timeline/anchor/weekdays.tsv), and the week-shift law."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document, refine_year
from timeline.anchor.dayset import MONTH_NAMES, WEEKDAY_NAMES
from timeline.anchor.mentions import yearless_dates
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.weekdays import weekday_clues
from timeline.models import Document

from .corpus import corpus_rows

S = AnchorSettings()


def ties(text: str) -> str:
    found = set()
    for clue in weekday_clues(text, yearless_dates(text, []), S):
        lo, hi = clue.intervals[1]
        day = next(lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)
                   if f"{MONTH_NAMES[(lo + dt.timedelta(days=i)).month - 1]}" in clue.evidence.split(" was a ")[0]
                   and str((lo + dt.timedelta(days=i)).day) in clue.evidence.split(" was a ")[0].split("”: ")[-1])
        found.add(f"{day.month:02d}-{day.day:02d} {WEEKDAY_NAMES[day.weekday()]}")
    return "; ".join(sorted(found)) or "none"


@pytest.mark.parametrize(("expected", "text"), corpus_rows("weekdays.tsv"))
def test_weekday_corpus(expected: str, text: str) -> None:
    assert ties(text) == expected


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1950, 3, 1), max_value=dt.date(2080, 10, 31)), st.integers(0, 6),
       st.integers(-8, 8))
def test_shifting_every_date_by_whole_weeks_shifts_the_dct(day: dt.date, lag: int, weeks: int) -> None:
    """Shift-equivariance: every date moved by 7k days (its week after it staying in March..December of
    its year, so no 29 February or New Year between) keeps its weekday, and the DCT moves by 7k days."""
    moved = day + dt.timedelta(weeks=weeks)
    week = dt.timedelta(days=6)
    if {(moved + week).year, (day + week).year} != {day.year} or min(moved.month, day.month) < 3:
        return

    def dct(d: dt.date) -> tuple[dt.date, dt.date]:
        text = (f"Vote held\n\nObservers praised the {MONTH_NAMES[d.month - 1]} {d.day} referendum in the region. "
                f"The referendum held on {WEEKDAY_NAMES[d.weekday()]} was calm.")
        fixed = refine_year(anchor_document(Document(id="a", source="a", text=text)), [(d.year, "shared")])
        return fixed.earliest, fixed.latest

    (a, b), (c, e) = dct(day), dct(moved)
    assert (c - a, e - b) == (dt.timedelta(weeks=weeks), dt.timedelta(weeks=weeks))
    assert a <= day + dt.timedelta(days=lag) <= b


def test_the_evidence_names_the_years_the_date_falls_on_its_weekday() -> None:
    """A window 182 days either side spans two years: the evidence lists the date's own years (2019, not 2020)."""
    from timeline.anchor.settings import AnchorSettings
    from timeline.anchor.weekdays import weekday_clues
    from timeline.anchor.mentions import yearless_dates

    text = "Save the date: our annual gala is on Saturday, Nov. 16, at the Town Hall."
    (clue,) = weekday_clues(text, yearless_dates(text, []), AnchorSettings(min_year=2010, max_year=2025))
    assert "(2013, 2019, 2024)" in clue.evidence, clue.evidence

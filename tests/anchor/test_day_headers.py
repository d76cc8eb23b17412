"""A live blog's day headers and dated entries (timeline/anchor/day_headers.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document, refine_year
from timeline.anchor.settings import AnchorSettings
from timeline.models import Document


def dct(text: str, conf: AnchorSettings | None = None):
    return anchor_document(Document(id="a", source="a", text=text), settings=conf)


@pytest.mark.parametrize(("text", "window"), [
    ("Storm live\n\nMonday 11 March\n\n18:00 Landfall.\n\nTuesday 12 March\n\n07:00 Dawn.", ("03-11", "03-12")),
    ("Storm live\n\nTuesday 12 March\n\n07:00 Dawn.\n\nMonday 11 March\n\n18:00 Landfall.", ("03-11", "03-12")),
    ("Vote: live updates\n\nTuesday 12 March, 19:45 - MPs vote.\n\nTuesday 12 March, 20:05 - Defeat.",
     ("03-12", "03-18")),
    ("Count live\n\nMonday 31 December, 23:50 - Polls close.\n\nTuesday 1 January, 00:40 - The result.",
     ("12-31", "01-07")),
])
def test_the_days_of_a_live_blog(text: str, window: tuple[str, str]) -> None:
    found = dct(text)
    assert found.month_day_window == window, found.evidence
    assert found.earliest is None and found.latest is None


def test_dated_headers_bound_both_sides() -> None:
    found = dct("Live\n\nMarch 11, 2019\n\n18:00 Landfall.\n\nMarch 12, 2019\n\n07:00 Dawn.")
    assert (found.earliest, found.latest, found.basis) == (dt.date(2019, 3, 11), dt.date(2019, 3, 12), "dateline")


@pytest.mark.parametrize("text", [
    "Upcoming events\n\nSaturday 16 November\n\nAutumn gala.\n\nSunday 24 November\n\nCraft fair.",
    "From the diary\n\nSaturday 16 November\n\nThe gala raised 4,000 pounds.\n\nSunday 24 November\n\nThe fair.",
    "Timeline: the road to Brexit\n\nJune 23 - Britons vote to leave.\n\nMarch 29 - May triggers Article 50.",
])
def test_a_list_of_events_is_not_the_storys_days(text: str) -> None:
    found = dct(text)
    assert found.basis != "dateline" and found.value is None, found.evidence


def test_one_header_stays_a_dateline() -> None:
    assert dct("Budget live\n\nWednesday 11 March\n\n09:15 Arrival.\n\n12:30 Speech.").value == "XXXX-03-11"


@settings(max_examples=40, deadline=None)
@given(first=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 1)), days=st.integers(1, 20),
       true=st.integers(0, 20))
def test_every_day_of_the_blog_is_allowed(first: dt.date, days: int, true: int) -> None:
    """Soundness: a blog with headers from ``first`` to ``first + days`` allows each of those days."""
    last = first + dt.timedelta(days=days)
    text = (f"Live\n\n{first:%A} {first.day} {first:%B}\n\n09:00 Opening.\n\n"
            f"{last:%A} {last.day} {last:%B}\n\n10:00 Closing.")
    day = first + dt.timedelta(days=min(true, days))
    fixed = refine_year(dct(text), [(day.year, "law")])
    assert fixed.earliest is not None and fixed.earliest <= day <= fixed.latest, fixed.evidence

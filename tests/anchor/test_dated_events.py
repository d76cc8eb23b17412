"""Events named by their date (timeline/anchor/dated_events.tsv): the DCT is after them, recent when yearless."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.dated_events import EVENT_NOUNS, dated_event_clues
from timeline.anchor.dayset import MONTH_NAMES
from timeline.anchor.settings import AnchorSettings
from timeline.models import Document

from .corpus import corpus_rows

S = AnchorSettings()


def rows() -> list[tuple[str, str]]:
    return corpus_rows("dated_events.tsv")


def said(sentence: str) -> list[str]:
    out = set()
    for clue in dated_event_clues(sentence, S):
        lo, hi = clue.intervals[0] if clue.lower else clue.intervals[1]
        out.add(f"after {lo.isoformat()}" if clue.lower else f"recent {lo.month:02d}-{lo.day:02d}")
        if not clue.lower:
            assert (hi - lo).days == S.yearless_days and not clue.upper
    return sorted(out)


@pytest.mark.parametrize(("expected", "sentence"), rows())
def test_dated_events_corpus(expected: str, sentence: str) -> None:
    assert said(sentence) == ([] if expected == "none" else [expected])


def test_corpus_has_every_kind() -> None:
    assert {e.split()[0] for e, _ in rows()} == {"after", "recent", "none"}


def test_an_unknown_article_becomes_a_window() -> None:
    text = "Manhunt widens\n\nPolice said on Friday they had a new lead in the Oct. 2 school bus crash on the highway."
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert dct.basis == "inferred" and any("school bus crash" in e for e in dct.evidence)


DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31))


@given(DAYS, st.sampled_from(sorted(EVENT_NOUNS)), st.integers(-2, 2))
def test_shifting_by_400_year_cycles_shifts_the_bound(day: dt.date, noun: str, cycles: int) -> None:
    """Shift-equivariance: the Gregorian calendar repeats every 400 years, and so does the bound."""
    wide = AnchorSettings(min_year=1, max_year=9998)
    moved = day.replace(year=day.year + 400 * cycles)

    def bound(d: dt.date) -> dt.date:
        text = f"Police hunt the men behind the {MONTH_NAMES[d.month - 1]} {d.day}, {d.year}, {noun} in the port."
        return dated_event_clues(text, wide)[0].intervals[0][0]

    assert bound(moved) == moved and bound(day) == day

"""Copyright notices and modification stamps below the story (timeline/anchor/stamps.tsv)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.stamps import stamp_clues
from timeline.models import Document

from .corpus import corpus_rows


def bound(text: str) -> str:
    clues = stamp_clues(text, AnchorSettings())
    if not clues:
        return "none"
    (clue,) = clues
    lo, hi = clue.intervals[0][0], clue.intervals[-1][1]
    return f"between {lo.isoformat()}..{hi.isoformat()}" if clue.lower else f"before {hi.isoformat()}"


@pytest.mark.parametrize(("expected", "text"), corpus_rows("stamps.tsv"))
def test_stamps_corpus(expected: str, text: str) -> None:
    assert bound(text.replace("\\n", "\n")) == expected


def test_a_modification_date_is_no_past_the_dct_follows() -> None:
    """"Last updated March 5, 2019" below the story bounds the DCT from above only (the page was made before)."""
    text = "Rules\n\nMembers must book courts a day ahead.\n\nLast updated March 5, 2019"
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert (dct.earliest, dct.latest) == (None, dt.date(2019, 3, 5)), dct.evidence


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1960, 2040), late=st.integers(0, 8), shift=st.sampled_from([-56, -28, 28, 56]))
def test_shifting_the_notice_shifts_the_bound(year: int, late: int, shift: int) -> None:
    """Law: moving the notice's years by N moves the bound by N years; a story a few years older stays inside."""
    text = "Schools closed on Monday.\n\n© {} The Associated Press"
    base = anchor_document(Document(id="d", source="d", text=text.format(year)))
    moved = anchor_document(Document(id="d", source="d", text=text.format(year + shift)))
    assert moved.latest == base.latest.replace(year=base.latest.year + shift)
    assert base.latest >= dt.date(year - late, 6, 1)

"""Years naming a past event (timeline/anchor/named.tsv): a lower bound, or nothing for things ahead."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.named import (ENACTED, UNFORESEEN, after_event_clues, before_event_clues, named_event_clues,
                                   outcome_clues)
from timeline.anchor.settings import AnchorSettings
from timeline.models import Document

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("named.tsv")


@pytest.mark.parametrize(("expected", "sentence"), rows())
def test_named_corpus(expected: str, sentence: str) -> None:
    clues = named_event_clues(sentence, AnchorSettings()) + after_event_clues(sentence, AnchorSettings())
    clues += outcome_clues(sentence, AnchorSettings())
    clues = list({c.intervals[0][0]: c for c in clues}.values())  # "after the 1987 crash" says it twice
    ahead = before_event_clues(sentence, AnchorSettings())
    if expected.startswith("upto "):
        assert clues == [] and [c.intervals[0][1].isoformat() for c in ahead] == [expected[5:]]
        assert all(c.upper and not c.lower for c in ahead)
    elif expected == "none":
        assert clues == [] and ahead == []
    else:
        assert [c.intervals[0][0].isoformat() for c in clues] == [expected]
        assert all(c.lower and not c.upper for c in clues)


def test_the_clue_is_quoted_in_the_dct_evidence() -> None:
    dct = anchor_document(Document(id="a", source="a", text="Talks\n\nThey met after the 1987 crash ended."))
    assert dct.earliest == dt.date(1987, 1, 1) and dct.latest is None
    assert any("1987 crash" in e and "unforeseeable" in e for e in dct.evidence)


@given(st.sampled_from(sorted(UNFORESEEN | ENACTED)), st.integers(1900, 2089), st.integers(0, 10))
def test_shifting_the_year_shifts_the_bound(noun: str, year: int, by: int) -> None:
    """Shift-equivariance: the same sentence N years later bounds the DCT N years later."""
    text = "It came after the {} {} of the region."
    a = named_event_clues(text.format(year, noun), AnchorSettings())
    b = named_event_clues(text.format(year + by, noun), AnchorSettings())
    assert len(a) == len(b) == 1
    assert b[0].intervals[0][0].year - a[0].intervals[0][0].year == by


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("Iraq has been under sanctions since its 1990 invasion of Kuwait.", "past", ["since its 1990 invasion"]),
    ("Iraq has been under sanctions since its May 9 invasion of Kuwait.", "past", ["since its May 9 invasion"]),
    ("Talks will resume after the 2020 election.", "past", []),
    ("Talks resumed after the 2020 election.", "future", []),
    ("They will meet before the 2020 Olympics.", "future", ["before the 2020 Olympics"]),
])
def test_one_loop_tells_events_named_by_a_year_or_a_date(text: str, tense: str, expected: list[str]) -> None:
    """told_events serves the year ("the 1990 invasion") and the day ("the May 9 invasion") alike."""
    from timeline.anchor.dated_events import _AFTER_DAY
    from timeline.anchor.named import _AFTER, _BEFORE, told_events

    patterns = (_AFTER, _AFTER_DAY) if tense == "past" else (_BEFORE, _AFTER)
    found = [m.group() for p in patterns for m in told_events(text, p, tense, AnchorSettings())]
    assert found == expected

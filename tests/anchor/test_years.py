"""Bare years (timeline/anchor/years.tsv): fronted years, "since", period nouns, future infinitives."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.clues import text_clues
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.yearclues import relative_year_clues
from timeline.models import Document

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("years.tsv")


def bounds(sentence: str) -> list[str]:
    out = []
    for clue in text_clues(sentence, AnchorSettings()):
        if clue.kind in ("year", "fiscal"):
            lo, hi = clue.intervals[0]
            out.append(f"after {lo.isoformat()}" if clue.lower else f"before {hi.isoformat()}")
    return out


@pytest.mark.parametrize(("expected", "sentence"), rows())
def test_years_corpus(expected: str, sentence: str) -> None:
    assert bounds(sentence) == ([] if expected == "none" else [expected])


def test_corpus_has_both_sides_and_nothing() -> None:
    kinds = {e.split()[0] for e, _ in rows()}
    assert kinds == {"after", "before", "none"}


SENTENCES = ("In {y}, the company earned $5 million.", "Since {y}, the militia has held the zone.",
             "The association expects to achieve record earnings in {y}.",
             "They adopted measures after the {y} crash, when investors fled.",
             "It reported a loss of $3 million in the {y} quarter.")


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), st.integers(1920, 2060), st.integers(-15, 15))
def test_shifting_every_year_shifts_the_bounds(picked: list[str], year: int, by: int) -> None:
    """Shift-equivariance: the same article with every year moved by N has its bounds moved by N years."""
    def dct(shift: int):
        body = " ".join(s.format(y=year + shift + i) for i, s in enumerate(picked))
        return anchor_document(Document(id="a", source="a", text="Results\n\n" + body))

    a, b = dct(0), dct(by)
    for x, y in ((a.earliest, b.earliest), (a.latest, b.latest)):
        assert (x is None) == (y is None)
        if x is not None:
            assert (y.year - x.year, y.month, y.day) == (by, x.month, x.day)


def test_the_true_dct_stays_inside() -> None:
    text = "Results\n\nIn 1988, the company earned $8 million. Since 1983, it has shed 70 units. It expects to grow in 1990."
    dct = anchor_document(Document(id="a", source="a", text=text))
    # 1988's earnings are told once 1988 is over (periods.py): the bound is 1 January 1989.
    assert dct.earliest == dt.date(1989, 1, 1) and dct.latest == dt.date(1990, 12, 31)
    assert any("In 1988, the company earned" in e and "period is over" in e for e in dct.evidence)


def relative_rows() -> list[tuple[str, str]]:
    return corpus_rows("relative_years.tsv")


@pytest.mark.parametrize(("expected", "sentence"), relative_rows())
def test_relative_years_corpus(expected: str, sentence: str) -> None:
    clues = relative_year_clues(sentence, AnchorSettings())
    if expected == "none":
        assert clues == []
    elif expected.startswith("after "):  # a speaker's year (a quotation, another year beside it): lower side only
        first = dt.date.fromisoformat(expected[6:])
        assert [(c.intervals[0][0], c.lower, c.upper) for c in clues] == [(first, True, False)]
    elif ".." in expected:  # "earlier this year, in March 2019": part of the year
        first, last = (dt.date.fromisoformat(d) for d in expected.split(".."))
        assert [c.intervals for c in clues] == [[(first, last)]]
    else:
        year = int(expected)
        assert [c.intervals for c in clues] == [[(dt.date(year, 1, 1), dt.date(year, 12, 31))]]


@given(st.sampled_from([r for r in relative_rows() if r[0] != "none"]), st.integers(-150, 80))
def test_shifting_every_year_shifts_the_dcts_year(row: tuple[str, str], shift: int) -> None:
    """Shift-equivariance: move every year of the article by N years, the DCT's year moves alike
    (years are read in 1800..2099, so whole 400-year cycles leave the range)."""
    expected, sentence = row
    moved = re.sub(r"\b(1[89]\d\d|20\d\d)\b", lambda m: str(int(m.group()) + shift), sentence)
    clues = relative_year_clues(moved, AnchorSettings(min_year=1800, max_year=2100))
    assert [c.intervals[0][0].year for c in clues] == [int(expected.removeprefix("after ")[:4]) + shift]


@pytest.mark.parametrize(("part", "expected"), [("the third quarter", (dt.date(2019, 7, 1), dt.date(2019, 9, 30))),
                                                ("the second half", (dt.date(2019, 7, 1), dt.date(2019, 12, 31))),
                                                ("the third half", (dt.date(2019, 1, 1), dt.date(2019, 12, 31)))])
def test_a_part_of_a_year_bounds_from_its_first_day_and_no_such_part_from_the_years(part: str, expected) -> None:
    """Quarter and half ends are the calendar's (timeline.timex.calendar); "the third half" is no part and
    once raised ValueError (month 13): it now reads as the year."""
    dct = anchor_document(Document(id="a", source="a", text=f"Results\n\nSales fell in {part} of 2019."))
    assert dct.earliest == expected[0] and dct.latest is None
    future = anchor_document(Document(id="a", source="a", text=f"Results\n\nSales will fall in {part} of 2019."))
    assert future.earliest is None and future.latest == expected[1]

"""The dateline corpus beside the rules (timeline/anchor/datelines.tsv), run through anchor_document."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document, find_dateline, refine_year
from timeline.anchor.dayset import MONTH_NAMES
from timeline.anchor.evaluate import judge
from timeline.anchor.seats import seats
from timeline.models import Document

from .corpus import corpus_rows


def rows() -> list[tuple[str, str]]:
    return corpus_rows("datelines.tsv")


@pytest.mark.parametrize(("value", "text"), rows())
def test_dateline_corpus(value: str, text: str) -> None:
    line = find_dateline("Some Headline Here\n\n" + text)
    if value == "-":
        assert line is None
        return
    assert line is not None
    if value == "NODATE":
        assert line.month is None
        return
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert (dct.value, dct.basis) == (value, "dateline")
    assert any(line.text in e for e in dct.evidence)
    if value.startswith("XXXX"):
        assert dct.earliest is None and dct.latest is None


def test_corpus_covers_every_kind() -> None:
    kinds = {("-" if v == "-" else "NODATE" if v == "NODATE" else v[:4] == "XXXX") for v, _ in rows()}
    assert kinds == {"-", "NODATE", True, False}


def test_dateline_below_page_chrome_is_found() -> None:
    text = "All news\n\nHeadline of the day\n\nMOSCOW, May 4. /TASS/. Russia said so.\n"
    assert anchor_document(Document(id="d", source="d", text=text)).value == "XXXX-05-04"


def test_dateline_deep_in_the_story_is_not_a_dateline() -> None:
    text = "Headline\n\n" + "The talks went on for a long time, the ministers said.\n" * 40 + "MOSCOW, May 4. /TASS/. x"
    assert find_dateline(text) is None


def test_every_agency_in_the_seat_table_has_a_seat() -> None:
    table = seats()
    assert {"tass", "xinhua", "reuters", "ap", "afp"} <= set(table)
    assert all(places and all(p == p.upper() for p in places) for places in table.values())


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 2), max_value=dt.date(2090, 12, 30)), lag=st.integers(-1, 1),
       form=st.sampled_from(["OTTAWA, {md} (Kyodo) --", "CAIRO, {md} (Reuters) -", "BRUSSELS, {md} (Xinhua) --",
                             "KIEV, {md}. /TASS/.", "OSLO, {md} (NTB) -"]))
def test_a_correspondents_dateline_allows_the_agencys_day(day: dt.date, lag: int, form: str) -> None:
    """The agency stamps at its seat: a true DCT a day either side of the dateline's day is never ruled out."""
    written = day - dt.timedelta(days=lag)
    text = form.format(md=f"{MONTH_NAMES[written.month - 1]} {written.day}") + " Talks began."
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert judge(dct, day)[0], dct.evidence
    fixed = refine_year(dct, [(day.year, "shared")])
    assert fixed.earliest <= day <= fixed.latest


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       form=st.sampled_from(["MOSCOW, {md}. /TASS/.", "TOKYO, {md} (Kyodo) --", "{md} (Reuters) -"]))
def test_a_dateline_at_the_agencys_seat_gives_its_day(day: dt.date, form: str) -> None:
    text = form.format(md=f"{MONTH_NAMES[day.month - 1]} {day.day}") + " Talks began."
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert dct.value == f"XXXX-{day.month:02d}-{day.day:02d}"
    assert refine_year(dct, [(day.year, "shared")]).day == day

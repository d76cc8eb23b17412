"""The dateline corpus beside the rules (timeline/anchor/datelines.tsv), run through anchor_document."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document, find_dateline, refine_year
from timeline.anchor.dayset import MONTH_NAMES
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
    if value.startswith("<="):  # an update or a release date outside a release: on or before its day
        assert (dct.earliest, dct.latest, dct.basis) == (None, dt.date.fromisoformat(value[2:]), "dateline")
        return
    if ".." in value:  # a numeric date that reads two ways: the DCT is one of its two days
        first, last = (dt.date.fromisoformat(v) for v in value.split(".."))
        assert (dct.earliest, dct.latest, dct.basis) == (first, last, "dateline")
        assert all(d.isoformat() in " ".join(dct.evidence) for d in (first, last))
        return
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


# Correspondents' datelines away from the agency's seat, with the seat the evidence must name.
AWAY = {"OTTAWA, {md} (Kyodo) --": "in TOKYO", "CAIRO, {md} (Reuters) -": "in LONDON",
        "BRUSSELS, {md} (Xinhua) --": "in BEIJING", "KIEV, {md}. /TASS/.": "in MOSCOW",
        "OSLO, {md} (NTB) -": "at a seat not in timeline/anchor/seats.tsv"}


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       form=st.sampled_from(sorted(AWAY)), with_year=st.booleans())
def test_a_correspondents_dateline_gives_its_day_and_names_the_seat(day: dt.date, form: str,
                                                                   with_year: bool) -> None:
    """The story counts its days from the dateline's: that day is the DCT, wherever the agency stamps it.

    The agency's seat, where its own stamp may fall a day either side, is reported as evidence.
    """
    written = f"{MONTH_NAMES[day.month - 1]} {day.day}" + (f", {day.year}" if with_year else "")
    dct = anchor_document(Document(id="d", source="d", text=form.format(md=written) + " Talks began."))
    assert dct.basis == "dateline"
    if with_year:
        assert (dct.value, dct.earliest, dct.latest) == (day.isoformat(), day, day)
    else:
        assert (dct.value, dct.earliest, dct.latest) == (f"XXXX-{day.month:02d}-{day.day:02d}", None, None)
        fixed = refine_year(dct, [(day.year, "shared")])
        if (day.month, day.day) == (2, 29):  # a window never rests on 29 February (infer.window_of): 28 Feb..1 Mar
            assert fixed.earliest <= day <= fixed.latest
        else:
            assert fixed.day == day
    place = form.split(",")[0]
    note = [e for e in dct.evidence if f"stamps its stories {AWAY[form]}, not in {place}" in e]
    assert len(note) == 1 and "a day either side" in note[0], dct.evidence


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       form=st.sampled_from(["MOSCOW, {md}. /TASS/.", "TOKYO, {md} (Kyodo) --", "{md} (Reuters) -"]))
def test_a_dateline_at_the_agencys_seat_gives_its_day(day: dt.date, form: str) -> None:
    text = form.format(md=f"{MONTH_NAMES[day.month - 1]} {day.day}") + " Talks began."
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert dct.value == f"XXXX-{day.month:02d}-{day.day:02d}"
    fixed = refine_year(dct, [(day.year, "shared")])
    if (day.month, day.day) == (2, 29):  # a window never rests on 29 February (infer.window_of): 28 Feb..1 Mar
        assert fixed.earliest <= day <= fixed.latest
    else:
        assert fixed.day == day
    assert not any("stamps its stories" in e for e in dct.evidence), dct.evidence


def test_an_update_stamp_gives_way_to_the_publication_stamp_below_it() -> None:
    """An update is later than the article: the "Posted" / "Originally published" line below it is the day."""
    text = "Travel notes\n\nUpdated March 5, 2019\nOriginally posted February 20, 2019\n\nThe train left."
    assert anchor_document(Document(id="d", source="d", text=text)).value == "2019-02-20"
    alone = "Travel notes\n\nUpdated March 5, 2019\n\nThe train left."
    dct = anchor_document(Document(id="d", source="d", text=alone))  # an update alone: on or before its day
    assert (dct.earliest, dct.latest) == (None, dt.date(2019, 3, 5)), dct.evidence


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), slash=st.booleans())
def test_a_numeric_stamp_holds_its_day_in_both_readings(day: dt.date, slash: bool) -> None:
    """Month first and day first: whichever the writer meant, the true day lies in what the anchor says."""
    for first, second in ((day.month, day.day), (day.day, day.month)):
        if not slash and (first, second) != (day.day, day.month):
            continue  # a dotted date is day first
        sep = "/" if slash else "."
        text = f"Council\n\nPublished {first:02d}{sep}{second:02d}{sep}{day.year}\n\nThe council met."
        dct = anchor_document(Document(id="d", source="d", text=text))
        assert dct.basis == "dateline" and dct.earliest <= day <= dct.latest, dct.evidence


def test_a_weekday_in_a_yearless_stamp_keeps_the_years_it_falls_on() -> None:
    """"Posted on Tuesday, March 5th": 5 March was a Tuesday in 2019, 2013, 2002, ... not in 2018."""
    text = "Pancakes\n\nPosted on Tuesday, March 5th\n\nWe made pancakes."
    dct = anchor_document(Document(id="d", source="d", text=text))
    assert dct.value == "XXXX-03-05" and {2019, 2013, 2002} <= set(dct.candidate_years or ())
    assert all(dt.date(y, 3, 5).weekday() == 1 for y in dct.candidate_years), dct.candidate_years

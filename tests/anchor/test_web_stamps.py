"""Web pages' byline and stamp lines (timeline/anchor/web_stamps.tsv): the DCT they give, and heads that give none."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.web_stamps import find_web_stamp
from timeline.models import Document

_TSV = Path(__file__).resolve().parents[2] / "timeline" / "anchor" / "web_stamps.tsv"
# Rows the reader gets wrong, each with its reason (strict: a mended row must leave this table).
_XFAIL: dict[str, str] = {
    "stamp_wide_gap": "a name without 'By', a role or an agency ('John Smith    Nov 18, 2018') is not told by "
                      "its shape from a heading beside an event's date ('Christmas Day    Dec 25, 2018'): left unread",
}


def _rows(kind: str) -> list:
    out = []
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        row_kind, name, earliest, latest, text = line.split("\t")
        if row_kind == kind:
            marks = [pytest.mark.xfail(strict=True, reason=_XFAIL[name])] if name in _XFAIL else []
            out.append(pytest.param(earliest, latest, text.replace("\\n", "\n"), id=name, marks=marks))
    return out


def _day(written: str) -> dt.date | None:
    return None if written == "-" or written.startswith("XXXX") else dt.date.fromisoformat(written)


def _anchor(text: str):
    return anchor_document(Document(id="w", source="w.txt", text=text))


@pytest.mark.parametrize(("earliest", "latest", "text"), _rows("stamp"))
def test_stamp_gives_its_interval(earliest: str, latest: str, text: str) -> None:
    dct = _anchor(text)
    if earliest.startswith("XXXX"):  # a yearless stamp keeps its month and day
        assert dct.value == earliest and dct.basis == "dateline", dct
        return
    assert (dct.earliest, dct.latest) == (_day(earliest), _day(latest)), dct.evidence
    assert dct.basis == "dateline", dct
    stamp = find_web_stamp(text, text=text)
    quoted = [q for said in dct.evidence for q in re.findall(r"“([^”]+)”", said)]
    assert stamp.line is not None and any(q in stamp.line.text for q in quoted), dct.evidence


@pytest.mark.parametrize(("earliest", "latest", "text"), _rows("none"))
def test_no_stamp_in_a_head_that_is_not_one(earliest: str, latest: str, text: str) -> None:
    assert find_web_stamp(text, text=text).line is None
    dct = _anchor(text)
    assert dct.basis != "dateline", dct.evidence


def test_the_corpus_is_large_enough() -> None:
    assert len(_rows("stamp")) >= 100 and len(_rows("none")) >= 30


def test_an_update_alone_bounds_from_above() -> None:
    """'Updated 1132 GMT (1932 HKT) November 18, 2018': written on or before that day, no lower bound."""
    dct = _anchor("Updated 1132 GMT (1932 HKT) November 18, 2018\n\nRussia said on Monday it would respond.")
    assert (dct.earliest, dct.latest) == (None, dt.date(2018, 11, 18)), dct.evidence


def test_publication_and_update_keep_the_update_in_the_evidence() -> None:
    dct = _anchor("Heat record\nPublished: 30 June 2019\nUpdated: 2 July 2019\n\nTemperatures hit a record.")
    assert dct.value == "2019-06-30"
    assert any("Updated: 2 July 2019" in said for said in dct.evidence), dct.evidence


def test_an_ambiguous_numeric_stamp_is_never_a_silent_pick() -> None:
    dct = _anchor("Garden notes\nPosted 08/09/2017\n\nThe tomatoes are ripe.")
    assert (dct.earliest, dct.latest) == (dt.date(2017, 8, 9), dt.date(2017, 9, 8))
    assert any("reads as" in said for said in dct.evidence), dct.evidence


def test_a_zone_keeps_the_printed_day_and_says_so() -> None:
    dct = _anchor("Russia vows response\nPublished November 18, 2018 11:50 PM PST\n\nRussia said it would respond.")
    assert dct.value == "2018-11-18"
    assert any("printed day 2018-11-18 is kept; at UTC it is 2018-11-19" in said for said in dct.evidence)


def test_relative_stamps_never_read_the_clock() -> None:
    """'3 days ago' fixes nothing: the same text anchors the same way whenever it is read."""
    dct = _anchor("Russia vows response\nBy John Smith | 3 days ago\n\nRussia said it would respond.")
    assert dct.basis == "unknown" and dct.earliest is None and dct.latest is None


@pytest.mark.parametrize("line", ["Published " + "12:30 GMT " * 20 + "x", "Posted " + "GMT+03 " * 30 + "x",
                                  "12:30 " * 40, "By " + "Ab and " * 40, "Posted 18 Nov 2018 " + "EST " * 50 + "x",
                                  "Posted " + "(12:30) " * 30 + "x", "on " * 80])
def test_a_long_line_of_stamp_parts_is_read_in_bounded_time(line: str) -> None:
    """Each part of a stamp is read one way only: a line of many parts must not take exponential time."""
    started = time.perf_counter()
    find_web_stamp(f"{line}\n{line}\nText.", text=line)
    assert time.perf_counter() - started < 1.0


_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")


def _written(day: dt.date, form: int) -> str:
    """``day`` as sites write it: named month first or day first, ISO, or a numeric date its parts decide."""
    return (f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
            day.isoformat(), f"{day.day}/{day.month:02d}/{day.year}")[form]


@settings(max_examples=60, deadline=None)
@given(day=st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)).filter(lambda d: d.day > 12),
       form=st.integers(0, 3), byline=st.sampled_from(["By Ana Ruiz", "By Ana Ruiz, Staff Writer", "Reuters",
                                                       "Ana Ruiz and Ben Cole, Reuters", "By admin"]),
       sep=st.sampled_from([" | ", " · ", " • ", " — ", "   "]),
       clock=st.sampled_from(["", "10:32 AM", "10.32 GMT", "23:50 BST", "9:05am AEST", "3 min read"]))
def test_a_composed_byline_stamp_gives_its_day(day: dt.date, form: int, byline: str, sep: str, clock: str) -> None:
    line = sep.join(part for part in (byline, _written(day, form), clock) if part)
    dct = _anchor(f"Council votes\n{line}\n\nThe council voted.")
    assert (dct.value, dct.basis) == (day.isoformat(), "dateline"), (line, dct.evidence)


@settings(max_examples=30, deadline=None)
@given(count=st.integers(1, 59), unit=st.sampled_from(["minutes", "hours", "days", "weeks"]),
       label=st.sampled_from(["", "Updated ", "Posted "]), byline=st.sampled_from(["", "By Ana Ruiz | "]))
def test_a_relative_stamp_never_bounds_the_dct(count: int, unit: str, label: str, byline: str) -> None:
    dct = _anchor(f"Council votes\n{byline}{label}{count} {unit} ago\n\nThe council voted.")
    assert (dct.earliest, dct.latest, dct.basis) == (None, None, "unknown"), dct.evidence

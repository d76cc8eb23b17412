"""An open DCT's candidate years and month-day window as fields, agreeing with its evidence lines.

The fields (``candidate_years``, ``month_day_window``) are what code reads; the summary lines
(``window: ...``, ``candidate years: ...``) are what a reader reads. Both must say the same on
every document of the anchor's corpora, and refine_year must keep them true.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import AnchorSettings, anchor_document, refine_year
from timeline.anchor.dayset import MONTH_NAMES, describe_years
from timeline.anchor.infer import WINDOW_PREFIX, YEARS_PREFIX
from timeline.anchor.refine import year_days
from timeline.ingest import load
from timeline.models import Document, DocumentTime

from . import review_articles, review_articles_s8
from .corpus import FOLDER

CASE = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019" / "articles"
D = dt.date


def _line(dct: DocumentTime, prefix: str) -> str | None:
    lines = [line[len(prefix):] for line in dct.evidence if line.startswith(prefix)]
    assert len(lines) <= 1, dct.evidence
    return lines[0] if lines else None


def assert_fields_agree(dct: DocumentTime) -> None:
    """The fields say what the evidence lines say (and nothing where a reader is told nothing)."""
    window, years = _line(dct, WINDOW_PREFIX), _line(dct, YEARS_PREFIX)
    if dct.day is not None or dct.basis in ("unknown", "metadata"):
        assert (dct.candidate_years, dct.month_day_window) == (None, None), dct
    if window is None:
        assert dct.month_day_window is None, dct
    else:
        assert dct.month_day_window == tuple(window.split()[0].split("..")), dct
    found = dct.candidate_years
    assert found is None or (found and found == sorted(set(found))), dct
    if years is None:  # no line: no candidates, or one year the value and bounds already tell
        assert found is None or (len(found) == 1 and dct.month_day_window is None
                                 and year_days(dct, found[0]) is not None), dct
    elif re.fullmatch(r"\d{4}(, \d{4})*", years):
        assert found == [int(y) for y in years.split(", ")], dct
    else:
        assert found is not None and len(found) > 60 and years == describe_years(found), dct


def _corpus_texts() -> list[str]:
    texts = [a.text for a in review_articles.ARTICLES + review_articles_s8.ARTICLES]
    for tsv in sorted(FOLDER.glob("*.tsv")):
        texts += [line.split("\t", 1)[1] for line in tsv.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#") and "\t" in line]
    return texts


def test_the_fields_agree_with_the_evidence_on_every_corpus_document() -> None:
    seeds = [d.model_copy(update={"published": None, "published_raw": None}) for d in load([CASE]).documents]
    docs = seeds + [Document(id="t", source="t", text=text) for text in _corpus_texts()]
    dcts = [anchor_document(doc) for doc in docs]
    for dct in dcts:
        assert_fields_agree(dct)
    # Not vacuous: the corpora hold windows, listed years, described years and single years.
    assert sum(d.month_day_window is not None for d in dcts) >= 20
    assert any(_line(d, YEARS_PREFIX) and "between" in _line(d, YEARS_PREFIX) for d in dcts)
    assert any(d.candidate_years and 1 < len(d.candidate_years) <= 60 for d in dcts)


def test_the_seed_with_a_weekday_tie_lists_its_years() -> None:
    doc = next(d for d in load([CASE]).documents if d.id.startswith("002"))
    dct = anchor_document(doc.model_copy(update={"published": None, "published_raw": None}))
    assert dct.month_day_window == ("11-06", "11-12")
    assert {2007, 2012, 2018} <= set(dct.candidate_years) and not set(dct.candidate_years) & {2016, 2017, 2019}
    assert all(D(y, 11, 6).weekday() == 1 for y in dct.candidate_years)


def test_a_yearless_dateline_alone_has_a_window_and_no_years() -> None:
    dct = anchor_document(Document(id="a", source="a", text="MOSCOW, November 18. /TASS/. Talks."))
    assert (dct.candidate_years, dct.month_day_window) == (None, ("11-18", "11-18"))


def test_code_reads_the_fields_not_the_words() -> None:
    """A window or years written in the evidence, without the fields, narrows nothing."""
    words = DocumentTime(value="XXXX-02", basis="inferred",
                         evidence=["window: 02-11..02-17 (month-day)", "candidate years: 2012, 2018"])
    assert year_days(words, 1991) == (D(1991, 2, 1), D(1991, 2, 28))
    fields = words.model_copy(update={"candidate_years": [2012, 2018], "month_day_window": ("02-11", "02-17")})
    assert year_days(fields, 1991) is None and year_days(fields, 2012) == (D(2012, 2, 11), D(2012, 2, 17))


def test_refining_a_window_that_runs_past_new_year() -> None:
    dct = DocumentTime(value=None, basis="inferred", candidate_years=[2016, 2017, 2018],
                       month_day_window=("12-12", "01-20"))
    fixed = refine_year(dct, [(2018, "shared")])
    # The DCT's year 2018 holds the end of the window opened in 2017 and the start of the 2018 one.
    assert (fixed.earliest, fixed.latest) == (D(2018, 1, 1), D(2018, 12, 31))
    assert (fixed.candidate_years, fixed.month_day_window) == ([2017, 2018], ("12-12", "01-20"))
    last = refine_year(dct.model_copy(update={"candidate_years": [2016, 2017]}), [(2018, "shared")])
    assert (last.earliest, last.latest, last.candidate_years) == (D(2018, 1, 1), D(2018, 1, 20), [2017])


def _refined_fields_hold(dct: DocumentTime, year: int) -> None:
    fixed = refine_year(dct, [(year, "shared")])
    if fixed.earliest is None or fixed.earliest.year != year or fixed == dct:
        return
    if fixed.day is not None:
        assert (fixed.candidate_years, fixed.month_day_window) == (None, None)
        return
    assert fixed.month_day_window == dct.month_day_window
    allowed = set(dct.candidate_years) if dct.candidate_years else None
    opens = {year - 1, year} if dct.month_day_window else {year}
    assert fixed.candidate_years and set(fixed.candidate_years) <= opens & (allowed or opens)


MONTH_DAYS = st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31))


@settings(max_examples=60, deadline=None)
@given(said=MONTH_DAYS, tied=MONTH_DAYS, weekday=st.integers(0, 6), lag=st.integers(-200, 200),
       first=st.integers(1900, 2050), width=st.integers(0, 60), dateline=st.booleans(),
       year=st.integers(1900, 2110), pick=st.integers(0, 100))
def test_law_fields_agree_for_yearless_datelines_and_weekday_ties(said, tied, weekday, lag, first, width,
                                                                  dateline, year, pick) -> None:
    """Any yearless dateline (or none), a weekday tied to a yearless date and a past or future date:
    the fields agree with the lines, and stay true once refine_year fixes a year (a candidate
    year when there are some, so the narrowing is exercised, else any year)."""
    day_name = dt.date(2001, 1, 1 + weekday).strftime("%A")
    other = said + dt.timedelta(days=lag)
    head = f"MOSCOW, {MONTH_NAMES[said.month - 1]} {said.day}. /TASS/. " if dateline else ""
    text = (f"{head}The vote held on {day_name}, {MONTH_NAMES[tied.month - 1]} {tied.day}, was calm. "
            f"Talks {'were held' if lag < 0 else 'will be held'} on {MONTH_NAMES[other.month - 1]} {other.day}.")
    conf = AnchorSettings(min_year=first, max_year=first + width)
    dct = anchor_document(Document(id="a", source="a", text=text), settings=conf)
    assert_fields_agree(dct)
    _refined_fields_hold(dct, dct.candidate_years[pick % len(dct.candidate_years)] if dct.candidate_years else year)


@pytest.mark.parametrize("text", [
    "Officials said the November 6 vote, held on Tuesday, was calm.",
    "The accord was signed on March 3, 2019. The vote is scheduled for May 5, 2019.",
    "Since 2005 the firm has grown. On Tuesday, November 6, voters went to the polls.",
])
def test_fields_agree_and_refine_keeps_them_true(text: str) -> None:
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert_fields_agree(dct)
    for year in (2012, 2018, 2019):
        _refined_fields_hold(dct, year)


@settings(max_examples=80, deadline=None)
@given(date=st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31)), back=st.integers(0, 182))
def test_law_a_future_date_without_a_year_keeps_the_true_day_in_its_year(date: dt.date, back: int) -> None:
    """Law: told "on July 1" as ahead, the true DCT (up to 182 days before it) stays among the days of its
    year, leap years included ("182 days before 1 July" opens on 31 December or, in a leap year, 1 January)."""
    if (date.month, date.day) == (2, 29):
        return
    true = date - dt.timedelta(days=back)
    text = f"Voters return to the polls on {MONTH_NAMES[date.month - 1]} {date.day}."
    dct = anchor_document(Document(id="a", source="a", text=text))
    days = year_days(dct, true.year)
    assert days is not None and days[0] <= true <= days[1]


def test_a_leap_years_window_opening_on_new_years_day_opened_the_year_before() -> None:
    dct = anchor_document(Document(id="a", source="a", text="Voters return to the polls on July 1."))
    assert dct.month_day_window == ("12-31", "07-01") and dct.candidate_years is None  # every year opens one
    assert year_days(dct, 2020)[0] == D(2020, 1, 1)  # not only 31 December, as when 2019 was left out

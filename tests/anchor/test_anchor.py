"""anchor_document and refine_year: the seed articles without metadata, metadata, laws and evidence."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import AnchorSettings, anchor_document, refine_year
from timeline.anchor.dayset import MONTH_NAMES
from timeline.ingest import load
from timeline.models import Document, DocumentTime

REPO = Path(__file__).resolve().parents[2]
CASE = REPO / "cases" / "russia-us-2016-2019"
D = dt.date


@pytest.fixture(scope="module")
def bare() -> dict[str, DocumentTime]:
    return {d.id[:3]: anchor_document(d) for d in load([CASE / "articles"]).documents}


@pytest.fixture(scope="module")
def truth() -> dict[str, dt.date]:
    lines = (CASE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"][:3]: D.fromisoformat(r["published"]) for r in map(json.loads, lines)}


def test_000_inferred_from_the_november_dates_without_a_year(bare) -> None:
    dct = bare["000"]
    assert (dct.basis, dct.value, dct.earliest, dct.latest) == ("inferred", "XXXX-11", None, None)
    assert any("window: 11-15..11-30" in e for e in dct.evidence)
    assert (dct.month_day_window, dct.candidate_years) == (("11-15", "11-30"), None)
    # "the 2018 midterm elections" names an event; an article of 2017 could say it too.
    assert not any("2018-01-01" in e for e in dct.evidence)


def test_001_yearless_dateline(bare) -> None:
    dct = bare["001"]
    assert (dct.basis, dct.value, dct.earliest, dct.latest) == ("dateline", "XXXX-11-18", None, None)
    assert "MOSCOW, November 18. /TASS/." in dct.evidence[0]


def test_002_tuesday_6_november_leaves_only_matching_years(bare) -> None:
    dct = bare["002"]
    assert (dct.basis, dct.value) == ("inferred", "XXXX-11")
    years_line = next(e for e in dct.evidence if e.startswith("candidate years: "))
    years = {int(y) for y in re.findall(r"\d{4}", years_line)}
    assert {2007, 2012, 2018} <= years and not years & {2016, 2017, 2019}
    assert dct.candidate_years == sorted(years)
    assert all(D(y, 11, 6).weekday() == 1 for y in years)
    assert any("held on Tuesday" in e and "November 6" in e for e in dct.evidence)


def test_003_has_no_year_and_says_so(bare) -> None:
    # "NEW YORK, November 11. /TASS/.": the correspondent's New York day is the story's day; TASS's
    # own stamp, in Moscow, may be a day either side, which the evidence says.
    dct = bare["003"]
    assert (dct.basis, dct.value, dct.earliest, dct.latest) == ("dateline", "XXXX-11-11", None, None)
    assert any(e.startswith("window: 11-11..11-11") for e in dct.evidence)
    assert any("TASS stamps its stories in MOSCOW, not in NEW YORK" in e for e in dct.evidence)
    assert any("year is not known" in e for e in dct.evidence)


def test_004_caption_bounds_it_below_and_oct_14_is_ahead(bare) -> None:
    dct = bare["004"]
    assert dct.basis == "inferred" and dct.earliest is not None and dct.earliest > D(2018, 11, 30)
    assert any("photo caption" in e for e in dct.evidence) and any("Oct. 14" in e for e in dct.evidence)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_the_true_date_is_never_ruled_out(bare, truth, prefix: str) -> None:
    dct, true = bare[prefix], truth[prefix]
    assert (dct.earliest or D.min) <= true <= (dct.latest or D.max)
    if dct.value and dct.value.startswith("XXXX-"):
        assert dct.value[5:7] == f"{true.month:02d}"
    fixed = refine_year(dct, [(true.year, "an event shared with a dated article")])
    assert fixed.earliest <= true <= fixed.latest


def test_refine_fixes_the_dateline_year_and_quotes_the_evidence(bare) -> None:
    fixed = refine_year(bare["001"], [(2018, "Putin met Pence on 15 November 2018.")])
    assert (fixed.value, fixed.earliest, fixed.basis) == ("2018-11-18", D(2018, 11, 18), "dateline")
    assert bare["001"].month_day_window == ("11-18", "11-18")
    assert (fixed.candidate_years, fixed.month_day_window) == (None, None)  # a day has no candidates
    assert "Putin met Pence on 15 November 2018." in fixed.evidence[-1]


def test_refine_narrows_the_weekday_window(bare) -> None:
    fixed = refine_year(bare["002"], [(2018, "the 2018 midterm elections")])
    assert (fixed.earliest, fixed.latest, fixed.value) == (D(2018, 11, 6), D(2018, 11, 12), "2018-11")
    assert (fixed.candidate_years, fixed.month_day_window) == ([2018], ("11-06", "11-12"))


def test_refine_refuses_years_the_document_rules_out(bare) -> None:
    kept = refine_year(bare["002"], [(2017, "an event of 2017")])
    assert (kept.earliest, kept.latest, kept.value) == (None, None, "XXXX-11")
    assert kept.candidate_years == bare["002"].candidate_years
    assert "rule out" in kept.evidence[-1]


def test_refine_skips_a_year_the_calendar_has_not() -> None:
    """A vote for year 0 or 10000 fits no day (month_interval / year_interval give None): once a ValueError."""
    for value in ("XXXX-11", None):
        dct = DocumentTime(value=value, basis="inferred")
        kept = refine_year(dct, [(10000, "far"), (0, "before")])
        assert (kept.earliest, kept.latest) == (None, None) and "rule out" in kept.evidence[-1]


def test_refine_leaves_a_tie_open() -> None:
    dct = DocumentTime(value="XXXX-11-11", basis="dateline")
    kept = refine_year(dct, [(2016, "a"), (2018, "b")])
    assert kept.value == "XXXX-11-11" and "equally" in kept.evidence[-1]


def test_refine_does_not_touch_a_known_day() -> None:
    dct = DocumentTime(value="2018-11-18", earliest=D(2018, 11, 18), latest=D(2018, 11, 18), basis="metadata")
    assert refine_year(dct, [(2016, "x")]) == dct


def test_metadata_wins_over_the_dateline() -> None:
    doc = Document(id="a", source="a.md", text="MOSCOW, November 18. /TASS/. x", published=D(2018, 11, 19),
                   published_raw="2018-11-19")
    dct = anchor_document(doc)
    assert (dct.value, dct.basis, dct.day) == ("2018-11-19", "metadata", D(2018, 11, 19))
    assert "2018-11-19" in dct.evidence[0]


def test_nothing_to_go_on_is_unknown_with_a_reason() -> None:
    dct = anchor_document(Document(id="a", source="a", text="The talks went well, he said."))
    assert (dct.basis, dct.value, dct.earliest, dct.latest) == ("unknown", None, None, None)
    assert dct.evidence


def test_full_past_and_future_dates_bound_both_sides() -> None:
    text = ("The accord was signed on March 3, 2019, officials said. "
            "The next round is scheduled for April 2, 2019, the ministry said.")
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert (dct.earliest, dct.latest, dct.value, dct.basis) == (D(2019, 3, 3), D(2019, 4, 2), "2019", "inferred")


def test_a_contradicting_clue_is_dropped_and_said() -> None:
    text = ("The accord was signed on March 3, 2019, officials said. "
            "The vote is scheduled for January 5, 2019, the ministry said.")
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert dct.earliest == D(2019, 3, 3) and any(e.startswith("ignored") for e in dct.evidence)


@pytest.mark.parametrize("text", ["He was born on February 30, 2018, they said.", "It was 31/31/2018.",
                                  "In the year 99999 it happened.", "It was dated 0000-00-00 by them."])
def test_impossible_dates_give_no_clue(text: str) -> None:
    dct = anchor_document(Document(id="a", source="a", text=text))
    assert dct.basis == "unknown"


def test_the_plausible_window_is_a_setting() -> None:
    doc = Document(id="a", source="a", text="Officials said the November 6 vote, held on Tuesday, was calm.")
    narrow = anchor_document(doc, settings=AnchorSettings(min_year=2010, max_year=2020))
    assert "candidate years: 2012, 2018" in narrow.evidence
    assert narrow.candidate_years == [2012, 2018]


def test_no_clock_in_ingest_or_anchor() -> None:
    pattern = re.compile(r"\b(?:date|datetime)\.(?:today|now|utcnow)\(|time\.time\(")
    for package in ("ingest", "anchor"):
        for path in (REPO / "timeline" / package).glob("*.py"):
            assert not pattern.search(path.read_text(encoding="utf-8")), path


DAYS = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))


@settings(max_examples=40, deadline=None)
@given(day=DAYS, shift=st.integers(-3000, 3000))
def test_shifting_the_metadata_date_shifts_the_dct(day: dt.date, shift: int) -> None:
    def dct(d: dt.date) -> DocumentTime:
        return anchor_document(Document(id="a", source="a", text="MOSCOW, May 4. /TASS/. Talks.",
                                        published=d, published_raw=d.isoformat()))
    moved = day + dt.timedelta(days=shift)
    assert dct(moved).earliest - dct(day).earliest == dt.timedelta(days=shift)


@settings(max_examples=40, deadline=None)
@given(day=DAYS, style=st.sampled_from(["{M} {d}, {y}", "{d} {M} {y}", "{m}. {d}, {y}"]))
def test_a_dated_dateline_gives_its_day(day: dt.date, style: str) -> None:
    month = MONTH_NAMES[day.month - 1]
    written = style.format(M=month, m=month[:3] if month != "May" else "May", d=day.day, y=day.year)
    dct = anchor_document(Document(id="a", source="a", text=f"WASHINGTON, {written} -- The talks ended."))
    assert (dct.day, dct.basis) == (day, "dateline")
    assert not any("stamps its stories" in e for e in dct.evidence)
    # A correspondent's dateline away from the agency's seat gives its day too: the story's "yesterday"
    # counts from it. Xinhua's own stamp, in Beijing, may be a day either side: evidence, not the DCT.
    away = anchor_document(Document(id="a", source="a", text=f"WASHINGTON, {written} (Xinhua) -- The talks ended."))
    assert (away.value, away.earliest, away.latest, away.basis) == (day.isoformat(), day, day, "dateline")
    assert any("Xinhua stamps its stories in BEIJING, not in WASHINGTON" in e for e in away.evidence)


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=D(1990, 1, 1), max_value=D(2080, 12, 31)), lag=st.integers(0, 6))
def test_weekday_tied_to_a_date_keeps_the_true_year(day: dt.date, lag: int) -> None:
    true_dct = day + dt.timedelta(days=lag)
    weekday = day.strftime("%A")
    text = (f"Officials spoke after the {day.strftime('%B')} {day.day} referendum in the region. "
            f"The referendum held on {weekday} was calm, observers said.")
    dct = anchor_document(Document(id="a", source="a", text=text))
    fixed = refine_year(dct, [(true_dct.year, "shared")])
    assert fixed.earliest <= true_dct <= fixed.latest


@pytest.mark.parametrize("text", [
    "Apple unveils iPod nano\nSeptember 7 , 2005\nApple today unveiled a new music player .",
    "WASHINGTON , Sept. 7 , 2005 -- Apple today unveiled a new music player .",
])
def test_tokenized_dateline_is_read_as_printed(text) -> None:
    dct = anchor_document(Document(id="t", source="t", text=text))
    assert (dct.basis, dct.earliest, dct.latest) == ("dateline", D(2005, 9, 7), D(2005, 9, 7))


def test_tokenized_text_gives_the_dct_its_printed_form_gives() -> None:
    printed = "Talks stalled.\nThe leaders met on November 6, 2018, after the vote. They will meet again on November 20, 2018."
    tokenized = ("Talks stalled .\nThe leaders met on November 6 , 2018 , after the vote . "
                 "They will meet again on November 20 , 2018 .")
    first, second = (anchor_document(Document(id="t", source="t", text=t)) for t in (printed, tokenized))
    assert (first.earliest, first.latest, first.basis) == (second.earliest, second.latest, second.basis)
    assert (first.earliest, first.latest) == (D(2018, 11, 6), D(2018, 11, 20))


def test_dates_across_a_hard_wrap_are_clues() -> None:
    text = ("Talks stalled.\nThe leaders of both nations met on November\n6, 2018, after the vote and will meet "
            "again on November\n20, 2018, officials said.")
    dct = anchor_document(Document(id="t", source="t", text=text))
    assert (dct.earliest, dct.latest, dct.basis) == (D(2018, 11, 6), D(2018, 11, 20), "inferred")

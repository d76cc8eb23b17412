"""Cross-document merge: year evidence for yearless articles, and the solver's reading of the seeds."""

from __future__ import annotations

import datetime as dt

from tests.events.helpers import SEED_DCTS, dct_of, draft_of_text, find, seed, seed_draft, solved_windows
from timeline.events import extract_events, merge
from timeline.models import DocumentTime
from timeline.timex import extract_timexes

D = dt.date


def test_yearless_article_gets_year_evidence_from_a_shared_event() -> None:
    dated = seed_draft("000")
    doc, _ = seed("001")
    yearless = DocumentTime(value="XXXX-11-18", basis="dateline", evidence=["MOSCOW, November 18"])
    draft = extract_events(doc, yearless, extract_timexes(doc.story, None))
    m = merge([draft, dated], {dated.document: dct_of(SEED_DCTS["000"]), doc.id: yearless})
    evidence = m.year_evidence[doc.id]
    assert 2018 in {year for year, _ in evidence}
    assert all(text for _, text in evidence)
    assert dated.document not in m.year_evidence


def test_different_meetings_on_the_same_day_stay_apart() -> None:
    a = draft_of_text("Putin met Pence in Singapore on November 15.", D(2018, 11, 19), "a")
    b = draft_of_text("Merkel met Macron in Paris on November 15.", D(2018, 11, 19), "b")
    m = merge([a, b], {"a": dct_of(D(2018, 11, 19)), "b": dct_of(D(2018, 11, 19))})
    assert len(m.events) == 2


def test_same_meeting_on_incompatible_dates_stays_apart() -> None:
    a = draft_of_text("Putin met Pence in Singapore on November 15.", D(2018, 11, 19), "a")
    b = draft_of_text("Putin met Pence in Singapore on March 3.", D(2018, 11, 19), "b")
    m = merge([a, b], {"a": dct_of(D(2018, 11, 19)), "b": dct_of(D(2018, 11, 19))})
    assert len(m.events) == 2


def test_solver_puts_the_seed_events_in_their_intervals() -> None:
    drafts = [seed_draft(p) for p in SEED_DCTS]
    m = merge(drafts, {d.document: dct_of(SEED_DCTS[d.document[:3]]) for d in drafts})
    dates, _ = solved_windows(m.events, m.constraints)
    assert dates(find(m.events, "Putin held a brief meeting", "Pence")) == (D(2018, 11, 15), D(2018, 11, 15))
    assert dates(find(m.events, "Peskov said")) == (D(2018, 11, 18), D(2018, 11, 18))
    assert dates(find(m.events, "US imposed", "tariffs")) == (D(2018, 10, 1), D(2018, 10, 31))
    start, _ = dates(find(m.events, "Trump accused China"))
    assert start == D(2018, 9, 23)  # a week (6 to 8 days) before a speech in October
    assert dates(find(m.events, "visit to Saudi Arabia")) == (D(2019, 10, 14), D(2019, 10, 14))
    assert dates(find(m.events, "G20 summit")) == (D(2018, 11, 30), D(2018, 12, 1))
    vote = next(e for e in m.events if e.label.startswith("Midterm elections"))
    assert {s[:3] for s in vote.sources} == {"000", "002"}  # "the 2018 midterm elections" = "November 6"
    assert dates(vote) == (D(2018, 11, 6), D(2018, 11, 6))

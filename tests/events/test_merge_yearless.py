"""A yearless day ("November 6" in an article whose year is unknown) meets dated events of others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.events.helpers import dct_of
from timeline.events import extract_events, merge
from timeline.events.profile import fits
from timeline.models import Document, DocumentTime
from timeline.pipeline import build
from timeline.timex import extract_timexes

D = dt.date
CASE = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019"
YEARLESS = DocumentTime(value="XXXX-11", basis="inferred")


def _draft(doc_id: str, text: str, dct: DocumentTime):
    doc = Document(id=doc_id, source=doc_id, text=text)
    return extract_events(doc, dct, extract_timexes(doc.story, dct.day))


def _merged(dated_text: str, yearless_text: str):
    dated = dct_of(D(2018, 11, 19))
    a, b = _draft("a", dated_text, dated), _draft("b", yearless_text, YEARLESS)
    return merge([a, b], {"a": dated, "b": YEARLESS})


def test_a_yearless_day_fits_a_window_in_some_year() -> None:
    assert fits("11-06", (D(2018, 1, 1), D(2018, 12, 31)))
    assert fits("11-06", (D(2017, 12, 1), D(2019, 1, 31)))
    assert not fits("11-06", (D(2018, 11, 7), D(2018, 11, 30)))
    assert not fits("02-29", (D(2019, 1, 1), D(2019, 12, 31)))
    assert fits("11-06", (None, D(2018, 1, 1)))


def test_yearless_midterms_merge_with_the_2018_midterms_and_give_the_year() -> None:
    m = _merged("Trump accused China of trying to interfere in the 2018 midterm elections.",
                "Peskov spoke about the November 6 midterm elections in the US.")
    elections = next(e for e in m.events if e.label.startswith("Midterm elections"))
    assert elections.sources == ["a", "b"]
    assert [year for year, _ in m.year_evidence["b"]] == [2018]
    assert "2018 midterm elections" in m.year_evidence["b"][0][1]


def test_a_yearless_day_outside_the_dated_window_stays_apart() -> None:
    m = _merged("The midterm elections were held on November 6, 2018.",
                "Peskov spoke about the March 3 midterm elections.")
    assert all(len(e.sources) == 1 for e in m.events)
    assert "b" not in m.year_evidence


def test_a_shared_yearless_date_alone_fuses_nothing() -> None:
    m = _merged("The midterm elections were held in 2018.",
                "The November 6 parliamentary elections in Ukraine were quiet.")
    assert all(len(e.sources) == 1 for e in m.events)


def test_bare_case_002_takes_2018_from_the_midterms() -> None:
    tl = build([str(CASE / "articles")])
    report = next(r for r in tl.documents if r.id.startswith("002"))
    assert (report.dct.earliest, report.dct.latest) == (D(2018, 11, 6), D(2018, 11, 12))
    assert any("2018 midterm elections" in line for line in report.dct.evidence)
    elections = next(e for e in tl.events if e.label.startswith("Midterm elections"))
    assert {s[:3] for s in elections.sources} == {"000", "002"}
    assert (elections.earliest, elections.latest) == (D(2018, 11, 6), D(2018, 11, 6))


def test_an_event_bounded_on_one_side_names_no_year() -> None:
    """Found by session 11's web-stamp review: "since 2016" bounds a stretch below; its year is no DCT's year."""
    text = "Residents have campaigned for the repairs since 2016. A petition was handed in."
    m = _merged(text, text)
    assert any(e.sources == ["a", "b"] for e in m.events)  # the same event, told by both
    assert "b" not in m.year_evidence


def test_background_far_from_the_dated_article_names_no_year() -> None:
    """A shared event dated a year and more before the dated article is background, not the news both report."""
    from timeline.events.merge import NEWS_DAYS, _news
    from timeline.events.profile import Profile
    dated = dct_of(D(2018, 11, 19))
    opened = Profile(keys=("open",), start=(D(2009, 3, 3), D(2009, 3, 3)), dated_by="opened on March 3, 2009")
    assert not _news(opened, dated)
    recent = opened.model_copy(update={"start": (D(2018, 11, 3), D(2018, 11, 3))})
    assert _news(recent, dated)
    edge = D(2018, 11, 19) - dt.timedelta(days=NEWS_DAYS)
    assert _news(opened.model_copy(update={"start": (edge, edge)}), dated)

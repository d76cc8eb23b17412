"""Inputs found by benchmarks/fuzz_pipeline.py, minimised, kept so they never come back.

Each case is (id, text, dct, how): ``how`` is "document" (a Document whose
published date is the DCT) or "file" (a .txt file, the DCT given as the
default ``dct=``). The law is the fuzz's: ``build`` returns, and the timeline
obeys :func:`timeline.testing.timeline_problems`. Each case names its finding
in docs/fuzz-findings.md; while a finding is open in another owner's module
its case is ``xfail(strict=True)``, so the fix turns it into a failure and
the mark goes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.models import Document
from timeline.pipeline import build
from timeline.testing import interval_problems, timeline_problems

MIN, MAX = dt.date.min, dt.date.max


CASES = [
    pytest.param("F1-weekday-at-date-min", "met Tuesday", MIN, "file", id="F1-weekday-at-date-min"),
    pytest.param("F1-weekday-at-date-max", "Sunday", MAX, "document", id="F1-weekday-at-date-max"),
    pytest.param("F1-tomorrow-at-date-max", "Tomorrow", MAX, "document", id="F1-tomorrow-at-date-max"),
    pytest.param("F1-yesterday-at-date-min", "Novak visited Oslo yesterday.", MIN, "document",
                 id="F1-yesterday-at-date-min"),
    pytest.param("F2-reporting-window-at-date-min", "announced.", MIN, "document",
                 id="F2-reporting-window-at-date-min"),
]


@pytest.mark.parametrize(("case", "text", "dct", "how"), CASES)
def test_fuzz_finding_is_lawful(tmp_path: Path, case: str, text: str, dct: dt.date, how: str) -> None:
    if how == "file":
        path = tmp_path / "fuzz.txt"
        path.write_text(text, encoding="utf-8")
        timeline = build([path], dct=dct)
        assert timeline.documents, case
        assert timeline_problems(timeline) == []
    else:
        doc = Document(id="fuzz", source="fuzz.txt", text=text, published=dct)
        assert timeline_problems(build([doc]), {"fuzz": text}) == []


@pytest.mark.parametrize("day", [MIN, MAX], ids=["date-min", "date-max"])
def test_f4_two_documents_at_the_calendar_edge_merge(day: dt.date) -> None:
    docs = [Document(id=f"c{i}", source=f"c{i}.txt", text="Officials met.", published=day)
            for i in range(2)]
    texts = {d.id: d.text for d in docs}
    assert timeline_problems(build(docs), texts) == []


def test_f5_a_fronted_time_after_the_dateline_dates_the_event() -> None:
    text = ("GENEVA, January 30, 2007 -- On Saturday, Prime Minister Achebe announced sanctions "
            "against Norway.\n")
    doc = Document(id="fuzz", source="fuzz.txt", text=text, published=dt.date(2007, 1, 30))
    assert interval_problems(build([doc]), {"Achebe": dt.date(2007, 1, 27)}) == []


F6_CASES = [
    pytest.param("In 2028, the election will take place. Governor Achebe will give an interview in Hanoi "
                 "the day after the election.\n", dt.date(2028, 4, 9),
                 {"election": dt.date(2028, 5, 10), "Achebe": dt.date(2028, 5, 11)},
                 id="year-then-day-after"),
    pytest.param("Ambassador Sorensen will meet officials from Portugal in Geneva on April 18, 2024. "
                 "Nine days later, the ceremony will take place. The day after the ceremony, Foreign "
                 "Minister Achebe will hold talks with Peru in Lisbon.\n", dt.date(2024, 4, 12),
                 {"Sorensen": dt.date(2024, 4, 18), "ceremony": dt.date(2024, 4, 27),
                  "Achebe": dt.date(2024, 4, 28)}, id="days-later-then-day-after"),
]


@pytest.mark.parametrize(("text", "dct", "truth"), F6_CASES)
def test_f6_the_day_after_an_event_is_not_a_day_after_a_date(text: str, dct: dt.date, truth: dict) -> None:
    doc = Document(id="fuzz", source="fuzz.txt", text=text, published=dct)
    assert interval_problems(build([doc]), truth) == []


@pytest.mark.parametrize("text", ["election this year", "The election took place in December."])
def test_f8_an_event_in_the_last_month_of_the_calendar_is_solved(text: str) -> None:
    doc = Document(id="fuzz", source="fuzz.txt", text=text, published=MAX)
    assert timeline_problems(build([doc]), {"fuzz": text}) == []


def test_f9_an_unresolved_time_is_not_replaced_by_the_reporting_window() -> None:
    text = ("The election will take place on January 28, 2015. On December 31, 2014, the vote took "
            "place. Governor Petrakis announced sanctions against Norway last year.\n")
    # Written on 2015-01-10 (no metadata, no dateline): "last year" is 2014.
    doc = Document(id="fuzz", source="fuzz.txt", text=text)
    assert interval_problems(build([doc]), {"Petrakis": dt.date(2014, 6, 15)}) == []


def test_f10_an_event_pushed_before_the_calendar_has_no_stated_date() -> None:
    texts = ["1291-71-51", "The referendum took place last week. Three days after the referendum, "
             "Foreign Minister Kowalski held talks with Vietnam in Geneva.\n"]
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(texts)]
    timeline = build(docs, dct=MIN)
    assert timeline_problems(timeline, {d.id: d.text for d in docs}) == []


def test_f11_the_anchor_of_a_relation_takes_no_tense_from_the_other_clause() -> None:
    text = ("GENEVA, March 6, 2033 -- The election took place earlier this month. Foreign Minister "
            "Kowalski will meet officials from Peru in Oslo a week after the election.\n")
    doc = Document(id="fuzz", source="fuzz.txt", text=text)
    truth = {"election": dt.date(2033, 3, 5), "Kowalski": dt.date(2033, 3, 12)}
    assert interval_problems(build([doc]), truth) == []


def test_f13_a_count_no_calendar_holds_is_no_relation() -> None:
    texts = ["The talks ended 2844812329262307380035584 months before the vote. Officials met on Tuesday.",
             "\u00e5X\u009f>\u00b3;\u00ecg\u00a2_\u00deI\u00ec\u008f\u00d9\u008f\u00fc\u009c"]
    docs = [Document(id="d0", source="d0.txt", text=texts[0]),
            Document(id="d1", source="d1.txt", text=texts[1], published=dt.date(121, 2, 10))]
    assert timeline_problems(build(docs), {d.id: d.text for d in docs}) == []

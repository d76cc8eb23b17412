"""Hostile texts: the event stage never raises, never dates what it cannot, and stays fast."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from tests.events.helpers import SEEDS, dct_of
from timeline.events import extract_events, merge
from timeline.models import Document, DocumentTime, Timex
from timeline.testing.hostile import FIXED, hostile_texts
from timeline.timex import extract_timexes


def _extract(text: str, dct: DocumentTime):
    doc = Document(id="h", source="h", text=text)
    return extract_events(doc, dct, extract_timexes(doc.story, dct.day))


def test_fixed_traps_never_raise() -> None:
    for text in FIXED:
        for dct in (DocumentTime(), dct_of(dt.date(2018, 11, 19))):
            draft = _extract(text, dct)
            assert all(c.document == "h" for c in draft.constraints)


def test_calendar_edges_do_not_overflow() -> None:
    text = "Peskov said the talks ended before 1 January 0001 and resumed after 31 December 9999."
    edges = [Timex(text="1 January 0001", start=35, end=49, type="DATE", value="0001-01-01",
                   earliest=dt.date.min, latest=dt.date.min),
             Timex(text="31 December 9999", start=68, end=84, type="DATE", value="9999-12-31",
                   earliest=dt.date.max, latest=dt.date.max)]
    for day in (dt.date.min, dt.date.max):
        doc = Document(id="h", source="h", text=text)
        draft = extract_events(doc, dct_of(day), edges)
        assert draft.events


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(hostile_texts())
def test_hostile_texts_never_raise_and_merge_cleanly(text: str) -> None:
    draft = _extract(text, dct_of(dt.date(2018, 11, 19)))
    merged = merge([draft], {"h": dct_of(dt.date(2018, 11, 19))})
    assert len(merged.events) == len(draft.events)


def test_no_dct_means_no_default_date() -> None:
    draft = _extract("Putin met Pence. Peskov said talks will resume.", DocumentTime(value="XXXX-11-18"))
    assert not [c for c in draft.constraints if (c.rule or "").startswith("dct:")]


def test_a_long_article_is_read_in_one_pass() -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) * 8
    draft = _extract(text, dct_of(dt.date(2018, 11, 19)))
    assert len(draft.events) > 50

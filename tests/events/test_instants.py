"""Instants vs spans: an event is one day unless the text (or its noun) gives it a span."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.events.helpers import draft_of_text, find, on
from timeline.events.instants import duration_bounds
from timeline.pipeline import build

D = dt.date
CASE = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019"


def _rules(draft, event) -> set[str]:
    return {c.rule for c in on(draft.constraints, event, "end") if c.b is not None}


def test_a_verb_event_is_an_instant() -> None:
    draft = draft_of_text("Trump accused China of trying to interfere last month.", D(2018, 11, 19))
    accused = find(draft.events, "accused")
    tie = [c for c in draft.constraints if c.rule == "event:instant"]
    assert [(c.a, c.b, c.lo, c.hi) for c in tie] == [(f"{accused.id}.start", f"{accused.id}.end", 0, 0)]
    assert tie[0].sentence and tie[0].document == "t"


def test_a_month_grain_timex_is_not_a_duration() -> None:
    draft = draft_of_text("In October, the US imposed new tariffs on Chinese imports.", D(2018, 11, 19))
    assert "event:instant" in _rules(draft, find(draft.events, "imposed"))


def test_a_range_gives_a_span() -> None:
    draft = draft_of_text("The leaders held talks between 30 November and 1 December.", D(2018, 11, 19))
    talks = find(draft.events, "talks")
    assert "event:instant" not in {c.rule for c in draft.constraints if talks.id in (c.a or "")}


def test_a_range_on_an_instant_noun_gives_a_span() -> None:
    draft = draft_of_text("Ministers held a meeting from 3 to 5 May.", D(2018, 11, 19))
    meeting = find(draft.events, "meeting")
    assert not [c for c in draft.constraints if c.rule == "event:instant" and c.a.startswith(meeting.id)]


@pytest.mark.parametrize("text, lo, hi", [
    ("Leaders opened a three-day conference in Paris on Monday.", 2, 3),
    ("Ministers met in Oslo. The meeting lasted two weeks.", 13, 14),
])
def test_a_duration_bounds_the_span(text: str, lo: int, hi: int) -> None:
    draft = draft_of_text(text, D(2018, 11, 19))
    links = [c for c in draft.constraints if c.rule == "event:duration"]
    assert [(c.lo, c.hi) for c in links] == [(lo, hi)]
    assert not [c for c in draft.constraints if c.rule == "event:instant" and c.a == links[0].a]


def test_lasting_minutes_is_an_instant() -> None:
    assert duration_bounds("PTXM") == (0, 0) and duration_bounds("PT2H") == (0, 0)
    assert duration_bounds("P1W") == (6, 7) and duration_bounds("P2M") == (55, 62)
    assert duration_bounds("2018-11") is None


def test_negated_events_stay_untied() -> None:
    draft = draft_of_text("Putin never met Pence.", D(2018, 11, 19))
    assert not [c for c in draft.constraints if c.rule == "event:instant"]


def test_case_trump_accusation_ends_by_25_october() -> None:
    """"Pence's speech came a week after Trump accused China": the speech is in October (last
    month of 19 Nov), so the accusation is at most 25 Oct, start and end alike."""
    tl = build([str(CASE / "articles.jsonl")])
    accused = find(tl.events, "Trump accused China")
    assert accused.earliest == D(2018, 9, 23) and accused.latest == D(2018, 10, 25)
    summit = find(tl.events, "G20 summit")
    assert (summit.earliest, summit.latest) == (D(2018, 11, 30), D(2018, 12, 1))

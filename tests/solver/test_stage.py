"""The solve stage: dated, ordered events and conflicts that carry their sentences."""

from __future__ import annotations

import datetime as dt
import random

from timeline.models import Constraint, Event
from timeline.solver.stage import SolverSettings, solve_events

D = dt.date


def _on(event: str, day: D, doc: str, sentence: str, confidence: float = 0.9,
        rule: str = "timex:on") -> list[Constraint]:
    return [Constraint(description=f"{event} on {day}", document=doc, sentence=sentence,
                       a=f"{event}.{side}", earliest=day, latest=day, rule=rule,
                       confidence=confidence) for side in ("start", "end")]


def _case() -> tuple[list[Event], list[Constraint]]:
    events = [Event(id=i, label=f"event {i}") for i in ("vote", "meeting", "summit", "loose")]
    constraints = [
        *_on("vote", D(2018, 11, 6), "a", "The vote was on 6 November."),
        *_on("meeting", D(2018, 11, 15), "a", "They met on 15 November."),
        *_on("meeting", D(2018, 11, 16), "b", "They met on 16 November.", confidence=0.7),
        Constraint(description="summit from 30 November", document="a", sentence="The summit opens on 30 November.",
                   a="summit.start", earliest=D(2018, 11, 30), latest=D(2018, 11, 30), rule="timex:on"),
        Constraint(description="summit lasts two days", document="a", sentence="A two-day summit.",
                   a="summit.start", b="summit.end", lo=1, hi=1, rule="duration"),
        Constraint(description="loose after the meeting", document="b", sentence="Later on, ...",
                   a="meeting.end", b="loose.start", lo=0, rule="relation"),
    ]
    return events, constraints


def test_two_sources_with_different_dates_give_one_conflict_with_both_sentences() -> None:
    solved = solve_events(*_case())
    assert len(solved.conflicts) == 1
    conflict = solved.conflicts[0]
    sentences = {c.sentence for c in conflict.constraints}
    assert {"They met on 15 November.", "They met on 16 November."} <= sentences
    assert {c.document for c in conflict.constraints} >= {"a", "b"}
    assert "cannot all be true" in conflict.message and "set aside" in conflict.message
    assert "16" in conflict.message.split("set aside")[0].split("The least confident")[1]


def test_the_rest_is_still_dated_and_ordered() -> None:
    solved = solve_events(*_case())
    got = {e.id: (e.earliest, e.latest) for e in solved.events}
    assert got["vote"] == (D(2018, 11, 6), D(2018, 11, 6))
    assert got["meeting"] == (D(2018, 11, 15), D(2018, 11, 15))
    assert got["summit"] == (D(2018, 11, 30), D(2018, 12, 1))
    assert got["loose"] == (D(2018, 11, 15), None)
    assert [e.id for e in solved.events] == ["vote", "meeting", "loose", "summit"]


def test_certain_needs_explicit_evidence_and_an_entailed_place() -> None:
    events, constraints = _case()
    certain = {e.id: e.certain for e in solve_events(events, constraints).events}
    assert certain["vote"] and certain["meeting"]
    assert not certain["loose"]  # no date of its own: only estimated
    assert not certain["summit"]  # "loose" before it may well come after it
    without = [c for c in constraints if "loose" not in c.description]
    certain = {e.id: e.certain for e in solve_events(events[:3], without).events}
    assert certain == {"vote": True, "meeting": True, "summit": True}


def test_a_fallback_rule_or_low_confidence_never_makes_a_date_certain() -> None:
    events = [Event(id="x", label="x"), Event(id="y", label="y")]
    weak = [*_on("x", D(2020, 1, 1), "a", "s", rule="dct-default"),
            *_on("y", D(2020, 1, 2), "a", "s", confidence=0.5)]
    solved = solve_events(events, weak)
    assert [e.certain for e in solved.events] == [False, False]
    assert [e.earliest for e in solved.events] == [D(2020, 1, 1), D(2020, 1, 2)]
    lenient = SolverSettings(certain_confidence=0.4, weak_rules=())
    assert all(e.certain for e in solve_events(events, weak, lenient).events)


def test_events_without_any_bound_keep_open_dates() -> None:
    solved = solve_events([Event(id="z", label="z")], [])
    assert (solved.events[0].earliest, solved.events[0].latest) == (None, None)
    assert not solved.conflicts


def test_an_event_that_would_end_before_it_starts_is_a_conflict() -> None:
    events = [Event(id="e", label="Talks")]
    constraints = [Constraint(description="talks began 5 May", a="e.start", earliest=D(2020, 5, 5),
                              latest=D(2020, 5, 5), confidence=0.8),
                   Constraint(description="talks ended 1 May", a="e.end", earliest=D(2020, 5, 1),
                              latest=D(2020, 5, 1), confidence=0.6)]
    solved = solve_events(events, constraints)
    assert len(solved.conflicts) == 1
    descriptions = {c.description for c in solved.conflicts[0].constraints}
    assert "Talks cannot end before it starts" in descriptions
    assert (solved.events[0].earliest, solved.events[0].latest) == (D(2020, 5, 5), None)


def test_output_does_not_depend_on_input_order() -> None:
    events, constraints = _case()
    expected = solve_events(events, constraints)
    rnd = random.Random(5)
    for _ in range(5):
        rnd.shuffle(events)
        rnd.shuffle(constraints)
        assert solve_events(events, constraints) == expected

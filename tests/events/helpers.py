"""Building documents, DCTs and drafts for the event tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.events import EventDraft, extract_events
from timeline.models import Constraint, Document, DocumentTime, Event
from timeline.solver.stage import Solved, solve_events
from timeline.timex import extract_timexes

SEEDS = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019" / "articles"
SEED_DCTS = {"000": dt.date(2018, 11, 19), "001": dt.date(2018, 11, 18), "002": dt.date(2018, 11, 7),
             "003": dt.date(2016, 11, 11), "004": dt.date(2019, 10, 13)}


def dct_of(day: dt.date) -> DocumentTime:
    return DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="metadata")


def draft_of_text(text: str, day: dt.date, doc_id: str = "t") -> EventDraft:
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text)
    return extract_events(doc, dct_of(day), extract_timexes(doc.story, day))


def seed(prefix: str) -> tuple[Document, DocumentTime]:
    path = next(SEEDS.glob(prefix + "*.txt"))
    doc = Document(id=path.stem, source=str(path), text=path.read_text(encoding="utf-8"))
    try:
        from timeline.ingest.junk import find_junk
        doc = doc.model_copy(update={"junk": tuple(find_junk(doc.text))})
    except ImportError:
        pass
    return doc, dct_of(SEED_DCTS[prefix])


def seed_draft(prefix: str) -> EventDraft:
    doc, dct = seed(prefix)
    return extract_events(doc, dct, extract_timexes(doc.story, dct.day))


def find(events: list[Event], *words: str) -> Event:
    """The first event whose label holds every word (case-insensitive)."""
    hits = [e for e in events if all(w.lower() in e.label.lower() for w in words)]
    assert hits, f"no event labelled with {words}: {[e.label for e in events]}"
    return hits[0]


def on(constraints: list[Constraint], event: Event, point: str = "start") -> list[Constraint]:
    """Constraints on one point of an event, absolute and relative."""
    name = f"{event.id}.{point}"
    return [c for c in constraints if name in (c.a, c.b)]


def bounds(constraints: list[Constraint], event: Event, point: str = "start",
           prefix: str = "timex:") -> tuple[dt.date | None, dt.date | None]:
    """Intersection of the absolute constraints of one rule family on one point."""
    cs = [c for c in on(constraints, event, point) if c.b is None and (c.rule or "").startswith(prefix)]
    lo = max((c.earliest for c in cs if c.earliest), default=None)
    hi = min((c.latest for c in cs if c.latest), default=None)
    return lo, hi


def solved_windows(events: list[Event], constraints: list[Constraint]):
    """The solver stage run on ``events``: each event's (earliest, latest) by event, and the whole result."""
    solved: Solved = solve_events(events, constraints)
    windows = {e.id: (e.earliest, e.latest) for e in solved.events}
    return (lambda event: windows[event.id]), solved

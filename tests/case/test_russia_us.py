"""The bundled case: build it from the news feed and from the bare files, check dates and order.

The expected values come from reading the articles (cases/russia-us-2016-2019/expected.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline.models import Event, Timeline

CASE = Path(__file__).resolve().parents[2] / "cases" / "russia-us-2016-2019"
D = dt.date


@pytest.fixture(scope="module")
def feed() -> Timeline:
    return timeline.build([CASE / "articles.jsonl"])


@pytest.fixture(scope="module")
def bare() -> Timeline:
    return timeline.build([CASE / "articles"])


def find(tl: Timeline, *words: str) -> Event:
    """The event best matching ``words``: by label first, else by its sentences; most sources wins."""

    def has(text: str) -> bool:
        return all(w.lower() in text.lower() for w in words)

    hits = [e for e in tl.events if has(e.label)] or [
        e for e in tl.events if has(e.label + " " + " ".join(m.sentence for m in e.mentions))]
    assert hits, f"no event mentions {words}: {[e.label for e in tl.events]}"
    return max(hits, key=lambda e: len(e.sources))


def test_every_document_is_reported(feed: Timeline) -> None:
    assert [d.id[:3] for d in feed.documents] == ["000", "001", "002", "003", "004"]
    assert all(d.status == "ok" for d in feed.documents)
    assert {d.dct.basis for d in feed.documents} == {"metadata"}


def test_putin_pence_meeting_is_one_event_on_15_november_2018(feed: Timeline) -> None:
    meeting = find(feed, "Pence", "Singapore")
    assert (meeting.earliest, meeting.latest) == (D(2018, 11, 15), D(2018, 11, 15))
    assert {s[:3] for s in meeting.sources} >= {"000", "001"}


def test_g20_summit_spans_30_november_to_1_december_2018(feed: Timeline) -> None:
    summit = find(feed, "G20")
    assert (summit.earliest, summit.latest) == (D(2018, 11, 30), D(2018, 12, 1))
    assert {s[:3] for s in summit.sources} >= {"000", "001"}


def test_midterm_elections_on_6_november_2018(feed: Timeline) -> None:
    vote = find(feed, "midterm")
    assert vote.earliest is not None and vote.latest is not None
    assert D(2018, 11, 6) in (vote.earliest, vote.latest)
    assert vote.earliest >= D(2018, 11, 1) and vote.latest <= D(2018, 11, 7)


def test_last_month_events_fall_in_october_2018(feed: Timeline) -> None:
    tariffs = find(feed, "tariffs")
    assert tariffs.earliest >= D(2018, 10, 1) and tariffs.latest <= D(2018, 10, 31)


def test_saudi_visit_on_14_october_2019(feed: Timeline) -> None:
    visit = find(feed, "Saudi")
    assert (visit.earliest, visit.latest) == (D(2019, 10, 14), D(2019, 10, 14))


def test_checked_events_come_in_order(feed: Timeline) -> None:
    ids = [e.id for e in feed.events]
    chain = [find(feed, "tariffs"), find(feed, "Pence", "Singapore"), find(feed, "G20"),
             find(feed, "Saudi")]
    positions = [ids.index(e.id) for e in chain]
    assert positions == sorted(positions)


def test_junk_yields_no_events(feed: Timeline) -> None:
    text = " ".join(m.sentence for e in feed.events for m in e.mentions)
    for junk in ("Disqus", "D-RATs", "Andrew Yang", "Louisiana", "Subscribe"):
        assert junk not in text


def test_bare_files_anchor_by_dateline_and_by_shared_events(bare: Timeline) -> None:
    dcts = {d.id[:3]: d.dct for d in bare.documents}
    assert dcts["001"].value == "2018-11-18"
    assert dcts["001"].basis == "dateline"
    assert any("2018" in e for e in dcts["001"].evidence)


def test_bare_003_has_no_year_and_says_so(bare: Timeline) -> None:
    dct = bare.documents[3].dct
    assert dct.value == "XXXX-11-11"
    assert dct.earliest is None and dct.latest is None
    assert dct.evidence
    # "NEW YORK, November 11. /TASS/.": the New York day is the DCT; TASS's seat is named as evidence.
    assert any("MOSCOW" in e for e in dct.evidence), dct.evidence


def test_bare_build_dates_the_meeting(bare: Timeline) -> None:
    meeting = find(bare, "Pence", "Singapore")
    assert (meeting.earliest, meeting.latest) == (D(2018, 11, 15), D(2018, 11, 15))


def test_input_order_does_not_change_the_output() -> None:
    files = sorted((CASE / "articles").glob("*.txt"))
    forward = timeline.build(files).model_dump_json()
    backward = timeline.build(list(reversed(files))).model_dump_json()
    assert forward == backward

"""The five seed articles: the events a careful reader lists, and their constraints.

DCTs are the metadata dates of cases/russia-us-2016-2019/articles.jsonl, built by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.helpers import SEED_DCTS, bounds, dct_of, find, on, seed_draft
from timeline.events import EventDraft, merge
from timeline.events.modality import UNDATED

D = dt.date


@pytest.fixture(scope="module")
def drafts() -> dict[str, EventDraft]:
    return {prefix: seed_draft(prefix) for prefix in SEED_DCTS}


def test_000_putin_pence_meeting_on_15_november(drafts) -> None:
    d = drafts["000"]
    meeting = find(d.events, "Putin held a brief meeting", "Pence")
    assert bounds(d.constraints, meeting, "start") == (D(2018, 11, 15), D(2018, 11, 15))
    assert bounds(d.constraints, meeting, "end") == (D(2018, 11, 15), D(2018, 11, 15))
    assert len(meeting.mentions) >= 3  # "the recent meeting", "brief meeting", "held a brief meeting"
    assert meeting.modality == "asserted"


def test_000_peskov_statement_is_reported_at_the_dct(drafts) -> None:
    d = drafts["000"]
    statement = find(d.events, "Peskov", "said")
    rules = {c.rule for c in on(d.constraints, statement)}
    assert "dct:reporting" in rules
    assert bounds(d.constraints, statement, prefix="dct:") == (D(2018, 11, 17), D(2018, 11, 19))


def test_000_g20_summit_spans_30_november_to_1_december(drafts) -> None:
    d = drafts["000"]
    summit = find(d.events, "G20 summit")
    start, end = bounds(d.constraints, summit, "start"), bounds(d.constraints, summit, "end")
    assert (start, end) == ((D(2018, 11, 30), D(2018, 11, 30)), (D(2018, 12, 1), D(2018, 12, 1)))
    assert summit.modality == "future"


def test_000_pence_speech_last_month_a_week_after_trump_accused_china(drafts) -> None:
    d = drafts["000"]
    speech = find(d.events, "Pence expressed")
    assert any("speech" in m.sentence for m in speech.mentions)
    assert bounds(d.constraints, speech, "start") == (D(2018, 10, 1), D(2018, 10, 31))
    accused = find(d.events, "Trump accused China")
    week = [c for c in d.constraints if c.rule == "relation:after-n"]
    assert [(c.a, c.b, c.lo, c.hi) for c in week] == [(f"{accused.id}.start", f"{speech.id}.start", 6, 8)]
    assert "Pence’s speech came a week after" in week[0].sentence


def test_000_tariffs_last_month_and_beijing_response(drafts) -> None:
    d = drafts["000"]
    tariffs = find(d.events, "US imposed", "tariffs")
    assert bounds(d.constraints, tariffs, "start") == (D(2018, 10, 1), D(2018, 10, 31))
    response = find(d.events, "Beijing responded")
    assert "$60 billion" in response.label
    assert bounds(d.constraints, response, "end", prefix="dct:") == (None, D(2018, 11, 19))


def test_000_next_meeting_is_a_new_future_event_at_the_g20(drafts) -> None:
    d = drafts["000"]
    nxt = find(d.events, "next meeting with Trump")
    meeting = find(d.events, "Putin held a brief meeting", "Pence")
    assert nxt.id != meeting.id
    summit = find(d.events, "G20 summit")
    during = [c for c in d.constraints if c.rule == "relation:during"
              and {c.a.split(".")[0], c.b.split(".")[0]} == {nxt.id, summit.id}]
    assert len(during) == 2


def test_001_peskov_said_on_sunday_18_november(drafts) -> None:
    d = drafts["001"]
    said = find(d.events, "Peskov said")
    assert bounds(d.constraints, said, "start") == (D(2018, 11, 18), D(2018, 11, 18))


def test_001_quoted_contact_is_quoted_and_not_defaulted(drafts) -> None:
    d = drafts["001"]
    contact = find(d.events, "next contact")
    assert contact.modality == "quoted"
    assert not [c for c in on(d.constraints, contact) if (c.rule or "").startswith("dct:")]


def test_002_midterms_on_6_november_and_peskov_to_reporters(drafts) -> None:
    d = drafts["002"]
    vote = find(d.events, "Midterm elections")
    assert bounds(d.constraints, vote, "start") == (D(2018, 11, 6), D(2018, 11, 6))
    told = find(d.events, "Peskov has told reporters")
    assert bounds(d.constraints, told, prefix="dct:") == (D(2018, 11, 5), D(2018, 11, 7))
    won = find(d.events, "Democratic Party has won")
    assert bounds(d.constraints, won, "end", prefix="dct:") == (None, D(2018, 11, 7))
    retain = find(d.events, "Republican Party will retain")
    assert retain.modality == "future"


def test_002_never_meddled_is_negated_and_undated(drafts) -> None:
    d = drafts["002"]
    meddled = find(d.events, "never meddled")
    assert meddled.modality == "negated"
    assert on(d.constraints, meddled) == []


def test_003_peskov_told_cnn_before_or_on_11_november_2016(drafts) -> None:
    d = drafts["003"]
    told = find(d.events, "Peskov told CNN")
    assert len(told.mentions) >= 5  # every "Peskov said" of the interview is the one statement
    assert bounds(d.constraints, told, prefix="dct:") == (D(2016, 11, 9), D(2016, 11, 11))
    assert all(e.modality in UNDATED | {"quoted"} or e.id == told.id or "election" in e.label.lower()
               or "victory" in e.label.lower() for e in d.events)


def test_004_interview_aired_on_sunday_ahead_of_the_saudi_visit(drafts) -> None:
    d = drafts["004"]
    interview = find(d.events, "Putin said in an interview")
    assert bounds(d.constraints, interview, "start") == (D(2019, 10, 13), D(2019, 10, 13))
    visit = find(d.events, "visit to Saudi Arabia")
    assert bounds(d.constraints, visit, "start") == (D(2019, 10, 14), D(2019, 10, 14))
    ahead = [c for c in d.constraints if c.rule == "relation:ahead-of"]
    assert [(c.a, c.b, c.lo, c.hi) for c in ahead] == [(f"{interview.id}.end", f"{visit.id}.start", 0, 14)]


def test_004_caption_dates_the_g20_summit_it_shows(drafts) -> None:
    d = drafts["004"]
    summit = find(d.events, "G20 leaders summit")
    assert bounds(d.constraints, summit, "start") == (None, D(2018, 11, 30))
    assert bounds(d.constraints, summit, "end") == (D(2018, 11, 30), None)


def test_004_page_junk_yields_no_events(drafts) -> None:
    text = " ".join(m.sentence for e in drafts["004"].events for m in e.mentions)
    for junk in ("D-RATs", "Andrew Yang", "Louisiana", "Upvote", "War Eagle"):
        assert junk not in text


def _merged(drafts):
    return merge(list(drafts.values()), {d.document: dct_of(SEED_DCTS[p]) for p, d in drafts.items()})


def test_merge_fuses_the_meeting_and_the_summit_across_articles(drafts) -> None:
    m = _merged(drafts)
    meeting = find(m.events, "Putin held a brief meeting", "Pence")
    assert {s[:3] for s in meeting.sources} == {"000", "001"}
    summit = find(m.events, "G20 summit")
    assert {s[:3] for s in summit.sources} == {"000", "001", "004"}  # 004: the photo caption
    statement = find(m.events, "Peskov said")
    assert {s[:3] for s in statement.sources} == {"000", "001"}  # not 002 (7 Nov) nor 003 (2016)


def test_merge_keeps_every_constraint_renamed(drafts) -> None:
    m = _merged(drafts)
    instant = [c for c in m.constraints if c.rule == "event:instant"]
    kept = sum(1 for d in drafts.values() for c in d.constraints if c.rule != "event:instant")
    assert len(m.constraints) - len(instant) == kept
    assert len({c.a for c in instant}) == len(instant)  # one per merged event
    ids = {e.id for e in m.events}
    for c in m.constraints:
        for point in (c.a, c.b):
            assert point is None or point.rsplit(".", 1)[0] in ids


def test_merge_never_fuses_events_that_only_share_a_date(drafts) -> None:
    m = _merged(drafts)
    for e in m.events:
        keys = {m_.sentence for m_ in e.mentions}
        assert not ("Peskov" in e.label and "meeting" in e.label.lower() and len(keys) > 20)
    labels = [e.label for e in m.events if len(e.sources) > 1]
    assert not any("Pence" in lab and "summit" in lab.lower() and "G20" in lab for lab in labels)


def test_merge_output_does_not_depend_on_draft_order(drafts) -> None:
    forward = merge(list(drafts.values()), {d.document: dct_of(SEED_DCTS[p]) for p, d in drafts.items()})
    backward = merge(list(reversed(drafts.values())),
                     {d.document: dct_of(SEED_DCTS[p]) for p, d in drafts.items()})
    assert forward == backward

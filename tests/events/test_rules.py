"""The rule corpora beside the rules: sentence -> event label and link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.events.helpers import draft_of_text, find
from timeline.events.modality import UNDATED

DATA = Path(__file__).resolve().parents[2] / "timeline" / "events" / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize("row", _rows("rules.tsv"), ids=lambda r: r[0][:40])
def test_timex_and_default_rules(row: list[str]) -> None:
    sentence, dct, label, rule, point, earliest, latest = (row + [""] * 7)[:7]
    draft = draft_of_text(sentence, dt.date.fromisoformat(dct))
    event = find(draft.events, label)
    got = [(c.earliest, c.latest) for c in draft.constraints
           if c.a == f"{event.id}.{point}" and c.b is None and c.rule == rule]
    assert (_day(earliest), _day(latest)) in got, [c.model_dump() for c in draft.constraints]


@pytest.mark.parametrize("row", _rows("relations.tsv"), ids=lambda r: r[0][:40])
def test_event_event_rules(row: list[str]) -> None:
    sentence, dct, x_label, y_label, rule, lo, hi = (row + [""] * 7)[:7]
    draft = draft_of_text(sentence, dt.date.fromisoformat(dct))
    x = find(draft.events, x_label)
    y = next(e for e in draft.events if y_label.lower() in e.label.lower() and e.id != x.id)
    links = [c for c in draft.constraints if c.rule == rule and c.b is not None]
    ids = [{c.a.split(".")[0], c.b.split(".")[0]} for c in links]
    assert {x.id, y.id} in ids, [c.description for c in draft.constraints]
    link = links[ids.index({x.id, y.id})]
    assert (link.lo, link.hi) == (int(lo) if lo else None, int(hi) if hi else None)


@pytest.mark.parametrize("sentence", [r[0] for r in _rows("negative.tsv")])
def test_negative_corpus_gives_no_dated_event(sentence: str) -> None:
    draft = draft_of_text(sentence, dt.date(2018, 11, 19))
    dated = [e for e in draft.events if e.modality not in UNDATED]
    assert dated == []
    assert draft.constraints == []


def test_every_constraint_carries_its_sentence_and_rule() -> None:
    draft = draft_of_text("Putin met Pence on November 15. A week later, Peskov said talks went well.",
                          dt.date(2018, 11, 19))
    assert draft.constraints
    for c in draft.constraints:
        assert c.sentence and c.rule and c.description and c.document == "t"


def test_later_links_to_the_previous_sentence() -> None:
    draft = draft_of_text("Senator Novak met officials from Chile on November 2. "
                          "Two days later, Governor Okafor visited Lisbon.", dt.date(2018, 11, 19))
    novak, okafor = find(draft.events, "Novak"), find(draft.events, "Okafor")
    link = [c for c in draft.constraints if c.rule == "relation:later"]
    assert [(c.a, c.b, c.lo, c.hi) for c in link] == [(f"{novak.id}.start", f"{okafor.id}.start", 2, 2)]


def test_quoted_negated_and_conditional_events_are_marked_and_undated() -> None:
    draft = draft_of_text('Peskov said: "There have been no talks." If Putin visits Paris, they could sign '
                          'a treaty.', dt.date(2018, 11, 19))
    undated = [e for e in draft.events if e.modality in UNDATED]
    assert undated
    for e in undated:
        assert not [c for c in draft.constraints if e.id + "." in (c.a or "") + (c.b or "")]


def test_event_ids_are_document_scoped_and_numbered_in_text_order() -> None:
    draft = draft_of_text("Putin met Pence. Trump visited Paris.", dt.date(2018, 11, 19), doc_id="d7")
    assert [e.id for e in draft.events] == ["d7:e1", "d7:e2"]
    assert all(e.earliest is None and e.latest is None for e in draft.events)


def test_a_label_drops_the_preposition_of_the_date_it_leaves_out() -> None:
    draft = draft_of_text("In February the three leaders met at Yalta.", dt.date(1945, 3, 1))
    assert [e.label for e in draft.events] == ["The three leaders met at Yalta"]

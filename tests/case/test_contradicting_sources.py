"""Two sources that disagree: the conflict is flagged with both articles' sentences, the rest is dated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline.models import Timeline
from timeline.render import render_markdown

CASE = Path(__file__).resolve().parents[2] / "cases" / "contradicting-sources"


@pytest.fixture(scope="module")
def built() -> Timeline:
    return timeline.build([CASE / "articles"])


def test_a_conflict_quotes_both_articles(built: Timeline) -> None:
    assert built.conflicts
    documents = {c.document for conflict in built.conflicts for c in conflict.constraints}
    assert {"eu-council", "eu-chief"} <= documents
    sentences = [c.sentence for conflict in built.conflicts for c in conflict.constraints if c.sentence]
    assert any("November 13" in s for s in sentences)
    assert any("a week after" in s for s in sentences)


def test_the_rest_is_still_dated(built: Timeline) -> None:
    vote = next(e for e in built.events if "vote" in e.label.lower())
    assert (vote.earliest, vote.latest) == (dt.date(2018, 11, 12), dt.date(2018, 11, 12))
    assert all(d.status == "ok" for d in built.documents)


def test_markdown_shows_the_conflict(built: Timeline) -> None:
    text = render_markdown(built)
    section = text[text.index("## Conflicts"):]
    assert "November 13" in section and "a week after" in section

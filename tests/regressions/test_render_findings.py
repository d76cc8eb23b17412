"""Render-level inputs found while fuzzing (docs/fuzz-findings.md F7): every date a model allows renders."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.models import Event, Timeline
from timeline.render import render_html, render_svg


@pytest.mark.parametrize("render", [render_svg, render_html], ids=["svg", "html"])
@pytest.mark.parametrize("day", [dt.date.min, dt.date.max], ids=["date-min", "date-max"])
def test_an_event_at_the_calendar_edge_renders(render, day: dt.date) -> None:
    timeline = Timeline(events=[Event(id="e1", label="Officials met", earliest=day, latest=day)])
    assert "Officials met" in render(timeline)

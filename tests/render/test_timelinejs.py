"""TimelineJS3 JSON: title slide, dates cut to granularity, display dates, groups, escaping."""

import datetime as dt
import json

from timeline.models import Event, Timeline
from timeline.render import render_timelinejs
from .sample import sample_timeline

D = dt.date


def _slides() -> dict[str, dict]:
    return {s["unique_id"]: s for s in render_timelinejs(sample_timeline())["events"]}


def test_title_slide_counts_dated_and_undated_events():
    title = render_timelinejs(sample_timeline())["title"]["text"]
    assert title["headline"] == "Russia &amp; US"
    assert "8 dated events from 3 documents" in title["text"] and "1 undated" in title["text"]


def test_undated_events_have_no_slide_and_every_slide_has_a_start_date():
    slides = _slides()
    assert "e9" not in slides and len(slides) == 8
    assert all("year" in s["start_date"] for s in slides.values())


def test_dates_at_their_granularity():
    s = _slides()
    assert s["e5"]["start_date"] == {"year": 2018, "month": 11, "day": 15} and "end_date" not in s["e5"]
    assert s["e3"]["start_date"] == {"year": 2018, "month": 10} and "end_date" not in s["e3"]
    assert s["e2"]["start_date"] == {"year": 2016}
    assert s["e7"]["start_date"] == {"year": 2018, "month": 11, "day": 30}
    assert s["e7"]["end_date"] == {"year": 2018, "month": 12, "day": 1}


def test_display_date_only_for_uncertain_dates():
    s = _slides()
    assert "display_date" not in s["e5"] and "display_date" not in s["e7"]
    assert s["e4"]["display_date"] == "between 12 and 18 Nov 2018 (order estimated)"
    assert s["e6"]["display_date"] == "before 18 Nov 2018 (order estimated)"
    assert s["e6"]["start_date"] == {"year": 2018, "month": 11, "day": 18}
    assert s["e8"]["display_date"].startswith("after 3 Oct 2019")


def test_group_is_the_first_source_and_text_quotes_the_sentences():
    s = _slides()
    assert s["e5"]["group"] == "Putin & Pence" and s["e1"]["group"] == "b"
    assert "“Putin met Pence on November 15 in Singapore.”" in s["e5"]["text"]["text"]
    assert "Sources: Putin &amp; Pence" in s["e5"]["text"]["text"]


def test_labels_are_html_escaped_and_output_is_json():
    ev = Event(id="x", label="<script>alert(1)</script>", earliest=D(2018, 1, 1), latest=D(2018, 1, 1))
    out = render_timelinejs(Timeline(events=[ev]))
    assert "<script>" not in json.dumps(out)


def test_slide_ids_are_safe_and_unique():
    evs = [Event(id=i, label="x", earliest=D(2018, 1, 1), latest=D(2018, 1, 1)) for i in ("d:e1", "d/e1", "d e1")]
    ids = [s["unique_id"] for s in render_timelinejs(Timeline(events=evs))["events"]]
    assert ids == ["d-e1", "d-e1-2", "d-e1-3"]

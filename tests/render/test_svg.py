"""The SVG picture: well-formed, panels at long gaps, every mark kind, no overlapping labels."""

import datetime as dt
import xml.etree.ElementTree as ET

from hypothesis import given, settings, strategies as st

from timeline.models import Event, Timeline
from timeline.render import render_svg
from timeline.render.layout import mark_of, panels, ticks
from timeline.render.svg import WIDTH, text_width
from .sample import sample_timeline

NS = {"s": "http://www.w3.org/2000/svg"}
D = dt.date


def _groups(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(".//s:g", NS)


def _label_boxes(svg: str) -> list[tuple[float, float, float]]:
    """(y, x0, x1) of each event label, as the renderer estimates text width."""
    boxes = []
    for g in _groups(svg):
        for text in g.findall("s:text", NS):
            if text.get("class") == "bang":
                continue
            x, y, w = float(text.get("x")), float(text.get("y")), text_width(text.text or "")
            x0 = x - w if text.get("text-anchor") == "end" else x
            boxes.append((y, x0, x0 + w))
    return boxes


def _assert_no_overlap(svg: str) -> None:
    boxes = sorted(_label_boxes(svg))
    assert all(0 <= x0 and x1 <= WIDTH for _, x0, x1 in boxes), "a label runs off the picture"
    for (y1, a0, a1), (y2, b0, b1) in zip(boxes, boxes[1:]):
        if y1 == y2:
            assert a1 <= b0 or b1 <= a0, f"labels overlap at y={y1}: {a0}-{a1} and {b0}-{b1}"


def test_the_sample_is_well_formed_with_one_group_per_dated_event():
    svg = render_svg(sample_timeline())
    groups = _groups(svg)
    assert len(groups) == 8
    titles = [g.find("s:title", NS).text for g in groups]
    assert "15 Nov 2018: Putin met Pence (a)" in titles


def test_years_apart_become_panels_with_the_gap_in_words():
    svg = render_svg(sample_timeline())
    notes = [t.text for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
    assert "November 2016 · 2 events" in notes and "Oct – Dec 2018 · 5 events" in notes
    assert "⋯ 1 year 11 months later ⋯" in notes and "⋯ 10 months later ⋯" in notes


def test_mark_kinds_conflicts_and_estimates_are_drawn():
    svg = render_svg(sample_timeline())
    assert 'stroke-dasharray="3 2"' in svg  # a window (between 12 and 18 Nov)
    assert 'url(#fade-l)' in svg and 'url(#fade-r)' in svg  # before / after bounds
    assert svg.count('class="bang"') == 2  # both events of the conflict
    assert "≈ Talks failed" in svg
    assert "Sanctions were in force (2016)" in svg  # a wide window runs past its panel: date said


def test_labels_in_the_sample_do_not_overlap():
    _assert_no_overlap(render_svg(sample_timeline()))


def test_text_is_escaped():
    ev = Event(id="e", label="</text><script>x</script>", earliest=D(2018, 1, 1), latest=D(2018, 1, 1))
    svg = render_svg(Timeline(title="a & b", events=[ev]))
    ET.fromstring(svg)
    assert "<script>" not in svg


def test_an_empty_timeline_still_draws():
    svg = render_svg(Timeline())
    assert "No dated events." in svg and ET.fromstring(svg) is not None


def test_panels_split_only_at_long_gaps():
    marks = [mark_of(Event(id=str(i), label="x", earliest=d, latest=d))
             for i, d in enumerate([D(2018, 11, 1), D(2018, 11, 20), D(2018, 12, 30), D(2021, 1, 1)])]
    assert [len(p.marks) for p in panels(marks)] == [3, 1]


def test_ticks_pick_a_step_that_fits():
    assert [label for _, label in ticks(D(2018, 11, 12), D(2018, 11, 14), 10)] == ["12 Nov", "13 Nov", "14 Nov"]
    assert [label for _, label in ticks(D(2010, 3, 1), D(2019, 5, 1), 10)][:2] == ["2011", "2012"]


dates = st.dates(min_value=D(2015, 1, 1), max_value=D(2020, 12, 31))


@st.composite
def timelines(draw):
    evs = []
    for i in range(draw(st.integers(1, 25))):
        a, b = sorted([draw(dates), draw(dates)])
        lo, hi = draw(st.sampled_from([(a, a), (a, b), (None, b), (a, None), (None, None)]))
        label = draw(st.text(alphabet="abcdefghij KLMN<&", min_size=1, max_size=90))
        evs.append(Event(id=f"e{i}", label=label, earliest=lo, latest=hi, certain=draw(st.booleans()),
                         granularity=draw(st.sampled_from([None, "day", "month"]))))
    return Timeline(events=evs)


@settings(max_examples=40, deadline=None)
@given(timelines())
def test_any_timeline_draws_well_formed_with_no_overlapping_labels(timeline):
    svg = render_svg(timeline)
    ET.fromstring(svg)
    _assert_no_overlap(svg)
    dated = sum(e.earliest is not None or e.latest is not None for e in timeline.events)
    assert len(_groups(svg)) == dated

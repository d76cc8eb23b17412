"""The Markdown timeline: sections, date forms, markers, references, conflicts, sources."""

import datetime as dt
import re

from hypothesis import given, settings, strategies as st

from timeline.models import DocumentReport, Event, Timeline
from timeline.render.markdown import escape, render_markdown
from .sample import sample_timeline

D = dt.date


def _section(md: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or higher level."""
    level = heading.split(" ")[0]
    start = md.index(heading + "\n")
    rest = md[start + len(heading) + 1:]
    stop = re.search(rf"^#{{1,{len(level)}}} ", rest, re.M)
    return rest[: stop.start()] if stop else rest


def test_title_summary_and_year_month_sections_in_order():
    md = render_markdown(sample_timeline())
    assert md.startswith("# Russia & US\n\n3 documents (1 skipped), 9 events, 1 conflict.")
    headings = re.findall(r"^#{2,3} .*$", md, re.M)
    assert headings == ["## 2016", "### November 2016", "## 2018", "### October 2018",
                        "### November 2018", "## 2019", "### October 2019", "## Undated",
                        "## Conflicts", "## Sources"]


def test_each_event_in_its_month_with_its_date_at_true_granularity():
    md = render_markdown(sample_timeline())
    nov = _section(md, "### November 2018")
    assert "- ≈ **between 12 and 18 Nov 2018** — Talks in \\*Paris\\* [1][2]" in nov
    assert "- **15 Nov 2018** — Putin met Pence [1]" in nov
    assert "- ≈ **before 18 Nov 2018** — Talks failed [1]" in nov  # filed under its latest bound
    assert "- **30 Nov – 1 Dec 2018** — G20 summit [1]" in nov  # filed under its earliest day
    assert "- **Oct 2018** — Peskov spoke [2]" in _section(md, "### October 2018")
    assert "- ≈ **after 3 Oct 2019** — Relations will improve [1]" in _section(md, "### October 2019")


def test_whole_year_events_sit_under_the_year_heading_before_the_months():
    year = _section(render_markdown(sample_timeline()), "## 2016")
    assert year.index("- **2016** — Sanctions were in force") < year.index("### November 2016")


def test_events_keep_timeline_order_within_a_month():
    nov = _section(render_markdown(sample_timeline()), "### November 2018")
    labels = re.findall(r"\*\* — (.*?) \[", nov)
    assert labels == ["Talks in \\*Paris\\*", "Putin met Pence", "Talks failed", "G20 summit"]


def test_estimated_marker_only_on_uncertain_events_and_explained_once():
    md = render_markdown(sample_timeline())
    assert md.count("≈ marks an event whose place in the order is only estimated") == 1
    assert "≈ **15 Nov 2018**" not in md
    certain = sample_timeline().model_copy(update={"events": [
        e.model_copy(update={"certain": True}) for e in sample_timeline().events]})
    assert "≈" not in render_markdown(certain)


def test_undated_conflicts_and_sources_sections():
    md = render_markdown(sample_timeline())
    assert _section(md, "## Undated").strip() == "- Peskov commented [1]"
    conflicts = _section(md, "## Conflicts")
    assert "1. Putin met Pence both before and after the G20 summit" in conflicts
    assert "   - “They met before the summit.” — e5 before e7 ([1] a)" in conflicts
    assert "   - “After the summit they met.” — e7 before e5 ([2] b)" in conflicts
    sources = _section(md, "## Sources").strip().splitlines()
    assert sources[0] == ("1. **Putin & Pence** — a (feed.jsonl) — DCT 19 Nov 2018, from its metadata: "
                          "published: 2018-11-19.")
    assert sources[1].startswith("2. **b** (b.txt) — DCT Oct 2018 (2018-10), inferred from its text: latest")
    assert sources[2] == "3. **c** (c.bin) — skipped: binary file"


def test_empty_sections_are_left_out_but_sources_always_present():
    md = render_markdown(Timeline(title="Empty"))
    assert "## Undated" not in md and "## Conflicts" not in md
    assert md.endswith("## Sources\n\nNo documents.\n")


def test_markup_in_labels_cannot_break_the_document():
    event = Event(id="e", label="# not a heading\n- nor [a link](x) <b>", earliest=D(2018, 1, 2),
                  latest=D(2018, 1, 2), certain=True)
    md = render_markdown(Timeline(events=[event]))
    line = next(x for x in md.splitlines() if "not a heading" in x)
    assert line == "- **2 Jan 2018** — \\# not a heading - nor \\[a link\\](x) \\<b\\>"


def test_escape_collapses_whitespace():
    assert escape("  a\n\tb  ") == "a b"


dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31))


@st.composite
def events(draw):
    n = draw(st.integers(0, 12))
    out = []
    for i in range(n):
        a, b = sorted([draw(dates), draw(dates)])
        lo, hi = draw(st.sampled_from([(a, a), (a, b), (None, b), (a, None), (None, None)]))
        out.append(Event(id=f"e{i}", label=f"event number {i}", earliest=lo, latest=hi,
                         granularity=draw(st.sampled_from([None, "day", "month"])),
                         certain=draw(st.booleans()), sources=["d"]))
    return out


@settings(max_examples=60, deadline=None)
@given(events())
def test_every_event_is_listed_exactly_once_and_months_run_forward(evs):
    md = render_markdown(Timeline(events=evs, documents=[DocumentReport(id="d", source="d.txt")]))
    for e in evs:
        assert len(re.findall(rf"event number {e.id[1:]} \[1\]", md)) == 1
    years = [int(y) for y in re.findall(r"^## (\d{4})$", md, re.M)]
    assert years == sorted(set(years))


def test_expected_conditional_and_negated_events_are_flagged():
    events = [Event(id=f"e{i}", label=f"event {m}", modality=m, earliest=D(2018, 12, 1), latest=D(2018, 12, 1),
                    certain=True) for i, m in enumerate(["future", "conditional", "negated", "reported"])]
    lines = [x for x in render_markdown(Timeline(events=events)).splitlines() if x.startswith("- ")]
    assert lines == ["- **1 Dec 2018** — event future _(expected)_", "- **1 Dec 2018** — event conditional _(conditional)_",
                     "- **1 Dec 2018** — event negated _(negated)_", "- **1 Dec 2018** — event reported"]

"""The timeline as an SVG picture: panels of time, marks in lanes, labels that never overlap.

Marks: a filled dot for an event known to the day, a hollow dot when its place
in the order is only estimated, a solid bar for a stated span of days, a
shaded dashed box for a window the event lies somewhere in, a fading bar for
an open bound ("before" / "after"); red outline and a red ``!`` for events in
a conflict. Each mark and its label take a lane of their own extent, so
labels never overlap; hovering shows the full label, date and sources.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from timeline.days import shift_clamped
from timeline.models import Timeline
from timeline.render.dates import describe, month_heading, span_of_months
from timeline.render.layout import Mark, Panel, assign_lanes, mark_of, panels, ticks
from timeline.render.markdown import MODALITY_NOTE

WIDTH, MARGIN, LANE, CHAR = 1100, 24, 24, 6.9  # px; CHAR ~ mean glyph width of 12px sans-serif
MAX_LABEL = 70
OPEN_PX = 56  # length of the fade that draws an open bound
INK, BLUE, PALE, RED, GREY = "#222", "#1f4e79", "#9ecae1", "#c0392b", "#888"
STYLE = (f"text{{font-family:Helvetica,Arial,sans-serif;font-size:12px;fill:{INK}}}"
         ".h1{font-size:20px;font-weight:bold}.h2{font-size:14px;font-weight:bold}"
         f".tick{{font-size:11px;fill:{GREY}}}.note{{font-size:12px;fill:{GREY};font-style:italic}}"
         f".bang{{font-weight:bold;fill:{RED}}}"
         ".lbl{paint-order:stroke;stroke:white;stroke-width:3px;stroke-linejoin:round}")
DEFS = (f'<defs><linearGradient id="fade-l"><stop offset="0" stop-color="{BLUE}" stop-opacity="0"/>'
        f'<stop offset="1" stop-color="{BLUE}" stop-opacity="0.7"/></linearGradient>'
        f'<linearGradient id="fade-r"><stop offset="0" stop-color="{BLUE}" stop-opacity="0.7"/>'
        f'<stop offset="1" stop-color="{BLUE}" stop-opacity="0"/></linearGradient></defs>')


def _text(x: float, y: float, body: str, cls: str | None = None, anchor: str | None = None) -> str:
    attrs = f' x="{x:.1f}" y="{y:.1f}"' + (f' class="{cls}"' if cls else "")
    attrs += f' text-anchor="{anchor}"' if anchor else ""
    return f"<text{attrs}>{escape(body)}</text>"


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def text_width(text: str) -> float:
    """Estimated width in px of ``text`` at 12px (no font metrics in a pure function).

    >>> text_width("abcd")
    27.6
    """
    return round(len(text) * CHAR, 1)


class _Scale:
    """Maps days of a panel to x; a day occupies ``[x(d), x(d + 1))``."""

    def __init__(self, panel: Panel) -> None:
        self.start, self.days = panel.start, (panel.end - panel.start).days + 1
        self.left, self.right = MARGIN, WIDTH - MARGIN

    def x(self, d: dt.date) -> float:
        frac = (d - self.start).days / self.days
        return self.left + min(1.0, max(0.0, frac)) * (self.right - self.left)

    def span(self, mark: Mark) -> tuple[float, float]:
        # An open side is drawn as a short fade toward it, not to the panel's edge:
        # "before 18 Nov" says nothing about October, and the label needs the room.
        if mark.kind == "before":
            end = self.x(shift_clamped(mark.hi, 1))
            return max(self.left, end - OPEN_PX), end
        if mark.kind == "after":
            start = self.x(mark.lo)
            return start, min(self.right, start + OPEN_PX)
        x0, x1 = self.x(mark.lo), self.x(shift_clamped(mark.hi, 1))
        if mark.kind == "point":  # a dot of radius 5 at the middle of its day
            return (x0 + x1) / 2 - 5, (x0 + x1) / 2 + 5
        return x0, max(x1, x0 + 2)


def _shape(kind: str, certain: bool, x0: float, x1: float, y: float, conflicted: bool) -> str:
    stroke = RED if conflicted else BLUE
    if kind == "point":
        fill = BLUE if certain else "white"
        return f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
    if kind == "span":
        return f'<rect x="{x0:.1f}" y="{y - 4:.1f}" width="{x1 - x0:.1f}" height="8" rx="2" fill="{BLUE}" stroke="{stroke}"/>'
    if kind == "window":
        return (f'<rect x="{x0:.1f}" y="{y - 6:.1f}" width="{x1 - x0:.1f}" height="12" rx="2" fill="{PALE}" '
                f'fill-opacity="0.6" stroke="{stroke}" stroke-dasharray="3 2"/>')
    grad, edge = ("fade-l", x1) if kind == "before" else ("fade-r", x0)
    return (f'<rect x="{x0:.1f}" y="{y - 4:.1f}" width="{x1 - x0:.1f}" height="8" fill="url(#{grad})"/>'
            f'<line x1="{edge:.1f}" y1="{y - 7:.1f}" x2="{edge:.1f}" y2="{y + 7:.1f}" stroke="{stroke}" stroke-width="2"/>')


def _fit(label: str, room: float) -> str:
    """The label cut with an ellipsis to fit ``room`` px, its conflict mark " !" kept."""
    suffix = " !" if label.endswith(" !") else ""
    body = label.removesuffix(suffix)
    chars = int((room - 12) / CHAR) - len(suffix)
    if len(body) > chars:
        body = body[: max(1, chars - 1)].rstrip() + "…"
    return body + suffix


def _label_box(mark: Mark, x0: float, x1: float, label: str) -> tuple[float, str, float, float, str]:
    """Where the label goes and what it says: right of the mark, else left, else inside a wide mark;
    when it fits nowhere whole, it is cut to the roomiest of the three.

    Returns the label's x, its placement (right, left, inside), the lane extent and the label.
    """
    right = WIDTH - MARGIN / 2 - (x1 + 6)
    left = x0 - 6 - MARGIN / 2
    inside = x1 - x0 - 8 if mark.kind in ("span", "window") else 0
    w = text_width(label) + 12
    if w > max(right, left, inside):
        label = _fit(label, max(right, left, inside))
        w = text_width(label) + 12
    if w <= right:
        return x1 + 6, "right", x0, x1 + 6 + w, label
    if w <= left:
        return x0 - 6, "left", x0 - 6 - w, x1, label
    return x0 + 4, "inside", x0, x1, label


def _extent(panel: Panel) -> tuple[dt.date, dt.date]:
    """The days a panel's own events ask for (wide windows only pass through)."""
    anchors = [m.anchor for m in panel.marks if m.anchor is not None] or [(m.lo, m.hi) for m in panel.marks]
    return min(lo for lo, _ in anchors), max(hi for _, hi in anchors)


def _panel_heading(panel: Panel) -> str:
    lo, hi = _extent(panel)
    n = len(panel.marks)
    # a panel's one month in full, as the Markdown's month headings write it; more months as dates write them
    same = (lo.year, lo.month) == (hi.year, hi.month)
    when = month_heading(lo.year, lo.month) if same else span_of_months(lo, hi)
    return f"{when} · {n} event{'s' * (n != 1)}"


def _gap_note(before: Panel, after: Panel) -> str:
    months = round((_extent(after)[0] - _extent(before)[1]).days / 30.44)
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' * (years != 1)}"] * (years > 0) + [f"{rest} month{'s' * (rest != 1)}"] * (rest > 0)
    return f"⋯ {' '.join(parts) or 'weeks'} later ⋯"


def _tick_label(x: float, y: float, label: str) -> str:
    """A tick label centred on its tick, pushed inside the picture at either edge."""
    half = text_width(label) * 0.46
    if x - half < 2:
        return _text(max(x, 2), y, label, "tick", "start")
    if x + half > WIDTH - 2:
        return _text(min(x, WIDTH - 2), y, label, "tick", "end")
    return _text(x, y, label, "tick", "middle")


def _label(mark: Mark, panel: Panel) -> str:
    """The shortened label, with the date in words when the mark runs off the panel."""
    note = MODALITY_NOTE.get(mark.event.modality)
    label = ("" if mark.event.certain else "≈ ") + _short(mark.event.label) + (f" ({note})" if note else "")
    if mark.lo < panel.start or mark.hi > panel.end:
        e = mark.event
        label += f" ({describe(e.earliest, e.latest, e.granularity)})"
    return label


def _tooltip(mark: Mark) -> str:
    e = mark.event
    sources = ", ".join(e.sources)
    return f"{describe(e.earliest, e.latest, e.granularity)}: {' '.join(e.label.split())}" + (f" ({sources})" if sources else "")


def _draw_panel(panel: Panel, top: float, conflicted: set[str]) -> tuple[list[str], float]:
    """The SVG of one panel starting at ``top``; returns it and the y below it."""
    scale = _Scale(panel)
    out = [_text(MARGIN, top + 14, _panel_heading(panel), "h2")]
    axis_y = top + 42
    out.append(f'<line x1="{MARGIN}" y1="{axis_y}" x2="{WIDTH - MARGIN}" y2="{axis_y}" stroke="{GREY}"/>')
    for d, label in ticks(panel.start, panel.end, int((WIDTH - 2 * MARGIN) / 80)):
        x = scale.x(d)
        out.append(f'<line x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="{GREY}"/>')
        out.append(_tick_label(x, axis_y - 7, label))
    placed, extents = [], []
    for mark in panel.marks:
        x0, x1 = scale.span(mark)
        label = _label(mark, panel) + (" !" if mark.event.id in conflicted else "")
        lx, where, e0, e1, label = _label_box(mark, x0, x1, label)
        placed.append((mark, x0, x1, lx, where, label))
        extents.append((e0, e1))
    lanes = assign_lanes(extents)
    first = axis_y + 22
    for (mark, x0, x1, lx, where, label), lane in zip(placed, lanes):
        y, bad = first + lane * LANE, mark.event.id in conflicted
        anchor = "end" if where == "left" else None
        out.append(f"<g><title>{escape(_tooltip(mark))}</title>{_shape(mark.kind, mark.event.certain, x0, x1, y, bad)}")
        body_x = lx - 14 if bad and anchor == "end" else lx  # leave the "!" room before the mark
        halo = mark.kind == "span" and where == "inside"  # dark ink on a dark bar needs a halo
        out.append(_text(body_x, y + 4, label.removesuffix(" !"), "lbl" if halo else None, anchor)
                   + (_bang(lx, y, label, anchor) if bad else "") + "</g>")
    return out, first + (max(lanes, default=0) + 1) * LANE


def _bang(lx: float, y: float, label: str, anchor: str | None) -> str:
    """The red ``!`` after a conflicted event's label (its width was reserved in the lane)."""
    body = label.removesuffix(" !")
    x = lx + text_width(body) + 4 if anchor is None else lx - 10
    return _text(x, y + 4, "!", "bang")


def _conflicted_ids(timeline: Timeline) -> set[str]:
    ids = set()
    for conflict in timeline.conflicts:
        for c in conflict.constraints:
            ids.update(p.rsplit(".", 1)[0] for p in (c.a, c.b) if p)
    return ids


def _legend(y: float) -> list[str]:
    items = [("point", "known to the day"), ("estimated", "≈ order estimated"), ("span", "lasted these days"),
             ("window", "somewhere in this window"), ("before", "open bound (before/after)"),
             ("conflict", "in a conflict !")]
    out, x = [], MARGIN
    for kind, words in items:
        shape = "point" if kind in ("estimated", "conflict") else kind
        out.append(_shape(shape, kind != "estimated", x, x + 18, y - 4, kind == "conflict"))
        out.append(_text(x + 24, y, words))
        x += 24 + text_width(words) + 22
    return out


def render_svg(timeline: Timeline) -> str:
    """The timeline as a standalone SVG document.

    Examples
    --------
    >>> import datetime as dt
    >>> from timeline.models import Event, Timeline
    >>> svg = render_svg(Timeline(title="T", events=[Event(id="e1", label="Summit",
    ...     earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15), certain=True)]))
    >>> svg.startswith("<svg") and "Summit" in svg
    True
    """
    conflicted = _conflicted_ids(timeline)
    marks = [m for m in map(mark_of, timeline.events) if m is not None]
    body = [_text(MARGIN, 32, timeline.title, "h1")]
    undated = len(timeline.events) - len(marks)
    note = f"{len(marks)} dated events from {len(timeline.documents)} documents"
    note += f"; {undated} undated (listed in the text)" if undated else ""
    n = len(timeline.conflicts)
    note += f"; {n} conflict{'s' * (n != 1)}" if n else ""
    body.append(_text(MARGIN, 52, note + ".", "note"))
    y, previous = 72.0, None
    for panel in panels(marks):
        if previous is not None:
            body.append(_text(WIDTH / 2, y + 4, _gap_note(previous, panel), "note", "middle"))
            y += 22
        drawn, y = _draw_panel(panel, y, conflicted)
        body += drawn
        y, previous = y + 12, panel
    if not marks:
        body.append(_text(MARGIN, y + 14, "No dated events.", "note"))
        y += 28
    body += _legend(y + 18)
    height = int(y + 34)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
            f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(timeline.title)}>'
            f"<title>{escape(timeline.title)}</title><style>{STYLE}</style>{DEFS}"
            f'<rect width="{WIDTH}" height="{height}" fill="white"/>' + "\n".join(body) + "</svg>\n")

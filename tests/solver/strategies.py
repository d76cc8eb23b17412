"""Hypothesis strategies for small temporal networks (tests only)."""

from __future__ import annotations

from hypothesis import strategies as st

from .oracle import Row
from timeline.solver import TemporalNetwork

NAMES = ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]


@st.composite
def planted(draw: st.DrawFn, max_rows: int = 14) -> tuple[list[str], dict[str, int], list[Row]]:
    """Points, a planted time per point, and rows that the plant satisfies."""
    n = draw(st.integers(2, len(NAMES)))
    points = NAMES[:n]
    plant = {p: draw(st.integers(0, 40)) for p in points}
    slack = st.one_of(st.none(), st.integers(0, 6))
    rows: list[Row] = []
    for _ in range(draw(st.integers(1, max_rows))):
        a = draw(st.sampled_from(points))
        below, above = draw(slack), draw(slack)
        if draw(st.booleans()):
            b = draw(st.sampled_from([p for p in points if p != a]))
            diff = plant[b] - plant[a]
        else:
            b, diff = None, plant[a]
        rows.append((a, b, None if below is None else diff - below,
                     None if above is None else diff + above))
    return points, plant, rows


@st.composite
def anything(draw: st.DrawFn, max_rows: int = 12) -> tuple[list[str], list[Row], list[float]]:
    """Points, rows that may well contradict each other, and a confidence per row."""
    n = draw(st.integers(2, 5))
    points = NAMES[:n]
    value = st.one_of(st.none(), st.integers(-8, 8))
    rows: list[Row] = []
    for _ in range(draw(st.integers(1, max_rows))):
        a = draw(st.sampled_from(points))
        b = draw(st.one_of(st.none(), st.sampled_from([p for p in points if p != a])))
        rows.append((a, b, draw(value), draw(value)))
    confidence = draw(st.lists(st.sampled_from([0.3, 0.6, 0.9, 1.0]), min_size=len(rows),
                               max_size=len(rows)))
    return points, rows, confidence


def network(points: list[str], rows: list[Row], confidence: list[float] | None = None) -> TemporalNetwork:
    """A network of ``rows``; each row's source is its index."""
    net = TemporalNetwork()
    for p in points:
        net.add_point(p)
    for i, (a, b, lo, hi) in enumerate(rows):
        c = 1.0 if confidence is None else confidence[i]
        if b is None:
            net.bound(a, lo, hi, source=i, confidence=c)
        else:
            net.add_constraint(a, b, lo, hi, source=i, confidence=c)
    return net

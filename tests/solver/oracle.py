"""An independent all-pairs oracle for tiny networks (Floyd-Warshall), for tests only."""

from __future__ import annotations

import math

Row = tuple[str, str | None, int | None, int | None]  # (a, b, lo, hi); b None: bound on a
ZERO = "<zero>"


def edges(rows: list[Row]) -> list[tuple[str, str, int]]:
    """Distance-graph edges ``u -> v`` (``t(v) - t(u) <= w``) of difference and absolute rows."""
    out = []
    for a, b, lo, hi in rows:
        x, y = (ZERO, a) if b is None else (a, b)
        if hi is not None:
            out.append((x, y, hi))
        if lo is not None:
            out.append((y, x, -lo))
    return out


def distances(points: list[str], rows: list[Row]) -> dict[tuple[str, str], float]:
    nodes = [ZERO, *points]
    d = {(u, v): (0 if u == v else math.inf) for u in nodes for v in nodes}
    for u, v, w in edges(rows):
        d[u, v] = min(d[u, v], w)
    for k in nodes:
        for i in nodes:
            if d[i, k] == math.inf:
                continue
            for j in nodes:
                if d[i, k] + d[k, j] < d[i, j]:
                    d[i, j] = d[i, k] + d[k, j]
    return d


def consistent(points: list[str], rows: list[Row]) -> bool:
    d = distances(points, rows)
    return all(d[v, v] >= 0 for v in [ZERO, *points])


def bounds(points: list[str], rows: list[Row]) -> dict[str, tuple[int | None, int | None]]:
    d = distances(points, rows)
    return {p: (None if d[p, ZERO] == math.inf else int(-d[p, ZERO]),
                None if d[ZERO, p] == math.inf else int(d[ZERO, p])) for p in points}

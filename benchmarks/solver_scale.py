"""How the temporal solver scales: random news-like networks of 10^3 to 10^6 constraints.

Each size is solved twice, without and with injected contradictions, and timed
next to networkx's Bellman-Ford computing the same bounds (earliest and latest of
every point, from and to the zero point) over the constraints the solver kept.
networkx is skipped at a size where the previous size predicts more than 60 s.

Run from the repository root::

    python benchmarks/solver_scale.py            # 10^3 .. 10^6, writes docs/solver.md
    python benchmarks/solver_scale.py --sizes 1000 10000 --no-write

The network: ``m // 5`` events with a planted day each (spread over ten years),
``start <= end`` for each, absolute windows (0 to 30 days wide) on about a third
of them, and the rest difference bounds between events close in time (the kind
of "before", "after", "two days later" a story tells), all true of the plant.
A contradiction is a second window for a dated event, 60 to 120 days away from the
truth and less confident, so the solver must find it and drop it.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from timeline.solver import TemporalNetwork

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "solver.md"
BEGIN, END = "<!-- solver_scale:begin -->", "<!-- solver_scale:end -->"
NX_LIMIT = 60.0
ORIGIN = 737_000  # 2018-11-16 as an ordinal


@dataclass
class Row:
    """One measured network."""

    size: int
    injected: int
    build: float
    solve: float
    solve_cpu: float
    conflicts: int
    found: int
    nx_seconds: float | None
    nx_cpu: float | None
    same_bounds: bool | None


def news_like(m: int, injected: int, seed: int) -> tuple[TemporalNetwork, set[str]]:
    """A network of about ``m`` constraints true of a planted schedule, plus ``injected`` lies."""
    rng = np.random.default_rng(seed)
    n = max(2, m // 5)
    plant = np.sort(rng.integers(0, 3650, n)) + ORIGIN  # sorted: index distance ~ time distance
    starts = [f"e{i}.start" for i in range(n)]
    ends = [f"e{i}.end" for i in range(n)]
    length = rng.integers(0, 3, n)
    net = TemporalNetwork()
    for i in range(n):
        net.add_constraint(starts[i], ends[i], 0, None, source=("span", i))
    rest = m - n
    dated = rest // 3
    who = rng.integers(0, n, dated).tolist()
    before, after = rng.integers(0, 16, dated).tolist(), rng.integers(0, 16, dated).tolist()
    for k, i in enumerate(who):
        day = int(plant[i])
        net.bound(starts[i], day - before[k], day + after[k], source=("date", k), confidence=0.9)
    pairs = rest - dated
    a = rng.integers(0, n, pairs)
    b = np.clip(a + rng.integers(1, 30, pairs), 0, n - 1)
    gap = plant[b] - plant[a]  # >= 0 since plant is sorted
    slack = rng.integers(0, 5, pairs)
    exact = rng.random(pairs) < 0.3
    for k, (i, j, g, s, e) in enumerate(zip(a.tolist(), b.tolist(), gap.tolist(), slack.tolist(),
                                            exact.tolist())):
        if i == j:
            net.add_constraint(starts[i], ends[i], 0, None, source=("pair", k))
        elif e:  # "two days later"
            net.add_constraint(starts[i], starts[j], max(0, g - s), g + s, source=("pair", k), confidence=0.7)
        else:  # "before"
            net.add_constraint(ends[i] if g > 2 else starts[i], starts[j], 0, None,
                               source=("pair", k), confidence=0.6)
    lies = set()
    random_ = random.Random(seed)
    for k in range(injected):
        i = random_.randrange(n)
        net.bound(starts[i], int(plant[i]), int(plant[i]), source=("truth", k), confidence=0.95)
        off = int(plant[i]) + random_.choice((-1, 1)) * random_.randrange(60, 120) + int(length[i])
        net.bound(starts[i], off, off, source=("lie", k), confidence=0.5)
        lies.add(("lie", k))
    return net, lies


def networkx_bounds(net: TemporalNetwork, dropped: set) -> dict[str, tuple]:
    """Earliest and latest of every point by networkx's Bellman-Ford over the kept constraints."""
    names = {i: name for name, i in net.ids.items()}
    graph = nx.DiGraph()
    graph.add_nodes_from(names)

    def edge(u: int, v: int, w: int) -> None:
        if not graph.has_edge(u, v) or graph[u][v]["weight"] > w:
            graph.add_edge(u, v, weight=w)

    for a, b, lo, hi, source in zip(net.a, net.b, net.lo, net.hi, net.sources):
        if source in dropped:
            continue
        if hi is not None:
            edge(a, b, hi)
        if lo is not None:
            edge(b, a, -lo)
    latest = nx.single_source_bellman_ford_path_length(graph, 0)
    earliest = nx.single_source_bellman_ford_path_length(graph.reverse(copy=False), 0)
    return {names[i]: (-earliest[i] if i in earliest else None, latest.get(i))
            for i in names if i != 0}


def measure(m: int, injected: int, seed: int, run_nx: bool) -> Row:
    started = time.perf_counter()
    net, lies = news_like(m, injected, seed)
    built, cpu = time.perf_counter(), time.process_time()
    result = net.solve()
    solved, cpu = time.perf_counter(), time.process_time() - cpu
    found = len(lies & set(result.dropped))
    nx_seconds = nx_cpu = same = None
    if run_nx:
        t0, c0 = time.perf_counter(), time.process_time()
        reference = networkx_bounds(net, set(result.dropped))
        nx_seconds, nx_cpu = time.perf_counter() - t0, time.process_time() - c0
        same = reference == result.bounds
    return Row(len(net), injected, built - started, solved - built, cpu, len(result.conflicts), found,
               nx_seconds, nx_cpu, same)


def exponent(rows: list[Row]) -> float | None:
    """Least-squares slope of log(CPU seconds) over log(constraints)."""
    pts = [(math.log(r.size), math.log(r.solve_cpu)) for r in rows if r.solve_cpu > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def table(rows: list[Row]) -> str:
    lines = ["| constraints | injected lies | build s | solve s (CPU) | constraints/s (CPU) "
             "| conflicts (lies found) | networkx s (CPU) | speed-up (CPU) | same bounds |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        nx_cell = "skipped (> 60 s predicted)" if r.nx_seconds is None else f"{r.nx_seconds:.3f} ({r.nx_cpu:.3f})"
        speed = "" if r.nx_cpu is None else f"{r.nx_cpu / max(r.solve_cpu, 1e-3):.1f}x"
        same = "" if r.same_bounds is None else ("yes" if r.same_bounds else "NO")
        lines.append(f"| {r.size:,} | {r.injected} | {r.build:.2f} | {r.solve:.3f} ({r.solve_cpu:.3f}) | "
                     f"{r.size / max(r.solve_cpu, 1e-3):,.0f} | {r.conflicts} ({r.found}/{r.injected}) | "
                     f"{nx_cell} | {speed} | {same} |")
    for injected in (False, True):
        part = [r for r in rows if bool(r.injected) == injected]
        slope = exponent(part)
        if slope is not None:
            lines.append(f"\nGrowth exponent of solve time ({'with' if injected else 'without'} "
                         f"contradictions): {slope:.2f}")
    return "\n".join(lines)


def write_doc(markdown: str, command: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    block = f"{BEGIN}\n\n`{command}` ({time.strftime('%Y-%m-%d')}, one core):\n\n{markdown}\n\n{END}"
    if BEGIN in text and END in text:
        text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n## Benchmark figures\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10**3, 10**4, 10**5, 10**6])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/solver.md alone")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    measure(100, 3, args.seed, True)  # warm up: imports and first calls are not the solver's cost
    previous = 0.0  # networkx CPU seconds at the previous size
    for size in sorted(args.sizes):
        predicted, here = previous * 12, 0.0  # sizes grow 10x; networkx slightly worse than linear
        for injected in (0, max(3, size // 10_000)):
            row = measure(size, injected, args.seed, max(predicted, here) <= NX_LIMIT)
            rows.append(row)
            here = max(here, row.nx_cpu or 0.0)
            print(f"{row.size:>9,} constraints, {injected} lies: solve {row.solve:.2f} s "
                  f"({row.solve_cpu:.2f} s CPU), "
                  f"networkx {'-' if row.nx_seconds is None else f'{row.nx_seconds:.2f} s'}", flush=True)
        previous = here or math.inf  # skipped here: skipped at every larger size
    markdown = table(rows)
    markdown += ("\n\nWall seconds, CPU seconds in brackets (the machine is shared: CPU time is the "
                 "one-core cost). Build = the `add_constraint`/`bound` calls; solve = `solve()`: "
                 "bounds, conflicts, drops, order and entailment. networkx computes only the bounds, "
                 "over the kept constraints.")
    if any(r.nx_seconds is None for r in rows):
        markdown += " networkx was skipped where the previous size predicted more than 60 s."
    print()
    print(markdown)
    if not args.no_write:
        command = "python benchmarks/solver_scale.py" + (
            "" if args.sizes == parser.get_default("sizes") else " --sizes " + " ".join(map(str, args.sizes)))
        write_doc(markdown, command)
    return 0 if all(r.same_bounds in (None, True) and r.found == r.injected for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

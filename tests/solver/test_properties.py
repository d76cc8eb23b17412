"""Laws of the solver, checked against an independent Floyd-Warshall oracle on tiny networks."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from . import oracle
from .strategies import anything, network, planted

FAST = settings(max_examples=80, deadline=None)


def _kept(rows: list, dropped: tuple) -> list:
    gone = set(dropped)
    return [r for i, r in enumerate(rows) if i not in gone]


@FAST
@given(planted())
def test_a_planted_solution_is_never_inconsistent_and_bounds_contain_it(case) -> None:
    points, plant, rows = case
    result = network(points, rows).solve()
    assert result.consistent and not result.conflicts and not result.dropped
    for p in points:
        lo, hi = result.bounds[p]
        assert lo is None or lo <= plant[p]
        assert hi is None or plant[p] <= hi


@FAST
@given(planted())
def test_bounds_equal_the_all_pairs_oracle(case) -> None:
    points, _, rows = case
    assert network(points, rows).solve().bounds == oracle.bounds(points, rows)


@FAST
@given(anything())
def test_every_conflict_is_a_real_minimal_negative_cycle_of_input_constraints(case) -> None:
    points, rows, confidence = case
    result = network(points, rows, confidence).solve()
    assert result.consistent == oracle.consistent(points, rows)
    for conflict in result.conflicts:
        members = [rows[i] for i in conflict.sources]
        assert not oracle.consistent(points, members)  # sum of weights < 0 on a cycle
        for skip in range(len(members)):  # and minimal: without any one, it holds
            assert oracle.consistent(points, members[:skip] + members[skip + 1:])
        assert conflict.dropped in conflict.sources
        least = min(confidence[i] for i in conflict.sources)
        assert confidence[conflict.dropped] == least
        assert conflict.dropped == max(i for i in conflict.sources if confidence[i] == least)


@FAST
@given(anything())
def test_after_drops_the_kept_constraints_hold_and_bounds_are_exact(case) -> None:
    points, rows, confidence = case
    result = network(points, rows, confidence).solve()
    kept = _kept(rows, result.dropped)
    assert oracle.consistent(points, kept)
    assert result.bounds == oracle.bounds(points, kept)


@FAST
@given(planted(), st.data())
def test_adding_a_constraint_never_widens_a_bound(case, data) -> None:
    points, plant, rows = case
    before = network(points, rows).solve().bounds
    a = data.draw(st.sampled_from(points))
    b = data.draw(st.one_of(st.none(), st.sampled_from([p for p in points if p != a])))
    diff = plant[a] if b is None else plant[b] - plant[a]
    slack = st.one_of(st.none(), st.integers(0, 6))
    below, above = data.draw(slack), data.draw(slack)
    row = (a, b, None if below is None else diff - below, None if above is None else diff + above)
    after = network(points, rows + [row]).solve()
    assert after.consistent
    for p in points:
        (lo0, hi0), (lo1, hi1) = before[p], after.bounds[p]
        assert lo0 is None or (lo1 is not None and lo1 >= lo0)
        assert hi0 is None or (hi1 is not None and hi1 <= hi0)


@FAST
@given(planted(), st.randoms(use_true_random=False))
def test_insertion_order_changes_neither_bounds_nor_order(case, rnd: random.Random) -> None:
    points, _, rows = case
    shuffled_points, shuffled_rows = points[:], rows[:]
    rnd.shuffle(shuffled_points)
    rnd.shuffle(shuffled_rows)
    one, two = network(points, rows).solve(), network(shuffled_points, shuffled_rows).solve()
    assert one.bounds == two.bounds
    assert one.order == two.order and one.entailed == two.entailed


@FAST
@given(anything())
def test_every_point_at_its_earliest_bound_satisfies_every_kept_constraint(case) -> None:
    points, rows, confidence = case
    result = network(points, rows, confidence).solve()
    early = {p: result.bounds[p][0] for p in points}
    for a, b, lo, hi in _kept(rows, result.dropped):
        ta = early[a]
        tb = 0 if b is None else early[b]
        if ta is None or tb is None:
            continue  # an unbounded earliest side: nothing to set
        diff = ta if b is None else tb - ta
        assert lo is None or lo <= diff
        assert hi is None or diff <= hi


@FAST
@given(anything())
def test_order_is_followed_by_a_solution_and_entailed_steps_are_true(case) -> None:
    points, rows, confidence = case
    result = network(points, rows, confidence).solve()
    kept = _kept(rows, result.dropped)
    assert sorted(result.order) == sorted(points)
    position = {p: i for i, p in enumerate(result.order)}
    for a, b, lo, _ in kept:
        if b is not None and lo is not None and lo > 0:
            assert position[a] < position[b]  # a strict constraint is never reversed
    d = oracle.distances(points, kept)
    for (x, y), proved in zip(zip(result.order, result.order[1:]), result.entailed):
        if proved:
            assert d[y, x] <= 0  # every solution has t(x) <= t(y)
    for x in points:
        for y in points:
            if x != y:
                assert result.precedes(x, y) == (d[y, x] <= 0)  # complete on tiny networks

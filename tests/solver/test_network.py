"""The network's API: bounds, conflicts and drops, typed errors, the Allen table."""

from __future__ import annotations

import pytest

from timeline.solver import (
    InvalidConstraintError,
    TemporalNetwork,
    UnknownPointError,
    UnknownRelationError,
)
from timeline.solver.allen import INVERSE, POINT_RELATIONS, canonical, point_bounds


def test_difference_and_absolute_bounds_propagate_both_ways() -> None:
    net = TemporalNetwork()
    net.bound("a", 100, 110)
    net.add_constraint("a", "b", 5, 7)
    net.bound("b", None, 108)
    r = net.solve()
    assert r.bounds == {"a": (100, 103), "b": (105, 108)}
    assert r.order == ("a", "b") and r.entailed == (True,)


def test_a_point_with_no_path_to_a_date_stays_unbounded() -> None:
    net = TemporalNetwork()
    net.add_constraint("x", "y", 1, None)
    net.add_point("z")
    r = net.solve()
    assert r.bounds == {"x": (None, None), "y": (None, None), "z": (None, None)}
    assert r.precedes("x", "y") and not r.precedes("y", "x")


def test_the_least_confident_constraint_on_a_cycle_is_dropped() -> None:
    net = TemporalNetwork()
    net.bound("a", 10, 10, source="a dated", confidence=0.9)
    net.bound("b", 5, 5, source="b dated", confidence=0.9)
    net.add_constraint("a", "b", 1, None, source="b after a", confidence=0.6)
    r = net.solve()
    assert not r.consistent
    assert [set(c.sources) for c in r.conflicts] == [{"a dated", "b dated", "b after a"}]
    assert r.dropped == ("b after a",)
    assert r.bounds == {"a": (10, 10), "b": (5, 5)}


def test_on_equal_confidence_the_constraint_added_last_is_dropped() -> None:
    net = TemporalNetwork()
    net.add_constraint("a", "b", 1, None, source="first")
    net.add_constraint("b", "a", 1, None, source="second")
    r = net.solve()
    assert r.dropped == ("second",)
    assert r.conflicts[0].weight == -2


def test_independent_contradictions_are_each_reported() -> None:
    net = TemporalNetwork()
    for i in range(5):
        net.bound(f"e{i}", 10 * i, 10 * i, source=f"good {i}")
        net.bound(f"e{i}", 10 * i + 3, None, source=f"bad {i}", confidence=0.5)
    r = net.solve()
    assert sorted(r.dropped) == [f"bad {i}" for i in range(5)]
    assert all(r.bounds[f"e{i}"] == (10 * i, 10 * i) for i in range(5))


def test_a_self_contradictory_constraint_is_its_own_conflict() -> None:
    net = TemporalNetwork()
    net.add_constraint("a", "b", 3, 1, source="bad window")
    r = net.solve()
    assert [c.sources for c in r.conflicts] == [("bad window",)]
    assert r.bounds == {"a": (None, None), "b": (None, None)}


def test_without_a_source_the_insertion_index_stands_in() -> None:
    net = TemporalNetwork()
    net.bound("a", 1, 1)
    net.bound("a", 2, 2)
    assert net.solve().dropped == (1,)


@pytest.mark.parametrize("args", [
    ("a", "a", 0, 1), ("", "b", 0, 1), ("a", "b", 0.5, None), ("a", "b", None, "3"),
    ("a", "b", True, None), (None, "b", 0, 0),
])
def test_bad_constraints_raise_a_typed_error_with_the_evidence(args) -> None:
    with pytest.raises(InvalidConstraintError) as err:
        TemporalNetwork().add_constraint(*args)
    assert err.value.evidence == args


def test_bad_confidence_and_bounds_raise() -> None:
    net = TemporalNetwork()
    with pytest.raises(InvalidConstraintError):
        net.add_constraint("a", "b", 0, 1, confidence=1.5)
    with pytest.raises(InvalidConstraintError):
        net.bound("a", 1.0, None)


def test_unknown_points_and_relations_raise() -> None:
    net = TemporalNetwork()
    net.add_point("a")
    with pytest.raises(UnknownPointError):
        net.solve().precedes("a", "nowhere")
    with pytest.raises(UnknownRelationError):
        net.add_relation("e1", "sometime", "e2")


def test_the_allen_table_covers_thirteen_relations_with_inverses() -> None:
    assert len(POINT_RELATIONS) == 13
    assert set(INVERSE) == set(POINT_RELATIONS)
    for relation, inverse in INVERSE.items():  # A r B says exactly what B r^-1 A says
        assert INVERSE[inverse] == relation
        forward = set(point_bounds(relation, "e1", "e2"))
        backward = set(point_bounds(inverse, "e2", "e1"))
        assert _normal(forward) == _normal(backward), relation


def _normal(bounds: set) -> set:
    """Write ``lo <= t(y) - t(x) <= hi`` with the smaller point name first."""
    out = set()
    for x, y, lo, hi in bounds:
        if x > y:
            x, y, lo, hi = y, x, (None if hi is None else -hi), (None if lo is None else -lo)
        out.add((x, y, lo, hi))
    return out


@pytest.mark.parametrize("relation", sorted(POINT_RELATIONS))
def test_each_allen_relation_holds_for_a_witness_pair_with_gap_one(relation: str) -> None:
    witnesses = {  # (A.start, A.end, B.start, B.end)
        "before": (0, 1, 3, 4), "after": (3, 4, 0, 1), "meets": (0, 2, 2, 4), "met-by": (2, 4, 0, 2),
        "overlaps": (0, 2, 1, 3), "overlapped-by": (1, 3, 0, 2), "during": (1, 2, 0, 3),
        "contains": (0, 3, 1, 2), "starts": (0, 1, 0, 3), "started-by": (0, 3, 0, 1),
        "finishes": (2, 3, 0, 3), "finished-by": (0, 3, 2, 3), "equals": (0, 3, 0, 3),
    }
    net = TemporalNetwork()
    for point, day in zip(("A.start", "A.end", "B.start", "B.end"), witnesses[relation]):
        net.bound(point, day, day)
    net.add_relation("A", relation, "B", gap=1)
    assert net.solve().consistent
    others = [r for r in POINT_RELATIONS if r != relation]
    for other in others:  # the thirteen relations are mutually exclusive at gap 1
        again = TemporalNetwork()
        for point, day in zip(("A.start", "A.end", "B.start", "B.end"), witnesses[relation]):
            again.bound(point, day, day)
        again.add_relation("A", other, "B", gap=1)
        assert not again.solve().consistent, other


def test_timeml_names_map_onto_allen() -> None:
    assert canonical("IBEFORE") == "meets" and canonical("IS_INCLUDED") == "during"
    assert canonical("simultaneous") == "equals"

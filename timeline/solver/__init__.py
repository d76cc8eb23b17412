"""The temporal constraint solver: a Simple Temporal Network over integer days.

``TemporalNetwork`` collects points, difference bounds and absolute bounds;
``solve()`` gives the tightest bounds, a consistent order, and the negative
cycles (conflicts) it had to break. :mod:`timeline.solver.allen` maps Allen's
relations to bounds; :mod:`timeline.solver.stage` wires the solver into the
pipeline (``solve_events``).

>>> net = TemporalNetwork()
>>> net.bound("e1.start", 10, 10); net.add_constraint("e1.start", "e1.end", 0, None)
>>> net.add_relation("e1", "before", "e2")
>>> net.solve().bounds["e2.start"]
(10, None)
"""

from timeline.solver.errors import (
    InternalSolverError,
    InvalidConstraintError,
    SolverError,
    UnknownPointError,
    UnknownRelationError,
)
from timeline.solver.network import TemporalNetwork
from timeline.solver.result import CycleConflict, SolveResult

__all__ = [
    "CycleConflict",
    "InternalSolverError",
    "InvalidConstraintError",
    "SolveResult",
    "SolverError",
    "TemporalNetwork",
    "UnknownPointError",
    "UnknownRelationError",
]

"""Run the docstring examples of the solver package (pytest does not collect them by default)."""

import doctest

import pytest

import timeline.solver
from timeline.solver import allen, errors, graph, network, order, result, solve, stage


@pytest.mark.parametrize("module", [timeline.solver, allen, errors, graph, network, order, result,
                                    solve, stage], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    outcome = doctest.testmod(module)
    assert outcome.attempted > 0 and outcome.failed == 0

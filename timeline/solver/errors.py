"""Typed exceptions of the solver; each carries the evidence that caused it."""

from __future__ import annotations


class SolverError(Exception):
    """Base of every error the solver raises."""


class InvalidConstraintError(SolverError, ValueError):
    """A constraint or bound that cannot be added as given.

    Parameters
    ----------
    reason : str
        What is wrong, in words.
    evidence : object
        The offending arguments, kept for the caller.

    Examples
    --------
    >>> err = InvalidConstraintError("lo is not an integer", ("a", "b", 1.5, None))
    >>> err.evidence
    ('a', 'b', 1.5, None)
    """

    def __init__(self, reason: str, evidence: object) -> None:
        super().__init__(f"{reason}: {evidence!r}")
        self.reason = reason
        self.evidence = evidence


class UnknownRelationError(SolverError, KeyError):
    """An Allen or TimeML relation name that the table does not know.

    Examples
    --------
    >>> UnknownRelationError("sometime").relation
    'sometime'
    """

    def __init__(self, relation: str) -> None:
        super().__init__(f"unknown temporal relation {relation!r}")
        self.relation = relation


class UnknownPointError(SolverError, KeyError):
    """A query about a time point that the network never saw.

    Examples
    --------
    >>> UnknownPointError("e9.start").point
    'e9.start'
    """

    def __init__(self, point: str) -> None:
        super().__init__(f"unknown time point {point!r}")
        self.point = point


class InternalSolverError(SolverError, RuntimeError):
    """An invariant of the propagation broke (a bug, never bad input).

    Examples
    --------
    >>> InternalSolverError("cycle weight 0 is not negative", [1, 2]).evidence
    [1, 2]
    """

    def __init__(self, reason: str, evidence: object) -> None:
        super().__init__(f"{reason}: {evidence!r}")
        self.evidence = evidence

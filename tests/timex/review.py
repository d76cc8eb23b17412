"""The runner the review files of invented sentences share.

A review file holds ``CASES`` (sentences read as expected) and ``KNOWN_MISSES`` (misreadings not
fixed yet, each with a comment saying why); the cases must pass and every known miss must still
fail, so a fix that lands moves its sentence to ``CASES`` instead of passing unnoticed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from timeline.timex import extract_timexes

Reader = Callable[[str, dt.date], list]


def spans_and_values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    """What a review compares: each timex's span and value, in text order."""
    return [(t.text, t.value) for t in extract_timexes(text, dct)]


def review_tests(cases: Sequence[tuple], known_misses: Sequence[tuple],
                 read: Reader = spans_and_values) -> tuple[Callable, Callable | None]:
    """The two tests of a review file: its cases pass, its known misses fail (strict xfail).

    Bind them to ``test_*`` names in the file so pytest collects them there; with no known miss
    left the second is None, which pytest does not collect (an empty parameter set would be a skip).
    """

    @pytest.mark.parametrize(("text", "dct", "expected"), cases, ids=[c[0][:50] for c in cases])
    def review_sentence(text: str, dct: dt.date, expected: list) -> None:
        assert read(text, dct) == expected

    @pytest.mark.parametrize(("text", "dct", "expected"), known_misses, ids=[c[0][:50] for c in known_misses])
    @pytest.mark.xfail(strict=True, reason="known misreading, see the comment in KNOWN_MISSES")
    def known_miss(text: str, dct: dt.date, expected: list) -> None:
        assert read(text, dct) == expected

    return review_sentence, (known_miss if known_misses else None)


def cut_reading(text: str, dct: dt.date, expected: Sequence[tuple]) -> list[tuple]:
    """Each timex as (span, value, type, earliest, latest), cut to as many fields as its expectation gives (two
    for a timex the expectation does not hold)."""
    out = []
    for i, t in enumerate(extract_timexes(text, dct)):
        full = (t.text, t.value, t.type, t.earliest.isoformat() if t.earliest else None,
                t.latest.isoformat() if t.latest else None)
        out.append(full[:len(expected[i]) if i < len(expected) else 2])
    return out


def graded_review_tests(cases: Sequence[tuple], known_misses: Sequence[tuple]) -> tuple[Callable, Callable]:
    """The two tests of a review file whose expectations give as many fields as they mean (:func:`cut_reading`) and
    whose known misses carry their reason as a fourth field: its cases pass, each known miss fails (strict xfail
    with that reason). Bind them to ``test_*`` names in the file so pytest collects them there."""

    @pytest.mark.parametrize(("text", "dct", "expected"), cases, ids=[c[0][:50] for c in cases])
    def review_sentence(text: str, dct: dt.date, expected: list[tuple]) -> None:
        assert cut_reading(text, dct, expected) == expected

    @pytest.mark.parametrize(("text", "dct", "expected", "why"),
                             [pytest.param(*m, marks=pytest.mark.xfail(strict=True, reason=m[3])) for m in known_misses],
                             ids=[m[0][:50] for m in known_misses])
    def known_miss(text: str, dct: dt.date, expected: list[tuple], why: str) -> None:
        assert cut_reading(text, dct, expected) == expected

    return review_sentence, known_miss

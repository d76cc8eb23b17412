"""A TempEval-3 scorer for temporal expressions.

Follows the TE3 timex measures (UzZaman et al. 2013):

- strict match: identical span; relaxed match: overlapping spans. Matching
  is one to one (exact pairs first, then the largest overlaps), so one long
  system span cannot claim two gold expressions.
- span precision/recall/F1 for strict and relaxed matching;
- type and value accuracy over the relaxed matches;
- attribute F1 as TE3 defines it: ``P = correct / |system|``,
  ``R = correct / |gold|`` (= relaxed F1 x attribute accuracy).

Gold annotations whose value is None (TIMEX2 leaves some unresolved) count
for spans but are left out of value scoring, with their matched system
expression, so that no system can be right or wrong about them.

>>> gold = [Annotation(start=0, end=9, text="yesterday", type="DATE", value="2018-11-14")]
>>> system = [Annotation(start=0, end=9, text="yesterday", type="DATE", value="2018-11-14")]
>>> score(compare(gold, system).counts).value_f1
1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

ErrorKind = Literal["missed", "spurious", "wrong-value"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Annotation(_Frozen):
    """A timex as the scorer sees it: a span and its TIMEX3 type and value."""

    start: int
    end: int
    text: str = ""
    type: str | None = None
    value: str | None = None


class TimexError(_Frozen):
    """One disagreement between gold and system, for the error dump."""

    kind: ErrorKind
    gold: Annotation | None = None
    system: Annotation | None = None


class Counts(_Frozen):
    """Additive counts; sum documents with ``+`` to micro-average a corpus."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    value_gold: int = 0
    value_system: int = 0
    value_matched: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(**{k: getattr(self, k) + getattr(other, k) for k in Counts.model_fields})


class Scores(_Frozen):
    """The TE3 timex figures computed from :class:`Counts`."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    type_f1: float
    value_f1: float


class Comparison(_Frozen):
    """The counts and the errors of one document."""

    counts: Counts
    errors: tuple[TimexError, ...] = ()


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: Annotation, b: Annotation) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: Sequence[Annotation], system: Sequence[Annotation]) -> list[tuple[int, int]]:
    """One-to-one relaxed alignment of gold and system indices, exact spans first.

    >>> g = [Annotation(start=0, end=4), Annotation(start=10, end=20)]
    >>> s = [Annotation(start=12, end=14), Annotation(start=0, end=4), Annotation(start=30, end=31)]
    >>> match(g, s)
    [(0, 1), (1, 0)]
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {(s.start, s.end): j for j, s in reversed(list(enumerate(system)))}
    for i, g in enumerate(gold):
        j = exact.get((g.start, g.end))
        if j is not None and j not in used:
            pairs[i] = j
            used.add(j)
    # Overlaps, largest first; ties broken by position so the result is deterministic.
    candidates = sorted(
        (-_overlap(g, s), i, j)
        for i, g in enumerate(gold)
        if i not in pairs
        for j, s in enumerate(system)
        if j not in used and _overlap(g, s) > 0
    )
    for _, i, j in candidates:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return sorted(pairs.items())


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and a == b


_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")
# TIMEX2 (WikiWars) and HeidelTime count long durations in decades, centuries and millennia (P1DE,
# P2CE, P2L); TimeBank counts the same durations in years (P10Y, P200Y)
_LONG_UNIT = re.compile(r"^P(\d+(?:\.\d+)?)(DE|CE|ML|L)$")
_YEARS_IN = {"DE": 10, "CE": 100, "ML": 1000, "L": 1000}


def _in_years(value: str) -> str:
    long = _LONG_UNIT.match(value)
    if long is None:
        return value
    years = float(long[1]) * _YEARS_IN[long[2]]
    return f"P{years:g}Y" if years != int(years) else f"P{int(years)}Y"


def timex3_equal(gold: str | None, system: str | None) -> bool:
    """Equal TIMEX3 values, reading a one-digit ISO week as two (``2000-W7`` = ``2000-W07``) and a
    duration in decades, centuries or millennia as its years (``P1DE`` = ``P10Y``, ``P2CE`` = ``P200Y``).

    TBAQ writes a few weeks unpadded; ISO 8601 pads them. TIMEX2 writes long durations in their own
    units, TimeBank in years. Nothing else is forgiven: ``PXDE`` (some decades) is not ``PXY``.

    >>> timex3_equal("2000-W7", "2000-W07"), timex3_equal("2000-W07", "2000-W7"), timex3_equal("P1W", "2000-W07")
    (True, True, False)
    >>> timex3_equal("P2CE", "P200Y"), timex3_equal("P1DE", "P10Y"), timex3_equal("P1DE", "P1Y"), timex3_equal("PXDE", "PXY")
    (True, True, False, False)
    """
    if gold is None or system is None:
        return False
    return _in_years(_SHORT_WEEK.sub(r"-W0\1", gold)) == _in_years(_SHORT_WEEK.sub(r"-W0\1", system))


def compare(
    gold: Sequence[Annotation],
    system: Sequence[Annotation],
    *,
    same_value: Callable[[str | None, str | None], bool] = _same,
) -> Comparison:
    """Count matches and list errors for one document.

    Parameters
    ----------
    gold, system : sequence of Annotation
        Spans index the same text.
    same_value : callable, optional
        Whether a gold value and a system value agree (default: equal strings).

    >>> g = [Annotation(start=3, end=9, text="Friday", type="DATE", value="1998-11-20")]
    >>> s = [Annotation(start=0, end=9, text="On Friday", type="DATE", value="1998-11-27")]
    >>> c = compare(g, s)
    >>> c.counts.strict, c.counts.relaxed, c.counts.value_correct, [e.kind for e in c.errors]
    (0, 1, 0, ['wrong-value'])
    """
    pairs = match(gold, system)
    errors: list[TimexError] = []
    strict = type_ok = value_ok = value_matched = 0
    unscored_system = 0
    for i, j in pairs:
        g, s = gold[i], system[j]
        strict += (g.start, g.end) == (s.start, s.end)
        type_ok += g.type is not None and g.type == s.type
        if g.value is None:
            unscored_system += 1
            continue
        value_matched += 1
        if same_value(g.value, s.value):
            value_ok += 1
        else:
            errors.append(TimexError(kind="wrong-value", gold=g, system=s))
    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    errors += [TimexError(kind="missed", gold=g) for i, g in enumerate(gold) if i not in matched_gold]
    errors += [TimexError(kind="spurious", system=s) for j, s in enumerate(system) if j not in matched_system]
    counts = Counts(
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_ok,
        value_correct=value_ok,
        value_gold=sum(g.value is not None for g in gold),
        value_system=len(system) - unscored_system,
        value_matched=value_matched,
    )
    return Comparison(counts=counts, errors=tuple(sorted(errors, key=_error_position)))


def _error_position(error: TimexError) -> tuple[int, int]:
    a = error.gold or error.system
    return (a.start, a.end) if a else (0, 0)


def score(counts: Counts) -> Scores:
    """TE3 precision, recall, F1 and attribute figures from (summed) counts.

    >>> s = score(Counts(gold=4, system=2, strict=1, relaxed=2, type_correct=2,
    ...                  value_correct=1, value_gold=4, value_system=2, value_matched=2))
    >>> s.relaxed_p, s.relaxed_r, round(s.value_f1, 3), s.value_accuracy
    (1.0, 0.5, 0.333, 0.5)
    """
    c = counts
    sp, sr = _ratio(c.strict, c.system), _ratio(c.strict, c.gold)
    rp, rr = _ratio(c.relaxed, c.system), _ratio(c.relaxed, c.gold)
    tp, tr = _ratio(c.type_correct, c.system), _ratio(c.type_correct, c.gold)
    vp, vr = _ratio(c.value_correct, c.value_system), _ratio(c.value_correct, c.value_gold)
    return Scores(
        strict_p=sp, strict_r=sr, strict_f1=_f1(sp, sr),
        relaxed_p=rp, relaxed_r=rr, relaxed_f1=_f1(rp, rr),
        type_accuracy=_ratio(c.type_correct, c.relaxed),
        value_accuracy=_ratio(c.value_correct, c.value_matched),
        type_f1=_f1(tp, tr), value_f1=_f1(vp, vr),
    )


def total(comparisons: Iterable[Comparison]) -> Counts:
    """Micro-averaged counts of many documents.

    >>> total([]).gold
    0
    """
    result = Counts()
    for c in comparisons:
        result = result + c.counts
    return result

"""tense_pick._choices, written as one pass over the readings for speed, against the helpers it replaced.

The reference below is the code as it was (a list and a min or max per tense, the distance asked by each):
both must choose the same reading for every tense, ties included (min and max keep the first of equals).
"""

from __future__ import annotations

import datetime as dt
import random

from timeline.timex.calendar import Resolved, day_interval, month_interval, part_interval, year_interval
from timeline.timex.tense_pick import _FAR, _FAR_GRAINS, NEAR, _choices, _Choices, _distance


def _reference(options: list[Resolved], dct: dt.date, weight: float) -> _Choices:
    """The choices as the helpers before the one-pass _choices found them."""
    def unless_far(best: Resolved) -> Resolved:
        if best.granularity not in _FAR_GRAINS or _distance(best, dct) <= _FAR:
            return best
        near = [c for c in options if _distance(c, dct) <= NEAR]
        return min(near, key=lambda c: _distance(c, dct)) if near else best

    before = [c for c in options if c.earliest <= dct]
    past, started = (max(before, key=lambda c: c.earliest), True) if before else \
        (min(options, key=lambda c: c.earliest), False)
    after = [c for c in options if c.latest >= dct]
    future_far = min(after, key=lambda c: c.latest) if after else max(options, key=lambda c: c.latest)
    nearest = min(options, key=lambda c: (_distance(c, dct) * (weight if c.earliest > dct else 1), c.earliest > dct))
    return _Choices(past, started, unless_far(past), unless_far(future_far), future_far, nearest)


def _readings(rng: random.Random, dct: dt.date) -> list[Resolved]:
    """Readings of one kind around ``dct``, as anchoring builds them, some repeated or overlapping (ties)."""
    kind = rng.choice(["day", "month", "quarter", "year", "mixed"])
    years = range(dct.year - 2, dct.year + 3)
    out: list[Resolved] = []
    for _ in range(rng.randint(1, 6)):
        which = rng.choice(["day", "month", "quarter", "year"]) if kind == "mixed" else kind
        year = rng.choice(years)
        if which == "day":
            out.append(day_interval(dct + dt.timedelta(days=rng.randint(-400, 400))))
        elif which == "month":
            out.append(month_interval(year, rng.randint(1, 12)))
        elif which == "quarter":
            out.append(part_interval(year, f"Q{rng.randint(1, 4)}"))
        else:
            out.append(year_interval(year))
    if rng.random() < 0.3:
        out.append(rng.choice(out))  # an equal reading again: ties
    return out


def test_one_pass_choices_match_the_helpers() -> None:
    rng = random.Random(20261125)
    for _ in range(20000):
        dct = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 730))
        options = _readings(rng, dct)
        weight = rng.choice([1.0, 1.5, 2.0, 3.0])
        got, want = _choices(options, dct, weight), _reference(options, dct, weight)
        assert got == want
        # the same reading, not only an equal one: the first of equals, as min and max keep
        assert all(g is w for g, w in zip(got, want) if not isinstance(g, bool)), (options, dct)


def test_one_pass_choices_keep_the_first_of_ties() -> None:
    dct = dt.date(2018, 11, 15)
    first, second = day_interval(dt.date(2018, 11, 10)), day_interval(dt.date(2018, 11, 10))
    choices = _choices([first, second], dct, 2.0)
    assert choices.past is first and choices.nearest is first and choices.future_far is first

"""How consistently a gold corpus writes the value of one wording ("last week": 1998-W32, 1989-WXX, P1W...).

A system that writes one form of value per wording (and every rule-based one does, context
aside) must miss each gold value written in a minority form for its wording. Counting those
bounds what any such system can reach, and separates the system's own errors from the
corpus's disagreements with itself.

>>> from timeline.timeml.scoring import Annotation
>>> g = [Annotation(start=0, end=1, text="last week", value=v) for v in ("1998-W32", "1989-W43", "1989-WXX")]
>>> report = conventions(g)
>>> report.valued, report.minority, report.worst[0][0]
(3, 1, 'last week')
>>> value_form("1998-W32"), value_form("2000-W7"), value_form("P1W")
('9999-W99', '9999-W99', 'P9W')
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeline.timeml.scoring import Annotation

_DIGIT = re.compile(r"\d")
_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")  # TBAQ writes a few weeks unpadded; the scorer reads them padded
_EDGE_PUNCTUATION = " .,;:'\"`"


def value_form(value: str) -> str:
    """The form of a TIMEX3 value: its digits masked (1998-W32 and 1989-W43 share the form 9999-W99)."""
    return _DIGIT.sub("9", _SHORT_WEEK.sub(r"-W0\1", value))


def wording(text: str) -> str:
    """A gold expression's wording: lower case, single spaces, no edge punctuation."""
    return " ".join(text.lower().split()).strip(_EDGE_PUNCTUATION)


@dataclass(frozen=True)
class Conventions:
    """Gold values, those in a minority form for their wording, and the worst wordings."""

    valued: int
    minority: int
    majority_form: dict[str, str] = field(default_factory=dict)
    worst: list[tuple[str, dict[str, int]]] = field(default_factory=list)

    def is_majority(self, gold: Annotation) -> bool:
        """Whether this gold value is written in its wording's majority form (or its wording is unique)."""
        form = self.majority_form.get(wording(gold.text))
        return form is None or value_form(gold.value or "") == form


def conventions(gold: Iterable[Annotation], shown: int = 8) -> Conventions:
    """Count gold values written in a minority form for their wording (wordings seen at least twice)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    valued = 0
    for g in gold:
        if g.value is not None:
            valued += 1
            forms[wording(g.text)][value_form(g.value)] += 1
    majority, minority, worst = {}, 0, []
    for text, counts in forms.items():
        if sum(counts.values()) < 2:
            continue
        # ties go to the form that sorts first, so the figure does not depend on input order
        form, top = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        majority[text] = form
        lost = sum(counts.values()) - top
        if lost:
            minority += lost
            worst.append((text, dict(counts.most_common())))
    worst.sort(key=lambda w: (-(sum(w[1].values()) - max(w[1].values())), w[0]))
    return Conventions(valued=valued, minority=minority, majority_form=majority, worst=worst[:shown])

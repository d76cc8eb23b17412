"""Cues that place a date by the words right before it and its clause's head: figures stamped "as of" a day
(:func:`stamped`, :func:`figures_ahead`) and a clause opened by "by" (:func:`opening_by`). Read by
:mod:`timeline.timex.tense`'s ``_cued_tense``; corpus rows in ``tense.tsv`` and ``weekday.tsv``.

>>> stamped("prices are as of".split()), opening_by("By ")
(True, True)
"""

from __future__ import annotations

import re

# Nouns of figures, which are read at a time already come: "data as of Tuesday", "prices as of the close"
_FIGURES = frozenset("data figures numbers prices totals counts tallies results rates balances estimates "
                     "statistics readings".split())


_OPENING_BY = re.compile(r"(?i)(?:^|[;:]|\b(?:and|but|yet))\s*by\s*$")


def opening_by(left: str) -> bool:
    """Whether "by" ends ``left`` at its clause's head: the sentence's first word, after a semicolon or "and"/"but".

    >>> opening_by("By "), opening_by("The mill opened and by "), opening_by("It boomed; by ")
    (True, True, True)
    >>> opening_by("They must leave by ")
    False
    """
    return _OPENING_BY.search(left) is not None


def stamped(before: list[str]) -> bool:
    """Whether "as of" closes ``before`` (lower-cased, in text order) after "is", "are" or a noun of figures: the
    time a figure was read, which lies behind the telling ("prices are as of Friday"). An opening "As of Monday,"
    or "effective as of" may name a change ahead and is left to the clause.

    >>> stamped("prices are as of".split()), stamped("data as of".split()), stamped("as of".split())
    (True, True, False)
    >>> stamped("the rates are effective as of".split()), stamped("prices will be frozen as of".split())
    (False, False)
    """
    return len(before) > 2 and before[-2:] == ["as", "of"] and (before[-3] in {"is", "are"} or before[-3] in _FIGURES)


# Words that put the figures' reading ahead: "will report balances as of Dec. 31", "figures as of Friday will be
# released next week" (the stamp is then the day the figures are to be read at)
AHEAD = frozenset("will shall would 'll".split())


def figures_ahead(before: list[str], after: list[str]) -> bool:
    """Whether a future verb governs the figures stamped "as of": before them in the clause, or right after the
    expression as the figures' own verb (``after`` is empty when a comma closes the expression: "The rankings,
    which are as of Sunday, will change" stamps Sunday gone by).

    >>> figures_ahead("the company will report balances as of".split(), [])
    True
    >>> figures_ahead("figures as of".split(), "will be released".split()), figures_ahead("data as of".split(), [])
    (True, False)
    """
    return any(w in AHEAD for w in before[:-2]) or bool(after[:1]) and after[0] in AHEAD

"""A reported clause opening after a verb of saying ("Police said the Thanksgiving parade drew 3 million people", "He
told reporters that the Nov. 20 meeting ended without a deal"): its subject opens a clause of its own, whose past
verb dates a date in it as the main clause's would (:mod:`timeline.timex.tense_subject`), but for a copula, whose past
may be the saying's shifted back ("He said the Nov. 22 vote was on track").
"""

from __future__ import annotations

from timeline.timex.verbs import word_tense

# Verbs of saying in the past whose reported clause follows with no conjunction or with "that"
_SAID = frozenset("said told reported added noted wrote stated estimated claimed".split())


def reported_clause(left: list[str]) -> tuple[int, list[str]] | None:
    """Where the first past verb of saying stands in ``left`` (the words before the date in its sentence) and the
    reported clause's words after it, its "that" and whom it told left out; None when there is none.

    >>> reported_clause("Police said the".split()), reported_clause("He told reporters that the".split())
    ((1, ['the']), (1, ['the']))
    >>> reported_clause("He told reporters the".split()), reported_clause("He will say the".split())
    ((1, ['the']), None)
    """
    lowered = [w.lower() for w in left]
    for i, low in enumerate(lowered):
        if low in _SAID:
            rest = left[i + 1:]
            if "that" in lowered[i + 1:]:
                rest = left[lowered.index("that", i + 1) + 1:]
            elif low == "told" and rest:
                rest = rest[1:]  # whom it told: "told reporters the ..."
            return i, rest
    return None


def first_verb(words: list[str]) -> str | None:
    """The first word with a tense in ``words``, lower-cased.

    >>> first_verb("Nov 22 vote was on track".split()), first_verb("Nov 22".split())
    ('was', None)
    """
    return next((w.lower() for w in words if word_tense(w.lower()) is not None), None)

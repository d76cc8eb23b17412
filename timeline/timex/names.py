"""Tell a temporal word from the name it belongs to: "High Noon", "the daily Granma".

Capitalisation is the only cue a rule has: a time word written with a capital inside a
sentence, after another capitalised word, is a title; a frequency word followed by a
capitalised name is a newspaper's description. A duration keeps its value inside a name
("the Seven Years' War", "the Six-Day War", CBS's "60 Minutes"): the name still says how long.

>>> in_title("He watched High ", )
True
>>> in_title("He left at ")
False
>>> names_follow(" Granma reported", ), names_follow(" Monday and Friday")
(True, False)
>>> subject_follows(" Paris fell."), subject_follows(" Madness fans cheered."), subject_follows(" Day came")
(True, False, False)
"""

from __future__ import annotations

import re

from timeline.timex.verbs import _cue

_CLOSERS = ".!?:\"'`"
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")
_CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split())


def in_title(before: str) -> bool:
    """Whether ``before`` ends with a capitalised word inside a sentence ("... on VOA ").

    Parameters
    ----------
    before : str
        The text just before the expression.
    """
    words = [w.lstrip("`'\"(\u201c") for w in before.rstrip().split()]
    if not words or before[-1:] != " " or not words[-1][:1].isupper() or words[-1][-1] in _CLOSERS:
        return False
    return len(words) > 1 and words[-2][-1] not in _CLOSERS


def names_follow(after: str) -> bool:
    """Whether ``after`` starts with a capitalised word that is not a weekday or a month.

    Parameters
    ----------
    after : str
        The text just after the expression.
    """
    m = _NEXT_WORD.match(after)
    return bool(m) and m[1].lower() not in _CALENDAR_NAMES


_SUBJECT_AND_VERB = re.compile(r"[ \t]{1,3}(?P<subject>[A-Z][a-z]+)[ \t]{1,3}(?P<verb>[a-z]+)\b")
# Capitalised words that make a name or a day of a month before them ("May Day", "Christmas Eve"): no subject
_CALENDAR_NOUNS = frozenset("day days eve night nights week weeks weekend morning evening".split())


def subject_follows(after: str) -> bool:
    """Whether ``after`` starts with one capitalised word and then a finite verb: the subject of a clause.

    "In June Paris fell": after a cued month the capitalised word that a verb ("fell",
    "was", "had", "will", an -ed form) follows at once is the clause's subject, not the
    rest of a name ("March Madness fans", "August Rush the", "June Carter Cash"), and a
    day word never is ("May Day came").

    Parameters
    ----------
    after : str
        The text just after the month.
    """
    m = _SUBJECT_AND_VERB.match(after)
    if m is None or m["subject"].lower() in _CALENDAR_NAMES | _CALENDAR_NOUNS:
        return False
    return _cue(m["verb"]) is not None

"""A result told: "beat" with a score or a winning margin ("City beat them 3-1 on Saturday", "Ireland beat Scotland
on Sunday by ten points") tells a game played, so the date is behind the telling.

"beat" is its own past, so alone it tells no tense; and a result cannot be timetabled, so its present with a date
is no present of schedule ("The trial opens in October"), as a verb of schedule's is. A score or a margin makes it
the outcome told: a finite "beat" before one is past. Not after a modal, "to", "not" or "do" ("will beat them 3-1",
"hope to beat them by ten points": a forecast, the bare verb), nor in a condition or after a verb of hoping ("If City
beat them 3-1 on Saturday, they go top", "Fans hope City beat Everton by two goals": a present of supposition or a
wish, ahead). Without a score or margin "beat" stays undecided ("beat the deadline on Friday": the clause's other
words, else the nearest reading).

>>> result_told("City beat them 3-1 on ", "."), result_told("Ireland beat Scotland on ", " by ten points.")
(True, True)
>>> result_told("City will beat them 3-1 on ", "."), result_told("They beat the deadline on ", ".")
(False, False)
"""

from __future__ import annotations

import re

# A score, "3-1", "24-17" (a hyphen or an en dash)
_SCORE = r"\d{1,3}[ \t]*[-\u2013][ \t]*\d{1,3}(?![-\u2013\d])"
# A winning margin: "by ten points", "by a goal", "by six wickets", "by 300 votes", "by two lengths"
_MARGIN = (r"by[ \t]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,6}(?:,\d{3})*)"
           r"[ \t]+(?:points?|goals?|runs?|wickets?|strokes?|shots?|tries|try|seconds?|lengths?|votes?|frames?|sets?)\b")
# "beat", its object (up to four words), a score or a margin, and at most three words (a place: "at home") and a
# placing preposition before the date
_RESULT_BEFORE = re.compile(r"(?i)(?:^|(?<=[^\w'-]))(?P<prev>[\w']+[ \t]+)?beat[ \t]+(?:[\w.'&-]+[ \t]+){0,4}?(?:"
                     + _SCORE + "|" + _MARGIN + r")(?:[ \t]+[\w'-]+){0,3}?(?:[ \t]+(?:on|in|at|during|over))?[ \t]*$")
# "beat" and its object right before the date ("beat Scotland on "), the score or margin right after it
_OBJECT_BEFORE = re.compile(r"(?i)(?:^|(?<=[^\w'-]))(?P<prev>[\w']+[ \t]+)?beat[ \t]+(?:[\w.'&-]+[ \t]+){1,4}?"
                            r"(?:on|in|at|during|over)?[ \t]*$")
_RESULT_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*(?:" + _SCORE + "|" + _MARGIN + ")")
# Before a bare "beat": a modal, "to", a negation or "do" (a forecast, a wish, a refusal)
_BARE_BEFORE = frozenset("will would shall should can could may might must to not never do does don't doesn't 'll "
                        "won't cannot can't".split())
# A condition opening the date's clause, or a verb of hoping or foretelling before its subject: its present supposes
# or wishes ("If City beat them 3-1 on Saturday", "Fans hope City beat Everton by two goals on Sunday")
_SUPPOSING = re.compile(r"(?i)\b(?:if|unless|hope|hopes|hoping|expect|expects|predict|predicts|bet|bets|want|wants)"
                        r"\b[^,;]*$")


def result_told(left: str, right: str) -> bool:
    """Whether the date after ``left`` (and before ``right``, both within its clause) dates a result told by a finite
    "beat" with a score or a margin: a game played, past.

    Parameters
    ----------
    left, right : str
        The clause's text either side of the expression.

    Returns
    -------
    bool

    Examples
    --------
    >>> result_told("Liverpool beat Everton 1-0 at home on ", "."), result_told("City hope to beat them 3-1 on ", ".")
    (True, False)
    >>> result_told("If City beat them 3-1 on ", ", they go top."), result_told("City beat them on ", ".")
    (False, False)
    """
    if "beat" not in left and "Beat" not in left and "BEAT" not in left:
        return False  # the cheap test first: most dates have no "beat" before them
    m = _RESULT_BEFORE.search(left)
    if m is None:
        m = _OBJECT_BEFORE.search(left)
        if m is None or not _RESULT_AFTER.match(right):
            return False
    previous = (m["prev"] or "").strip().lower()
    return previous not in _BARE_BEFORE and not _SUPPOSING.search(left, 0, m.start("prev") if m["prev"] else
                                                                  m.start())

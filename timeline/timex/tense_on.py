"""Counts of time that end at the telling's now. A count "on" from a time the text has not told ("Six weeks on",
"Four days on"): it names the clause's reference time, which a present or a present perfect puts at the telling's
now ("Four days on, the search goes on": the DCT, not four days after it). A count after an event opening the
sentence before a main clause told at the telling ("A week after the vote on Sunday, protests continue"): the
event lies that count before now. Read by :func:`timeline.timex.tense.clause_tense`.
"""

from __future__ import annotations

import re

from timeline.timex.tense_sides import side_words
from timeline.timex.verbs import FUTURE, MODALS

# A count "on" from an untold time ("Six weeks on") names the clause's reference time, not its event's: under a
# present perfect (event before, reference at the telling) that is the telling's present
REFERENCE_TIME = re.compile(r"\w[ \t]+on$")


def counted_on(text: str, start: int, end: int) -> bool:
    """Whether the expression ``text[start:end]`` is a count "on" (:data:`REFERENCE_TIME`): "Six weeks on".

    Its end is tested first ("on", or "on" and the line break "$" also matches before): the search scans the
    whole expression, and almost none ends so.

    >>> counted_on("Six weeks on, police", 0, 12), counted_on("on Monday", 0, 9), counted_on("Hanson", 0, 6)
    (True, False, False)
    """
    return text.endswith(("on", "on\n"), start, end) and REFERENCE_TIME.search(text, start, end) is not None
def opens_present(left: str, right: str) -> bool:
    """Whether a count "on" opens its sentence before a comma and a clause with no word that looks ahead: its verb, a
    simple present, tells the telling's now ("Four days on, the search goes on", "Two days on, the search
    continues", not "Two days on, the search will end"), whatever a verb of schedule would tell after a date.

    >>> opens_present("", ", the search continues."), opens_present("", ", the search will end.")
    (True, False)
    >>> opens_present("He left", ", and the search continues.")
    False
    """
    if left.strip() or not right.lstrip().startswith(","):
        return False
    clause = re.split(r"[.;!?]", right, maxsplit=1)[0]
    return not any(w in FUTURE or w in MODALS or w in _AHEAD_OF_NOW for w in re.findall(r"[a-z']+", clause.lower()))


# Words after "N on," that look ahead: "is set to", "is due", "is going to", "plans to"
_AHEAD_OF_NOW = frozenset("set due going plans plan planned expected poised about".split())


# A sentence that opens with a count of time after an event: "A week after the vote on ", "Two months after "
_COUNT_AFTER = re.compile(r"(?i)^\s*(?:[\w-]+[ \t]+){0,2}(?:days?|weeks?|months?|years?)[ \t]+after\b[^,;:]*$")


def counted_to_now(left: str, right: str) -> bool:
    """Whether the expression dates the event of an opening "<count> after" phrase whose main clause is told at
    the telling, not ahead: the main clause's time is the count after the date, so the date lies behind.

    >>> counted_to_now("A week after the vote on ", ", protests continue")
    True
    >>> counted_to_now("A week after the vote on ", ", protests will resume")
    False
    >>> counted_to_now("Protests continue a week after the vote on ", "")
    False
    """
    # the cheap tests first: the comma, and the "after" the pattern needs (no other character folds to its letters)
    if "," not in right or "after" not in left.lower() or not _COUNT_AFTER.match(left):
        return False
    main = side_words(right[right.index(",") + 1:])[1]
    return bool(main) and not any(w in FUTURE for w in main)

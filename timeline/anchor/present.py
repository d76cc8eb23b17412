"""The present of a schedule: "Voters return to the polls on November 6", "Talks resume on Monday".

A simple present of a verb of coming, going, opening or meeting before a date tells a
schedule: the date is ahead of the DCT, or the DCT itself ("Parliament reconvenes on
Monday", "Liverpool host Chelsea on Saturday", "The exhibition opens on June 5"). Such a verb
after a determiner or a possessive is its noun ("the return on June 5", "his visit on
Monday", "the company's launch on March 3"), after "to" an infinitive, after an auxiliary or
a modal another tense ("did not resume", "would meet"): none of them is read. The caller
drops the reading when a past verb follows the date in its clause ("stock returns on March
3 were weak": a noun after all), and before a date or year written with its year, which a
story may tell in the present ("the film begins on June 6, 1944, as troops land"). Nor is a verb
read whose date belongs to another thing or recurs: "after the", "since", "following", "before",
"amid", "of", "over", "about", "from", "despite", "including", "like", "with" or "such as" with a determiner
between them dates a noun ("Shoppers return to the mall after the shooting on April 12"), "every",
"each", "usually", "daily", "except" a habit ("The festival opens every year on June 5").

>>> text = "Voters return to the polls for this year's elections on "
>>> text[:schedule_present(text)]
'Voters return'
>>> schedule_present("The return on "), schedule_present("They did not resume talks on ")
(None, None)
"""

from __future__ import annotations

import re

_VERBS = ("resume", "reopen", "reconvene", "convene", "begin", "arrive", "depart", "travel", "return", "meet",
          "face", "host", "play", "open", "start", "launch", "debut", "premiere", "kick off", "take office",
          "head to the polls", "go to the polls")


def _third_person(verb: str) -> str:
    """The -s form of ``verb``'s first word ("kick off" -> "kicks off", "go" -> "goes").

    >>> _third_person("kick off"), _third_person("go to the polls"), _third_person("launch")
    ('kicks off', 'goes to the polls', 'launches')
    """
    head, _, rest = verb.partition(" ")
    head = head + ("es" if head.endswith(("ch", "sh", "o", "x")) else "s")
    return f"{head} {rest}" if rest else head


_SCHEDULE = re.compile(r"\b(?:" + "|".join(sorted({f for v in _VERBS for f in (v, _third_person(v))},
                                                   key=len, reverse=True)).replace(" ", r"\s+") + r")\b")
# A determiner, a possessive, "to", an auxiliary or a modal before the word: not a present of schedule.
_NOT_AFTER = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|first|next|last|new"
                        r"|planned|scheduled|expected|upcoming|to|do|does|did|not|will|would|could|should|might|may"
                        r"|must|can|shall|cannot|never)|['’]s|s['’])\s+$", re.IGNORECASE)


# Between the verb and the window's end (the date): the date is a noun's ("after the shooting on
# April 12") or a habit's ("opens every year on June 5"), not the verb's schedule.
_NOT_GOVERNING = re.compile(r"\b(?:(?:after|since|following|before|amid|of|over|about|from|despite|including|like"
                            r"|with|such\s+as)\s+(?:the|a|an|this|that|these|those"
                            r"|his|her|its|their|our|last|[A-Z][\w.-]*['’]s)\b|every|each|usually|annually|always"
                            r"|often|typically|normally|daily|weekly|monthly|nightly|except)\b", re.IGNORECASE)


def schedule_present(window: str) -> int | None:
    """Where the last present of schedule in ``window`` (text up to a date) ends, or None.

    >>> w = "Talks resume on "
    >>> w[:schedule_present(w)]
    'Talks resume'
    >>> schedule_present("Shoppers return to the mall after the shooting on ")
    >>> schedule_present("The festival opens every year on ")
    """
    last = None
    for m in _SCHEDULE.finditer(window):
        if not (_NOT_AFTER.search(window[max(0, m.start() - 16):m.start()]) or _NOT_GOVERNING.search(window, m.end())):
            last = m.end()
    return last

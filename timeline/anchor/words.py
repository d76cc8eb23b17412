"""The anchor's word lists, derived from :mod:`timeline.timex.verbs` (one source for both stages).

Each list is the timex stage's, minus a named set the anchor must not read (with the reason), plus the
words the anchor reads that timex lacks. Before session 10 the anchor kept its own copies, which differed
word by word by accident as much as by design ("heard", "withdrew", "confirmed" were missing; "bleed" read
as a past).

>>> "withdrew" in IRREGULAR_PAST, "set" in IRREGULAR_PAST, "fed" in IRREGULAR_PAST
(True, False, False)
>>> sorted(SAYING_ACTS - REPORTING)[:3]
['agreed', 'decided', 'insisted']
"""

from __future__ import annotations

import re

from timeline.timex.verbs import BARE_TOO, BE_FORMS, NOT_PAST, PAST, REPORTING

# Past forms timex reads that the anchor does not, since a past cue there decides a whole clause's tense:
# a past that is also the bare verb ("will cut jobs", timex's BARE_TOO), a form of "be" with no tense of its
# own ("has been"), a present ("they lay wreaths"), a common noun ("the Fed", "felt", "a bit"), an adjective
# ("a lit fuse") and "got", which is a present after "have" ("we've got a vote on Monday").
PAST_NOT_READ = BARE_TOO | BE_FORMS | frozenset("lay fed felt bit lit got".split())
# The irregular past the anchor reads that timex.verbs.PAST leaves out: timex lower-cases its cues, so "lent"
# there would read the season Lent as a verb; the anchor's past test sees the word as written.
PAST_MORE = frozenset({"lent"})
IRREGULAR_PAST = (PAST - PAST_NOT_READ) | PAST_MORE
# Words that are no past verb though they end in "-ed" (timex's NOT_PAST), and the anchor's own: a plan or an
# arrangement told by a participle ("scheduled", "expected" are ahead) or an adjective ("so-called", "armed").
NOT_PAST_MORE = frozenset("scheduled planned expected slated intended supposed interested concerned so-called "
                          "called named armed advanced embed".split())
NOT_PAST_WORDS = NOT_PAST | NOT_PAST_MORE

# Verbs of saying. The anchor adds to timex's REPORTING the sayings of a stand, a memory or a promise.
_STANDS = frozenset("declared recalled argued insisted".split())
_PROMISES = frozenset("promised pledged vowed predicted".split())
# Reported speech of another time ("In a speech at the time, the mayor said ..."): quotes.reported_then.
REPORTED_SPEECH = REPORTING | _STANDS
# A saying dated by a year ("wrote in a memo dated April 2, 2014"): genres.speakers_future. Not "added" nor
# "reported", which are business news's own verbs too ("added 300 jobs in 2018", "reported a loss in 2018")
# and date no saying.
DATED_SAYING = (REPORTING - frozenset("added reported".split())) | frozenset({"declared"}) | _PROMISES
# An act a bare weekday dates, that may put a date after itself ("said Tuesday he would meet Kim on June 12",
# "agreed on Monday to ..."): dated_acts.
SAYING_ACTS = REPORTING | _PROMISES | frozenset("insisted agreed decided".split())
# A verb after a birth's clause that is news's own time ("Lind, 16, who was born in 2003, told the summit"): ages.
SAYING_NOW = REPORTING | frozenset({"spoke"})


def alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first (so "didn't" is not matched as "did").

    >>> alternation(frozenset({"did", "didn't"}))
    "(?:didn't|did)"
    """
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"

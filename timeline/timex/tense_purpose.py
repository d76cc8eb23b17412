"""A past verb of going or meeting before an infinitive of purpose: "The jury retired to consider its verdict on
Saturday", "Thousands went to the polls to vote on Sunday", "Ministers met to discuss the crisis on Friday".

A past verb before an infinitive does not date what the infinitive does ("agreed to acquire the bank in January":
the acquiring may lie ahead), but one of motion or gathering is done for a purpose carried out on arriving: the date
is the going's and the doing's, told in the past. Not after "be" ("were sent to guard Sunday's vote": a passive of
sending, whose purpose may lie ahead), nor a verb of aiming or agreeing (:data:`MOTION` holds neither).
"""

from __future__ import annotations

from timeline.timex.verbs import BE, BE_FORMS

# Past forms of going, coming and gathering, whose infinitive tells the purpose done there and then
MOTION = frozenset("went came flew travelled traveled drove walked marched gathered rallied assembled flocked poured "
                    "streamed queued retired withdrew returned headed rushed met convened reconvened".split())


def purpose_of_motion(word: str, previous: str) -> bool:
    """Whether ``word`` (lower-cased, ``previous`` the word before it) is an active past of motion or gathering, whose
    infinitive of purpose after it is done at the time it dates.

    >>> purpose_of_motion("retired", "jury"), purpose_of_motion("met", "ministers")
    (True, True)
    >>> purpose_of_motion("agreed", "they"), purpose_of_motion("gathered", "were")
    (False, False)
    """
    return word in MOTION and previous not in BE and previous not in BE_FORMS

"""A date fronted in its sentence ("On Nov. 22, the president signed the bill.") is the main verb's date.

News fronts a time adverbial and puts the clause after its comma: the date then dates that clause's verb as
surely as "signed the bill on Nov. 22" does, so a past verb there puts the date behind the telling however
near the reading ahead would be (said on Nov. 15, "On Nov. 22, the president signed the bill" is last year's).
A past form that only describes a noun ("the newly elected mayor takes office", "the bill signed last week takes
effect") is told apart by the finite verb after it: then nothing is decided here.
"""

from __future__ import annotations

import re

from timeline.timex.verbs import HAVE, MODALS, word_tense

# The sentence's start, a preposition that places a time, and the expression: nothing else before it
_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*[ \t]+|\n)[ \t]*(?:On|In)[ \t]+$")
# After the expression (a date may hold stops: "Nov. 22"): a comma, then the clause up to its sentence's end
_AFTER_COMMA = re.compile(r"[^,;:!?\n]{1,30}?,[ \t]+([^.;:!?\n]{1,120})")
_WORD = re.compile(r"[A-Za-z'\u2019-]+")
_NOT_A_FINITE_PAST = MODALS | HAVE | frozenset("to be been being".split())
_SUBJECT_WORDS = 4  # the subject's words at most before its verb ("the European Central Bank", "President Trump")


def fronted_past(text: str, start: int) -> bool:
    """Whether the expression at ``start`` opens its sentence after "On"/"In" and a comma leads to a past verb.

    >>> s = "On Nov. 22, the president signed the bill."
    >>> fronted_past(s, 3), fronted_past("On Nov. 22, the president will sign it.", 3)
    (True, False)
    >>> fronted_past("Talks resumed. In December, the company fired 200 workers.", 18)
    True
    >>> fronted_past("In December, the newly elected mayor takes office.", 3)
    False
    >>> fronted_past("The parade on Nov. 22, the city said, drew crowds.", 14)
    False
    """
    if not _OPENING.search(text, max(0, start - 16), start):
        return False
    m = _AFTER_COMMA.match(text, start, start + 160)
    if m is None:
        return False
    words = _WORD.findall(m[1])
    for k, word in enumerate(words[:_SUBJECT_WORDS + 1]):
        low = word.lower()
        if low in _NOT_A_FINITE_PAST or word_tense(low) in ("present", "future"):
            return False
        if word[0].islower() and word_tense(low) == "past":
            return not any(w.lower() in _NOT_A_FINITE_PAST or word_tense(w.lower()) in ("present", "future")
                           for w in words[k + 1:])
    return False

"""A date fronted in its sentence ("On Nov. 22, the president signed the bill.") is the main verb's date.

News fronts a time adverbial and puts the clause after its comma: the date then dates that clause's verb as
surely as "signed the bill on Nov. 22" does, so a past verb there puts the date behind the telling however
near the reading ahead would be (said on Nov. 15, "On Nov. 22, the president signed the bill" is last year's).
A past form that only describes a noun ("the newly elected mayor takes office", "the bill signed last week takes
effect") is told apart by the finite verb after it: then nothing is decided here.
"""

from __future__ import annotations

import re

from timeline.timex.verbs import HAVE, MODALS, NOT_VERBS, word_tense

# The sentence's start, a preposition that places a time, and the expression: nothing else before it
_OPENING = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*[ \t]+|\n)[ \t]*(?:On|In)[ \t]+$")
# After the expression (a date may hold stops: "Nov. 22"): a comma, then the clause up to its sentence's end
_AFTER_COMMA = re.compile(r"[^,;:!?\n]{1,30}?,[ \t]+([^.;:!?\n]{1,120})")
_WORD = re.compile(r"[A-Za-z'\u2019-]+")
_NOT_A_FINITE_PAST = MODALS | HAVE | frozenset("to be been being".split())
_SUBJECT_WORDS = 4  # the subject's words at most before its verb ("the European Central Bank", "President Trump")


# "Until" opening the sentence: the date ends the stretch of the main clause after it
_OPENING_UNTIL = re.compile(r"(?:^|[.!?][\"'\u201d\u2019)]*[ \t]+|\n)[ \t]*Until[ \t]+$")
# Past forms of a copula or of having: a state told with them may still hold ("Until Tuesday the road was closed")
_STATE_PASTS = frozenset("was were had".split())


def until_past(text: str, start: int, end: int) -> bool:
    """Whether the expression ``text[start:end]`` follows an "Until" opening its sentence and the main clause after it
    (a comma or none between) tells the stretch with an active past verb: "Until December the company employed 500
    workers" ended the stretch at a December gone by. A copula's or a perfect's past may tell a state that still
    holds, and a present or a future one to come: then nothing is decided here.

    >>> s = "Until December the company employed 500 workers."
    >>> until_past(s, 6, 14), until_past("Until December the company employs 500 workers.", 6, 14)
    (True, False)
    >>> until_past("Until December, the road was closed.", 6, 14), until_past("Talks ran until December.", 16, 24)
    (False, False)
    """
    if not _OPENING_UNTIL.search(text, max(0, start - 16), start):
        return False
    words = _WORD.findall(text[end:text.find(".", end) if "." in text[end:end + 160] else end + 160])
    for word in words[:_SUBJECT_WORDS + 1]:
        low = word.lower()
        if low in _NOT_A_FINITE_PAST or low in _STATE_PASTS or word_tense(low) in ("present", "future"):
            return False
        if word[0].islower() and word_tense(low) == "past":
            return True
    return False


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
    >>> fronted_past("In December, inflation rose to 3 percent.", 3)
    True
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
            parts = re.split(rf"\b{re.escape(word)}\b", m[1], maxsplit=1)
            later = _TOKEN.findall(parts[1]) if len(parts) > 1 else words[k + 1:]
            return not any(_not_past_after(later, i) for i in range(len(later)))
    return False


_TOKEN = re.compile(r"[\w'\u2019$%-]+")


def _not_past_after(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, after the past form, shows that form describes a noun: a modal, "have", a present or
    future, an infinitive's "to" ("the bill signed last week to take effect"); not a "to" of where an amount went
    ("rose to 3 percent", "fell to a record").

    >>> _not_past_after(["to", "3", "percent"], 0), _not_past_after(["to", "take", "effect"], 0)
    (False, True)
    """
    low = words[i].lower()
    if low == "to":
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        return bool(after) and not after[:1].isdigit() and after[:1] not in "$\u00a3\u20ac" and after not in NOT_VERBS
    return low in _NOT_A_FINITE_PAST or word_tense(low) in ("present", "future")

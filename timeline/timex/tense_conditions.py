"""A condition's clause: a past verb in it tells no time gone by (read by :mod:`timeline.timex.tense_dated`)."""

from __future__ import annotations

import re

from timeline.timex.tense_heads import time_word
from timeline.timex.tense_sides import WORD

# A condition's past is no time gone by: "If the strike lasted until Oct. 15, the firm would lose $1bn", "If the club
# sold to investors on Monday, fans would protest" (the clause's own tense then decides, as it would with no verb)
_CONDITION_OPENED = re.compile(r"(?i:\b(?:if|unless)\b)[^.;!?\n]*$")


def in_condition(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands in a clause opened by "if" or "unless", in the same sentence.

    >>> text = "If the strike lasted until Oct. 15, the firm would lose $1bn."
    >>> in_condition(text, text.index("Oct")), in_condition("The strike lasted until Oct. 15.", 24)
    (True, False)
    """
    return _CONDITION_OPENED.search(text, max(0, start - 80), start) is not None


# An opening clause of condition or time and its comma, then the main clause the date is in
_MAIN_AFTER = re.compile(r"(?i)^\s*(?:if|unless|once|when|as soon as)\b[^,;:]*,(?P<main>[^,;:]*)$")


def main_after_condition(left: str) -> str | None:
    """The main clause's words before the date when an opening condition and its comma precede them ("If passed in
    December, the bill becomes law in January": " the bill becomes law in "); None for no such condition. The
    condition's verb is its own clause's, and the main clause's present tells what follows the condition: ahead.

    >>> main_after_condition("If passed in December, the bill becomes law in ")
    ' the bill becomes law in '
    >>> main_after_condition("The bill becomes law in "), main_after_condition("If it passes in ")
    (None, None)
    >>> main_after_condition("Unless stated otherwise, the report on "), main_after_condition("If true, the report on ")
    (None, None)
    """
    m = _MAIN_AFTER.match(left)
    if m is None or not any(time_word(word) for word in WORD.findall(left, 0, m.start("main"))):
        return None  # a condition placed at no time is no time the main clause follows: "Unless stated otherwise,"
    return m["main"]


def own_part(left: str) -> str:
    """The words before the date after the last comma: the clause the date is in when a comma closes a phrase before
    it ("The senator said on Monday that, if confirmed on ": " if confirmed on ").

    >>> own_part("The senator said on Monday that, if confirmed on "), own_part("If confirmed on ")
    (' if confirmed on ', 'If confirmed on ')
    """
    return left[left.rfind(",") + 1:]

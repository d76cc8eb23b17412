"""A condition's clause: a past verb in it tells no time gone by (read by :mod:`timeline.timex.tense_dated`)."""

from __future__ import annotations

import re

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

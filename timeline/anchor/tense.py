"""Is a date mentioned as past or future? The nearest tense cue before it decides.

News sentences mix tenses ("was aired on Sunday ahead of the visit on Oct. 14"),
so the cue closest to the mention wins: "ahead of" makes Oct. 14 future although
"was aired" is past. Future phrases beat a past word ending at the same place
("to be held"). With no cue before it, the few words after the mention decide.

>>> text = "The interview was aired on Sunday ahead of the visit on Oct. 14."
>>> tense_at(text, text.index("Oct.")), tense_at(text, text.index("Sunday"))
('future', 'past')
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future", "unknown"]

_FUTURE_VERB = re.compile(r"\b(?:will|shall|won['’]t|to|would)\s+(?:not\s+)?(?:be|have been)\s+\w+",
                          re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|going to|to take place"
    r"|(?:due|set|scheduled|slated|expected|planned|planning|plans?|intends?|aims?|hopes?|preparing)\s+to"
    r"|due (?:on|in)|ahead of|upcoming|forthcoming|next|coming|scheduled for|planned for|until|till|by)\b"
    r"|['’]ll\b", re.IGNORECASE)
_NOT_PAST = frozenset("""scheduled planned expected slated proposed intended supposed based interested united
related limited concerned alleged so-called called named armed advanced embed need speed seed feed
bed red shed hundred indeed""".split())
_PAST = re.compile(
    r"\b(?:said|told|held|met|was|were|had|did|took place|took|came|went|made|gave|won|lost|began|saw|"
    r"spoke|wrote|left|last|ago|since|earlier|previous|previously|recent|recently|[a-z]{3,}ed)\b")
_CLAUSE_STOP = re.compile(r"[.!?;]\s|\n\s*\n")
_BEFORE, _AFTER = 90, 40


def _nearest(window: str, from_end: bool) -> Tense:
    """The tense of the cue nearest to the window's end (or start)."""
    cues: list[tuple[int, int, Tense]] = []
    for pattern in (_FUTURE_VERB, _FUTURE):
        cues += [(match.end(), 1, "future") for match in pattern.finditer(window)]
    for match in _PAST.finditer(window):
        if match.group() not in _NOT_PAST:
            cues.append((match.end(), 0, "past"))
    if not cues:
        return "unknown"
    if from_end:
        return max(cues)[2]
    return min(cues, key=lambda c: (c[0], -c[1]))[2]


def tense_at(text: str, start: int, end: int | None = None) -> Tense:
    """The tense in which ``text`` mentions what stands at ``[start, end)``.

    Parameters
    ----------
    text : str
    start, end : int
        The mention's span (``end`` defaults to ``start``).

    Returns
    -------
    'past', 'future' or 'unknown'

    Examples
    --------
    >>> s = "Putin held a brief meeting on November 15 with Pence."
    >>> tense_at(s, s.index("November"))
    'past'
    """
    end = start if end is None else end
    before = text[max(0, start - _BEFORE):start]
    stop = None
    for stop in _CLAUSE_STOP.finditer(before):
        pass
    if stop:
        before = before[stop.end():]
    found = _nearest(before, from_end=True)
    if found != "unknown":
        return found
    after = text[end:end + _AFTER]
    cut = _CLAUSE_STOP.search(after)
    return _nearest(after[: cut.start()] if cut else after, from_end=False)

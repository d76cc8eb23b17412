""""Later that week" with no week told: the walk's reading of a "that" week the text has not named.

"Later that week, he flew home." opening a report names a week the reader was never given; "that" points away from
the telling (the DCT's own would be "later this week"), so the DCT's week, which the offset's anchoring falls back to,
is a guess its own words contradict. As "He was released a week later." with nothing told before it
(:func:`timeline.timex.anchor_offsets._after_untold_past`), it is read as after (before) the text's own time,
FUTURE_REF (PAST_REF), no day claimed. Only "later"/"earlier" + "that" + "week", in a past clause: "that week" alone,
"early that morning" (the start of the day, no order) and "by month's end" (an offset of the same value, which the walk
tells apart by its words) keep their readings. A day keeps the DCT's ("Later that day he returned": relative.tsv, a
report of the day's events told at its end), and a month or a year too, as a caller reading a history sentence by
sentence with the story's running date as the DCT needs ("In 1971 ... Later that year": the per-sentence WikiWars
control), a use the walk cannot tell from a news report's opening.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.timex.calendar import Resolved
from timeline.timex.values import Mention, Offset

_UNTOLD_RULE = "that-unit"
_ORDERED = {"later": ("FUTURE_REF", "END"), "earlier": ("PAST_REF", "START")}
_UNITS = frozenset({"week"})


def untold_that_unit(mention: Mention, tense: Callable[[], str | None]) -> Resolved | None:
    """FUTURE_REF (PAST_REF) for "later (earlier) that week" in a past clause (``tense``: its clause's, read only for
    such a mention), when the walk has no reference time (the caller asks only then); None for any other mention.

    >>> from timeline.timex.values import Mention, Offset
    >>> later = Mention(start=0, end=15, text="Later that week", rule="that-unit",
    ...                 value=Offset(unit="week", count=0, sign=1, anchor="ref", mod="END"))
    >>> untold_that_unit(later, lambda: "past").value, untold_that_unit(later, lambda: "future")
    ('FUTURE_REF', None)
    >>> year = Mention(start=0, end=15, text="Later that year", rule="that-unit",
    ...                value=Offset(unit="year", count=0, sign=1, anchor="ref", mod="END"))
    >>> untold_that_unit(year, lambda: "past") is None
    True
    >>> early = Mention(start=0, end=18, text="Early that morning", rule="that-unit",
    ...                 value=Offset(unit="day", count=0, sign=1, anchor="ref", mod="START", part_of_day="MO"))
    >>> untold_that_unit(early, lambda: "past") is None
    True
    """
    if mention.rule != _UNTOLD_RULE or not isinstance(mention.value, Offset) or mention.value.unit not in _UNITS:
        return None
    first = mention.text.split(None, 1)[0].lower()
    ordered = _ORDERED.get(first)
    if ordered is None or mention.value.mod != ordered[1] or tense() != "past":
        return None
    return Resolved(ordered[0], None, None, None)

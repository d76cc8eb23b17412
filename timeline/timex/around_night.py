"""The night a text ties to a day named next to "overnight": "overnight into Sunday" (the night before it),
"overnight from 8pm on 20 November" (that day's night).

Apart from :mod:`timeline.timex.around_day`, whose day-joining pass calls these, because a night is a
clock on a day, not a day next to one: the "overnight" read alone keeps its span and takes its day from
the mention after it, which stays its own mention.
"""

from __future__ import annotations

import re

from timeline.timex.values import Clock, DayNextTo, Mention, Weekday


class NightBefore(Clock):
    """"overnight into Sunday": the night that ends on the morning of the day named, the night of the day before
    it (TIMEX3 writes a night on the evening's day: Saturday's, ``...TNI``). Anchored as a :class:`Clock` on a day.

    >>> NightBefore(day=DayNextTo(day=Weekday(weekday=7), days=-1), part_of_day="NI").timex_type
    'TIME'
    """

    day: DayNextTo  # type: ignore[assignment]


_INTO = re.compile(r"[ \t]{1,3}(?i:into)[ \t]{1,3}")


def night_into(before: Mention, m: Mention, text: str) -> Mention | None:
    """"overnight into Sunday": the "overnight" read alone (the night before the DCT's day, or the DCT's own)
    is the night before the weekday named after "into"; the weekday stays its own mention.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.kind) for m in recognise("Gales battered the coast overnight into Sunday.")]
    [('overnight', 'clock'), ('Sunday', 'weekday')]
    """
    if before.value.kind != "deictic" or before.text.lower() != "overnight" \
            or _INTO.fullmatch(text, before.end, m.start) is None:
        return None
    night = NightBefore(day=DayNextTo(day=m.value, days=-1), part_of_day="NI")  # type: ignore[arg-type]
    return before.model_copy(update={"value": night})


_FROM = re.compile(r"[ \t]{1,3}(?i:from)[ \t]{1,3}")


def night_from(before: Mention, m: Mention, text: str) -> Mention | None:
    """"overnight from 8pm on 20 November": the "overnight" read alone (the night before the DCT's day, or the
    DCT's own) is the night of the day its start is dated by; the start stays its own mention.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.kind) for m in recognise("The road will be closed overnight from 8pm on 20 November.")]
    [('overnight', 'clock'), ('8pm on 20 November', 'clock')]
    """
    if before.value.kind != "deictic" or before.text.lower() != "overnight" \
            or _FROM.fullmatch(text, before.end, m.start) is None:
        return None
    day = m.value.day  # a start told with its day ("from 8pm on Saturday"); a bare date may start a habit ("closes
    # overnight from Nov. 20": each night)
    if day is None or day.kind not in ("calendar", "weekday") or day.kind == "calendar" and day.day is None:
        return None
    return before.model_copy(update={"value": Clock(part_of_day="NI", day=day)})

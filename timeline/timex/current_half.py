"""The half-year the DCT lies in, named as earnings news names it: "the current half", "the current half-year".

Said in October 2023 it is 2023-H2, in March 2023-H1. Its value is a :class:`CurrentHalf` read here from the DCT
(a yearless "the first half" is :mod:`timeline.timex.periods`'s, placed by the tense). It needs the anchoring, so
it is spliced into :mod:`timeline.timex.weekday`'s ``RULES``, imported after it, as
:mod:`timeline.timex.counted_back` is. Corpus: ``periods.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("It expects a loss in the current half.", dt.date(2023, 10, 26))]
[('the current half', '2023-H2')]
"""

from __future__ import annotations

import datetime as dt

from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, part_interval
from timeline.timex.rule import compile_rule
from timeline.timex.values import YearPart


class CurrentHalf(YearPart):
    """The half-year the DCT lies in ("the current half"); ``part`` is read from the DCT, not the text.

    >>> CurrentHalf(part="H1").reference
    True
    """

    reference: bool = True


@anchor.register
def anchor_current_half(value: CurrentHalf, ctx: Context) -> Resolved | None:
    """The DCT's half: H1 up to June, H2 from July.

    >>> from timeline.timex.settings import TimexSettings
    >>> ctx = Context(dct=dt.date(2023, 10, 26), tense_of=lambda: None, ref=None, settings=TimexSettings())
    >>> anchor_current_half(CurrentHalf(part="H1"), ctx).value
    '2023-H2'
    """
    if ctx.dct is None:
        return Resolved("XXXX-HX", None, None, "half")
    return part_interval(ctx.dct.year, "H1" if ctx.dct.month <= 6 else "H2")


RULES = (
    # "the current half", "the current half-year": earnings news' half the DCT lies in
    compile_rule("current-half", r"(?i:the)\s(?i:current)\s(?i:half)(?:-(?i:year))?(?![-\w])(?!\s(?i:of|an?|hour)\b)",
                 lambda m: CurrentHalf(part="H1"), 1),
)

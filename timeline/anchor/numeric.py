"""Numeric dates with a year in the story's sentences ("signed on 03/04/2019"; corpus ``numeric.tsv``).

A numeric date reads month first (American) or day first (most of the world); dots are day first
("25.03.2019"). When both readings exist ("03/04/2019": 4 March or 3 April), the clue takes the
side that holds either: told as past, the DCT is on or after the earlier day; as future, on or
before the later one. A part over 12 leaves one reading ("25/03/2019", "3/25/2019").
A modification stamp ("Last modified: 12/04/2019") is read by :mod:`timeline.anchor.stamps`.

>>> from timeline.anchor.settings import AnchorSettings
>>> [c.evidence for c in numeric_clues("The contract signed on 03/04/2019 was cancelled.", AnchorSettings())]
['“The contract signed on 03/04/2019 was cancelled.” (told as past; 2019-03-04 or 2019-04-03): on or after 2019-03-04']
"""

from __future__ import annotations

import itertools
import re

from timeline.anchor.clues import Clue, bound_clue, domain, publication_dated, stamped_or_conditional, tense_phrase
from timeline.anchor.mentions import quote
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import tense_at
from timeline.timex.calendar import safe_date

# Not inside a longer run of numbers ("1.2.3.2019", "10/12/2019/5"), a score or a version.
_NUMERIC = re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)"
                      r"(?![\d/\-]|\.\d)")
# A label's number ("Version 1.2.2019", "firmware 3.10.2019", "tel. 01.12.2019") is no date.
_LABEL_BEFORE = re.compile(r"\b(?:version|ver|v|build|release|no|number|model|code|ref|firmware|software|update|patch"
                           r"|rev|revision|edition|item|sku|part|serial|lot|batch|tel|phone|fax|ip|id)\.?\s*#?\s*:?\s*$",
                           re.IGNORECASE)


def readings(first: int, second: int, year: int, dotted: bool) -> list:
    """The days a numeric date may name, earliest first.

    >>> [d.isoformat() for d in readings(3, 4, 2019, False)], [d.isoformat() for d in readings(3, 4, 2019, True)]
    (['2019-03-04', '2019-04-03'], ['2019-04-03'])
    """
    pairs = [(second, first)] if dotted else [(first, second), (second, first)]
    return sorted({day for month, d in pairs if (day := safe_date(year, month, d)) is not None})


def numeric_clues(text: str, settings: AnchorSettings) -> list[Clue]:
    """Clues of the numeric dates of ``text`` told as past or future (see the module's text).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> numeric_clues("The score was 6/4 in the 2019 final; version 1.2.2019 ships.", AnchorSettings())
    []
    """
    lo, hi = domain(settings)
    out = []
    for m in itertools.islice(_NUMERIC.finditer(text), settings.max_clues):  # a bounded cost per text
        days = readings(int(m["a"]), int(m["b"]), int(m["y"]), m["s"] == ".")
        if not days or not lo <= days[0] <= days[-1] <= hi:
            continue
        if (stamped_or_conditional(text, m.start()) or _LABEL_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                or publication_dated(text, m.start(), m.end())):
            continue  # a stamp, a label's number ("Version 1.2.2019"), a condition ("before 12/01/2019"), a cover
        tense = tense_at(text, m.start(), m.end())
        if tense == "unknown":
            continue
        both = " or ".join(d.isoformat() for d in days)
        said = f"{quote(text, m.start(), m.end())} ({tense_phrase(tense)}; {both}):"
        out.append(bound_clue("date", said, tense, days[0], days[-1], settings, 4))
    return out

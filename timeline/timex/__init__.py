"""The timex stage: find temporal expressions, normalise them to TIMEX3, anchor them to the DCT.

Two phases (see ``docs/timex.md``): :func:`recognise` (phase 1) finds expressions
with compiled regexes and reads each into a typed, unanchored value;
:func:`extract_timexes` (phase 2) anchors those values to the document creation
time, the tense of their clause and the text's reference time.

>>> import datetime as dt
>>> [(t.text, t.value) for t in extract_timexes("Officials said on Sunday that talks failed.", dt.date(2018, 11, 15))]
[('Sunday', '2018-11-11')]
"""

from __future__ import annotations

from timeline.timex.extract import TimexRange, extract_ranges, extract_timexes
from timeline.timex.recognise import recognise
from timeline.timex.settings import TimexSettings
from timeline.timex.values import Mention

__all__ = ["Mention", "TimexRange", "TimexSettings", "extract_ranges", "extract_timexes", "recognise"]

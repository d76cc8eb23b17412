"""The timex stage's public API: find, anchor and report the temporal expressions of a text.

Phase 1 (:func:`~timeline.timex.recognise.recognise`) finds the mentions, phase 2
(:func:`~timeline.timex.walk.anchor_mentions`) anchors them in order; this module reads the text
through its tokenization-free view, merges the readings of an uncertain DCT, and builds the
shared :class:`~timeline.models.Timex` models, spans mapped back onto the text given.

>>> import datetime as dt
>>> [t.value for t in extract_timexes("Prices rose last month.", dt.date(2018, 11, 15))]
['2018-10']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import DocumentTime, Frozen, Timex
from timeline.timex.calendar import PERIOD_VALUE, Resolved
from timeline.timex.headlines import headline_view
from timeline.timex.recognise import recognise, with_text
from timeline.timex.settings import TimexSettings
from timeline.timex.tokens import CompactView, readable
from timeline.timex.uncertain import dct_bounds, merge_readings
from timeline.timex.values import Mention
from timeline.timex.walk import anchor_mentions

_CLOCK = re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T")
# The settings of a call that gives none, built once: frozen, so shared as they are (a TimexSettings() per call was
# ~5 us, 1.3 ms a pass over TBAQ)
_DEFAULT_SETTINGS = TimexSettings()


def extract_timexes(text: str, dct: dt.date | DocumentTime | None, *,
                    settings: TimexSettings | None = None) -> list[Timex]:
    """The temporal expressions of ``text`` with TIMEX3 values and day intervals.

    Parameters
    ----------
    text : str
        Any string (an article's story); junk or binary input gives an empty or short list.
        Tokenized text ("April 28 , 2003 .", "Apple 's") is read as the sentence it was made
        from, Unicode spaces and hyphens as ASCII ones, zero-width characters as nothing, and a
        hard wrap's line break as a space (:func:`~timeline.timex.tokens.readable`); spans and
        words stay those of ``text``.
    dct : datetime.date, DocumentTime or None
        The document creation time. Without it, relative expressions get
        underspecified values (``XXXX-WXX``, ``PAST_REF``) and no interval;
        absolute ones still resolve. A :class:`~timeline.models.DocumentTime`
        known only as an interval resolves what reads the same from its first
        and its last day ("last month" when both lie in one month); a reading
        that moves with the DCT ("yesterday") spans both readings when the DCT's
        uncertainty is at most 31 days, else stays unanchored.
    settings : TimexSettings, optional

    Returns
    -------
    list of Timex
        Sorted by ``start``; spans never overlap and lie inside ``text``. The two
        ends of a range are two timexes (TimeML practice); see :func:`extract_ranges`.

    Examples
    --------
    >>> import datetime as dt
    >>> [t.value for t in extract_timexes("Talks will resume on Sunday, two years after the 1990s.", dt.date(2018, 11, 15))]
    ['2018-11-18', 'P2Y', '199']
    >>> extract_timexes("She left last month.", None)[0].value
    'XXXX-XX'
    >>> from timeline.models import DocumentTime
    >>> november = DocumentTime(earliest=dt.date(2018, 11, 3), latest=dt.date(2018, 11, 28))
    >>> [(t.value, str(t.earliest)) for t in extract_timexes("She left last month and came back yesterday.", november)]
    [('2018-10', '2018-10-01'), ('2018-11-XX', '2018-11-02')]
    >>> [(t.text, t.start, t.value) for t in extract_timexes("It opened on April 28 , 2003 .", dt.date(2008, 1, 9))]
    [('April 28 , 2003', 13, '2003-04-28')]
    >>> [(t.text, t.value) for t in extract_timexes("They met on Nov.\u00a018, 2018.", dt.date(2018, 11, 19))]
    [('Nov.\\xa018, 2018', '2018-11-18')]
    """
    return [timex for timex, _ in _found(text, dct, settings or _DEFAULT_SETTINGS)]


def _found(text: str, dct: dt.date | DocumentTime | None, settings: TimexSettings) -> list[tuple[Timex, Mention]]:
    """Every mention of ``text`` with its Timex, read in the view the rules read and mapped back onto ``text``."""
    view = readable(text)
    if view is None:
        return _anchored(text, dct, settings)
    return [(_mapped(timex, text, view), mention) for timex, mention in _anchored(view.text, dct, settings)]


def _mapped(timex: Timex, text: str, view: CompactView) -> Timex:
    """``timex``, found in the view of ``text`` the rules read, with its span and words in ``text`` itself."""
    start, end = view.span(timex.start, timex.end)
    return timex.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def _anchored(text: str, dct: dt.date | DocumentTime | None, settings: TimexSettings) -> list[tuple[Timex, Mention]]:
    """Every mention with its Timex: anchored to the DCT's day, or merged from its first and last day."""
    heading = headline_view(text)  # a heading line read as the sentence it stands for: same offsets
    read = text if heading is None else heading
    mentions = recognise(read, settings)
    if heading is not None:  # the words as the text wrote them
        mentions = [with_text(m, text) for m in mentions]
    first, last = dct_bounds(dct)
    if first == last:
        return [(_timex(m, r), m) for m, r in anchor_mentions(read, mentions, first, settings)]
    early, late, bare = (dict(((m.start, m.end), r) for m, r in anchor_mentions(read, mentions, day, settings))
                         for day in (first, last, None))
    out = []
    for mention in mentions:
        key = (mention.start, mention.end)
        if key in early and key in late:
            resolved = merge_readings(early[key], late[key], bare.get(key), (last - first).days)  # type: ignore[operator]
        else:
            resolved = bare.get(key)
        if resolved is not None:
            out.append((_timex(mention, resolved), mention))
    return out


def _timex(mention: Mention, resolved: Resolved) -> Timex:
    """The shared model of one anchored mention; its type follows the value (a period is a DURATION)."""
    kind, value = mention.value.timex_type, resolved.value
    # a period starts with "P" and a clock has its "T" after the date: tested first, as most values are neither
    if kind in {"DATE", "TIME"} and value[:1] == "P" and PERIOD_VALUE.match(value):
        kind = "DURATION"
    elif kind == "DATE" and value[10:11] == "T" and _CLOCK.search(value):
        kind = "TIME"
    return _timex_of({"text": mention.text, "start": mention.start, "end": mention.end, "type": kind,
                      "value": resolved.value, "earliest": resolved.earliest, "latest": resolved.latest,
                      "granularity": resolved.granularity, "mod": mention.value.mod})


# Timex(**fields), validated the same, through the model's own validator as Timex.model_validate is: one is built
# per mention, and BaseModel.__init__'s Python frame around the validator costs a quarter of it (2.7 -> 2.0 us)
_timex_of = Timex.__pydantic_validator__.validate_python


class TimexRange(Frozen):
    """The two ends of a range ("from 2010 to 2012") and the whole interval they span."""

    first: Timex
    last: Timex
    earliest: dt.date | None = None
    latest: dt.date | None = None


def extract_ranges(text: str, dct: dt.date | DocumentTime | None, *,
                   settings: TimexSettings | None = None) -> list[TimexRange]:
    """The ranges of ``text``: pairs of linked timexes with the interval from the first's start to the last's end.

    >>> import datetime as dt
    >>> r = extract_ranges("The fair runs Nov. 30-Dec. 1.", dt.date(2018, 11, 15))[0]
    >>> (r.first.value, r.last.value, r.earliest.isoformat(), r.latest.isoformat())
    ('2018-11-30', '2018-12-01', '2018-11-30', '2018-12-01')
    """
    ends: dict[int, list[Timex]] = {}
    for timex, mention in _found(text, dct, settings or _DEFAULT_SETTINGS):
        if mention.group is not None:
            ends.setdefault(mention.group, []).append(timex)
    ranges = []
    for group in sorted(ends):
        pair = ends[group]
        if len(pair) == 2:
            first, last = pair
            ranges.append(TimexRange(first=first, last=last, earliest=first.earliest, latest=last.latest))
    return ranges

"""timeline: turn a pile of news articles into one dated, ordered, evidenced timeline.

>>> import datetime as dt
>>> from timeline import extract_timexes
>>> [t.value for t in extract_timexes("The talks ended on November 15, 2018.", dt.date(2018, 11, 19))]
['2018-11-15']
"""

from timeline.models import (
    Conflict,
    Constraint,
    DayInterval,
    Document,
    DocumentReport,
    DocumentTime,
    Event,
    Mention,
    Span,
    Timeline,
    Timex,
)

__all__ = [
    "Conflict", "Constraint", "DayInterval", "Document", "DocumentReport", "DocumentTime",
    "Event", "Mention", "Span", "Timeline", "Timex", "build", "extract_timexes",
]


def build(sources, *, dct=None, settings=None):
    """Build a :class:`Timeline` from paths, strings or :class:`Document` objects.

    See :func:`timeline.pipeline.build`.
    """
    from timeline.pipeline import build as _build

    return _build(sources, dct=dct, settings=settings)


def extract_timexes(text, dct=None, *, settings=None):
    """The temporal expressions of ``text``, anchored to ``dct`` (a date, a ``DocumentTime`` or None).

    See :func:`timeline.timex.extract_timexes`.
    """
    from timeline.timex import extract_timexes as _extract

    return _extract(text, dct, settings=settings)

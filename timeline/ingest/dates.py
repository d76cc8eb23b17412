"""Reading a publication date from metadata.

ISO dates and datetimes, with or without a zone, give the calendar date as written
in their own zone: ``2018-11-18T23:30:00-05:00`` is 18 November, never converted
to UTC (the reader of the article saw that date). Other spellings ("18 Nov 2018")
are read by dateutil only when day, month and year are all written: a missing
part is never filled in from a default or the clock. Dates in other languages
("18 ноября 2018", "le 18 novembre 2018") are read by dateparser, on the same terms.

>>> parse_published("2018-11-18T23:30:00-05:00")
(datetime.date(2018, 11, 18), None)
>>> parse_published("0000-00-00")[1]
"'0000-00-00' is not a valid date"
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_ISO_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
# Two defaults that differ in every field: a field taken from a default shows up as a disagreement.
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))


def _iso(raw: str) -> tuple[dt.date | None, str | None] | None:
    match = _ISO.match(raw) or _ISO_COMPACT.match(raw)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, f"{raw!r} is not a valid date"


# dateparser reads dates written in other languages ("18 ноября 2018", "le 18 novembre 2018") that
# dateutil cannot; only its absolute-date parsers, and only with day, month and year written, so
# that no relative word ("hier", "2 hours ago") is ever read against the clock.
_DATEPARSER_SETTINGS = {"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                        "STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False,
                        "RELATIVE_BASE": dt.datetime(1901, 1, 1)}


def _other_language(raw: str) -> dt.date | None:
    """A full date written in a language dateutil does not read, else None."""
    import dateparser  # loaded only for the rare metadata dateutil cannot read

    try:
        found = dateparser.parse(raw, settings=_DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return found.date() if found is not None else None


def _free(raw: str) -> tuple[dt.date | None, str | None]:
    if len(raw) > 100:
        return None, "published value is too long to be a date"
    try:
        first, second = (dateutil_parser.parse(raw, default=d, ignoretz=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        other = _other_language(raw)
        return (other, None) if other is not None else (None, f"{raw!r} is not a date")
    if first.date() != second.date():
        return None, f"{raw!r} is not a full date (day, month and year)"
    return first.date(), None


def parse_published(raw: object) -> tuple[dt.date | None, str | None]:
    """The date a metadata value names, or None with the reason.

    Parameters
    ----------
    raw : object
        The value of ``published`` / ``date`` / ``dct`` (a string; other types are refused).

    Returns
    -------
    (date or None, problem or None)

    Examples
    --------
    >>> parse_published("18 November 2018")
    (datetime.date(2018, 11, 18), None)
    >>> parse_published("2018-11")[0] is None
    True
    >>> parse_published("le 18 novembre 2018"), parse_published("hier")[0]
    ((datetime.date(2018, 11, 18), None), None)
    """
    if isinstance(raw, dt.datetime):
        return raw.date(), None
    if isinstance(raw, dt.date):
        return raw, None
    if not isinstance(raw, str):
        return None, f"{raw!r} is not a date string"
    raw = raw.strip().strip("'\"")
    if not raw:
        return None, "empty date"
    iso = _iso(raw)
    if iso is not None:
        return iso
    if re.fullmatch(r"\d{4}(-\d{1,2})?", raw):
        return None, f"{raw!r} is not a full date (day, month and year)"
    return _free(raw)

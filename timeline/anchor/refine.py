"""Fixing the year of a DCT from events shared with dated articles.

The pipeline merges events across documents; when an event of a yearless
document (one with ``XXXX-11-18``) is also told by dated articles, their year is
evidence for this document's year. :func:`refine_year` takes that evidence,
keeps only years the DCT allows, and fixes the year when one has the most support.

>>> from timeline.models import DocumentTime
>>> dct = DocumentTime(value="XXXX-11-18", basis="dateline", evidence=["dateline “MOSCOW, November 18.”"])
>>> refine_year(dct, [(2018, "Putin met Pence on November 15.")]).value
'2018-11-18'
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from timeline.timex.calendar import month_interval, safe_date, year_interval
from timeline.anchor.infer import WINDOW_PREFIX, YEARS_PREFIX, value_of
from timeline.models import DocumentTime

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
_WINDOW = re.compile(re.escape(WINDOW_PREFIX) + r"(\d{2})-(\d{2})\.\.(\d{2})-(\d{2})")


def _allowed_years(dct: DocumentTime) -> set[int] | None:
    for line in dct.evidence:
        if line.startswith(YEARS_PREFIX):
            found = re.findall(r"\d{4}", line[len(YEARS_PREFIX):])
            if line[len(YEARS_PREFIX):].replace(",", " ").replace(" ", "").isdigit() and found:
                return {int(y) for y in found}
    return None


def _window_in(match: re.Match, year: int, allowed: set[int] | None) -> tuple[dt.date, dt.date] | None:
    """The days of year ``year`` inside a window that opens in an allowed year (``year - 1`` or ``year``)."""
    m1, d1, m2, d2 = (int(g) for g in match.groups())
    wraps = (m2, d2) < (m1, d1)
    pieces = []
    for opens in ((year - 1, year) if wraps else (year,)):
        lo, hi = safe_date(opens, m1, d1), safe_date(opens + wraps, m2, d2)
        if lo is None or hi is None or (allowed is not None and opens not in allowed):
            continue
        lo, hi = max(lo, dt.date(year, 1, 1)), min(hi, dt.date(year, 12, 31))
        if lo <= hi:
            pieces.append((lo, hi))
    return (pieces[0][0], pieces[-1][1]) if pieces else None


def _interval_in(dct: DocumentTime, year: int, allowed: set[int] | None) -> tuple[dt.date, dt.date] | None:
    """The days the DCT may fall on if its year is ``year``."""
    for line in dct.evidence:
        match = _WINDOW.match(line)  # the summary's line, not a quote that happens to hold the words
        if match:
            return _window_in(match, year, allowed)
    if allowed is not None and year not in allowed:
        return None
    match = _YEARLESS.match(dct.value or "")
    if match and match.group(2):
        day = safe_date(year, int(match.group(1)), int(match.group(2)))
        return (day, day) if day else None
    whole = month_interval(year, int(match.group(1))) if match else year_interval(year)
    return (whole.earliest, whole.latest) if whole and whole.earliest and whole.latest else None


def year_days(dct: DocumentTime, year: int) -> tuple[dt.date, dt.date] | None:
    """The days ``dct`` may fall on if its year is ``year``: what :func:`refine_year` narrows it to.

    Read from the DCT's value, bounds and candidate days (its window and candidate years);
    None when the document's own clues rule ``year`` out.

    >>> dct = DocumentTime(value="XXXX-02", basis="inferred", evidence=["window: 02-11..02-17 (month-day of the DCT)"])
    >>> year_days(dct, 1991)
    (datetime.date(1991, 2, 11), datetime.date(1991, 2, 17))
    >>> year_days(DocumentTime(value="XXXX-02", basis="inferred", evidence=["candidate years: 2012, 2018"]), 2017)
    """
    interval = _interval_in(dct, year, _allowed_years(dct))
    if interval is None:
        return None
    lo = max(interval[0], dct.earliest) if dct.earliest else interval[0]
    hi = min(interval[1], dct.latest) if dct.latest else interval[1]
    return (lo, hi) if lo <= hi else None


def refine_year(dct: DocumentTime, candidates: list[tuple[int, str]]) -> DocumentTime:
    """Fix the year of a yearless DCT from year evidence, appending that evidence.

    Parameters
    ----------
    dct : DocumentTime
        The DCT as the anchor stage found it.
    candidates : list of (year, sentence)
        Years that events shared with dated articles give this document, each with
        the sentence that says so.

    Returns
    -------
    DocumentTime
        Unchanged when the DCT is already a day or no year is supported; otherwise
        narrowed to the chosen year, with the reasons in ``evidence``.

    Examples
    --------
    >>> dct = DocumentTime(value="XXXX-11-11", basis="dateline")
    >>> refine_year(dct, [(2016, "a"), (2018, "b")]).value
    'XXXX-11-11'
    """
    if dct.day is not None or not candidates:
        return dct
    fits = {year: days for year in {y for y, _ in candidates} if (days := year_days(dct, year))}
    votes = Counter(year for year, _ in candidates if year in fits).most_common()
    if not votes:
        years = sorted({y for y, _ in candidates})
        return _note(dct, f"shared events suggest {years}, which this document's own clues rule out")
    if len(votes) > 1 and votes[0][1] == votes[1][1]:
        tied = sorted(y for y, n in votes if n == votes[0][1])
        return _note(dct, f"shared events suggest the years {tied} equally; the year stays open")
    year = votes[0][0]
    lo, hi = fits[year]
    quotes = [f"year {year} from an event shared with dated articles: “{' '.join(s.split())[:200]}”"
              for y, s in candidates if y == year][:3]
    return dct.model_copy(update={"value": value_of(lo, hi, []), "earliest": lo, "latest": hi,
                                  "basis": "inferred" if dct.basis == "unknown" else dct.basis,
                                  "evidence": [*dct.evidence, *quotes]})


def _note(dct: DocumentTime, message: str) -> DocumentTime:
    return dct.model_copy(update={"evidence": [*dct.evidence, message]})

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
from timeline.anchor.infer import value_of
from timeline.models import DocumentTime

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
Piece = tuple[int, dt.date, dt.date]  # the year a window opens in, and its days inside one calendar year


def _allowed_years(dct: DocumentTime) -> set[int] | None:
    return None if dct.candidate_years is None else set(dct.candidate_years)


def _window_pieces(window: tuple[str, str], year: int, allowed: set[int] | None) -> list[Piece]:
    """The days of year ``year`` inside a window that opens in an allowed year (``year - 1`` or ``year``).

    >>> _window_pieces(("12-12", "06-12"), 2018, {2017, 2018})[0][0], _window_pieces(("12-12", "06-12"), 2018, {2018})
    (2017, [(2018, datetime.date(2018, 12, 12), datetime.date(2018, 12, 31))])
    """
    (m1, d1), (m2, d2) = ((int(p[:2]), int(p[3:])) for p in window)
    wraps = (m2, d2) < (m1, d1)
    pieces = []
    for opens in ((year - 1, year) if wraps else (year,)):
        lo, hi = safe_date(opens, m1, d1), safe_date(opens + wraps, m2, d2)
        if lo is None or hi is None or (allowed is not None and opens not in allowed):
            continue
        lo, hi = max(lo, dt.date(year, 1, 1)), min(hi, dt.date(year, 12, 31))
        if lo <= hi:
            pieces.append((opens, lo, hi))
    return pieces


def _interval_in(dct: DocumentTime, year: int, allowed: set[int] | None) -> tuple[dt.date, dt.date] | None:
    """The days the DCT may fall on if its year is ``year``."""
    if dct.month_day_window is not None:
        pieces = _window_pieces(dct.month_day_window, year, allowed)
        return (pieces[0][1], pieces[-1][2]) if pieces else None
    if allowed is not None and year not in allowed:
        return None
    match = _YEARLESS.match(dct.value or "")
    if match and match.group(2):
        day = safe_date(year, int(match.group(1)), int(match.group(2)))
        return (day, day) if day else None
    whole = month_interval(year, int(match.group(1))) if match else year_interval(year)
    return (whole.earliest, whole.latest) if whole and whole.earliest and whole.latest else None


def _candidates_after(dct: DocumentTime, year: int, lo: dt.date, hi: dt.date) -> dict:
    """The fields of a DCT narrowed to ``lo`` .. ``hi`` in ``year``: no candidates for a day;
    with a window, the years it opens in that still reach those days; else ``year``."""
    if lo == hi:
        return {"candidate_years": None, "month_day_window": None}
    if dct.month_day_window is None:
        return {"candidate_years": [year]}
    pieces = _window_pieces(dct.month_day_window, year, _allowed_years(dct))
    return {"candidate_years": sorted({y for y, a, b in pieces if a <= hi and lo <= b})}


def year_days(dct: DocumentTime, year: int) -> tuple[dt.date, dt.date] | None:
    """The days ``dct`` may fall on if its year is ``year``: what :func:`refine_year` narrows it to.

    Read from the DCT's value, bounds and fields ``month_day_window`` and ``candidate_years``
    (never from the evidence text); None when the document's own clues rule ``year`` out.

    >>> dct = DocumentTime(value="XXXX-02", basis="inferred", month_day_window=("02-11", "02-17"))
    >>> year_days(dct, 1991)
    (datetime.date(1991, 2, 11), datetime.date(1991, 2, 17))
    >>> year_days(DocumentTime(value="XXXX-02", basis="inferred", candidate_years=[2012, 2018]), 2017)
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
        Unchanged when the DCT is already a day or no year is supported (but for a note in
        ``evidence``); otherwise narrowed to the chosen year, with the reasons in ``evidence``.
        The fields follow: a day has no ``candidate_years`` nor ``month_day_window``; a span keeps
        its window, and its candidate years are the chosen year (with a window that runs past New
        Year, the years it opens in that reach the chosen year's days).

    Examples
    --------
    >>> dct = DocumentTime(value="XXXX-11-11", basis="dateline")
    >>> refine_year(dct, [(2016, "a"), (2018, "b")]).value
    'XXXX-11-11'
    >>> open_ = DocumentTime(value="XXXX-11", basis="inferred", candidate_years=[2012, 2018],
    ...                      month_day_window=("11-06", "11-12"))
    >>> fixed = refine_year(open_, [(2018, "the 2018 midterms")])
    >>> fixed.earliest, fixed.latest, fixed.candidate_years, fixed.month_day_window
    (datetime.date(2018, 11, 6), datetime.date(2018, 11, 12), [2018], ('11-06', '11-12'))
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
                                  "evidence": [*dct.evidence, *quotes], **_candidates_after(dct, year, lo, hi)})


def _note(dct: DocumentTime, message: str) -> DocumentTime:
    return dct.model_copy(update={"evidence": [*dct.evidence, message]})

"""Holidays of the Hebrew, Islamic, Chinese and Hindu calendars: the Gregorian day each falls on in a year.

Their days move from year to year against the Gregorian calendar, and no rule of month and weekday
gives them: the Islamic ones follow the sighting of the moon (the Umm al-Qura tables), the Hindu ones
astronomical tables, the Chinese New Year the new moon before the spring. Rather than keep such
tables ourselves, the days are read from the ``holidays`` package (vacanza/holidays, released
monthly), whose calendars hold them for about two centuries (Hindu ones for 2001-2035 only). Its
tables are read by name (``<NAME>_DATES``, year -> (month, day)): they are the one thing of that
package this module uses, and ``tests/timex/test_lunisolar.py`` holds them to known days.

A lexicon rule names a calendar and a holiday, ``"hebrew:yom_kippur"``; a holiday that runs for days
(Hanukkah, Passover, Eid al-Adha) is named for its first, as "Easter" is for its Sunday. Jewish
holidays begin at the sundown before the day given here, which is the one calendars print.

>>> lunisolar_date("hebrew:yom_kippur", 2018), lunisolar_date("islamic:eid_al_fitr", 2018)
(datetime.date(2018, 9, 19), datetime.date(2018, 6, 15))
>>> lunisolar_date("chinese:lunar_new_year", 2019), lunisolar_date("hindu:diwali_india", 2018)
(datetime.date(2019, 2, 5), datetime.date(2018, 11, 7))
>>> lunisolar_date("hindu:diwali_india", 1990) is None  # outside the table: no day is known
True
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Mapping

# calendar -> where its tables live in the holidays package
_CALENDARS = {
    "hebrew": ("holidays.calendars.hebrew", "_HebrewLunisolar"),
    "islamic": ("holidays.calendars.islamic", "_IslamicLunar"),
    "chinese": ("holidays.calendars.chinese", "_ChineseLunisolar"),
    "hindu": ("holidays.calendars.hindu", "_HinduLunisolar"),
}


def is_lunisolar(rule: str) -> bool:
    """Whether a holiday rule names a day of another calendar (``"calendar:holiday"``).

    >>> is_lunisolar("hebrew:passover"), is_lunisolar("12-25"), is_lunisolar("nov-4-thu+1")
    (True, False, False)
    """
    return ":" in rule


def lunisolar_date(rule: str, year: int) -> dt.date | None:
    """The Gregorian day of the holiday ``rule`` (``"calendar:holiday"``) in ``year``; None when unknown.

    Parameters
    ----------
    rule : str
        A calendar of :data:`_CALENDARS` and a holiday of its tables, lower case: ``"islamic:eid_al_adha"``;
        ``-N`` after it, the day N days before ("chinese:lunar_new_year-1", the eve).
    year : int
        The Gregorian year.

    Returns
    -------
    datetime.date or None
        The holiday's (first) day in that year; in a year where it falls twice (an Islamic holiday, about
        one year in 33: Eid al-Fitr on 8 January and 27 December 2000), the first. None for a year the
        tables do not cover, or a holiday they do not know.

    Raises
    ------
    ValueError
        For a calendar this module does not know: a lexicon's mistake, not the text's.

    Examples
    --------
    >>> lunisolar_date("islamic:eid_al_fitr", 2000), lunisolar_date("hebrew:hanukkah", 2018)
    (datetime.date(2000, 1, 8), datetime.date(2018, 12, 3))
    >>> lunisolar_date("chinese:lunar_new_year-1", 2019)  # the eve, in the year the holiday is
    datetime.date(2019, 2, 4)
    >>> lunisolar_date("hebrew:passover", 1900) is None
    True
    """
    calendar, _, holiday = rule.partition(":")
    holiday, minus, back = holiday.partition("-")  # "chinese:lunar_new_year-1": the eve, the day before
    days = _table(calendar, holiday).get(year)
    if not days:
        return None
    month, day = days if isinstance(days[0], int) else days[0]
    return dt.date(year, month, day) - dt.timedelta(days=int(back) if minus else 0)


def lunisolar_dates(rule: str, year: int) -> tuple[dt.date, ...]:
    """Every Gregorian day of the holiday ``rule`` in ``year``: two in a year where an Islamic holiday falls twice.

    >>> lunisolar_dates("islamic:eid_al_fitr", 2000)
    (datetime.date(2000, 1, 8), datetime.date(2000, 12, 27))
    >>> lunisolar_dates("hindu:diwali_india", 1990)
    ()
    """
    calendar, _, holiday = rule.partition(":")
    holiday, minus, back = holiday.partition("-")
    days = _table(calendar, holiday).get(year)
    if not days:
        return ()
    shift = dt.timedelta(days=int(back) if minus else 0)
    return tuple(dt.date(year, month, day) - shift for month, day in ((days,) if isinstance(days[0], int) else days))


# The Hijri calendar's first day (1 Muharram AH 1, 16 July 622 Julian, proleptic Gregorian) and its mean year of
# twelve lunar months: they place a Hijri year's start within a day or two, which picks one of the table's days
_HIJRI_EPOCH = dt.date(622, 7, 19)
_HIJRI_YEAR_DAYS = 354.367
_HIJRI_SLACK = dt.timedelta(days=15)  # far wider than the mean's error, far shorter than a year


def hijri_year_date(rule: str, hijri_year: int) -> dt.date | None:
    """The Gregorian day of the Islamic holiday ``rule`` in the Hijri year ``hijri_year`` ("Islamic New Year
    1440", "Eid al-Fitr 1439"); None when its tables do not hold it or the rule is of another calendar.

    Each holiday falls once in its own year, after 1 Muharram, which the mean Hijri year places: the first day in
    the tables from then on is the one.

    Parameters
    ----------
    rule : str
        An ``"islamic:..."`` rule of the lexicon.
    hijri_year : int
        The year of the Hijri era (AH).

    Returns
    -------
    datetime.date or None
        The holiday's day in that Hijri year.

    Examples
    --------
    >>> hijri_year_date("islamic:hijri_new_year", 1440), hijri_year_date("islamic:eid_al_fitr", 1439)
    (datetime.date(2018, 9, 11), datetime.date(2018, 6, 15))
    >>> hijri_year_date("islamic:eid_al_fitr", 1421)  # 1421 began in April 2000; its Eid was in December
    datetime.date(2000, 12, 27)
    >>> hijri_year_date("hebrew:passover", 1440) is None, hijri_year_date("islamic:eid_al_adha", 1200) is None
    (True, True)
    """
    if not rule.startswith("islamic:"):
        return None
    start = _HIJRI_EPOCH + dt.timedelta(days=round((hijri_year - 1) * _HIJRI_YEAR_DAYS)) - _HIJRI_SLACK
    days = (day for year in (start.year, start.year + 1) for day in lunisolar_dates(rule, year) if day >= start)
    return next(days, None)


def _table(calendar: str, holiday: str) -> Mapping[int, tuple]:
    """The ``year -> (month, day)`` table of one holiday (``((month, day), ...)`` where it falls twice).

    Imported when first asked for: the package loads in ~50 ms, which a text with no such holiday need
    not pay.
    """
    if calendar not in _CALENDARS:
        raise ValueError(f"no calendar {calendar!r}: known are {sorted(_CALENDARS)}")
    module, name = _CALENDARS[calendar]
    tables = getattr(importlib.import_module(module), name)
    return getattr(tables, f"{holiday.upper()}_DATES", {})

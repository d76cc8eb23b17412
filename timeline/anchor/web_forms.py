"""How sites write a stamp's parts, made plain before :mod:`timeline.anchor.web_segments` reads them.

Rules found by the adversarial review of the web-stamp reading (corpus ``web_stamps_review.tsv``):

- a month or weekday in capitals or lower case ("18 NOV 2018", "posted on 18 november 2018") is the same;
- a numeric date with dashes ("18-11-2018") reads like one with slashes, and a year first with slashes or
  dots ("2018/11/18", "2018.11.18") like ISO; "the 18th of November 2018" like "18 November 2018";
- a two-digit year ("18.11.18", "11/18/18") is read only when every order its parts allow (day first,
  month first, year first) names the same day, or exactly the two orders day/month first do (then both
  stay, as for "05/11/2018"); its century is 19 for 90..99 and 20 below, as no web page is older;
- a byline written another way ("By: Jo Li", "Written by Jo Li", "Words by Jo Li", "Author: Jo Li") is
  "By Jo Li".

>>> plain("PUBLISHED: 10:32 GMT, 18 NOV 2018")
'PUBLISHED: 10:32 GMT, 18 Nov 2018'
>>> plain("Posted 18-11-2018"), plain("2018/11/18"), plain("Written by Jo Li")
('Posted 18/11/2018', '2018-11-18', 'By Jo Li')
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.timex.calendar import safe_date

# In capitals or in lower case ("posted on 18 november 2018"): a segment is read only when all of it is a stamp's.
_CAPS = re.compile(r"\b(?i:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
                   r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?"
                   r"|(?:MON|TUES?|WED(?:NES)?|THU(?:RS)?|FRI|SAT(?:UR)?|SUN)(?:DAY)?)\b")
_DASHED = re.compile(r"(?<![\d\-/.])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d\-])")
_YEAR_SLASH = re.compile(r"(?<![\d/.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")
_OF_MONTH = re.compile(r"\b(?i:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?=[A-Z][a-z]+\.?\s+\d{4})")
# Not a clock's seconds ("10.05.30 GMT", "10.05.30 am").
_SHORT_YEAR = re.compile(r"(?<![\d/.:\-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.:])"
                         r"(?!\s*(?:[aApP]\.?[mM]\b|[A-Z]{1,3}T\b|GMT|UTC|Z\b))")
_BYLINE_FORMS = re.compile(r"^(?i:(?:written|words|story|reporting|text|report)\s+by|by\s*:|author\s*:)\s*")


def short_year(first: int, second: int, year: int, dotted: bool) -> tuple[dt.date, ...]:
    """The days a numeric date with a two-digit year may name (dots: day first only).

    >>> short_year(18, 11, 18, False), short_year(11, 18, 18, False)
    ((datetime.date(2018, 11, 18),), (datetime.date(2018, 11, 18),))
    >>> len(short_year(5, 11, 18, False)), short_year(5, 11, 18, True), short_year(18, 11, 75, False)
    (3, (datetime.date(2018, 11, 5),), ())
    """
    if 40 <= year < 90:  # 1975 or 2075: a page's century is not known from two digits
        return ()
    full = year + (1900 if year >= 90 else 2000)
    days = [safe_date(full, second, first)]
    if not dotted:
        days += [safe_date(full, first, second)]
        days += [] if 40 <= first < 90 else [safe_date(first + (1900 if first >= 90 else 2000), second, year)]
    return tuple(sorted({d for d in days if d is not None}))


def _short(found: re.Match) -> str:
    """A two-digit-year date rewritten with its full year when its readings allow, else as found."""
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    days = short_year(first, second, year, found[2] == ".")
    if len(days) == 1:
        return days[0].isoformat()
    full = year + (1900 if year >= 90 else 2000)
    both = {safe_date(full, second, first), safe_date(full, first, second)}
    if len(days) == 2 and set(days) == both:  # day or month first: both kept, as for a four-digit year
        return f"{first}/{second}/{full}"
    return found.group()


def plain(segment: str) -> str:
    """``segment`` with its month in title case, its numeric date in a form the stamp grammar reads, its byline plain.

    >>> plain("By: Jo Li"), plain("18.11.18 10:32"), plain("Posted 05/11/18"), plain("Posted 18/11/05")
    ('By Jo Li', '2018-11-18 10:32', 'Posted 05/11/18', 'Posted 18/11/05')
    >>> plain("Posted on the 18th of November 2018"), plain("2018.11.18 10:32")
    ('Posted on 18 November 2018', '2018-11-18 10:32')
    """
    out = _CAPS.sub(lambda m: m.group().title() if not m.group().istitle() else m.group(), segment)
    out = _DASHED.sub(lambda m: f"{m[1]}/{m[2]}/{m[3]}", out)
    out = _OF_MONTH.sub(lambda m: f"{m[1]} ", out)
    out = _YEAR_SLASH.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", out)
    out = _SHORT_YEAR.sub(_short, out)
    return _BYLINE_FORMS.sub("By ", out)


_WEEKDAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b\.?")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_other(segment: str, day: dt.date) -> tuple[dt.date | None, str | None]:
    """The nearest day a stamp's written weekday names when it is not ``day``'s, and the note saying so.

    "Sunday, November 19, 2018": 19 November 2018 is a Monday; the page erred in its weekday or in its date,
    so both days stay (18 November is the nearest Sunday).

    >>> weekday_other("Sunday, November 19, 2018", dt.date(2018, 11, 19))[0]
    datetime.date(2018, 11, 18)
    >>> weekday_other("Sun 18 Nov 2018", dt.date(2018, 11, 18)), weekday_other("Nov 18, 2018", dt.date(2018, 11, 18))
    ((None, None), (None, None))
    """
    found = _WEEKDAY.search(segment)
    if found is None or _WEEKDAYS.index(found[1]) == day.weekday():
        return None, None
    shift = (_WEEKDAYS.index(found[1]) - day.weekday()) % 7
    other = day + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    return other, (f"“{segment}” names a {found.group().rstrip('.')} but {day.isoformat()} is a "
                   f"{day.strftime('%A')}: the page erred in one of them, so {day.isoformat()} or "
                   f"{other.isoformat()} (the nearest {found.group().rstrip('.')})")

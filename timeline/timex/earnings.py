"""The periods of earnings news that name no date of their own: "the trailing twelve months", "the prior 12
months", "the prior-year period".

"the trailing twelve months" is the window that ends at the DCT (P12M, anchored as "the past 12 months" is);
"the prior 12 months" ends at the text's time, as "the previous four weeks" does. "the prior-year period" and
"the prior-year quarter" are the year-earlier period: a year back from the text's time, the last quarter it named
when there is one ("Third-quarter profit rose from the prior-year quarter": that quarter a year back), as
"the year-earlier quarter" is. Spliced into :mod:`timeline.timex.relative`'s ``RULES`` right after its
"year-earlier" rule. Corpus: ``relative.tsv``.

>>> import datetime as dt
>>> from timeline.timex import extract_timexes
>>> [(t.text, t.value) for t in extract_timexes("Sales rose from the prior-year quarter.", dt.date(2023, 10, 26))]
[('the prior-year quarter', '2022')]
>>> [r.name for r in RULES]
['trailing-window', 'prior-year']
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from timeline.timex.calendar import Resolved, safe_date
from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.rule import DAY, MONTH, NUM, UNIT, YEAR4, S, Built, compile_rule, day_number, month_number
from timeline.timex.values import Duration, Offset, YearPart


def _trailing(m: re.Match[str]) -> Built:
    """"the trailing twelve months" ends at the DCT, "the prior 12 months" at the text's time.

    >>> rule = RULES[0].pattern
    >>> [(d.count, d.anchored, d.from_ref) for d in map(_trailing, map(rule.search, ("the trailing 12 months",
    ...                                                                                 "the prior two years")))]
    [(12.0, 'past', False), (2.0, 'past', True)]
    """
    count = parse_number(m["num"])
    unit = LEXICON.lookup("unit", m["unit"])
    if count is None or unit is None:
        return None
    return Duration(unit=unit, count=count, anchored="past", from_ref=m["which"].lower() == "prior")  # type: ignore[arg-type]


RULES = (
    # (not "the trailing 12-month yield": an adjective's article is its noun's, and "12-month" the duration's rule)
    compile_rule("trailing-window", rf"(?i:the){S}(?P<which>(?i:trailing|prior)){S}(?P<num>{NUM}){S}(?P<unit>{UNIT})"
                 r"(?![-\w])", _trailing, 2),
    # "the prior year quarter" needs its noun: "the prior year" alone is "the previous year" (relative.py's neighbour)
    compile_rule("prior-year", r"(?i:the\s+)?(?i:prior|previous)(?:-(?i:year)|\s(?i:year)(?=\s(?i:quarter|period)\b))"
                 r"(?:\s(?:(?i:first|second|third|fourth)\s)?(?i:quarter|period|level|month|week))?(?![-\w])",
                 lambda m: Offset(unit="year", count=1.0, sign=-1, anchor="ref"), 1),
)


class FiscalQuarter(YearPart):
    """A quarter of a company's fiscal year ("the fiscal first quarter", "Q4FY19"), or a quarter whose end the text
    states ("the quarter ended Sept. 29"): its value is written as TimeBank writes fiscal quarters, the calendar
    quarter's code (1989-Q1), but its days are not that quarter's, a fiscal year need not begin in January (Sun's
    fiscal first quarter of 1990 ended Sept. 29, 1989). Its interval is :func:`fiscal_interval`'s.

    >>> FiscalQuarter(part="Q1").named_year, FiscalQuarter(part="QX", reference=True, ended=(9, 29, None)).ended
    (False, (9, 29, None))
    """

    named_year: bool = False  # "Q4FY19", "the first quarter of fiscal 1990": the fiscal year's name, not its days
    ended: tuple[int, int, int | None] | None = None  # "ended Sept. 30": month, day and the year if written


# "the fiscal first quarter ended Sept. 30", "the quarter ending June 30, 2019": the quarter's last day
_ENDED = re.compile(rf"{S}(?:(?:which|that){S})?(?P<verb>(?i:ended|ending)){S}(?:(?i:on){S})?(?P<month>{MONTH})"
                    rf"\.?{S}(?P<day>{DAY})(?![\d:])(?:,?{S}(?P<year>{YEAR4})(?!\d))?")


def quarter_ended(text: str, end: int) -> tuple[int, int, int | None] | None:
    """The last day a quarter's phrase ending at ``end`` states ("ended Sept. 29"): month, day, year or None.

    >>> quarter_ended("for the quarter ended Sept. 29, 1989", 15), quarter_ended("the quarter ending June 30", 11)
    ((9, 29, 1989), (6, 30, None))
    >>> quarter_ended("the quarter ended badly", 11) is None
    True
    """
    found = _ENDED.match(text, end)
    if found is None:
        return None
    return month_number(found["month"]), day_number(found["day"]), int(found["year"]) if found["year"] else None


def as_fiscal(m: re.Match[str], value: YearPart, fiscal: bool) -> YearPart:
    """``value`` as a :class:`FiscalQuarter` when it is a fiscal year's quarter (``fiscal``) or the text states its
    last day after the match ("the quarter ended Sept. 29"), else as it is (a calendar quarter's days are known).

    >>> m = re.search("quarter", "the quarter ended Sept. 29")
    >>> as_fiscal(m, YearPart(part="QX", reference=True), False).ended, as_fiscal(m, YearPart(part="Q1"), True).kind
    ((9, 29, None), 'yearpart')
    >>> type(as_fiscal(re.search("quarter", "the quarter"), YearPart(part="Q1"), False)).__name__
    'YearPart'
    """
    ended = quarter_ended(m.string, m.end())
    if not fiscal and ended is None:
        return value
    named = fiscal and (value.year is not None or value.shift is not None)
    return FiscalQuarter(**dict(value), named_year=named, ended=ended)


def fiscal_interval(resolved: Resolved, value: FiscalQuarter, dct: dt.date | None, tense: str | None) -> Resolved:
    """The days a fiscal quarter may lie on, its value kept: the three months to its stated end; else, the fiscal
    year's alignment unknown, every day the quarter could cover.

    - an end stated ("ended Sept. 30"): the three months to it, in the year written, else the last such day by the
      DCT (a quarter "ended" is over), the first after it for "ending" in a clause about what is ahead;
    - a fiscal year named ("Q4FY19", "fiscal 1990's first quarter"): every day the quarter may cover wherever the
      year is aligned, a fiscal year N ending between January of N and March of N + 1 (Walmart's FY2019 ended
      31 January 2019, India's FY19 and Japan's fiscal 2018 in March 2019, Apple's fiscal 2019 in September);
    - else from the DCT and the clause (or, where the clause tells no tense, the side the value's pick took): a
      quarter reported in the past ended within the year before the DCT (it recurs each year, news reports the
      latest, and it ended before the day of its report), so it began at most 15 months before; one ahead ends
      within the year after (begun at most three months before the DCT); with neither, both.

    Parameters
    ----------
    resolved : Resolved
        The quarter as a calendar quarter reads it (its value kept).
    value : FiscalQuarter
        The quarter as read.
    dct : datetime.date or None
        The DCT; None leaves the days unknown.
    tense : str or None
        The clause's tense: "past", "present", "future" or None.

    Returns
    -------
    Resolved
        ``resolved``'s value and grain with the days above (None, None where they are unknown).

    Examples
    --------
    >>> said = dt.date(1989, 10, 26)
    >>> q1 = Resolved("1989-Q1", dt.date(1989, 1, 1), dt.date(1989, 3, 31), "quarter")
    >>> fiscal_interval(q1, FiscalQuarter(part="Q1"), said, "past")[1:3]
    (datetime.date(1988, 7, 27), datetime.date(1989, 10, 25))
    >>> fiscal_interval(q1, FiscalQuarter(part="Q1"), said, None)[1:3]  # 1989-Q1 is gone by: the one reported
    (datetime.date(1988, 7, 27), datetime.date(1989, 10, 25))
    >>> fiscal_interval(q1, FiscalQuarter(part="Q1"), said, "future")[1:3]
    (datetime.date(1989, 7, 27), datetime.date(1990, 10, 26))
    >>> fiscal_interval(q1, FiscalQuarter(part="Q1", ended=(9, 30, None)), said, "past")[1:3]
    (datetime.date(1989, 7, 1), datetime.date(1989, 9, 30))
    >>> fiscal_interval(q1, FiscalQuarter(part="Q4", year=2019, named_year=True), said, "past")[1:3]
    (datetime.date(2018, 11, 1), datetime.date(2020, 3, 31))
    """
    if value.ended is not None:
        last = _last_day(value.ended, dct, tense)
        if last is not None:
            return resolved._replace(earliest=last + dt.timedelta(days=1) - relativedelta(months=3), latest=last)
    if value.named_year:
        return resolved._replace(**_reported_by(_named_year_days(value), dct, tense))
    if dct is None:
        return resolved._replace(earliest=None, latest=None)
    # the side the value's pick took, where the clause does not tell (it had its reasons: a calendar quarter gone by)
    gone = resolved.latest is not None and resolved.latest < dct
    ahead = resolved.earliest is not None and resolved.earliest > dct
    past = tense == "past" or (tense != "future" and gone)
    future = tense == "future" or (tense != "past" and ahead)
    begun = dct + dt.timedelta(days=1) - relativedelta(months=3 if future and not past else 15)
    return resolved._replace(earliest=begun, latest=dct - dt.timedelta(days=1) if past and not future
                             else dct + relativedelta(years=1))


def _named_year_days(value: FiscalQuarter) -> dict[str, dt.date | None]:
    """The days quarter ``value.part`` of fiscal year ``value.year`` may cover: a year N begins between February of
    N - 1 (ending in January of N) and April of N (ending in March of N + 1), the quarter k months 3(k-1) to 3k-1 of
    it.

    >>> _named_year_days(FiscalQuarter(part="Q1", year=2020, named_year=True))
    {'earliest': datetime.date(2019, 2, 1), 'latest': datetime.date(2020, 6, 30)}
    >>> _named_year_days(FiscalQuarter(part="QX", year=2020, named_year=True))
    {'earliest': None, 'latest': None}
    """
    if value.year is None or value.part not in ("Q1", "Q2", "Q3", "Q4"):
        return {"earliest": None, "latest": None}
    months_in = 3 * (int(value.part[1]) - 1)
    return {"earliest": dt.date(value.year - 1, 2, 1) + relativedelta(months=months_in),
            "latest": dt.date(value.year, 4, 1) + relativedelta(months=months_in + 3) - dt.timedelta(days=1)}


def _reported_by(days: dict[str, dt.date | None], dct: dt.date | None, tense: str | None) -> dict:
    """``days`` cut at the day before the DCT for a quarter told in the past (reported, so over), where a whole
    quarter still fits: else the alignment the window allows cannot be the one meant, and the window stays.

    >>> window = {"earliest": dt.date(2018, 11, 1), "latest": dt.date(2020, 3, 31)}
    >>> _reported_by(window, dt.date(2019, 4, 15), "past")["latest"], _reported_by(window, dt.date(2018, 11, 15),
    ...                                                                              "past")["latest"]
    (datetime.date(2019, 4, 14), datetime.date(2020, 3, 31))
    """
    if tense != "past" or dct is None or days["earliest"] is None or days["latest"] is None:
        return days
    cut = min(days["latest"], dct - dt.timedelta(days=1))
    return {**days, "latest": cut} if cut - days["earliest"] >= dt.timedelta(days=89) else days


def _last_day(ended: tuple[int, int, int | None], dct: dt.date | None, tense: str | None) -> dt.date | None:
    """The day "ended Sept. 30" names: in its year if written, else the last one by the DCT (the first after it
    in a future clause, "ending Dec. 31"); None when no such day exists or nothing places it."""
    month, day, year = ended
    if year is not None:
        return safe_date(year, month, day)
    if dct is None:
        return None
    days = [d for d in (safe_date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)) if d is not None]
    if tense == "future":
        return next((d for d in days if d > dct), None)
    return max((d for d in days if d <= dct), default=None)


_QUARTER_VALUE = re.compile(r"(\d{4})(-Q[1-4])")


def quarter_shifted(quarter: Resolved, years: int) -> Resolved | None:
    """The quarter ``quarter`` reads, ``years`` years on: its value's year and its days moved together, so that
    "a year ago" after a fiscal quarter is that fiscal quarter a year back (a calendar quarter stays one).

    >>> fiscal = Resolved("1989-Q1", dt.date(1989, 7, 1), dt.date(1989, 9, 30), "quarter")
    >>> quarter_shifted(fiscal, -1)[:3]
    ('1988-Q1', datetime.date(1988, 7, 1), datetime.date(1988, 9, 30))
    >>> quarter_shifted(Resolved("1989-Q1", None, None, "quarter"), -1)[:3]
    ('1988-Q1', None, None)
    >>> quarter_shifted(fiscal._replace(value="1989"), 1) is None
    True
    """
    written = _QUARTER_VALUE.fullmatch(quarter.value)
    if written is None or not 1 <= int(written[1]) + years <= 9999:
        return None
    step = relativedelta(years=years)
    return Resolved(f"{int(written[1]) + years:04d}{written[2]}", quarter.earliest and quarter.earliest + step,
                    quarter.latest and quarter.latest + step, quarter.granularity)

"""Compact ranges whose second end cannot stand alone: "Nov. 30-Dec. 1", "Nov. 15-17", "2010-12",
"August-September 1950".

TimeML annotates the two ends of a range as two TIMEX3s, so each rule here gives
two pieces; the recogniser links them as one group. Ranges written with words
("between 30 November and 1 December", "from 2010 to 2012") are found end by end
and linked by the recogniser (:mod:`timeline.timex.recognise`). A rule whose two ends each name a month
declares how close the two names stand (:func:`_month_gap`): it is read only where two month names stand that
close. Corpus: ``ranges.tsv``.

>>> [r.name for r in RULES][-3:]
['season-to-season-year', 'quarter-to-quarter-year', 'bc-year-to-year']
"""

from __future__ import annotations

import re

from timeline.timex.absolute import MONTH_DAY_GAP, PARTS_OF_A_TEXT_BEFORE
from timeline.timex.lexicon import LEXICON
from timeline.timex.patterns import max_width
from timeline.timex.rule import (DAY, MONTH, MONTH_FULL, S, SEASON, YEAR4, Built, Piece, compile_rule, day_number,
                                 month_number)
from timeline.timex.values import BeforeChrist, CalendarDate, YearPart

_DASH = r"\s?[-\u2013\u2014]\s?"
_TO = rf"(?:{_DASH}|\s(?i:to|through|thru|until|till|and)\s)"
# "March 5-9 votes" counts votes; "March 5-9 on the withdrawal" is a range: a word after the second day
# must be one that can follow a date
_NOT_A_COUNT = (r"(?!\s(?!(?:on|in|at|to|and|or|but|the|a|an|for|from|with|when|as|after|before|until|that|which|"
                r"while|by|of|between|during|through|he|she|it|they|we|"
                # "Surrendering on May 4 and 5 were ...": a verb, not a counted noun, follows the day
                r"was|were|is|are|had|has|have|would|will|could|saw|did)\b)[a-z])")
_DASH_OR_SLASH = rf"(?:{_DASH}|/)"  # "August/September 1956": either month, or both
_TAIL_YEAR = rf"(?:,?{S}(?P<year>{YEAR4}))?"


def _month_gap(source: str) -> int:
    """How far a range's second month name can start after its first: the widest match of ``source``, what
    stands from the first name's first letter to the second's. A rule whose every match holds two month names
    so close declares it as its pair (:class:`timeline.timex.rule.Rule`): the recogniser reads it only where
    two month names stand that close, not near each one (every date's month).

    >>> _month_gap(rf"{MONTH}{_DASH_OR_SLASH}"), len("September") + len(" - ")
    (12, 12)
    """
    width = max_width(re.compile(source))
    if width is None:  # an unbounded gap: no pair can be declared (every rule here is bounded)
        raise ValueError(f"unbounded gap between two months: {source!r}")
    return width


def _year(m: re.Match[str]) -> int | None:
    return int(m["year"]) if m["year"] else None


def _two(m: re.Match[str], first: CalendarDate, second: CalendarDate, a: str, b: str) -> Built:
    if first.year is not None and second.year is not None and (first.year, first.month or 0, first.day or 0) > (
            second.year, second.month or 0, second.day or 0):
        return None
    return (Piece(m.start(a), m.end(a), first), Piece(m.start(b), m.end(b), second))


def _month_day_to_month_day(m: re.Match[str]) -> Built:
    year = _year(m)
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    first_year = year - 1 if year is not None and m1 > m2 else year  # "Dec. 30-Jan. 2, 2019"
    return _two(m, CalendarDate(year=first_year, month=m1, day=day_number(m["d1"])),
                CalendarDate(year=year, month=m2, day=day_number(m["d2"])), "a", "b")


def _days_of_one_month(m: re.Match[str]) -> Built:
    """"Nov. 12-15" and "12-15 November": two days of one month, whichever is written first."""
    month, d1, d2 = month_number(m["m1"]), day_number(m["d1"]), day_number(m["d2"])
    if d2 <= d1:
        return None
    return _two(m, CalendarDate(year=_year(m), month=month, day=d1),
                CalendarDate(year=_year(m), month=month, day=d2), "a", "b")


_LISTED_DAY = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?")


def _listed_days(m: re.Match[str]) -> Built:
    """"Dec. 5, 6 and 7": each day listed after the first is in its month (and year, if one ends the list).

    >>> rule = next(r for r in RULES if r.name == "month-day-list")
    >>> [(p.value.day, p.value.year) for p in _listed_days(rule.pattern.search("on Dec. 5, 6 and 7, 2018."))]
    [(5, 2018), (6, 2018), (7, 2018)]
    """
    return _day_list(m, None)


def _listed_days_month(m: re.Match[str]) -> Built:
    """"3, 4 and 5 March": each day listed before the month written once is in that month (and its year).

    >>> rule = next(r for r in RULES if r.name == "day-list-month")
    >>> [(p.value.day, p.value.month) for p in _listed_days_month(rule.pattern.search("held on 3, 4 and 5 March."))]
    [(3, 3), (4, 3), (5, 3)]
    """
    return _day_list(m, "b")


def _day_list(m: re.Match[str], last: str | None) -> Built:
    """The listed days of one month: group ``a`` (the first day), the days in ``rest``, then group ``last`` when it
    holds the last day with the month written once ("3, 4 and 5 March"). A list of days runs forward ("Dec. 5, 3 and
    9" is no such list); a year ending the list belongs to the last day's span, as in "Nov. 30-Dec. 1, 2018"."""
    month, year = month_number(m["m1"]), _year(m)
    days = [(m.start("a"), m.end("a"), day_number(m["d1"]))]
    days += [(m.start("rest") + d.start(), m.start("rest") + d.end(), day_number(d[0]))
             for d in _LISTED_DAY.finditer(m["rest"])]
    if last is not None:
        days.append((m.start(last), m.end(last), day_number(m["d2"])))
    if any(not 1 <= d <= 31 for _, _, d in days) or any(a[2] >= b[2] for a, b in zip(days, days[1:])):
        return None
    if m["year"]:  # (group ``last`` ends the match: it holds the year already)
        days[-1] = (days[-1][0], m.end(), days[-1][2])
    return tuple(Piece(start, end, CalendarDate(year=year, month=month, day=day)) for start, end, day in days)


def _day_month_to_day_month(m: re.Match[str]) -> Built:
    year = _year(m)
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    return _two(m, CalendarDate(year=year - 1 if year and m1 > m2 else year, month=m1, day=day_number(m["d1"])),
                CalendarDate(year=year, month=m2, day=day_number(m["d2"])), "a", "b")


def _month_to_month_year(m: re.Match[str]) -> Built:
    """"August-September 1950", "Dec.-Jan. 1999": the year belongs to both ends (the first a year back if it wraps)."""
    year, m1, m2 = int(m["year"]), month_number(m["m1"]), month_number(m["m2"])
    if m1 == m2:
        return None
    return _two(m, CalendarDate(year=year - 1 if m1 > m2 else year, month=m1), CalendarDate(year=year, month=m2),
                "a", "b")


def _month_to_month(m: re.Match[str]) -> Built:
    """"July-September": two months of no written year (the second the first reading after the first)."""
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    return None if m1 == m2 else _two(m, CalendarDate(month=m1), CalendarDate(month=m2), "a", "b")


def _year_to_year(m: re.Match[str]) -> Built:
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return _two(m, CalendarDate(year=y1), CalendarDate(year=y2), "a", "b")


def _bc_year_to_year(m: re.Match[str]) -> Built:
    """"499-493 BC", "from 499 to 493 BC": the era written once belongs to both ends, which count down."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not 0 < y1 - y2 <= 200 or y2 < 1:
        return None
    return (Piece(m.start("a"), m.end("a"), BeforeChrist(year=y1)), Piece(m.start("b"), m.end("b"), BeforeChrist(year=y2)))


def _month_year_to_month_year(m: re.Match[str]) -> Built:
    """"March 1980-April 1985": the dash hides the second month from the rules that read one date."""
    return _two(m, CalendarDate(year=int(m["y1"]), month=month_number(m["m1"])),
                CalendarDate(year=int(m["y2"]), month=month_number(m["m2"])), "a", "b")


def _season_to_season_year(m: re.Match[str]) -> Built:
    """"summer-fall 1919", "the winter-spring of 1920": the year is both seasons'; a winter before a
    later season of the year is the one that began the December before."""
    year = int(m["year"])
    first, second = LEXICON.lookup("season", m["s1"]), LEXICON.lookup("season", m["s2"])
    if first is None or second is None or first == second:
        return None
    first_year = year - 1 if first == "WI" else year
    return (Piece(m.start("a"), m.end("a"), YearPart(part=first, year=first_year)),  # type: ignore[arg-type]
            Piece(m.start("b"), m.end("b"), YearPart(part=second, year=year)))  # type: ignore[arg-type]


def _quarter_to_quarter_year(m: re.Match[str]) -> Built:
    """"Q1-Q3 2018": the year written once, after the second quarter, is the first's too."""
    q1, q2, year = int(m["q1"]), int(m["q2"]), int(m["year"])
    if q1 >= q2:
        return None
    return (Piece(m.start("a"), m.end("a"), YearPart(part=f"Q{q1}", year=year)),  # type: ignore[arg-type]
            Piece(m.start("b"), m.end("b"), YearPart(part=f"Q{q2}", year=year)))  # type: ignore[arg-type]


_BC = r"\s?(?:BCE|BC|B\.C\.E\.|B\.C\.)"

RULES = (
    compile_rule("month-day-to-month-day", rf"(?P<a>(?P<m1>{MONTH}){MONTH_DAY_GAP}(?P<d1>{DAY})){_TO}"
                 rf"(?P<b>(?P<m2>{MONTH}){MONTH_DAY_GAP}(?P<d2>{DAY}){_TAIL_YEAR})", _month_day_to_month_day, 5,
                 _month_gap(rf"{MONTH}{MONTH_DAY_GAP}{DAY}{_TO}")),
    compile_rule("month-day-to-day", rf"(?P<a>(?P<m1>{MONTH}){MONTH_DAY_GAP}(?P<d1>{DAY})){_TO}(?P<b>(?P<d2>{DAY})"
                 rf"(?!{S}?(?i:a\.?m|p\.?m|percent|%)){_NOT_A_COUNT}{_TAIL_YEAR})", _days_of_one_month, 5),
    # "the Dec. 13-14 summit", "at Nov. 12-15 drills": after a determiner (or a headline's "at") the two days modify
    # the noun after them, which is then no counted thing ("March 5-9 votes" stays a count)
    compile_rule("month-day-to-day-before-noun", r"(?:(?<=[Tt]he )|(?<=[Ii]ts )|(?<=[Tt]heir )|(?<=[Tt]his )|(?<=\bat )"
                 rf"|(?<=\bA )|(?<=\ba )|(?<=\bof ))(?P<a>(?P<m1>{MONTH}){MONTH_DAY_GAP}(?P<d1>{DAY}))[-\u2013](?P<b>"
                 rf"(?P<d2>{DAY}))(?={S}[a-z]+\b(?![-\u2013]))(?P<year>)", _days_of_one_month, 5),
    # "Dec. 5, 6 and 7": three or more days of one month, the month written once
    compile_rule("month-day-list", rf"(?P<a>(?P<m1>{MONTH}){MONTH_DAY_GAP}(?P<d1>{DAY}))(?P<rest>(?:,{S}{DAY}){{1,5}},?{S}"
                 rf"(?i:and|or){S}{DAY}){_NOT_A_COUNT}{_TAIL_YEAR}", _listed_days, 5),
    # "3, 4 and 5 March": three or more days before the month written once (two are day-to-day-month's)
    compile_rule("day-list-month", rf"(?<![\d,.])(?P<a>(?P<d1>{DAY}))(?P<rest>(?:,{S}{DAY}){{1,5}}),?{S}(?i:and|or){S}"
                 rf"(?P<b>(?P<d2>{DAY}){S}(?:(?i:of){S})?(?P<m1>{MONTH}){_TAIL_YEAR})", _listed_days_month, 5),
    compile_rule("day-to-day-month", rf"(?P<a>(?P<d1>{DAY})){_TO}(?P<b>(?P<d2>{DAY}){S}(?P<m1>{MONTH})"
                 rf"{_TAIL_YEAR})", _days_of_one_month, 5),
    compile_rule("day-month-to-day-month", rf"(?P<a>(?P<d1>{DAY}){S}(?P<m1>{MONTH})){_TO}(?P<b>(?P<d2>{DAY}){S}"
                 rf"(?P<m2>{MONTH}){_TAIL_YEAR})", _day_month_to_day_month, 5,
                 _month_gap(rf"{MONTH}{_TO}{DAY}{S}")),
    # "FY2018-19": a fiscal year named by the two years it spans is read as "2018-19" is, end by end ("FY2018" alone
    # is the year rule's "FY 2018")
    compile_rule("year-to-year", rf"{PARTS_OF_A_TEXT_BEFORE}(?P<a>(?:FY)?(?P<y1>{YEAR4})){_DASH_OR_SLASH}"
                 rf"(?P<b>(?P<y2>{YEAR4}|\d\d))", _year_to_year, 5),
    compile_rule("month-to-month-year", rf"(?P<a>(?P<m1>{MONTH})){_DASH_OR_SLASH}(?P<b>(?P<m2>{MONTH}),?{S}(?P<year>{YEAR4}))",
                 _month_to_month_year, 5, _month_gap(rf"{MONTH}{_DASH_OR_SLASH}")),
    # "the July-September period", "the October-December quarter", "Jan.-March": two months, their years left to
    # the anchoring
    compile_rule("month-to-month", rf"(?P<a>(?P<m1>{MONTH_FULL}|{MONTH}\.?))[-\u2013](?P<b>(?P<m2>{MONTH_FULL}|{MONTH}\.?))"
                 rf"(?!,?{S}(?:{YEAR4}|\d))", _month_to_month, 4,
                 _month_gap(rf"(?:{MONTH_FULL}|{MONTH}\.?)[-\u2013]")),
    compile_rule("month-year-to-month-year", rf"(?P<a>(?P<m1>{MONTH}),?{S}(?P<y1>{YEAR4})){_DASH_OR_SLASH}"
                 rf"(?P<b>(?P<m2>{MONTH}),?{S}(?P<y2>{YEAR4}))", _month_year_to_month_year, 6,
                 _month_gap(rf"{MONTH},?{S}{YEAR4}{_DASH_OR_SLASH}")),
    compile_rule("season-to-season-year", rf"(?P<a>(?P<s1>{SEASON})){_DASH_OR_SLASH}(?P<b>(?P<s2>{SEASON})"
                 rf"(?:{S}(?i:of))?,?{S}(?P<year>{YEAR4}))", _season_to_season_year, 5),
    compile_rule("quarter-to-quarter-year", rf"(?P<a>Q(?P<q1>[1-4])){_DASH_OR_SLASH}(?P<b>Q(?P<q2>[1-4]),?{S}"
                 rf"(?P<year>{YEAR4}))", _quarter_to_quarter_year, 5),
    compile_rule("bc-year-to-year", rf"(?P<a>(?P<y1>\d{{1,4}})){_TO}(?P<b>(?P<y2>\d{{1,4}}){_BC})", _bc_year_to_year, 5),
)

"""Parts of years: quarters, halves, numbered weeks, "the new year" (decades and centuries are read in
:mod:`timeline.timex.eras`, whose rules open this module's ``RULES``; seasons and the turn of a century are in
:mod:`timeline.timex.seasons`, which shares this module's year reading; a yearless half or quarter of a game
is told apart in :mod:`timeline.timex.game_periods`).

"the fourth quarter" -> 2018-Q4, "the first two quarters of 1990" -> 1990-H1, "the last half of the '80s"
-> 198 with mod END (1985-1989), "week 46 of 2018" -> 2018-W46, "into the new year" -> 2019 said in
November 2018. Corpus: ``periods.tsv``.

>>> [r.name for r in RULES][:2]
['decade', 'decade-words']
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.timex import eras
from timeline.timex.earnings import as_fiscal
from timeline.timex.eras import (BC, CENTURY_ORDINAL, DECADE_WORD, THE_BEFORE_ADJECTIVE, century_number,
                                decade_digits)
from timeline.timex.game_periods import in_a_game, of_a_thing
from timeline.timex.rule import MONTH_FULL, S, YEAR4, Built, Piece, compile_rule, month_number
from timeline.timex.new_year import RULES as NEW_YEAR_RULES
from timeline.timex.new_year import NewYear  # noqa: F401  (re-exported)
from timeline.timex.values import CalendarDate, Duration, Era, Relative, WeekOf, YearPart

QUARTER_ORDINALS = {"first": "Q1", "1st": "Q1", "second": "Q2", "2nd": "Q2", "third": "Q3", "3rd": "Q3",
                    "fourth": "Q4", "4th": "Q4", "final": "Q4", "last": "Q4"}
# "the back half of the year", "the front half": the second and first halves, as business news writes them
_HALF_ORD = {"first": "H1", "1st": "H1", "second": "H2", "2nd": "H2", "latter": "H2", "last": "H2", "back": "H2",
             "front": "H1"}
_SHIFT = {"this past": -1, "this coming": 1, "this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
# "this past", "next", "last" before a period word; shared with seasons.py, as is year_of
REL_WORD = r"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|current|coming|past|previous))"


def _full_year(written: str) -> int:
    """``2018``, or ``'69`` read as the decade of ``'90s`` is: 20-99 in the 1900s, 00-19 in the 2000s.

    >>> _full_year("'69"), _full_year("\u201919"), _full_year("2018")
    (1969, 2019, 2018)
    """
    digits = written.lstrip("'\u2019")
    if len(digits) == 2:
        return (1900 if int(digits) >= 20 else 2000) + int(digits)
    return int(digits)


def code_year(digits: str) -> int:
    """The year of an analysts' code's two digits ("4Q23", "1H19", "Q3'18"): 70-99 in the 1900s, 00-69 in the 2000s.

    The codes are a habit of earnings reports from the 1970s on, so "2H23" is 2023 and "4Q89" 1989, where a
    decade's "'23" would be the 1920s.

    >>> code_year("23"), code_year("89"), code_year("05")
    (2023, 1989, 2005)
    """
    return (1900 if int(digits) >= 70 else 2000) + int(digits)


def year_of(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The year written with a part ("2018's", "of 2018") or its shift ("next year's").

    Parameters
    ----------
    m : re.Match[str]
        A match that may have the groups ``year``, ``year2``, ``year3`` (a year written), ``rel`` (a shift word
        before the part) and ``rel2`` (after it: "of next year").

    Returns
    -------
    tuple of (int or None, int or None)
        The year written (two digits read as "'69" is), else None and the shift from the DCT's year (0 for
        "of the year"); (None, None) when neither is written.

    >>> quarter = next(r for r in RULES if r.name == "quarter").pattern
    >>> [year_of(quarter.search(t)) for t in ("the fourth quarter of 2018", "next year's first quarter",
    ...                                      "the third quarter of the year", "the second quarter")]
    [(2018, None), (None, 1), (None, 0), (None, None)]
    """
    groups = m.groupdict()  # once: each call builds a dict of every group
    for name in ("year", "year2", "year3"):  # "year3": "first-quarter 2019", the year right after the part
        written = groups.get(name)
        if written:
            return _full_year(written), None
    rel = groups.get("rel")
    if rel:
        return None, _SHIFT[" ".join(rel.lower().split())]
    tail = (groups.get("rel2") or "").lower()
    return None, (_SHIFT.get(tail, 0) if tail else None)  # "of the year": the DCT's


def _quarter(m: re.Match[str]) -> Built:
    year, shift = year_of(m)
    ordinal = m["ord"].lower()
    if m["count"]:  # "the first two quarters of 1990" is the year's first half, which TIMEX3 writes H1
        part = {"first": "H1", "1st": "H1", "last": "H2", "final": "H2"}.get(ordinal)
        if part is None or (year is None and shift is None):
            return None  # alone, "the first two quarters" is a duration as "the first nine months" is (P2Q)
        return YearPart(part=part, year=year, shift=shift if year is None else None)  # type: ignore[arg-type]
    if ordinal == "last" and year is None and shift is None:
        return None  # "the last quarter": the one gone by (relative-quarter); "of 1989" makes it the fourth
    part = QUARTER_ORDINALS.get(ordinal) or "Q" + m["ord"][0]
    if year is None and shift is None and (in_a_game(m) or of_a_thing(m)):
        return None  # "a touchdown in the fourth quarter", "the first quarter of the season": a quarter of a thing
    return as_fiscal(m, YearPart(part=part, year=year, shift=shift if year is None else None),  # type: ignore[arg-type]
                     "fiscal" in m[0].lower() or "financial" in m[0].lower())


_LOWER_WORD_AFTER = re.compile(r"[ \t]{1,3}[a-z]")


def _as_adjective(m: re.Match[str], value: YearPart | Era | CalendarDate | Relative | None) -> Built:
    """"The third-quarter profit", "the second-half outlook": a hyphenated quarter or half before its noun is an
    adjective, and "the" is the noun's (TimeBank marks "third-quarter" alone); else the match's own span."""
    if value is None or m["year"]:
        return value
    head, end = m.string[m.start():m.start("ord")], m.end()
    if not THE_BEFORE_ADJECTIVE.search(head) or m.string[m.end("ord"):m.end("ord") + 1] != "-" \
            or not _LOWER_WORD_AFTER.match(m.string[end:end + 4]) or m.string[end:end + 4].strip() == "of":
        return value
    return (Piece(m.start("ord"), end, value),)


def _half(m: re.Match[str]) -> Built:
    """A half of a year, or of a decade, century or month.

    TIMEX3 has H1 and H2 for years only: "the last half of the '80s" is the decade
    (198) with mod END, and its interval the decade's second half (1985-1989), as
    "the late 1980s" is; "the first half of the century" is the DCT's century with mod
    START, "the second half of November" the month with mod END (16-30 November).
    """
    part = _HALF_ORD[m["ord"].lower()]
    mod = "START" if part == "H1" else "END"
    if m["era"] or m["eraword"]:
        return Era(digits=decade_digits(m["era"] or m["eraword"]), unit="decade", mod=mod)
    if m["cent"]:
        number = century_number(m["cent"])
        return None if number is None else Era(digits=number - 1, unit="century", mod=mod, bc=m["hbc"] is not None)
    if m["month"]:  # "the second half of November": the month, its interval halved by the mod
        return CalendarDate(month=month_number(m["month"]), year=int(m["myear"]) if m["myear"] else None, mod=mod)
    unit = (m["unit"] or m["unit2"] or "").lower()
    shift = _SHIFT[m["rel2"].lower()] if m["rel2"] else 0
    if unit in {"decade", "century", "month"}:  # "the second half of the decade": the DCT's (or the next, the last)
        return Relative(unit=unit, shift=shift, mod=mod)  # type: ignore[arg-type]
    if unit == "year":  # "the first half of the year", "of next year"
        return YearPart(part=part, shift=shift)  # type: ignore[arg-type]
    year, shift = year_of(m)
    if year is None and shift is None and (in_a_game(m) or of_a_thing(m)):
        return None  # "scored in the second half", "the second half of the season": a half of a game or a thing
    return YearPart(part=part, year=year, shift=shift)  # type: ignore[arg-type]


def _century_quarter(m: re.Match[str]) -> Built:
    """"the last quarter of the 20th century": the century (19), quarter 4.

    >>> rule = next(r for r in RULES if r.name == "century-quarter").pattern
    >>> _century_quarter(rule.search("in the last quarter of the 20th century")).model_dump(include={"digits", "quarter"})
    {'digits': 19, 'quarter': 4}
    """
    number = century_number(m["cent"])
    quarter = QUARTER_ORDINALS[m["ord"].lower()]
    return None if number is None else Era(digits=number - 1, unit="century", quarter=int(quarter[1]))


def _quarter_code(m: re.Match[str]) -> Built:
    """The analysts' quarter codes: "3Q", "Q3 2018", "4Q18", "Q3'18" (two digits as in "'69").

    >>> code = next(r for r in RULES if r.name == "quarter-code").pattern
    >>> [_quarter_code(code.search(t)).year for t in ("in 4Q18", "Q3'18", "Q3 2017", "3Q")]
    [2018, 2018, 2017, None]
    >>> [_quarter_code(code.search(t)).year for t in ("in 2018 Q4", "2018-Q4", "Q4 FY19", "Q1 fiscal 2020")]
    [2018, 2018, 2019, 2020]
    >>> [_quarter_code(code.search(t)).year for t in ("FY19 Q4", "FY2019 Q4", "Q3 fiscal year 2019", "Q4 of FY19")]
    [2019, 2019, 2019, 2019]
    """
    written = m["year"] or m["year2"] or m["year3"] or m["year4"] or m["year5"] or m["year6"]
    digits = m["yy"] or m["yy2"] or m["yy4"] or m["yy6"]
    value = YearPart(part="Q" + (m["ord"] or m["ord2"] or m["ord3"]),  # type: ignore[arg-type]
                     year=int(written) if written else code_year(digits) if digits else None)
    return as_fiscal(m, value, fiscal=bool(m["year4"] or m["yy4"] or m["year5"] or m["year6"] or m["yy6"]))


def _relative_quarter(word: str) -> Built:
    if word in {"latest", "most recent"}:  # a quarter that has ended
        return YearPart(part="QX", reference=True, direction="past")
    if word == "the":
        return YearPart(part="QX", reference=True)
    return YearPart(part="QX", shift=_SHIFT[word])


_YEAR_HEAD = rf"(?:(?:(?P<year>{YEAR4})|{REL_WORD}{S}year)(?:['\u2019]s)?{S})?"
# "of 2018", "of fiscal 2018", "of next year", "of the year" (the DCT's)
_YEAR_TAIL = (rf"(?:{S}of{S}(?:(?:(?i:fiscal){S})?(?P<year2>{YEAR4})|(?P<rel2>(?i:the|this|next|last)){S}"
              rf"(?:(?i:fiscal|calendar|financial){S})?(?i:year)(?![-\w'\u2019])))?")
# "the first half of 2016", "... of the '80s", "... of the 20th century", "... of the decade", "... of next year"
_HALF_TAIL = (rf"(?:{S}of{S}(?:(?:(?i:fiscal){S})?(?P<year2>{YEAR4})|(?i:the){S}(?:(?P<era>(?:1\d|20)\d0|['\u2019]\d0)"
              rf"['\u2019]?s|(?P<eraword>{DECADE_WORD})|(?P<cent>{CENTURY_ORDINAL}){S}(?i:century)"
              rf"(?P<hbc>{S}?{BC})?"
              rf"|(?P<unit>(?i:decade|century|year|month)))|(?P<rel2>(?i:this|next|last)){S}"
              rf"(?P<unit2>(?i:year|decade|century|month))|(?P<month>{MONTH_FULL})(?:,?{S}(?P<myear>{YEAR4}))?))?")

def _relative_quarter_words(m: re.Match[str]) -> Built:  # "the quarter ended Sept. 29": its days are stated
    return as_fiscal(m, value, fiscal=False) if isinstance(value := _relative_quarter_word(m), YearPart) else value


def _relative_quarter_word(m: re.Match[str]) -> Built:
    words = m["which"].lower().split()
    unit_word = m[0].split()[-1].lower()
    if unit_word == "period" and words[-1] not in {"latest", "current"}:
        return None  # "the period" names no quarter; "the latest period" does in earnings news
    key = words[-1] if len(words) > 1 or words[0] not in {"the", "that"} else "the"
    if key == "recent":
        key = "most recent"
    if key == "past" or (key == "last" and words[0] == "the"):
        key = "latest"
    return _relative_quarter(key)


def _week_number(m: re.Match[str]) -> Built:
    """"week 46 of 2018", "week 46, 2018": that ISO week (the week of its Thursday, which is in the ISO year).

    "week 46" or "Week 12" alone may count a season's or a trial's weeks: its span is claimed and it gives
    nothing (before, "week" was read as a duration, P1W). "calendar week 12" and "week 46 of the year" are
    :mod:`timeline.timex.isoweek`'s, whose rule reads none of these forms.

    >>> rule = next(r for r in RULES if r.name == "week-number").pattern
    >>> _week_number(rule.search("in week 46 of 2018")).day.day
    15
    """
    if m["year"] is None:
        raise ValueError(f"{m[0]!r} numbers a week of no known year")
    thursday = dt.date.fromisocalendar(int(m["year"]), int(m["n"]), 4)
    return WeekOf(day=CalendarDate(year=thursday.year, month=thursday.month, day=thursday.day))


RULES = eras.RULES + (
    compile_rule("quarter", rf"(?i:the{S})?{_YEAR_HEAD}(?:(?i:fiscal)(?:{S}|-))?(?P<ord>(?i:first|second|third|fourth|"
                 rf"final|last|1st|2nd|3rd|4th))[-\s](?:(?P<count>(?i:two|2)){S})?"
                 rf"(?i:(?:fiscal|calendar|financial)[-\s])?(?i:quarter)s?(?:,?{S}(?P<year3>{YEAR4})(?![-/]\d)|{_YEAR_TAIL})"
                 r"(?!-(?i:century))", lambda m: _as_adjective(m, _quarter(m)), 2),
    # "3Q", "3Q 2018", "4Q18", "Q3", "Q3 2018", "Q3'18" (a space before two digits would be a count: "Q3 18 died")
    # ("2018 Q4", "2018-Q4": the year written first; "Q4 FY19", "Q4 fiscal 2019": the fiscal year's quarter)
    compile_rule("quarter-code", rf"(?P<ord>[1-4])Q(?:(?:{S})?(?P<year>{YEAR4})|['\u2019]?(?P<yy>\d\d))?"
                 rf"|Q(?P<ord2>[1-4])(?:{S}(?P<year2>{YEAR4})|['\u2019](?P<yy2>\d\d)"
                 rf"|(?:{S}(?:of{S})?)?(?:FY['\u2019]?(?:(?P<year4>{YEAR4})|(?P<yy4>\d\d))|(?i:fiscal(?:{S}year)?){S}(?P<year5>{YEAR4})))?"
                 rf"|(?:(?P<year3>{YEAR4})|FY['\u2019]?(?:(?P<year6>{YEAR4})|(?P<yy6>\d\d))(?:['\u2019]s)?)(?:{S}|-)Q(?P<ord3>[1-4])",
                 _quarter_code, 2),
    # "H1 2019", "2H 2019": the analysts' code for a half, read only with its year ("H1" alone is too many things)
    # ("1H19", "H1'19": two digits as the quarter codes write them; "H150" is a model, no year)
    compile_rule("half-code", rf"(?:(?P<ord>[12])H|H(?P<ord2>[12]))(?:{S}?(?P<year>{YEAR4})|(?<=H)['\u2019]?(?P<yy>\d\d)"
                 r"|['\u2019](?P<yy2>\d\d))",
                 lambda m: YearPart(part="H" + (m["ord"] or m["ord2"]),  # type: ignore[arg-type]
                                    year=int(m["year"]) if m["year"] else code_year(m["yy"] or m["yy2"])), 2),
    # "the first quarter of the 21st century": the century, its quarter kept for its days (a quarter of a year has
    # no century after it; "the quarter century" is 25 years, below)
    compile_rule("century-quarter", rf"(?i:the){S}(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
                 rf"{S}(?i:quarter){S}(?i:of){S}(?i:the){S}(?P<cent>{CENTURY_ORDINAL}){S}(?i:century)(?![-\w])",
                 _century_quarter, 3),
    compile_rule("half", rf"(?i:the{S})?{_YEAR_HEAD}(?P<ord>(?i:first|second|latter|last|back|front|1st|2nd))[-\s](?i:half)"
                 rf"{_HALF_TAIL}", lambda m: _as_adjective(m, _half(m)), 1),
    # "the quarter century since 1991", "the past quarter century": 25 years (ending at the DCT after "past"/"last"),
    # not a quarter of the year ("its quarter-century low", hyphenated, is left alone: TimeBank does not mark it)
    compile_rule("quarter-century", r"(?:(?i:the|a)\s+)?(?:(?P<rel>(?i:past|last|previous))\s+)?(?i:quarter)\s"
                 r"(?i:century)(?![-\w])",
                 lambda m: Duration(unit="year", count=25.0, anchored="past" if m["rel"] else "none"), 2),
    compile_rule("relative-quarter", r"(?P<which>(?i:the(?:\s(?:latest|most\s+recent|current|last|previous|past|"
                 r"next|coming))?|this|last|next|that))\s(?i:quarter|period)(?![-\w])(?!\s(?i:century|centuries)\b)",
                 _relative_quarter_words, 0),
    # "the September quarter", "the June quarter": the calendar quarter that month ends
    compile_rule("month-quarter", rf"(?i:the){S}(?P<month>March|June|September|December){S}(?i:quarter)(?![-\w])",
                 lambda m: YearPart(part=f"Q{month_number(m['month']) // 3}"), 2),  # type: ignore[arg-type]
    compile_rule("week-number", rf"(?i:week|wk\.?){S}(?:(?i:no\.?|number){S})?(?P<n>[1-5]?\d)(?![\d.,]\d)"
                 rf"(?:(?:,?{S}|{S}(?i:of){S})(?P<year>{YEAR4}))?", _week_number, 2),
    compile_rule("year-quarter", rf"(?i:the){S}(?P<year>{YEAR4}){S}(?i:quarter|period)(?![-\w])",
                 lambda m: YearPart(part="QX", year=int(m["year"]), reference=True), 1),
) + NEW_YEAR_RULES  # "the new year" (the year), "New Year" (the feast)

"""Bare years and fiscal years as clues to the DCT (corpus: ``years.tsv``).

A year said in a past clause puts the DCT on or after its first day; in a future
clause, on or before its last (a month's or a quarter's, when one precedes it: "began
in March 2017" puts the DCT on or after 1 March 2017, "in the third quarter of 2019"
on or after 1 July 2019). Which clause dates the year:

- the verb before it in its sentence ("was signed in 2016");
- the clause after the comma when the year fronts its sentence ("In 1988, the
  company earned"; "In the 1988 third quarter, it lost");
- "since 1983" opens a span reaching the time of speaking: past, unless the
  clause is future or modal;
- a "when" clause right after the year ("in 1988, when net was below") when
  nothing before it decides.

A fiscal year ("In fiscal 1988, the company earned") is named by the calendar year
in which it ends (most firms) or begins (some, such as Japan's April years), so it
lies within the years before and after its name: past, the DCT is on or after
1 January of the year before; future, on or before 31 December of the year after.
A year a present countdown counts to ("fans are counting down to the 2018 World Cup") is
future. Years after "by", "until", "for", "through", "before", "after", "to" give nothing, also
with a determiner between ("bonds due by 1993" names a deadline, "reviewed security
before the 2020 Olympics" the Games' year, not a time the verb is told in).

A year named with the year it is to the DCT ("last year's 1988 election", "this
year's 2018 midterms", "next year's 1992 Olympics") fixes the DCT's year: 1989, 2018,
1991 (a fiscal or model year, "last year's fiscal 1988 results", need not be the
calendar year, and gives nothing).

>>> from timeline.anchor.settings import AnchorSettings
>>> year_clue("In 1988, the company earned $8 million.", 3, 7, 1988, AnchorSettings()).evidence[-10:]
'1988-01-01'
>>> fiscal_clues("In fiscal 1988, the company earned $8 million.", AnchorSettings())[0].evidence[-10:]
'1987-01-01'
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from timeline.anchor.clues import Clue, bound_clue, publication_dated, tense_phrase
from timeline.anchor.dayset import MONTH_RE, YEAR_RE, month_number
from timeline.anchor.mentions import quote, sentence_around
from timeline.anchor.quotes import inside_quotes, reported_then
from timeline.anchor.settings import AnchorSettings
from timeline.anchor.tense import CLAUSE_FUTURE, Tense, clause, is_modifier, tense_at
from timeline.timex.calendar import month_interval, part_interval, year_interval

# Years after these words are not said to be past or future by the verb ("by 1992", "for 1990").
# A fiscal year ("fiscal year 1989") is read by fiscal_clues, not as the calendar year.
# A determiner may stand between ("after the 2020 Olympics": the year is the Games', not the verb's).
_YEAR_UNTENSED = re.compile(r"\b(?:(?:by|until|till|for|through|before|after|to|beyond)\s+"
                            r"(?:(?:the|its|their|his|her|this|that)\s+)?(?:early|late|mid-?)?"
                            r"|fiscal[\s-]+(?:year)?)\s*$", re.IGNORECASE)
# A year opening its sentence before a comma: the clause after the comma is the one it dates.
_PART = r"(?P<part>first|second|third|fourth|last)\s+(?P<unit>quarter|half)\s+of\s+"
_FRONTED_BEFORE = re.compile(rf"(?:^|[.!?]\s+|\n)(?:In|During)\s+(?:the\s+)?(?:{_PART})?(?:(?:early|late|mid-?)\s*)?"
                             rf"(?:fiscal[\s-]+(?:year\s+)?)?(?:{MONTH_RE}\s+)?$")
_FRONTED_AFTER = re.compile(r"(?:\s+(?:period|quarter|half|year|(?:first|second|third|fourth)\s+(?:quarter|half)))?,")
# A countdown told in the present ("fans are counting down to the 2018 World Cup") counts to a thing
# still ahead; a past one ("fans counted down to ...") may be told long after, so it gives nothing.
_COUNTDOWN = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+(?:now\s+|already\s+|still\s+)?counting\s+down"
                        r"(?:\s+the\s+(?:days|hours|weeks|months))?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_WHEN = re.compile(r",?\s+when\b")
_SINCE = re.compile(rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_RE}\s+)?$", re.IGNORECASE)
_RELATIVE = re.compile(rf"\b(?P<rel>last|this|next|previous|past|coming)\s+year['’]s\s+(?P<y>{YEAR_RE})\b"
                       r"(?![\d%]|[.,:/\-]\d|s\b|\s+(?:fiscal|model)\b)", re.IGNORECASE)
# "this year, in March 2019", "last year (2018)": the year named beside the words is that year.
# "Earlier this year, in March 2019": the month is over; "later this year, in October 2019": it is ahead.
_BESIDE = re.compile(rf"(?:\b(?P<side>earlier|later)\s+)?\b(?P<rel>last|this|next)\s+year\s*(?:,\s*in|\(\s*(?:in\s+)?)"
                     rf"\s*(?:(?:early|late|mid-?)\s*)?(?:(?P<m>{MONTH_RE})\s+)?(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d|s\b|\s*:|\s+(?:dollars|prices|terms|"
                     r"fiscal|model)\b)", re.IGNORECASE)
_OFFSET = {"last": 1, "previous": 1, "past": 1, "this": 0, "next": -1, "coming": -1}
_FISCAL = re.compile(rf"\bfiscal[\s-]+(?:year\s+)?(?P<y>{YEAR_RE})\b(?![\d%]|[.,:/\-]\d|s\b)",
                     re.IGNORECASE)


def year_tense(text: str, start: int, end: int) -> Tense:
    """The tense a bare year at ``[start, end)`` is told in.

    >>> s = "Since 1983, Westinghouse has shed 70 businesses."
    >>> year_tense(s, 6, 10)
    'past'
    """
    fronted = bool(_FRONTED_BEFORE.search(text[max(0, start - 48):start]) and _FRONTED_AFTER.match(text, end))
    tense = tense_at(text, start, end, look_after=fronted)
    when = _WHEN.match(text, end)
    if tense == "unknown" and when:
        # "in 1988, when year-end net was below": the clause about that time tells its tense. Its present
        # is no schedule: "won it in 2015 when the Cup opens in Japan" tells the main clause's time.
        tense = tense_at(text[when.end():when.end() + 80], 0, schedule=False)
    if tense == "unknown" and _SINCE.search(text[max(0, start - 20):start]) and not is_modifier(text, start, end):
        return "unknown" if CLAUSE_FUTURE.search(clause(text, start, end)) else "past"
    return tense


def year_clue(text: str, start: int, end: int, year: int, s: AnchorSettings) -> Clue | None:
    """The clue of the bare year ``year`` at ``[start, end)``, or None when its tense is unclear."""
    from timeline.anchor.genres import speakers_future

    if not s.min_year <= year <= s.max_year:
        return None
    if _COUNTDOWN.search(text[max(0, start - 60):start]):
        tense: Tense = "future"  # "are counting down to the 2018 World Cup": the thing counted to is ahead
    elif _YEAR_UNTENSED.search(text[max(0, start - 16):start]):
        return None
    elif _cover_dated(text, start, end):
        return None
    else:
        tense = year_tense(text, start, end)
    if tense == "unknown" or tense == "future" and speakers_future(text, start, end):
        return None  # a future told by a speaker dated by another year in its sentence is the speaker's (genres.py)
    span = year_span(text, start, year)
    if span is None:
        return None
    first, last = span
    return bound_clue("year", f"{quote(text, start, end)} ({tense_phrase(tense)}):", tense, first, last, s, 3)


_MONTH_BEFORE = re.compile(rf"\b(?P<m>{MONTH_RE})\s+$")


def _cover_dated(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)``, with its month, is a publication's cover date.

    A magazine is out before the month it carries ("first appeared in the March 2019 issue").

    >>> s = "The essay first appeared in the March 2019 issue of Field Notes."
    >>> _cover_dated(s, s.index("2019"), s.index("2019") + 4), _cover_dated("It opened in March 2019.", 19, 23)
    (True, False)
    """
    month = _MONTH_BEFORE.search(text[max(0, start - 12):start])
    return publication_dated(text, start - len(month.group()) if month else start, end)
_PART_BEFORE = re.compile(rf"\b{_PART}$", re.IGNORECASE)


def year_span(text: str, start: int, year: int) -> tuple[dt.date, dt.date] | None:
    """The days the year at ``start`` names: its month's or quarter's when one precedes it ("in December 2018").

    A part that no year has ("the third half of 2019") leaves the whole year; None outside 1..9998.

    >>> year_span("raised rates in December 2018", 25, 2018)
    (datetime.date(2018, 12, 1), datetime.date(2018, 12, 31))
    >>> year_span("sales rose in the third quarter of 2019", 35, 2019)
    (datetime.date(2019, 7, 1), datetime.date(2019, 9, 30))
    >>> year_span("sales fell in the third half of 2019", 32, 2019)
    (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))
    """
    m = _MONTH_BEFORE.search(text[max(0, start - 12):start])
    month = month_number(m["m"]) if m else None
    part = _PART_BEFORE.search(text[max(0, start - 30):start]) if month is None else None
    named = month_interval(year, month) if month is not None else part_interval(year, _part(part)) if part else None
    found = named or year_interval(year)
    return (found.earliest, found.latest) if found and found.earliest and found.latest else None


def _part(match: re.Match) -> str:
    """The TIMEX3 name of "the third quarter", "the last half" (Q3, H2); "the third half" gives H3, no part.

    >>> _part(_PART_BEFORE.search("the last quarter of ")), _part(_PART_BEFORE.search("the first half of "))
    ('Q4', 'H1')
    """
    unit = "Q" if match["unit"].lower() == "quarter" else "H"
    index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(match["part"].lower(), 4 if unit == "Q" else 2)
    return f"{unit}{index}"


def fiscal_clues(text: str, s: AnchorSettings) -> list[Clue]:
    """Clues of fiscal years ("in fiscal 1988"), widened by a year on each side."""
    out = []
    for m in itertools.islice(_FISCAL.finditer(text), s.max_clues):  # a bounded cost per text
        year = int(m["y"])
        if _YEAR_UNTENSED.search(text[max(0, m.start() - 16):m.start()]) or not s.min_year < year < s.max_year:
            continue
        tense = year_tense(text, m.start("y"), m.end("y"))
        if tense != "unknown":
            said = f"{quote(text, m.start(), m.end())} (a fiscal year {year} lies within {year - 1}..{year + 1})"
            out.append(bound_clue("fiscal", f"{said} ({tense_phrase(tense)}):", tense, dt.date(year - 1, 1, 1),
                                  dt.date(year + 1, 12, 31), s, 3))
    return out


def relative_year_clues(text: str, s: AnchorSettings) -> list[Clue]:
    """The DCT's year from a year said to be last, this or next year ("last year's 1988 election": 1989).

    >>> from timeline.anchor.settings import AnchorSettings
    >>> clue = relative_year_clues("Turnout fell from last year's 1988 election.", AnchorSettings())[0]
    >>> clue.intervals, clue.lower and clue.upper
    ([(datetime.date(1989, 1, 1), datetime.date(1989, 12, 31))], True)
    """
    out = []
    found = itertools.chain(_RELATIVE.finditer(text), _BESIDE.finditer(text))
    for m in itertools.islice(found, 2 * s.max_clues):  # a bounded cost per text
        year = int(m["y"]) + _OFFSET[m["rel"].lower()]
        if not s.min_year <= year <= s.max_year:
            continue
        first, last = _this_year_side(m, year)
        if _speakers_time(text, m):
            out.append(Clue("relative year", f"{quote(text, m.start(), m.end())} (the year {m['y']} is "
                                             f"{m['rel'].lower()} year, told in a quotation or of a time the "
                                             f"sentence names): on or after {first.isoformat()}",
                            [(first, dt.date(s.max_year, 12, 31))], True, False, 4))
            continue
        out.append(Clue("relative year", f"{quote(text, m.start(), m.end())} (the year {m['y']} is "
                                         f"{m['rel'].lower()} year): the DCT is in {year}"
                                         + ("" if (first.month, last.month) == (1, 12) else
                                            f", between {first.isoformat()} and {last.isoformat()}"),
                        [(first, last)], True, True, 4))
    return out


def _speakers_time(text: str, m: re.Match) -> bool:
    """Whether "this year" at ``m`` is a speaker's of another time: quoted, reported of another time, or beside a year.

    "In a 2019 interview, the founder said: “Earlier this year, in March 2019, ...”", quoted in 2021, and
    "He told a 2019 hearing that earlier this year, in March 2019, ..." tell the speaker's year, which is
    on or before the DCT's (review H5, session 9): only the lower side holds.

    >>> s = "He told a 2019 hearing that earlier this year, in March 2019, the plant had closed."
    >>> _speakers_time(s, _BESIDE.search(s)), _speakers_time("Earlier this year, in March 2019, it shut.",
    ...                                                       _BESIDE.search("Earlier this year, in March 2019, it shut."))
    (True, False)
    """
    said = sentence_around(text, m.start(), m.end(), 240, quoted=True)
    if inside_quotes(text, m.start()) or reported_then(text, said.start, m.start(), said.end):
        return True  # a quotation or reported speech of another time: the speaker's
    others = re.finditer(r"\b(?:1[89]|20)\d\d\b", text[said.start:said.end])  # any year: "a 2019 hearing"
    return any(not m.start() <= said.start + y.start() < m.end() for y in others)


def _this_year_side(m: re.Match, year: int) -> tuple[dt.date, dt.date]:
    """The DCT's days in ``year``: all of it, or after the month "earlier this year" names, or before "later"'s.

    >>> _this_year_side(_BESIDE.search("Earlier this year, in March 2019, it opened."), 2019)
    (datetime.date(2019, 3, 1), datetime.date(2019, 12, 31))
    >>> _this_year_side(_BESIDE.search("It will open later this year, in October 2019."), 2019)
    (datetime.date(2019, 1, 1), datetime.date(2019, 10, 31))
    """
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    side = (m.groupdict().get("side") or "").lower()
    if not side or not m.groupdict().get("m") or m["rel"].lower() != "this":
        return first, last
    named = month_interval(year, month_number(m["m"]))
    if named is None or named.earliest is None or named.latest is None:
        return first, last
    return (named.earliest, last) if side == "earlier" else (first, named.latest)

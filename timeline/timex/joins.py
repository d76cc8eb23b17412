"""Passes over recognised mentions that join two of them into one expression.

Each takes the mentions of a text in order and gives them back with some pairs
joined: a month and the spelled year after it, a quarter and "a year ago", a
season or month and the BC year after it ("the week of" or "the day before" and a day: :mod:`timeline.timex.around_day`);
and a plural shared: "Monday and Tuesday nights" are two sets, "the second and fourth quarters" two quarters.

>>> from timeline.timex.recognise import recognise
>>> [m.text for m in recognise("In June nineteen ninety-one, and the quarter a year ago, and autumn of 481 BC.")]
['June nineteen ninety-one', 'the quarter a year ago', 'autumn of 481 BC']
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON
from timeline.timex.periods import QUARTER_ORDINALS
from timeline.timex.rule import edge_mod
from timeline.timex.values import CalendarDate, Mention, Offset, Recurrence, Relative, Weekday, YearPart, yearless

# The joins around a named day live beside their week and weekend rules; recognise and anchor_relative import them here.
from timeline.timex.around_day import HolidayWeekend, join_day_next_to, join_week_of  # noqa: F401  (re-exported)


_YEAR_GAP = re.compile(r"^(?:,?\s|\s(?i:of)\s)$")

# Each pass below steps through every mention of a text: the cheap tests come first, and a value's class is told by
# its ``kind`` ("calendar" for a CalendarDate or a subclass: tests/timex/test_speed_joins_kinds.py), as an isinstance
# miss on a pydantic model class costs several times a string compare.


def join_spelled_year(mentions: list[Mention], text: str) -> list[Mention]:
    """"January nineteen ninety-seven", "the winter of nineteen ninety-four": a yearless month or season
    and the spelled year after it are one expression (transcripts spell what print writes in digits)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.rule == "spelled-year" and _YEAR_GAP.match(text[prev.end:m.start])
                and isinstance(prev.value, (CalendarDate, YearPart)) and prev.value.year is None
                and getattr(prev.value, "year_shift", None) is None and getattr(prev.value, "shift", None) is None
                and (prev.value.month if isinstance(prev.value, CalendarDate) else prev.value.part) is not None):
            value = prev.value.model_copy(update={"year": m.value.year, "direction": "auto"})  # type: ignore[union-attr]
            out[-1] = Mention(start=prev.start, end=m.end, text=text[prev.start:m.end], value=value, rule=prev.rule)
            continue
        out.append(m)
    return out


_OF = re.compile(r"^\s(?i:of)\s$")


_REFERENCE_RULES = frozenset({"that-unit", "neighbour"})


def _reference_unit(mention: Mention, unit: str) -> int | None:
    """How many ``unit``s from the text's own ``mention`` is: "that year", "the same month" 0,
    "the following year" 1, "the previous year" -1; None if it is no such words."""
    value = mention.value
    if (mention.rule not in _REFERENCE_RULES or not isinstance(value, Offset) or value.unit != unit
            or value.anchor != "ref" or value.count not in {0, 1}):
        return None
    return 0 if value.count == 0 else value.sign


def join_of_that_year(mentions: list[Mention], text: str) -> list[Mention]:
    """"August of that year", "January 24 of the same year", "March of the following year": a yearless
    day, month or season in the year the text last named (the reference time), or the one after (before)
    it, not the one nearest the DCT; and "the 28th of that month" (:func:`join_day_of_that_month`).

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.of_reference_year) for m in recognise("In 1940 ... in August of that year.")][1]
    ('August of that year', True)
    >>> [(m.text, m.value.reference_year_shift) for m in recognise("In 1955 ... in March of the next year.")][1]
    ('March of the next year', 1)
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        years = _reference_unit(m, "year") if m.rule in _REFERENCE_RULES else None
        if prev is not None and years is not None and _OF.match(text[prev.end:m.start]) and yearless(prev.value):
            value = prev.value.model_copy(update={"of_reference_year": True, "reference_year_shift": years})
            out[-1] = Mention(start=prev.start, end=m.end, text=text[prev.start:m.end], value=value, rule=prev.rule)
            continue
        out.append(m)
    return join_day_of_that_month(out, text)


_DAY_OF = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the)\s(?P<day>[1-3]?\d(?:st|nd|rd|th)|"
                     rf"{LEXICON.pattern('ordinal')})\s(?i:of)\s$")


def join_day_of_that_month(mentions: list[Mention], text: str) -> list[Mention]:
    """"the 28th of that month", "the fifth of the same month": a day of the month the text last named.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.day) for m in recognise("On August 8 ... on the 28th of that month.")][1]
    ('the 28th of that month', 28)
    """
    out: list[Mention] = []
    for m in mentions:
        if m.rule not in _MONTH_RULES:  # the cheap test first: no reference to a month
            out.append(m)
            continue
        shift = _dct_month_shift(m)
        if _reference_unit(m, "month") == 0 or shift is not None:
            hit = _DAY_OF.search(text, max(out[-1].end if out else 0, m.start - 24), m.start)
            day = _day_number(hit["day"]) if hit is not None else None
            if day is not None:
                value = (CalendarDate(day=day, of_reference_month=True) if shift is None
                         else CalendarDate(day=day, dct_month_shift=shift))
                out.append(Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end], value=value,  # type: ignore[union-attr]
                                   rule=m.rule))
                continue
        out.append(m)
    return out


# The rules of the months a day may be "of": "that month" (_reference_unit), "next month" (_dct_month_shift)
_MONTH_RULES = _REFERENCE_RULES | {"calendar-shift"}


def _dct_month_shift(mention: Mention) -> int | None:
    """-1, 0 or 1 for "last month", "this month", "next month" (the DCT's month moved), else None: "the 20th of next
    month" is a day of it (rows in ``relative.tsv``)."""
    value = mention.value
    if mention.rule != "calendar-shift" or not isinstance(value, Relative) or value.unit != "month" \
            or value.part_of_day is not None or value.shift not in {-1, 0, 1}:
        return None
    return value.shift


def _day_number(word: str) -> int | None:
    """The day an ordinal names ("28th", "fifth"), if one of a month's: "the last of that month" is none."""
    number = int(word[:-2]) if word[0].isdigit() else int(LEXICON.lookup("ordinal", word) or 0)
    return number if 1 <= number <= 31 and word.lower() != "last" else None


def join_year_ago(mentions: list[Mention], text: str) -> list[Mention]:
    """"the quarter a year ago", "the period a year earlier": the quarter the text talks about, a year back."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.value.kind == "yearpart" and prev.value.reference
                and prev.value.year is None and isinstance(m.value, Offset) and m.value.unit == "year"
                and m.value.sign < 0 and m.value.count == 1 and text[prev.end:m.start] == " "):
            value = prev.value.model_copy(update={"shift": -1})
            out[-1] = Mention(start=prev.start, end=m.end, text=text[prev.start:m.end], value=value, rule=prev.rule)
            continue
        out.append(m)
    return out


_BC_PART = re.compile(r"(?:^|(?<=[\s(\"']))(?P<w>(?:(?i:the|early|late|mid)[\s-]+)?"
                      rf"(?P<part>{LEXICON.pattern('season')}|{LEXICON.pattern('month', abbreviations=False)}))"
                      r"(?:\s+(?i:of))?,?\s$")


def join_bc_part(mentions: list[Mention], text: str) -> list[Mention]:
    """"autumn of 481 BC", "June 479 BC": a season or month of a year before the common era."""
    out: list[Mention] = []
    for m in mentions:
        if m.value.kind == "bc" and m.value.part is None:
            if out and isinstance(out[-1].value, (YearPart, CalendarDate)) and out[-1].end >= m.start - 4:
                out.pop()  # "late autumn" or "June" read alone, without the year after it
            floor = out[-1].end if out else 0
            hit = _BC_PART.search(text, max(floor, m.start - 30), m.start)
            if hit is not None:
                word = hit["part"]
                month = LEXICON.lookup("month", word)
                part = f"{int(month):02d}" if month else LEXICON.lookup("season", word)
                edge = hit["w"].split()[0].lower().split("-")[0]
                mod = edge_mod(edge) if edge in {"early", "late", "mid"} else None
                value = m.value.model_copy(update={"part": part, "mod": mod})
                out.append(Mention(start=hit.start("w"), end=m.end, text=text[hit.start("w"):m.end], value=value,
                                   rule=m.rule))
                continue
        out.append(m)
    return out


_AND = re.compile(r"^,?\s(?:and|or)\s$|^,\s$")
# The rules whose mention shares_plural joins to a weekday: one of the pair has one of them
_PLURAL_RULES = frozenset({"plural-weekday", "every-weekday"})


def share_plural(mentions: list[Mention], text: str) -> list[Mention]:
    """"on Monday and Tuesday nights": the plural makes both weekdays a set, with the same part of day, and
    "every Tuesday and Thursday" the "every" does; "the second and fourth quarters": the ordinals before a plural
    quarter are quarters too (:func:`share_quarters`).

    >>> from timeline.timex.recognise import recognise
    >>> [m.value.value for m in recognise("The court sits every Tuesday and Thursday.")]
    ['XXXX-WXX-2', 'XXXX-WXX-4']
    """
    out = list(mentions)
    if not any(m.rule in _PLURAL_RULES for m in mentions):
        return share_quarters(out, text)  # no plural weekday, no "every" weekday (most texts)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (isinstance(a.value, Weekday) and a.value.direction == "auto" and a.value.part_of_day is None
                and a.value.date is None and isinstance(b.value, Recurrence) and b.rule == "plural-weekday"
                and _AND.match(text[a.end:b.start])):
            suffix = b.value.value[len("XXXX-WXX-") + 1:]  # "TNI" of XXXX-WXX-2TNI
            value = Recurrence(value=f"XXXX-WXX-{a.value.weekday}{suffix}", quant="EVERY")
            out[i] = Mention(start=a.start, end=a.end, text=a.text, value=value, rule=b.rule)
        elif (isinstance(a.value, Recurrence) and a.rule == "every-weekday" and isinstance(b.value, Weekday)
              and b.value.direction == "auto" and b.value.part_of_day is None and b.value.date is None
              and _AND.match(text[a.end:b.start])):
            # "every Tuesday and Thursday": "every" reaches the weekday listed after it (not a part of the day:
            # "every Monday morning and Friday" does not say Friday's)
            value = Recurrence(value=f"XXXX-WXX-{b.value.weekday}", quant="EVERY")
            out[i + 1] = Mention(start=b.start, end=b.end, text=b.text, value=value, rule=a.rule)
    return share_quarters(out, text)


_ORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"
# Ordinals listed before the last one: "the second and", "the first, second and", "first or"
_ORDINAL_LIST = re.compile(rf"(?:^|(?<=[\s(\"']))(?:(?i:the)\s)?{_ORD}(?:,\s{_ORD})*,?\s(?i:and|or)\s$")
_ORDINAL_WORD = re.compile(_ORD)
_PLURAL_QUARTERS = re.compile(r"(?i:quarters)\b")
# A habitual clause ("is usually conducted in the second and fourth quarters") speaks of every such quarter.
_HABITUAL = re.compile(r"\b(?i:usually|typically|normally|generally|traditionally|customarily|often|tends?\s+to)\b")
_CLAUSE_START = re.compile(r"[.!?;\n]|,\s(?i:but|while|with|whereas)\s")


def share_quarters(mentions: list[Mention], text: str) -> list[Mention]:
    """"the second and fourth quarters": each ordinal before a plural quarter names a quarter of its own.

    They take the year of the last one ("the third and fourth quarters of 1989"). Without a
    year, in a habitual clause ("is usually conducted in the second and fourth quarters") they
    are sets, every such quarter of every year (XXXX-Q2, XXXX-Q4), as a plural weekday is.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.value) for m in recognise("Sales usually peak in the second and fourth quarters.")]
    [('the second', 'XXXX-Q2'), ('fourth quarters', 'XXXX-Q4')]
    >>> [(m.text, m.value.part, m.value.year) for m in recognise("Losses hit the third and fourth quarters of 1989.")]
    [('the third', 'Q3', 1989), ('fourth quarters of 1989', 'Q4', 1989)]
    """
    out: list[Mention] = []
    for m in mentions:
        value = m.value
        if not (m.rule == "quarter" and value.kind == "yearpart" and value.part[0] == "Q" and value.part != "QX"
                and _PLURAL_QUARTERS.search(m.text)):
            out.append(m)
            continue
        floor = out[-1].end if out else 0
        listed = _ORDINAL_LIST.search(text, max(floor, m.start - 48), m.start)
        generic = value.year is None and value.shift is None and _habitual(text, m.start, m.end)
        if listed is not None:
            for n, word in enumerate(_ORDINAL_WORD.finditer(text, listed.start(), listed.end())):
                start = listed.start() if n == 0 else word.start()  # the first ordinal takes its "the"
                part = QUARTER_ORDINALS[word[0].lower()]
                shared = _set_of(part) if generic else value.model_copy(update={"part": part})
                out.append(Mention(start=start, end=word.end(), text=text[start:word.end()], value=shared, rule=m.rule))
        if generic:
            m = m.model_copy(update={"value": _set_of(value.part)})
        out.append(m)
    return out


def _habitual(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` says what usually happens ("usually", "tend to")."""
    before = text[max(0, start - 160):start]
    before = before[max((c.end() for c in _CLAUSE_START.finditer(before)), default=0):]
    after = text[end:end + 80]
    stop = _CLAUSE_START.search(after)
    return _HABITUAL.search(before + " " + after[:stop.start() if stop else len(after)]) is not None


def _set_of(part: str) -> Recurrence:
    """Every quarter ``part`` (Q1-Q4) of every year: a TIMEX3 set."""
    return Recurrence(value=f"XXXX-{part}", quant="EVERY")

"""Relative expressions: "last month", "two days ago", "a week later", "the previous day", "the previous April".

DCT-anchored ones ("ago", "last/this/next") and reference-anchored ones ("later",
"earlier", "the following week": counted from the time the text last talked
about) are told apart here; phase 2 does the arithmetic. Corpus: ``relative.tsv``.
``RULES`` also carries the reference words ("now", "recently": :mod:`timeline.timex.reference_words`)
and the parts of the reference day ("in the morning", "at dawn": :mod:`timeline.timex.reference_parts`),
which :mod:`timeline.timex.scan` reads through this module; the phrases naming the text's year ("for the year",
"the year 2540", "year-end") are :mod:`timeline.timex.the_year`'s, spliced into ``RULES`` where they stood.

>>> {"calendar-shift", "offset", "neighbour", "reference", "dawn-dusk"} <= {r.name for r in RULES}
True
"""

from __future__ import annotations

import re

from timeline.timex.ages import RULES as _AGE_RULES
from timeline.timex.earnings import RULES as _EARNINGS_RULES
from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.names import after_record, fall_is_decline
from timeline.timex.patterns import max_width
from timeline.timex.reference_parts import RULES as _PARTS_OF_DAY_RULES
from timeline.timex.reference_words import RULES as _REFERENCE_WORD_RULES
from timeline.timex.rule import MONTH_FULL, NUM, S, SEASON, UNIT, Built, Piece, compile_rule, month_number
from timeline.timex.the_year import RULES as _THE_YEAR_RULES
from timeline.timex.values import CalendarDate, Duration, Offset, Reference, Relative, YearPart

_SHIFT = {"last": -1, "this past": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
          "next": 1, "coming": 1, "this coming": 1, "the coming": 1}
_REF_UNIT = r"(?P<unit>(?i:day|week|month|year|weekend|decade|morning|afternoon|evening|night))"
_AFTER = {"following": 1, "next": 1, "subsequent": 1, "previous": -1, "prior": -1, "preceding": -1,
          "same": 1}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


# A web page's stamp writes its units in a letter or two ("3h ago", "45m ago", "2d ago"): m is minutes there
_STAMP_UNITS = {"h": "hour", "m": "minute", "d": "day", "w": "week", "mo": "month", "y": "year"}


def _unit(word: str) -> str:
    return LEXICON.lookup("unit", word) or _STAMP_UNITS.get(word.lower()) or word.lower()


def _calendar_shift(m: re.Match[str]) -> Built:
    shift = _SHIFT[" ".join(m["shift"].lower().split())]
    return Relative(unit=_unit(m["unit"]), shift=shift)  # type: ignore[arg-type]


def _offset(m: re.Match[str]) -> Built:
    word = " ".join(m["dir"].lower().split())
    sign = 1 if word in {"later", "after", "from now", "hence", "on"} else -1
    anchor = "dct" if word in {"ago", "back", "from now", "hence"} else "ref"
    if not m["num"] and m["unit"].lower().endswith("s"):
        return None  # "days ago" with no count it can read ("100000 days ago"): vague, never one unit
    count = parse_number(m["num"]) if m["num"] else 1.0
    if word in {"later", "earlier"} and _THAN.match(m.string, m.end()):
        if count is None or not m["num"]:
            return None  # "days later than planned": no count to measure
        # "a week later than planned": how much later, a length, not a date after the text's time
        return (Piece(m.start(), m.end("unit"), Duration(unit=_unit(m["unit"]), count=count)),)  # type: ignore[arg-type]
    if m["num"] and count is None and anchor == "ref":  # "a few days later": after the text's time, not the DCT's
        return Offset(unit=_unit(m["unit"]), count=None, sign=sign, anchor=anchor)  # type: ignore[arg-type]
    if m["num"] and count is None:  # "several years ago": TimeML writes PAST_REF
        return Reference(ref="PAST_REF" if sign < 0 else "FUTURE_REF")
    return Offset(unit=_unit(m["unit"]), count=count, sign=sign, anchor=anchor)  # type: ignore[arg-type]


_THAN = re.compile(r"[ \t]{1,3}(?i:than)\b")
# Pair reaches (timeline.timex.rule.Rule.pair): "three weeks on" and "year on year" are read only where a unit word
# stands this close before the next trigger ("on", or the second unit), not near every unit word (5 ms of a pass)
_UNIT_THEN_ON = max_width(re.compile(rf"{UNIT}\s")) or 0
_UNIT_THEN_ON_OR_OVER = max_width(re.compile(r"(?i:year|month|quarter|week|day)\s(?:on|over)\s")) or 0


_AGO = re.compile(r"(?i)\bago\b")


def _year_earlier(m: re.Match[str]) -> Built:
    """"the year-earlier quarter" counts from the text's time; "the year-ago results" from the DCT."""
    anchor = "dct" if _AGO.search(m[0]) else "ref"
    return Offset(unit="year", count=1.0, sign=-1, anchor=anchor)


def _vague_ago(m: re.Match[str]) -> Built:
    """"days later", "hours later" are after the text's time (FUTURE_REF); "hours ago" is on the DCT's day.

    "hours later" is not made the text's own day: when that time is a year ("In the past year ...
    Hours later") it would read a day of that year and move the story there.

    >>> _vague_ago(re.match(r"(?P<unit>hours) (?P<dir>ago)", "hours ago")).anchor
    'dct'
    """
    if _THAN.match(m.string, m.end()):
        return None  # "days later than planned": how much later, no time ("two days later than" is the offset's)
    if m["unit"].split()[-1].lower() in {"hours", "minutes", "moments", "moment"} and m["dir"].lower() == "ago":  # the DCT's day
        return Offset(unit="day", count=0.0, sign=1, anchor="dct")
    return Reference(ref="PAST_REF" if m["dir"].lower() in {"ago", "back", "earlier"} else "FUTURE_REF")


class NeighbourDecade(Offset):
    """"the previous decade", "the following decade": the decade before (after) the one the text is in.

    After a named decade ("the 1960s ... the following decade") it counts from that decade, as
    any offset does; otherwise from the decade of the text's time, else of the DCT's: said in
    2018, "the previous decade" is the 2000s (200), not the year 2008. Anchored in
    ``anchor_offsets.py``.

    >>> NeighbourDecade(unit="decade", count=1, sign=-1, anchor="ref").unit
    'decade'
    """


def _neighbour(m: re.Match[str]) -> Built:
    """"the following week", "the previous day", "the next morning": one unit from the reference time.

    >>> rule = next(r for r in RULES if r.name == "neighbour").pattern
    >>> _neighbour(rule.search("They met the same day.")).count
    0.0
    """
    which = m["which"].lower()
    unit = m["unit"].lower()
    if unit == "decade" and which != "same":
        return NeighbourDecade(unit="decade", count=1.0, sign=_AFTER[which], anchor="ref")  # type: ignore[arg-type]
    return _from_reference(unit, 0.0 if which == "same" else 1.0, _AFTER[which])


def _that_unit(m: re.Match[str]) -> Built:
    """"that day", "that same week", "that evening": the unit (the part of the day) the text is in."""
    return _from_reference(m["unit"].lower(), 0.0, 1)


def _from_reference(unit: str, count: float, sign: int) -> Offset:
    """``count`` units from the reference time; a part of the day ("morning") is that part of a day.

    >>> _from_reference("morning", 1.0, 1).part_of_day, _from_reference("week", 0.0, 1).unit
    ('MO', 'week')
    """
    part = _PARTS.get(unit)
    return Offset(unit="day" if part else _unit(unit), count=count, sign=sign, anchor="ref",  # type: ignore[arg-type]
                  part_of_day=part)  # type: ignore[arg-type]


def _day_before(m: re.Match[str]) -> Built:
    return Offset(unit="day", count=1.0, sign=-1 if m["dir"].lower() == "before" else 1, anchor="ref")


def _in_units(m: re.Match[str]) -> Built:
    """"in two weeks", "in a month": a date ahead in a future clause; "in years" (no count) is left to the
    vague durations ("the first time in years": PXY, not one year). After an ordinal or superlative
    ("will be the first such visit in a decade", "its lowest level in five years") it is how long since,
    a duration in any tense."""
    if not m["num"] and m["unit"].lower().endswith("s"):
        return None
    count = parse_number(m["num"]) if m["num"] else 1.0
    if count is None:
        return None
    unit = _unit(m["unit"])
    if after_record(m.string, m.start()):
        return Duration(unit=unit, count=count)  # type: ignore[arg-type]
    return Offset(unit=unit, count=count, sign=1, anchor="dct", only_future=True)  # type: ignore[arg-type]


def _vague_period(m: re.Match[str]) -> Built:
    """"in recent years", "the coming months": an unknown number of units before (after) the DCT."""
    future = m["w"].lower() in {"coming", "upcoming", "future"}
    return Duration(unit=_unit(m["unit"]), count=None, anchored="future" if future else "past")  # type: ignore[arg-type]


_FOLLOW = r"(?=\s*(?:[,.;:!?)\"']|$|\s(?:and|but|or|when|as|he|she|they|it|we|i)\b))"


def _named_from_reference(m: re.Match[str]) -> Built:
    """"the previous April", "the following spring": the one before (after) the text's time."""
    direction = "before_ref" if _AFTER[m["which"].lower()] < 0 else "after_ref"
    if m["season"] and m["season"].lower() == "fall" and fall_is_decline(m.string, m.end(), m.end()):
        return None  # "the previous fall in rates": a decline
    if m["month"]:
        return CalendarDate(month=month_number(m["month"]), direction=direction)
    return YearPart(part=LEXICON.lookup("season", m["season"]) or "SP", direction=direction)  # type: ignore[arg-type]


# "that May" may be a name ("hopes that May wins") and "that fall" a verb ("prices that fall"): only
# "that same May", "that same fall" name them; "said that summer camps were full" is a noun's modifier,
# so a lower-case word other than a pronoun or article may not follow
_THAT_NAMED = (rf"(?i:that)\s(?:(?i:same)\s(?:(?P<month>{MONTH_FULL})|(?P<season>{SEASON}))"
               rf"|(?!May\b)(?P<month2>{MONTH_FULL})|(?!(?i:fall)\b)(?P<season2>{SEASON}))(?![-\w])"
               r"(?!\s+(?!(?:the|a|an|and|but|or|when|as|he|she|they|it|we|i|its|their|his|her)\b)[a-z])")


def _that_named(m: re.Match[str]) -> Built:
    """"that same spring", "that April": in the year the text last named."""
    month, season = m["month"] or m["month2"], m["season"] or m["season2"]
    if month:
        return CalendarDate(month=month_number(month), of_reference_year=True)
    return YearPart(part=LEXICON.lookup("season", season) or "SP", of_reference_year=True)  # type: ignore[arg-type]


def _comparison(m: re.Match[str]) -> Built:
    """"year on year", "month over month": two periods compared, which names no time.

    >>> _comparison(re.match("a year on year", "a year on year"))
    Traceback (most recent call last):
    ValueError: 'a year on year' compares two periods
    """
    raise ValueError(f"{m[0]!r} compares two periods")


class RestOf(Relative):
    """"the rest of the year": the DCT's unit from the DCT to its end; TIMEX3 writes the unit (2018), no mod
    ("late" or END would be its last half, wrong said in March). Anchored in ``anchor_relative.py``.

    >>> RestOf(unit="year", shift=0).kind
    'relative'
    """


def _rest_of(m: re.Match[str]) -> Built:
    """"the rest of the year", "the remainder of this month": the unit from the DCT on.

    >>> rule = next(r for r in RULES if r.name == "rest-of-unit").pattern
    >>> _rest_of(rule.search("for the rest of the week")).unit
    'week'
    """
    return RestOf(unit=_unit(m["unit"]), shift=0)  # type: ignore[arg-type]


def _period_edge(m: re.Match[str]) -> Built:
    edge = m["edge"].lower()
    mod = "START" if edge in {"beginning", "start"} else "MID" if edge == "middle" else "END"
    return Relative(unit=_unit(m["unit"]), shift=0, mod=mod)  # type: ignore[arg-type]


_COUNTED = (
    # "for the rest of the year": the span is the whole phrase, as TimeBank writes "the rest of the year"
    compile_rule("rest-of-unit", r"(?i:the)\s(?i:rest|remainder|balance)\s(?i:of)\s(?i:the|this)\s"
                 r"(?P<unit>(?i:year|month|week))(?![-\w'\u2019])", _rest_of, 2),
    compile_rule("period-edge", r"(?i:the)\s(?P<edge>(?i:end|beginning|start|middle))\s(?i:of)\s(?i:the|this)\s"
                 r"(?P<unit>(?i:year|month|week|decade|century))(?![-\w])", _period_edge, 2),
    *_THE_YEAR_RULES,  # "for the year", "the year 2540", "year-end": where they stood
    compile_rule("the-weekend", r"(?:(?i:over|during)\s)?(?P<t>(?i:the)\s(?:(?i:holiday|long)\s)?(?i:weekend))(?![-\w])",
                 lambda m: Relative(unit="weekend", shift=0, by_tense=True), 0),
    # a headline leaves out "the": "Storm Batters Coast Over Weekend", "Talks Drag Into Weekend" (no noun after it)
    compile_rule("bare-weekend", r"(?<![\w-])(?i:over|into|during|through|throughout)\s(?P<t>(?i:weekend))(?![-\w])"
                 r"(?![ \t]+[a-z]{3,})", lambda m: Relative(unit="weekend", shift=0, by_tense=True), 0),
    compile_rule("calendar-shift", r"(?P<shift>(?i:this\s+past|this\s+coming|the\s+coming|last|this|next|current))"
                 rf"{S}(?:(?i:fiscal){S})?(?P<unit>week|month|year|weekend|decade|century|WEEK|MONTH|YEAR|WEEKEND)(?![-\w])",
                 _calendar_shift, 1),  # lower or upper case only: "This Week" in title case names a show
    compile_rule("offset", rf"(?P<num>{NUM})?[-\s]{{0,3}}(?P<unit>{UNIT}|(?<=\d)(?:h|m|d|w|mo|y)(?=\s(?i:ago)\b))"
                 rf"(?:{S}or{S}so)?\s(?P<dir>(?i:ago|earlier|later|back|from\s+now|hence))", _offset, 2),
    # "Three weeks on, the town was quiet", "a year on from the attack": British "on" for "later", only where no
    # object can follow it ("two years on the board", "three days on it" are where, not when)
    # the unit starts a word or follows a digit ("3weeks on"), never a count's letters ("acenturies on"); a rota's
    # "on" is a length at work ("4 days on, 3 days off", "two weeks on/two weeks off"): no offset
    compile_rule("offset-on", rf"(?P<num>{NUM})[-\s]{{0,3}}(?<![A-Za-z])(?P<unit>{UNIT})\s(?P<dir>on)"
                 r"(?=[ \t]?[,;:.!?\u2013\u2014]|\s(?i:from)\s|\s(?:there|little|much|nothing|few|many|not)\b)"
                 rf"(?![ \t]?[,;/\u2013\u2014-]?\s*(?:(?i:and|then)\s+)?(?:{NUM})[-\s]{{0,3}}{UNIT}\s(?i:off)\b)",
                 _offset, 2, pair=_UNIT_THEN_ON),
    # "a year on year rise", "month on month": a comparison of two periods, no time; claimed so that no duration reads
    # "a year" out of it
    compile_rule("unit-on-unit", r"(?:(?i:an?)\s)?(?i:year\s(?:on|over)\syear|month\s(?:on|over)\smonth|"
                 r"quarter\s(?:on|over)\squarter|week\s(?:on|over)\sweek|day\s(?:on|over)\sday)(?![-\w])",
                 _comparison, 3, pair=_UNIT_THEN_ON_OR_OVER),
    compile_rule("year-earlier", r"(?i:the\s+)?(?i:year|twelve\s+months)[-\s](?i:earlier|ago|before)"
                 r"(?:\s(?:(?i:first|second|third|fourth)\s)?(?i:quarter|period|level|month|week))?",
                 _year_earlier, 1),
    *_EARNINGS_RULES,  # "the trailing twelve months", "the prior-year period": right after "the year-earlier"
    compile_rule("vague-ago", r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries|moments|a\s+moment))\s"
                 r"(?P<dir>(?i:ago|earlier|later))", _vague_ago, 0),
    compile_rule("neighbour", r"(?i:the)\s(?P<which>(?i:following|next|subsequent|previous|prior|preceding|same))"
                 rf"\s{_REF_UNIT}(?![-\w])", _neighbour, 1),
    compile_rule("that-unit", rf"(?i:that)\s(?:(?i:same)\s)?{_REF_UNIT}(?![-\w])", _that_unit, 0),
    compile_rule("day-before", rf"(?i:the\s+day)\s(?P<dir>(?i:before|after|following)){_FOLLOW}", _day_before, 1),
    # "the previous April", "the following spring": counted from the text's time ("next April" from the DCT's)
    compile_rule("named-from-reference", r"(?i:the)\s(?P<which>(?i:following|next|subsequent|previous|prior|preceding))"
                 rf"\s(?:(?P<month>{MONTH_FULL})|(?P<season>{SEASON}))(?![-\w])", _named_from_reference, 2),
    compile_rule("that-named", _THAT_NAMED, _that_named, 1),
    # "at month's end", "by month-end": the end of the month the text is in
    compile_rule("month-end", r"(?i:month[-\s]end|month['\u2019]s\s+end)(?![-\w])",
                 lambda m: Offset(unit="month", count=0.0, sign=1, anchor="ref", mod="END"), 1),
    compile_rule("in-units", rf"(?i:in)\s(?P<t>(?P<num>{NUM})?\s?(?P<unit>{UNIT})(?:['\u2019]s?\s(?i:time))?)"
                 rf"(?![-\w])", _in_units, 3),
    compile_rule("vague-period", r"(?:(?i:in)\s+)?(?P<t>(?:(?i:the)\s+)?(?P<w>(?i:recent|coming|upcoming|past))"
                 r"\s(?P<unit>(?i:days|weeks|months|years|decades|quarters)))(?![-\w])", _vague_period, 1),
    # "the week before last", "the year after next": two units from the DCT
    compile_rule("before-last", r"(?i:the)\s(?P<unit>(?i:week|month|year|weekend))\s"
                 r"(?P<dir>(?i:before\s+last|after\s+next))(?![-\w])", lambda m: Offset(unit=_unit(m["unit"]), count=2.0, anchor="dct",  # type: ignore[arg-type]
                                               sign=-1 if m["dir"].lower().startswith("before") else 1), 2),
    # "earlier in the year", "later in the month": the unit the text is in (else the DCT's), up to or
    # from the DCT when it lies in it; "later in the day" is left unmarked, as TimeBank mostly leaves it
    compile_rule("edge-in-the-unit", r"(?i:earlier|later)\s(?i:in)\s(?i:the)\s(?P<unit>(?i:week|month|year))(?![-\w'\u2019])",
                 lambda m: Offset(unit=_unit(m["unit"]), count=0.0, sign=1, anchor="ref"), 1),  # type: ignore[arg-type]
)

# The rules :mod:`timeline.timex.scan` reads from this module. Rules of one span and priority are taken in this
# order; none of the counted rules can match the very span of a reference word or a part of the day.
RULES = _COUNTED + _REFERENCE_WORD_RULES + _PARTS_OF_DAY_RULES + _AGE_RULES

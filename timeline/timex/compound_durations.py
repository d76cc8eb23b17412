"""Compound durations: "two hours and 14 minutes", "1 hour 30 minutes", "3 days, 4 hours", "20 years, 3 months
and 2 days": whole counts of ever finer units read as one duration, as TimeML writes it (P20Y3M2D, P3DT4H).

The units are those one ISO 8601 period joins (:data:`~timeline.timex.values.COMPOUND_UNITS`): "two years and
three weeks" stays two durations (weeks stand alone in ISO 8601). A part larger than the unit above it holds
("2 years and 14 months") makes no compound, nor does a list of two lengths ("between 2 hours and 30 minutes",
"3 days, 4 hours a day"), nor two phrases
a comma parts ("Over the past 2 years, 3 months were lost": a verb follows). An age ("3 months and 2 days old") is
claimed and gives nothing, as a person's age does (over 122 years, a thing's: a length). Followed by "later",
"earlier" or "ago" the compound is an offset (:class:`CompoundOffset`: "3 months and 2 days later"). Told as a modifier ("a 1 hour 30 minute flight", "a 2-hour,
15-minute speech"), every unit is singular. Corpus: ``durations.tsv``.

>>> [(p.unit, p.count, p.parts) for p in map(_compound, RULE.pattern.finditer("It took nine months and 12 days."))]
[('month', 9.0, (('day', 12),))]
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.timex.lexicon import LEXICON, parse_number
from timeline.timex.patterns import spaced_width
from timeline.timex.rule import NUM, UNIT, Built, compile_rule
from timeline.timex.anchoring import Context, anchor
from timeline.timex.calendar import Resolved, day_interval, shift
from timeline.timex.values import COMPOUND_UNITS, Duration, Offset, Unit

# How many of a finer unit a part may count after a coarser one ("2 years and 14 months" is no compound); a pair
# not listed ("2 years and 5 hours") joins no compound
_AT_MOST = {("year", "month"): 11, ("year", "day"): 365, ("month", "day"): 30, ("day", "hour"): 23,
            ("day", "minute"): 1439, ("hour", "minute"): 59, ("hour", "second"): 3599, ("minute", "second"): 59}
# Between two parts: "and", a comma, both, or a blank ("1 hour 30 minutes")
_GAP = r"(?:,?\s(?i:and)\s|,\s|\s)"
_PART = rf"{NUM}[-\s]{UNIT}"
_ONE_PART = re.compile(rf"(?P<num>{NUM})[-\s](?P<unit>{UNIT})")
# After the last part: no offset word ("3 months and 2 days later"; "after"/"before" an event stay: TimeML marks
# "12 years and 9 days after the crash" a DURATION), no age ("-old"), and no further part (a
# longer list of lengths that made no compound leaves its parts alone, not a shorter compound at its head)
_NOT_AFTER = (rf"(?![-\w])(?:\s(?P<off>(?i:ago|earlier|later))(?![-\w]))?(?!\s(?i:ago|earlier|later|from)\b)"
              rf"(?!{_GAP}{_PART})")
# Over this many years an age is a thing's, a length ("The bridge is 150 years and 3 months old")
_OLDEST = 122
# An age: the compound is a person's ("The baby was 3 months and 2 days old"), claimed so no part is read alone
_AGE_AFTER = re.compile(r"[ \t]+old\b")
# A verb after parts a comma alone joins, at a sentence's start or after its opening preposition: the comma closes
# the phrase, the second part begins a clause ("After 2 days, 3 hours were added"; "Her time of 2 hours, 1 minute
# was a record" is one length)
_OPENING_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n)(?:(?i:after|over|within|in|for|during|since)\s+"
                             r"(?:(?i:the)\s+)?(?:(?i:past|last|first|next|previous)\s+)?)?$")
_VERB_AFTER = re.compile(r"[ \t]+(?i:were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|"
                         r"remain|remained|remains|passed|pass|elapsed|went|followed)\b")
# A modifier's compound, all units singular, before the noun it modifies: "a 1 hour 30 minute flight"
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")
# A part after a comma alone may begin a list's next item: "In 3 days, 4 hours of footage", "3 days, 4 hours a day"
_LIST_ITEM_AFTER = re.compile(r"\s(?i:of|a|an|per|each|every)\b")
_BETWEEN_BEFORE = re.compile(r"(?i:between)\s$")


def _compound(m: re.Match[str]) -> Built:
    """Whole counts of ever finer units as one :class:`Duration`: the first unit's count and the finer ``parts``.

    >>> [_compound(RULE.pattern.search(t)).parts for t in ("two hours and 14 minutes", "3 days, 4 hours")]
    [(('minute', 14),), (('hour', 4),)]
    >>> [_compound(RULE.pattern.search(t)) for t in ("3 years and 14 months", "2 months and a year")]
    [None, None]
    """
    parts, commas, end = [], False, 0
    modifier = all(not p["unit"].lower().endswith("s") for p in _ONE_PART.finditer(m[0])) \
        and _NOUN_AFTER.match(m.string, m.end()) is not None
    for part in _ONE_PART.finditer(m[0]):
        commas, end = commas or m[0][end:part.start()] == ", ", part.end()  # a comma alone between two parts
        unit, count = LEXICON.lookup("unit", part["unit"]), parse_number(part["num"])
        if unit not in COMPOUND_UNITS or count is None or count != int(count) or count < 1 \
                or (part["unit"].lower().endswith("s") != (count != 1) and not modifier):  # "1 hours", "2 day"
            return None
        if parts and not count <= _AT_MOST.get((parts[-1][0], unit), 0):
            return None  # a finer unit only, and fewer of it than the coarser unit holds
        parts.append((unit, int(count)))
    if len(parts) < 2 or _BETWEEN_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) \
            or (commas and (_LIST_ITEM_AFTER.match(m.string, m.end()) or _clause_after(m))):
        return None
    if m["off"]:  # "three months and two days later": the finest part counted after the coarser ones
        word = m["off"].lower()
        return CompoundOffset(unit=parts[-1][0], count=float(parts[-1][1]), sign=1 if word == "later" else -1,
                              anchor="dct" if word == "ago" else "ref", coarser=tuple(parts[:-1]))  # type: ignore[arg-type]
    age = _AGE_AFTER.match(m.string, m.end()) or m[0].lower().endswith("-old")
    if age and not (parts[0][0] == "year" and parts[0][1] > _OLDEST):
        raise ValueError(f"{m[0]!r} old: a person's age")  # claimed, so that no part is read alone
    return Duration(unit=parts[0][0], count=float(parts[0][1]), parts=tuple(parts[1:]))  # type: ignore[arg-type]


class CompoundOffset(Offset):
    """"three months and two days later", "two years and six months ago": an offset of a compound length, its finest
    part the offset's own count and unit, the coarser ones ``coarser``; anchored by :func:`_anchor_compound` below.

    >>> [(o.unit, o.count, o.coarser) for o in map(_compound, RULE.pattern.finditer("Three months and 2 days later"))]
    [('day', 2.0, (('month', 3),))]
    """

    coarser: tuple[tuple[Unit, int], ...] = ()


def _anchor_compound(value: CompoundOffset, ctx: Context) -> Resolved | None:
    """The day the coarser parts lead to from the reference day (the DCT for "ago"), then the finest part counted
    from there as any offset is; with no day to count from, as the finest part alone is read (after an untold time:
    FUTURE_REF, PAST_REF).

    >>> import datetime as dt
    >>> from timeline.timex.settings import TimexSettings
    >>> from timeline.timex.calendar import day_interval
    >>> ctx = Context(dct=dt.date(2018, 11, 15), tense_of=lambda: "past", ref=day_interval(dt.date(2018, 1, 5)),
    ...               settings=TimexSettings())
    >>> later = CompoundOffset(unit="day", count=2.0, sign=1, anchor="ref", coarser=(("month", 3),))
    >>> _anchor_compound(later, ctx).value, _anchor_compound(later, ctx._replace(ref=None)).value
    ('2018-04-07', 'FUTURE_REF')
    """
    plain = Offset(unit=value.unit, count=value.count, sign=value.sign, anchor=value.anchor, mod=value.mod)
    start = ctx.ref if value.anchor == "ref" else day_interval(ctx.dct) if ctx.dct is not None else None
    if start is None or start.earliest is None or start.earliest != start.latest:
        return _OFFSET_ANCHOR(plain, ctx)
    day: dt.date | None = start.earliest
    for unit, count in value.coarser:
        day = shift(day, unit, value.sign * count) if day is not None else None
    if day is None:
        return None
    return _OFFSET_ANCHOR(plain, ctx._replace(ref=day_interval(day)) if value.anchor == "ref" else ctx._replace(dct=day))


_OFFSET_ANCHOR = anchor.dispatch(Offset)
anchor.register(CompoundOffset, _anchor_compound)


def _clause_after(m: re.Match[str]) -> bool:
    """Whether a verb follows the parts and a sentence or its opening preposition precedes them: two phrases.

    >>> texts = ("After 2 days, 3 hours were added.", "A time of 2 hours, 1 minute was set.")
    >>> [_clause_after(RULE.pattern.search(t)) for t in texts]
    [True, False]
    """
    return _VERB_AFTER.match(m.string, m.end()) is not None \
        and _OPENING_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None


# How far a compound's next unit word starts after one unit word (a run of blanks counted once, as reaches are)
UNIT_TO_UNIT = spaced_width(rf"{UNIT}{_GAP}{NUM}[-\s]") or 0
# read only where two unit words stand close (any one unit word would open a window for it: ~5 ms a TBAQ pass)
RULE = compile_rule("compound-duration", rf"{_PART}(?:{_GAP}{_PART}){{1,5}}(?:-(?i:old)\b)?{_NOT_AFTER}", _compound, 2,
                    UNIT_TO_UNIT)

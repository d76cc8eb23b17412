"""Times of day: "15:00 GMT", "3:30 p.m.", "noon", "midnight", "4 in the morning".

A time next to a day ("15:00 GMT Saturday", "noon Thursday", "10 p.m. Wednesday")
is joined to it by the recogniser, so it anchors to that day. Corpus: ``times.tsv``.

>>> [r.name for r in RULES]
['clock-ampm-range', 'clock-ampm', 'clock-24h', 'clock-dotted', 'clock-pair', 'wire-clock', 'military-clock', 'noon-midnight', 'o-clock', 'clock-words']
"""

from __future__ import annotations

import re

from timeline.timex.clock_days import dotted_clock
from timeline.timex.dated_weekday import weekday_number
from timeline.timex.game_periods import race_or_verse
from timeline.timex.lexicon import parse_number
from timeline.timex.names import in_title
from timeline.timex.rule import MONTH, WEEKDAY_FULL, S, Built, Piece, compile_rule
from timeline.timex.values import Clock, Weekday

# US news writes the zone without its season ("3:45 p.m. ET", "11 a.m. PT"); wire copy writes GMT or UTC
_ZONE = (r"(?:(?P<zone>GMT|UTC|UT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT|BST|CET|CEST|MSK|IST|JST|KST|HKT|SGT|"
         r"AEST|AEDT|Z)(?![a-zA-Z]))")
# "(?:{S})?", never "{S}?": S ends in a quantifier, so "{S}?" is a lazy one that still needs a space. A zone in
# brackets takes both ("10:30 (GMT)"); a bracket the clock did not open stays outside ("(19:00 GMT)." ends at "GMT")
ZONE_NAMES = _ZONE.replace("(?P<zone>", "(?:")
_ZONE_WRITTEN = (rf"(?:(?:{S})?(?:\((?={ZONE_NAMES}\)))?{_ZONE}"
                 r"(?:(?:(?<=\([A-Z])|(?<=\([A-Z]{2})|(?<=\([A-Z]{3})|(?<=\([A-Z]{4}))\))?)")
_ZONE_TAIL = rf"{_ZONE_WRITTEN}?"
_HRS = r"(?:[ \t]{0,3}(?i:hrs|h))?"  # "05:30hrs", "05:30 hrs": military and police style


def _ampm(m: re.Match[str]) -> Built:
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return Clock(hour=hour, minute=int(m["min"] or 0), zone=m["zone"])


def _ampm_range(m: re.Match[str]) -> Built:
    """"9 a.m.-5 p.m. Saturday": two clocks joined by a dash with no space, each with its half of the day. The
    dash hides the first clock's last stop and the second clock's start from the clock rule's boundaries, so
    the pair is read here; a zone or a weekday written once, after the second, is both ends'.

    >>> rule = next(r for r in RULES if r.name == "clock-ampm-range").pattern
    >>> [(p.start, p.end, p.value.hour, p.value.day.weekday) for p in _ampm_range(rule.search("9 a.m.-5 p.m. Saturday"))]
    [(0, 6, 9, 6), (7, 22, 17, 6)]
    """
    day = Weekday(weekday=weekday_number(m["day"])) if m["day"] else None
    clocks = []
    for h, minute, half in ((m["h1"], m["m1"], m["p1"]), (m["h2"], m["m2"], m["p2"])):
        hour = int(h)
        if not 1 <= hour <= 12:
            return None
        clocks.append(Clock(hour=hour % 12 + (12 if half.lower().startswith("p") else 0), minute=int(minute or 0),
                            zone=m["zone"], day=day))
    return (Piece(m.start("a"), m.end("a"), clocks[0]), Piece(m.start("b"), m.end(), clocks[1]))


def _clock24(m: re.Match[str]) -> Built:
    """"09:30 GMT", "05:30hrs"; and a range of two, "19:00-03:00hrs", whose zone or "hrs" written once is both ends'.

    An end earlier than the start ("19:00-03:00") is on the next day, but a time without a day
    falls on the reference day (or the DCT) and :class:`Clock` has no "one day later": both ends
    stay on the same day (``XXXX-XX-XXT03:00`` without a DCT), the second end's day left to the text.
    """
    first = Clock(hour=int(m["h"]), minute=int(m["min"]), zone=m["zone"])
    if m["h2"] is None:
        if m.end() == m.end("sec" if m["sec"] else "a") and race_or_verse(m.string, m.start(), m.end(), m["sec"]):
            raise ValueError(f"{m[0]!r} is a verse or a race time")  # claimed: no rule reads a number in it
        return first
    second = Clock(hour=int(m["h2"]), minute=int(m["min2"]), zone=m["zone"])
    return (Piece(m.start("a"), m.end("a"), first), Piece(m.start("b"), m.end(), second))


def _clock_pair(m: re.Match[str]) -> Built:
    """"between 2 and 3 a.m.", "from 9 to 11 p.m.": the first hour takes the second's half of the day, the
    other half when it is later than the second ("between 11 and 1 p.m." starts at 11 a.m.). The second
    end is the clock rule's; the recogniser links the two as a range.

    >>> rule = next(r for r in RULES if r.name == "clock-pair").pattern
    >>> _clock_pair(rule.search("between 11:30 and 1 p.m.")).hour, _clock_pair(rule.search("from two to three p.m.")).hour
    (11, 14)
    """
    h1, h2 = _hour_of(m["h1"]), _hour_of(m["h2"])
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12) or h1 == h2:
        return None
    pm = m["ampm"].lower().startswith("p")
    other_half = h1 % 12 > h2 % 12  # "11 and 1 p.m.": the first end is in the other half of the day
    return Clock(hour=h1 % 12 + (12 if pm != other_half else 0), minute=int(m["m1"] or 0))


def _wire_clock(m: re.Match[str]) -> Built:
    """"1500 GMT", "0830 local time": wire copy writes a clock without its colon, always with a zone or
    "local time" after it (without one, "1500" is a year or a count)."""
    return Clock(hour=int(m["h"]), minute=int(m["min"]), zone=m["zone"])


# "high noon comes today", "it is high noon for the euro": the showdown, a figure of speech; "at high noon" is the hour
_HIGH_BEFORE = re.compile(r"(?<!(?i:at) )(?i:high)[ \t]$")


def _noon(m: re.Match[str]) -> Built:
    """Noon or midnight, as a clock; "High Noon" (a film) and "high noon" (a showdown) are none.

    >>> rule = next(r for r in RULES if r.name == "noon-midnight").pattern
    >>> [_noon(rule.search(t)) is None for t in ("It is high noon for the euro.", "They met at high noon.")]
    [True, False]
    """
    if m["w"][0].isupper() and in_title(m.string[max(0, m.start() - 30):m.start()]):
        return None  # "High Noon", a film
    if _HIGH_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    word = m["w"].lower()
    if word == "midnight" and opens_the_day(m.string, m.start(), m.end()):
        return Clock(hour=0, minute=0)
    return Clock(hour=24 if word == "midnight" else 12, minute=0)


# "shortly after midnight on Sunday", "just past midnight Saturday": what happened after a midnight said with the day
# it happened on was in that day's first minutes, so the midnight is the one that opens it (T00:00); "at", "by",
# "before midnight Sunday" keep the one that closes it (T24:00, as a deadline's)
_AFTER_WORD = re.compile(r"(?<![\w-])(?i:after|past|since)[ \t]{1,3}$")
_DAY_NAMED = re.compile(rf"[ \t]{{1,3}}(?:(?i:on)[ \t]{{1,3}})?(?:{WEEKDAY_FULL}|{MONTH}\.?[ \t]{{1,3}}\d)")


def opens_the_day(text: str, start: int, end: int) -> bool:
    """Whether the midnight at ``text[start:end]`` opens the day named right after it ("after" before it).

    Returns
    -------
    bool
        True for "after midnight on Sunday"; False with no day after (the anchoring reads the tense) or no "after".

    >>> [opens_the_day(t, t.index("midnight"), t.index("midnight") + 8) for t in (
    ...     "shortly after midnight on Sunday", "just past midnight Nov. 11", "before midnight Sunday", "after midnight.")]
    [True, True, False, False]
    """
    return _AFTER_WORD.search(text, max(0, start - 8), start) is not None and _DAY_NAMED.match(text, end) is not None


_H24 = r"(?:[01]?\d|2[0-3])"

# The hours a clock face names in words; what each is worth is the lexicon's (parse_number), as for any count
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()


def _oclock_words(m: re.Match[str]) -> Built:
    raw = m["h"]
    if raw is None or "Clock" in m[0]:
        return None  # "the Ten O'Clock News": a title-cased clock names a programme
    hour = _hour_of(raw)
    part = (m["part"] or "").lower()
    if part in {"afternoon", "evening"} and hour < 12:
        hour += 12
    elif not part and _evening_after(m):
        hour += 12
    return Clock(hour=hour, minute=int(m["min"] or 0))


# "eight o'clock last night", "at ten tonight", "nine o'clock on Sunday evening": the day joined after the clock
# names its evening, so an hour from six to eleven written without "p.m." is the evening's
_EVENING_AFTER = re.compile(r"[ \t]+(?:(?i:last)[ \t]+(?i:night)|(?i:tonight)|(?i:this)[ \t]+(?i:evening)|"
                            r"(?:(?i:on)[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+(?i:night|evening))\b")


def _evening_after(m: re.Match[str]) -> bool:
    """Whether an hour from six to eleven is followed by the evening or night of a day ("last night")."""
    number = _hour_of(m["h"]) if m["h"] else 0
    return 6 <= number <= 11 and _EVENING_AFTER.match(m.string, m.end()) is not None


_HOUR_NAMES = "(?i:" + "|".join(_HOUR_WORDS) + ")"
_HOUR_WORD = rf"{_HOUR_NAMES}(?![-\w])"
# The parts of an hour a clock says in words ("half past six", "a quarter to nine"); other minutes are counts
_HOUR_PARTS = {"half": 30, "quarter": 15, "a quarter": 15}
# A count of minutes before "past"/"to" says the hour only with a cue: "ten to five" is as often a range
# ("ten to five years"); "half past six" and "a quarter to nine" are always times.
_CUE_BEFORE = re.compile(r"(?i:\b(?:at|by|until|till|from|since|before|after|around|about|approximately|shortly|just|"
                         r"close\s+to|nearly))[ \t]+$")
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:%|(?i:percent|per[ \t]+cent|points?|percentage|million|billion|thousand|times)\b)")
# minutes written after the hour: "nine thirty", "nine-thirty a.m.", "seven fifteen"
_AFTER_WORDS = r"(?i:fifteen|twenty[- ]five|twenty|thirty[- ]five|thirty|forty[- ]five|forty|fifty[- ]five|fifty)"
_AMPM = r"(?i:a\.m\.?|p\.m\.?|am|pm)"
_TAIL = (rf"(?:(?P<oc>[ \t]+(?i:o['\u2019]clock))?(?:[ \t]*(?P<ampm>{_AMPM})(?![a-zA-Z])|"
         r"[ \t]+(?i:in[ \t]+the)[ \t]+(?P<part>(?i:morning|afternoon|evening))|[ \t]+(?i:at)[ \t]+(?P<night>(?i:night))"
         r"(?![-\w]))?)")


def _hour_of(word: str) -> int:
    """The number a clock's digits or hour word names ("7", "seven"): the lexicon's count, whole.

    >>> _hour_of("07"), _hour_of("Eleven")
    (7, 11)
    """
    return int(parse_number(word) or 0)


def _clock_words(m: re.Match[str]) -> Built:
    """"at ten o'clock", "half past six in the evening", "a quarter to nine p.m.", "six p.m.": a clock in words.

    The hour and minutes as written, on the clock's half of the day that "p.m.", "in the evening" or
    "at night" names; with none, the hour as written, as "7 o'clock" is.

    >>> rule = next(r for r in RULES if r.name == "clock-words").pattern
    >>> [(c.hour, c.minute) for c in (_clock_words(rule.search(t)) for t in (
    ...     "at half past six in the evening", "a quarter to nine", "at ten o'clock p.m.", "at nine-thirty a.m."))]
    [(18, 30), (8, 45), (22, 0), (9, 30)]
    >>> _clock_words(rule.search("sentenced to ten to five years")) is None
    True
    """
    if "Clock" in m[0]:
        return None  # "the Ten O'Clock News": a title-cased clock names a programme
    hour = _hour_of(m["h"] or m["hd"])
    if not 1 <= hour <= 12:
        return None
    tail = m["oc"] or m["ampm"] or m["part"] or m["night"]
    if not tail and _AMOUNT_AFTER.match(m.string, m.end()):
        return None  # "from a quarter to nine percent": a range of amounts
    cued = _CUE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
    minutes = 0
    if m["after"]:  # "nine thirty": with a cue or a tail only ("the five thirty-somethings" is none)
        if not (tail or cued):
            return None
        minutes = _hour_of(m["after"])  # "thirty", "forty-five", "fifty five": the lexicon's counts
    elif m["mins"]:
        words = " ".join(m["mins"].lower().split())
        counted = words not in _HOUR_PARTS
        if counted and not tail and not cued:
            return None  # "ten to five years": a range of counts
        minutes = _HOUR_PARTS.get(words) or _hour_of(m["n"] or words)
        if not 0 < minutes < 60:
            return None
        if m["rel"].lower() in {"to", "before", "till", "of"}:
            hour, minutes = hour - 1 or 12, 60 - minutes
    elif m["hd"] and not m["ampm"]:
        return None  # "7 o'clock", "4 in the morning" are the o-clock rule's
    elif not tail and not (cued and _evening_after(m)):
        return None  # "six" alone is a count; "at ten tonight" is a clock, the evening's
    return Clock(hour=_half_of_day(hour, m), minute=minutes)


def _half_of_day(hour: int, m: re.Match[str]) -> int:
    """The 24-hour clock's hour of ``hour`` (1-12), on the half of the day the words after it name."""
    if m["ampm"]:
        return hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    if m["part"] and m["part"].lower() != "morning" or m["night"] and 6 <= hour <= 11:
        return hour % 12 + 12
    if m["night"] and hour == 12:
        return 24  # "twelve at night": midnight, as the noon-midnight rule writes it
    return hour + 12 if not m["part"] and not m["night"] and _evening_after(m) else hour



RULES = (
    # "9 a.m.-5 p.m. Saturday": the dash between the clocks allows no boundary the clock rule needs
    compile_rule("clock-ampm-range", rf"(?P<a>(?P<h1>[01]?\d)(?:[:.](?P<m1>[0-5]\d))?\s?(?P<p1>{_AMPM}))\s?[-\u2013]\s?"
                 rf"(?P<b>(?P<h2>[01]?\d)(?:[:.](?P<m2>[0-5]\d))?\s?(?P<p2>{_AMPM}))(?![a-zA-Z]){_ZONE_TAIL}"
                 rf"(?:[ \t](?:(?i:on)[ \t])?(?P<day>{WEEKDAY_FULL}))?", _ampm_range, 3),
    compile_rule("clock-ampm", rf"(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?\s?(?P<ampm>{_AMPM})"
                 rf"(?![a-zA-Z]){_ZONE_TAIL}", _ampm, 2),
    compile_rule("clock-24h", rf"(?P<a>(?P<h>{_H24}):(?P<min>[0-5]\d))(?P<sec>:[0-5]\d)?"
                 rf"(?:{_HRS}\s?[-\u2013]\s?(?P<b>(?P<h2>{_H24}):(?P<min2>[0-5]\d)))?{_HRS}{_ZONE_TAIL}", _clock24, 1),
    # "10.30 GMT", "starts at 10.30": British papers write the clock with a stop (clock_days.dotted_clock)
    compile_rule("clock-dotted", rf"(?P<h>{_H24})\.(?P<min>[0-5]\d){_ZONE_TAIL}", dotted_clock, 1),
    # "between 2 and 3 a.m.": the first end's half of the day is written once, after the second
    # and in words: "from two to three p.m."
    compile_rule("clock-pair", rf"(?i:between|from)\s(?P<t>(?P<h1>[01]?\d|{_HOUR_WORD})(?::(?P<m1>[0-5]\d))?)(?=\s(?i:and|to)\s"
                 rf"(?P<h2>[01]?\d|{_HOUR_NAMES})(?::[0-5]\d)?\s?(?P<ampm>{_AMPM})(?![a-zA-Z]))",
                 _clock_pair, 3),
    # "1500 GMT", "0800 GMT on Tuesday", "0930 local time": the zone makes the four digits a clock, not a year
    compile_rule("wire-clock", rf"(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?:(?:{S})?{_ZONE}|(?={S}(?i:local{S}time)\b))",
                 _wire_clock, 2),
    # "at 0300 hours": the military clock, after a cue of a point in time ("1500 hours of video" counts hours); after
    # "about", "around", "after" alone only with its leading zero ("logged about 1500 hours", "fails after 1000 hours"
    # count hours: a count is round as often as a clock is), "at about 1500 hours" is the clock again
    compile_rule("military-clock", r"(?:(?<=\b[Aa]t )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\bat around )|(?<=\bat about )|"
                 r"(?:(?<=\baround )|(?<=\babout )|(?<=\bafter ))(?=0))"
                 rf"(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?P<zone>){S}(?i:hours|hrs)(?![-\w])(?!{S}(?i:of|a|per|in)\b)",
                 _wire_clock, 2),
    # ("at 12 noon", "by 12 midnight": the hour written before the word is the clock's, after a time preposition only,
    # so that "Dec. 12 midnight" keeps its day)
    # (also after "the", "is", "was", "opens", "closes": "the 12 noon train", "the deadline is 12 midnight Friday")
    compile_rule("noon-midnight", rf"(?:(?:(?<=at )|(?<=by )|(?<=until )|(?<=after )|(?<=before )|(?<=from )|(?<=around )"
                 r"|(?<=the )|(?<=is )|(?<=was )|(?<=opens )|(?<=closes ))"
                 rf"12{S})?(?P<w>(?i:noon|midnight|midday))(?![-\w])(?:{S}{_ZONE})?", _noon, 1),
    # ("3:16 in the afternoon": a clock's minutes too, the part of the day its half, as "4 in the afternoon")
    compile_rule("o-clock", rf"(?P<h>[01]?\d|{'|'.join(_HOUR_WORDS)})?(?:(?<=\d):(?P<min>[0-5]\d)(?=\s(?i:in)\s))?"
                 r"(?:\s(?i:o['\u2019]clock)|\s(?i:in\s+the)\s(?P<part>(?i:morning|afternoon|evening)))",
                 _oclock_words, 1),
    # "half past six", "a quarter to nine p.m.", "twenty past ten in the morning", "at ten o'clock p.m.", "six p.m."
    compile_rule("clock-words", r"(?:(?P<mins>(?i:half|(?:a[ \t]+)?quarter|twenty[- ]five|twenty|ten|five)|(?P<n>[1-5]?\d|"
                 rf"{_HOUR_NAMES})[ \t]+(?i:minutes?))[ \t]+(?P<rel>(?i:past|after|to|before|till|of))[ \t]+)?"
                 rf"(?:(?P<h>{_HOUR_NAMES})(?:(?:[ \t]+|-)(?P<after>{_AFTER_WORDS}))?(?![-\w])|"
                 rf"(?P<hd>[01]?\d)(?=[ \t]*(?i:a\.m|p\.m|am|pm)))" + _TAIL, _clock_words, 2),
)

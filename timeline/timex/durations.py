"""Durations: "three years", "two-year", "24 hours", "months", "the past two years", "within 18 months".

"the past two years" and "the next two weeks" are anchored: they end (start) at
the DCT, so phase 2 also gives them a day interval. The counts of a unit that tell no
length of time ("60 Minutes", "a 24-hour store", "three quarters of the troops") are
told apart in :mod:`timeline.timex.false_durations`. Corpus: ``durations.tsv``.

>>> [r.name for r in RULES][:5]
['anchored-duration', 'duration', 'compound-duration', 'half-unit', 'count-first-anchored']
"""

from __future__ import annotations

import re

from timeline.timex import compound_durations
from timeline.timex.false_durations import (JUDGED, a_second_alone, day_of_a_month, is_title, judged_time,
                                             open_all_hours, quarter_of_a_thing)
from timeline.timex.game_periods import in_a_game
from timeline.timex.lexicon import LEXICON, parse_number, trie_pattern
from timeline.timex.rule import NUM, S, UNIT, Built, Piece, compile_rule
from timeline.timex.values import Duration, Offset, Reference, Relative

_PAST = {"past", "last", "previous", "preceding"}
_FUTURE = {"next", "coming", "following", "upcoming"}
# "the following three days", "the previous four weeks" count from the time the text last named, as "the
# following week" does; "the next three days", "the past four weeks" from the DCT
_FROM_REF = {"following", "previous", "preceding"}


def _count(m: re.Match[str], unit_word: str) -> float | None:
    """The count written, 1 for a singular unit alone, None (X) for plurals and vague words."""
    num = m["num"]
    half = 0.5 if _group(m, "half") or _group(m, "half2") else 0.0  # "a minute and a half"
    if num:
        value = parse_number(num)
        return None if value is None else value + half
    return None if unit_word.lower().endswith("s") else 1.0 + half


def _group(m: re.Match[str], name: str) -> str | None:
    """``m[name]``, None where the rule has no such group: ``m.groupdict()`` would build a dict of all 16 groups."""
    return m[name] if name in m.re.groupindex else None


def _anchored(m: re.Match[str]) -> Built:
    which = m["which"].lower()
    bounds = _bounds(m)
    if bounds == ():
        return None
    if which == "last" and m["num"] and m[0][:4].lower() == "last" \
            and _LAST_IS_A_VERB.search(m.string, max(0, m.start() - 16), m.start()):
        return _lasting(m, bounds)
    if bounds and which in _PAST | _FUTURE:  # "the next 12 to 18 months": a window of at most 18 months
        unit = LEXICON.lookup("unit", m["unit"]) or "day"
        anchored = "past" if which in _PAST else "future"
        return Duration(unit=unit, count=bounds[1], anchored=anchored, mod="EQUAL_OR_LESS")  # type: ignore[arg-type]
    if bounds:
        return None
    if not m["num"] and which in {"next", "coming", "upcoming"} and m["unit"].lower() in {"decade", "century"}:
        # "over the next decade": ten years from the DCT, as "the next ten years" (not the decade after this one)
        return Duration(unit=LEXICON.lookup("unit", m["unit"]) or "decade", count=1.0, anchored="future")  # type: ignore[arg-type]
    if not m["num"] and which not in {"past", "last"}:
        return None  # "the next day", "the previous week": a date one unit from the reference time
    if which == "last" and not m["num"] and "the" not in m[0].lower().split():
        return None  # "last year" is a date (calendar-shift), "the last year" a duration
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    if unit == "year" and not m["num"] and which in {"past", "last"} and not m["unit"].lower().endswith("s"):
        return Relative(unit="year", shift=-1)  # "over the past year": TimeBank writes the year gone by
    anchored = "past" if which in _PAST else "future" if which in _FUTURE else "none"
    return Duration(unit=unit, count=_count(m, m["unit"]), anchored=anchored,  # type: ignore[arg-type]
                    from_ref=which in _FROM_REF)


_LAST_IS_A_VERB = re.compile(r"\b(?i:to|will|would|could|should|may|might|can|must|did|does|do|not|never|"
                             r"didn['\u2019]t|won['\u2019]t|wouldn['\u2019]t|can['\u2019]t|couldn['\u2019]t|"
                             r"doesn['\u2019]t|don['\u2019]t)\s$")


def _lasting(m: re.Match[str], bounds: tuple[float, float] | None) -> Built:
    """"expected to last two weeks", "could last two to three days", "did not last three weeks": "last" is the verb,
    its object a bare length (a range's lower bound, EQUAL_OR_MORE, as a bare "two to three days" is), no window
    before the DCT (rows in ``durations.tsv``).
    """
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    if bounds:
        return (Piece(m.start("num"), m.end(), Duration(unit=unit, count=bounds[0], mod="EQUAL_OR_MORE")),)  # type: ignore[arg-type]
    return (Piece(m.start("num"), m.end(), Duration(unit=unit, count=_count(m, m["unit"]))),)  # type: ignore[arg-type]


def _bounds(m: re.Match[str]) -> tuple[float, float] | tuple[()] | None:
    """The two counts of "two to three weeks" or "a year or two"; None when one count is written,
    () when the two make no range ("three to two weeks", "several or two")."""
    high_word = m["upto"] or m["high"]
    if not high_word:
        return None
    low = parse_number(m["num"]) if m["num"] else 1.0  # "the past year or two": one year
    high = parse_number(high_word)
    if low is None or high is None or not low < high:
        return ()
    return low, high


def _count_range(m: re.Match[str], unit: str, bounds: tuple[float, float]) -> Built:
    """A count given as a range: "two to three weeks", "a year or two", "within two to three weeks".

    TIMEX3 writes one amount: a bare range keeps its lower bound with mod EQUAL_OR_MORE
    (it lasts at least that long, as TimeBank annotates "two to three weeks"); "within" a
    range is a window of at most its upper bound (EQUAL_OR_LESS), so the window's interval
    covers the whole range. "in a year or two" and "a year or two ago" name an unknown time
    after (before) the DCT, FUTURE_REF (PAST_REF) as "in a few years" and "several years ago" are.
    """
    direction = (m["dir"] or "").lower()
    if direction in {"ago", "back"}:
        return Reference(ref="PAST_REF")
    if direction in {"earlier", "later"}:  # from the text's time, as "a few days later"
        return Offset(unit=unit, count=None, sign=1 if direction == "later" else -1, anchor="ref")  # type: ignore[arg-type]
    if direction or m["in"]:  # "from now", "hence", "in a year or two"
        return Reference(ref="FUTURE_REF")
    if m["within"]:  # "within two to three weeks of the vote": from the vote, no window (as :func:`_one_count`)
        return Duration(unit=unit, count=bounds[1], mod="EQUAL_OR_LESS",  # type: ignore[arg-type]
                        of_noun=_OF_AFTER.match(m.string, m.end()) is not None)
    return Duration(unit=unit, count=bounds[0], mod="EQUAL_OR_MORE")  # type: ignore[arg-type]


def _duration(m: re.Match[str]) -> Built:
    """A counted duration; "the nine months" keeps its article, "the 14-day" (an adjective) leaves it to the noun.

    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> [_duration(rule.search(t)) for t in ("for the nine months ended", "the 14-day trip")][1][0].start
    4
    """
    built = _duration_value(m)
    if open_all_hours(m, built):
        return None
    if m["the"] and isinstance(built, Duration) and m.string[m.start("unit") - 1] == "-":
        return (Piece(m.start("num"), m.end("t"), built),)
    if isinstance(built, Duration) and m["num"].lower() in {"a", "an"} and m.string[m.end("unit"):m.end("unit") + 5] == "-long":
        return (Piece(m.start("unit"), m.end("t"), built),)  # "a month-long strike": the article is the strike's
    return built


def _duration_value(m: re.Match[str]) -> Built:
    if is_title(m):
        raise ValueError(f"{m[0]!r} is a title")  # claims its span: no shorter rule reads a part of it
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    bounds = _bounds(m)
    if bounds is not None:
        return _count_range(m, unit, bounds) if bounds else None
    if m["orso"]:  # "a week or so": about a week; "in a week or so", an unknown time ahead
        count = _count(m, m["unit"])
        return Reference(ref="FUTURE_REF") if m["in"] else Duration(unit=unit, count=count, mod="APPROX")  # type: ignore[arg-type]
    value = _one_count(m, unit)
    if isinstance(value, tuple) and m["dir"]:  # "a years-long ... ago": the piece read, it too without "ago"
        return tuple(Piece(p.start, m.start("tail"), p.value) for p in value)
    if value is not None and m["dir"]:  # "a minute and a half later": the duration alone, without "later"
        return (Piece(m.start("t"), m.start("tail"), value),)
    return value


def _one_count(m: re.Match[str], unit: str) -> Built:
    """A single count of ``unit``: a :class:`Duration`, None where it tells no length of time, or one piece where
    the article is another word's ("a months-long trek": the duration is "months-long").

    >>> rule = next(r for r in RULES if r.name == "duration").pattern
    >>> _one_count(rule.search("after three years"), "year").count
    3.0
    >>> [(p.start, p.end, p.value.count) for p in _one_count(rule.search("a months-long trek"), "month")]
    [(2, 13, None)]
    """
    if judged_time(m) or day_of_a_month(m):
        return None
    count = _count(m, m["unit"])
    if unit == "quarter" and (quarter_of_a_thing(m) or in_a_game(m)):
        return None  # "three quarters of the troops", "cut by a quarter": a fraction; "after four quarters": a game's
    if unit == "second" and (count or 0) < 2 and not a_second_alone(m):
        return None  # "a second" is an ordinal far more often than a duration ("a second vote", "Wait a second")
    if unit in {"weekend", "night"} and m["num"] and m["num"].lower() in {"a", "an"}:
        return None
    mod = "EQUAL_OR_LESS" if _group(m, "within") else None
    if m["kind"] and m["kind"].strip().lower() != "calendar":
        mod = None  # "within five business days": no calendar window can be drawn (weekends, holidays)
    if m["num"].lower() in {"a", "an"} and m["unit"].lower().endswith("s"):
        # "a months-long trek": the article is the trek's; the duration is "months-long", a vague one
        return (Piece(m.start("unit"), m.end("t"), Duration(unit=unit, count=None)),)  # type: ignore[arg-type]
    # "within 14 days of the ruling": counted from what follows "of", so no window from the DCT is drawn (the flag of
    # a bound that measures a noun, "delays of up to 90 minutes", which draws none either)
    of_event = mod is not None and _OF_AFTER.match(m.string, m.end()) is not None
    return Duration(unit=unit, count=count, mod=mod, of_noun=of_event)  # type: ignore[arg-type]


def _vague(m: re.Match[str]) -> Built:
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    return Duration(unit=unit, count=None)  # type: ignore[arg-type]


_OF_AFTER = re.compile(r"[ \t]+(?i:of)\b")


def _cued_plural(m: re.Match[str]) -> Built:
    """"for months", "within hours": a vague duration; before "of" only after "within" ("within hours of taking
    effect" is a window after an event; "for hours of footage", "after months of talks" count things).

    >>> rule = next(r for r in RULES if r.name == "cued-plural").pattern
    >>> [_cued_plural(rule.search(t)) is None for t in ("within hours of the vote", "for hours of footage")]
    [False, True]
    """
    if m["cue"].lower() != "within" and _OF_AFTER.match(m.string, m.end()):
        return None
    return _vague(m)


def _half_unit(m: re.Match[str]) -> Built:
    """"half-year" is P6M, "half-hour" PT30M: half of the unit, which TIMEX3 writes in the next unit down.

    >>> rule = next(r for r in RULES if r.name == "half-unit").pattern
    >>> [(d.unit, d.count) for d in map(_half_unit, rule.finditer("a half-day session, half-century rule"))]
    [('day', 0.5), ('year', 50.0)]
    """
    unit = LEXICON.lookup("unit", m["unit"]) or "day"
    if unit == "century":  # TIMEX3 has no smaller unit for half a century than its 50 years
        return Duration(unit="year", count=50.0)
    return Duration(unit=unit, count=0.5)  # type: ignore[arg-type]


def _count_first(m: re.Match[str]) -> Built:
    """"the four previous weeks", "the two following years": the count before the word that places it,
    read as "the previous four weeks" is (a window before or after the DCT)."""
    count = parse_number(m["num"])
    if count is None or count < 2:
        return None
    anchored = "past" if m["which"].lower() in _PAST else "future"
    return Duration(unit=LEXICON.lookup("unit", m["unit"]) or "day", count=count, anchored=anchored,  # type: ignore[arg-type]
                    from_ref=m["which"].lower() in _FROM_REF)


_HALF = r"(?P<half>\s(?:(?i:and\s+a\s+half)|1/2))?"
# The second count of a range: "two to three weeks", "2-3 weeks", "two or three years" (read after the first,
# which stays the rule's "num": a pattern that tried the first count twice would search twice as long), and
# of "a year or two" (no unit may follow it: "a day or two days" is two expressions).
_UPTO = r"(?:(?:\s(?i:to|or)\s|\s?[-\u2013]\s?)(?P<upto>" + NUM + r"))?"
_OR_HIGH = rf"\s(?i:or)\s(?P<high>{NUM})(?![-\w])(?!\s?{UNIT})"
# "two more weeks", "three straight years", "an additional year", "in a single day"
# and "two bloody weeks", "three long years": a word that says how the time felt leaves the amount as it is
_EXTRA = "(?P<extra>(?i:" + trie_pattern(
    "more additional extra full straight consecutive successive long short single".split() + sorted(JUDGED)) + r")\s)?"
# "eight trading days", "five business days": days of a kind, still counted as days (TimeBank: P8D)
_KIND = r"(?P<kind>(?i:trading|business|working|calendar|school)\s)?"

RULES = (
    # the preposition is read ("over the past year" is the year gone by) but left out of the span, as TimeML does
    compile_rule("anchored-duration", r"(?:(?i:over|in|during|for|within)\s)?(?P<t>(?:(?i:the)\s)?"
                 r"(?P<which>(?i:past|last|previous|preceding|next|coming|following|upcoming|first|final))"
                 rf"\s(?:(?P<num>{NUM}){_UPTO}{_HALF}[-\s])?(?P<unit>{UNIT})(?![-\w])(?:{_OR_HIGH})?)", _anchored, 2),
    # "the nine months ended Sept. 30": a definite duration's article is in its span, as TimeBank writes it
    compile_rule("duration", rf"(?P<in>(?i:in)\s)?(?P<t>(?P<within>(?i:within)\s)?(?:(?P<the>(?i:the))\s(?=\d|[a-z]))?(?P<num>{NUM}){_UPTO}{_HALF}[-\s]"
                 rf"{_EXTRA}{_KIND}(?P<unit>{UNIT})(?P<half2>\s(?i:and\s+a\s+half))?(?:-(?i:long))?(?![-\w])"
                 rf"(?!-?\s?(?i:old)\b)(?:{_OR_HIGH}|(?P<orso>\s(?i:or\s+so)))?"
                 r"(?P<tail>\s(?P<dir>(?i:ago|back|earlier|later|from\s+now|hence)))?)(?![-\w])", _duration, 1),
    compound_durations.RULE,  # "two hours and 14 minutes", "20 years, 3 months and 2 days": one duration
    # "its half-year results", "a half-day session": half a unit made an adjective, its noun's article left out
    # ("the first half-year" is a half of the year, read by periods)
    compile_rule("half-unit", r"(?<!first )(?<!second )(?<!1st )(?<!2nd )(?<!last )(?<!latter )(?i:half)-(?P<unit>"
                 r"(?i:hour|day|year|decade|century))(?![-\w])", _half_unit, 1),
    compile_rule("count-first-anchored", rf"(?i:the)\s(?P<num>{NUM})\s(?P<which>(?i:past|previous|preceding|next|"
                 r"coming|following))\s(?P<unit>(?i:minutes|hours|days|nights|weeks|months|quarters|years|decades))(?![-\w])",
                 _count_first, 2),
    compile_rule("vague-duration", rf"(?P<num>(?i:several|a\s+few|few|many|some|a\s+number\s+of)){S}"
                 r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades))(?![-\w])", _vague, 1),
    compile_rule("ahead", r"(?i:the)\s(?P<unit>(?i:days|weeks|months|years|decades))\s(?i:ahead|to\s+come)(?![-\w])",
                 lambda m: Duration(unit=LEXICON.lookup("unit", m["unit"]) or "day", count=None,  # type: ignore[arg-type]
                                    anchored="future"), 1),
    # "a day-long meeting", "the decades-long battle": the adjective is the duration; and "the century-old house",
    # "a decades-old dispute": the age of a thing, a duration as TIMEX3 writes one. A counted age ("a 30-year-old
    # man", "an 8-month-old boy") is no match here (a count comes before the unit): TimeBank marks no person's age
    compile_rule("long-adjective", r"(?P<unit>(?i:hours?|days?|weeks?|months?|years?|decades?|century|centuries))"
                 r"-(?i:long|old)(?![-\w])", lambda m: Duration(unit=LEXICON.lookup("unit", m["unit"]) or "day",  # type: ignore[arg-type]
                                                          count=None if m["unit"].lower().endswith("s") else 1.0), 0),
    # "for hours of footage" counts things; "within hours of taking effect" is a window after an event ("spent weeks")
    compile_rule("cued-plural", r"(?P<cue>(?i:for|over|within|took|lasted|lasting|in|after|spent|spend|spends|"
                 r"spending|waited|waiting|wait|waits))\s(?P<t>(?P<unit>"
                 r"(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries)))(?!\s(?i:ago|earlier|later))"
                 r"(?![-\w]|['\u2019][ \t]\w)", _cued_plural, 0),  # ("spent weeks' wages": a possessive counts pay)
)

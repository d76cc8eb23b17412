"""Conjuncts that share what one of them writes: "summer and autumn 1918", "from the 13th to the 19th of
October 1950", "the spring and summer".

A list of seasons or of days often writes the year (the month) once, on the last one, and a
season after "and" often drops the cue ("the spring and summer") that a bare season word needs
to be read as one ("fall" alone is a verb). These passes run after the rules, over the sorted
mentions, as the other joins of :mod:`timeline.timex.joins` do.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.part, m.value.year) for m in recognise("Summer and autumn 1918 were hard.")]
[('Summer', 'SU', 1918), ('autumn 1918', 'FA', 1918)]
>>> [(m.text, m.value.month, m.value.day) for m in recognise("It ran from the 13th to the 19th of October.")]
[('the 13th', 10, 13), ('the 19th of October', 10, 19)]
"""

from __future__ import annotations

import re

from timeline.timex.lexicon import LEXICON, number_pattern, parse_number
from timeline.timex.values import CalendarDate, Duration, Mention, Offset, YearPart, yearless

_ORDER = ("SP", "SU", "FA", "WI")
_SEASON = LEXICON.pattern("season")
_LIST_GAP = r"(?:,?\s(?i:and|or)\s|,\s|\s?/\s?)"
# Bare season words listed before a season that has its year: "spring, summer and autumn 1918"
_SEASONS_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"':]))(?P<list>(?:(?:{_SEASON}){_LIST_GAP})+)(?:(?i:the)\s)?$")
_ONE_SEASON = re.compile(rf"(?P<w>{_SEASON})(?P<gap>{_LIST_GAP})")
# A bare season after a season: "the spring and summer", "the fall or winter". "fall" and "spring" are
# verbs too ("in the spring and fall in love"): those two must end the phrase or take "of".
_SEASON_AFTER = re.compile(rf"(?P<gap>{_LIST_GAP})(?:(?i:the)\s)?(?P<w>{_SEASON})(?![-\w])"
                           r"(?!\s(?:[A-Z]|\d))")  # "the summer and winter Olympics": a name's
_VERB_SEASONS = frozenset({"fall", "spring"})
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)\]\"'\u201d]|$)|\s(?i:of|and|or|when|before|after|as|while)\b")


def _season_year(part: str, other: YearPart, before: bool) -> int | None:
    """The year of season ``part`` listed ``before`` (or after) ``other``: a winter before a later
    season of its year is the one that began the December before; a season after a winter, the next year's."""
    if other.year is None:
        return None
    if before:
        return other.year - 1 if _ORDER.index(part) > _ORDER.index(other.part) else other.year
    return other.year + 1 if _ORDER.index(part) < _ORDER.index(other.part) else other.year


def _is_season(m: Mention) -> bool:
    return isinstance(m.value, YearPart) and m.value.part in _ORDER


def join_listed_seasons(mentions: list[Mention], text: str) -> list[Mention]:
    """"summer and autumn 1918", "spring, summer and autumn 1918": the seasons listed before one with a
    year take it; "the spring and summer": a bare season after a season is one too, in the same year.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.year) for m in recognise("In spring, summer and autumn 1918 they advanced.")]
    [('spring', 1918), ('summer', 1918), ('autumn 1918', 1918)]
    >>> [(m.text, m.value.part) for m in recognise("He spent the spring and summer in Estonia.")]
    [('the spring', 'SP'), ('summer', 'SU')]
    """
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        # (a value's kind tells its class as isinstance would, tests/timex/test_speed_joins_kinds.py, for less)
        if m.value.kind != "yearpart" or m.value.part not in _ORDER:  # "last spring and summer" too
            out.append(m)
            continue
        if m.value.year is not None:
            _take_listed_before(out, m, text)
        out.append(m)
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        out.extend(_seasons_after(m, text, limit))
    return out


def _take_listed_before(out: list[Mention], m: Mention, text: str) -> None:
    """Add (or give the year to) the bare seasons listed right before ``m``, in place."""
    value: YearPart = m.value  # type: ignore[assignment]
    floor = out[-1].end if out else 0
    hit = _SEASONS_BEFORE.search(text, max(floor, m.start - 60), m.start)
    added: list[Mention] = []
    if hit is not None:
        for word in _ONE_SEASON.finditer(text, hit.start("list"), hit.end("list")):
            part = LEXICON.lookup("season", word["w"])
            if part is None or part == value.part:
                return
            shared = value.model_copy(update={"part": part, "year": _season_year(part, value, True), "mod": None})
            added.append(Mention(start=word.start("w"), end=word.end("w"), text=word["w"], value=shared,
                                 rule=m.rule))
    start = added[0].start if added else m.start
    # A season read already ("In spring, summer and autumn 1918": "spring" by its cue) takes the year too.
    while out and _is_season(out[-1]) and out[-1].value.year is None and out[-1].value.shift is None \
            and re.fullmatch(_LIST_GAP, text[out[-1].end:start]):  # type: ignore[union-attr]
        prev = out.pop()
        part = prev.value.part  # type: ignore[union-attr]
        added.insert(0, prev.model_copy(update={"value": prev.value.model_copy(
            update={"year": _season_year(part, value, True), "direction": "auto"})}))
        start = prev.start
    out.extend(added)


def _seasons_after(m: Mention, text: str, limit: int) -> list[Mention]:
    """The bare seasons listed right after the season ``m`` ("the spring and summer"), up to ``limit``."""
    value: YearPart = m.value  # type: ignore[assignment]
    found: list[Mention] = []
    end = m.end
    while True:
        hit = _SEASON_AFTER.match(text, end, limit)
        if hit is None:
            return found
        word = hit["w"].lower()
        part = LEXICON.lookup("season", word)
        if part is None or (word in _VERB_SEASONS and not _ENDS_PHRASE.match(text, hit.end())):
            return found
        year = _season_year(part, value, False) if value.year is not None else None
        shared = value.model_copy(update={"part": part, "year": year, "mod": None})
        found.append(Mention(start=hit.start("w"), end=hit.end("w"), text=hit["w"], value=shared, rule=m.rule))
        end = hit.end()


_ORDINAL_DAY = r"[1-3]?\d(?:st|nd|rd|th)"
_AN_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
# The ordinal days listed before a day of a named month: "the 13th to the 19th of October", "the 4th and 5th of May"
_DAYS_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"']))(?P<d>(?:(?i:the)\s)?(?P<n>{_ORDINAL_DAY}))"
                          r"(?:,?\s(?i:to|through|till|until|and|or)\s|,\s|\s?[-\u2013]\s?)(?:(?i:the)\s)?$")


def join_listed_days(mentions: list[Mention], text: str) -> list[Mention]:
    """"from the 13th to the 19th of October 1950": an ordinal day before a day of a named month is in
    that month (the month before, if its number is higher: "the 28th to the 3rd of March").

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.month, m.value.day) for m in recognise("It ran from the 28th to the 3rd of March.")]
    [('the 28th', 2, 28), ('the 3rd of March', 3, 3)]
    """
    out: list[Mention] = []
    for m in mentions:
        value = m.value
        if type(value) is CalendarDate and value.day is not None and value.month is not None \
                and _AN_ORDINAL.search(text, max(0, m.start - 40), m.start):  # the cheap test first
            listed: list[Mention] = []
            start = m.start
            while True:
                if out and out[-1].rule == "ordinal-day" and out[-1].end <= start:
                    floor = out[-2].end if len(out) > 1 else 0  # "from the 13th" read alone: this reads it again
                else:
                    floor = out[-1].end if out else 0
                hit = _DAYS_BEFORE.search(text, max(floor, start - 40), start)
                first = _day_before(int(re.match(r"\d+", hit["n"])[0]), value) if hit else None  # type: ignore[index]
                if hit is None or first is None:
                    break
                if out and out[-1].rule == "ordinal-day" and out[-1].start >= hit.start():
                    out.pop()
                listed.insert(0, Mention(start=hit.start("d"), end=hit.end("d"), text=hit["d"], value=first,
                                         rule=m.rule))
                start, value = hit.start("d"), first
            out.extend(listed)
        out.append(m)
    return out


def _day_before(day: int, later: CalendarDate) -> CalendarDate | None:
    """Day ``day`` of ``later``'s month, or of the month before when it is not earlier; None if impossible."""
    if not 1 <= day <= 31 or day == later.day:
        return None
    month, year = later.month, later.year
    if day > later.day:  # type: ignore[operator]
        month, year = (12, year - 1 if year else None) if month == 1 else (month - 1, year)  # type: ignore[operator]
    if year is not None and year < 1:
        return None
    return later.model_copy(update={"day": day, "month": month, "year": year, "mod": None})


_NUM = number_pattern()
# Counts listed before a counted expression: "ten, fifteen, and twenty years earlier", "two, three or four days"
# The list ends in "and"/"or" and has a comma: "by 329 votes against 224, fifteen hours before" is no list.
_COUNTS_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<list>(?:{_NUM},\s)+(?:{_NUM},?\s)?(?i:and|or)\s)$")
_ONE_COUNT = re.compile(rf"(?P<n>{_NUM})(?=,|\s(?i:and|or)\s)")


def join_listed_counts(mentions: list[Mention], text: str) -> list[Mention]:
    """"ten, fifteen, and twenty years earlier": each count of a list before a counted unit names its own
    amount (or point) of that unit. A list needs a comma: "between two and three years" is a range.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.count) for m in recognise("as they had ten, fifteen, and twenty years earlier.")]
    [('ten', 10.0), ('fifteen', 15.0), ('twenty years earlier', 20.0)]
    """
    out: list[Mention] = []
    for m in mentions:
        # the cheapest test first: most mentions follow no "and "/"or " (a list's last word)
        if m.start > 3 and text[m.start - 1] == " " and text[m.start - 2] in "dDrR" \
                and type(m.value) in (Duration, Offset) and m.value.count is not None and m.value.mod is None \
                and text[m.start - 4:m.start].lower().endswith(("and ", "or ")) and re.match(_NUM, m.text):
            floor = out[-1].end if out else 0
            hit = _COUNTS_BEFORE.search(text, max(floor, m.start - 60), m.start)
            if hit is not None:
                items = list(_ONE_COUNT.finditer(text, hit.start("list"), hit.end("list")))
                if any(i["n"][0].isdigit() != m.text[0].isdigit() for i in items):
                    items = []  # "ten, 15 and twenty years": counts of one list are written alike
                for item in items:
                    number = parse_number(item["n"])
                    if number is None or item["n"].lower() in {"a", "an"}:
                        continue
                    value = m.value.model_copy(update={"count": number})
                    out.append(Mention(start=item.start("n"), end=item.end("n"), text=item["n"], value=value,
                                       rule=m.rule))
        out.append(m)
    return out


_AFTER_PARENTHESIS = re.compile(r"\)\s*,?\s*$")


def share_year_after_parenthesis(mentions: list[Mention], text: str) -> list[Mention]:
    """"December 7 (December 8 in Asian time zones), 1941": the year after a parenthesis completes the
    yearless day before it and the days inside it; the year stays its own timex.

    >>> from timeline.timex.recognise import recognise
    >>> [m.value.year for m in recognise("On May 9 (May 10 in Moscow), 1945, the war ended.")]
    [1945, 1945, 1945]
    """
    out = list(mentions)
    if not mentions or text.find(")", max(0, mentions[0].start - 6), mentions[-1].start) < 0:
        return out  # no closing parenthesis anywhere in reach
    for j, year in enumerate(mentions):
        if year.value.kind != "calendar" or year.value.month is not None or year.value.year is None:
            continue
        close = _AFTER_PARENTHESIS.search(text, max(0, year.start - 6), year.start)
        opened = text.rfind("(", max(0, close.start() - 80), close.start()) if close else -1
        if close is None or opened < 0:
            continue
        before = [i for i in range(j) if mentions[i].end <= opened and not text[mentions[i].end:opened].strip()]
        inside = [i for i in range(j) if opened < mentions[i].start and mentions[i].end <= close.start()]
        for i in before + inside if before else ():
            value = out[i].value
            if isinstance(value, CalendarDate) and value.day is not None and yearless(value):
                out[i] = out[i].model_copy(update={"value": value.model_copy(update={"year": year.value.year})})
    return out

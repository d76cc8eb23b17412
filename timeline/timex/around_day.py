"""Joins around a named day: "the week of March 6", "Labor Day weekend 2016", "the day before last Tuesday",
"Wednesday week".

Each pass takes the mentions of a text in order (as :mod:`timeline.timex.joins` does) and folds the
words before or after a named day into one expression: the week or weekend around it, or the day
next to it.

>>> from timeline.timex.recognise import recognise
>>> [(m.text, m.value.kind) for m in recognise("They met the week of March 6 and the day after Christmas.")]
[('the week of March 6', 'weekof'), ('the day after Christmas', 'daynextto')]
"""

from __future__ import annotations

import re

from timeline.timex.around_night import night_from, night_into
from timeline.timex.lunisolar import is_lunisolar
from timeline.timex.week_on_day import week_on_day
from timeline.timex.values import CalendarDate, DayNextTo, Holiday, Mention, WeekOf, Weekday


class HolidayWeekend(WeekOf):
    """"Labor Day weekend", "the Fourth of July weekend": the weekend of a holiday
    (:func:`timeline.timex.calendar.holiday_weekend`). Anchored in ``anchor_relative.py``.

    ``of_date`` marks the weekend of a plain date ("the weekend of Jan. 5"), not of a holiday: a Saturday
    or Sunday lies in its own Saturday-Sunday weekend, where a holiday on a Saturday stretches to the
    Friday it is observed on.

    >>> HolidayWeekend(day=Holiday(rule="sep-1-mon")).day.rule
    'sep-1-mon'
    """

    of_date: bool = False


# "the week of March 6", "the week beginning Nov. 26" (starting, commencing; "ending" the week that ends on it): the
# ISO week holding the day (a retailer's Sunday-to-Saturday week shares six days with it)
_WEEK_OF = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the\s+week\s+(?:of|beginning|starting|commencing|ending))\s$")
_WEEK_OF_LAST_WORDS = ("of", "beginning", "starting", "commencing", "ending")
_WEEK_AFTER = re.compile(r"\s(?:(?i:holiday)\s)?(?i:week(?P<end>end)?)(?![-\w])|\s(?P<days>(?i:holidays?))(?![-\w])")
_THE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the)\s$")


def join_week_of(mentions: list[Mention], text: str) -> list[Mention]:
    """"the week of March 6", "Easter week": the week around a day; "Labor Day weekend": the holiday's weekend;
    "the Memorial Day week", "Labor Day weekend 2016": the article and a year after it are the week's.

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.day.year) for m in recognise("Traffic peaked over the Labor Day weekend 2016.")]
    [('the Labor Day weekend 2016', 2016)]
    """
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue  # the year a holiday's week took
        day = m.value
        kind = day.kind  # a value's kind tells its class (tests/timex/test_speed_joins_kinds.py), cheaper than isinstance
        if kind != "calendar" and kind != "holiday":
            out.append(m)  # no date, no holiday: nothing below joins it (most mentions)
            continue
        if kind == "calendar" and day.day is not None and _after_word(text, m.start, *_WEEK_OF_LAST_WORDS):
            hit = _WEEK_OF.search(text, max(out[-1].end if out else 0, m.start - 22), m.start)
            if hit is not None:
                out.append(Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end], value=WeekOf(day=day),
                                   rule=m.rule))
                continue
        weekend = _weekend_of(m, day, out, text)
        if weekend is not None:  # "the weekend of Jan. 5": that date's weekend, as a holiday's
            out[-1] = weekend
            if weekend.end == m.end:
                continue  # (a range's first end keeps its own mention: "the weekend of Nov. 17-18")
        if _fixed_day(day):  # "the 4th of July weekend", "the July 4 weekend": a yearless date's, as a holiday's
            after = _WEEK_AFTER.match(text, m.end)
            if after is not None and after["end"]:
                day = Holiday(rule=f"{day.month:02d}-{day.day:02d}")  # type: ignore[union-attr]
        if isinstance(day, Holiday):
            after = _WEEK_AFTER.match(text, m.end)
            if after is not None and not _own_week(day, after):
                out.append(_holiday_week(m, day, after, text, out[-1].end if out else 0))
                skip_to = out[-1].end
                continue
            m = _holiday_of_year_after(m, day, text)
            if out and _weekday_for_holiday(out[-1], m, text):
                out[-1] = out[-1].model_copy(update={"value": m.value})
        out.append(m)
    return out


_DAY_OF_RULE = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_NTH_WEEKDAY = re.compile(r"[a-z]{3}-(?:\d|last)-(?P<day>[a-z]{3})(?P<plus>\+\d)?")
_EASTER = re.compile(r"easter(?P<shift>[-+]\d+)?")
_FOR_HOLIDAY = re.compile(r"(?:[ \t]{1,3}(?i:for|to[ \t]+mark|to[ \t]+observe)|,)[ \t]{1,3}(?:(?i:the)[ \t]{1,3})?")


def holiday_weekday(rule: str) -> int | None:
    """The ISO weekday a holiday always falls on, from its rule; None for a fixed date (it moves through the week).

    >>> holiday_weekday("sep-1-mon"), holiday_weekday("nov-4-thu+1"), holiday_weekday("easter-2"), holiday_weekday("12-25")
    (1, 5, 5, None)
    """
    nth = _NTH_WEEKDAY.fullmatch(rule)
    if nth is not None:
        return (_DAY_OF_RULE[nth["day"]] - 1 + int(nth["plus"] or 0)) % 7 + 1
    easter = _EASTER.fullmatch(rule)
    if easter is not None:
        return (6 + int(easter["shift"] or 0)) % 7 + 1
    return {"us-election": 2}.get(rule)


def _weekday_for_holiday(before: Mention, holiday: Mention, text: str) -> bool:
    """Whether ``before`` is a bare weekday that a holiday on that weekday follows, "for" it or in apposition:
    "closed on Monday for Labor Day", "on Thursday, Thanksgiving,": the weekday is the holiday's day, not the
    one the tense alone would pick (the Monday before the DCT).

    >>> from timeline.timex.recognise import recognise
    >>> [m.value.kind for m in recognise("Markets were closed on Monday for Labor Day.")]
    ['holiday', 'holiday']
    """
    day, named = before.value, holiday.value
    return isinstance(named, Holiday) and isinstance(day, Weekday) and day.date is None \
        and day.direction == "auto" and day.part_of_day is None and holiday_weekday(named.rule) == day.weekday \
        and _FOR_HOLIDAY.fullmatch(text, before.end, holiday.start) is not None


_THE_WEEKEND = re.compile(r"(?i:the\s+weekend)")
_OF = re.compile(r"\s{1,3}(?i:of)\s{1,3}")


def _weekend_of(m: Mention, day: object, out: list[Mention], text: str) -> Mention | None:
    """"the weekend of Jan. 5": the weekend mention before "of" and a date folded into that date's weekend.

    The date's year is chosen by the tense as a holiday's; a Saturday's or Sunday's weekend is its own
    Saturday and Sunday (``of_date``), not a holiday's observed Friday or Monday. A range's first end ("the weekend
    of Jan. 4-5" names both days) stays its own mention, and the weekend alone becomes its weekend (read alone, "the
    weekend" was the one nearest the DCT, another week's).

    >>> from timeline.timex.recognise import recognise
    >>> [(m.text, m.value.day.rule) for m in recognise("Cup ties will be played on the weekend of Jan. 5.")]
    [('the weekend of Jan. 5', '01-05')]
    >>> [m.text for m in recognise("The weekend of Nov. 17-18 was busy.")][0]
    'The weekend'
    """
    # the gap first: "of" and a space or three on each side (most mentions follow no mention that closely)
    if not out or not 4 <= m.start - out[-1].end <= 8 or not isinstance(day, CalendarDate) or day.day is None \
            or day.month is None or not (_fixed_day(day) or day.year is not None and day.direction == "auto"
                                         and day.year_shift is None and not day.two_digit_year) \
            or not _THE_WEEKEND.fullmatch(out[-1].text) or not _OF.fullmatch(text, out[-1].end, m.start):
        return None
    holiday = Holiday(rule=f"{day.month:02d}-{day.day:02d}", year=day.year)
    start = out[-1].start
    if m.group is not None:  # a range's first end: the weekend alone takes that date's weekend
        return out[-1].model_copy(update={"value": HolidayWeekend(day=holiday, of_date=True)})
    return Mention(start=start, end=m.end, text=text[start:m.end], value=HolidayWeekend(day=holiday, of_date=True), rule=m.rule)


# "Christmas Eve in 1977", "May Day last year": the year a yearless holiday is of, named right after it (as its own
# expression); a relative year gives the holiday a shift of the DCT's year, which only a fixed date can take
_YEAR_NAMED = re.compile(r"[ \t]{1,3}(?:(?i:in|of)[ \t]{1,3}(?P<year>(?:1\d|20)\d\d)(?![\w-])"
                         r"|(?P<rel>(?i:last|this|next))[ \t]{1,3}(?i:year)(?![\w-]))")
_SHIFT = {"last": -1, "this": 0, "next": 1}
_FIXED_RULE = re.compile(r"(\d\d)-(\d\d)")


def _holiday_of_year_after(m: Mention, day: Holiday, text: str) -> Mention:
    """A yearless holiday with the year named right after it: "on Christmas Eve in 1977" is 1977-12-24, "on May
    Day last year" the DCT's year - 1 (a fixed date only: "Thanksgiving last year" keeps its own reading).

    >>> from timeline.timex.recognise import recognise
    >>> [m.value.year for m in recognise("He died on Christmas Eve in 1977.")]
    [1977, 1977]
    >>> may_day = recognise("Workers marched on May Day last year.")[0].value
    >>> may_day.month, may_day.day, may_day.year_shift
    (5, 1, -1)
    """
    if day.year is not None or not m.text[:1].isupper():
        return m  # "election day in 1910": a common noun, not the holiday its rule names
    named = _YEAR_NAMED.match(text, m.end)
    if named is None:
        return m
    if named["year"]:
        return m.model_copy(update={"value": day.model_copy(update={"year": int(named["year"])})})
    fixed = _FIXED_RULE.fullmatch(day.rule)
    if fixed is None:
        return m
    value = CalendarDate(month=int(fixed[1]), day=int(fixed[2]), year_shift=_SHIFT[named["rel"].lower()])
    return m.model_copy(update={"value": value})


def _fixed_day(value: object) -> bool:
    """Whether ``value`` is a month and day with nothing else: a date a weekend can be named after."""
    return (isinstance(value, CalendarDate) and value.day is not None and value.month is not None
            and value.year is None and value.direction == "auto" and not value.of_reference_year
            and not value.of_reference_month and not value.bare_ordinal)


_YEAR_AFTER = re.compile(r"(?:,?[ \t]{1,3}|[ \t]{1,3}of[ \t]{1,3})(?P<year>(?:1[0-9]|20)\d\d)(?![\w-])")


def _own_week(day: Holiday, after: re.Match[str]) -> bool:
    """Whether "week" after a holiday of another calendar names the holiday's own days: Passover, Sukkot, Hanukkah,
    Diwali and the Eids last days from their first, so "Passover week" is the holiday (20-27 April 2019), not the
    ISO week of its first day (15-21 April, five days of it before Passover); the holiday is read alone.

    >>> _own_week(Holiday(rule="hebrew:passover"), _WEEK_AFTER.match(" week")), _own_week(
    ...     Holiday(rule="12-25"), _WEEK_AFTER.match(" week"))
    (True, False)
    """
    return is_lunisolar(day.rule) and not after["end"] and not after["days"]


def _holiday_week(m: Mention, day: Holiday, after: re.Match[str], text: str, floor: int) -> Mention:
    """The week, weekend or "holiday" of a holiday, its "the" before it and a year after it taken in."""
    end = after.end()
    year = _YEAR_AFTER.match(text, end) if day.year is None else None
    if year is not None:  # "Labor Day weekend 2016", "Christmas week of 2016": that year's holiday
        day, end = day.model_copy(update={"year": int(year["year"])}), year.end()
    # "the Thanksgiving holiday": the day, its span the words'
    week = HolidayWeekend(day=day) if after["end"] else day if after["days"] else WeekOf(day=day)
    start = m.start
    the = _THE_BEFORE.search(text, max(0, start - 4), start)
    if the is not None and floor <= the.start():
        start = the.start()  # "the Easter weekend", "the Memorial Day week": the article is the week's
    return Mention(start=start, end=end, text=text[start:end], value=week, rule=m.rule)


def _after_word(text: str, start: int, *words: str) -> bool:
    """Whether one of ``words`` (lower case) ends the text before ``start``, but for white space: a cheap test
    before a search for a phrase ending in one of them and a space ("the week of ", "the day after ").

    >>> _after_word("the week of March 6", 12, "of"), _after_word("the week off March", 13, "of")
    (True, False)
    """
    return text[max(0, start - 12):start].rstrip().lower().endswith(words)


_DAY_NEXT = re.compile(r"(?:^|(?<=[\s(\"']))(?i:the\s+day\s+(?P<dir>before|after))\s$")


def join_day_next_to(mentions: list[Mention], text: str) -> list[Mention]:
    """"the day before last Tuesday", "the day after Christmas": one day from a named day.

    >>> from timeline.timex.recognise import recognise
    >>> text = "We left the day after Christmas."
    >>> [(text[m.start:m.end], m.value.days) for m in join_day_next_to(recognise(text), text)]
    [('the day after Christmas', 1)]
    """
    out: list[Mention] = []
    for m in mentions:
        day = m.value
        kind = day.kind  # a value's kind tells its class (tests/timex/test_speed_joins_kinds.py), cheaper than isinstance
        if kind == "weekday" and out and text[m.start - 5:m.start].rstrip().lower().endswith("into"):
            night = night_into(out[-1], m, text)  # "overnight into Sunday": Saturday's night
            if night is not None:
                out[-1] = night
        if out and kind == "clock" and text[m.start - 5:m.start].lower() == "from ":
            night = night_from(out[-1], m, text)  # "overnight from 8pm on 20 November": that day's night
            if night is not None:
                out[-1] = night
        if kind == "weekday" and ("eek" in text[m.end:m.end + 6] or "on" in text[m.start - 3:m.start]):
            week_on = week_on_day(m, day, out, text)  # "Wednesday week", "a week on Saturday"
            if week_on is not None:
                if week_on.start < m.start:
                    out.pop()  # the length the day is counted by ("a week") is the day's
                out.append(week_on)
                continue
        named = kind == "weekday" or kind == "holiday" or (kind == "calendar" and day.day is not None)
        # the word before first: getattr's miss ("part_of_day" of a date) goes through pydantic's __getattr__, slowly
        if named and _after_word(text, m.start, "before", "after") and getattr(day, "part_of_day", None) is None:
            hit = _DAY_NEXT.search(text, max(out[-1].end if out else 0, m.start - 16), m.start)
            if hit is not None:
                shift = -1 if hit["dir"].lower() == "before" else 1
                out.append(Mention(start=hit.start(), end=m.end, text=text[hit.start():m.end],
                                   value=DayNextTo(day=day, days=shift), rule=m.rule))  # type: ignore[arg-type]
                continue
        out.append(m)
    return out

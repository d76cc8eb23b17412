"""The year a yearless date's own clause names for it, and the holiday a weekday is the day of.

A year written right after a yearless day or holiday is that day's year, as if written with it: "Jews fasted on Yom
Kippur last year" is Yom Kippur 2017 (said in 2018), "on Oct. 27 in 2019" is 27 October 2019, whatever the tense
would pick. A holiday that is its clause's subject, told to fall on a day, takes the year written after that day:
"Diwali was on Oct. 27 in 2019", "Christmas fell on a Tuesday this year" (2018's Christmas). Narrower than "a
yearless date takes the year named in its sentence", which TBAQ refuted (docs/timex.md): the year must follow the
date with nothing between, or follow the day a holiday's copula places it on.

And the weekday a holiday "falls on" is the holiday's own day, not the one the tense alone would pick: "Rosh
Hashanah falls on Monday this year", said on Saturday 1 September 2018, is Monday 10 September.

>>> year_after("Jews fasted on Yom Kippur last year.", 25)
NamedYear(year=None, shift=-1)
>>> text = "Diwali was on Oct. 27 in 2019."
>>> year_after(text, 6), year_of_holiday_day(text, 6)
(None, NamedYear(year=2019, shift=0))
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.timex.lexicon import LEXICON


class NamedYear(NamedTuple):
    """A year as the text names it: written out (``year``), or as a shift of the DCT's ("last year": -1)."""

    year: int | None
    shift: int

    def of(self, dct_year: int) -> int:
        """The year itself, the DCT's year given.

        >>> NamedYear(None, -1).of(2018), NamedYear(2019, 0).of(2018)
        (2017, 2019)
        """
        return self.year if self.year is not None else dct_year + self.shift


# "in 2019", "last year", "this year", "next year" (not "this year's", whose year names a noun after it)
# (nor "in 2019 dollars": a year of a measure's value, not the day's)
_YEAR = (r"(?:(?i:in)[ \t]{1,3}(?P<year>(?:1\d|20)\d\d)(?![\w'\u2019-]|[ \t]+(?:dollars|terms|prices)\b)"
         r"|(?P<rel>(?i:last|this|next))[ \t]{1,3}(?i:year)(?![\w'\u2019-]))")
_YEAR_AFTER = re.compile(r"[ \t]{1,3}" + _YEAR)
# A day as a holiday's predicate names it: a weekday or a month and day, in at most three words of capitals and
# numbers ("Monday", "a Tuesday", "Oct. 27", "27 October")
_DAY_WORD = r"(?:[A-Z][a-z]{2,8}\.?|\d{1,2}(?:st|nd|rd|th)?)"
_DAY = r"(?:(?:a|an)[ \t]+)?" + _DAY_WORD + r"(?:[ \t]+" + _DAY_WORD + r"){0,2}"
# The verbs that place a holiday on its day: a copula, "fall", "land" ("Christmas fell on a Tuesday")
_FALLS = r"(?:is|was|will[ \t]+be|falls|fell|will[ \t]+fall|lands|landed)"
_HOLIDAY_DAY = re.compile(r"[ \t]+" + _FALLS + r"[ \t]+(?:on[ \t]+)?" + _DAY + r"[ \t]{1,3}" + _YEAR)
_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _named(m: re.Match[str]) -> NamedYear:
    return NamedYear(int(m["year"]), 0) if m["year"] else NamedYear(None, _SHIFTS[m["rel"].lower()])


def year_after(text: str, end: int) -> NamedYear | None:
    """The year written right after the date ending at ``end`` ("on Yom Kippur last year", "on Oct. 27 in 2019").

    Parameters
    ----------
    text : str
        The text.
    end : int
        Where the date ends.

    Returns
    -------
    NamedYear or None
        None when no year follows the date at once.

    Examples
    --------
    >>> year_after("He spent Christmas in 2017 abroad.", 18)
    NamedYear(year=2017, shift=0)
    >>> year_after("Christmas this year's sales", 9), year_after("Sales on Christmas rose last year.", 18)
    (None, None)
    >>> year_after("It cost $5 billion on Oct. 27 in 2019 dollars.", 29)
    """
    m = _YEAR_AFTER.match(text, end)
    return None if m is None else _named(m)


def year_of_holiday_day(text: str, end: int) -> NamedYear | None:
    """The year written after the day the holiday ending at ``end`` is told to fall on: "Diwali was on Oct. 27 in
    2019", "Christmas fell on a Tuesday this year"; not a day of another clause ("Christmas was quiet last year",
    "Easter was early, as it was last year": what a copula says of it may compare it with another year's).

    >>> year_of_holiday_day("Christmas fell on a Tuesday this year.", 9)
    NamedYear(year=None, shift=0)
    >>> year_of_holiday_day("Christmas was quiet last year.", 9), year_of_holiday_day("Easter was late in 2019", 6)
    (None, None)
    """
    m = _HOLIDAY_DAY.match(text, end)
    return None if m is None else _named(m)


# The year that closes the sentence of a holiday's clause: "in 2016." after the verb and its complement; not one
# compared with ("than in 2016", "from levels in 2016", "since 2016", "as in 2016"), nor past another clause's start
_CLOSING_YEAR = re.compile(r"(?P<between>[^.;:!?\n\"\u201c\u201d,]{1,80}?)[ \t](?i:in)[ \t]{1,3}(?P<year>(?:1\d|20)\d\d)"
                           r"[ \t]*[.!?]")
_NOT_CLOSING = re.compile(r"(?i)\b(?:than|from|since|as|compared|versus|vs|before|after|and|but|when|while|levels?)"
                          r"(?:[ \t]+\w+)?[ \t]*$")


def year_closing(text: str, end: int) -> NamedYear | None:
    """The year that closes the sentence after the date ending at ``end`` ("The Thanksgiving parade drew huge crowds
    in 2016."): the year of the event the clause tells, and so of the holiday its subject names by it (read only for
    a holiday in the subject of a past verb: :meth:`timeline.timex.clauses.Clause.year_named`). A year compared with
    ("drew more crowds than in 2016") or past another clause's start is none.

    >>> year_closing("The Thanksgiving parade drew huge crowds in 2016.", 16)
    NamedYear(year=2016, shift=0)
    >>> year_closing("The Thanksgiving parade drew more crowds than in 2016.", 16)
    >>> year_closing("The Thanksgiving parade drew crowds, as it did in 2016.", 16)
    """
    m = _CLOSING_YEAR.match(text, end)
    if m is None or _NOT_CLOSING.search(m["between"]):
        return None
    return NamedYear(int(m["year"]), 0)


# Before a weekday: a name (its words capitalised, a year after it maybe) and the verb that places it on that
# weekday ("Rosh Hashanah falls on", "Yom Kippur 2019 falls on a")
_FALLS_ON = re.compile(r"(?P<name>(?:[A-Z][\w'\u2019]*[ \t]+){1,3})(?:(?:1\d|20)\d\d[ \t]+)?" + _FALLS
                       + r"[ \t]+on[ \t]+(?:(?:a|an)[ \t]+)?$")


def falls_on_holiday(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` is the day a holiday named before it is told to fall on ("Rosh Hashanah
    falls on Monday", "Christmas is on a Tuesday"): the weekday is the holiday's day.

    >>> text = "Rosh Hashanah falls on Monday this year."
    >>> falls_on_holiday(text, text.index("Monday")), falls_on_holiday("The vote falls on Monday.", 18)
    (True, False)
    >>> falls_on_holiday("Obama was on Monday in Paris.", 13)
    False
    """
    m = _FALLS_ON.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m["name"].split()
    return any(LEXICON.lookup("holiday", " ".join(words[-k:])) for k in range(1, len(words) + 1))

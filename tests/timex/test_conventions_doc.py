"""The table of docs/timex.md "## Conventions (TimeML / TE3)" as tests: every row is a promise to users.

Each case is (row, sentence, DCT, expected timexes). ``row`` is the row's first quoted example, so a failure
names the row it breaks; the sentence is built from the row's own examples, in a clause whose tense the row
needs. Expected timexes are the whole output of :func:`timeline.extract_timexes` for the sentence, each
(text, type, value) and, where the row states them, its ``earliest``, ``latest`` and ``mod``. The DCT is
Thursday 2018-11-15 unless the row says otherwise.

``test_every_row_has_a_case`` parses the table: a row added to the docs without a case here fails.
A row the code does not yet keep, where the fix is not trivial, is a strict xfail with its reason.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from timeline import extract_timexes

THU = dt.date(2018, 11, 15)
AUG = dt.date(2018, 8, 20)
DOC = Path(__file__).resolve().parents[2] / "docs" / "timex.md"
SECTION = "## Conventions (TimeML / TE3)"


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def x(text: str, type_: str, value: str, **stated: Any) -> tuple[str, str, str, dict[str, Any]]:
    """One expected timex; ``stated`` holds the fields the row promises (earliest, latest, mod)."""
    return (text, type_, value, stated)


NONE_: list = []

# (row, sentence, dct, expected)
CASES = [
    ("now", "Prices are rising now and currently remain high.", THU,
     [x("now", "DATE", "PRESENT_REF", earliest=THU, latest=THU), x("currently", "DATE", "PRESENT_REF")]),
    ("recently", "Prices rose recently, and several years ago they fell.", THU,
     [x("recently", "DATE", "PAST_REF", earliest=None, latest=THU), x("several years ago", "DATE", "PAST_REF")]),
    ("the future", "The company plans for the future and the near term.", THU,
     [x("the future", "DATE", "FUTURE_REF", earliest=THU, latest=None), x("the near term", "DATE", "FUTURE_REF")]),
    ("in recent years", "Prices rose in recent years and will rise in the coming months and the weeks ahead.", THU,
     [x("recent years", "DURATION", "PXY", earliest=None, latest=THU),
      x("the coming months", "DURATION", "PXM", earliest=THU, latest=None),
      x("the weeks ahead", "DURATION", "PXW", earliest=THU, latest=None)]),
    ("this week", "She is in Paris this week and will stay for the weekend.", THU,
     [x("this week", "DATE", "2018-W46", earliest=d("2018-11-12"), latest=d("2018-11-18")),
      x("the weekend", "DATE", "2018-W46-WE", earliest=d("2018-11-17"), latest=d("2018-11-18"))]),
    ("the third quarter", "Profits rose in the third quarter, spring 2017 and the first half.", THU,
     [x("the third quarter", "DATE", "2018-Q3", earliest=d("2018-07-01"), latest=d("2018-09-30")),
      x("spring 2017", "DATE", "2017-SP", earliest=d("2017-03-01"), latest=d("2017-05-31")),
      x("the first half", "DATE", "2018-H1", earliest=d("2018-01-01"), latest=d("2018-06-30"))]),
    ("the 1990s", "It happened in the 1990s and the 20th century.", THU,
     [x("the 1990s", "DATE", "199", earliest=d("1990-01-01"), latest=d("1999-12-31")),
      x("the 20th century", "DATE", "19", earliest=d("1900-01-01"), latest=d("1999-12-31"))]),
    ("the 1800s", "Life in the 1800s was hard; the tradition dates to the 1500s.", THU,
     [x("the 1800s", "DATE", "18", earliest=d("1800-01-01"), latest=d("1899-12-31")),
      x("the 1500s", "DATE", "15", earliest=d("1500-01-01"), latest=d("1599-12-31"))]),
    ("by mid-century", "Emissions must reach zero by mid-century. The fighting died down late in 1916.", THU,
     [x("mid-century", "DATE", "20", mod="MID", earliest=d("2025-01-01"), latest=d("2074-12-31")),
      x("late in 1916", "DATE", "1916", mod="END", earliest=d("1916-07-01"), latest=d("1916-12-31"))]),
    ("year to date", "Shares gained 35% year to date and rose in the current half.", THU,
     [x("year to date", "DATE", "2018", earliest=d("2018-01-01"), latest=THU),
      x("the current half", "DATE", "2018-H2", earliest=d("2018-07-01"), latest=d("2018-12-31"))]),
    ("the trailing twelve months", "Sales rose 9% in the trailing twelve months.", THU,
     [x("the trailing twelve months", "DURATION", "P12M", earliest=d("2017-11-16"), latest=THU)]),
    ("Friday the 13th", "The market fell on Friday the 13th.", THU,
     [x("Friday the 13th", "DATE", "2018-07-13", earliest=d("2018-07-13"), latest=d("2018-07-13"))]),
    ("a 1,000-year-old manuscript", "A 1,000-year-old manuscript was found; the man is 75 years old. "
     "The 100-year flood hit.", THU, [x("1,000-year-old", "DURATION", "P1000Y", earliest=None, latest=None)]),
    ("at 0300 hours", "The troops moved at 0300 hours.", THU,
     [x("0300 hours", "TIME", "2018-11-15T03:00", earliest=THU, latest=THU)]),
    ("a year ago", "He left a year ago, two weeks ago, six months ago and two days ago.", THU,
     [x("a year ago", "DATE", "2017", earliest=d("2017-01-01"), latest=d("2017-12-31")),
      x("two weeks ago", "DATE", "2018-W44", earliest=d("2018-10-29"), latest=d("2018-11-04")),
      x("six months ago", "DATE", "2018-05", earliest=d("2018-05-01"), latest=d("2018-05-31")),
      x("two days ago", "DATE", "2018-11-13", earliest=d("2018-11-13"), latest=d("2018-11-13"))]),
    ("Sunday night", "It happened Sunday night, this morning and at 15:00 Saturday.", THU,
     [x("Sunday night", "TIME", "2018-11-11TNI", earliest=d("2018-11-11"), latest=d("2018-11-11")),
      x("this morning", "TIME", "2018-11-15TMO", earliest=THU, latest=THU),
      x("15:00 Saturday", "TIME", "2018-11-10T15:00", earliest=d("2018-11-10"), latest=d("2018-11-10"))]),
    ("Sunday night", "The talks will end at 15:00 Saturday.", THU,
     [x("15:00 Saturday", "TIME", "2018-11-17T15:00", earliest=d("2018-11-17"), latest=d("2018-11-17"))]),
    ("the past year", "Prices rose over the past year and fell over the last year.", THU,
     [x("the past year", "DATE", "2017", earliest=d("2017-01-01"), latest=d("2017-12-31")),
      x("the last year", "DATE", "2017")]),
    ("the past two years", "Prices rose over the past two years and will rise over the next two weeks.", THU,
     [x("the past two years", "DURATION", "P2Y", latest=THU),
      x("the next two weeks", "DURATION", "P2W", earliest=THU)]),
    ("three years", "It took three years, two and a half years, 5 1/2 hours and 24 hours.", THU,
     [x("three years", "DURATION", "P3Y", earliest=None, latest=None), x("two and a half years", "DURATION", "P2Y6M"),
      x("5 1/2 hours", "DURATION", "PT5H30M"), x("24 hours", "DURATION", "PT24H")]),
    ("three years", "The work took months.", THU, [x("months", "DURATION", "PXM", earliest=None, latest=None)]),
    ("in two weeks", "The talks will resume in two weeks.", THU, [x("two weeks", "DATE", "2018-W48")]),
    ("in two weeks", "The talks were held in two weeks.", THU, [x("two weeks", "DURATION", "P2W")]),
    ("daily", "Update daily, quarterly, every Monday, annually and each July.", THU,
     [x("daily", "SET", "P1D", earliest=None, latest=None), x("quarterly", "SET", "P3M"),
      x("every Monday", "SET", "XXXX-WXX-1"), x("annually", "SET", "P1Y"), x("each July", "SET", "XXXX-07")]),
    ("$50,000 a year", "He earns $50,000 a year, 3% per year and works 24 hours a day.", THU, NONE_),
    ("490 BC", "It began in 490 BC, in the autumn of 481 BC and in June 479 BC.", THU,
     [x("490 BC", "DATE", "BC0490", earliest=None, latest=None),
      x("the autumn of 481 BC", "DATE", "BC0481-FA", earliest=None), x("June 479 BC", "DATE", "BC0479-06", earliest=None)]),
    ("early November", "Sales rose in early November, and will fall by mid-2019; they fell at the end of 1990.", THU,
     [x("early November", "DATE", "2018-11", earliest=d("2018-11-01"), latest=d("2018-11-15"), mod="START"),
      x("mid-2019", "DATE", "2019", earliest=d("2019-04-01"), latest=d("2019-09-30"), mod="MID"),
      x("the end of 1990", "DATE", "1990", earliest=d("1990-07-01"), latest=d("1990-12-31"), mod="END")]),
    ("earlier this month", "Prices rose earlier this month and will rise later this year.", THU,
     [x("earlier this month", "DATE", "2018-11", earliest=d("2018-11-01"), latest=THU),
      x("later this year", "DATE", "2018", earliest=THU, latest=d("2018-12-31"))]),
    ("earlier in the year", "In March the firm hired staff. Earlier in the year it had sacked some. "
     "Later in the month it hired more.", THU,
     [x("March", "DATE", "2018-03"),
      x("Earlier in the year", "DATE", "2018", earliest=d("2018-01-01"), latest=d("2018-12-31")),
      x("Later in the month", "DATE", "2018-03", earliest=d("2018-03-01"), latest=d("2018-03-31"))]),
    ("will close within two months", "The plant will close within two months.", THU,
     [x("within two months", "DURATION", "P2M", mod="EQUAL_OR_LESS", earliest=THU, latest=d("2019-01-14"))]),
    ("60 Minutes", "He watched 60 Minutes and High Noon, and read the Party daily Granma.", THU, NONE_),
    ("60 Minutes", "He said he will one day be president.", THU, [x("one day", "DATE", "FUTURE_REF")]),
    ("about two years ago", "He left about two years ago, after more than four weeks.", THU,
     [x("about two years ago", "DATE", "2016", mod="APPROX"),
      x("more than four weeks", "DURATION", "P4W", mod="MORE_THAN")]),
    ("the night of April 18, 1775", "It happened on the night of April 18, 1775.", THU,
     [x("the night of April 18, 1775", "TIME", "1775-04-18TNI", earliest=d("1775-04-18"), latest=d("1775-04-18"))]),
    ("the night of April 18, 1775", "It happened early in the morning of 29 April 1975.", THU,
     [x("early in the morning of 29 April 1975", "TIME", "1975-04-29TMO", earliest=d("1975-04-29"))]),
    ("the night of April 18, 1775", "The attack came in the early hours of Saturday.", THU,
     [x("the early hours of Saturday", "TIME", "2018-11-10TMO", earliest=d("2018-11-10"), latest=d("2018-11-10"))]),
    ("the night of April 18, 1775", "He arrived on 2 May 2017. By mid afternoon the crowd had gone.", THU,
     [x("2 May 2017", "DATE", "2017-05-02"),
      x("mid afternoon", "TIME", "2017-05-02TAF", earliest=d("2017-05-02"), latest=d("2017-05-02"))]),
    ("a few days later", "He arrived on May 3, 2017. A few days later he left. Some weeks earlier he had visited.", THU,
     [x("May 3, 2017", "DATE", "2017-05-03"),
      x("A few days later", "DATE", "FUTURE_REF", earliest=d("2017-05-04"), latest=None),
      x("Some weeks earlier", "DATE", "PAST_REF", earliest=None, latest=d("2017-05-02"))]),
    ("that same day", "He came last October. That same day he left.", THU,
     [x("last October", "DATE", "2018-10"),
      x("That same day", "DATE", "2018-10-XX", earliest=d("2018-10-01"), latest=d("2018-10-31"))]),
    ("then current", "The then current president and the then-existing rules remained.", THU,
     [x("then current", "DATE", "PAST_REF", earliest=None, latest=THU), x("then-existing", "DATE", "PAST_REF")]),
    ("two to three weeks", "It will take two to three weeks, within two to three weeks, in the next 12 to 18 months.", THU,
     [x("two to three weeks", "DURATION", "P2W", mod="EQUAL_OR_MORE"),
      x("within two to three weeks", "DURATION", "P3W", mod="EQUAL_OR_LESS", earliest=THU),
      x("the next 12 to 18 months", "DURATION", "P18M", mod="EQUAL_OR_LESS", earliest=THU)]),
    ("a week or so", "It will take a week or so. He will return in a year or two. He left a year or two ago.", THU,
     [x("a week or so", "DURATION", "P1W", mod="APPROX"), x("a year or two", "DATE", "FUTURE_REF"),
      x("a year or two ago", "DATE", "PAST_REF")]),
    ("eight trading days", "It took eight trading days, a day-long meeting and the decades-long battle.", THU,
     [x("eight trading days", "DURATION", "P8D", earliest=None, latest=None), x("day-long", "DURATION", "P1D"),
      x("decades-long", "DURATION", "PXDE")]),
    ("eight trading days", "The firm must reply within five business days.", THU,
     [x("within five business days", "DURATION", "P5D", earliest=None, latest=None)]),
    ("the last half of the '80s", "It happened in the last half of the '80s, in the second half of November "
     "and in the first two quarters of 1990.", THU,
     [x("the last half of the '80s", "DATE", "198", mod="END", earliest=d("1985-01-01"), latest=d("1989-12-31")),
      x("the second half of November", "DATE", "2018-11", mod="END", earliest=d("2018-11-16"), latest=d("2018-11-30")),
      x("the first two quarters of 1990", "DATE", "1990-H1", earliest=d("1990-01-01"), latest=d("1990-06-30"))]),
    ("the second and fourth quarters", "The survey is usually conducted in the second and fourth quarters.", THU,
     [x("the second", "SET", "XXXX-Q2", earliest=None), x("fourth quarters", "SET", "XXXX-Q4", earliest=None)]),
    ("the second and fourth quarters", "Profits rose in the second and fourth quarters.", THU,
     [x("the second", "DATE", "2018-Q2"), x("fourth quarters", "DATE", "2018-Q4")]),
    ("March 1980-April 1985", "It lasted from March 1980-April 1985.", THU,
     [x("March 1980", "DATE", "1980-03", earliest=d("1980-03-01")), x("April 1985", "DATE", "1985-04", latest=d("1985-04-30"))]),
    ("March 1980-April 1985", "It happened in August/September 1956, in summer-fall 1919 and in 499-493 BC.", THU,
     [x("August", "DATE", "1956-08"), x("September 1956", "DATE", "1956-09"),
      x("summer", "DATE", "1919-SU"), x("fall 1919", "DATE", "1919-FA"),
      x("499", "DATE", "BC0499"), x("493 BC", "DATE", "BC0493")]),
    ("the first day of next month", "The rules take effect on the first day of next month.", THU,
     [x("the first day of next month", "DATE", "2018-12-01", earliest=d("2018-12-01"), latest=d("2018-12-01"))]),
    ("the first day of next month", "He visited in the last week of August.", THU,
     [x("the last week of August", "DURATION", "P1W", earliest=d("2018-08-25"), latest=d("2018-08-31"))]),
    ("the first day of next month", "The fair runs in the first week in June.", THU,
     [x("the first week in June", "DURATION", "P1W", earliest=d("2019-06-01"), latest=d("2019-06-07"))]),
    ("the second week of December", "Sales peaked in the second week of December.", THU,
     [x("the second week of December", "DURATION", "P1W", earliest=d("2017-12-08"), latest=d("2017-12-14"))]),
    ("the second week of December", "The fair was on the third weekend of June.", AUG,
     [x("the third weekend of June", "DURATION", "P1WE", earliest=d("2018-06-15"), latest=d("2018-06-21"))]),
    ("the second week of December", "The works start on the second day of next month.", THU,
     [x("the second day of next month", "DATE", "2018-12-02", earliest=d("2018-12-02"), latest=d("2018-12-02"))]),
    ("the second week of December", "The fifth week of February was cold.", THU,
     [x("The fifth week of February", "DURATION", "P1W", earliest=None, latest=None)]),
    ("the first nine months of 1989", "Sales rose in the first nine months of 1989.", THU,
     [x("the first nine months", "DURATION", "P9M", earliest=d("1989-01-01"), latest=d("1989-09-30")),
      x("1989", "DATE", "1989")]),
    ("the first nine months of 1989", "Sales fell in the last three months of the year.", THU,
     [x("the last three months", "DURATION", "P3M", earliest=d("2018-10-01"), latest=d("2018-12-31")),
      x("the year", "DATE", "2018")]),
    ("the first nine months of 1989", "Sales rose in the first three quarters of 1989.", THU,
     [x("the first three quarters", "DURATION", "P3Q", earliest=d("1989-01-01"), latest=d("1989-09-30")),
      x("1989", "DATE", "1989")]),
    ("the 4th century BC", "It happened in the 4th century BC and the 460s BC.", THU,
     [x("the 4th century BC", "DATE", "BC03", earliest=None, latest=None),
      x("the 460s BC", "DATE", "BC046", earliest=None, latest=None)]),
    ("January 24 of the same year", "In 1975 the war ended. On January 24 of the same year he left.", THU,
     [x("1975", "DATE", "1975"),
      x("January 24 of the same year", "DATE", "1975-01-24", earliest=d("1975-01-24"), latest=d("1975-01-24"))]),
    ("January 24 of the same year", "In March 1950 he came. On the 28th of that month he left. "
     "He returned in March of the following year.", THU,
     [x("March 1950", "DATE", "1950-03"), x("the 28th of that month", "DATE", "1950-03-28"),
      x("March of the following year", "DATE", "1951-03", earliest=d("1951-03-01"), latest=d("1951-03-31"))]),
    ("the previous April", "He arrived on 2 September 1918. He had left the previous April. "
     "He returned the following spring.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"),
      x("the previous April", "DATE", "1918-04", earliest=d("1918-04-01"), latest=d("1918-04-30")),
      x("the following spring", "DATE", "1919-SP", earliest=d("1919-03-01"), latest=d("1919-05-31"))]),
    ("the previous April", "He arrived on 2 September 1918 and left the next March.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"), x("the next March", "DATE", "1919-03")]),
    ("the previous April", "He arrived on 2 September 1918. He will leave next March.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"), x("next March", "DATE", "2019-03")]),
    ("that same spring", "The war ended in 1975. That same spring he left. That April he returned.", THU,
     [x("1975", "DATE", "1975"), x("That same spring", "DATE", "1975-SP", earliest=d("1975-03-01")),
      x("That April", "DATE", "1975-04", earliest=d("1975-04-01"), latest=d("1975-04-30"))]),
    ("that same spring", "The war ended in 1975. That same fall he left. That fall was hard for the market.", THU,
     [x("1975", "DATE", "1975"), x("That same fall", "DATE", "1975-FA", earliest=d("1975-09-01"))]),
    ("that same spring", "The war ended in 1975. That May he left.", THU,
     [x("1975", "DATE", "1975"), x("May", "DATE", "2018-05")]),
    ("that same spring", "He said that May would win.", THU, NONE_),
    ("at month's end", "The report is due at month's end and by month-end.", THU,
     [x("month's end", "DATE", "2018-11", mod="END", earliest=d("2018-11-16"), latest=d("2018-11-30")),
      x("month-end", "DATE", "2018-11", mod="END")]),
    ("on the 20th", "He came on 20 September 1917. He left on the 20th.", THU,
     [x("20 September 1917", "DATE", "1917-09-20"),
      x("the 20th", "DATE", "1917-09-20", earliest=d("1917-09-20"), latest=d("1917-09-20"))]),
    ("on the 20th", "It ran from the 13th to the 19th of October 1950.", THU,
     [x("the 13th", "DATE", "1950-10-13", earliest=d("1950-10-13")), x("the 19th of October 1950", "DATE", "1950-10-19")]),
    ("on the 20th", "He came on 20 September 1917, in the 20th century.", THU,
     [x("20 September 1917", "DATE", "1917-09-20"), x("the 20th century", "DATE", "19")]),
    ("summer and autumn 1918", "It happened in summer and autumn 1918.", THU,
     [x("summer", "DATE", "1918-SU", earliest=d("1918-06-01")), x("autumn 1918", "DATE", "1918-FA", earliest=d("1918-09-01"))]),
    ("summer and autumn 1918", "It happened on May 4 and 5.", THU,
     [x("May 4", "DATE", "2018-05-04", earliest=d("2018-05-04")), x("5", "DATE", "2018-05-05", latest=d("2018-05-05"))]),
    ("summer and autumn 1918", "It happened on May 4 and 5.", None,
     [x("May 4", "DATE", "XXXX-05-04", earliest=None), x("5", "DATE", "XXXX-05-05", earliest=None)]),
    ("deployed by 05:30hrs", "They were deployed by 05:30hrs.", THU,
     [x("05:30hrs", "TIME", "2018-11-15T05:30", earliest=THU, latest=THU)]),
    ("deployed by 05:30hrs", "The curfew (19:00-03:00hrs) was lifted.", THU,
     [x("19:00", "TIME", "2018-11-15T19:00", earliest=THU),
      x("03:00hrs", "TIME", "2018-11-16T03:00", earliest=d("2018-11-16"), latest=d("2018-11-16"))]),
    ("CBS's 60 Minutes", "He last appeared on CBS's 60 Minutes and raced in the 24 Hours of Le Mans.", THU, NONE_),
    ("CBS's 60 Minutes", "He fought in the 4 Years' Liberation War and watched 60 Minutes II.", THU,
     [x("the 4 Years", "DURATION", "P4Y"), x("60 Minutes", "DURATION", "PT60M")]),
    ("last fall", "Sales rose last fall and last spring.", THU,
     [x("last fall", "DATE", "2017-FA", earliest=d("2017-09-01"), latest=d("2017-11-30")),
      x("last spring", "DATE", "2018-SP", earliest=d("2018-03-01"), latest=d("2018-05-31"))]),
    ("last fall", "Sales rose previous spring.", THU, [x("previous spring", "DATE", "2018-SP")]),
    ("last fall", "Sales rose this past fall.", THU,
     [x("this past fall", "DATE", "2018-FA", earliest=d("2018-09-01"), latest=d("2018-11-30"))]),
    # the article is the span's, as "this" is in "this past fall" (seasons.py)
    ("last fall", "Sales fell the past winter.", THU,
     [x("the past winter", "DATE", "2017-WI", earliest=d("2017-12-01"), latest=d("2018-02-28"))]),
    ("the turn of the century", "He was born in 1950. It happened at the turn of the century.", THU,
     [x("1950", "DATE", "1950"),
      x("the turn of the century", "DATE", "2000", mod="APPROX", earliest=d("1998-01-01"), latest=d("2002-12-31"))]),
    ("the turn of the century", "Vienna boomed at the turn of the last century.", THU,
     [x("the turn of the last century", "DATE", "1900", mod="APPROX", earliest=d("1898-01-01"), latest=d("1902-12-31"))]),
    ("the turn of the century", "Vienna boomed at the turn of the 20th century.", THU,
     [x("the turn of the 20th century", "DATE", "1900", mod="APPROX")]),
    ("the turn of the century", "The music of the last century and of the 20th century changed at the turn "
     "of the millennium.", THU,
     [x("the last century", "DATE", "19"), x("the 20th century", "DATE", "19"),
      x("the turn of the millennium", "DATE", "2000", mod="APPROX")]),
    ("Labor Day weekend", "Traffic was heavy over Labor Day weekend.", THU,
     [x("Labor Day weekend", "DATE", "2018-W35-WE", earliest=d("2018-09-01"), latest=d("2018-09-03"))]),
    ("Labor Day weekend", "Traffic will be heavy over Thanksgiving weekend and the Easter weekend.", THU,
     [x("Thanksgiving weekend", "DATE", "2018-W47-WE", earliest=d("2018-11-22"), latest=d("2018-11-25")),
      x("the Easter weekend", "DATE", "2019-W16-WE", earliest=d("2019-04-19"), latest=d("2019-04-21"))]),
    ("the previous decade", "In the previous decade and the following decade, things changed.", THU,
     [x("the previous decade", "DATE", "200", earliest=d("2000-01-01"), latest=d("2009-12-31")),
      x("the following decade", "DATE", "202")]),
    ("the previous decade", "He arrived on 2 September 1918. He had left the previous decade.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"),
      x("the previous decade", "DATE", "190", earliest=d("1900-01-01"), latest=d("1909-12-31"))]),
    ("Three weeks on", "He arrived on 2 September 1918. Three weeks on, he left.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"), x("Three weeks on", "DATE", "1918-W39")]),
    ("Three weeks on", "The bomb exploded on 2 September 1918. A year on from the attack, the town was rebuilt.", THU,
     [x("2 September 1918", "DATE", "1918-09-02"), x("A year on", "DATE", "1919")]),
    ("Three weeks on", "He served two years on the board.", THU, [x("two years", "DURATION", "P2Y")]),
    ("8 p.m. Eastern time on Tuesday", "The vote will be at 8 p.m. Eastern time on Tuesday.", THU,
     [x("8 p.m. Eastern time on Tuesday", "TIME", "2018-11-20T20:00", earliest=d("2018-11-20"), latest=d("2018-11-20"))]),
    ("8 p.m. Eastern time on Tuesday", "The vote was held at 10 a.m. local time Friday.", THU,
     [x("10 a.m. local time Friday", "TIME", "2018-11-09T10:00")]),
    ("8 p.m. Eastern time on Tuesday", "The first strike came at 5:34 a.m. Baghdad time on March 20, 2003.", THU,
     [x("5:34 a.m.", "TIME", "2003-03-20T05:34"), x("March 20, 2003", "DATE", "2003-03-20")]),
    ("Nov.18", "He will arrive on Nov.18 and left on Jan.5, 2009.", THU,
     [x("Nov.18", "DATE", "2018-11-18", earliest=d("2018-11-18")), x("Jan.5, 2009", "DATE", "2009-01-05")]),
    ("Nov.18", "He lives at No.18 in the U.S.2020 plan.", THU, NONE_),
    ("Posted 2018-11-15T10:00:00Z", "Posted 2018-11-15T10:00:00Z", THU,
     [x("2018-11-15T10:00:00Z", "TIME", "2018-11-15T10:00", earliest=THU, latest=THU)]),
    ("Posted 2018-11-15T10:00:00Z", "Updated 2018-11-15 10:00", THU, [x("2018-11-15 10:00", "TIME", "2018-11-15T10:00")]),
    ("Posted 2018-11-15T10:00:00Z", "Thursday 15 November 2018 10.30 GMT", THU,
     [x("Thursday 15 November 2018 10.30 GMT", "TIME", "2018-11-15T10:30", earliest=THU)]),
    ("Posted 2018-11-15T10:00:00Z", "15 Nov 2018 | 10:30 GMT", THU,
     [x("15 Nov 2018 | 10:30 GMT", "TIME", "2018-11-15T10:30", earliest=THU)]),
    ("15.11.2018", "It happened on 15.11.2018, 2018/11/15 and 15-11-2018.", THU,
     [x("15.11.2018", "DATE", "2018-11-15", earliest=THU, latest=THU), x("2018/11/15", "DATE", "2018-11-15"),
      x("15-11-2018", "DATE", "2018-11-15")]),
    ("15.11.2018", "He runs Python 3.11.2 on his laptop.", THU, NONE_),
    ("15.11.2018", "The server at 192.168.1.1 was down.", THU, NONE_),
    ("15.11.2018", "Download v15.11.2018 today.", THU, [x("today", "DATE", "2018-11-15")]),
    ("15.11.2018", "The build 10.11.2018.1 failed.", THU, NONE_),
    ("3h ago", "The post went up 3h ago, 2 hours ago and moments ago.", THU,
     [x("3h ago", "DATE", "2018-11-15", earliest=THU, latest=THU), x("2 hours ago", "DATE", "2018-11-15"),
      x("moments ago", "DATE", "2018-11-15")]),
    ("the first such visit in a decade", "It will be the first such visit in a decade.", THU,
     [x("a decade", "DURATION", "P10Y", earliest=None, latest=None)]),
    ("the first such visit in a decade", "Prices fell to the lowest level in five years.", THU,
     [x("five years", "DURATION", "P5Y", earliest=None, latest=None)]),
    ("(19:00 GMT)", "The shelling continued (19:00 GMT).", THU, [x("19:00 GMT", "TIME", "2018-11-15T19:00")]),
    ("(19:00 GMT)", "The curfew (19:00 GMT was lifted.", THU, [x("19:00 GMT", "TIME", "2018-11-15T19:00")]),
    ("week 46", "The table shows week 46.", THU, NONE_),
    ("week 46", "The table shows week 46 of 2018.", THU,
     [x("week 46 of 2018", "DATE", "2018-W46", earliest=d("2018-11-12"), latest=d("2018-11-18"))]),
    ("mid-to-late November", "Prices rose in mid-to-late November and will rise in early to mid-2019.", THU,
     [x("mid-to-late November", "DATE", "2018-11", mod=None, earliest=d("2018-11-01"), latest=d("2018-11-30")),
      x("early to mid-2019", "DATE", "2019", mod=None, earliest=d("2019-01-01"), latest=d("2019-12-31"))]),
    ("since Euro 2016", "The team has not won since Euro 2016 and is preparing ahead of Paris 2024 for Budget 2019.", THU,
     [x("2016", "DATE", "2016"), x("2024", "DATE", "2024"), x("2019", "DATE", "2019")]),
    ("since Euro 2016", "It has grown since Vision 2030 was launched.", THU, NONE_),
    ("Three weeks on, the town is still without power", "Three weeks on, the town is still without power.", THU,
     [x("Three weeks on", "DATE", "2018-W46", earliest=d("2018-11-12"), latest=d("2018-11-18"))]),
    ("the last fall in prices", "The last fall in prices and the previous fall in rates hurt.", THU, NONE_),
    ("the last fall in prices", "We met last fall in Paris.", THU, [x("last fall", "DATE", "2017-FA")]),
    ("the mid-to-late 1990s", "The band peaked in the mid-to-late 1990s.", THU,
     [x("the mid-to-late 1990s", "DATE", "199", mod=None, earliest=d("1990-01-01"), latest=d("1999-12-31"))]),
    ("the mid-to-late 1990s", "It peaked in early to mid-summer.", THU,
     [x("early to mid-summer", "DATE", "2018-SU", mod=None, earliest=d("2018-06-01"), latest=d("2018-08-31"))]),
    ("year on year", "Sales rose year on year and month over month.", THU, NONE_),
    ("(19:00 GMT) on Friday", "The shelling began (19:00 GMT) on Friday.", THU,
     [x("19:00 GMT", "TIME", "2018-11-09T19:00"), x("Friday", "DATE", "2018-11-09")]),
    ("$12 an hour", "He earns $12 an hour.", THU, NONE_),
    ("$12 an hour", "Prices rose 3% an hour.", THU, NONE_),
    ("was adjourned to Monday", "The hearing was adjourned to Monday and postponed to Friday.", THU,
     [x("Monday", "DATE", "2018-11-19"), x("Friday", "DATE", "2018-11-16")]),
    ("Vision 2030", "Vision 2030, Tokyo 2020, Windows 2000 and Orwell's 1984 is a classic.", THU, NONE_),
    ("Vision 2030", "Leaders met at the Hamburg 2018 summit.", THU, [x("2018", "DATE", "2018")]),
    ("Vision 2030", "He worked on the Bush 2004 campaign.", THU, [x("2004", "DATE", "2004")]),
    ("Vision 2030", "The U.S. 2020 census, Kopp's 1987 Chevrolet and the Bush 2004 campaign. Since 2016 things changed.",
     THU, [x("2020", "DATE", "2020"), x("1987", "DATE", "1987"), x("2004", "DATE", "2004"), x("2016", "DATE", "2016")]),
    # rows added for session 7's behaviour
    ("overnight", "Rescuers worked overnight to free the miners.", THU,
     [x("overnight", "TIME", "2018-11-14TNI", earliest=d("2018-11-14"), latest=d("2018-11-14"))]),
    ("overnight", "The storm will hit overnight.", THU, [x("overnight", "TIME", "2018-11-15TNI", earliest=THU, latest=THU)]),
    ("overnight", "The overnight shift ended.", THU, NONE_),
    ("Monday-Friday", "The offices were closed Monday-Friday last week.", THU,
     [x("Monday", "DATE", "2018-11-05"), x("Friday", "DATE", "2018-11-09"), x("last week", "DATE", "2018-W45")]),
    ("Monday-Friday", "The shop is open Mon-Fri this week.", THU,
     [x("Mon", "DATE", "2018-11-12"), x("Fri", "DATE", "2018-11-16"), x("this week", "DATE", "2018-W46")]),
    ("week 46 of the year", "Sales rose in week 46 of the year.", THU,
     [x("week 46 of the year", "DATE", "2018-W46", earliest=d("2018-11-12"), latest=d("2018-11-18"))]),
    ("century-old", "The century-old bridge collapsed.", THU, [x("century-old", "DURATION", "P100Y", earliest=None)]),
    ("century-old", "A 30-year-old man was arrested.", THU, NONE_),
    ("3 weekends", "The protests lasted 3 weekends.", THU, [x("3 weekends", "DURATION", "P3WE", earliest=None)]),
    ("3 weekends", "The protests lasted several weekends.", THU, [x("several weekends", "DURATION", "PXWE")]),
    ("half past six in the evening", "The meeting ended at half past six in the evening.", THU,
     [x("half past six in the evening", "TIME", "2018-11-15T18:30", earliest=THU, latest=THU)]),
    ("half past six in the evening", "The ceremony will start at a quarter to eight tomorrow morning.", THU,
     [x("a quarter to eight tomorrow morning", "TIME", "2018-11-16T07:45", earliest=d("2018-11-16"))]),
    ("the last century", "The music of the last century was better.", THU,
     [x("the last century", "DATE", "19", earliest=d("1900-01-01"), latest=d("1999-12-31"))]),
    ("the 90s", "Music of the 90s was loud.", THU,
     [x("the 90s", "DATE", "199", earliest=d("1990-01-01"), latest=d("1999-12-31"))]),
    ("the 90s", "In the '90s, Russia was poor.", THU, [x("the '90s", "DATE", "199")]),
    ("the 90s", "Highs will be in the 90s all week.", THU, NONE_),
    ("the 90s", "A woman in her 60s was hurt.", THU, NONE_),
    ("the 90s", "The market boomed in the 90s.", THU, [x("the 90s", "DATE", "199")]),
    ("the 90s", "Wages rose in the 90s.", THU, [x("the 90s", "DATE", "199")]),
    ("end-2019", "The plant will close by end-2019.", THU,
     [x("end-2019", "DATE", "2019", mod="END", earliest=d("2019-07-01"), latest=d("2019-12-31"))]),
    ("end-2019", "Output will rise by end-November.", THU,
     [x("end-November", "DATE", "2018-11", mod="END", earliest=d("2018-11-16"), latest=d("2018-11-30"))]),
    ("the winter of 2017-18", "It snowed heavily in the winter of 2017-18.", THU,
     [x("the winter of 2017-18", "DATE", "2017-WI", earliest=d("2017-12-01"), latest=d("2018-02-28"))]),
    ("Q1-Q3 2018", "Sales rose in Q1-Q3 2018.", THU,
     [x("Q1", "DATE", "2018-Q1", earliest=d("2018-01-01")), x("Q3 2018", "DATE", "2018-Q3", latest=d("2018-09-30"))]),
    ("Q1-Q3 2018", "Sales rose in Jan.-March.", THU,
     [x("Jan.", "DATE", "2018-01", earliest=d("2018-01-01")), x("March", "DATE", "2018-03", latest=d("2018-03-31"))]),
    ("the Dec. 13-14 summit", "EU leaders will meet at the Dec. 13-14 summit in Brussels.", THU,
     [x("Dec. 13", "DATE", "2018-12-13", earliest=d("2018-12-13")), x("14", "DATE", "2018-12-14", latest=d("2018-12-14"))]),
    ("the Dec. 13-14 summit", "Leaders met at the Dec. 13-14 summit.", THU,
     [x("Dec. 13", "DATE", "2017-12-13"), x("14", "DATE", "2017-12-14")]),
    ("May Day", "Workers marched on May Day.", THU,
     [x("May Day", "DATE", "2018-05-01", earliest=d("2018-05-01"), latest=d("2018-05-01"))]),
    ("May Day", "Workers will march on May Day.", THU, [x("May Day", "DATE", "2019-05-01")]),
    ("May Day", "Stocks crashed on Black Monday.", THU, NONE_),
    # a holiday followed by "last year" takes that year (around_day._holiday_of_year_after)
    ("May Day", "Workers marched on May Day last year.", THU,
     [x("May Day", "DATE", "2017-05-01"), x("last year", "DATE", "2017")]),
    ("$2 billion over five years", "The firm will invest $2 billion over five years.", THU,
     [x("five years", "DURATION", "P5Y", mod=None, earliest=None)]),
    ("$2 billion over five years", "The pipeline carries 55 billion cubic meters a year.", THU, NONE_),
    ("the quarter century", "The mine has been open for the quarter century.", THU,
     [x("the quarter century", "DURATION", "P25Y", earliest=None)]),
    ("the quarter century", "The firm was founded a quarter century ago.", THU,
     [x("a quarter century ago", "DATE", "1993")]),
    ("The new rules take effect Monday.", "The new rules take effect Monday.", THU,
     [x("Monday", "DATE", "2018-11-19", earliest=d("2018-11-19"), latest=d("2018-11-19"))]),
    ("The new rules take effect Monday.", "New Rules Take Effect Monday", THU, [x("Monday", "DATE", "2018-11-12")]),
    ("Were the vote held on Sunday, ...", "Were the vote held on Sunday, the party would win.", THU,
     [x("Sunday", "DATE", "2018-11-18", earliest=d("2018-11-18"))]),
    ("Six weeks on, police have made no arrests", "Six weeks on, police have made no arrests.", THU,
     [x("Six weeks on", "DATE", "2018-W46", earliest=d("2018-11-12"), latest=d("2018-11-18"))]),
    ("Traffic was heavy over Labor Day weekend", "Traffic was heavy over Labor Day weekend.", AUG,
     [x("Labor Day weekend", "DATE", "2017-W35-WE", earliest=d("2017-09-02"), latest=d("2017-09-04"))]),
    ("Traffic was heavy over Labor Day weekend", "Traffic will be heavy over Labor Day weekend.", AUG,
     [x("Labor Day weekend", "DATE", "2018-W35-WE", earliest=d("2018-09-01"), latest=d("2018-09-03"))]),
    ("for the rest of the year", "Oil will stay above $70 for the rest of the year.", THU,
     [x("the rest of the year", "DATE", "2018", mod=None, earliest=THU, latest=d("2018-12-31"))]),
    ("for the rest of the year", "Rates will hold for the remainder of the month.", THU,
     [x("the remainder of the month", "DATE", "2018-11", mod=None, earliest=THU, latest=d("2018-11-30"))]),
    ("into the new year", "Talks will drag into the new year.", THU,
     [x("the new year", "DATE", "2019", earliest=d("2019-01-01"), latest=d("2019-12-31"))]),
    ("into the new year", "Talks will drag into the new year.", dt.date(2019, 1, 3),
     [x("the new year", "DATE", "2019", earliest=d("2019-01-01"), latest=d("2019-12-31"))]),
    ("into the new year", "The deal must close before the new year.", THU,
     [x("the new year", "DATE", "2019-01-01", earliest=d("2019-01-01"), latest=d("2019-01-01"))]),
    ("2019 will be a difficult year", '"2019 will be a difficult year," he said.', THU, [x("2019", "DATE", "2019")]),
    ("within hours of taking effect", "Protests began within hours of the law taking effect.", THU,
     [x("hours", "DURATION", "PTXH", earliest=None, latest=None)]),
    ("two Sundays ago", "The club won the cup two Sundays ago, 50 years ago this week.", THU,
     [x("two Sundays ago", "DATE", "2018-11-04", earliest=d("2018-11-04"), latest=d("2018-11-04")),
      x("50 years ago this week", "DATE", "1968-W46", earliest=d("1968-11-11"), latest=d("1968-11-17"))]),
    ("on weekdays", "The line runs on weekdays and every weekday morning.", THU,
     [x("weekdays", "SET", "XXXX-WXX-WD"), x("every weekday morning", "SET", "XXXX-WXX-WDTMO")]),
    ("the last Sunday in October", "The clocks went back on the last Sunday in October.", THU,
     [x("the last Sunday in October", "DATE", "2018-10-28", earliest=d("2018-10-28"), latest=d("2018-10-28"))]),
    ("the last Sunday in October", "The meeting is on the first Sunday of the month.", THU, NONE_),
    ("played over two days", "The final was played over two days; he spent over five years abroad.", THU,
     [x("two days", "DURATION", "P2D", mod=None), x("over five years", "DURATION", "P5Y", mod="MORE_THAN")]),
    ("Christmas Eve in 1977", "He died on Christmas Eve in 1977.", THU,
     [x("Christmas Eve", "DATE", "1977-12-24", earliest=d("1977-12-24")), x("1977", "DATE", "1977")]),
    ("Christmas Eve in 1977", "Cup ties will be played on the weekend of Jan. 5.", THU,
     [x("the weekend of Jan. 5", "DATE", "2019-W01-WE", earliest=d("2019-01-05"), latest=d("2019-01-06"))]),
    ("two hours and 14 minutes", "Rain delayed the game for two hours and 14 minutes.", THU,
     [x("two hours and 14 minutes", "DURATION", "PT2H14M")]),
    ("two hours and 14 minutes", "He served three years and six months.", THU,
     [x("three years and six months", "DURATION", "P3Y6M")]),
    ("on a Monday", "The attack came on a Monday.", THU, NONE_),
    ("on a Monday", "We met on a Tuesday in March.", THU,
     [x("March", "DATE", "2018-03", earliest=d("2018-03-01"), latest=d("2018-03-31"))]),
    ("on a Monday", "Christmas falls on a Tuesday this year.", THU,
     [x("Christmas", "DATE", "2018-12-25"), x("this year", "DATE", "2018")]),
    ("1000s of people", "1000s of people marched.", THU, NONE_),
    ("1000s of people", "In the 1000s, Vikings raided the coast.", THU,
     [x("the 1000s", "DATE", "10", earliest=d("1000-01-01"), latest=d("1099-12-31"))]),
    ("1000s of people", "Tens of 1000s of protesters marched on Sunday.", THU,
     [x("Sunday", "DATE", "2018-11-11", earliest=d("2018-11-11"), latest=d("2018-11-11"))]),
]


def _row_of(case: Any) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


def _case_id(case: Any) -> str:
    return case.id if hasattr(case, "id") and case.id else f"{case[0]}/{case[1][:40]}"


def _observed(found: list, expected: list) -> list[tuple]:
    """The found timexes cut to what ``expected`` states, so that a failure shows only promised fields."""
    out = []
    for i, t in enumerate(found):
        stated = expected[i][3] if i < len(expected) else {}
        out.append((t.text, t.type, t.value, {k: getattr(t, k) for k in stated}))
    return out


@pytest.mark.parametrize(("row", "sentence", "dct", "expected"), CASES, ids=[_case_id(c) for c in CASES])
def test_row(row: str, sentence: str, dct: dt.date | None, expected: list) -> None:
    assert _observed(extract_timexes(sentence, dct), expected) == expected


def _rows(markdown: str) -> list[str]:
    """The first quoted example of each row of the section's table.

    >>> _rows('## Conventions (TimeML / TE3)\\n| text | type |\\n|---|---|\\n| "now", "then" | DATE |\\n## Next\\n| "x" |')
    ['now']
    """
    body = markdown.split(SECTION, 1)[1].split("\n## ", 1)[0]
    lines = [ln for ln in body.splitlines() if ln.startswith("|")][2:]
    firsts = []
    for line in lines:
        cell = re.split(r"(?<!\\)\|", line)[1]
        quoted = re.search(r'"([^"]+)"', cell)
        firsts.append(quoted.group(1) if quoted else cell.strip())
    return firsts


def test_every_row_has_a_case() -> None:
    rows = _rows(DOC.read_text(encoding="utf-8"))
    assert len(rows) > 60
    tested = {_row_of(c) for c in CASES}
    assert [r for r in rows if r not in tested] == []


def test_every_case_names_a_row() -> None:
    rows = set(_rows(DOC.read_text(encoding="utf-8")))
    assert sorted({_row_of(c) for c in CASES} - rows) == []


NO_DCT = [
    ("She left last month.", [("last month", "XXXX-XX")]),
    ("They met on Sunday.", [("Sunday", "XXXX-WXX-7")]),
    ("They met on Nov. 12.", [("Nov. 12", "XXXX-11-12")]),
    ("Profits rose in the fourth quarter.", [("the fourth quarter", "XXXX-Q4")]),
    ("It opened on November 15, 2018, and closed in 1848.", [("November 15, 2018", "2018-11-15"), ("1848", "1848")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NO_DCT)
def test_without_a_dct(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = extract_timexes(sentence, None)
    assert [(t.text, t.value) for t in found] == expected
    relative = [t for t in found if t.value.startswith("XXXX")]
    assert all(t.earliest is None and t.latest is None for t in relative)

"""Recognition in news text: what an adversarial review of invented news sentences found.

Each case is a sentence, its DCT and the (text, value) of every timex a careful TimeML
annotator would mark: the spans matter here, which the rule corpora (values and days only)
do not check. Negatives (names, addresses, labels, games) are in ``timeline/timex/negative.tsv``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes

DCT = dt.date(2018, 11, 15)  # a Thursday

CASES: list[tuple[str, dt.date, list[tuple[str, str]]]] = [
    # wire copy writes a clock without its colon, with its zone: not the year 1500
    ("The polls opened at 1500 GMT.", DCT, [("1500 GMT", "2018-11-15T15:00")]),
    ("The polls close at 2100 GMT on Sunday.", DCT, [("2100 GMT on Sunday", "2018-11-18T21:00")]),
    ("He paid 1500 pounds for the car in 1998.", DCT, [("1998", "1998")]),
    # US zones without their season
    ("The market closed at 3:45 p.m. ET.", DCT, [("3:45 p.m. ET", "2018-11-15T15:45")]),
    ("The match starts at 7:30 p.m. ET on Friday.", DCT, [("7:30 p.m. ET on Friday", "2018-11-16T19:30")]),
    # house numbers and labelled numbers are no years; a time cue before a street's name still is
    ("She moved to 1600 Pennsylvania Avenue in 1998.", DCT, [("1998", "1998")]),
    ("In 1987 Wall Street crashed.", DCT, [("1987", "1987")]),
    ("Section 1983 of the code was cited in 2016.", DCT, [("2016", "2016")]),
    # holidays named by more than one word
    ("Shops expect big crowds on Black Friday.", DCT, [("Black Friday", "2018-11-23")]),
    ("Fireworks are planned for the Fourth of July.", dt.date(2018, 6, 20), [("the Fourth of July", "2018-07-04")]),
    ("Stores close early on July Fourth.", dt.date(2018, 6, 20), [("July Fourth", "2018-07-04")]),
    ("Markets shut for Presidents Day.", dt.date(2019, 2, 10), [("Presidents Day", "2019-02-18")]),
    # analysts' halves; a half of a game is none
    ("Revenue rose 4% in H1 2019.", dt.date(2019, 8, 1), [("H1 2019", "2019-H1")]),
    ("Man United scored in the first half and again in the 89th minute.", DCT, []),
    ("Profits rose in the first half of the year.", DCT, [("the first half of the year", "2018-H1")]),
    # a quarter of a century, not a quarter (P1Q) and a century
    ("The fighting stopped a quarter-century ago.", DCT, [("a quarter-century ago", "1993")]),
    ("The firm has existed for a quarter of a century.", DCT, [("a quarter of a century", "P25Y")]),
    # titles: a capitalised season or periodical adverb inside a name
    ("The Spring Festival travel rush began on Monday.", DCT, [("Monday", "2018-11-12")]),
    ("China Daily said prices rose daily.", DCT, [("daily", "P1D")]),
    # a set's span holds its count of times (TimeML: freq); a counted thing's rate is none
    ("The committee meets three times a year.", DCT, [("three times a year", "P1Y")]),
    ("Inspectors visit once a month, 500 cars a day.", DCT, [("once a month", "P1M")]),
    ("He calls several times a week, three doses a day.", DCT, [("several times a week", "P1W")]),
    ("Doctors prescribed 20 mg twice daily.", DCT, [("twice daily", "P1D")]),
    # plural units counted back or on from the text's time
    ("He left on Monday. Hours later, the roof fell.", DCT, [("Monday", "2018-11-12"), ("Hours later", "FUTURE_REF")]),
    ("The blast came hours ago.", DCT, [("hours ago", "2018-11-15")]),
    ("Days later, the roof fell.", DCT, [("Days later", "FUTURE_REF")]),
    # two units from the DCT
    ("The deal was signed the week before last.", DCT, [("the week before last", "2018-W44")]),
    ("The vote is the year after next.", DCT, [("the year after next", "2020")]),
    # dawn and dusk are the morning and the evening of their day
    ("Troops will leave at first light Saturday.", DCT, [("first light Saturday", "2018-11-17TMO")]),
    ("Dawn Butler spoke at dusk.", DCT, [("dusk", "2018-11-15TEV")]),
    # fiscal years written short
    ("The company expects to break even in FY2019.", DCT, [("FY2019", "2019")]),
    ("Guidance for FY'20 is weak.", DCT, [("FY'20", "2020")]),
    # the preposition before an anchored or vague window is a signal, outside the span (TimeML)
    ("Prices have risen 8% over the past 12 months.", DCT, [("the past 12 months", "P12M")]),
    ("Shares have fallen in recent months.", DCT, [("recent months", "PXM")]),
    ("Details will emerge in the coming weeks.", DCT, [("the coming weeks", "PXW")]),
    ("Sales fell over the past year.", DCT, [("the past year", "2017")]),
    # quarter codes, and a quarter named by the month it ends
    ("Shares rose in Q3'18.", DCT, [("Q3'18", "2018-Q3")]),
    ("In Q3 18 people died.", DCT, [("Q3", "2018-Q3")]),
    ("Earnings for the September quarter rose.", DCT, [("the September quarter", "2018-Q3")]),
    # "the other day", bare plural windows, "circa"
    ("I saw him the other day.", DCT, [("the other day", "PAST_REF")]),
    ("The fire spread within minutes.", DCT, [("minutes", "PTXM")]),
    ("He was born circa 1950.", DCT, [("circa 1950", "1950")]),
    ("They met for the first time in years.", DCT, [("years", "PXY")]),
    # awards and the fiscal year's verb
    ("She was named Person of the Year.", DCT, []),
    ("Sales for the year rose.", DCT, [("the year", "2018")]),
    # wire copy's edge before "on"; "last" as a verb; a zone after noon; the holiday weekend
    ("The ruling came late on Tuesday.", DCT, [("late on Tuesday", "2018-11-13")]),
    ("The trial is expected to last two weeks.", DCT, [("two weeks", "P2W")]),
    ("Prices rose over the last two weeks.", DCT, [("the last two weeks", "P2W")]),
    ("The deadline is noon ET on Friday.", DCT, [("noon ET on Friday", "2018-11-16T12:00")]),
    ("Traffic was heavy over the holiday weekend.", DCT, [("the holiday weekend", "2018-W45-WE")]),
    # a definite duration keeps its article, an adjective's article is its noun's
    ("Profit rose in the nine months ended Sept. 30.", DCT, [("the nine months", "P9M"), ("Sept. 30", "2018-09-30")]),
    ("The 14-day trip begins today.", DCT, [("14-day", "P14D"), ("today", "2018-11-15")]),
    ("A month-long strike paralysed the port.", DCT, [("month-long", "P1M")]),
    ("The painting dates from c. 1650.", DCT, [("c. 1650", "1650")]),
    # a newspaper's title holds no Sunday, the paper named before a day does not
    ("He told the Mail on Sunday he was innocent.", DCT, []),
    ("The Daily Mail on Sunday said it would appeal.", DCT, [("Sunday", "2018-11-11")]),
    # the known gaps closed for issue 3: a zone between clock and weekday is the clock's, one expression
    ("Polls will close at 8 p.m. Eastern time on Tuesday.", DCT,
     [("8 p.m. Eastern time on Tuesday", "2018-11-20T20:00")]),
    ("The summit opens at 10 a.m. local time Friday.", DCT, [("10 a.m. local time Friday", "2018-11-16T10:00")]),
    # a holiday's weekend, with the article before it
    ("Traffic was heavy over Labor Day weekend.", DCT, [("Labor Day weekend", "2018-W35-WE")]),
    ("Churches were full over the Easter weekend.", DCT, [("the Easter weekend", "2018-W13-WE")]),
    # the turn of a century, as a noun and as an adjective
    ("Cities grew at the turn of the century.", DCT, [("the turn of the century", "2000")]),
    ("It is turn-of-the-century architecture.", DCT, [("turn-of-the-century", "2000")]),
    # British "on" for "later"; a stop with no space after a month's abbreviation
    ("The bridge fell on 5 June 2010. Three weeks on, the river is closed.", DCT,
     [("5 June 2010", "2010-06-05"), ("Three weeks on", "2010-W25")]),
    ("The vote is set for Nov.18.", DCT, [("Nov.18", "2018-11-18")]),
    # a name's year is the name's; a year a name does not hold stays
    ("Paris 2024 organisers said in 2023 that tickets sold out.", DCT, [("2023", "2023")]),
    ("The U.S. 2020 census counted 331 million people.", DCT, [("2020", "2020")]),
    # helper R2: a zone's brackets pair; web timestamps and bylines with their clock are one time
    ("Voting ends (19:00 GMT).", DCT, [("19:00 GMT", "2018-11-15T19:00")]),
    ("Polls close at 8 p.m. (EST).", DCT, [("8 p.m. (EST)", "2018-11-15T20:00")]),
    ("Posted 2018-11-15T10:00:00Z", DCT, [("2018-11-15T10:00:00Z", "2018-11-15T10:00")]),
    ("Thursday 15 November 2018 10.30 GMT", DCT, [("Thursday 15 November 2018 10.30 GMT", "2018-11-15T10:30")]),
    ("15 Nov 2018 | 10:30 GMT", DCT, [("15 Nov 2018 | 10:30 GMT", "2018-11-15T10:30")]),
    ("Nov 15, 2018, 10:30 AM", DCT, [("Nov 15, 2018, 10:30 AM", "2018-11-15T10:30")]),
    ("Updated 3:45 PM EST, Thu November 15, 2018", DCT,
     [("3:45 PM EST, Thu November 15, 2018", "2018-11-15T15:45")]),
    # dotted European dates; a version number is none
    ("The court ruled on 15.11.2018 and again on 5.3.2019.", DCT, [("15.11.2018", "2018-11-15"), ("5.3.2019", "2019-03-05")]),
    ("Python 3.11.2 and v1.12.2018 shipped.", DCT, []),
    # a holiday's week takes its article and a year after it; an abbreviation's stop before a year
    ("Traffic peaked over the Labor Day weekend 2016.", DCT, [("the Labor Day weekend 2016", "2016-W35-WE")]),
    ("Sales in Dec.2018 rose.", DCT, [("Dec.2018", "2018-12")]),
    # after a record, "in a decade" is how long since, in any tense
    ("It will be the first such visit in a decade.", DCT, [("a decade", "P10Y")]),
    ("The plant will reopen in a decade.", DCT, [("a decade", "2028")]),
    # web stamps, numbered weeks, two edges, a holiday's "holiday"
    ("Updated 3h ago, first posted 2 hours ago.", DCT, [("3h ago", "2018-11-15"), ("2 hours ago", "2018-11-15")]),
    ("Flu cases peaked in week 46 of 2018.", DCT, [("week 46 of 2018", "2018-W46")]),
    ("Sales rose in week 46.", DCT, []),
    ("Snow is forecast for mid-to-late November.", DCT, [("mid-to-late November", "2018-11")]),
    ("Traffic will be heavy over the Thanksgiving holiday.", DCT, [("the Thanksgiving holiday", "2018-11-22")]),
    ("Posted on 11/15/2018 @ 10:30am", DCT, [("11/15/2018 @ 10:30am", "2018-11-15T10:30")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_news_sentence(text: str, dct: dt.date, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in extract_timexes(text, dct)] == expected

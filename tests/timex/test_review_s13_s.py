"""Review of session 13's timex additions by helper S: holidays of other calendars (lunisolar.py and the lexicon's
``calendar:holiday`` rules), a date alone as its clause's subject before a past verb (tense_subject._alone_as_subject),
'every other/second/third' sets (sets.py) and short years down a list, 'pre-2008-era', 'Q4FY19' (commit 1acbe13).
Invented news sentences, never benchmark text, each with the reading a careful human gives (DCT Thursday 2018-11-15
unless another is given). The cases pass; each known miss fails (strict xfail) with its reason, which says whether
the engine lies (a confident wrong date) or misses (gives nothing where a date is).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes

from .review import graded_review_tests

_DCT = dt.date(2018, 11, 15)
_D = dt.date

CASES = [
    # -- holidays of other calendars: names that hold them, people and places
    ('The Yom Kippur War began in 1973.', _DCT, [('1973', '1973')]),
    ('Veterans of the Yom Kippur War gathered on Sunday.', _DCT, [('Sunday', '2018-11-11')]),
    ('The Yom Kippur War reshaped the region.', _DCT, []),
    ('She bought a new Passover Haggadah.', _DCT, []),
    ('We ate at the Holi Cow restaurant on Friday.', _DCT, [('Friday', '2018-11-09')]),
    ('Holi Cow opened a second branch.', _DCT, []),
    ('Purim Street was closed.', _DCT, []),
    ('Rabbi Pesach Cohen spoke on Monday.', _DCT, [('Monday', '2018-11-12')]),
    ('Sukkot Road was closed on Monday.', _DCT, [('Monday', '2018-11-12')]),
    # -- tense picks, years written after, spellings, lower case
    ('He fasted on Yom Kippur.', _DCT, [('Yom Kippur', '2018-09-19', 'DATE', '2018-09-19', '2018-09-19')]),
    ('He will fast on Yom Kippur.', _DCT, [('Yom Kippur', '2019-10-09')]),
    ('Yom Kippur 2019 falls on a Wednesday.', _DCT, [('Yom Kippur 2019', '2019-10-09')]),
    ('During Passover, the shops will close.', _DCT, [('Passover', '2019-04-20')]),
    ('The eight days of Hanukkah begin next month.', _DCT,
     [('The eight days', 'P8D'), ('Hanukkah', '2018-12-03'), ('next month', '2018-12')]),
    ('The holi festival was colourful.', _DCT, [('holi', '2018-03-02')]),
    ('The Holi festival will be held in London.', _DCT, [('Holi', '2019-03-21')]),
    ('Muslims across Asia celebrated Eid al Adha.', _DCT, [('Eid al Adha', '2018-08-21')]),
    ('Eid al-Fitr prayers were held in the park.', _DCT, [('Eid al-Fitr', '2018-06-15')]),
    ('Diwali 2040 will be huge.', _DCT, [('2040', '2040')]),
    ('Diwali was celebrated across India.', _D(2040, 1, 10), []),
    ('Hanukkah begins on Sunday.', None, [('Hanukkah', 'XXXX-XX-XX'), ('Sunday', 'XXXX-WXX-7')]),
    # -- DCTs near the holiday
    ('Yom Kippur is on Wednesday.', _D(2018, 9, 17), [('Yom Kippur', '2018-09-19'), ('Wednesday', '2018-09-19')]),
    ('Yom Kippur begins tonight.', _D(2018, 9, 18), [('Yom Kippur', '2018-09-19'), ('tonight', '2018-09-18TNI')]),
    ('Families are celebrating Hanukkah this week.', _D(2025, 1, 1),
     [('Hanukkah', '2024-12-26'), ('this week', '2025-W01')]),
    ('The Lunar New Year holiday begins on Friday.', _D(2018, 2, 12),
     [('The Lunar New Year holiday', '2018-02-16'), ('Friday', '2018-02-16')]),
    ('Chinese New Year is next week.', _D(2018, 2, 10), [('Chinese New Year', '2018-02-16'), ('next week', '2018-W07')]),
    ('The Shavuot holiday began on Sunday.', _D(2019, 6, 12),
     [('The Shavuot holiday', '2019-06-09'), ('Sunday', '2019-06-09')]),
    ('Chinese New Year celebrations drew crowds.', _D(2019, 2, 10), [('Chinese New Year', '2019-02-05')]),
    ('Jews are celebrating Passover this week.', _D(2019, 4, 24), [('Passover', '2019-04-20'), ('this week', '2019-W17')]),
    ('Diwali is on Nov. 7 this year.', _D(2018, 10, 20), [('Diwali', '2018-11-07'), ('Nov. 7 this year', '2018-11-07')]),
    ('Families gathered on Chinese New Year’s Eve.', _DCT, [('Chinese New Year’s Eve', '2018-02-15')]),
    ('He spent Hanukkah 2017 in Paris.', _DCT, [('Hanukkah 2017', '2017-12-13')]),
    ('The Passover of 2017 was cold.', _DCT, [('Passover', '2017-04-11'), ('2017', '2017')]),
    ('Diwali, 2016, was the brightest yet.', _DCT, [('Diwali, 2016', '2016-10-30')]),
    ('Jews fasted on Yom Kippur in 2017.', _DCT, [('Yom Kippur', '2017-09-30'), ('2017', '2017')]),
    ('Muslims will celebrate Eid al-Fitr next year.', _DCT, [('Eid al-Fitr', '2019-06-04'), ('next year', '2019')]),
    ('Chinese New Year fell on Feb. 16 this year.', _DCT,
     [('Chinese New Year', '2018-02-16'), ('Feb. 16 this year', '2018-02-16')]),
    ('YOM KIPPUR BEGINS AT SUNDOWN', _D(2018, 9, 18), [('YOM KIPPUR', '2018-09-19')]),
    ('The Purim holiday drew crowds.', _DCT, [('The Purim holiday', '2018-03-01')]),
    ('The Rosh Hashanah service was packed.', _DCT, [('Rosh Hashanah', '2018-09-10')]),
    ('Erev Pesach fell on a Friday.', _D(2019, 4, 25), [('Erev Pesach', '2019-04-19')]),
    ('Holi Singh, a farmer, spoke on Monday.', _DCT, [('Monday', '2018-11-12')]),
    ('The ship Purim sank in 1944.', _DCT, [('1944', '1944')]),
    ('Passover Seder Plates Sold Out', _DCT, []),
    ('Holistic medicine is popular.', _DCT, []),
    ('HOLI COW REOPENS', _DCT, []),
    # -- a date alone as its clause's subject, a past verb after it
    ('Thanksgiving drew huge crowds.', _DCT, [('Thanksgiving', '2017-11-23')]),
    ('Hanukkah ended.', _DCT, [('Hanukkah', '2017-12-13')]),
    ('Christmas Eve saw record sales.', _DCT, [('Christmas Eve', '2017-12-24')]),
    ('"Thanksgiving was a disaster," she said of last year\'s holiday.', _DCT,
     [('Thanksgiving', '2017-11-23'), ('last year', '2017')]),
    ('Did Thanksgiving bring any relief?', _DCT, [('Thanksgiving', '2017-11-23')]),
    ('Christmas fell on a Monday last year.', _DCT, [('Christmas', '2017-12-25'), ('last year', '2017')]),
    ('Thanksgiving was moved to a Wednesday.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was the deadline, officials said.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was set as the deadline for a deal.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Black Friday was expected to draw record crowds.', _DCT, [('Black Friday', '2018-11-23')]),
    ('Thanksgiving had been planned as a family reunion.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving seemed far away.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving loomed as the deadline.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was coming, and stores were hiring.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was supposed to be a quiet affair.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving would be quiet, he said.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was still a week away when the fire broke out.', _DCT,
     [('Thanksgiving', '2018-11-22'), ('a week', 'P1W')]),
    ('Thanksgiving was originally scheduled for Nov. 22.', _DCT,
     [('Thanksgiving', '2018-11-22'), ('Nov. 22', '2018-11-22')]),
    ('Dec. 1 was the deadline for bids.', _DCT, [('Dec. 1', '2018-12-01')]),
    ('Thanksgiving drew huge crowds.', _D(2018, 11, 22), [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving drew huge crowds, organisers said on Thursday.', _D(2018, 11, 23),
     [('Thanksgiving', '2018-11-22'), ('Thursday', '2018-11-22')]),
    # -- every other / second / third
    ('The committee meets every other Tuesday.', _DCT, [('every other Tuesday', 'XXXX-WXX-2', 'SET')]),
    ('The bins are collected every second Sunday.', _DCT, [('every second Sunday', 'XXXX-WXX-7', 'SET')]),
    ('Take one pill every third day.', _DCT, [('every third day', 'P3D', 'SET')]),
    ('He visits every other week.', _DCT, [('every other week', 'P2W', 'SET')]),
    ('Every third year, the festival moves to Paris.', _DCT, [('Every third year', 'P3Y', 'SET')]),
    ('Elections are held every second year.', _DCT, [('every second year', 'P2Y', 'SET')]),
    ('Rates rose every other quarter.', _DCT, [('every other quarter', 'P2Q', 'SET')]),
    ('Every other country signed the treaty on Tuesday.', _DCT, [('Tuesday', '2018-11-13')]),
    # -- short years down a list, pre-...-era, fiscal quarter codes
    ("Sales fell in '09, '10 and '11.", _DCT, [("'09", '2009'), ("'10", '2010'), ("'11", '2011')]),
    ("Sales fell in '09, '10, and '11.", _DCT, [("'09", '2009'), ("'10", '2010'), ("'11", '2011')]),
    ("He won titles in '98 and '02.", _DCT, [("'98", '1998'), ("'02", '2002')]),
    ("In '09, '10 and '11, the firm grew.", _DCT, [("'09", '2009'), ("'10", '2010'), ("'11", '2011')]),
    ("He scored 3, '10 and 11 goals.", _DCT, []),
    ("Rock 'n' roll peaked in the '50s and '60s.", _DCT, [("the '50s", '195'), ("'60s", '196')]),
    ('Revenue grew in Q3FY18 and Q4FY18.', _DCT, [('Q3FY18', '2018-Q3'), ('Q4FY18', '2018-Q4')]),
    # -- fixed in session 14: a holiday that falls twice in a year, a table edge, a day still ahead
    ('Muslims marked Eid al-Fitr.', _D(2000, 12, 30), [('Eid al-Fitr', '2000-12-27')]),
    ('Islamic New Year was celebrated on Monday.', _D(2008, 12, 31),
     [('Islamic New Year', '2008-12-29'), ('Monday', '2008-12-29')]),
    ('Diwali will be celebrated across India.', _D(2035, 12, 1), []),
    ('Thanksgiving was a week away.', _DCT, [('Thanksgiving', '2018-11-22'), ('a week', 'P1W')]),
    ('Thanksgiving was days away.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving got closer.', _DCT, [('Thanksgiving', '2018-11-22')]),
    ('Thanksgiving was weeks away when the strike began on Monday.', _DCT,
     [('Thanksgiving', '2018-11-22'), ('Monday', '2018-11-12')]),
    # -- fixed in session 14 by helpers N (names, spellings, Hijri years, a holiday's week) and T (a day still ahead, passives of the day)
    ('He lives on Sukkot Road.', _DCT, []),
    ('Survivors of the Passover massacre met on Sunday.', _DCT, [('Sunday', '2018-11-11')]),
    ('The Diwali bombings killed 62 people.', _DCT, []),
    ('Shops close during Passover week.', _DCT, [('Passover', '2019-04-20')]),
    ('Islamic New Year 1440 fell on Sept. 11.', _DCT, [('Islamic New Year', '2018-09-11'), ('Sept. 11', '2018-09-11')]),
    ('Muslims marked Eid ul Fitr in June.', _DCT, [('Eid ul Fitr', '2018-06-15'), ('June', '2018-06')]),
    ('Eid ul Adha will fall in August.', _DCT, [('Eid ul Adha', '2019-08-11'), ('August', '2019-08')]),
    ('Christmas was weeks away when the strike began.', _DCT, [('Christmas', '2018-12-25')]),
    ('Christmas was only six weeks off.', _DCT, [('Christmas', '2018-12-25'), ('six weeks', 'P6W')]),
    ('Christmas was fast approaching.', _DCT, [('Christmas', '2018-12-25')]),
    ('Christmas was just around the corner.', _DCT, [('Christmas', '2018-12-25')]),
    ('Christmas approached, and shoppers grew nervous.', _DCT, [('Christmas', '2018-12-25')]),
    ('Thanksgiving was celebrated quietly.', _DCT, [('Thanksgiving', '2017-11-23')]),
    ('Thanksgiving was spent away from home.', _DCT, [('Thanksgiving', '2017-11-23')]),
    ('Christmas was always going to be tight, the retailer warned.', _DCT, [('Christmas', '2018-12-25')]),
    # -- fixed in session 14 by helper T: a year or weekday the clause gives a holiday (Context.clause, tense_years)
    ('Diwali was on Oct. 27 in 2019.', _DCT, [('Diwali', '2019-10-27'), ('Oct. 27', '2019-10-27'), ('2019', '2019')]),
    ('Rosh Hashanah falls on Monday this year.', _D(2018, 9, 1), [('Rosh Hashanah', '2018-09-10'), ('Monday', '2018-09-10'), ('this year', '2018')]),
    ('Jews fasted on Yom Kippur last year.', _DCT, [('Yom Kippur', '2017-09-30'), ('last year', '2017')]),
    ('Christmas fell on a Tuesday this year.', _DCT, [('Christmas', '2018-12-25'), ('this year', '2018')]),
    # -- fixed in session 14: a named fiscal year's quarter gets every day it may cover, cut at a report's day
    ('Infosys reported its Q4FY19 profit on Friday.', _D(2019, 4, 15), [('Q4FY19', '2019-Q4', 'DATE', '2018-11-01', '2019-04-14'), ('Friday', '2019-04-12')]),
    # -- every second/other (sets.py, helper Z): an ordinal before a noun, of the month, holidays and parts of the day
    ('Every second person in the town voted.', _DCT, []),
    ('Every second Sunday of the month, the museum is free.', _DCT, [('Every second Sunday of the month', 'XXXX-WXX-7', 'SET')]),
    ('Every other Christmas we visit Grandma.', _DCT, [('Every other Christmas', 'XXXX-12-25', 'SET')]),
    ('She runs every other morning.', _DCT, [('every other morning', 'XXXX-XX-XXTMO', 'SET')]),
    # -- a holiday of a fixed day that comes early is an idiom (holiday_names.py, helper Z)
    ('Christmas came early for Apple investors.', _DCT, []),
    # -- short years down a list (absolute.py, helper Z)
    ("Prices rose in '99, '00 and '01.", _DCT, [("'99", '1999'), ("'00", '2000'), ("'01", '2001')]),
    ("Sales fell in 2009, '10 and '11.", _DCT, [('2009', '2009'), ("'10", '2010'), ("'11", '2011')]),
    # -- every third weekend; short years between 'the' and their noun (sets.py, short_years.py, helper Z)
    ('He worked every third weekend.', _DCT, [('every third weekend', 'XXXX-WXX-WE', 'SET')]),
    ("He played in the '86 and '90 World Cups.", _DCT, [("'86", '1986'), ("'90", '1990')]),
]

KNOWN_MISSES = [
    # -- holidays of other calendars
    # -- a date alone as its subject before a past verb: the day still ahead
    # -- sets
    # -- short years, pre-...-era, fiscal quarters
    ('The firm sold pre-2008-era mortgages.', _DCT, [('2008', '2008', 'DATE', None, '2007-12-31')],
     "lie (convention shared with 'pre-2008 levels'): the interval is all of 2008, where 'pre-' means before it "
     '(no mod BEFORE either)'),
]

test_review_sentence, test_known_miss = graded_review_tests(CASES, KNOWN_MISSES)


@pytest.mark.xfail(strict=True, reason="lie: the step of 'every other Tuesday' (Recurrence.quant 'EVERY OTHER') is "
                   'dropped when the Timex is built; value XXXX-WXX-2 alone tells every Tuesday')
def test_every_other_weekday_keeps_its_step() -> None:
    (timex,) = extract_timexes('The committee meets every other Tuesday.', _DCT)
    assert getattr(timex, 'quant', None) == 'EVERY OTHER'

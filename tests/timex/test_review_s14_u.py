"""Review U (session 14): clock times with zones and days, parts of the day, numeric dates and their false friends,
ranges and seasons in news. Invented news sentences, never benchmark text, each with the reading a careful human
gives (DCT Thursday 2018-11-15 unless another is given). The cases pass; each known miss fails (strict xfail) with
its reason, which says whether the engine lies (a confident wrong date, value or interval) or misses (gives nothing
where a date is).
"""

from __future__ import annotations

import datetime as dt

from .review import graded_review_tests

_DCT = dt.date(2018, 11, 15)
_D = dt.date

CASES = [
    # -- clock times with zones and days: the day written after the clock is the clock's, past or ahead by tense
    ('The match kicks off at 15:00 GMT Saturday.', _DCT,
     [('15:00 GMT Saturday', '2018-11-17T15:00', 'TIME', '2018-11-17', '2018-11-17')]),
    ('The market closed at 3 p.m. ET on Friday.', _DCT, [('3 p.m. ET on Friday', '2018-11-09T15:00')]),
    ('The deadline passed at 11:59 p.m. Tuesday.', _DCT, [('11:59 p.m. Tuesday', '2018-11-13T23:59')]),
    ('The vote is set for noon tomorrow.', _DCT, [('noon tomorrow', '2018-11-16T12:00')]),
    ('The rocket lifted off at 0730 GMT.', _DCT,
     [('0730 GMT', '2018-11-15T07:30', 'TIME', '2018-11-15', '2018-11-15')]),
    ('The polls are open from 9 a.m. to 5 p.m.', _DCT,
     [('9 a.m.', '2018-11-15T09:00'), ('5 p.m.', '2018-11-15T17:00')]),
    ('Talks ran overnight Tuesday.', _DCT, [('overnight Tuesday', '2018-11-13TNI')]),
    ('The quake struck early Wednesday.', _DCT,
     [('early Wednesday', '2018-11-14', 'DATE', '2018-11-14', '2018-11-14')]),
    ('The plane landed late Monday night.', _DCT, [('late Monday night', '2018-11-12TNI')]),
    ('The blast came in the small hours of Friday.', _DCT, [('the small hours of Friday', '2018-11-09TMO')]),
    ('The talks ended in the early hours of Thursday.', _DCT, [('the early hours of Thursday', '2018-11-15TMO')]),
    ('The deadline expires at midnight on Sunday.', _DCT, [('midnight on Sunday', '2018-11-18T24:00')]),
    ('Polls close at midnight Sunday.', _DCT, [('midnight Sunday', '2018-11-18T24:00')]),
    ('The attack began shortly before midnight on Saturday.', _DCT, [('midnight on Saturday', '2018-11-10T24:00')]),
    ('Police were called at about 2 a.m. Sunday.', _DCT, [('about 2 a.m. Sunday', '2018-11-11T02:00')]),
    ('The summit opens at 10 a.m. local time on Monday.', _DCT, [('10 a.m. local time on Monday', '2018-11-19T10:00')]),
    ('The summit opened at 10 a.m. local time on Monday.', _DCT,
     [('10 a.m. local time on Monday', '2018-11-12T10:00')]),
    ('Trading resumes at 9:30 a.m. EST tomorrow.', _DCT, [('9:30 a.m. EST tomorrow', '2018-11-16T09:30')]),
    ('The verdict came at 4:45 p.m. Wednesday.', _DCT, [('4:45 p.m. Wednesday', '2018-11-14T16:45')]),
    ('He was arrested at 2300 GMT on Tuesday.', _DCT, [('2300 GMT on Tuesday', '2018-11-13T23:00')]),
    ('The launch is scheduled for 1400 GMT Friday.', _DCT, [('1400 GMT Friday', '2018-11-16T14:00')]),
    ('The vote is at noon on Friday.', _DCT, [('noon on Friday', '2018-11-16T12:00')]),
    ('The vote was at noon on Friday.', _DCT, [('noon on Friday', '2018-11-09T12:00')]),
    ('The station was closed between 2 and 4 p.m. yesterday.', _DCT,
     [('2', '2018-11-14T14:00'), ('4 p.m. yesterday', '2018-11-14T16:00')]),
    ('The ceasefire took effect at 0001 GMT on Monday.', _DCT, [('0001 GMT on Monday', '2018-11-12T00:01')]),
    ('The vote is due at 5 p.m. ET on Dec. 3.', _DCT, [('5 p.m. ET on Dec. 3', '2018-12-03T17:00')]),
    ('The clocks go back at 2 a.m. on Sunday.', _DCT, [('2 a.m. on Sunday', '2018-11-18T02:00')]),
    ('The blast happened at 10:20 a.m. on Nov. 2.', _DCT, [('10:20 a.m. on Nov. 2', '2018-11-02T10:20')]),
    ('The results will be released at 8.30am tomorrow.', _DCT, [('8.30am tomorrow', '2018-11-16T08:30')]),
    ('Markets opened at 9.30 a.m. on Monday.', _DCT, [('9.30 a.m. on Monday', '2018-11-12T09:30')]),
    ('The ceremony begins at 19.30 GMT.', _DCT, [('19.30 GMT', '2018-11-15T19:30')]),
    ('The bomb exploded at 8:15 a.m. on Aug. 6, 1945.', _DCT, [('8:15 a.m. on Aug. 6, 1945', '1945-08-06T08:15')]),
    ('He died at dawn on Friday.', _DCT, [('dawn on Friday', '2018-11-09TMO')]),
    # -- parts of the day, before and after the DCT
    ('The minister resigned this morning.', _DCT,
     [('this morning', '2018-11-15TMO', 'TIME', '2018-11-15', '2018-11-15')]),
    ('The minister will speak this morning.', _DCT, [('this morning', '2018-11-15TMO')]),
    ('The storm will hit tonight.', _DCT, [('tonight', '2018-11-15TNI')]),
    ('Fighting broke out last night.', _DCT, [('last night', '2018-11-14TNI')]),
    ('Police arrested him late last night.', _DCT, [('late last night', '2018-11-14TNI')]),
    ('The rescue began early this morning.', _DCT, [('early this morning', '2018-11-15TMO')]),
    ('He spoke yesterday afternoon.', _DCT, [('yesterday afternoon', '2018-11-14TAF')]),
    ('He will leave tomorrow morning.', _DCT, [('tomorrow morning', '2018-11-16TMO')]),
    ('She spoke on Monday evening.', _DCT, [('Monday evening', '2018-11-12TEV')]),
    ('She will speak on Monday evening.', _DCT, [('Monday evening', '2018-11-19TEV')]),
    ('Officials met this afternoon.', _DCT, [('this afternoon', '2018-11-15TAF')]),
    ('Officials will meet this evening.', _DCT, [('this evening', '2018-11-15TEV')]),
    ('They met on Monday evening and again on Tuesday morning.', _DCT,
     [('Monday evening', '2018-11-12TEV'), ('Tuesday morning', '2018-11-13TMO')]),
    ('Protesters gathered on Saturday night.', _DCT, [('Saturday night', '2018-11-10TNI')]),
    ('Protesters will gather on Saturday night.', _DCT, [('Saturday night', '2018-11-17TNI')]),
    ('The plane crashed Wednesday evening, officials said.', _DCT, [('Wednesday evening', '2018-11-14TEV')]),
    ('The match will be played on Sunday afternoon.', _DCT, [('Sunday afternoon', '2018-11-18TAF')]),
    ('Rain fell overnight.', _DCT, [('overnight', '2018-11-14TNI')]),
    ('The bodies were found early Tuesday morning.', _DCT, [('early Tuesday morning', '2018-11-13TMO')]),
    ('The storm will hit late Tuesday.', _DCT, [('late Tuesday', '2018-11-20')]),
    # -- numeric dates: the orders, and the numbers that are no dates
    ('The form was signed on 11/15/2018.', _DCT, [('11/15/2018', '2018-11-15', 'DATE', '2018-11-15', '2018-11-15')]),
    ('The form was signed on 15/11/2018.', _DCT, [('15/11/2018', '2018-11-15')]),
    ('The form was signed on 2018-11-15.', _DCT, [('2018-11-15', '2018-11-15')]),
    ('The form was signed on 15.11.2018.', _DCT, [('15.11.2018', '2018-11-15')]),
    ('The law took effect on 01.01.2019.', _DCT, [('01.01.2019', '2019-01-01')]),
    ('The law took effect on 2019/01/01.', _DCT, [('2019/01/01', '2019-01-01')]),
    ('The report is dated 2018.11.15.', _DCT, [('2018.11.15', '2018-11-15')]),
    ('She was born on 3/4/1990.', _DCT, [('3/4/1990', '1990-03-04')]),
    ('The 9/11 attacks changed everything.', _DCT, [('9/11', '2001-09-11')]),
    ('Arsenal won 3-1 on Saturday.', _DCT, [('Saturday', '2018-11-10')]),
    ('The Lakers beat the Celtics 102-98 on Tuesday.', _DCT, [('Tuesday', '2018-11-13')]),
    ('Chelsea drew 1-1 with Everton.', _DCT, []),
    ('The vote was 5-4.', _DCT, []),
    ('The hotline is open 24/7.', _DCT, []),
    ('Three-quarters, or 3/4, of voters agreed.', _DCT, []),
    ('Prices fell by 1/2 last year.', _DCT, [('last year', '2017')]),
    ('Version 2.0 was released on Monday.', _DCT, [('Monday', '2018-11-12')]),
    ('iOS 12.1 was released on Oct. 30.', _DCT, [('Oct. 30', '2018-10-30')]),
    ('Call 555-1212 for details.', _DCT, []),
    ('He called 1-800-555-0199 on Monday.', _DCT, [('Monday', '2018-11-12')]),
    ('Shares rose to $10.30 on Friday.', _DCT, [('Friday', '2018-11-09')]),
    ('The stock closed at 12.15 on Monday.', _DCT, [('Monday', '2018-11-12')]),
    ('The index rose 1.5% to 2,750.12 on Friday.', _DCT, [('Friday', '2018-11-09')]),
    ('Section 12.3 of the act applies.', _DCT, []),
    ('He scored 11/15 in the test.', _DCT, []),
    ('Room 11/15 was empty.', _DCT, []),
    ('Temperatures reached 30/31 degrees.', _DCT, []),
    # -- ranges: each end dated, a year or a day shared
    ('The talks ran Nov. 30-Dec. 1.', _DCT, [('Nov. 30', '2017-11-30'), ('Dec. 1', '2017-12-01')]),
    ('The talks will run Nov. 30-Dec. 1.', _DCT, [('Nov. 30', '2018-11-30'), ('Dec. 1', '2018-12-01')]),
    ('The talks will be held between 30 November and 1 December.', _DCT,
     [('30 November', '2018-11-30'), ('1 December', '2018-12-01')]),
    ('He served as mayor from 2010 to 2012.', _DCT, [('2010', '2010'), ('2012', '2012')]),
    ('Growth slowed in the 2010-12 period.', _DCT, [('2010', '2010'), ('12', '2012')]),
    ('The 2018-19 season begins next week.', _DCT, [('2018', '2018'), ('19', '2019'), ('next week', '2018-W47')]),
    ("The club's 2017/18 season was poor.", _DCT, [('2017', '2017'), ('18', '2018')]),
    ('The 1914-18 war changed Europe.', _DCT, [('1914', '1914'), ('18', '1918')]),
    ('The talks run Monday through Wednesday.', _DCT, [('Monday', '2018-11-19'), ('Wednesday', '2018-11-21')]),
    ('The strike lasted from Monday to Wednesday.', _DCT, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
    ('The festival runs Dec. 3-7.', _DCT, [('Dec. 3', '2018-12-03'), ('7', '2018-12-07')]),
    ('The fair ran from 3 to 7 October.', _DCT, [('3', '2018-10-03'), ('7 October', '2018-10-07')]),
    ('The season runs from Dec. 1 to Feb. 28.', _DCT, [('Dec. 1', '2018-12-01'), ('Feb. 28', '2019-02-28')]),
    ('The trial was held between January and March.', _DCT, [('January', '2018-01'), ('March', '2018-03')]),
    ('The trial will be held between January and March.', _DCT, [('January', '2019-01'), ('March', '2019-03')]),
    ('The report covers January-March 2018.', _DCT, [('January', '2018-01'), ('March 2018', '2018-03')]),
    ('The plant will open in late 2018 or early 2019.', _DCT,
     [('late 2018', '2018', 'DATE', '2018-07-01', '2018-12-31'),
      ('early 2019', '2019', 'DATE', '2019-01-01', '2019-06-30')]),
    ('The vote is expected in early to mid-December.', _DCT, [('early to mid-December', '2018-12')]),
    # -- seasons
    ('Heavy snow is forecast this winter.', _DCT, [('this winter', '2018-WI', 'DATE', '2018-12-01', '2019-02-28')]),
    ('Heavy snow fell last winter.', _DCT, [('last winter', '2017-WI', 'DATE', '2017-12-01', '2018-02-28')]),
    ('Heavy snow fell last winter.', _D(2019, 1, 10), [('last winter', '2017-WI')]),
    ('Snow will fall next winter.', _D(2019, 1, 10), [('next winter', '2019-WI')]),
    ('Prices rose in winter 2018-19.', _DCT, [('winter 2018-19', '2018-WI', 'DATE', '2018-12-01', '2019-02-28')]),
    ('The winter of 1941-42 was brutal.', _DCT, [('The winter of 1941-42', '1941-WI')]),
    ('He toured Europe in the summer of 2016.', _DCT,
     [('the summer of 2016', '2016-SU', 'DATE', '2016-06-01', '2016-08-31')]),
    ('The park will reopen next spring.', _DCT, [('next spring', '2019-SP', 'DATE', '2019-03-01', '2019-05-31')]),
    ('Last summer was the hottest on record.', _DCT, [('Last summer', '2018-SU')]),
    ('The harvest ended this autumn.', _DCT, [('this autumn', '2018-FA')]),
    ('He will return this summer.', _D(2018, 2, 10), [('this summer', '2018-SU')]),
    ('He returned this summer.', _D(2018, 9, 10), [('this summer', '2018-SU')]),
    ('Sales fell this past winter.', _D(2019, 4, 10), [('this past winter', '2018-WI')]),
    ('Prices fell in fall 2017.', _DCT, [('fall 2017', '2017-FA')]),
    ('The Arab Spring began in 2010.', _DCT, [('2010', '2010')]),
    ('The fall of Saigon came in 1975.', _DCT, [('1975', '1975')]),
    ("Next summer's Olympics will be in Tokyo.", _DCT, [('Next summer', '2019-SU')]),
    # -- fixed in session 14 (review U): a yearless month/day after a preposition of a day (not a common fraction);
    # "FY2018-19" end by end; a year before a season's name
    ('He was in New York on 9/11.', _DCT, []),  # a day of any year, or the attacks: no reading is told
    ('The next meeting is on 11/20.', _DCT, [('11/20', '2018-11-20', 'DATE', '2018-11-20', '2018-11-20')]),
    ('Protesters gathered on 11/10.', _DCT, [('11/10', '2018-11-10')]),
    ('He will be sentenced on 12/3.', _DCT, [('12/3', '2018-12-03')]),
    ('The measure passed by 2/3.', _DCT, []),
    ('The vote is on 3/4.', _DCT, []),  # the share voted on, or March 4: a common fraction is left unread
    ('Rates have been flat since 11/1.', _DCT, [('11/1', '2018-11-01')]),
    ('The bill passed on 1/2 of the votes cast.', _DCT, []),
    ('Spending rose in FY2018-19.', _DCT, [('FY2018', '2018'), ('19', '2019')]),
    ('The 2016 summer was dry.', _DCT, [('The 2016 summer', '2016-SU', 'DATE', '2016-06-01', '2016-08-31')]),
    ('The 2016 Summer Olympics were held in Rio.', _DCT, [('2016', '2016')]),
    ('Officials will meet from 9 p.m. to 2 a.m.', _DCT,
     [('9 p.m.', '2018-11-15T21:00'), ('2 a.m.', '2018-11-16T02:00')]),
    ('On Tuesday, officials met from 9 p.m. to 2 a.m.', _DCT,
     [('Tuesday', '2018-11-13'), ('9 p.m.', '2018-11-13T21:00'), ('2 a.m.', '2018-11-14T02:00')]),
    ('The fire broke out shortly after midnight on Sunday.', _DCT,
     [('midnight on Sunday', '2018-11-11T00:00', 'TIME', '2018-11-11', '2018-11-11')]),
    ('The shooting happened just after midnight Saturday.', _DCT, [('midnight Saturday', '2018-11-10T00:00')]),
    ('Since 9/11, security has tightened.', _DCT, [('9/11', '2001-09-11')]),
    ('After 9/11, airport security changed.', _DCT, [('9/11', '2001-09-11')]),
    # -- fixed in session 14 by helper U's diffs to weekday.py, absolute.py, anchoring.py ('last evening', 'is expected overnight', 'mid- to late', 'this winter' said in January)
    ('The storm is expected overnight.', _DCT, [('overnight', '2018-11-15TNI')]),
    ('The rally drew crowds last evening.', _DCT, [('last evening', '2018-11-14TEV')]),
    ('The president spoke last evening.', _DCT, [('last evening', '2018-11-14TEV')]),
    ('The vote is expected in mid- to late November.', _DCT, [('mid- to late November', '2018-11', 'DATE', '2018-11-01', '2018-11-30')]),
    ('Heavy snow fell this winter.', _D(2019, 1, 10), [('this winter', '2018-WI', 'DATE', '2018-12-01', '2019-02-28')]),
    ('Heavy snow is forecast this winter.', _D(2019, 1, 10), [('this winter', '2018-WI')]),
    ('Snow fell early this winter.', _D(2019, 1, 10), [('early this winter', '2018-WI')]),
    # -- a clock's day from another clock; a past night of hours (clock_days.py, range_ends.py, helper Z)
    ('Polls opened at 7 a.m. and closed at 8 p.m. on Tuesday.', _DCT, [('7 a.m.', '2018-11-13T07:00'), ('8 p.m. on Tuesday', '2018-11-13T20:00')]),
    ('The quake struck at 4:07 a.m. local time (2107 GMT Tuesday).', _DCT, [('4:07 a.m.', '2018-11-14T04:07'), ('2107 GMT Tuesday', '2018-11-13T21:07')]),
    ('Officials met from 9 p.m. to 2 a.m.', _DCT, [('9 p.m.', '2018-11-14T21:00', 'TIME', '2018-11-14', '2018-11-14'),
      ('2 a.m.', '2018-11-15T02:00', 'TIME', '2018-11-15', '2018-11-15')]),
    # -- fixed in session 15 (helper R): a dotted clock after a verb that takes a time; a month/day whose day is no half, third or quarter; of two valid orders the one a tense allows; a southern season
    ('The meeting starts at 10.30 on Friday.', _DCT, [('10.30 on Friday', '2018-11-16T10:30')]),
    ('The hearing is on 1/5.', _DCT, [('1/5', '2019-01-05')]),
    ('The deal was signed on 12/11/2018.', _DCT, [('12/11/2018', '2018-11-12')]),
    ('The Australian winter of 2018 was mild.', _DCT, [('winter of 2018', '2018-WI', 'DATE', '2018-06-01', '2018-08-31')]),
    # their limits: a price after a verb of prices, an amount; a half, third or quarter; both orders on one side
    ('The plane landed at 17.45 yesterday.', _DCT, [('17.45 yesterday', '2018-11-14T17:45')]),
    ('Shares opened at 10.30 on Friday.', _DCT, [('Friday', '2018-11-09')]),
    ('The rate started at 10.25 percent.', _DCT, []),
    ('The vote is on 1/3.', _DCT, []),
    ('The tax falls on 1/5 of homes.', _DCT, []),
    ('The deal will be signed on 11/12/2018.', _DCT, [('11/12/2018', '2018-12-11')]),
    ('The deal was signed on 3/4/2018.', _DCT, [('3/4/2018', '2018-03-04')]),  # both past: US order
    ('The deal is dated 12/11/2018.', _DCT, [('12/11/2018', '2018-12-11')]),  # no tense told: US order
    ("Chile's winter of 2017 was wet.", _DCT, [('winter of 2017', '2017-WI', 'DATE', '2017-06-01', '2017-08-31')]),
    ('The Australian summer of 2018-19 was hot.', _DCT,
     [('summer of 2018-19', '2018-SU', 'DATE', '2018-12-01', '2019-02-28')]),
    ('The New Zealand summer of 2018 was hot.', _DCT, [('2018', '2018')]),  # Dec. 2017-Feb. 2018 or the next: untold
    # -- session 16 (review R): a southern people as the sentence's subject places the season south
    ('Australians flocked to beaches this summer.', _D(2019, 1, 15), [('this summer', '2018-SU')]),
]

KNOWN_MISSES = [
    # -- clock times. The two midnights: sessions 9 and 10 settled T24:00 of the day named (AP: midnight is part of
    # the day ending), which puts what happened "shortly after midnight on Sunday" early on Monday; the clause dates
    # it on Sunday, so the midnight that opens Sunday is meant (times.py fix in review U's report, held back as it
    # needs test_session9_recognition.py and test_session10_review.py's rows changed)
    # -- parts of the day
    # -- numeric dates
    ('The 7/7 bombings killed 52 people.', _DCT, [('7/7', '2005-07-07')],
     "miss: '7/7' (the London bombings of 7 July 2005) gives nothing"),
    # -- ranges
    # -- seasons
]

test_review_sentence, test_known_miss = graded_review_tests(CASES, KNOWN_MISSES)

"""Review, session 11 (helper G): the edges of the timex rules helper D added in session 11.

Attacked where they could fire wrongly or fail to fire: compound durations ("20 years, 3 months and 2 days" P20Y3M2D,
"1 hour 30 minutes" PT1H30M) beside a comma that starts a new clause ("Over the past 2 years, 3 months were lost"),
ages ("3 months and 2 days old", "a 2-year, 3-month-old girl"), modifiers ("a 1 hour 30 minute flight", "a 3-year,
6-month contract"), lists, rotas and scores; "for a second" (PT1S) beside ordinals ("qualified for a second", "for a
second, then a third, time") and at a sentence's start ("For a second, nobody spoke."); the cued plurals "waiting",
"wait", "spending"; range_ends.past_year (a yearless range told in the past a year back) beside decisions that place a
stretch ahead ("He was banned from Sept. 1 until Oct. 15", said on 16 September 2019); holiday_names (a name's head, a
kind, an event dated by a year) beside occasions dated by a year ("the Christmas party of 2016"), kinds not listed
("a New Year's resolution", "a Christmas bonus"), "Come Christmas"; the set rule's "every Christmas card"; "from
Sept. 1 up to Oct. 15". Invented news sentences, each with what TimeML (docs/timex.md "Conventions") gives, written
before the system was run; none comes from a benchmark.

346 sentences (322 cases, 24 strict xfails), in four rounds, each aimed at the one before's mends. At HEAD
8ccd4e2, 84 were misread (the first two rounds' 62 below; the third's 17: 14 lies, 2 misses, 1 split; the fourth's 5
lies): 63 lies, 8 misses, 13 splits. Lies: compounds across a clause's comma ("After 2 days, 3
hours were added", "Two years, six months have passed", 6), the part of an age read alone ("The baby was 3 months and 2
days old": P3M, 5), "for a second" as an ordinal read PT1S ("Brazil qualified for a second", "for a second, then a
third round", 6), decided stretches moved a year back (8), holidays in occasions a year dates ("The Christmas party of
2016": Christmas 2017, 8) and in kinds ("New Year's resolution", "Christmas bonus", 5), "4 days on, 3 days off" (a
date), holidays a week ahead read in past clauses (5). Mended, 42: compound_durations (a verb after a comma-joined
compound parts two phrases; an age claims its compound and gives nothing, over 122 years a thing's length; a
modifier's singular units join: PT1H30M, P3Y6M), durations._a_second_alone (a contest or an office before "for", the
next ordinal after; "For a second," opening a sentence), holiday_names (occasion + of/in + year: the year alone;
"resolution", "bonus" are kinds; "come" is a time word), range_ends.imposed_ahead (a verb of a decision in the range's
clause keeps the nearer year; it needs walk._week_back to pass it, so its 8 sentences stay strict xfails until then).
Round three mended "and then" and a quotation's close after "for a second", "were set" and any-case occasions
("the Halloween Parade in 2016"), "Christmas shopping" (a kind). Round four: a place or a kind word after a
holiday names no day in Title Case or capitals either ("CHRISTMAS TREE SALES SOAR"); "returned ... for a second." is
a second time; a clause's verb after a comma-joined compound parts it only at a sentence's start or after its opening
preposition ("Her winning time of 2 hours, 1 minute was a record" is PT2H1M). Left: 24 strict xfails, their reasons
below (11 lift once walk.py passes imposed_ahead).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes

from .review import graded_review_tests
from timeline.timex.range_ends import imposed_ahead

N = dt.date(2018, 11, 15)   # Thursday
S = dt.date(2019, 9, 16)    # Monday
D20 = dt.date(2018, 12, 20)  # Thursday
J10 = dt.date(2019, 1, 10)  # Thursday
E = dt.date(2018, 9, 1)     # Saturday

# (text, DCT, [(span, value[, type])]): each timex in text order, compared on the fields given
CASES = [
 # --- 1 compound durations: positives
 ('He served 2 years, 3 months in prison.', N, [('2 years, 3 months', 'P2Y3M', 'DURATION')]),
 ('The mission lasted 1 year, 2 months and 5 days.', N, [('1 year, 2 months and 5 days', 'P1Y2M5D')]),
 ('The flight took 1 hour 30 minutes.', N, [('1 hour 30 minutes', 'PT1H30M')]),
 ('The flight took one hour and 45 minutes.', N, [('one hour and 45 minutes', 'PT1H45M')]),
 ('The siege lasted 3 days, 4 hours.', N, [('3 days, 4 hours', 'P3DT4H')]),
 ('She ran the marathon in 2 hours, 14 minutes and 4 seconds.', N, [('2 hours, 14 minutes and 4 seconds', 'PT2H14M4S')]),
 ('The standoff lasted 10 hours and 1 minute.', N, [('10 hours and 1 minute', 'PT10H1M')]),
 ('The ban will last five years and six months.', N, [('five years and six months', 'P5Y6M')]),
 ('After 2 days and 3 hours, rescuers reached the miners.', N, [('2 days and 3 hours', 'P2DT3H')]),
 ('The hostages were held for 11 days, 6 hours.', N, [('11 days, 6 hours', 'P11DT6H')]),
 ('The record stood for 20 years and 11 months.', N, [('20 years and 11 months', 'P20Y11M')]),
 ('She was jailed for 4 years and 1 day.', N, [('4 years and 1 day', 'P4Y1D')]),
 ('The procedure takes 1 minute 30 seconds.', N, [('1 minute 30 seconds', 'PT1M30S')]),
 ('It was a 1 hour 30 minute flight.', N, [('1 hour 30 minute', 'PT1H30M')]),
 ('He gave a 2-hour, 15-minute speech.', N, [('2-hour, 15-minute', 'PT2H15M')]),
 ('He was sentenced to 6 years, 8 months.', N, [('6 years, 8 months', 'P6Y8M')]),
 ('The outage lasted 3 hours 12 minutes 9 seconds.', N, [('3 hours 12 minutes 9 seconds', 'PT3H12M9S')]),
 ('He earned $3 million in 2 years, 5 months.', N, [('2 years, 5 months', 'P2Y5M')]),
 ('Trading halted for 1 hour, 2 minutes.', N, [('1 hour, 2 minutes', 'PT1H2M')]),
 ('He held his breath for 4 minutes and 30 seconds.', N, [('4 minutes and 30 seconds', 'PT4M30S')]),
 ('The vote lasted 24 hours and 30 minutes.', N, [('24 hours and 30 minutes', 'PT24H30M')]),
 ('She was held for a year and six months.', N, [('a year and six months', 'P1Y6M')]),
 ('The contract runs one year, two months.', N, [('one year, two months', 'P1Y2M')]),
 ('He was sentenced to 1 year 6 months.', N, [('1 year 6 months', 'P1Y6M')]),
 ('The ceasefire lasted 3 days 4 hours.', N, [('3 days 4 hours', 'P3DT4H')]),
 ('He waited 30 minutes, 40 seconds.', N, [('30 minutes, 40 seconds', 'PT30M40S')]),
 ('The storm lasted 2 days and 3 hours in 2017.', N, [('2 days and 3 hours', 'P2DT3H'), ('2017', '2017')]),
 ('The fire was out within 2 hours and 30 minutes.', N, [('2 hours and 30 minutes', 'PT2H30M')]),
 ('The talks took about 1 hour 20 minutes.', N, [('about 1 hour 20 minutes', 'PT1H20M')]),
 ('It took 3 Years, 2 Months to build.', N, [('3 Years, 2 Months', 'P3Y2M')]),
 ('They had been married 40 years, 2 months and 1 day.', N, [('40 years, 2 months and 1 day', 'P40Y2M1D')]),
 ('Apollo 11 flew for 8 days, 3 hours, 18 minutes and 35 seconds.', N, [('8 days, 3 hours, 18 minutes and 35 seconds', 'P8DT3H18M35S')]),
 ('The trial, which lasted 2 months and 3 days, ended Monday.', N, [('2 months and 3 days', 'P2M3D'), ('Monday', '2018-11-12')]),
 ('The strike lasted 3 weeks.', N, [('3 weeks', 'P3W')]),
 # compound: no compound
 ('The truce held 2 weeks and 3 days.', N, [('2 weeks', 'P2W'), ('3 days', 'P3D')]),
 ('It took 2 years and 14 months.', N, [('2 years', 'P2Y'), ('14 months', 'P14M')]),
 ('The rally lasted 5 hours, 30 of them in the rain.', N, [('5 hours', 'PT5H')]),
 ('Scores: 3 days, 2 wins.', N, [('3 days', 'P3D')]),
 ('In 3 days, 4 hours of footage were shot.', N, [('3 days', 'P3D'), ('4 hours', 'PT4H')]),
 ('They worked 3 days, 4 hours a day.', N, [('3 days', 'P3D')]),
 ('Over the past 2 years, 3 months were lost to strikes.', N, [('the past 2 years', 'P2Y'), ('3 months', 'P3M')]),
 ('In the first 3 months, 12 days were lost to rain.', N, [('the first 3 months', 'P3M'), ('12 days', 'P12D')]),
 ('After 2 days, 3 hours were added to the schedule.', N, [('2 days', 'P2D'), ('3 hours', 'PT3H')]),
 ('For 10 years, 5 days a week, he ran.', N, [('10 years', 'P10Y')]),
 ('The baby was 3 months and 2 days old.', N, []),
 ('He was 5 years, 3 months old when the war began.', N, []),
 ('He spent 2 hours, 3 hours and then 4 hours on it.', N, [('2 hours', 'PT2H'), ('3 hours', 'PT3H'), ('4 hours', 'PT4H')]),
 ('The jobs took 2 days, 3 days and 5 days.', N, [('2 days', 'P2D'), ('3 days', 'P3D'), ('5 days', 'P5D')]),
 ('He is 6 feet 2 inches tall.', N, []),
 ('He scored 2 goals, 3 assists.', N, []),
 ('It lasted 2 decades and 3 years.', N, [('2 decades', 'P20Y'), ('3 years', 'P3Y')]),
 ('On Nov. 3, 4 hours of talks ended.', N, [('Nov. 3', '2018-11-03'), ('4 hours', 'PT4H')]),
 ('It lasted between 2 and 3 hours, 10 minutes of it in the dark.', N, [('3 hours', 'PT3H'), ('10 minutes', 'PT10M')]),
 ('The service runs 24 hours, 7 days a week.', N, [('24 hours', 'PT24H')]),
 ('He waited 3 days, 2 of them without food.', N, [('3 days', 'P3D')]),
 ('The plan took 1 year, 1 month.', N, [('1 year, 1 month', 'P1Y1M')]),
 ('It took 1 years, 2 months.', N, [('1 years', 'P1Y'), ('2 months', 'P2M')]),
 ('In the last 6 months, 4 days were lost to strikes.', N, [('the last 6 months', 'P6M'), ('4 days', 'P4D')]),
 ('Within 3 hours, 20 minutes had passed.', N, [('Within 3 hours', 'PT3H'), ('20 minutes', 'PT20M')]),
 ('The bill gives 60 days, 30 days for appeals.', N, [('60 days', 'P60D'), ('30 days', 'P30D')]),
 ('Two years, six months have passed since the flood.', N, [('Two years', 'P2Y'), ('six months', 'P6M')]),
 ('The race lasted 1 hour, 59 minutes, 40 seconds.', N, [('1 hour, 59 minutes, 40 seconds', 'PT1H59M40S')]),
 # --- 2 for a second; cued plurals
 ('He paused for a second.', N, [('a second', 'PT1S', 'DURATION')]),
 ('She hesitated for a second, then answered.', N, [('a second', 'PT1S')]),
 ('The lights went out for a second before the backup kicked in.', N, [('a second', 'PT1S')]),
 ('For a second, nobody spoke.', N, [('a second', 'PT1S')]),
 ('The screen froze for just a second.', N, [('a second', 'PT1S')]),
 ('He stopped for only a second while crossing.', N, [('a second', 'PT1S')]),
 ('Hold on for a second!', N, [('a second', 'PT1S')]),
 ('Could I talk to you for a second?', N, [('a second', 'PT1S')]),
 ('The power dipped for about a second.', N, [('about a second', 'PT1S')]),
 ('The camera looked away (for a second) and missed it.', N, [('a second', 'PT1S')]),
 ('She came in for a second. Then she left.', N, [('a second', 'PT1S')]),
 ('He ran for a second term.', N, []),
 ('She ran for a second time.', N, []),
 ('They braced for a second, larger quake.', N, []),
 ('Wait a second.', N, []),
 ('He was jailed for a second offence.', N, []),
 ('Fans queued for a second (and final) show.', N, []),
 ('She asked for a second opinion.', N, []),
 ('They were called up for a second, then a third, time.', N, []),
 ('The plant shut for a second week.', N, []),
 ('It rained for a second straight day.', N, []),
 ('The Fed held rates for a second month.', N, []),
 ('Lagarde is running for a second, five-year term.', N, [('five-year', 'P5Y')]),
 ('He was nominated for a second; the Senate voted for a third.', N, []),
 ('Brazil qualified for a second.', N, []),
 ('Voters went back to the polls for a second, then a third round.', N, []),
 ('He paused for a second time before answering.', N, []),
 ('Fans have been waiting hours for tickets.', N, [('hours', 'PTXH', 'DURATION')]),
 ('Passengers were left waiting hours on the tarmac.', N, [('hours', 'PTXH')]),
 ('We wait months for spare parts.', N, [('months', 'PXM')]),
 ('She waits years for a kidney.', N, [('years', 'PXY')]),
 ('Spending weeks at sea, the crew ran out of food.', N, [('weeks', 'PXW')]),
 ('He spent a fortune spending decades in exile.', N, [('decades', 'PXDE')]),
 ('Patients are waiting days for beds.', N, [('days', 'PXD')]),
 ('They were spending months of savings on rent.', N, []),
 ('He was spending weeks\' wages on rent.', N, []),
 ('Workers were waiting hours ago for the bus.', N, [('hours ago', '2018-11-15')]),
 # --- 3 range_ends.past_year
 ('The strike lasted from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The attacks happened between Sept. 1 and Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The strike lasted Sept. 1-Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('Police patrolled the area Sept. 1 through Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The strike is running from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('The strike will last from Sept. 20 until Oct. 15.', S, [('Sept. 20', '2019-09-20'), ('Oct. 15', '2019-10-15')]),
 ('Union leaders said the strike would last from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('Talks were held from Sept. 10 to Sept. 20.', S, [('Sept. 10', '2019-09-10'), ('Sept. 20', '2019-09-20')]),
 ('The strike lasted from Sept. 1 until Oct. 15, 2019.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15, 2019', '2019-10-15')]),
 ('Sales fell from June to August.', S, [('June', '2019-06'), ('August', '2019-08')]),
 ('Sales fell from August to September.', S, [('August', '2019-08'), ('September', '2019-09')]),
 ('Sales fell from August to October.', S, [('August', '2018-08'), ('October', '2018-10')]),
 ('Sales fell from September to December.', S, [('September', '2018-09'), ('December', '2018-12')]),
 ('The exhibition ran from Jan. 5 to Feb. 20.', D20, [('Jan. 5', '2018-01-05'), ('Feb. 20', '2018-02-20')]),
 ('The exhibition ran from Dec. 1 to Jan. 15.', D20, [('Dec. 1', '2017-12-01'), ('Jan. 15', '2018-01-15')]),
 ('The exhibition ran from Dec. 1 to Jan. 15.', J10, [('Dec. 1', '2018-12-01'), ('Jan. 15', '2019-01-15')]),
 ('The exhibition ran from Dec. 1 to Feb. 15.', J10, [('Dec. 1', '2017-12-01'), ('Feb. 15', '2018-02-15')]),
 ('Talks ran from Jan. 3 to Jan. 10.', D20, [('Jan. 3', '2018-01-03'), ('Jan. 10', '2018-01-10')]),
 ('The sale runs from Dec. 26 to Jan. 5.', D20, [('Dec. 26', '2018-12-26'), ('Jan. 5', '2019-01-05')]),
 ('The sale ran from Dec. 26 to Jan. 5.', D20, [('Dec. 26', '2017-12-26'), ('Jan. 5', '2018-01-05')]),
 ('The museum closed from Dec. 10 to Jan. 31 for repairs.', D20, [('Dec. 10', '2017-12-10'), ('Jan. 31', '2018-01-31')]),
 ('The strike lasted from Sept. 1 until Oct. 15 last year.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15'), ('last year', '2018')]),
 ('Voting took place from Sept. 12 to Sept. 19.', S, [('Sept. 12', '2019-09-12'), ('Sept. 19', '2019-09-19')]),
 ('The curfew, imposed Sept. 1, was extended until Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('Tickets went on sale from Sept. 1 for shows until Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('The road was closed from Monday to Oct. 15.', S, [('Monday', '2019-09-16'), ('Oct. 15', '2019-10-15')]),
 ('The drought lasted from August 2018 to October.', S, [('August 2018', '2018-08'), ('October', '2018-10')]),
 ('Rainfall was recorded from Sept. 1 to Sept. 30.', S, [('Sept. 1', '2018-09-01'), ('Sept. 30', '2018-09-30')]),
 # --- 4 holidays
 ('The Good Friday Agreement ended decades of conflict.', N, []),
 ('Historians revisited the Easter Rising of 1916.', N, [('1916', '1916')]),
 ('The Christmas Truce of 1914 is remembered.', N, [('1914', '1914')]),
 ('She was born on Christmas Island in 1990.', N, [('1990', '1990')]),
 ('Flights to Christmas Island resumed on Monday.', N, [('Monday', '2018-11-12')]),
 ('The Easter Island statues drew tourists.', N, []),
 ('A Christmas Carol opened on Broadway.', N, []),
 ('He bought Christmas presents on Saturday.', N, [('Saturday', '2018-11-10')]),
 ('She sent a Christmas card on Monday.', N, [('Monday', '2018-11-12')]),
 ('He watched the Independence Day movie again.', N, []),
 ('She is a New Year\'s Eve baby.', N, []),
 ('The Christmas tree in the square was lit on Wednesday.', N, [('Wednesday', '2018-11-14')]),
 ('The Christmas tree lighting is on Nov. 28.', N, [('Nov. 28', '2018-11-28')]),
 ('Christmas Day Mass was held at the cathedral.', N, [('Christmas Day', '2017-12-25')]),
 ('Christmas Eve Mass will be held at midnight.', N, [('Christmas Eve', '2018-12-24'), ('midnight', '2018-12-24T24:00')]),
 # (session 14: a holiday before a noun of a past event names that event, whose year the name does not tell,
 # as 'the Passover massacre' (2002) or 'the Easter Rising' (1916); no day rather than the last holiday's)
 ('The Easter Monday riots shook the city.', N, []),
 ('The Christmas Tree Festival 2018 raised money.', N, []),
 ('The Boxing Day Test was drawn.', N, [('Boxing Day', '2017-12-26')]),
 ('The Boxing Day Test starts in Melbourne.', N, [('Boxing Day', '2018-12-26')]),
 ('Boxing Day sales were weak.', N, [('Boxing Day', '2017-12-26')]),
 ('She sent a Mother\'s Day card.', N, []),
 ('He bought Valentine\'s Day flowers.', N, [('Valentine\'s Day', '2018-02-14')]),
 ('The Halloween costumes sold out.', N, []),
 ('The Village Halloween Parade drew 50,000 people.', N, [('Halloween', '2018-10-31')]),
 ('The Easter Sunday attacks killed dozens.', N, []),  # (session 14: a named event, as the riots above)
 ('The Christmas Offensive began in the snow.', N, []),
 ('The Easter Rising began on Easter Monday 1916.', N, [('Easter Monday 1916', '1916-04-24')]),
 ('The Christmas Island flying fox is endangered.', N, []),
 ('The Christmas Day floods of 2015 hit Cumbria.', N, [('2015', '2015')]),
 ('The Boxing Day tsunami of 2004 killed thousands.', N, [('2004', '2004')]),
 ('Her New Year\'s resolution was to quit smoking.', N, []),
 ('Over Christmas Trump tweeted about the wall.', N, [('Christmas', '2017-12-25')]),
 ('After Christmas Apple cut prices.', N, [('Christmas', '2017-12-25')]),
 ('Ahead of Christmas Amazon hired 100,000 workers.', N, [('Christmas', '2017-12-25')]),
 ('Before Easter Parliament will break.', N, [('Easter', '2019-04-21')]),
 ('Come Christmas Apple will launch a new phone.', N, [('Christmas', '2018-12-25')]),
 ('Christmas Tree Sales Soar Despite Rain', N, []),
 ('Flights Resume To Christmas Island', N, []),
 ('The Memorial Day Weekend traffic was heavy.', N, [('The Memorial Day Weekend', '2018-W21-WE')]),
 ('Labor Day Weekend Traffic Was Heavy', N, [('Labor Day Weekend', '2018-W35-WE')]),
 ('The Christmas party of 2016 was a disaster.', N, [('2016', '2016')]),
 ('The Thanksgiving dinner in 2016 was tense.', N, [('2016', '2016')]),
 ('On Christmas Eve Santa visited the ward.', N, [('Christmas Eve', '2017-12-24')]),
 ('On Christmas Day Queen Elizabeth spoke.', N, [('Christmas Day', '2017-12-25')]),
 ('The Halloween Accord of 2015 was signed.', N, [('2015', '2015')]),
 ('Labor Day picnics drew families.', N, [('Labor Day', '2018-09-03')]),
 ('The Christmas market in Berlin reopened.', N, [('Christmas', '2017-12-25')]),
 ('Easter eggs were hidden in the park on Sunday.', N, [('Sunday', '2018-11-11')]),
 ('The Easter egg hunt is on Sunday.', N, [('Sunday', '2018-11-18')]),
 ('The Fourth of July fireworks were cancelled.', N, [('The Fourth of July', '2018-07-04')]),
 ('The Independence Day speech was short.', N, [('Independence Day', '2018-07-04')]),
 ('A Christmas Day baby was born in Leeds.', N, []),
 ('The Halloween candy sold out.', N, []),
 ('The Christmas Special aired on BBC One.', N, []),
 ('The Christmas Message was broadcast.', N, [('Christmas', '2017-12-25')]),
 ('Halloween Horror Nights opened on Friday.', N, [('Friday', '2018-11-09')]),
 ('The St. Patrick\'s Day Parade was cancelled.', N, [('St. Patrick\'s Day', '2018-03-17')]),
 # --- 5 sets and up-to ranges
 ('He sells every Christmas card he makes.', N, []),
 ('Every Christmas tree was sold.', N, []),
 ('Every Christmas present was wrapped.', N, []),
 ('The family gathers every Christmas Eve.', N, [('every Christmas Eve', 'XXXX-12-24', 'SET')]),
 ('Every Christmas, the family gathers.', N, [('Every Christmas', 'XXXX-12-25', 'SET')]),
 ('The choir sings every Christmas Day.', N, [('every Christmas Day', 'XXXX-12-25', 'SET')]),
 ('Every Christmas Island resident was evacuated.', N, []),
 ('Each Easter egg was painted by hand.', N, []),
 ('They meet every Thanksgiving.', N, [('every Thanksgiving', 'P1Y', 'SET')]),
 ('Every Halloween costume was sold.', N, []),
 ('He visits every Easter Sunday.', N, [('every Easter Sunday', 'P1Y', 'SET')]),
 ('Registration ran from Sept. 1 up to Oct. 15.', N, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('Schools will be closed from Monday up to Friday.', N, [('Monday', '2018-11-19'), ('Friday', '2018-11-23')]),
 ('Applications are accepted up to 15 October.', E, [('15 October', '2018-10-15')]),
 ('Detainees can be held up to 40 days.', N, [('up to 40 days', 'P40D')]),
 ('From 2010 up to 2015, sales rose.', N, [('2010', '2010'), ('2015', '2015')]),
 ('Prices rose from $5 up to $10 on Oct. 15.', N, [('Oct. 15', '2018-10-15')]),
 ('The festival runs from Oct. 1 up to Oct. 15.', E, [('Oct. 1', '2018-10-01'), ('Oct. 15', '2018-10-15')]),
 ('From March up to now, sales rose.', N, [('March', '2018-03'), ('now', 'PRESENT_REF')]),
 ('Rents rose from 2010 levels up to 2015.', N, [('2010', '2010'), ('2015', '2015')]),
 ('From 9 a.m. up to 5 p.m. the roads are shut.', N, [('9 a.m.', '2018-11-15T09:00'), ('5 p.m.', '2018-11-15T17:00')]),
 ('He was held from Monday up to Wednesday.', N, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
 ('Fines of up to 2018 euros apply.', N, []),
 ('Up to 2,000 people came on Oct. 15.', N, [('Oct. 15', '2018-10-15')]),
 ('From Oct. 1, up to 15 trains a day will run.', E, [('Oct. 1', '2018-10-01')]),
 ('Sales from 2016 up to 2018 doubled.', N, [('2016', '2016'), ('2018', '2018')]),
 ('The offer is valid from Nov. 20 up to and including Nov. 30.', N, [('Nov. 20', '2018-11-20'), ('Nov. 30', '2018-11-30')]),

 # --- round 2: aimed at the mends
 ('He signed a 3-year, 6-month contract.', N, [('3-year, 6-month', 'P3Y6M')]),
 ('She began a 20-year, 3-month sentence.', N, [('20-year, 3-month', 'P20Y3M')]),
 ('The 2 hour 15 minute drive was slow.', N, [('2 hour 15 minute', 'PT2H15M')]),
 ('She won the 2 hour 30 minute race.', N, [('2 hour 30 minute', 'PT2H30M')]),
 ('It took 2 hour 30 minute.', N, [('2 hour', 'PT2H'), ('30 minute', 'PT30M')]),
 ('Over 3 days, 4 hours were spent in talks.', N, [('3 days', 'P3D'), ('4 hours', 'PT4H')]),
 ('He served 2 years, 3 months in jail and was freed.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('After 5 hours, 30 minutes remained on the clock.', N, [('5 hours', 'PT5H'), ('30 minutes', 'PT30M')]),
 ('It took 2 years, 3 months, and the cost doubled.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('The sentence is 2 years, 3 months.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('The wait was 2 hours, 10 minutes longer than planned.', N, [('2 hours, 10 minutes', 'PT2H10M')]),
 ('He was 45 years and 3 months old.', N, []),
 ('The girl, 2 years and 3 months old, was found safe.', N, []),
 ('She was a 2-year, 3-month-old girl.', N, []),
 ('The bridge is 150 years and 3 months old.', N, [('150 years and 3 months', 'P150Y3M')]),
 ('For a second, the crowd fell silent.', N, [('a second', 'PT1S')]),
 ('"For a second, I thought we had lost," he said.', N, [('a second', 'PT1S')]),
 ('The screen went black for a second, then the first image appeared.', N, [('a second', 'PT1S')]),
 ('The car stopped for a second; a third car hit it.', N, [('a second', 'PT1S')]),
 ('He ran for a second before collapsing.', N, [('a second', 'PT1S')]),
 ('She was elected for a second.', N, []),
 ('Residents braced for a second, and a third, aftershock.', N, []),
 ('Trump campaigned for a second, then conceded.', N, []),
 ('For a second time, the court refused.', N, []),
 ('We have been waiting years for this.', N, [('years', 'PXY')]),
 ('Waiting hours in the rain, fans grew angry.', N, [('hours', 'PTXH')]),
 ('They wait decades for justice.', N, [('decades', 'PXDE')]),
 ('After waiting months, he sued.', N, [('months', 'PXM')]),
 ('Teenagers are spending hours online.', N, [('hours', 'PTXH')]),
 ("Her New Year's resolutions included running.", N, []),
 ('The Christmas bonus was paid on Friday.', N, [('Friday', '2018-11-09')]),
 ('Come Easter, the fields will bloom.', N, [('Easter', '2019-04-21')]),
 ('Come Christmas Day Santa will visit.', N, [('Christmas Day', '2018-12-25')]),
 ('The Thanksgiving Day parade of 1924 was the first.', N, [('1924', '1924')]),
 ('The Boxing Day match in 2015 drew 40,000.', N, [('2015', '2015')]),
 ('The Easter Monday game of 2010 went to overtime.', N, [('2010', '2010')]),
 ('The Christmas dinner in 2018 was quiet.', N, [('2018', '2018')]),
 ('The Halloween party in 2016 got out of hand.', N, [('2016', '2016')]),
 ('The Christmas concert in 2019 will be held at the abbey.', N, [('2019', '2019')]),
 ('Traffic was heavy over Christmas week of 2016.', N, [('Christmas week of 2016', '2016-W51')]),
 ('The Christmas Day sales began at dawn.', N, [('Christmas Day', '2017-12-25'), ('dawn', '2017-12-25TMO')]),
 ('Every New Year\'s resolution was broken.', N, []),
 ('Every Christmas bonus was cut.', N, []),
 ('The planned strike lasted from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The scheduled talks ran from Sept. 1 to Oct. 1.', S, [('Sept. 1', '2018-09-01'), ('Oct. 1', '2018-10-01')]),
 ('The strike, which lasted from Sept. 1 until Oct. 15, was settled.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The ban was lifted. Protests lasted from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('Banned in August, protests lasted from Sept. 1 until Oct. 15.', S, [('August', '2019-08'), ('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('Set in a small town, the film was shot from Sept. 1 to Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 # --- round 3: aimed at the second round's mends
 ('Mission length: 6 months, 2 weeks.', N, [('6 months', 'P6M'), ('2 weeks', 'P2W')]),
 ('The race took 2 hrs 10 mins.', N, [('2 hrs 10 mins', 'PT2H10M')]),
 ('The journey takes 1 day 2 hours.', N, [('1 day 2 hours', 'P1DT2H')]),
 ('He spent 2 years, 3 months, 4 days in jail.', N, [('2 years, 3 months, 4 days', 'P2Y3M4D')]),
 ('A 3 year 2 month investigation ended.', N, [('3 year 2 month', 'P3Y2M')]),
 ('The 90-minute, 2-hour sessions were tiring.', N, [('90-minute', 'PT90M'), ('2-hour', 'PT2H')]),
 ('He looked back for a second, and then the bus left.', N, [('a second', 'PT1S')]),
 ('He hesitated for a second or two.', N, [('a second or two', 'PT1S')]),
 ('He stayed on for a second season.', N, []),
 ('"Wait for a second," she said.', N, [('a second', 'PT1S')]),
 ('He will be away from Nov. 20 up to Dec. 5.', N, [('Nov. 20', '2018-11-20'), ('Dec. 5', '2018-12-05')]),
 ('Temperatures rose from 10 up to 20 degrees.', N, []),
 ('Prices rose from Jan. 1 up to 20%.', N, [('Jan. 1', '2018-01-01')]),
 ('The festival, held from Sept. 1 until Oct. 15, drew crowds.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('The Christmas Island crab migration began on Monday.', N, [('Monday', '2018-11-12')]),
 ('Easter Island voted in 2017.', N, [('2017', '2017')]),
 ('The Fourth of July parade of 1976 was the biggest.', N, [('1976', '1976')]),
 ('The Christmas market in 2015 was smaller.', N, [('2015', '2015')]),
 ("The New Year's Day parade of 2016 was cold.", N, [('2016', '2016')]),
 ('Her Christmas bonus arrived on Dec. 20.', N, [('Dec. 20', '2017-12-20')]),
 ("The St. Patrick's Day parade in 2019 will be held on March 16.", N, [('2019', '2019'), ('March 16', '2019-03-16')]),
 ('Christmas shopping began early this year.', N, [('early this year', '2018')]),
 ('The Easter holidays of 2017 were wet.', N, [('The Easter holidays of 2017', '2017-04-16')]),
 ('The Christmas Day match of 1914 is famous.', N, [('1914', '1914')]),
 ('On Christmas Eve the family met.', N, [('Christmas Eve', '2017-12-24')]),
 ('The Halloween Parade in 2016 drew crowds.', N, [('2016', '2016')]),
 ('He flew home for a second.', N, [('a second', 'PT1S')]),
 ('She returned for a second, then a third, term.', N, []),
 ('The lead changed hands for a second, then a third time.', N, []),
 ('In the 2 years, 3 months since, nothing changed.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('The 2 years, 3 months he served were hard.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('For 2 years, 3 months, he hid.', N, [('2 years, 3 months', 'P2Y3M')]),
 ('After 2 days, 3 hours, 5 minutes were cut.', N, [('2 days', 'P2D'), ('3 hours', 'PT3H'), ('5 minutes', 'PT5M')]),
 ('It has been 4 years, 7 months since the quake.', N, [('4 years, 7 months', 'P4Y7M')]),
 ('He was sentenced to 5 years and 6 months, but was freed.', N, [('5 years and 6 months', 'P5Y6M')]),
 ('Her winning time of 2 hours, 1 minute was a record.', N, [('2 hours, 1 minute', 'PT2H1M')]),
 ('In the past 3 years, 2 months have been lost to strikes.', N, [('the past 3 years', 'P3Y'), ('2 months', 'P2M')]),
 # --- round 4: lists, headlines, ranges across the year's turn, sets
 ('The team won 3 games, 2 hours apart.', N, [('2 hours', 'PT2H')]),
 ('Results: 1 day, 2 hours, 3 minutes behind the leader.', N, [('1 day, 2 hours, 3 minutes', 'P1DT2H3M')]),
 ('Flights of 10 hours, 20 minutes or more were cut.', N, [('10 hours, 20 minutes', 'PT10H20M')]),
 ('It took 3 months, 2 weeks and 1 day.', N, [('3 months', 'P3M'), ('2 weeks', 'P2W'), ('1 day', 'P1D')]),
 ('The strike lasted 3 days; 4 hours of talks followed.', N, [('3 days', 'P3D'), ('4 hours', 'PT4H')]),
 ('In 2 years, 3 months of data were lost.', N, [('2 years', 'P2Y'), ('3 months', 'P3M')]),
 ('He spent 1 year, 11 months and 30 days abroad.', N, [('1 year, 11 months and 30 days', 'P1Y11M30D')]),
 ('She was jailed for 12 hours and 60 minutes.', N, [('12 hours', 'PT12H'), ('60 minutes', 'PT60M')]),
 ('Play resumed after 1 hour and 1 minute.', N, [('1 hour and 1 minute', 'PT1H1M')]),
 ('The Christmas Eve Mass of 2016 was moving.', N, [('2016', '2016')]),
 ('CHRISTMAS TREE SALES SOAR', N, []),
 ('The Thanksgiving Day Parade Returns', N, [('Thanksgiving Day', '2018-11-22')]),
 ('The Good Friday Agreement was signed in 1998.', N, [('1998', '1998')]),
 ('The strike, which ran from Dec. 1 to Jan. 15, ended.', D20, [('Dec. 1', '2017-12-01'), ('Jan. 15', '2018-01-15')]),
 ('Sales were strong between Dec. 1 and Jan. 31.', D20, [('Dec. 1', '2017-12-01'), ('Jan. 31', '2018-01-31')]),
 ('The market was closed from Dec. 24 to Dec. 26.', D20, [('Dec. 24', '2018-12-24'), ('Dec. 26', '2018-12-26')]),
 ('Inflation rose from September to December.', S, [('September', '2018-09'), ('December', '2018-12')]),
 ('Registration was open from Sept. 1 up to Oct. 15.', S, [('Sept. 1', '2018-09-01'), ('Oct. 15', '2018-10-15')]),
 ('Up to 15 October, entries are free.', dt.date(2018, 9, 1), [('15 October', '2018-10-15')]),
 ('Every Christmas Eve Mass is packed.', N, [('Every Christmas Eve', 'XXXX-12-24', 'SET')]),
 ('Every Easter Island statue was measured.', N, []),
 ('Every Boxing Day sale draws crowds.', N, [('Every Boxing Day', 'XXXX-12-26', 'SET')]),
 ('He stood still for a second.', N, [('a second', 'PT1S')]),
 ('Voters returned to the polls for a second.', N, []),
 ('He returned home and paused for a second.', N, [('a second', 'PT1S')]),
 ('Easter Rising Centenary Marked In Dublin', N, []),  # closed at integration: holiday_names._NAME_HEADS
 # closed at integration (session 11): walk._week_back passes range_ends.imposed_ahead; a compound before
 # "after"/"before" an event is one duration
 ('Twelve years, seven months and nine days after the crash, the report came out.', N, [('Twelve years, seven months and nine days', 'P12Y7M9D')]),
 ('He was banned from Sept. 1 until Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('The government ordered schools closed from Sept. 10 until Oct. 15.', S, [('Sept. 10', '2019-09-10'), ('Oct. 15', '2019-10-15')]),
 ('Flights were cancelled from Sept. 10 to Sept. 30, the airline said.', S, [('Sept. 10', '2019-09-10'), ('Sept. 30', '2019-09-30')]),
 ('The vote was scheduled from Sept. 10 to Oct. 1.', S, [('Sept. 10', '2019-09-10'), ('Oct. 1', '2019-10-01')]),
 ('The company was granted a license from Sept. 1 to Dec. 31.', S, [('Sept. 1', '2019-09-01'), ('Dec. 31', '2019-12-31')]),
 ('A state of emergency was declared from Sept. 10 to Oct. 10.', S, [('Sept. 10', '2019-09-10'), ('Oct. 10', '2019-10-10')]),
 ('Twelve years and nine days after the crash, the report came out.', N, [('Twelve years and nine days', 'P12Y9D')]),
 ('The rocket lifted off 2 hours and 10 minutes before the deadline.', N, [('2 hours and 10 minutes', 'PT2H10M')]),
 ('He died 3 days and 4 hours after Christmas.', N, [('3 days and 4 hours', 'P3DT4H'), ('Christmas', '2017-12-25')]),
 ('Russia banned imports from Sept. 1 until Dec. 31.', S, [('Sept. 1', '2019-09-01'), ('Dec. 31', '2019-12-31')]),
 ('The U.S. imposed tariffs from Sept. 1 to Dec. 15.', S, [('Sept. 1', '2019-09-01'), ('Dec. 15', '2019-12-15')]),
 ('Fares were set from Sept. 1 to Dec. 31.', S, [('Sept. 1', '2019-09-01'), ('Dec. 31', '2019-12-31')]),
 ('The exhibition was extended from Sept. 1 to Oct. 15.', S, [('Sept. 1', '2019-09-01'), ('Oct. 15', '2019-10-15')]),
 ('Trading was suspended from Dec. 1 to Jan. 15.', D20, [('Dec. 1', '2018-12-01'), ('Jan. 15', '2019-01-15')]),
 # session 12: a date in its clause's subject or opening phrase, or after "since", takes the clause verb's past
 ('On Thanksgiving Day parade crowds lined the streets.', N, [('Thanksgiving Day', '2017-11-23')]),
 ('The Thanksgiving Day Parade drew huge crowds.', N, [('Thanksgiving Day', '2017-11-23')]),
 ('Since Thanksgiving Macy\'s has hired 500 workers.', N, [('Thanksgiving', '2017-11-23')]),
 ('Sales on Black Friday rose 5%.', N, [('Black Friday', '2017-11-24')]),
 ('The Thanksgiving Day game was a blowout.', N, [('Thanksgiving Day', '2017-11-23')]),
    # -- fixed in session 15 (helper R): a compound length before 'later', 'earlier' or 'ago' is one offset (compound_durations.CompoundOffset)
    ('Three months and two days later, he was freed.', N, [('Three months and two days later', 'FUTURE_REF')]),
    ('On Jan. 5, 2018, he was arrested. Three months and two days later, he was freed.', N,
     [('Jan. 5, 2018', '2018-01-05'), ('Three months and two days later', '2018-04-07')]),
    ('Two years and six months ago, he left.', N, [('Two years and six months ago', '2016-05')]),
    ('It took 3 months and 2 days from the start.', N, [('3 months', 'P3M'), ('2 days', 'P2D')]),
    # -- session 16 (review R): a bare capitalised 'New Year' is the feast
    ('Between Christmas and New Year Britain slows down.', N, [('Christmas', '2018-12-25'), ('New Year', '2019-01-01')]),
]


KNOWN_MISSES = [
]


test_review_sentence, test_known_miss = graded_review_tests(CASES, KNOWN_MISSES)


def test_no_sentence_is_written_twice() -> None:
    texts = [(c[0], c[1]) for c in CASES + KNOWN_MISSES]
    assert len(texts) == len(set(texts))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99), st.integers(1, 11), st.sampled_from(["were lost", "had passed", "remained"]))
def test_a_comma_before_a_verb_parts_two_phrases(years: int, months: int, verb: str) -> None:
    """"Over N years, M months were lost": a verb after the comma-joined part makes it a clause's subject, so no
    compound; joined by "and", or with no verb after, one duration."""
    y, m = "year" if years == 1 else "years", "month" if months == 1 else "months"
    split = extract_timexes(f"Over {years} {y}, {months} {m} {verb}.", N)
    assert [t.value for t in split if t.type == "DURATION"][-2:] == [f"P{years}Y", f"P{months}M"]
    whole = extract_timexes(f"He served {years} {y}, {months} {m} in prison.", N)
    assert [t.value for t in whole] == [f"P{years}Y{months}M"]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 122), st.integers(2, 11))
def test_an_age_of_parts_gives_nothing(years: int, months: int) -> None:
    """"He was N years and M months old": a person's age, none of its parts read alone."""
    assert extract_timexes(f"He was {years} years and {months} months old.", N) == []


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("He was banned from Sept. 1 until Oct. 15.", 19, True),
    ("The government ordered schools closed from Sept. 10 until Oct. 15.", 43, True),
    ("The strike lasted from Sept. 1 until Oct. 15.", 23, False),
    ("The planned strike lasted from Sept. 1 until Oct. 15.", 31, False),
    ("Banned in August, protests lasted from Sept. 1 until Oct. 15.", 39, False),
    ("The ban was lifted. Protests lasted from Sept. 1.", 41, False),
])
def test_a_decision_places_its_stretch(text: str, at: int, expected: bool) -> None:
    """range_ends.imposed_ahead: a verb of a decision in the range's own clause (not an adjective, not another
    clause's), which keeps a past-told range's nearer year once walk.py passes it to past_week."""
    assert text[at:].startswith("Sept.")
    assert imposed_ahead(text, at) is expected

"""Adversarial review, round 7 (helper V): invented sentences in the register of web news of 2016-2019
(Russia-US relations, sanctions, summits, elections, markets, courts), each with its DCT and the (span, value)
pairs a careful TIMEX3 annotator expects, following docs/timex.md's conventions.

Aimed where earlier rounds did not go: reported speech chains, nested relative times, dates in quotes and
headlines, ranges across months and years ("2016-17", "the 2018/19 season"), fiscal years, decades and
centuries, approximate times ("some time next year", "in the coming days"), anniversaries, numbers that count
things ("Article 5", "Resolution 2231", "G20"), numbers next to months ("the March 4 poisoning"), times with a
place's zone ("14:00 Moscow time"), live-blog clocks, datelines and bylines.

None of the sentences comes from a benchmark or from the bundled articles. The misreadings left are strict
xfails in KNOWN_MISSES, each with its reason and the module that causes it: a fix that reaches one must move
it up to CASES.

At HEAD (1719438) 27 of the first 322 sentences were misread. Five of those were this review's own mistakes,
revised after checking the gold conventions (a place's time after a clock stays out of the span, as WikiWars
writes "11:30 a.m." before "local time"; "earlier in the day" is left unmarked as TimeBank mostly leaves it);
the rest were fixed or are listed below. The sentences after "a second probe" were written after the first
fixes and are not counted in that figure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_timexes

from .review import review_tests
THU = dt.date(2018, 11, 15)
MON = dt.date(2018, 11, 12)
TUE13 = dt.date(2018, 11, 13)
NOV8 = dt.date(2018, 11, 8)
DEC1 = dt.date(2018, 12, 1)
DEC20 = dt.date(2018, 12, 20)
W17 = dt.date(2017, 3, 8)
JUN17 = dt.date(2017, 6, 20)
NOV17 = dt.date(2017, 11, 8)
DEC17 = dt.date(2017, 12, 15)
E16 = dt.date(2016, 11, 9)
FEB18 = dt.date(2018, 2, 20)
MAR18 = dt.date(2018, 3, 15)
MAY18 = dt.date(2018, 5, 10)
MAYDAY = dt.date(2018, 5, 1)
JUN18 = dt.date(2018, 6, 10)
SING = dt.date(2018, 6, 12)
JUL18 = dt.date(2018, 7, 1)
OCT10 = dt.date(2018, 10, 10)
OCT12 = dt.date(2018, 10, 12)
DEC28 = dt.date(2018, 12, 28)
JAN19 = dt.date(2019, 1, 20)
FEB19 = dt.date(2019, 2, 10)
MAR19 = dt.date(2019, 3, 18)
MAR5 = dt.date(2019, 3, 5)
APR19 = dt.date(2019, 4, 10)
APR22 = dt.date(2019, 4, 22)
MAY30 = dt.date(2019, 5, 30)
J19 = dt.date(2019, 6, 12)
NOV19 = dt.date(2019, 11, 20)
BERLIN = dt.date(2019, 11, 9)

CASES = [
    # 'whether to attend' weighs an act still to come, at the event's time: the event is ahead
    ("He said Tuesday he had not decided whether to attend Friday's meeting.", THU, [('Tuesday', '2018-11-13'), ('Friday', '2018-11-16')]),
    # a reversative un- verb's past ('unveiled') is a past, not an un- adjective ('unspecified')
    ("Putin's March 1 speech unveiled new weapons.", THU, [('March 1', '2018-03-01')]),
    # reported speech chains
    ('Peskov said on Tuesday that talks would resume on Friday.', THU, [('Tuesday', '2018-11-13'), ('Friday', '2018-11-16')]),
    ('The ministry said on Monday that the delegation had arrived on Saturday.', THU, [('Monday', '2018-11-12'), ('Saturday', '2018-11-10')]),
    ('Lavrov told reporters on Wednesday that he would meet Pompeo next week.', THU, [('Wednesday', '2018-11-14'), ('next week', '2018-W47')]),
    ('A spokesman said Thursday the sanctions would take effect on Dec. 1.', THU, [('Thursday', '2018-11-15'), ('Dec. 1', '2018-12-01')]),
    ('Officials said last week that the summit could be held in early December.', THU, [('last week', '2018-W45'), ('early December', '2018-12')]),
    ('The court said on Friday it would rule on the appeal by the end of the month.', THU, [('Friday', '2018-11-09'), ('the end of the month', '2018-11')]),
    ('She said in September that the deal had been agreed in July.', THU, [('September', '2018-09'), ('July', '2018-07')]),
    ('Trump tweeted on Sunday that he had spoken with Putin a day earlier.', THU, [('Sunday', '2018-11-11'), ('a day earlier', '2018-11-10')]),
    ('Moscow said on Nov. 2 that it expected an answer within two weeks.', THU, [('Nov. 2', '2018-11-02'), ('within two weeks', 'P2W')]),
    ('The Kremlin said on Monday that Putin and Trump would talk in Buenos Aires on Nov. 30 or Dec. 1.', THU, [('Monday', '2018-11-12'), ('Nov. 30', '2018-11-30'), ('Dec. 1', '2018-12-01')]),
    ('The EU said on Wednesday that its leaders would decide in December whether to extend the sanctions beyond January.', THU, [('Wednesday', '2018-11-14'), ('December', '2018-12'), ('January', '2019-01')]),
    ('Officials told Reuters on Thursday that the vote had been postponed until next month.', THU, [('Thursday', '2018-11-15'), ('next month', '2018-12')]),
    ('Spicer said on Monday that the president would sign the order later this week.', W17, [('Monday', '2017-03-06'), ('later this week', '2017-W10')]),
    ('The senator said on Sunday that he had been told on Friday that the hearing was off.', W17, [('Sunday', '2017-03-05'), ('Friday', '2017-03-03')]),
    ('Ushakov said on Tuesday that the two leaders would meet in Osaka at the end of June.', J19, [('Tuesday', '2019-06-11'), ('the end of June', '2019-06')]),
    ('The prosecutor said last month that charges would be filed by mid-July.', J19, [('last month', '2019-05'), ('mid-July', '2019-07')]),
    ('Diplomats said on Tuesday that a draft could be ready before the weekend.', THU, [('Tuesday', '2018-11-13'), ('the weekend', '2018-W46-WE')]),
    ('A source said the two sides had met twice since October.', THU, [('October', '2018-10')]),
    ('The minister said on Wednesday that exports had fallen in October for the first time since 2016.', THU, [('Wednesday', '2018-11-14'), ('October', '2018-10'), ('2016', '2016')]),
    ('Putin said on Wednesday he was ready to restore full relations with Washington.', E16, [('Wednesday', '2016-11-09')]),
    ('The spokesman said the president would decide in the coming days.', THU, [('the coming days', 'PXD')]),
    ('He said on Monday that the meeting had taken place the previous day.', THU, [('Monday', '2018-11-12'), ('the previous day', '2018-11-11')]),
    ('Peskov said on Friday that Putin would fly to Argentina the following week.', THU, [('Friday', '2018-11-09'), ('the following week', '2018-W46')]),
    ('The agency reported on Tuesday that the tanker had been seized a week earlier.', THU, [('Tuesday', '2018-11-13'), ('a week earlier', '2018-W45')]),
    ('Pompeo said Sunday he expected the North Koreans to return to talks "within weeks".', SING, [('Sunday', '2018-06-10'), ('weeks', 'PXW')]),
    ('She told the court on Monday that she had last seen him in 2015.', THU, [('Monday', '2018-11-12'), ('2015', '2015')]),
    ('May told MPs on Wednesday that a vote would take place before Christmas.', THU, [('Wednesday', '2018-11-14'), ('Christmas', '2018-12-25')]),
    # nested relative times
    ('The talks are due two days before the summit next month.', THU, [('two days', 'P2D'), ('next month', '2018-12')]),
    ('A week after the election last month, the governor resigned.', THU, [('A week', 'P1W'), ('last month', '2018-10')]),
    ('Three days after the March 4 attack, police named a suspect.', THU, [('Three days', 'P3D'), ('March 4', '2018-03-04')]),
    ('Two weeks before the March election, Putin addressed parliament.', THU, [('Two weeks', 'P2W'), ('March', '2018-03')]),
    ('Exports were up 4% in the first ten months of the year.', THU, [('the first ten months', 'P10M'), ('the year', '2018')]),
    ('Officials expect a decision in the second half of next year.', THU, [('the second half of next year', '2019-H2')]),
    ('The law takes effect at the start of next year.', THU, [('the start of next year', '2019')]),
    ('The summit was the first since the Helsinki meeting in July.', THU, [('July', '2018-07')]),
    ('He was arrested last Tuesday, two days after returning from Moscow.', THU, [('last Tuesday', '2018-11-13'), ('two days', 'P2D')]),
    ('On Nov. 5 the envoy flew to Kiev. Later that week, the two ministers spoke by phone.', THU, [('Nov. 5', '2018-11-05'), ('Later that week', '2018-W45')]),
    ('In March 2014, Russia annexed Crimea; sanctions followed within weeks.', THU, [('March 2014', '2014-03'), ('weeks', 'PXW')]),
    ('The trial opened on Monday, nearly five years after the crash.', THU, [('Monday', '2018-11-12'), ('nearly five years', 'P5Y')]),
    ('The embargo, first imposed in August 2014, was extended on Wednesday until the end of 2019.', THU, [('August 2014', '2014-08'), ('Wednesday', '2018-11-14'), ('the end of 2019', '2019')]),
    ('The vote came a year after the referendum of June 2016.', JUN17, [('a year', 'P1Y'), ('June 2016', '2016-06')]),
    ('The plan is to hold a second summit early next year, a month after the new Congress sits.', THU, [('early next year', '2019'), ('a month', 'P1M')]),
    ('Inspectors will return in the spring, six months after their last visit.', THU, [('the spring', '2019-SP'), ('six months', 'P6M')]),
    ('By the time the talks resume next month, the deadline will have passed.', THU, [('next month', '2018-12')]),
    ('The draft, due at the end of next week, is still being written.', THU, [('the end of next week', '2018-W47')]),
    # dates in quotes and headlines
    ('"We will meet again on Dec. 1," Trump said.', THU, [('Dec. 1', '2018-12-01')]),
    ('"By next spring, the troops will be home," the minister said.', THU, [('next spring', '2019-SP')]),
    ('Putin, Trump to meet in Paris on Nov. 11', NOV8, [('Nov. 11', '2018-11-11')]),
    ('UPDATE 2-Russia says talks with U.S. to resume next week', THU, [('next week', '2018-W47')]),
    ('Kremlin: No Putin-Trump meeting planned for Friday', THU, [('Friday', '2018-11-16')]),
    ('Oil hits four-year high on Monday as sanctions loom', MON, [('four-year', 'P4Y'), ('Monday', '2018-11-12')]),
    ('"Nothing happened on November 15th," Peskov insisted.', THU, [('November 15th', '2018-11-15')]),
    ('"In the 1990s we trusted the West," he said.', THU, [('the 1990s', '199')]),
    ('"Today is a historic day," Kim said in Singapore.', SING, [('Today', '2018-06-12')]),
    ('EU extends Russia sanctions until July 31, 2019', DEC20, [('July 31, 2019', '2019-07-31')]),
    ('Theresa May says Brexit deal "90 per cent" done', THU, []),
    ('March for Our Lives draws crowds in Washington', MAR18, []),
    ("EXCLUSIVE-U.S. weighs new Russia sanctions before Nov. 29 deadline", THU, [('Nov. 29', '2018-11-29')]),
    ("Factbox: Key dates in Britain's exit from the EU", THU, []),
    ('"Last year was the worst in a decade," the CEO told investors.', THU, [('Last year', '2017'), ('a decade', 'P10Y')]),
    ("'Wednesday was a good day for democracy,' Pelosi said.", THU, [('Wednesday', '2018-11-14')]),
    ('Analysis: Why Moscow is in no hurry to meet Trump in 2019', THU, [('2019', '2019')]),
    ('WRAPUP 1-Oil falls for 12th straight day', THU, []),
    ('"We have until March 29," the negotiator warned.', THU, [('March 29', '2019-03-29')]),
    ('The headline read: "Summit set for July 16 in Helsinki".', JUN18, [('July 16', '2018-07-16')]),
    ('"See you in two weeks," Pompeo told Kim.', THU, [('two weeks', 'P2W')]),
    # ranges across months and years
    ('Data from December 2016 to March 2017 show a drop.', THU, [('December 2016', '2016-12'), ('March 2017', '2017-03')]),
    ('Between January and March, imports fell by a fifth.', THU, [('January', '2018-01'), ('March', '2018-03')]),
    ('The exercises will run from Oct. 25 to Nov. 7.', OCT10, [('Oct. 25', '2018-10-25'), ('Nov. 7', '2018-11-07')]),
    ('The festival runs Dec. 28-Jan. 3.', THU, [('Dec. 28', '2018-12-28'), ('Jan. 3', '2019-01-03')]),
    ('The 2014-2015 oil crash hit the rouble hard.', THU, [('2014', '2014'), ('2015', '2015')]),
    ('From 1991 to 1999, Yeltsin led Russia.', THU, [('1991', '1991'), ('1999', '1999')]),
    ('He served as ambassador from 2008 until 2017.', THU, [('2008', '2008'), ('2017', '2017')]),
    ('The sanctions were in force between mid-2014 and late 2016.', THU, [('mid-2014', '2014'), ('late 2016', '2016')]),
    ('The fund lost money from 2015 through 2017.', THU, [('2015', '2015'), ('2017', '2017')]),
    ('The talks lasted from Monday to Wednesday.', THU, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
    ('Registration is open through Jan. 15.', THU, [('Jan. 15', '2019-01-15')]),
    ('The 2016-17 season was the club\'s worst.', THU, [('2016', '2016'), ('17', '2017')]),
    ('Revenue for the 2018/19 season rose 5%.', THU, [('2018', '2018'), ('19', '2019')]),
    ('Russia chaired the council in 2014-15.', THU, [('2014', '2014'), ('15', '2015')]),
    ('The survey ran from late November 2016 to early February 2017.', THU, [('late November 2016', '2016-11'), ('early February 2017', '2017-02')]),
    ('Prices rose every month from August to December.', DEC28, [('every month', 'P1M'), ('August', '2018-08'), ('December', '2018-12')]),
    ('Between 2000 and 2008, Russia\'s economy grew by 7% a year.', THU, [('2000', '2000'), ('2008', '2008')]),
    ('The drills, held Sept. 11-15, involved 300,000 troops.', THU, [('Sept. 11', '2018-09-11'), ('15', '2018-09-15')]),
    ('The freeze will last until the end of March 2019.', THU, [('the end of March 2019', '2019-03')]),
    ('Output fell in the three months to September.', THU, [('the three months', 'P3M'), ('September', '2018-09')]),
    ('The 2014–2016 recession was Russia\'s longest in two decades.', THU, [('2014', '2014'), ('2016', '2016'), ('two decades', 'P20Y')]),
    ('Visas issued between June 2017 and May 2018 were checked.', THU, [('June 2017', '2017-06'), ('May 2018', '2018-05')]),
    ('He ran the bank from 2002 to 2011 and again from 2013.', THU, [('2002', '2002'), ('2011', '2011'), ('2013', '2013')]),
    # fiscal and academic years
    ("Gazprom's profit for fiscal 2017 rose.", THU, [('fiscal 2017', '2017')]),
    ('The budget for fiscal year 2019 assumes oil at $40.', THU, [('fiscal year 2019', '2019')]),
    ('In FY2018, the agency spent $3 billion.', THU, [('FY2018', '2018')]),
    ("The Pentagon's fiscal 2019 budget request rose.", THU, [('fiscal 2019', '2019')]),
    ('Sberbank reported third-quarter net profit on Tuesday.', THU, [('third-quarter', '2018-Q3'), ('Tuesday', '2018-11-13')]),
    ('Q3 earnings beat forecasts.', THU, [('Q3', '2018-Q3')]),
    ('Full-year 2018 results are due in February.', THU, [('2018', '2018'), ('February', '2019-02')]),
    ('H1 2018 revenue grew 12%.', THU, [('H1 2018', '2018-H1')]),
    ('The first half of 2019 will be tough.', THU, [('The first half of 2019', '2019-H1')]),
    ('The company raised its forecast for fiscal 2019 on Wednesday.', THU, [('fiscal 2019', '2019'), ('Wednesday', '2018-11-14')]),
    ('Fourth-quarter sales will be reported in January.', THU, [('Fourth-quarter', '2018-Q4'), ('January', '2019-01')]),
    ('Profit in the quarter ended Sept. 30 doubled.', THU, [('the quarter', '2018-Q3'), ('Sept. 30', '2018-09-30')]),
    ('The university froze fees for 2019.', THU, [('2019', '2019')]),
    ('In the first quarter of 2019, GDP grew 0.5%.', J19, [('the first quarter of 2019', '2019-Q1')]),
    ('Sales in Q4 2018 beat forecasts.', FEB19, [('Q4 2018', '2018-Q4')]),
    # decades and centuries
    ('The Cold War era of the 1980s is back.', THU, [('the 1980s', '198')]),
    ('Relations are at their worst since the 1980s.', THU, [('the 1980s', '198')]),
    ('Arms control treaties signed in the late 1980s are at risk.', THU, [('the late 1980s', '198')]),
    ('The 1917 revolution changed the 20th century.', THU, [('1917', '1917'), ('the 20th century', '19')]),
    ('Russia in the 21st century faces new threats.', THU, [('the 21st century', '20')]),
    ("In the early '90s, the economy collapsed.", THU, [("the early '90s", '199')]),
    ('The treaty dates back to the mid-1970s.', THU, [('the mid-1970s', '197')]),
    ('Tensions are the highest since the Cuban missile crisis of 1962.', THU, [('1962', '1962')]),
    ('The 2010s were a lost decade for the rouble.', DEC28, [('The 2010s', '201')]),
    ('Since the 1990s, NATO has expanded eastward.', THU, [('the 1990s', '199')]),
    ('The alliance of the 1940s did not last.', THU, [('the 1940s', '194')]),
    ('The Soviet era ended in 1991.', THU, [('1991', '1991')]),
    ('Oil prices have not been this volatile since the 1970s.', THU, [('the 1970s', '197')]),
    ('A dispute dating back to the 18th century flared again.', THU, [('the 18th century', '17')]),
    ('The policy was a relic of the 1950s and 1960s.', THU, [('the 1950s', '195'), ('1960s', '196')]),
    ('In the late 1990s and early 2000s, oligarchs ruled.', THU, [('the late 1990s', '199'), ('early 2000s', '200')]),
    ('It was the worst decade since the 1930s.', THU, [('the 1930s', '193')]),
    # approximate times
    ('A deal could come some time next year.', THU, [('next year', '2019')]),
    ('The pipeline should be finished by the end of the decade.', THU, [('the end of the decade', '201')]),
    ('A decision is expected in the coming days.', THU, [('the coming days', 'PXD')]),
    ('The sanctions could be imposed as early as next week.', THU, [('next week', '2018-W47')]),
    ('Talks may resume later this month.', THU, [('later this month', '2018-11')]),
    ('The bill could be voted on before the end of the year.', THU, [('the end of the year', '2018')]),
    ('Results are expected around mid-December.', THU, [('mid-December', '2018-12')]),
    ('The summit may slip to early next year.', THU, [('early next year', '2019')]),
    ('An agreement is possible in the near future.', THU, [('the near future', 'FUTURE_REF')]),
    ('The ruling is due in the spring at the earliest.', THU, [('the spring', '2019-SP')]),
    ('Shares have fallen about 20% over the past few weeks.', THU, [('the past few weeks', 'PXW')]),
    ('In recent months, Moscow has stepped up patrols.', THU, [('recent months', 'PXM')]),
    ('The rouble has been volatile in recent days.', THU, [('recent days', 'PXD')]),
    ('For now, the embassy stays open.', THU, [('now', 'PRESENT_REF')]),
    ('In the months ahead, prices will rise.', THU, [('the months ahead', 'PXM')]),
    ('At some point this year, Putin will visit Japan.', MAY18, [('this year', '2018')]),
    ('Trade fell for the first time in years.', THU, [('years', 'PXY')]),
    ('The firm plans to list its shares in the next two to three years.', THU, [('the next two to three years', 'P3Y')]),
    ('The embassy could reopen within the next few weeks.', THU, [('the next few weeks', 'PXW')]),
    ('The central bank may cut rates again before year-end.', THU, [('year-end', '2018')]),
    ('The verdict is expected within a month or so.', THU, [('within a month or so', 'P1M')]),
    ('Moscow has long said it will respond in kind.', THU, []),
    ('Talks have stalled for much of the past year.', THU, [('the past year', '2017')]),
    ('A new law is likely by the middle of next year.', THU, [('the middle of next year', '2019')]),
    ('The date of the next summit will be set at a later date.', THU, [('a later date', 'FUTURE_REF')]),
    ('The plant will be built over the next decade.', THU, [('the next decade', 'P10Y')]),
    ('The sanctions are expected to stay in place for years to come.', THU, [('years', 'PXY')]),
    ('Shares closed at a two-month high late in the session.', THU, [('two-month', 'P2M')]),
    # anniversaries
    ('Russia marked the 100th anniversary of the 1917 revolution on Tuesday.', NOV17, [('1917', '1917'), ('Tuesday', '2017-11-07')]),
    ('Moscow celebrated the 70th anniversary of victory in World War II on May 9, 2015.', THU, [('May 9, 2015', '2015-05-09')]),
    ('Wednesday marks five years since the annexation of Crimea.', MAR19, [('Wednesday', '2019-03-20'), ('five years', 'P5Y')]),
    ('On the 30th anniversary of the fall of the Berlin Wall, Merkel spoke in Berlin.', BERLIN, []),
    ('It is the first anniversary of the Salisbury poisoning.', MAR19, []),
    ('The 75th anniversary of D-Day falls on June 6.', MAY30, [('June 6', '2019-06-06')]),
    ('The treaty turned 30 last year.', THU, [('last year', '2017')]),
    ('Centenary ceremonies for the 1918 armistice drew 70 leaders to Paris on Sunday.', THU, [('1918', '1918'), ('Sunday', '2018-11-11')]),
    ('A 25th anniversary summit is planned for 2020.', THU, [('2020', '2020')]),
    ('Friday is the fourth anniversary of the downing of MH17.', dt.date(2018, 7, 16), [('Friday', '2018-07-20')]),
    ('Ten years after the 2008 war, Georgia remains divided.', JUL18, [('Ten years', 'P10Y'), ('2008', '2008')]),
    ('The 50th anniversary of the 1968 invasion of Czechoslovakia passed quietly.', dt.date(2018, 8, 22), [('1968', '1968')]),
    ('On its 70th birthday in April, NATO looked fragile.', J19, [('April', '2019-04')]),
    # counts that are not times
    ('NATO leaders reaffirmed their commitment to Article 5.', THU, []),
    ('Iran is complying with Resolution 2231, the agency said.', THU, []),
    ('G20 leaders gathered in Buenos Aires on Friday.', DEC1, [('Friday', '2018-11-30')]),
    ('The 2016 election exposed deep divisions.', THU, [('2016', '2016')]),
    ('Under the Investigatory Powers Act 2016, agencies can hack phones.', THU, []),
    ("The 2017 sanctions law limits the president's power.", THU, [('2017', '2017')]),
    ('Boeing 737 MAX jets were grounded in March.', J19, [('March', '2019-03')]),
    ('Russia deployed S-400 missiles to Syria.', THU, []),
    ('The Su-35 fighters flew 1,200 sorties.', THU, []),
    ('Section 232 tariffs on steel took effect June 1.', JUN18, [('June 1', '2018-06-01')]),
    ('The Minsk II agreement of February 2015 is stalled.', THU, [('February 2015', '2015-02')]),
    ('Flight MH17 was shot down on July 17, 2014.', THU, [('July 17, 2014', '2014-07-17')]),
    ('The Security Council voted 13-2 on the resolution.', THU, []),
    ('Unit 29155 of the GRU was named in the report.', THU, []),
    ('He was charged under Article 280 of the criminal code.', THU, []),
    ('The 1975 Helsinki Final Act set the rules.', THU, [('1975', '1975')]),
    ('The INF Treaty, signed in 1987, bans missiles with ranges of 500 to 5,500 km.', THU, [('1987', '1987')]),
    ('Protocol 6 of the convention abolishes the death penalty.', THU, []),
    ('The Dow fell 800 points to 25,027 on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The index closed at 2,018.5 points.', THU, []),
    ('Case No. 1-2018 was heard in Moscow.', THU, []),
    ('The 2018 FIFA World Cup opened in Moscow on June 14.', JUL18, [('2018', '2018'), ('June 14', '2018-06-14')]),
    ('He spent 15 years in prison.', THU, [('15 years', 'P15Y')]),
    ('The S&P 500 rose 1.2% and the Nasdaq 100 fell.', THU, []),
    ('The airline filed for Chapter 11 protection.', THU, []),
    ('The G7 summit in Biarritz takes place in August.', J19, [('August', '2019-08')]),
    ('Apollo 11 landed on the moon in 1969.', THU, [('1969', '1969')]),
    ('Putin won 76.7% of the vote.', MAR18, []),
    ('Resolution 2254 set out a road map for Syria.', THU, []),
    ('The Group of 20 meets in Osaka on June 28-29.', J19, [('June 28', '2019-06-28'), ('29', '2019-06-29')]),
    ('Russia has 1,444 deployed warheads under New START.', THU, []),
    ('He was sentenced to 12 years under Article 275.', THU, [('12 years', 'P12Y')]),
    ('Vladivostok hosted APEC 2012.', THU, [('2012', '2012')]),
    ('A Tu-160 bomber landed in Caracas.', THU, []),
    ('The vote on Amendment 12 was 52-48.', THU, []),
    ('The 10-year yield rose to 3.2%.', THU, [('10-year', 'P10Y')]),
    # numbers next to months
    ('The May 9 Victory Day parade will feature new tanks.', APR19, [('May 9', '2019-05-09')]),
    ('Britain blamed Moscow for the March 4 poisoning.', THU, [('March 4', '2018-03-04')]),
    ('The Nov. 6 midterms gave Democrats the House.', THU, [('Nov. 6', '2018-11-06')]),
    ('Since the June 12 summit, no talks have taken place.', THU, [('June 12', '2018-06-12')]),
    ('The July 16 Helsinki summit drew criticism.', THU, [('July 16', '2018-07-16')]),
    ('Ahead of the Dec. 12 vote, the party is split.', NOV19, [('Dec. 12', '2019-12-12')]),
    ('May 2018 saw record exports.', THU, [('May 2018', '2018-05')]),
    ('May could resign, the paper said.', THU, []),
    ('March 2017 protests spread to 80 cities.', THU, [('March 2017', '2017-03')]),
    ('The 3 March ceasefire held.', THU, [('3 March', '2018-03-03')]),
    ('The June 2016 Brexit referendum split the country.', THU, [('June 2016', '2016-06')]),
    ('The 18 March presidential election is a formality.', FEB18, [('18 March', '2018-03-18')]),
    ('In the 10 days since the Oct. 2 killing, Ankara has released few details.', OCT12, [('the 10 days', 'P10D'), ('Oct. 2', '2018-10-02')]),
    ('March 29 is Brexit day.', THU, [('March 29', '2019-03-29')]),
    ('The 12 June rally in Moscow ended in arrests.', JUN17, [('12 June', '2017-06-12')]),
    ('Sept. 11, 2001, changed U.S. foreign policy.', THU, [('Sept. 11, 2001', '2001-09-11')]),
    ('The March 18 vote gave Putin a fourth term.', THU, [('March 18', '2018-03-18')]),
    ('The Aug. 8 deadline passed without a deal.', THU, [('Aug. 8', '2018-08-08')]),
    ('The April 7 chemical attack in Douma killed dozens.', THU, [('April 7', '2018-04-07')]),
    ('Thousands marched on May 1 in Moscow.', THU, [('May 1', '2018-05-01')]),
    ('Voters will decide on Nov. 3, 2020.', THU, [('Nov. 3, 2020', '2020-11-03')]),
    ('The 25 November clash in the Kerch Strait raised tensions.', DEC20, [('25 November', '2018-11-25')]),
    # times with zones
    ('Trading halted at 10:30 a.m. ET on Monday.', THU, [('10:30 a.m. ET on Monday', '2018-11-12T10:30')]),
    ('The statement was released at 0900 GMT.', THU, [('0900 GMT', '2018-11-15T09:00')]),
    ('Putin will speak at noon Moscow time on Thursday.', TUE13, [('noon Moscow time on Thursday', '2018-11-15T12:00')]),
    ('At 3:41 p.m. ET, the Dow was down 1.3%.', THU, [('3:41 p.m. ET', '2018-11-15T15:41')]),
    ('Brent crude traded at $62.15 a barrel by 1430 GMT.', THU, [('1430 GMT', '2018-11-15T14:30')]),
    ('The vote starts at 0600 GMT on Sunday and ends at 1800 GMT.', THU, [('0600 GMT on Sunday', '2018-11-18T06:00'), ('1800 GMT', '2018-11-18T18:00')]),
    ('The launch is set for 11:40 p.m. Moscow time on Wednesday.', TUE13, [('11:40 p.m. Moscow time on Wednesday', '2018-11-14T23:40')]),
    ('Polls close at 20:00 local time on Sunday.', MAR18, [('20:00 local time on Sunday', '2018-03-18T20:00')]),
    ('The blast occurred at 10:15 a.m. (0715 GMT).', THU, [('10:15 a.m.', '2018-11-15T10:15'), ('0715 GMT', '2018-11-15T07:15')]),
    ('The ceasefire took effect at midnight on Saturday.', THU, [('midnight on Saturday', '2018-11-10T24:00')]),
    # live blogs, datelines, bylines
    ('MOSCOW, Nov 15 (Reuters) - Russia said on Thursday it would respond.', THU, [('Nov 15', '2018-11-15'), ('Thursday', '2018-11-15')]),
    ('WASHINGTON (AP) — The Senate voted Wednesday to advance the bill.', THU, [('Wednesday', '2018-11-14')]),
    ('LONDON, March 12 (Reuters) - Britain expelled 23 diplomats.', dt.date(2018, 3, 12), [('March 12', '2018-03-12')]),
    ('15:20 The prime minister has arrived at Downing Street.', THU, [('15:20', '2018-11-15T15:20')]),
    ('9.05am: Markets in Asia opened lower.', THU, [('9.05am', '2018-11-15T09:05')]),
    ('Reporting by Denis Pinchuk; Editing by Kevin Liffey', THU, []),
    ('Updated 3:41 PM ET', THU, [('3:41 PM ET', '2018-11-15T15:41')]),
    ('Last updated at 10:12 GMT', THU, [('10:12 GMT', '2018-11-15T10:12')]),
    ('Wed 12 Jun 2019 09.15 EDT', J19, [('Wed 12 Jun 2019 09.15 EDT', '2019-06-12T09:15')]),
    ('Posted: Thursday, November 15, 2018 2:07 PM', THU, [('Thursday, November 15, 2018 2:07 PM', '2018-11-15T14:07')]),
    ('Nov 15, 2018 at 4:01 pm ET', THU, [('Nov 15, 2018 at 4:01 pm ET', '2018-11-15T16:01')]),
    ('MOSCOW, March 5. /TASS/. The Kremlin has no plans for a summit.', MAR5, [('March 5', '2019-03-05')]),
    ('Image caption Mr Putin met Mr Trump in Helsinki in July', THU, [('July', '2018-07')]),
    ('Updated at 5.30pm GMT', THU, [('5.30pm GMT', '2018-11-15T17:30')]),
    ('BRUSSELS, Dec 13 (Reuters) - EU leaders agreed on Thursday to roll over sanctions.', dt.date(2018, 12, 13), [('Dec 13', '2018-12-13'), ('Thursday', '2018-12-13')]),
    ('12:45 GMT - Lavrov is due to speak shortly.', THU, [('12:45 GMT', '2018-11-15T12:45')]),
    ('Key events: Last updated 23 minutes ago', THU, [('23 minutes ago', '2018-11-15')]),
    ('First published on Wed 14 Nov 2018 08.00 GMT', THU, [('Wed 14 Nov 2018 08.00 GMT', '2018-11-14T08:00')]),
    ('KIEV, Ukraine (AP) — Ukraine imposed martial law on Monday.', dt.date(2018, 11, 27), [('Monday', '2018-11-26')]),
    ('SINGAPORE, Nov 15 /TASS/. Putin and Pence met briefly on Thursday.', THU, [('Nov 15', '2018-11-15'), ('Thursday', '2018-11-15')]),
    ('Copyright 2018 The Associated Press. All rights reserved.', THU, [('2018', '2018')]),
    ('This story has been corrected to show the vote was on Tuesday, not Wednesday.', THU, [('Tuesday', '2018-11-13'), ('Wednesday', '2018-11-14')]),
    ('Additional reporting by Tom Balmforth in Moscow; writing by Andrew Osborn', THU, []),
    ('3 hours ago From the section Europe', THU, [('3 hours ago', '2018-11-15')]),
    # sanctions, markets, courts, elections
    ('The Treasury gave companies until Jan. 7 to wind down business with Rusal.', DEC20, [('Jan. 7', '2019-01-07')]),
    ('The waiver expires on May 2.', APR22, [('May 2', '2019-05-02')]),
    ('The court adjourned the case until Dec. 3.', THU, [('Dec. 3', '2018-12-03')]),
    ('He faces up to 20 years in prison.', THU, [('up to 20 years', 'P20Y')]),
    ('The jury deliberated for three days before convicting him on Tuesday.', THU, [('three days', 'P3D'), ('Tuesday', '2018-11-13')]),
    ('Sentencing is set for Feb. 8.', THU, [('Feb. 8', '2019-02-08')]),
    ('The rouble hit its weakest level since March 2016.', THU, [('March 2016', '2016-03')]),
    ('The central bank will next meet on Dec. 14.', THU, [('Dec. 14', '2018-12-14')]),
    ('Oil prices have risen 30% since June.', THU, [('June', '2018-06')]),
    ('The sanctions, imposed in April, were eased in December.', JAN19, [('April', '2018-04'), ('December', '2018-12')]),
    ("The election will be held on March 18, the anniversary of Crimea's annexation.", DEC17, [('March 18', '2018-03-18')]),
    ('OPEC will meet in Vienna on Dec. 6-7.', THU, [('Dec. 6', '2018-12-06'), ('7', '2018-12-07')]),
    ('The ECB will keep rates on hold at least through the summer of 2019.', THU, [('the summer of 2019', '2019-SU')]),
    ('The Fed raised rates for the fourth time this year.', DEC20, [('this year', '2018')]),
    ("Mueller's investigation, which began in May 2017, continues.", THU, [('May 2017', '2017-05')]),
    ('On Tuesday night, the Senate confirmed the nominee.', THU, [('Tuesday night', '2018-11-13TNI')]),
    ('Early Wednesday, Russian jets struck Idlib.', THU, [('Early Wednesday', '2018-11-14')]),
    ('The talks dragged on into the early hours of Saturday.', THU, [('the early hours of Saturday', '2018-11-10TMO')]),
    ('Stocks have lost 8% so far this month.', THU, [('this month', '2018-11')]),
    ('Trading volumes were the lowest in a decade.', THU, [('a decade', 'P10Y')]),
    ('Gold rose for a third straight session.', THU, []),
    ("Wall Street is heading for its worst December since 1931.", DEC28, [('December', '2018-12'), ('1931', '1931')]),
    ("The firm's 2019 guidance disappointed investors.", THU, [('2019', '2019')]),
    ('A two-day summit opens in Brussels on Thursday.', TUE13, [('two-day', 'P2D'), ('Thursday', '2018-11-15')]),
    ('The sanctions have cost Russia $50 billion since 2014.', THU, [('2014', '2014')]),
    ('The pound fell to a 19-month low.', THU, [('19-month', 'P19M')]),
    ('Putin won a fourth term in March.', THU, [('March', '2018-03')]),
    ('Voters go to the polls on Sunday.', THU, [('Sunday', '2018-11-18')]),
    ("Ukraine's presidential election is scheduled for March 31 next year.", THU, [('March 31 next year', '2019-03-31')]),
    ('The next Duma election is due in 2021.', THU, [('2021', '2021')]),
    ('Early voting began two weeks ago.', THU, [('two weeks ago', '2018-W44')]),
    ('Turnout was 67% in the 2016 vote and 61% in 2012.', THU, [('2016', '2016'), ('2012', '2012')]),
    ('The runoff will be held three weeks after the first round.', MAR19, [('three weeks', 'P3W')]),
    ('Zelenskiy was sworn in on Monday, a month after his landslide win.', dt.date(2019, 5, 22), [('Monday', '2019-05-20'), ('a month', 'P1M')]),
    ('The appeal will be heard in the autumn.', J19, [('the autumn', '2019-FA')]),
    ('Skripal and his daughter were found on a bench on March 4.', THU, [('March 4', '2018-03-04')]),
    ('The rouble lost more than half its value in 2014 and 2015.', THU, [('2014', '2014'), ('2015', '2015')]),
    ('Prosecutors have until Friday to respond.', THU, [('Friday', '2018-11-16')]),
    ('Trading was suspended for an hour on Tuesday morning.', THU, [('an hour', 'PT1H'), ('Tuesday morning', '2018-11-13TMO')]),
    ('The judge gave him a week to pay.', THU, [('a week', 'P1W')]),
    ('Inflation hit 4.3% in the 12 months to October.', THU, [('the 12 months', 'P12M'), ('October', '2018-10')]),
    # a place's time after a clock with no day after it stays out of the span, as WikiWars' gold writes
    # '11:30 a.m.' before 'local time' (an expectation of this review revised, not a fix)
    ('The talks began at 14:00 Moscow time.', THU, [('14:00', '2018-11-15T14:00')]),
    ('The shooting happened at about 7:45 p.m. local time.', THU, [('about 7:45 p.m.', '2018-11-15T19:45')]),
    ('The meeting ended at 6 p.m. Washington time.', THU, [('6 p.m.', '2018-11-15T18:00')]),
    ('Putin landed in Helsinki at 13:08 local time, almost an hour late.', dt.date(2018, 7, 16), [('13:08', '2018-07-16T13:08'), ('almost an hour', 'PT1H')]),
    # a second probe, written after the first fixes (not counted in the HEAD figure)
    ('Gazprom lifted output in Q1-Q3 2018 by 9%.', THU, [('Q1', '2018-Q1'), ('Q3 2018', '2018-Q3')]),
    ('In the quarter century since the Soviet collapse in 1991, NATO has grown.', THU, [('the quarter century', 'P25Y'), ('1991', '1991')]),
    ('EU to weigh sanctions at Dec. 13-14 summit', THU, [('Dec. 13', '2018-12-13'), ('14', '2018-12-14')]),
    ('Friday 16 November 2018 - 09:12 GMT', THU, [('Friday 16 November 2018 - 09:12 GMT', '2018-11-16T09:12')]),
    ('The Valdai 2018 forum opened in Sochi on Monday.', THU, [('2018', '2018'), ('Monday', '2018-11-12')]),
    ('Its Strategy 2025 plan calls for 10,000 new jobs.', THU, []),
    ('Rosneft posted first-quarter 2019 results on Tuesday.', J19, [('first-quarter 2019', '2019-Q1'), ('Tuesday', '2019-06-11')]),
    ('In the 90s, Russia borrowed heavily from the IMF.', THU, [('the 90s', '199')]),
    ('Highs in Moscow were in the 80s last July.', THU, [('last July', '2018-07')]),
    ('For accreditation call the press office on +7 495 2018 2019.', THU, []),
    ('Aeroflot flight SU 2018 from Moscow landed safely in 2017.', THU, [('2017', '2017')]),
    ('The Moscow exchange will trade seven days a week from March.', THU, [('March', '2019-03')]),
    ('The eurobond pays a coupon semi-annually.', THU, [('semi-annually', 'P6M')]),
    ('The 1980s-era missiles are banned under the treaty.', THU, [('1980s', '198')]),
    ('Oil money flooded Moscow in the first decade of the 21st century.', THU, [('the first decade of the 21st century', '200')]),
    ('Moscow grew fastest in the late 19th and early 20th centuries.', THU, [('the late 19th', '18'), ('early 20th centuries', '19')]),
    ('The central bank expects inflation of 5-5.5% at end-2019.', THU, [('end-2019', '2019')]),
    # 'earlier in the day' is left unmarked as TimeBank mostly leaves it (relative.py's edge-in-the-unit): an
    # expectation of this review revised, not a fix
    ('Earlier in the day, the rouble fell 2 percent.', THU, []),
    ('Since May took office in 2016, ties with Moscow have soured.', THU, [('2016', '2016')]),
    ('Russian polling stations are open 8 a.m. to 8 p.m. on Sunday.', MAR18, [('8 a.m.', '2018-03-18T08:00'), ('8 p.m. on Sunday', '2018-03-18T20:00')]),
    ('Moscow feared a repeat of the Arab Spring of 2011.', THU, [('2011', '2011')]),
    ('In the autumn of his presidency, Obama expelled 35 diplomats.', THU, []),
    # misreadings of round 7 fixed in the review
    ('For most of the last century, the two countries were rivals.', THU, [('the last century', '19')]),
    ('The 19th-century palace was restored.', THU, [('19th-century', '18')]),
    ('Manafort was convicted in August on eight counts.', THU, [('August', '2018-08')]),
    ('The deal is worth $2 billion over five years.', THU, [('five years', 'P5Y')]),
    ('The markets reopen at 9 a.m. Tokyo time on Monday.', THU, [('9 a.m. Tokyo time on Monday', '2018-11-19T09:00')]),
    ('Nord Stream 2 will carry 55 billion cubic meters a year.', THU, []),
    ('Stocks tumble on Black Monday fears', THU, []),
    ('May Day rally draws thousands in Moscow', MAYDAY, [('May Day', '2018-05-01')]),
    ('Net income for the 2017 fiscal year was $2 billion.', THU, [('the 2017 fiscal year', '2017')]),
    ('The second-half outlook is weak.', THU, [('second-half', '2018-H2')]),
    ('The winter of 2017-18 was unusually cold.', THU, [('The winter of 2017-18', '2017-WI')]),
    ('By Polina Devitt and Olesya Astakhova 3 Min Read', THU, []),
    ('The company said in a statement on Monday that it expects to close the deal in the third quarter.', J19, [('Monday', '2019-06-10'), ('the third quarter', '2019-Q3')]),
    ('The fiscal year that began on Oct. 1 will be tough.', THU, [('Oct. 1', '2018-10-01')]),
    ('Fifteen people died in the Jan. 27 blast.', THU, [('Jan. 27', '2018-01-27')]),
    ('The Feb. 24 strike shut the port.', THU, [('Feb. 24', '2018-02-24')]),
    # known misses fixed by helper W2 (session 8)
    ('The embassy opens 9 a.m.-5 p.m. Saturday.', THU, [('9 a.m.', '2018-11-17T09:00'), ('5 p.m. Saturday', '2018-11-17T17:00')]),
    ('The ceasefire collapsed within hours of taking effect on Sunday.', THU, [('hours', 'PTXH'), ('Sunday', '2018-11-11')]),
    ('Lavrov: "2019 will be a difficult year"', THU, [('2019', '2019')]),
    ('The talks could last into the new year.', THU, [('the new year', '2019')]),
    ('The talks could last into the new year.', JAN19, [('the new year', '2019')]),
    ('Oil is expected to stay above $70 for the rest of the year.', THU, [('the rest of the year', '2018')]),
    # a weekday in reported speech counts from the day of the saying when the sentence dates it (walk._told_on)
    ('The ministry said on Saturday that the drills, which began on Monday, would end on Wednesday.', THU, [('Saturday', '2018-11-10'), ('Monday', '2018-11-05'), ('Wednesday', '2018-11-14')]),
    ('Officials said on Monday that talks would resume on Friday.', THU, [('Monday', '2018-11-12'), ('Friday', '2018-11-16')]),
]

KNOWN_MISSES = [
]


test_review_sentence, test_known_miss = review_tests(CASES, KNOWN_MISSES)


def test_review_is_large_enough() -> None:
    assert len(CASES) + len(KNOWN_MISSES) >= 250


# (text, dct, span, value, mod): the mod is no part of the cases' (span, value) pairs
MODS = [
    ('The deal is worth $2 billion over five years.', THU, 'five years', 'P5Y', None),
    ('Prices rose 12% over two years.', THU, 'two years', 'P2Y', None),
    ('The cost will be spread over three years.', THU, 'three years', 'P3Y', None),
    ('The loan is repayable over 10 years.', THU, '10 years', 'P10Y', None),
    ('He spent over five years in prison.', THU, 'over five years', 'P5Y', 'MORE_THAN'),
    ('The standoff lasted over 10 years.', THU, 'over 10 years', 'P10Y', 'MORE_THAN'),
]


@pytest.mark.parametrize(("text", "dct", "span", "value", "mod"), MODS, ids=[c[0][:50] for c in MODS])
def test_review_mod(text: str, dct: dt.date, span: str, value: str, mod: str | None) -> None:
    assert [(t.text, t.value, t.mod) for t in extract_timexes(text, dct)] == [(span, value, mod)]


_AMOUNTS = st.sampled_from(["$2 billion", "3%", "40 million euros", "12 points", "1.5 trillion roubles", "$300"])
_COUNTS = st.sampled_from([("two", "2"), ("three", "3"), ("five", "5"), ("10", "10")])
_UNITS = st.sampled_from([("years", "Y"), ("months", "M"), ("weeks", "W")])


@given(_AMOUNTS, _COUNTS, _UNITS)
def test_amount_over_a_period_is_no_more_than(amount: str, count: tuple[str, str], unit: tuple[str, str]) -> None:
    """Law: an amount 'over N units' spreads over the period: the duration has no MORE_THAN mod, and no 'over'."""
    found = extract_timexes(f"The plan costs {amount} over {count[0]} {unit[0]}.", THU)
    assert [(t.text, t.value, t.mod) for t in found] == [(f"{count[0]} {unit[0]}", f"P{count[1]}{unit[1]}", None)]


_PLACES = st.sampled_from(["Hamburg", "Valdai", "Kavkaz", "Osaka", "Davos", "Sochi", "Helsinki"])
_EVENTS = st.sampled_from(["summit", "forum", "exercise", "drills", "talks", "conference", "campaign"])


@given(_PLACES, st.integers(min_value=1950, max_value=2030), _EVENTS)
def test_event_named_by_place_and_year_keeps_its_year(place: str, year: int, event: str) -> None:
    """Law: 'The <Place> <year> <event noun> ...' dates the event by the year (names._event_follows)."""
    found = extract_timexes(f"The {place} {year} {event} ended without a deal.", THU)
    assert [(t.text, t.value) for t in found] == [(str(year), str(year))]


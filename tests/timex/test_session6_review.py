"""Adversarial review of the timex rules added on 2026-11-24 (helper V): invented news sentences, each with its DCT
and the (span, value) pairs a careful TIMEX3 annotator expects, aimed where the new rules could misfire.

The rules under review: strict "last fall"; the turn of the century; holiday weekends; "Nov.18"; a place's time
joined to its day; names with a year (names.names_year); "the previous decade"; "Three weeks on"; paired
brackets; ISO timestamps; dotted dates; bylines with clocks; "3h ago"; numbered weeks; "mid-to-late November";
a record's "in a decade" (names.after_record); "Weds"/"Thur"; "the week to Friday"; weekday range ends; "returns
to work"; "Were ... to"; rates not crossing a sentence end. Around them, the old behaviour that must hold.

None of the sentences comes from a benchmark. The misreadings left are strict xfails in KNOWN_MISSES, each with its
reason: a fix that reaches one must move it up to CASES.
"""

from __future__ import annotations

import datetime as dt

from .review import review_tests

Y1990 = dt.date(1990, 1, 15)
Y1995 = dt.date(1995, 6, 1)
AUG = dt.date(2018, 8, 20)
SEP = dt.date(2018, 9, 5)
MON = dt.date(2018, 11, 12)
THU = dt.date(2018, 11, 15)
SAT = dt.date(2018, 11, 17)
SUN = dt.date(2018, 11, 18)
NOV20 = dt.date(2018, 11, 20)
NOV28 = dt.date(2018, 11, 28)
JAN = dt.date(2019, 1, 10)
MAR = dt.date(2019, 3, 20)
APR = dt.date(2019, 4, 10)
APR25 = dt.date(2019, 4, 25)
MAY = dt.date(2019, 5, 20)
JUL = dt.date(2019, 7, 1)
JUL10 = dt.date(2019, 7, 10)

CASES = [
    # names with a year
    ('The team has not won a title since Euro 2016.', THU, [('2016', '2016')]),
    ('Hotels are filling up ahead of Paris 2024.', THU, [('2024', '2024')]),
    ('Before Euro 2016, the coach had never won a title.', THU, [('2016', '2016')]),
    ('During Expo 2015 the city drew 20 million visitors.', THU, [('2015', '2015')]),
    ('After Election 2016, the party split.', THU, [('2016', '2016')]),
    ('He has not played since World Cup 2014.', THU, [('2014', '2014')]),
    ("Saudi Arabia's Vision 2030 aims to cut oil dependence.", THU, []),
    ('The plan, called Agenda 2063, was adopted in 2015.', THU, [('2015', '2015')]),
    ("The bank still runs Windows 2000 on its tellers' machines.", THU, []),
    ('Microsoft Office 2016 is installed on every laptop.', THU, []),
    ('The Windows 2000 source code leaked in 2004.', THU, [('2004', '2004')]),
    ('Its Strategy 2025 plan calls for 10,000 new jobs.', THU, []),
    ('Made in China 2025 targets ten industries.', THU, []),
    ('The meeting is in Room 2020 on the second floor.', THU, []),
    ('Flight 2018 landed safely in Denver.', THU, []),
    ('The Budget 2019 measures take effect in April.', THU, [('2019', '2019'), ('April', '2019-04')]),
    ('The Class of 2020 held its first assembly on Monday.', THU, [('2020', '2020'), ('Monday', '2018-11-12')]),
    ("Apple's 2019 results beat forecasts.", THU, [('2019', '2019')]),
    ('The 1975 World Series drew record crowds.', THU, [('1975', '1975')]),
    ("Orwell's 1984 is back on the bestseller list.", THU, []),
    ("Kopp's 1987 Chevrolet was found in the lake.", THU, [('1987', '1987')]),
    ('Since 2016 the firm has doubled its sales.', THU, [('2016', '2016')]),
    ('In 2016 Portugal won the European Championship.', THU, [('2016', '2016')]),
    ('The U.S. 2020 census will count every resident.', THU, [('2020', '2020')]),
    ('A 2018 Toyota Corolla was stolen on Sunday.', THU, [('2018', '2018'), ('Sunday', '2018-11-11')]),
    ("The government's vision for 2030 calls for cleaner air.", THU, [('2030', '2030')]),
    ('Overall 2018 was a good year for the bank.', THU, [('2018', '2018')]),
    ('Hopefully 2019 will be better, he said.', THU, [('2019', '2019')]),
    ('Meanwhile 2017 saw record exports.', THU, [('2017', '2017')]),
    ('Summer 2017 was the hottest on record.', THU, [('Summer 2017', '2017-SU')]),
    ('Fiscal 2019 sales rose 4 percent.', THU, [('Fiscal 2019', '2019')]),
    ('Christmas 2017 was quiet in the village.', THU, [('Christmas 2017', '2017-12-25')]),
    ('The Year 2000 problem cost billions.', THU, [('The Year 2000', '2000')]),
    ('Brexit day falls on March 29, 2019.', THU, [('March 29, 2019', '2019-03-29')]),
    ('The CES 2019 show opens in January.', THU, [('2019', '2019'), ('January', '2019-01')]),
    ('Unlike 2017, this year brought rain.', THU, [('2017', '2017'), ('this year', '2018')]),
    ("Despite 2017's losses, the fund grew.", THU, [('2017', '2017')]),
    ('Flights resumed Between 2010 and 2012 the route was closed.', THU, [('2010', '2010'), ('2012', '2012')]),
    ('Britain triggered Article 50 on March 29, 2017.', THU, [('March 29, 2017', '2017-03-29')]),
    ('The firm filed for Chapter 11 on Monday.', THU, [('Monday', '2018-11-12')]),
    ('The airline filed for Chapter 11 on Nov. 2.', THU, [('Nov. 2', '2018-11-02')]),
    ('Apollo 11 landed on the moon in July 1969.', THU, [('July 1969', '1969-07')]),
    ('He lives at 2020 Main Street.', THU, []),
    ('Eastern Theater 1861-1863', THU, [('1861', '1861'), ('1863', '1863')]),
    # dotted and dashed dates, versions, numbers
    ('The contract was signed on 15.11.2018 in Berlin.', THU, [('15.11.2018', '2018-11-15')]),
    ('The court ruled on 3.4.2017 that the law was void.', THU, [('3.4.2017', '2017-04-03')]),
    ('The invoice dated 15.11.2018 was paid on time.', THU, [('15.11.2018', '2018-11-15')]),
    ('Version 2.11.2018 of the app was released on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Install version 2.11.2018 before Friday.', THU, [('Friday', '2018-11-16')]),
    ('Python 3.11.2 was released.', THU, []),
    ('The address 10.11.2018.5 was blocked.', THU, []),
    ('Release 18.11.1 fixes the bug.', THU, []),
    ('Nothing happened on 31.02.2018.', THU, []),
    ('The results (15.11.2018) beat forecasts.', THU, [('15.11.2018', '2018-11-15')]),
    ('The 2018-11-15 meeting was cancelled.', THU, [('2018-11-15', '2018-11-15')]),
    ('15-11-2018: Police arrest a suspect', THU, [('15-11-2018', '2018-11-15')]),
    ('Call 044-12-2018 for tickets.', THU, []),
    ('The figures for 2018/11/15 were revised.', THU, [('2018/11/15', '2018-11-15')]),
    ('Data from 2018.11.14 show a drop.', THU, [('2018.11.14', '2018-11-14')]),
    ('Invoice 15.11.2018-004 was paid.', THU, []),
    ('The ratio rose from 1.15 to 2.2018 percent.', THU, []),
    # timestamps and bylines
    ('Posted 2018-11-15T10:00:00Z by staff.', THU, [('2018-11-15T10:00:00Z', '2018-11-15T10:00')]),
    ('Updated 2018-11-14 18:30', THU, [('2018-11-14 18:30', '2018-11-14T18:30')]),
    ('Posted 2018-11-15T10:00:00+01:00 by staff.', THU, [('2018-11-15T10:00:00+01:00', '2018-11-15T10:00')]),
    ('Thursday 15 November 2018 10.30 GMT', THU, [('Thursday 15 November 2018 10.30 GMT', '2018-11-15T10:30')]),
    ('First published on Wed 14 Nov 2018 09.15 GMT', THU, [('Wed 14 Nov 2018 09.15 GMT', '2018-11-14T09:15')]),
    ('15 Nov 2018 | 10:30 GMT', THU, [('15 Nov 2018 | 10:30 GMT', '2018-11-15T10:30')]),
    ('On Thursday 15 November 2018 10 people died in the fire.', THU, [('Thursday 15 November 2018', '2018-11-15')]),
    ('On 15 November 2018 10.5 million people voted.', THU, [('15 November 2018', '2018-11-15')]),
    ('The index rose on 14 November 2018 10.30 points higher.', THU, [('14 November 2018', '2018-11-14')]),
    ('By 15 November 2018 22 people had been arrested.', THU, [('15 November 2018', '2018-11-15')]),
    ('The vote closes at 19:00 GMT (2 p.m. ET).', THU,
     [('19:00 GMT', '2018-11-15T19:00'), ('2 p.m. ET', '2018-11-15T14:00')]),
    # hours ago
    ('Posted 3h ago', THU, [('3h ago', '2018-11-15')]),
    ('Updated 45m ago', THU, [('45m ago', '2018-11-15')]),
    ('The plane landed two hours ago.', THU, [('two hours ago', '2018-11-15')]),
    ('Three hours ago he was still in the studio.', THU, [('Three hours ago', '2018-11-15')]),
    ('The quake struck 48 hours ago.', THU, [('48 hours ago', '2018-11-13')]),
    ('Posted 2d ago', THU, [('2d ago', '2018-11-13')]),
    ('Moments ago the verdict was read.', THU, [('Moments ago', '2018-11-15')]),
    ('The fire started two hours ago and is still burning.', SUN, [('two hours ago', '2018-11-18')]),
    # numbered weeks
    ('Week 46 of 2018 saw record sales.', THU, [('Week 46 of 2018', '2018-W46')]),
    ('Sales in week 52, 2017 were flat.', THU, [('week 52, 2017', '2017-W52')]),
    ('The Patriots lost in week 12 of the season.', THU, []),
    ('Pregnant women in week 20 of pregnancy were studied.', THU, []),
    ('Week 2 of the trial opened on Monday.', THU, [('Monday', '2018-11-12')]),
    ('The week 46 figures were released Friday.', THU, [('Friday', '2018-11-09')]),
    ('Two weeks of talks ended on Friday.', THU, [('Two weeks', 'P2W'), ('Friday', '2018-11-09')]),
    # edges joined
    ('The vote is expected in mid-to-late November.', THU, [('mid-to-late November', '2018-11')]),
    ('Construction starts in early to mid-2019.', THU, [('early to mid-2019', '2019')]),
    ('Prices peaked in late October and fell in early November.', THU,
     [('late October', '2018-10'), ('early November', '2018-11')]),
    ('The band was big in the mid-to-late 1990s.', THU, [('the mid-to-late 1990s', '199')]),
    ('She is in her mid-to-late career as an actor.', THU, []),
    ('Late-November snow closed the roads.', THU, [('Late-November', '2018-11')]),
    # records
    ('It was the first such visit in a decade.', THU, [('a decade', 'P10Y')]),
    ('Prices hit their lowest level in five years.', THU, [('five years', 'P5Y')]),
    ('It will be the first such visit in a decade.', THU, [('a decade', 'P10Y')]),
    ('The first visit in a decade will take place on Friday.', THU, [('a decade', 'P10Y'), ('Friday', '2018-11-16')]),
    ('The first in a series of talks will be held in a month.', THU, [('a month', '2018-12')]),
    ('It was the first in a series of talks in a decade-long effort.', THU, [('decade-long', 'P10Y')]),
    ('Its biggest protest in years took place on Sunday.', THU, [('years', 'PXY'), ('Sunday', '2018-11-11')]),
    ("The company's first profit in three years came in the second quarter.", THU,
     [('three years', 'P3Y'), ('the second quarter', '2018-Q2')]),
    ('It was the first flight to Cuba in a month.', THU, [('a month', 'P1M')]),
    ('He will be the first to arrive in a week.', THU, [('a week', '2018-W47')]),
    ('The first results are expected in a month.', THU, [('a month', '2018-12')]),
    ('The first phase will be complete in a year.', THU, [('a year', '2019')]),
    ('The test in a week will decide his future.', THU, [('a week', '2018-W47')]),
    ('The protest in a month will block the bridge.', THU, [('a month', '2018-12')]),
    ('The worst drought in a century hit the region last summer.', THU,
     [('a century', 'P100Y'), ('last summer', '2018-SU')]),
    ('It was the warmest November in 50 years.', THU, [('November', '2018-11'), ('50 years', 'P50Y')]),
    ('The latest data, due in a week, will show a rise.', THU, [('a week', '2018-W47')]),
    ('Her second album in a year will be out in March.', THU, [('a year', 'P1Y'), ('March', '2019-03')]),
    # Weds / Thur
    ('The vote is on Weds., Nov. 21.', THU, [('Weds., Nov. 21', '2018-11-21')]),
    ('Thur, 15 Nov 2018', THU, [('Thur, 15 Nov 2018', '2018-11-15')]),
    ('He weds his fiancee next month.', THU, [('next month', '2018-12')]),
    ('The actor weds on Saturday.', THU, [('Saturday', '2018-11-17')]),
    ('Arthur met Thurston on Weds and left.', THU, [('Weds', '2018-11-14')]),
    ('Shops close early Thur. and Fri.', THU, [('early Thur.', '2018-11-15'), ('Fri.', '2018-11-16')]),
    # the week to <date>
    ('The index fell 2 percent in the week to Friday.', THU, [('Friday', '2018-11-09')]),
    ('Sales will rise in the week to Friday.', THU, [('Friday', '2018-11-16')]),
    ('The week to Sunday saw 40 deaths.', THU, [('Sunday', '2018-11-11')]),
    ('He has a week to Friday to decide.', THU, [('a week', 'P1W'), ('Friday', '2018-11-16')]),
    ('Exports rose in the three months to October.', THU, [('the three months', 'P3M'), ('October', '2018-10')]),
    ('Profits will fall in the six months to March.', THU, [('the six months', 'P6M'), ('March', '2019-03')]),
    ('The deadline was moved to Friday.', THU, [('Friday', '2018-11-16')]),
    # weekday ranges
    ('The festival ran Friday through Sunday.', MON, [('Friday', '2018-11-09'), ('Sunday', '2018-11-11')]),
    ('The conference runs Tuesday to Thursday.', SUN, [('Tuesday', '2018-11-20'), ('Thursday', '2018-11-22')]),
    ('The strike lasted from Monday to Wednesday.', THU, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
    ('The strike will last from Wednesday to Monday.', THU, [('Wednesday', '2018-11-21'), ('Monday', '2018-11-26')]),
    ('Talks were held Thursday and Friday.', MON, [('Thursday', '2018-11-08'), ('Friday', '2018-11-09')]),
    ('Voting runs from Saturday until Tuesday.', THU, [('Saturday', '2018-11-17'), ('Tuesday', '2018-11-20')]),
    ('Schools were closed Monday through Wednesday.', THU, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
    ('The fair ran Thursday through Sunday.', MON, [('Thursday', '2018-11-08'), ('Sunday', '2018-11-11')]),
    ('The show runs Friday through Monday.', THU, [('Friday', '2018-11-16'), ('Monday', '2018-11-19')]),
    ('Flights will be cut from Dec. 1 to Friday, Dec. 7.', THU,
     [('Dec. 1', '2018-12-01'), ('Friday, Dec. 7', '2018-12-07')]),
    # going back, inversions
    ('He returns to work on Monday.', THU, [('Monday', '2018-11-19')]),
    ('She returned to work on Monday.', THU, [('Monday', '2018-11-12')]),
    ('The team returns home on Sunday.', THU, [('Sunday', '2018-11-18')]),
    ('The president returned to Washington on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Were the talks to fail on Friday, the strike would go ahead.', THU, [('Friday', '2018-11-16')]),
    ('Were they in Paris on Friday?', THU, [('Friday', '2018-11-09')]),
    ('Were it not for the rain on Sunday, he would have won.', THU, [('Sunday', '2018-11-11')]),
    ('Had the deal collapsed on Friday, markets would have fallen.', THU, [('Friday', '2018-11-09')]),
    ('Should the talks fail on Friday, the strike will go ahead.', THU, [('Friday', '2018-11-16')]),
    ('Were the protesters arrested on Friday?', THU, [('Friday', '2018-11-09')]),
    # rates and sentence ends
    ('He earned $50,000 a year.', THU, []),
    ('The plant makes 500 cars a day.', THU, []),
    ('The plant opened on Nov. 1 with 500 workers. A day later it closed.', THU,
     [('Nov. 1', '2018-11-01'), ('A day later', '2018-11-02')]),
    ('Prices rose 3.5 per cent. A year earlier they had fallen.', THU, [('A year earlier', '2017')]),
    ('He earned $50,000 per year in 2017.', THU, [('2017', '2017')]),
    ('Rents hit $2,000. A month later the tenants left.', THU, [('A month later', 'FUTURE_REF')]),
    ('The firm sold 300 cars. A week on, it sold none.', THU, [('A week on', 'FUTURE_REF')]),
    ('It pays 5% a year, about $50 a month.', THU, []),
    # place's time with a day
    ('Polls close at 8 p.m. Eastern time on Tuesday.', SUN, [('8 p.m. Eastern time on Tuesday', '2018-11-20T20:00')]),
    ('The launch is set for 10 a.m. local time Friday.', THU, [('10 a.m. local time Friday', '2018-11-16T10:00')]),
    ('The quake struck at 5:34 a.m. local time on Monday.', THU,
     [('5:34 a.m. local time on Monday', '2018-11-12T05:34')]),
    ('Trading opens at 9:30 a.m. New York time on Monday.', THU,
     [('9:30 a.m. New York time on Monday', '2018-11-19T09:30')]),
    ('At 3 p.m. London time Tuesday, the pound fell.', THU, [('3 p.m. London time Tuesday', '2018-11-13T15:00')]),
    ('The deadline is midnight Eastern time on Friday.', THU,
     [('midnight Eastern time on Friday', '2018-11-16T24:00')]),
    ('The launch is set for 10 a.m. local time Monday.', SUN, [('10 a.m. local time Monday', '2018-11-19T10:00')]),
    ('The meeting ran until 2 a.m. local time, on Tuesday the talks resumed.', THU,
     [('2 a.m.', '2018-11-15T02:00'), ('Tuesday', '2018-11-13')]),
    ('He landed at 6 p.m. local time and left on Friday.', THU,
     [('6 p.m.', '2018-11-15T18:00'), ('Friday', '2018-11-09')]),
    # Nov.18
    ('The summit opens Nov.18 in Lima.', THU, [('Nov.18', '2018-11-18')]),
    ('The vote was held on Jan.5, 2009.', THU, [('Jan.5, 2009', '2009-01-05')]),
    ('He wore jersey No.18 on Sunday.', THU, [('Sunday', '2018-11-11')]),
    ('See Fig.12 for the details.', THU, []),
    ('Art.18 of the constitution bans it.', THU, []),
    ('He arrived Mar.5 and left Mar.9.', THU, [('Mar.5', '2018-03-05'), ('Mar.9', '2018-03-09')]),
    ('Vol.18 No.3 is out.', THU, []),
    ('The summit opened Nov.18.', NOV20, [('Nov.18', '2018-11-18')]),
    ('The store opens Dec.1.', THU, [('Dec.1', '2018-12-01')]),
    ('In Jun.2018 sales rose.', THU, [('Jun.2018', '2018-06')]),
    ('The report is in Sec.12 of Vol.2.', THU, []),
    # holiday weekends
    ('Labor Day weekend traffic was heavy.', SEP, [('Labor Day weekend', '2018-W35-WE')]),
    ('Traffic will be heavy over Labor Day weekend.', AUG, [('Labor Day weekend', '2018-W35-WE')]),
    ('Traffic will be heavy over the Fourth of July weekend.', JUL, [('the Fourth of July weekend', '2019-W27-WE')]),
    ('Fireworks are banned on the 4th of July weekend.', JUL, [('the 4th of July weekend', '2019-W27-WE')]),
    ('Crowds are expected over Memorial Day weekend.', MAY, [('Memorial Day weekend', '2019-W21-WE')]),
    ('Shoppers will crowd malls over Thanksgiving weekend.', THU, [('Thanksgiving weekend', '2018-W47-WE')]),
    ('Sales rose over Thanksgiving weekend.', NOV28, [('Thanksgiving weekend', '2018-W47-WE')]),
    ('The Easter weekend will bring rain.', APR, [('The Easter weekend', '2019-W16-WE')]),
    ('It rained over the Easter weekend.', APR25, [('the Easter weekend', '2019-W16-WE')]),
    ('Stores will close on Labor Day.', AUG, [('Labor Day', '2018-09-03')]),
    ('A Labor Day weekend sale drew crowds.', SEP, [('Labor Day weekend', '2018-W35-WE')]),
    ('Labor Day weekend 2017 was wet.', THU, [('Labor Day weekend 2017', '2017-W35-WE')]),
    ('Thanksgiving weekend sales rose 3 percent.', NOV28, [('Thanksgiving weekend', '2018-W47-WE')]),
    ('Police patrols doubled on the weekend.', THU, [('the weekend', '2018-W45-WE')]),
    # turn of the century
    ('The house was built at the turn of the century.', THU, [('the turn of the century', '2000')]),
    ('The house was built at the turn of the last century.', THU, [('the turn of the last century', '1900')]),
    ('The mill dates from the turn of the 20th century.', THU, [('the turn of the 20th century', '1900')]),
    ('Prices crashed at the turn of the millennium.', THU, [('the turn of the millennium', '2000')]),
    ('By the turn of the century, 30 percent will be retired.', Y1990, [('the turn of the century', '2000')]),
    ('At the turn of the 19th century the town was tiny.', THU, [('the turn of the 19th century', '1800')]),
    ('The talks took a turn of events nobody expected.', THU, []),
    ('It was a clever turn of phrase.', THU, []),
    ('The turn of events on Monday shocked investors.', THU, [('Monday', '2018-11-12')]),
    ('The turn of the tide came in 1943.', THU, [('1943', '1943')]),
    ('It was his turn to bat for the century.', THU, []),
    # last fall and seasons
    ('The company moved last fall.', THU, [('last fall', '2017-FA')]),
    ('Sales fell last spring.', THU, [('last spring', '2018-SP')]),
    ('Last winter was the coldest in years.', THU, [('Last winter', '2017-WI'), ('years', 'PXY')]),
    ('It snowed heavily last winter.', JAN, [('last winter', '2017-WI')]),
    ('This past winter was mild.', MAR, [('This past winter', '2018-WI')]),
    ('The plant opened last fall.', SEP, [('last fall', '2017-FA')]),
    ('The plant opened this past fall.', THU, [('this past fall', '2018-FA')]),
    ('The last fall in prices came in June.', THU, [('June', '2018-06')]),
    ('The previous fall in rates was in March.', THU, [('March', '2018-03')]),
    ('Prices may fall next week.', THU, [('next week', '2018-W47')]),
    ('Shares fell last Friday.', THU, [('last Friday', '2018-11-09')]),
    ("Last spring's floods killed 20 people.", THU, [('Last spring', '2018-SP')]),
    ('The fall of the Berlin Wall changed Europe.', THU, []),
    ('Its last fall was in 2016.', THU, [('2016', '2016')]),
    ('The show returns next fall.', THU, [('next fall', '2019-FA')]),
    ('Sales rose this fall.', THU, [('this fall', '2018-FA')]),
    ('He last fell ill in the spring.', THU, [('the spring', '2018-SP')]),
    ('The last fall of snow was in April.', THU, [('April', '2018-04')]),
    # decades
    ('Growth was faster in the previous decade.', THU, [('the previous decade', '200')]),
    ("The previous decade's gains were wiped out.", THU, [('The previous decade', '200')]),
    ('In 1995 the city boomed; the previous decade had been grim.', THU,
     [('1995', '1995'), ('the previous decade', '198')]),
    ('The next decade will be decisive.', THU, [('The next decade', 'P10Y')]),
    ('The previous decision was reversed.', THU, []),
    ("It was the previous decade's best film.", THU, [('the previous decade', '200')]),
    ('The following decade saw reforms.', THU, [('The following decade', '202')]),
    ('Prices doubled in the 1970s; the following decade they halved.', THU,
     [('the 1970s', '197'), ('the following decade', '198')]),
    # N on
    ('Three weeks on, the town is still without power.', THU, [('Three weeks on', '2018-W46')]),
    ('Two years on the job, he quit.', THU, [('Two years', 'P2Y')]),
    ('He spent two years on the board.', THU, [('two years', 'P2Y')]),
    ('Three days on the run ended with his arrest.', THU, [('Three days', 'P3D')]),
    ('The fire started on Nov. 1. Ten days on, it was still burning.', THU,
     [('Nov. 1', '2018-11-01'), ('Ten days on', '2018-11-11')]),
    ('The war began in March. Six months on, the front had barely moved.', THU,
     [('March', '2018-03'), ('Six months on', '2018-09')]),
    ('Two hours on the phone left him tired.', THU, [('Two hours', 'PT2H')]),
    ('He served four years on the bench.', THU, [('four years', 'P4Y')]),
    ('Five minutes on, the crowd was gone.', THU, [('Five minutes on', 'FUTURE_REF')]),
    ('Sales rose 5 percent year on year.', THU, []),
    ('He was jailed for two years on Friday.', THU, [('two years', 'P2Y'), ('Friday', '2018-11-09')]),
    ('The mine was shut for a week on safety grounds.', THU, [('a week', 'P1W')]),
    # general old behaviour near the new rules
    ('The company said on Monday that it would cut 500 jobs.', THU, [('Monday', '2018-11-12')]),
    ('Shares rose 3 percent last week.', THU, [('last week', '2018-W45')]),
    ('The merger will close next month.', THU, [('next month', '2018-12')]),
    ('He was born on Nov. 18, 1950.', THU, [('Nov. 18, 1950', '1950-11-18')]),
    ('The rate was cut in the third quarter.', THU, [('the third quarter', '2018-Q3')]),
    ('Officials said the talks would resume in January.', THU, [('January', '2019-01')]),
    ('Two days ago the ceasefire broke down.', THU, [('Two days ago', '2018-11-13')]),
    ('The storm hit the coast yesterday.', THU, [('yesterday', '2018-11-14')]),
    ('Tonight the city will light its tree.', THU, [('Tonight', '2018-11-15TNI')]),
    ('Earlier this month, prices fell.', THU, [('Earlier this month', '2018-11')]),
    ('The plant will close by the end of 2019.', THU, [('the end of 2019', '2019')]),
    ('The law was passed in 1998 and amended in 2004.', THU, [('1998', '1998'), ('2004', '2004')]),
    ('The 1990s were a decade of growth.', THU, [('The 1990s', '199'), ('a decade', 'P10Y')]),
    ('Voters go to the polls on Nov. 6.', THU, [('Nov. 6', '2018-11-06')]),
    ('The film opens on Christmas Day.', THU, [('Christmas Day', '2018-12-25')]),
    ('The shop is open daily.', THU, [('daily', 'P1D')]),
    ('Between 2010 and 2012 the route was closed.', THU, [('2010', '2010'), ('2012', '2012')]),
    ('Spring 2019 collections were shown in Paris in September.', THU,
     [('Spring 2019', '2019-SP'), ('September', '2018-09')]),
    ('In mid-2019 the line will open.', THU, [('mid-2019', '2019')]),
    ('He has lived there for 20 years.', THU, [('20 years', 'P20Y')]),
    ('The meeting is at 3 p.m. on Friday.', THU, [('3 p.m. on Friday', '2018-11-16T15:00')]),
    ('The attack came at 5:30 a.m. Monday.', THU, [('5:30 a.m. Monday', '2018-11-12T05:30')]),
    ('Stocks rose in the first half of 2018.', THU, [('the first half of 2018', '2018-H1')]),
    ('The deal was signed on Friday, Nov. 9.', THU, [('Friday, Nov. 9', '2018-11-09')]),
    ('The hurricane season ends Nov. 30.', THU, [('Nov. 30', '2018-11-30')]),
    ('The election is on Tuesday, Nov. 6, 2018.', MON, [('Tuesday, Nov. 6, 2018', '2018-11-06')]),
    ('Weekly sales fell.', THU, [('Weekly', 'P1W')]),
    ('Rates will rise twice next year.', THU, [('next year', '2019')]),
    ('He said he would leave on Friday.', THU, [('Friday', '2018-11-16')]),
    ('She left on Friday, her office said.', THU, [('Friday', '2018-11-09')]),
    ('A week later the bridge reopened.', THU, [('A week later', 'FUTURE_REF')]),
    ('On Nov. 2 the strike began. Three days later it ended.', THU,
     [('Nov. 2', '2018-11-02'), ('Three days later', '2018-11-05')]),
    ('The vote, set for Nov. 20, may be delayed.', THU, [('Nov. 20', '2018-11-20')]),
    ('The decade-long war ended in 2011.', THU, [('decade-long', 'P10Y'), ('2011', '2011')]),
    ('This year marks the 100th anniversary of the armistice.', THU, [('This year', '2018')]),
    ('In the 20th century the city grew tenfold.', THU, [('the 20th century', '19')]),
    ('Last year 2,000 people died on the roads.', THU, [('Last year', '2017')]),
    ('Nearly 2019 people attended.', THU, []),
    ('The team won 2-1 on Sunday.', THU, [('Sunday', '2018-11-11')]),
    ('The Sunday Times reported the story.', THU, []),
    ('Call 555-2018 for details.', THU, []),
    ('He paid $2,018 for the bike.', THU, []),
    ('The company, founded 1998, employs 500 people.', THU, [('1998', '1998')]),
    ('Copyright 2018 The Associated Press.', THU, [('2018', '2018')]),
    ('Born 1950, he grew up in Ohio.', THU, [('1950', '1950')]),
    ('Shares of Alphabet rose in 2017 and fell in 2018.', THU, [('2017', '2017'), ('2018', '2018')]),
    ('The Bank of England raised rates in August 2018.', THU, [('August 2018', '2018-08')]),
    # guards for this review's fixes
    ('We met last fall in Paris.', THU, [('last fall', '2017-FA')]),
    ('Last fall in the capital, protests turned violent.', THU, [('Last fall', '2017-FA')]),
    ('In 1998 the firm moved; the previous fall, it had cut jobs.', THU,
     [('1998', '1998'), ('the previous fall', '1997-FA')]),
    ("Since Vision 2030 was launched in 2016, oil's share has fallen.", THU, [('2016', '2016')]),
    ('Following Euro 2016, the coach resigned.', THU, [('2016', '2016')]),
    ('Ticket sales rose ahead of Windows 2000 being retired.', THU, [('2000', '2000')]),
    ('Finally 2019 brought relief.', THU, [('2019', '2019')]),
    ('Budget 2019 was unveiled on Tuesday.', THU, [('2019', '2019'), ('Tuesday', '2018-11-13')]),
    ('Two weeks on, the town is quiet.', THU, [('Two weeks on', '2018-W46')]),
    ('The fire started on Nov. 1. Two weeks on, it is still burning.', THU,
     [('Nov. 1', '2018-11-01'), ('Two weeks on', '2018-W46')]),
    ('A week later the bridge will reopen.', THU, [('A week later', '2018-W47')]),
    ('Three days later, the town is cut off.', THU, [('Three days later', '2018-11-15')]),
    ("The shares' last fall came in March.", THU, [('March', '2018-03')]),
    ('The next fall in rates is expected in March.', THU, [('March', '2019-03')]),
    ('Fireworks lit up the July 4th weekend.', JUL10, [('the July 4th weekend', '2019-W27-WE')]),
    ('The early to mid 1980s were lean.', THU, [('The early to mid 1980s', '198')]),
    ('Rain fell in the late 1990s.', THU, [('the late 1990s', '199')]),
    # two periods compared name no time
    ('It held a year on year rise.', THU, []),
    ('Prices rose month over month in March.', THU, [('March', '2018-03')]),
    ('It was a year over budget.', THU, [('a year', 'P1Y')]),
    # a bracketed clock takes the day after its bracket, the two spans apart
    ('The vote closes (19:00 GMT) on Friday.', THU, [('19:00 GMT', '2018-11-16T19:00'), ('Friday', '2018-11-16')]),
    ('Polls open (8 a.m.) on Tuesday, Nov. 20.', THU,
     [('8 a.m.', '2018-11-20T08:00'), ('Tuesday, Nov. 20', '2018-11-20')]),
    ('The vote closes (19:00 GMT) and results come Friday.', THU,
     [('19:00 GMT', '2018-11-15T19:00'), ('Friday', '2018-11-16')]),
    ('The hearing was adjourned to Monday.', THU, [('Monday', '2018-11-19')]),  # a limit moved to a day ahead
    ('Wages were $12 an hour. Hours later the strike began.', THU, [('Hours later', 'FUTURE_REF')]),  # an hourly rate
    ('The July 4 weekend was hot.', JUL10, [('The July 4 weekend', '2019-W27-WE')]),  # a number after a month is its day
    # a past verb after the expression does not govern its 'to': the stretch it ends is the verb's past
    ('The talks to Friday were cancelled.', THU, [('Friday', '2018-11-09')]),
    ('From Nov. 1 to Friday, sales fell.', THU, [('Nov. 1', '2018-11-01'), ('Friday', '2018-11-09')]),
    # a verb of schedule's plural present in running text tells a plan (tense._in_running_text)
    ('Lawmakers return from recess on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    # an inverted conditional ('Were' + subject + participle or 'to', or ', were ...') is a hypothetical, ahead
    ('Were the vote held on Sunday, the opposition would win.', THU, [('Sunday', '2018-11-18')]),
    ('Markets would fall, were the deal to collapse on Friday.', THU, [('Friday', '2018-11-16')]),
    # 'N on' names the clause's reference time: a present perfect's, or a state verb's present, is the telling's now
    ('A year on from the attack, survivors remain scarred.', THU, [('A year on', '2018')]),
    ('Six weeks on, police have made no arrests.', THU, [('Six weeks on', '2018-W46')]),
    ('A decade on, the scars remain.', THU, [('A decade on', '2018')]),
    # session 7: read since (the '-old' age of a thing; an ISO week of the DCT's year)
    ('The century-old house was sold.', THU, [('century-old', 'P100Y')]),
    ('The plant closed in week 46 of the year.', THU, [('week 46 of the year', '2018-W46')]),
    # a clear past verb (its complement's placing preposition before the date) keeps the past however far
    ('Traffic was heavy over Labor Day weekend.', AUG, [('Labor Day weekend', '2017-W35-WE')]),
    ('Sales rose over Thanksgiving weekend.', THU, [('Thanksgiving weekend', '2017-W47-WE')]),
    # moved by the session-7 review (helper V): an event's head noun after the year keeps it (names._event_follows)
    ('The Bush 2004 campaign spent heavily in Ohio.', THU, [('2004', '2004')]),
    ('The Macworld 2007 keynote introduced the phone.', THU, [('2007', '2007')]),
    ('The Hamburg 2018 summit ended on Saturday.', THU, [('2018', '2018'), ('Saturday', '2018-11-10')]),
    ('The Dakar 2019 rally starts in Peru in January.', THU, [('2019', '2019'), ('January', '2019-01')]),
    # session 8 (helper W1): a verb of schedule after its subject ends a record phrase (names._verb_in); the 'in'
    # phrase is its time ahead. A noun in -s ('the best returns in a decade') keeps the record
    ('The first shipments arrive in a week.', THU, [('a week', '2018-W47')]),
    ('The first shipment arrives in a week.', THU, [('a week', '2018-W47')]),
    ('It was the best returns in a decade.', THU, [('a decade', 'P10Y')]),
    ('It was the first talks in a decade.', THU, [('a decade', 'P10Y')]),
    # closed in session 12 (helper E): a well-known name holding a time word is read as the name (time_word_names.py)
    ('The river Thur flooded the valley.', THU, []),
]

KNOWN_MISSES = [
    # an event's name ('Euro 2016') is told from a product's ('Windows 2000') only under a time preposition;
    # elsewhere it needs a lexicon of events
    ('Portugal won Euro 2016 in Paris.', THU, [('2016', '2016')]),
    # an event's name as a noun's modifier: as 'Strategy 2025 plan', no cue without a lexicon
    ('Tokyo 2020 organisers said on Monday the budget would rise.', THU, [('2020', '2020'), ('Monday', '2018-11-12')]),
    # an all-capitals code keeps its year ('CES 2019'); a flight number needs a lexicon
    ('The flight, AA 2018, was delayed.', THU, []),
]


test_review_sentence, test_known_miss = review_tests(CASES, KNOWN_MISSES)


def test_review_is_large_enough() -> None:
    assert len(CASES) + len(KNOWN_MISSES) >= 300

"""Review, session 9 (helper H6): hostile sentences aimed at the rules this session added to the timex stage
(earnings.py, current_half.py, weekday_day.py, ages.py, holiday_names.py; eras, sets, times, absolute, lexicon,
weekday, months, modifiers, refine, clauses, tense, tense_dated), each with its DCT and the (span, value) pairs a
careful TIMEX3 annotator expects, written before the system was run, following docs/timex.md's conventions.

None comes from a benchmark or the bundled articles. Of the 124 written (115 kept: 9 repeated a sentence), 31 were misread at the start (HEAD
d7c5dc4); two expectations were revised to the documented conventions ("will meet again on Dec. 30" said on
2 January is the December just gone, a story filed late; "the 1800s were a century of change" keeps "a
century" as P100Y). The confident lies mended: "the current half" in sport (current_half.py: a bare "half" is the
year's only in a sentence of business), "a year to date her", "the best year to date" (the_year.py), "1000s of
protesters" (eras.py: thousands, not the 11th century), "mid-century" as a style after of/in/from (eras.py),
"Friday the 13th" as a film's title, quoted, after an article or before its noun, and a rank after a weekday
("On Monday, the 2nd largest bank": weekday_day.py), "about 1500 hours" logged (times.py: a round count after
about/around/after is no clock), "will review the ruling of Dec. 20" (tense_dated.py: a future verb dates its
date only through a placing preposition), "In 2020 weeks of lockdown followed" (absolute.py, lexicon.py: a
sentence-opening time preposition makes the four digits a year; closes session 9's "By 2050 days"), "The
130-year-old woman" (ages.py: a person named keeps the age a person's), "If true, the report on Monday ..."
(tense.py: a condition past its comma times no main clause).

A second round of 50, aimed at the first round's fixes and the session's other new rules, found 13 misread: three
mended ("were set to reopen the road after it closed overnight": weekday.py, a plan's night only in its own clause;
"Until 1800 hours the road was closed", which the first round had made the year 1800; "the year-to-date gain" leaves
its article to the noun), three expectations revised to the conventions ("a decade", "current", "The 1500 hours"),
six dropped as the documented choices ("the 30th" only after a preposition; a future verb's month within a week
behind the DCT, a story filed late; "the current half of the year" left to "the year") or ill-formed, one left. A third look at
the first round's own guards found two too eager ("Friday the 13th night", "that Friday the 13th": mended).
A fourth round of 41 on the session's tense rules found 6 misread: "If the talks go ahead on Monday, a deal is
near" (tense.py: a present read past the condition's comma is the main clause's, the condition still looks
ahead), "Christmas is on a Tuesday", "The attack came on a Monday" (weekday.py: "a Tuesday" ending its noun phrase
is any Tuesday; "attended a Sunday night memorial service" keeps its day, as TimeBank marks it); two headlines
dropped as unsettled; one left. Then "In May would-be buyers waited" (the word reader split "would-be" into
the modal and "be": tense_sides.WORD). Seven strict xfails were left; session 10 closed six of them (see the rows
after "closed by helper B" in CASES), leaving one: "May could be the wettest month" (months.py).
"""

from __future__ import annotations

import datetime as dt

from .review import review_tests

N = dt.date(2018, 11, 15)   # a Thursday
K = dt.date(2019, 7, 19)    # a Friday
E = dt.date(2023, 10, 26)   # a Thursday: earnings
G = dt.date(2021, 6, 10)    # a Thursday
J = dt.date(2019, 1, 2)     # a Wednesday, just across the year's turn
D2 = dt.date(2018, 12, 2)   # a Sunday, just across the month's turn

CASES = [
    ('The current half ended 1-0 to Leeds.', K, []),
    ('Arsenal had two shots on target in the current half.', K, []),
    ('With ten minutes left in the current half, Smith scored.', K, [('ten minutes','PT10M')]),
    ('The referee added three minutes to the current half.', K, [('three minutes','PT3M')]),
    ('Leeds dominated the current half but trail 1-0.', K, []),
    ('The team expects margins to improve in the current half.', E, [('the current half','2023-H2')]),
    ('Revenue in the current half-year is seen flat.', E, [('the current half-year','2023-H2')]),
    ('It took him a year to date again after the divorce.', N, [('a year','P1Y')]),
    ('It was the wettest year to date for the region.', N, []),
    ('This has been the best year to date for the band.', N, []),
    ('Sales for the year to date rose 4%.', N, [('the year to date','2018')]),
    ('Year-to-date sales rose 4%.', N, [('Year-to-date','2018')]),
    ('The Lakers, trailing by 12 points, rallied.', N, []),
    ('The runner trailing two minutes behind the leader gave up.', N, [('two minutes','PT2M')]),
    ('The trailing two weeks saw heavy selling.', N, [('The trailing two weeks','P2W')]),
    ('1000s of protesters marched on Sunday.', N, [('Sunday','2018-11-11')]),
    ('Tens of 1000s of people fled.', N, []),
    ('The 1200s saw the rise of the Mongols.', N, [('The 1200s','12')]),
    ('It is a house of mid-century vintage.', N, []),
    ('He buys furniture from mid-century Denmark.', N, []),
    ('The shop sells lamps in mid-century colours.', N, []),
    ('Emissions must reach net zero by mid-century.', N, [('mid-century','20')]),
    ('He arrived late in 1916.', G, [('late in 1916','1916')]),
    ('He was late in paying taxes in 1916.', G, [('1916','1916')]),
    ('The film "Friday the 13th" opened in 1980.', K, [('1980','1980')]),
    ('The Friday the 13th franchise earned millions.', K, []),
    ('A Friday the 13th sequel is planned.', K, []),
    ('On Tuesday, the 5th of the 12 candidates withdrew.', K, [('Tuesday','2019-07-16')]),
    ('On Monday, the 2nd largest bank failed.', K, [('Monday','2019-07-15')]),
    ('On Friday the 13th, the market crashed.', K, [('Friday the 13th','2018-07-13')]),
    ('The vote is on Thursday the 31st.', N, [('Thursday the 31st','2019-01-31')]),
    ('He withdrew on the 30th.', D2, [('the 30th','2018-11-30')]),
    ('Prices rose on the 25th.', D2, [('the 25th','2018-11-25')]),
    ('The shop will reopen on the 29th.',dt.date(2018,12,1),[('the 29th','2018-12-29')]),
    ('The pilot had logged about 1500 hours.', N, [('about 1500 hours','PT1500H')]),
    ('The battery lasts around 2000 hours.', N, [('around 2000 hours','PT2000H')]),
    ('The engine must be overhauled after 1000 hours.', N, [('1000 hours','PT1000H')]),
    ('Flight 0300 landed at 0700 hours.', N, [('0700 hours','2018-11-15T07:00')]),
    ('Troops attacked at 0300 hours.', N, [('0300 hours','2018-11-15T03:00')]),
    ('Survivors will mark the anniversary of the Dec. 26 tsunami.',dt.date(2005,1,2),[('Dec. 26','2004-12-26')]),
    ('The court will review the ruling of Dec. 20.', J, [('Dec. 20','2018-12-20')]),
    ('The minister will visit the site of the Dec. 29 crash.', J, [('Dec. 29','2018-12-29')]),
    ('The company will repay loans taken out in December.', J, [('December','2018-12')]),
    ('He will testify about events in December.', J, [('December','2018-12')]),
    ('The government will compensate victims of the December floods.', J, [('December','2018-12')]),
    ('When asked on Monday, the minister declined to comment.', N, [('Monday','2018-11-12')]),
    ('When reached on Sunday, Smith said he was resigning.', N, [('Sunday','2018-11-11')]),
    ('Until Friday, the border crossing remained open.', N, [('Friday','2018-11-09')]),
    ("If Monday's vote is any guide, the party is in trouble.",N,[('Monday','2018-11-12')]),
    ('The store was open 24 hours on Sunday.', N, [('Sunday','2018-11-11')]),
    ('He served 1200 hours of community service.', G, [('1200 hours','PT1200H')]),
    ('The 130-year-old woman died on Monday, officials said.', N, [('Monday','2018-11-12')]),
    ('The company is 150 years old.', N, [('150 years','P150Y')]),
    ('Profit fell from the prior-year period.', E, [('the prior-year period','2022')]),
    ('I use Monday.com daily.', N, [('daily','P1D')]),
    ('Stores in the city stay open 24 hours.', N, []),
    ('The clinic was staffed 24 hours after the blast.', N, [('24 hours','PT24H')]),
    ('Engineers built the dam for the 100-year flood.', N, []),
    ('The region suffered a 108-year drought.', N, [('108-year','P108Y')]),
    ('The Roaring Twenties ended in 1929.', N, [('The Roaring Twenties','192'),('1929','1929')]),
    ('Golden retrievers were popular in the sixties.', N, [('the sixties','196')]),
    ('Flights to Christmas Island resumed in 2019.', N, [('2019','2019')]),
    ('Shops were busy on Christmas Eve.', N, [('Christmas Eve','2017-12-24')]),
    ('Sales in 4Q89 fell.', N, [('4Q89','1989-Q4')]),
    ('The company expects growth in 2H23.', E, [('2H23','2023-H2')]),
    ('Room 2018 was empty.', N, []),
    ('The 1200 block of Main Street was closed.', N, []),
    ('Officials agreed Monday to extend the deal.', N, [('Monday','2018-11-12')]),
    ('The storm is expected to strike the coast overnight.', N, [('overnight','2018-11-15TNI')]),
    ('The prior 12 months were hard.', N, [('The prior 12 months','P12M')]),
    ('She was trailing the leader by two minutes.', N, [('two minutes','PT2M')]),
    ('The trailing 12-month yield is 4%.', N, [('12-month','P12M')]),
    ('Prior-year comparisons are tough.', E, [('Prior-year','2022')]),
    ('It happened late in the game in 1916.', G, [('1916','1916')]),
    ('Early in 2020 the virus spread.', G, [('Early in 2020','2020')]),
    ('He said that May would win the vote.', N, []),
    ('The 1800s were a century of change.', N, [('The 1800s','18'),('a century','P100Y')]),
    ('The 1900s saw two world wars.', N, [('The 1900s','190')]),
    ('Tens of 1000s marched.', N, []),
    ('Leeds scored twice in the current half.', K, []),
    ('Profit in the current half-year will rise.',dt.date(2023,3,1),[('the current half-year','2023-H1')]),
    ('Margins should improve in the current half, analysts said.', E, [('the current half','2023-H2')]),
    ('It was the hottest year to date.', N, []),
    ('It took a year to date the fossils.', N, [('a year','P1Y')]),
    ('He took one year to date the find.', N, [('one year','P1Y')]),
    ('The fund is up 12% year to date.', N, [('year to date','2018')]),
    ('The Friday the 13th films made money.', K, []),
    ('Every Friday the 13th the shop closes.', K, []),
    ('On Wednesday, the 3rd of four hearings opened.', K, [('Wednesday','2019-07-17')]),
    ('Troops attacked at about 1500 hours.', N, [('about 1500 hours','2018-11-15T15:00')]),
    ('The drone flew for around 1500 hours.', N, [('around 1500 hours','PT1500H')]),
    ('The engine failed after 0200 hours.', N, [('0200 hours','2018-11-15T02:00')]),
    ('Survivors will remember the victims of Dec. 26.', J, [('Dec. 26','2018-12-26')]),
    ('The board will meet on Dec. 20.',dt.date(2019,1,10),[('Dec. 20','2019-12-20')]),
    ('The firm will repay what it borrowed in December.', J, [('December','2018-12')]),
    ('If true, the report on Monday changes everything.', N, [('Monday','2018-11-12')]),
    ('If the talks go ahead on Monday, a deal could be signed.', N, [('Monday','2018-11-19')]),
    ('In 2020 weeks of lockdown followed.', G, [('2020','2020')]),
    ('Since 2015 months of talks have failed.', G, [('2015','2015')]),
    ('By 2050 days will be longer.', G, [('2050','2050')]),
    ('In 1200 hours of flight he never crashed.', G, [('1200 hours','PT1200H')]),
    ('He logged 2000 hours in the cockpit.', G, [('2000 hours','PT2000H')]),
    ('A 969-year-old patriarch appears in Genesis.', N, []),
    ('The 150-year-old company moved.', N, [('150-year-old','P150Y')]),
    # session 15: a bare ordinal with no time told before is the nearest such day on the tense's side (docs/timex.md)
    ('He withdrew on the 24th.',dt.date(2018,12,2),[('the 24th','2018-11-24')]),
    ('He will leave on the 31st.',dt.date(2018,11,28),[('the 31st','2018-12-31')]),
    ('In mid-century the town grew.', N, [('mid-century','19')]),  # past, before 2025: the last century's
    ('Until mid-century, coal will dominate.', N, [('mid-century','20')]),
    # second round, aimed at the first round's fixes and the session's other new rules
    ('A decision is expected in December.', N, [('December','2018-12')]),
    ('A ruling is anticipated in January.', N, [('January','2019-01')]),
    ('Completion is targeted in March.', N, [('March','2019-03')]),
    ('The report is slated in February.', N, [('February','2019-02')]),
    ('A verdict is expected on Monday.', N, [('Monday','2018-11-19')]),
    ('More rain is forecast in December.', N, [('December','2018-12')]),
    ('Talks are expected in January.', N, [('January','2019-01')]),
    ('The plant, expected to open in March, is late.', N, [('March','2019-03')]),
    ('The company was founded in December.', N, [('December','2017-12')]),
    ('He was elected in November.',dt.date(2018,12,5),[('November','2018-11')]),
    ('Officials were set to reopen the road after it closed overnight.', N, [('overnight','2018-11-14TNI')]),
    ('The suspect, who was held overnight, is due in court.', N, [('overnight','2018-11-14TNI')]),
    ('Forecasters expected the storm to hit overnight.', N, [('overnight','2018-11-14TNI')]),
    ('The champion of the prior year returned.', E, [('the prior year','2022')]),
    ('The Christmas carol service is on Sunday.', N, [('Christmas','2018-12-25'),('Sunday','2018-11-18')]),
    ('They toured Easter Island in March.', N, [('March','2018-03')]),
    ('He finished 30th on Sunday.', N, [('Sunday','2018-11-11')]),
    ('Ministers meet on Sunday.', N, [('Sunday','2018-11-18')]),
    ('Stocks fell ahead of Monday\'s holiday.', N, [('Monday','2018-11-12')]),
    ('The money should have been paid by Friday.', N, [('Friday','2018-11-09')]),
    ('Applications must be filed by Dec. 31.', J, [('Dec. 31','2018-12-31')]),
    ('The firm will report results it posted in December.', J, [('December','2018-12')]),
    ('The talks will resume where they stopped in December.', J, [('December','2018-12')]),
    ('The board will consider the bid it received on Dec. 28.', J, [('Dec. 28','2018-12-28')]),
    ('Police will study footage taken in December.', J, [('December','2018-12')]),
    ('Investigators will focus on events in December.', J, [('December','2018-12')]),
    ('The fund will return money raised in December.', J, [('December','2018-12')]),
    ('The index has risen 8% in the year to date.', N, [('the year to date','2018')]),
    ('The year-to-date gain is 8%.', N, [('year-to-date','2018')]),
    ('The 1100s were a time of crusades.', N, [('The 1100s','11')]),
    ('The 2000s were a decade of growth.', N, [('The 2000s','200'),('a decade','P10Y')]),
    ('Profits rose in the current half as costs fell.', E, [('the current half','2023-H2')]),
    ('Our defence held firm in the current half.', K, []),
    ('Chelsea, ahead 2-0, controlled the current half.', K, []),
    ('The current half-time break lasts 15 minutes.', K, [('current','PRESENT_REF'),('15 minutes','PT15M')]),
    ('Troops moved at 0500 hours on Tuesday.', N, [('0500 hours on Tuesday','2018-11-13T05:00')]),
    ('The plane had flown 2300 hours since its last check.', N, [('2300 hours','PT2300H')]),
    ('By 1900 hours the fighting had ended.', N, [('1900 hours','2018-11-15T19:00')]),
    ('Until 1800 hours the road was closed.', N, [('1800 hours','2018-11-15T18:00')]),
    ('The 1500 hours of tape were released.', N, [('The 1500 hours','PT1500H')]),
    ('In 1990 years of war ended.', N, [('1990','1990')]),
    ('During 1944 months of bombing followed.', N, [('1944','1944')]),
    ('By 1200 hours of work the task was done.', N, [('1200 hours','PT1200H')]),
    # third round: the first round's own weekday_day guards (a part of the day, "this"/"that" before it are a date's)
    ('It fell on Friday the 13th night.', K, [('Friday the 13th', '2018-07-13')]),
    ('It happened that Friday the 13th.', K, [('Friday the 13th', '2018-07-13')]),
    ('We open this Friday the 13th.', K, [('Friday the 13th', '2019-09-13')]),
    ('They met Friday the 13th at noon.', K, [('Friday the 13th at noon', '2018-07-13T12:00')]),
    ('Talks ran from Monday the 8th to Friday the 12th.', K, [('Monday the 8th', '2019-07-08'), ('Friday the 12th', '2019-07-12')]),
    # fourth round: the session's tense rules (past verb before 'in', places, 'ahead of', conditions, modal
    # perfects, clocks on a weekday, holidays as names) and an indefinite weekday
    ('The firm was based in Ohio in March.', N, [('March','2018-03')]),
    ('Prices set in December will hold.', N, [('December','2018-12')]),
    ('The law passed in December takes effect in January.', N, [('December','2017-12'),('January','2019-01')]),
    ('Troops withdrew in January.',dt.date(2018,12,28),[('January','2018-01')]),
    ('Sales rose in December.', N, [('December','2017-12')]),
    ('Workers cut in March will be rehired.', N, [('March','2018-03')]),
    ('Voters cast ballots in March.', N, [('March','2018-03')]),
    ('Shareholders hit hard in December sued.', J, [('December','2018-12')]),
    ('The summit took place in Osaka on June 28.', K, [('June 28','2019-06-28')]),
    ('Leaders met at Camp David on March 3.', N, [('March 3','2018-03-03')]),
    ('Leaders will meet at Camp David on March 3.', N, [('March 3','2019-03-03')]),
    ('Campaigning ends on Friday ahead of Sunday\'s vote.', N, [('Friday','2018-11-16'),('Sunday','2018-11-18')]),
    ('Stocks fell ahead of Monday\'s holiday.', N, [('Monday','2018-11-12')]),
    ('Markets will close early ahead of Thursday\'s holiday.',dt.date(2018,11,19),[('Thursday','2018-11-22')]),
    ('The ceasefire agreed on Sept. 20 is holding.', N, [('Sept. 20','2018-09-20')]),
    ('Sunday is the deadline.', N, [('Sunday','2018-11-18')]),
    ('The vote on Sunday is crucial.', N, [('Sunday','2018-11-18')]),
    ('The price agreed on Friday was low.', N, [('Friday','2018-11-09')]),
    ('The hostages freed on Monday are safe.', N, [('Monday','2018-11-12')]),
    ('The envoy should have arrived by Friday.', N, [('Friday','2018-11-09')]),
    ('The envoy should arrive by Friday.', N, [('Friday','2018-11-16')]),
    ('They would have voted on Tuesday.', N, [('Tuesday','2018-11-13')]),
    ('If the talks go ahead on Monday, a deal is near.', N, [('Monday','2018-11-19')]),
    ('When the results come out on Friday, we will know.', N, [('Friday','2018-11-16')]),
    ('When the bomb exploded on Friday, he was at home.', N, [('Friday','2018-11-09')]),
    ('Once the ballots arrive on Friday, counting starts.', N, [('Friday','2018-11-16')]),
    ('Until Friday, the border crossing remained open.', N, [('Friday','2018-11-09')]),
    ('It was too late in 1916 to change course.', N, [('late in 1916','1916')]),
    ('The play opened late in the season in 1916.', N, [('1916','1916')]),
    ('Early in May, he resigned.', N, [('Early in May','2018-05')]),
    ('Gunmen opened fire shortly after 1 a.m. Sunday, police said.', N, [('1 a.m. Sunday','2018-11-11T01:00')]),
    ('Polls open at 7 a.m. Sunday.', N, [('7 a.m. Sunday','2018-11-18T07:00')]),
    ('The revolt spread in late 1917. In January it reached Kiev.', N, [('late 1917','1917'),('January','2018-01')]),
    ('Easter Island statues drew crowds in May.', N, [('May','2018-05')]),
    ('The Christmas Islands report came out on Monday.', N, [('Monday','2018-11-12')]),
    ('Christmas Island flights resume on Monday.', N, [('Monday','2018-11-19')]),
    ('Christmas is on a Tuesday this year.', N, [('Christmas', '2018-12-25'), ('this year', '2018')]),
    ('The attack came on a Monday.', N, []),
    ('The deal closed on Jan. 5, 2009, a Monday.', N, [('Jan. 5, 2009', '2009-01-05')]),
    ('About 500 people attended a Sunday night memorial service.', N, [('Sunday night', '2018-11-11TNI')]),
    ('It was a Friday like any other.', N, []),
    # closed later: "would-be" is one word (tense_sides.WORD), not the modal "would"
    ('In May would-be buyers waited.', N, [('May', '2018-05')]),
    ('The would-be assassin was arrested on Monday.', N, [('Monday', '2018-11-12')]),
    # closed by helper B of session 10 (each with its rule's invented sentences and near misses in
    # test_session9_closed.py): a film's title as the object of "watched" (weekday_day._WORK_BEFORE), "mid-century" in
    # a history of an earlier century (eras.MidCentury), "as of Friday" after "are" (tense.stamped), a place between
    # a past verb and its "in" (tense_dated._past_verb_places), a telephone prefix (eras._PHONE_PREFIXES), a
    # participle after "If" (verbs_participle._PASSIVE_HEADS)
    ('She watched Friday the 13th on television.', K, []),
    ('The town grew fast in the 1820s. By mid-century it had 100,000 people.', N,
     [('the 1820s', '182'), ('mid-century', '18')]),
    ('Unless stated otherwise, prices are as of Friday.', N, [('Friday', '2018-11-09')]),
    ('He died in New York in December.', N, [('December', '2017-12')]),
    ('Call the 1800s hotline.', N, []),
    ('If confirmed on Tuesday, she would be the first woman in the post.', N, [('Tuesday', '2018-11-20')]),
    # -- fixed in session 15 (helper R): a modal, 'be' and a noun phrase headed by 'month' after May: the month
    ('Forecasters say May could be the wettest month on record.', N, [('May', '2019-05')]),
    ('Analysts say May could be the next leader.', N, []),
    ('He said that May would win the vote.', N, []),
    ('Theresa May will be prime minister for a month.', N, [('a month', 'P1M')]),
]


KNOWN_MISSES = [
]


test_review_sentence, test_known_miss = review_tests(CASES, KNOWN_MISSES)


def test_review_is_large_enough() -> None:
    """The review keeps its sentences: at least 100 read as expected, every demonstration kept as a row."""
    assert len(CASES) >= 110 and len(CASES) + len(KNOWN_MISSES) >= 110  # the last known miss moved up in session 15

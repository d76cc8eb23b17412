"""News anchoring review: invented news sentences, each with its DCT and the values a careful TimeML annotator
gives, over weekdays (bare, last/next/this, with a time of day), yearless dates, last/next/this week/month/year,
seasons and quarters, deadlines (until/by/before/after), reported speech, attributions, plans ("is due/set/
scheduled to"), conditionals, headlines, bracketed glosses ("Jan. 5, 2009 (a Monday)") and DCTs on a
Monday, a Saturday or a Sunday.

None of them comes from a benchmark. The last few are misreadings not fixed yet (see KNOWN_MISSES).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes

THU, MON, TUE = dt.date(2018, 11, 15), dt.date(2018, 11, 12), dt.date(2018, 11, 13)
FRI, SAT, SUN = dt.date(2018, 11, 16), dt.date(2018, 11, 17), dt.date(2018, 11, 18)
WED = dt.date(2019, 1, 2)  # a year's edge: "Tuesday" is New Year's Day, "Sunday" lies in the old year

CASES = [
    ('Police arrested two men on Friday.', THU, ['2018-11-09']),
    ('The company announced the deal on Monday.', THU, ['2018-11-12']),
    ('The president spoke to reporters Tuesday.', THU, ['2018-11-13']),
    ('The storm made landfall early Wednesday.', THU, ['2018-11-14']),
    ('Shares of the company fell 4 percent on Thursday.', THU, ['2018-11-15']),
    ('The senator died Sunday at his home.', MON, ['2018-11-11']),
    ('Voters went to the polls on Saturday.', MON, ['2018-11-10']),
    ('The jury reached a verdict Friday afternoon.', MON, ['2018-11-09TAF']),
    ('Fire crews battled the blaze through Sunday night.', MON, ['2018-11-11TNI']),
    ('The bill passed the House on Monday.', MON, ['2018-11-12']),
    ('The ceasefire collapsed on Saturday.', SUN, ['2018-11-17']),
    ('The team lost on Sunday.', SUN, ['2018-11-18']),
    ('The minister resigned on Monday.', SUN, ['2018-11-12']),
    ('The index closed at a record on Friday.', SAT, ['2018-11-16']),
    ('Rescuers found the missing hikers on Tuesday.', WED, ['2019-01-01']),
    ('The fire broke out on Sunday.', WED, ['2018-12-30']),
    ('He was taken to hospital on Saturday night.', WED, ['2018-12-29TNI']),
    ('The rebels have seized the town on Monday.', THU, ['2018-11-12']),
    ('The leaders will meet on Friday.', THU, ['2018-11-16']),
    ('The talks will resume on Monday.', THU, ['2018-11-19']),
    ('The committee will vote Tuesday.', THU, ['2018-11-20']),
    ('Ministers are expected to approve the plan on Wednesday.', THU, ['2018-11-21']),
    ('The court is scheduled to rule on Tuesday.', THU, ['2018-11-20']),
    ('The report is due Monday.', THU, ['2018-11-19']),
    ('The report is due out on Tuesday.', THU, ['2018-11-20']),
    ('The new store is set to open on Saturday.', THU, ['2018-11-17']),
    ('The film is set to premiere on Monday.', THU, ['2018-11-19']),
    ('The strike is slated to begin Wednesday.', THU, ['2018-11-21']),
    ('The launch is planned for Monday.', THU, ['2018-11-19']),
    ('The funeral will be held on Saturday.', MON, ['2018-11-17']),
    ('Officials plan to announce the results on Friday.', MON, ['2018-11-16']),
    ('The team hopes to sign the player by Friday.', MON, ['2018-11-16']),
    ('The president is to visit Paris on Sunday.', MON, ['2018-11-18']),
    ('Parliament is expected to debate the bill on Monday.', SUN, ['2018-11-19']),
    ('The company will report earnings Thursday.', SUN, ['2018-11-22']),
    ('Markets will be closed on Thursday for Thanksgiving.', SUN, ['2018-11-22', '2018-11-22']),
    ('The talks will continue on Friday.', WED, ['2019-01-04']),
    ('The shutdown could end on Friday.', WED, ['2019-01-04']),
    ('The Senate may vote on Thursday.', WED, ['2019-01-03']),
    ('Lawmakers return to Washington on Thursday.', WED, ['2019-01-03']),
    ('The exhibition opens on Saturday.', THU, ['2018-11-17']),
    ('The trial begins on Monday.', FRI, ['2018-11-19']),
    ('The polls close at 8 p.m. on Tuesday.', MON, ['2018-11-13T20:00']),
    ('The rally took place last Saturday.', THU, ['2018-11-10']),
    ('They met last Tuesday.', THU, ['2018-11-13']),
    ('The company said last Monday that it would cut jobs.', SUN, ['2018-11-12']),
    ('The deal will close next Wednesday.', THU, ['2018-11-21']),
    ('The trial resumes next Monday.', SUN, ['2018-11-19']),
    ('The team will play this Friday.', SUN, ['2018-11-23']),
    ('The team will play this Saturday.', MON, ['2018-11-17']),
    ('The vote is this Friday.', MON, ['2018-11-16']),
    ('We met this Monday.', THU, ['2018-11-12']),
    ('The board will meet this Thursday.', SAT, ['2018-11-22']),
    ('The storm hit this past Sunday.', THU, ['2018-11-11']),
    ('The show airs this coming Sunday.', THU, ['2018-11-18']),
    ('The market rallied last Friday.', FRI, ['2018-11-09']),
    ('The results are due next Friday.', FRI, ['2018-11-23']),
    ('He said he would decide by next Tuesday.', THU, ['2018-11-20']),
    ('The company said it would announce its decision on Friday.', THU, ['2018-11-16']),
    ('The minister said on Monday that he would resign on Friday.', THU, ['2018-11-12', '2018-11-16']),
    ('Officials said Tuesday they expect the bridge to reopen Friday.', THU, ['2018-11-13', '2018-11-16']),
    ('The company expects to complete the sale on Monday.', THU, ['2018-11-19']),
    ('Police said the suspect was arrested on Saturday.', THU, ['2018-11-10']),
    ('The airline said flights would resume on Sunday.', THU, ['2018-11-18']),
    ('A spokesman said the plant will reopen Monday.', THU, ['2018-11-19']),
    ('The plant will reopen Monday, a spokesman said.', THU, ['2018-11-19']),
    ('The plant will reopen on Monday, according to a statement.', THU, ['2018-11-19']),
    ('Talks are set to resume Tuesday, diplomats said.', THU, ['2018-11-20']),
    ('The ship sank on Tuesday, the coast guard said.', THU, ['2018-11-13']),
    ('He told reporters on Wednesday that talks would resume on Monday.', THU, ['2018-11-14', '2018-11-19']),
    ('"We will announce the winner on Saturday," she said.', THU, ['2018-11-17']),
    ('"We announced the winner on Tuesday," she said Wednesday.', THU, ['2018-11-13', '2018-11-14']),
    ('The union warned that workers would strike on Monday.', THU, ['2018-11-19']),
    ('The agency announced Friday that the launch would take place Monday.', SAT, ['2018-11-16', '2018-11-19']),
    ('Analysts expect the central bank to raise rates on Wednesday.', MON, ['2018-11-14']),
    ('The White House said the president would travel to Ohio on Thursday.', MON, ['2018-11-15']),
    ('The company said it had filed the papers on Monday.', THU, ['2018-11-12']),
    ('It was not clear whether the talks would resume Friday.', THU, ['2018-11-16']),
    ('Apple unveils new iPhone on Tuesday', WED, ['2019-01-01']),
    ('Storm hits coast on Sunday', MON, ['2018-11-11']),
    ('Senate votes on tax bill Friday', THU, ['2018-11-16']),
    ('The explosion happened at 3 a.m. Sunday.', MON, ['2018-11-11T03:00']),
    ('The vote will take place at noon on Friday.', THU, ['2018-11-16T12:00']),
    ('The shooting occurred about 10 p.m. Saturday.', MON, ['2018-11-10T22:00']),
    ('Late Tuesday, the Senate passed the measure.', THU, ['2018-11-13']),
    ('Early Monday morning, police raided the house.', THU, ['2018-11-12TMO']),
    ('The game kicks off at 8 p.m. Saturday.', THU, ['2018-11-17T20:00']),
    ('Polls open at 7 a.m. Tuesday.', SUN, ['2018-11-20T07:00']),
    ('Saturday evening, crowds gathered in the square.', SUN, ['2018-11-17TEV']),
    ('On Friday night, the president will address the nation.', THU, ['2018-11-16TNI']),
    ('The attack happened on March 15.', THU, ['2018-03-15']),
    ('The company will hold its annual meeting on March 15.', THU, ['2019-03-15']),
    ('The law takes effect Jan. 1.', THU, ['2019-01-01']),
    ('The law took effect Jan. 1.', THU, ['2018-01-01']),
    ('Applications must be submitted by Dec. 1.', THU, ['2018-12-01']),
    ('The deadline is Dec. 1.', THU, ['2018-12-01']),
    ('Bids are due by Jan. 15.', THU, ['2019-01-15']),
    ('The embargo lasted until Oct. 1.', THU, ['2018-10-01']),
    ('The offer expires on Nov. 30.', THU, ['2018-11-30']),
    ('The museum will stay closed until March.', THU, ['2019-03']),
    ('He was born in March.', THU, ['2018-03']),
    ('The company was founded in March.', WED, ['2018-03']),
    ('The election will be held in March.', THU, ['2019-03']),
    ('Sales rose in October.', THU, ['2018-10']),
    ('Sales rose in December.', WED, ['2018-12']),
    ('The trial is expected to start in December.', THU, ['2018-12']),
    ('The trial is expected to start in February.', WED, ['2019-02']),
    ('The merger, announced in June, is expected to close by March.', THU, ['2018-06', '2019-03']),
    ('Prices have risen since April.', THU, ['2018-04']),
    ('The minister resigned on Dec. 28.', WED, ['2018-12-28']),
    ('The minister will resign on Jan. 15.', WED, ['2019-01-15']),
    ('The plan was approved Jan. 2.', WED, ['2019-01-02']),
    ('After Jan. 31, the fee will rise.', THU, ['2019-01-31']),
    ('Before March 1, the office was in Boston.', THU, ['2018-03-01']),
    ('Sales in November were strong.', WED, ['2018-11']),
    ('The store opened on Nov. 20.', THU, ['2018-11-20']),
    ('The store will open on Nov. 10.', THU, ['2018-11-10']),
    ('The strike, which began on Oct. 3, ended Monday.', THU, ['2018-10-03', '2018-11-12']),
    ('Prices fell last week.', THU, ['2018-W45']),
    ('The talks will resume next week.', THU, ['2018-W47']),
    ('The minister met the envoy earlier this week.', THU, ['2018-W46']),
    ('Sales rose last month.', WED, ['2018-12']),
    ('The law will take effect next month.', WED, ['2019-02']),
    ('The company was sold last year.', WED, ['2018']),
    ('The company expects growth this year.', WED, ['2019']),
    ('The company will open a plant next year.', THU, ['2019']),
    ('Orders fell this month.', THU, ['2018-11']),
    ('Last week, the company said it would cut 500 jobs.', SUN, ['2018-W45']),
    ('The vote is expected later this month.', THU, ['2018-11']),
    ('Sales fell last month, the company said Monday.', THU, ['2018-10', '2018-11-12']),
    ('The company will release the phone in the spring.', THU, ['2019-SP']),
    ('The company released the phone in the spring.', THU, ['2018-SP']),
    ('Construction will begin this summer.', WED, ['2019-SU']),
    ('The road was built last summer.', WED, ['2018-SU']),
    ('The company posted a loss in the third quarter.', THU, ['2018-Q3']),
    ('The company expects to return to profit in the fourth quarter.', THU, ['2018-Q4']),
    ('Profit rose 5 percent in the first quarter.', THU, ['2018-Q1']),
    ('The company expects sales to grow in the first quarter.', THU, ['2019-Q1']),
    ('The deal is expected to close in the first half.', THU, ['2019-H1']),
    ('Revenue fell in the second half.', WED, ['2018-H2']),
    ('The merger will close next quarter.', THU, ['2019-Q1']),
    ('The company lost money last quarter.', THU, ['2018-Q3']),
    ('The plant will close in the fall.', WED, ['2019-FA']),
    ('The election is in the autumn.', THU, ['2018-FA']),
    ('Last winter was cold.', THU, ['2017-WI']),
    ('The tunnel will open next winter.', THU, ['2018-WI']),
    ('Sales rose this spring.', THU, ['2018-SP']),
    ('The road will be closed until Friday.', THU, ['2018-11-16']),
    ('The road was closed until Friday.', THU, ['2018-11-09']),
    ('He stayed in Paris until Tuesday.', THU, ['2018-11-13']),
    ('The vote was postponed until Monday.', THU, ['2018-11-19']),
    ('The suspects must leave the country by Sunday.', THU, ['2018-11-18']),
    ('By Tuesday, the water had receded.', THU, ['2018-11-13']),
    ('Before Friday, nobody knew.', MON, ['2018-11-09']),
    ("After Monday's vote, the party split.", THU, ['2018-11-12']),
    ('The deal must be signed before Friday.', THU, ['2018-11-16']),
    ('The ban will last until next Wednesday.', THU, ['2018-11-21']),
    ('He has been held since Saturday.', THU, ['2018-11-10']),
    ('The markets have been falling since Monday.', THU, ['2018-11-12']),
    ('Rescuers have until Sunday to find survivors.', THU, ['2018-11-18']),
    ('The deal closed on Jan. 5, 2009 (a Monday).', THU, ['2009-01-05', '2009-01-05']),
    ('Voting ends on Nov. 6 (a Tuesday).', THU, ['2018-11-06', '2018-11-06']),
    ('The fair runs through Dec. 2 (Sunday).', THU, ['2018-12-02', '2018-12-02']),
    ('The company said Monday it had hired a new chief.', MON, ['2018-11-12']),
    ('The company will announce its plan Monday.', MON, ['2018-11-12']),
    ('The game was played on Sunday.', SUN, ['2018-11-18']),
    ('The game will be played on Sunday.', SUN, ['2018-11-18']),
    ('Officials will meet again on Sunday.', MON, ['2018-11-18']),
    ('Officials met on Monday.', SUN, ['2018-11-12']),
    ('Markets reopen on Monday after the holiday.', SAT, ['2018-11-19']),
    ('Markets reopened on Monday after the holiday.', SAT, ['2018-11-12']),
    ('The report, due Friday, is expected to show growth.', SAT, ['2018-11-23']),
    ('If the talks fail on Friday, the strike will begin.', THU, ['2018-11-16']),
    ('The vote would be held on Tuesday if the bill passes.', THU, ['2018-11-20']),
    ('Had the rain stopped on Friday, the race would have gone ahead.', SUN, ['2018-11-16']),
    ('The company could announce a deal as early as Monday.', THU, ['2018-11-19']),
    ('Unless a deal is reached by Friday, workers will walk out.', MON, ['2018-11-16']),
    ('Officials declined to say whether the talks would resume on Tuesday.', THU, ['2018-11-20']),
]

# Misreadings left as they are, each for a reason (strict: a fix that reaches one must move it up to CASES).
KNOWN_MISSES = [
    # a copula in the present with a weekday: "is on Tuesday" is mostly a plan, but "is" also tells the
    # day of a past event in headlines and captions; nearest reading kept (no TBAQ evidence either way)
    ('The vote is on Tuesday.', THU, ['2018-11-20']),
    # a plural present with no auxiliary ("take effect Monday") is as often a headline's past as a plan
    ('The new rules take effect Monday.', THU, ['2018-11-19']),
    # "threatened to strike on Monday": the date may be the threat's or the strike's; ambiguous attachment
    ('The union threatened to strike on Monday.', THU, ['2018-11-19']),
]


@pytest.mark.parametrize(("text", "dct", "values"), CASES, ids=[c[0][:50] for c in CASES])
def test_news_sentence(text: str, dct: dt.date, values: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, dct)] == values


@pytest.mark.parametrize(("text", "dct", "values"), KNOWN_MISSES, ids=[c[0][:50] for c in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="known misreading, see the comment in KNOWN_MISSES")
def test_known_miss(text: str, dct: dt.date, values: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, dct)] == values


def test_a_day_value_spans_that_day() -> None:
    """Every day-precise value the review gives is its own interval, one day long."""
    for text, dct, _ in CASES:
        for timex in extract_timexes(text, dct):
            head = timex.value[:10]
            if len(head) == 10 and head[:4].isdigit() and head[5:7].isdigit() and head[8:].isdigit():
                day = dt.date.fromisoformat(head)
                assert timex.earliest == day == timex.latest, (text, timex)


def test_review_is_large_enough() -> None:
    assert len(CASES) + len(KNOWN_MISSES) >= 150

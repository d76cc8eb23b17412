"""Session-7 probe of the tense reader and the anchoring it drives (helper T): invented 2016-2019 news sentences.

Each probes one mechanism: a verb of schedule's plural present in running text against a headline's,
a clear past verb that keeps a holiday's past reading however far, 'N on' in a present perfect or a
state's present, inverted conditionals, 'to' as a range end or a moved limit, reported speech, modals
and negation. None comes from a benchmark. Misreadings left are strict xfails with their reason.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes
from timeline.timex.tense import clause_tense, dated_by_past_verb, future_in_past, present_perfect

from .review import review_tests

THU = dt.date(2018, 11, 15)
MON = dt.date(2018, 11, 12)
SUN = dt.date(2018, 11, 18)
AUG = dt.date(2018, 8, 20)
JUN18 = dt.date(2018, 6, 20)
DEC10 = dt.date(2018, 12, 10)
WED = dt.date(2019, 1, 2)
JUN17 = dt.date(2017, 6, 16)
NOV17 = dt.date(2017, 11, 10)
DEC17 = dt.date(2017, 12, 20)
NOV16 = dt.date(2016, 11, 7)
NOV16B = dt.date(2016, 11, 10)

CASES = [
    # a verb of schedule's plural present: a plan in running text, the past (or nothing) in a headline
    ('The new fares take effect Sunday.', THU, [('Sunday', '2018-11-18')]),
    ('Delegates meet in Geneva on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('Delegates did not meet in Geneva on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The two leaders meet on Tuesday, officials said.', THU, [('Tuesday', '2018-11-20')]),
    ('Schools reopen on Monday after the storm.', THU, [('Monday', '2018-11-19')]),
    ('Schools reopened on Monday after the storm.', THU, [('Monday', '2018-11-12')]),
    ('Negotiators resume talks on Tuesday in Brussels.', THU, [('Tuesday', '2018-11-20')]),
    ('"Talks resume on Monday," the minister said.', THU, [('Monday', '2018-11-19')]),
    ('They leave for Paris on Saturday.', THU, [('Saturday', '2018-11-17')]),
    ('We vote on Friday.', SUN, [('Friday', '2018-11-23')]),
    ('The talks end on Friday.', SUN, [('Friday', '2018-11-23')]),
    ('Talks between the two sides resume on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ("The couple's twins start school on Monday.", THU, [('Monday', '2018-11-19')]),
    ('Lawmakers returned from recess on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Lawmakers will return from recess on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('Lawmakers return from recess on Tuesday', THU, [('Tuesday', '2018-11-13')]),  # a headline: nearest
    ('Rebels seize airport on Tuesday', THU, [('Tuesday', '2018-11-13')]),
    ('Storm batters coast on Monday', THU, [('Monday', '2018-11-12')]),
    ('The ministers do not meet until Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('Fans who arrive on Saturday will need tickets.', THU, [('Saturday', '2018-11-17')]),
    ('The markets reopen on Thursday.', WED, [('Thursday', '2019-01-03')]),
    ('Congress returns on Thursday.', WED, [('Thursday', '2019-01-03')]),
    ('Americans vote on Tuesday.', NOV16, [('Tuesday', '2016-11-08')]),
    ('Americans voted on Tuesday.', NOV16B, [('Tuesday', '2016-11-08')]),
    ('The new rules take effect on July 1.', JUN17, [('July 1', '2017-07-01')]),
    ('The ministry said the rules take effect on Sunday.', THU, [('Sunday', '2018-11-18')]),
    ('The ministry said on Tuesday that the ban takes effect Sunday.', THU,
     [('Tuesday', '2018-11-13'), ('Sunday', '2018-11-18')]),
    # a clear past verb keeps a day's or a holiday's past reading however far; other tenses the reading ahead
    ('The parade was held on Thanksgiving.', MON, [('Thanksgiving', '2017-11-23')]),
    ('Shoppers crowded the malls over Thanksgiving weekend.', THU, [('Thanksgiving weekend', '2017-W47-WE')]),
    ('Shoppers will crowd the malls over Thanksgiving weekend.', THU, [('Thanksgiving weekend', '2018-W47-WE')]),
    ('Traffic was light on Christmas Day.', DEC10, [('Christmas Day', '2017-12-25')]),
    ('Traffic will be light on Christmas Day.', DEC10, [('Christmas Day', '2018-12-25')]),
    ('The store closed early on Christmas Eve.', DEC10, [('Christmas Eve', '2017-12-24')]),
    ('The office was closed over Labor Day weekend.', AUG, [('Labor Day weekend', '2017-W35-WE')]),
    ('The office is closed over Labor Day weekend.', AUG, [('Labor Day weekend', '2018-W35-WE')]),
    ('The rules took effect on July 1.', JUN17, [('July 1', '2016-07-01')]),
    ('Shoppers spent heavily on Black Friday.', NOV17, [('Black Friday', '2016-11-25')]),
    ('Shoppers will spend heavily on Black Friday.', NOV17, [('Black Friday', '2017-11-24')]),
    ('Shoppers spent heavily on Black Friday.', DEC17, [('Black Friday', '2017-11-24')]),
    ('The city hosted a parade on New Year\'s Day.', DEC10, [("New Year's Day", '2018-01-01')]),
    ('The city hosts a parade on New Year\'s Day.', DEC10, [("New Year's Day", '2019-01-01')]),
    ('The deal was extended to Nov. 20.', THU, [('Nov. 20', '2018-11-20')]),
    # 'N on': the clause's reference time; a present perfect's or a state's present is the telling's now
    ('Two years on, the city has rebuilt its port.', THU, [('Two years on', '2018')]),
    ('A month on, the streets remain empty.', THU, [('A month on', '2018-11')]),
    ('Ten years on, the town seems quiet.', THU, [('Ten years on', '2018')]),
    ('A year on, little has changed.', THU, [('A year on', '2018')]),
    ('A week on, the cause of the crash remains unknown.', THU, [('A week on', '2018-W46')]),
    # inverted conditionals look ahead; an inverted question does not
    ('Were the strike to go ahead on Monday, flights would be cancelled.', THU, [('Monday', '2018-11-19')]),
    ('Flights would be cancelled, were the strike to go ahead on Monday.', THU, [('Monday', '2018-11-19')]),
    ('Were she to win on Sunday, she would be the first woman in the post.', THU, [('Sunday', '2018-11-18')]),
    ('Prices, were they to rise on Monday, would hurt exports.', THU, [('Monday', '2018-11-19')]),
    ('Were the talks held on Monday?', THU, [('Monday', '2018-11-12')]),
    ('Had the vote been held on Sunday, the result would have differed.', THU, [('Sunday', '2018-11-11')]),
    ('Should the bill pass on Tuesday, it will become law in January.', THU,
     [('Tuesday', '2018-11-20'), ('January', '2019-01')]),
    ('Many were injured on Saturday, police said.', THU, [('Saturday', '2018-11-10')]),
    # 'to' ends a stretch (the clause's tense), or names a moved limit (ahead)
    ('Sales in the week to Friday fell 3 percent.', THU, [('Friday', '2018-11-09')]),
    ('The talks to Friday were productive.', THU, [('Friday', '2018-11-09')]),
    ('The deadline was moved to Friday.', THU, [('Friday', '2018-11-16')]),
    ('The hearing was postponed until Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('The embargo lasted until Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('From Monday to Wednesday, prices rose.', THU, [('Monday', '2018-11-12'), ('Wednesday', '2018-11-14')]),
    ('From Monday to Wednesday, prices will rise.', THU, [('Monday', '2018-11-19'), ('Wednesday', '2018-11-21')]),
    # reported speech, modals, negation, perfects
    ('Police said protesters gathered on Sunday.', THU, [('Sunday', '2018-11-11')]),
    ('The minister could not attend on Friday.', THU, [('Friday', '2018-11-09')]),
    ('The minister may attend on Friday.', THU, [('Friday', '2018-11-16')]),
    ('The minister might have attended on Friday.', THU, [('Friday', '2018-11-09')]),
    ('The committee did not vote on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The committee will not vote on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ("The committee won't vote until Tuesday.", THU, [('Tuesday', '2018-11-20')]),
    ('The committee has not voted since Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The rebels have held the town since Sunday.', THU, [('Sunday', '2018-11-11')]),
    # 'that' after the expression opens a clause of its own: its verb does not date the expression
    ('The firm said in a filing on Monday that it expects to close the deal in the third quarter.', THU,
     [('Monday', '2018-11-12'), ('the third quarter', '2018-Q3')]),
    # a placing preposition joins the date to the verb before it, nearer than a verb after the date
    ('The season that opened on Sept. 1 will end in May.', THU, [('Sept. 1', '2018-09-01'), ('May', '2019-05')]),
    ('A summit held on Sunday will be followed by talks.', THU, [('Sunday', '2018-11-11')]),
    # a past form that is also the bare verb ('cut', 'shut') is bare after a modal, 'to' or 'not'
    ('The bank will cut rates on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('The bank cut rates on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The bank did not cut rates on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('The storm shut schools on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Two climbers died on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    # a plan told in the past has come due, unless reported speech moved a pending one's present back
    ('The minister was expected in Kabul on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Aides said the minister was expected in Kabul on Tuesday.', THU, [('Tuesday', '2018-11-20')]),
    ('The ship was scheduled to dock on Monday.', THU, [('Monday', '2018-11-12')]),
    ('The ship is scheduled to dock on Monday.', THU, [('Monday', '2018-11-19')]),
    ('The verdict was to be read on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    # expectation and likelihood look ahead to the date of what is awaited
    ('Markets await the jobs report on Friday.', THU, [('Friday', '2018-11-16')]),
    ('Markets awaited the jobs report on Friday.', THU, [('Friday', '2018-11-09')]),
    ('Rates are likely to rise on Wednesday.', THU, [('Wednesday', '2018-11-21')]),
    ('The ship is about to dock on Monday.', THU, [('Monday', '2018-11-19')]),
    ('Leaders gather in Paris on Sunday for the armistice centenary.', THU, [('Sunday', '2018-11-18')]),
    ('Voters decide on Tuesday whether to keep the mayor.', THU, [('Tuesday', '2018-11-20')]),
    ('Leaders gathered in Paris on Sunday for the armistice centenary.', THU, [('Sunday', '2018-11-11')]),
    # a headline's 'to' + verb is its future ('is to')
    ('Apple to unveil new iPad on Tuesday', MON, [('Tuesday', '2018-11-13')]),
    ('Fed to raise rates on Wednesday', THU, [('Wednesday', '2018-11-21')]),
    ('Fed raises rates on Wednesday', THU, [('Wednesday', '2018-11-14')]),
    # a refusal told with a negative subject; an opening 'until' in the main clause's tense
    ('Neither side would say on Tuesday when talks would resume.', THU, [('Tuesday', '2018-11-13')]),
    ('No one would comment on Monday.', THU, [('Monday', '2018-11-12')]),
    ('Until Tuesday, the bridge was closed to traffic.', THU, [('Tuesday', '2018-11-13')]),
    ('Until Tuesday, the bridge will be closed to traffic.', THU, [('Tuesday', '2018-11-20')]),
    ('Economists expect the bank to cut rates on Wednesday.', THU, [('Wednesday', '2018-11-21')]),
    ('Economists did not expect the cut on Wednesday.', THU, [('Wednesday', '2018-11-14')]),
    ('Economists do not expect a cut on Wednesday.', THU, [('Wednesday', '2018-11-21')]),
    ("The minister wasn't in Kabul on Wednesday.", THU, [('Wednesday', '2018-11-14')]),
    # session 8 (helper W1): a plural head before a phrase of place, or two nouns joined by 'and', is a plural
    # subject (verbs_subject.has_plural_subject); a phrasal verb's particle lets a third complement word stand before
    # 'on' (tense_dated._past_verb_places); 'wait' is a verb of state as 'remain' is
    ('Markets in Tokyo open on Monday.', THU, [('Monday', '2018-11-19')]),
    ('The Senate and the House return on Monday.', THU, [('Monday', '2018-11-19')]),
    ('Smith and Jones meet on Monday.', THU, [('Monday', '2018-11-19')]),
    ('The vote on Monday and the return on Tuesday were quiet.', THU, [('Monday', '2018-11-12'), ('Tuesday', '2018-11-13')]),
    ('Fireworks lit up the sky on Independence Day.', JUN18, [('Independence Day', '2017-07-04')]),
    ('Five months on, the victims still wait for compensation.', THU, [('Five months on', '2018-11')]),
    # a plan told in the past, then 'but' and a past clause: what happened instead is told, the plan's time came
    # (tense._plan_overtaken); 'but will stay' leaves the plan ahead
    ('He planned to resign on Friday but changed his mind.', SUN, [('Friday', '2018-11-16')]),
    ('He planned to fly on Friday but the flight was cancelled.', SUN, [('Friday', '2018-11-16')]),
    ('He planned to resign on Friday but will stay.', SUN, [('Friday', '2018-11-23')]),
    # a past verb right before 'in' and its month dates it behind the telling (session 9: tense_dated)
    ('Sales rose in December.', THU, [('December', '2017-12')]),
]

KNOWN_MISSES = [
    # a future verb is not kept as a past one is: the holiday a day gone by is within a month, next year's is far
    ('The parade will take place on Labor Day.', dt.date(2016, 9, 6), [('Labor Day', '2017-09-04')]),
]


test_session7_tense_sentence, test_known_miss = review_tests(CASES, KNOWN_MISSES)


def test_probe_is_large_enough() -> None:
    assert len(CASES) + len(KNOWN_MISSES) >= 60


def test_present_perfect_and_hypotheticals_are_read() -> None:
    text = "Six weeks on, police have made no arrests."
    assert present_perfect(text, 0, 12) and clause_tense(text, 0, 12) == "present"
    assert not present_perfect("Police made no arrests on Monday.", 26, 32)
    text = "Flights would be cancelled, were the strike to go ahead on Monday."
    start = text.index("Monday")
    assert clause_tense(text, start, start + 6) == "future" and future_in_past(text, start, start + 6)
    text = "Were the talks held on Monday?"
    assert clause_tense(text, 23, 29) == "past" and not future_in_past(text, 23, 29)


def test_a_clear_past_verb_dates_its_event() -> None:
    for text, dated in [("The parade took place on Labor Day.", True),
                        ("Shoppers crowded the malls over Labor Day.", True),
                        ("The deal was extended to Labor Day.", False), ("It agreed to a deal on Labor Day.", False),
                        ("It will redeem preferred shares on Labor Day.", False),
                        ("They will meet on Labor Day.", False)]:
        assert dated_by_past_verb(text, text.index("Labor")) == dated, text


DCTS = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2019, 12, 31))
HOLIDAYS = st.sampled_from(["Thanksgiving", "Christmas Day", "Christmas Eve", "Labor Day", "New Year's Day"])
WEEKDAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def _days(text: str, dct: dt.date) -> list[dt.date]:
    found = extract_timexes(text, dct)
    assert found and all(t.earliest is not None for t in found), (text, found)
    return [t.earliest for t in found]  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, holiday=HOLIDAYS)
def test_law_a_clear_past_verb_keeps_the_holiday_gone_by(dct: dt.date, holiday: str) -> None:
    """A past verb that places its event at a holiday puts it in the year before the telling, however far back;
    the same sentence in the future takes the one ahead, unless that is most of a year away while the past one
    lies within a month (tense_pick._unless_far: a future verb is not kept as a past one is)."""
    past = _days(f"The parade took place on {holiday}.", dct)[0]
    ahead = _days(f"The parade will take place on {holiday}.", dct)[0]
    year = dt.timedelta(days=372)  # a year, and the week a weekday-bound holiday ('Thanksgiving') moves by
    assert dct - year < past <= dct
    assert dct <= ahead < dct + year or (ahead == past and (dct - past).days <= 31)


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, weekday=WEEKDAYS)
def test_law_a_plural_schedule_looks_ahead_but_not_in_a_headline(dct: dt.date, weekday: str) -> None:
    """Running text: the weekday on or after the DCT; a headline (no stop) the nearest one, past on a tie."""
    ahead = _days(f"Delegates meet in Geneva on {weekday}.", dct)[0]
    headline = _days(f"Delegates meet in Geneva on {weekday}", dct)[0]
    assert 0 <= (ahead - dct).days <= 6 and abs((headline - dct).days) <= 3


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, weekday=WEEKDAYS)
def test_law_an_inverted_conditional_looks_ahead(dct: dt.date, weekday: str) -> None:
    for text in (f"Were the vote held on {weekday}, the opposition would win.",
                 f"The opposition would win, were the vote to take place on {weekday}."):
        assert 0 <= (_days(text, dct)[0] - dct).days <= 6, text


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, count=st.sampled_from(["Two", "Three", "Six", "Ten"]),
       unit=st.sampled_from(["weeks", "months", "years"]))
def test_law_n_on_in_a_present_perfect_is_the_dcts_unit(dct: dt.date, count: str, unit: str) -> None:
    (found,) = extract_timexes(f"{count} {unit} on, police have made no arrests.", dct)
    assert found.earliest is not None and found.latest is not None and found.earliest <= dct <= found.latest


_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, into=st.integers(min_value=0, max_value=13))
def test_law_a_past_clause_skips_a_quarter_barely_begun(dct: dt.date, into: int) -> None:
    """In a quarter's first two weeks, a past clause's bare quarter of that name is the one a year back; a future
    clause's is the one running."""
    start = dt.date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1)
    day = start + dt.timedelta(days=into)
    name = f"the {_ORDINALS[(start.month - 1) // 3 + 1]} quarter"
    (past,) = extract_timexes(f"The company said profit fell in {name}.", day)
    (ahead,) = extract_timexes(f"The company expects profit to rise in {name}.", day)
    assert past.earliest == dt.date(start.year - 1, start.month, 1) and ahead.earliest == start


@settings(max_examples=60, deadline=None)
@given(dct=DCTS, weekday=WEEKDAYS)
def test_law_a_stretch_to_a_day_takes_the_verb_after_it(dct: dt.date, weekday: str) -> None:
    """'to <day>' inside a subject ends a stretch the clause's verb dates: its past puts the day on or before the
    DCT, its future on or after; a limit moved to the day ('was moved to') lies ahead."""
    assert 0 <= (dct - _days(f"The talks to {weekday} were cancelled.", dct)[0]).days <= 6
    assert 0 <= (_days(f"The talks to {weekday} will decide the deal.", dct)[0] - dct).days <= 6
    assert 0 <= (_days(f"The vote was moved to {weekday}.", dct)[0] - dct).days <= 6

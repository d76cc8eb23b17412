"""Session 7 review of the timex stage's recognition: invented news sentences (2016-2019) probing the families
closed in session 7 ("overnight", weekday ranges with a dash, ISO weeks, "-old" ages, weekends, clocks in words)
and their negatives (scores, shop names, titles, "24/7", "a 24-hour store").

None of the sentences comes from a benchmark. The misreadings left are strict xfails in KNOWN_MISSES, each with
its reason: a fix that reaches one must move it up to CASES. The laws at the end hold for every weekday pair,
hour and ISO week.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from timeline.timex import extract_timexes
from timeline.timex.recognise import recognise
from timeline.timex.values import Clock, Weekday

from .review import review_tests

THU = dt.date(2018, 11, 15)
WED16 = dt.date(2016, 3, 9)
MON17 = dt.date(2017, 7, 3)
FRI19 = dt.date(2019, 2, 22)

CASES = [
    # 'overnight': the night before the DCT (DCT-1 TNI), the coming one after 'will'; an adjective or 'suddenly' is none
    ('Police made the arrests overnight.', THU, [('overnight', '2018-11-14TNI')]),
    ('Overnight, rebels shelled the outskirts of Aleppo.', WED16, [('Overnight', '2016-03-08TNI')]),
    ('Stocks in Tokyo fell overnight on trade fears.', FRI19, [('overnight', '2019-02-21TNI')]),
    ('Heavy rain fell overnight Sunday.', MON17, [('overnight Sunday', '2017-07-02TNI')]),
    ('The bridge will be closed overnight.', THU, [('overnight', '2018-11-15TNI')]),
    ('Crews worked overnight to restore power.', MON17, [('overnight', '2017-07-02TNI')]),
    ('The patient was kept overnight for observation.', WED16, [('overnight', '2016-03-08TNI')]),
    ('Banks lent to each other at the overnight rate.', THU, []),
    ('He booked an overnight stay in Paris.', FRI19, []),
    ('The singer became an overnight success.', WED16, []),
    ('Peace will not come overnight.', MON17, []),
    ('The region was transformed almost overnight.', THU, []),
    ('Overnight trading was thin.', FRI19, []),
    ('The overnight curfew was lifted on Sunday.', MON17, [('Sunday', '2017-07-02')]),
    ("It won't happen overnight, the minister said on Tuesday.", WED16, [('Tuesday', '2016-03-08')]),
    # weekday ranges with a dash, as 'Monday through Friday'; a weekday in a name is none
    ('Talks ran Monday-Friday.', THU, [('Monday', '2018-11-05'), ('Friday', '2018-11-09')]),
    ('The strike will run Tuesday–Thursday.', THU, [('Tuesday', '2018-11-20'), ('Thursday', '2018-11-22')]),
    ('The festival ran Friday-Sunday.', MON17, [('Friday', '2017-06-30'), ('Sunday', '2017-07-02')]),
    ('Talks will resume Mon.-Wed. next week.', FRI19, [('Mon.', '2019-02-25'), ('Wed.', '2019-02-27'), ('next week', '2019-W09')]),
    ('The Chicago Sun-Times reported the deal.', THU, []),
    ('He watched Monday Night Football.', THU, []),
    ('Our Man Friday arrived.', WED16, []),
    ('A man Friday night was stabbed.', THU, [('Friday night', '2018-11-09TNI')]),
    # ISO weeks: of the year written, of the DCT's year, or the one the tense picks; a week of something else is none
    ('The plant closed in week 46 of the year.', THU, [('week 46 of the year', '2018-W46')]),
    ('Deliveries start in calendar week 12, 2019.', THU, [('calendar week 12, 2019', '2019-W12')]),
    ('Output fell in week 46 of 2016.', MON17, [('week 46 of 2016', '2016-W46')]),
    ('Production will resume in week 2 of next year.', THU, [('week 2 of next year', '2019-W02')]),
    ('Output peaked in week 53 of 2015.', WED16, [('week 53 of 2015', '2015-W53')]),
    ('The factory shut in week 53 of 2018.', FRI19, []),
    ('The defendant testified in week 3 of the trial.', THU, []),
    ('The Patriots lost in Week 12.', THU, []),
    # '-old': the age of a thing written with a bare unit is a duration; a counted age is unmarked, as TimeBank leaves
    # every person's age (0 of 33 in TBAQ)
    ('The century-old house was sold.', THU, [('century-old', 'P100Y')]),
    ('The decades-old dispute flared again.', MON17, [('decades-old', 'PXDE')]),
    ('A centuries-old church burned down.', WED16, [('centuries-old', 'PXCE')]),
    ('The week-old ceasefire collapsed.', FRI19, [('week-old', 'P1W')]),
    ('A decade-old law was repealed.', THU, [('decade-old', 'P10Y')]),
    ('An 8-month-old boy was found alive.', THU, []),
    ('A 30-year-old man was arrested.', MON17, []),
    ('A three-year-old was hurt.', WED16, []),
    ('He is 45 years old.', FRI19, []),
    ('The old year ended quietly.', THU, []),
    # weekends: a set for 'every weekend', 'on weekends'
    ('She works every weekend.', THU, [('every weekend', 'XXXX-WXX-WE')]),
    ('The museum is open on weekends.', WED16, [('weekends', 'XXXX-WXX-WE')]),
    # a count of weekends is TIMEX3's WE unit, not days
    ('He worked 3 weekends in a row.', THU, [('3 weekends', 'P3WE')]),
    # abbreviated months joined by a dash, as full names are
    ('Sales rose Jan.-March.', THU, [('Jan.', '2018-01'), ('March', '2018-03')]),
    ('They spent two weekends in Rome.', MON17, [('two weekends', 'P2WE')]),
    # clocks in words, anchored as digit clocks are (the DCT's day, or the day joined); a range of counts is none
    ("They met at ten o'clock.", THU, [("ten o'clock", '2018-11-15T10:00')]),
    ('They met at half past six in the evening.', THU, [('half past six in the evening', '2018-11-15T18:30')]),
    ('The ceremony began at a quarter to nine in the morning.', MON17, [('a quarter to nine in the morning', '2017-07-03T08:45')]),
    ('The polls close at eight p.m. on Tuesday.', WED16, [('eight p.m. on Tuesday', '2016-03-15T20:00')]),
    ('The blast happened at twenty past ten.', FRI19, [('twenty past ten', '2019-02-22T10:20')]),
    ('He left at half past eleven at night.', THU, [('half past eleven at night', '2018-11-15T23:30')]),
    ('The train leaves at five past two in the afternoon.', MON17, [('five past two in the afternoon', '2017-07-03T14:05')]),
    ('They met at nine-thirty a.m.', WED16, [('nine-thirty a.m.', '2016-03-09T09:30')]),
    ("He arrived at eight o'clock last night.", THU, [("eight o'clock last night", '2018-11-14T20:00')]),
    ('The talks end at ten tonight.', FRI19, [('ten tonight', '2019-02-22T22:00')]),
    ('He was sentenced to ten to five years.', THU, []),
    ('Five to ten people were hurt.', THU, []),
    ("She watched the Ten O'Clock News.", MON17, []),
    ('It is high noon for the euro.', WED16, []),
    ('They met at high noon on Sunday.', MON17, [('noon on Sunday', '2017-07-02T12:00')]),
    # negatives and numbers that are no time
    ('A 24-hour store opened downtown.', THU, []),
    ('The 24-hour news cycle moves fast.', WED16, []),
    ('The 24-hour strike ended on Friday.', THU, [('24-hour', 'PT24H'), ('Friday', '2018-11-09')]),
    ('The 9/11 Commission issued its report.', THU, []),
    ('The score was 3-1.', THU, []),
    ('He bought milk at 7-Eleven.', MON17, []),
    ('The hotline is staffed 24/7.', THU, []),
    ('United won 2-0 on Saturday.', MON17, [('Saturday', '2017-07-01')]),
    ('The vote passed 52-48 on Tuesday.', THU, [('Tuesday', '2018-11-13')]),
    ('Call 555-1234 for tickets.', FRI19, []),
    ('The Sunday Times reported the deal.', THU, []),
    ('Catch-22 was published in 1961.', WED16, [('1961', '1961')]),
    # a day written as an ordinal word, or after 'the' (absolute.py's month-spelled-day); 'May the fourth be' is none
    ('The talks resume on March eighth.', THU, [('March eighth', '2019-03-08')]),
    ('The vote was held on November the 4th.', THU, [('November the 4th', '2018-11-04')]),
    ('He was born on the eighth of March, 1990.', THU, [('the eighth of March, 1990', '1990-03-08')]),
    ('May the fourth be with you.', THU, []),
    ('In March second-quarter sales were flat.', THU, [('March', '2018-03'), ('second-quarter', '2018-Q2')]),
    # closed in session 12 (helper E): a well-known name holding a time word is read as the name (time_word_names.py)
    ("The poem Friday's Child was read aloud.", THU, []),
    # -- fixed in session 15 (helper R): 'overnight' before a noun of an event that happens once dates it
    ('An overnight raid killed five people.', THU, [('overnight', '2018-11-14TNI')]),
    ('An overnight attack will be launched.', THU, [('overnight', '2018-11-15TNI')]),
    ('Troops mounted overnight raids for a month.', THU, [('a month', 'P1M')]),  # plural: may be a habit
    ('The overnight shift was cut.', THU, []),
]

KNOWN_MISSES = [
    # a bare 'week N' is as often a week of a trial, strike, season or pregnancy ('the strike entered week 3'):
    # without a year, only 'calendar' or 'ISO' before it or 'of the year' after it send a week to isoweek.py's
    # iso-week; a bare 'week 46' is claimed and gives nothing: nothing in the sentence tells the ISO week apart
    ('The plant closed in week 46.', THU, [('week 46', '2018-W46')]),
]


test_review_sentence, test_known_miss = review_tests(CASES, KNOWN_MISSES)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 7), st.integers(1, 7), st.sampled_from(["-", "\u2013", " - "]))
def test_dashed_weekdays_are_a_range_of_their_two_days(first: int, second: int, dash: str) -> None:
    """Two different weekdays joined by a dash are two ends of one range, each its own weekday."""
    assume(first != second)
    mentions = recognise(f"Talks ran {_WEEKDAYS[first - 1]}{dash}{_WEEKDAYS[second - 1]}.")
    assert [m.value.weekday for m in mentions if isinstance(m.value, Weekday)] == [first, second]
    assert mentions[0].group is not None and mentions[0].group == mentions[1].group


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.sampled_from(["half past", "a quarter past", "a quarter to", "twenty past"]),
       st.sampled_from(["", " a.m.", " p.m."]))
def test_clock_in_words_reads_its_hour_and_minutes(hour: int, words: str, tail: str) -> None:
    """"at half past six p.m.": the minutes past (or to) the hour written, on the half of the day the tail names."""
    found = [m.value for m in recognise(f"They met at {words} {_HOURS[hour - 1]}{tail}.") if isinstance(m.value, Clock)]
    minutes = {"half past": 30, "a quarter past": 15, "a quarter to": 45, "twenty past": 20}[words]
    base = (hour - 1 or 12) if words.endswith("to") else hour
    expected = base % 12 + 12 if tail == " p.m." else base % 12 if tail == " a.m." else base
    assert [(c.hour, c.minute) for c in found] == [(expected, minutes)]


@settings(max_examples=60, deadline=None)
@given(st.integers(2000, 2030), st.integers(1, 52), st.integers(0, 364))
def test_week_of_the_year_is_the_iso_week_of_the_dct_year(year: int, week: int, day: int) -> None:
    """"week N of the year" is ISO week N of the DCT's year, Monday to Sunday, whatever the DCT's day."""
    dct = dt.date(year, 1, 1) + dt.timedelta(days=day)
    found = extract_timexes(f"Output fell in week {week} of the year.", dct)
    monday = dt.date.fromisocalendar(year, week, 1)
    assert [(t.value, t.earliest, t.latest) for t in found] == [
        (f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6))]

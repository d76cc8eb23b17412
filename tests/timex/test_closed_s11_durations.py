"""Session 11 (helper D): compound durations of any number of units, and yearless ranges told in the past.

Invented sentences (none from a benchmark), each with what TimeML writes: a length written in whole counts of ever
finer units is one DURATION with one value ("20 years, 3 months and 2 days" is P20Y3M2D, "3 days, 4 hours" P3DT4H);
a range of yearless dates told by a past verb lies wholly behind the telling ("The strike lasted from Sept. 1 until
Oct. 15", said on 16 September 2019, is 2018's). Near misses keep their readings: offsets, ranges of two lengths,
lists, weeks (which ISO 8601 joins to no other unit), and ranges under way or ahead.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.timex import extract_ranges, extract_timexes

N = dt.date(2018, 11, 15)
S = dt.date(2019, 9, 16)

COMPOUNDS = [
    ('The ban lasted 20 years, 3 months and 2 days.', [('20 years, 3 months and 2 days', 'P20Y3M2D')]),
    ('The war lasted two years and six months.', [('two years and six months', 'P2Y6M')]),
    ('The flight took 1 hour 30 minutes.', [('1 hour 30 minutes', 'PT1H30M')]),
    ('The siege lasted 3 days, 4 hours.', [('3 days, 4 hours', 'P3DT4H')]),
    ('The voyage took one year, two months and three days.', [('one year, two months and three days', 'P1Y2M3D')]),
    ('The rescue took two days and six hours.', [('two days and six hours', 'P2DT6H')]),
    ('Her record is 1 hour, 2 minutes and 3 seconds.', [('1 hour, 2 minutes and 3 seconds', 'PT1H2M3S')]),
    ('He served 12 years, 7 months in jail.', [('12 years, 7 months', 'P12Y7M')]),
    ('The lease runs 99 years and 45 days.', [('99 years and 45 days', 'P99Y45D')]),
    ('It took nine months and 12 days.', [('nine months and 12 days', 'P9M12D')]),
    # near misses: each length its own
    ('The strike lasted two years and three weeks.', [('two years', 'P2Y'), ('three weeks', 'P3W')]),
    ('The job took 3 years and 14 months.', [('3 years', 'P3Y'), ('14 months', 'P14M')]),
    ('The repairs took between 2 hours and 30 minutes.', [('2 hours', 'PT2H'), ('30 minutes', 'PT30M')]),
    ('In 3 days, 4 hours of footage was shot.', [('3 days', 'P3D'), ('4 hours', 'PT4H')]),
    ('It lasted between 2 and 3 days.', [('3 days', 'P3D')]),
    ('It ran for a year and then two years more.', [('a year', 'P1Y'), ('two years', 'P2Y')]),
    ('Two months and a year passed.', [('Two months', 'P2M'), ('a year', 'P1Y')]),
    # before an event, a length (TimeML marks "N units after X" a DURATION): session 11's review G
    ('The vote came 1 hour 30 minutes after the debate.', [('1 hour 30 minutes', 'PT1H30M')]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS, ids=[c[0][:50] for c in COMPOUNDS])
def test_compound_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in extract_timexes(text, N)] == expected


@pytest.mark.parametrize("text", ["He came back 3 months and 2 days later.", "It ended 2 years, 3 months and 2 days ago."])
def test_an_offset_makes_no_compound(text: str) -> None:
    """The offset rules read "... later", "... ago": no compound duration swallows its head."""
    assert not any(t.type == "DURATION" and ("and" in t.text or "hour 30" in t.text) for t in extract_timexes(text, N))


_UNITS = [("year", "years", 99), ("month", "months", 11), ("day", "days", 30)]


@given(st.lists(st.integers(min_value=0, max_value=2), min_size=2, max_size=3, unique=True).map(sorted),
       st.data())
def test_law_whole_counts_of_finer_units_are_one_value(picked: list[int], data: st.DataObject) -> None:
    """Any counts of years, months and days, coarsest first, read as one DURATION spelling each count."""
    counts = [data.draw(st.integers(min_value=2, max_value=_UNITS[i][2])) for i in picked]
    words = [f"{n} {_UNITS[i][1]}" for n, i in zip(counts, picked)]
    text = f"The work took {', '.join(words[:-1])} and {words[-1]}."
    found = extract_timexes(text, N)
    assert [(t.type, t.value) for t in found] == [
        ("DURATION", "P" + "".join(f"{n}{'YMD'[i]}" for n, i in zip(counts, picked)))]


RANGES = [
    ('The strike lasted from Sept. 1 until Oct. 15.', S, [('2018-09-01', '2018-10-15', '2018-09-01', '2018-10-15')]),
    ('The siege lasted from Sept. 1 till Oct. 15.', S, [('2018-09-01', '2018-10-15', '2018-09-01', '2018-10-15')]),
    ('The strike lasted from Sept. 1 to Oct. 15.', S, [('2018-09-01', '2018-10-15', '2018-09-01', '2018-10-15')]),
    ('Prices fell between Aug. 20 and Oct. 3.', S, [('2018-08-20', '2018-10-03', '2018-08-20', '2018-10-03')]),
    ('Sales rose from August to October.', S, [('2018-08', '2018-10', '2018-08-01', '2018-10-31')]),
    ('Talks were held Nov. 10 to 30.', N, [('2017-11-10', '2017-11-30', '2017-11-10', '2017-11-30')]),
    # near misses: a range ahead, under way, reported ahead, with its own year, ending near the DCT
    ('The strike will last from Sept. 20 until Oct. 15.', S, [('2019-09-20', '2019-10-15', '2019-09-20', '2019-10-15')]),
    ('The office is closed from Sept. 1 till Oct. 15.', S, [('2019-09-01', '2019-10-15', '2019-09-01', '2019-10-15')]),
    ('He said the strike would last from Sept. 1 until Oct. 15.', S,
     [('2019-09-01', '2019-10-15', '2019-09-01', '2019-10-15')]),
    ('The strike lasted from Sept. 1 until Oct. 15, 2019.', S,
     [('2019-09-01', '2019-10-15', '2019-09-01', '2019-10-15')]),
    ('Sales rose from August to September.', S, [('2019-08', '2019-09', '2019-08-01', '2019-09-30')]),
    ('Talks were held Nov. 15 and 16.', N, [('2018-11-15', '2018-11-16', '2018-11-15', '2018-11-16')]),
    ('The Nov. 14-16 summit ended.', N, [('2018-11-14', '2018-11-16', '2018-11-14', '2018-11-16')]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), RANGES, ids=[r[0][:50] for r in RANGES])
def test_past_range(text: str, dct: dt.date, expected: list[tuple[str, ...]]) -> None:
    got = [(r.first.value, r.last.value, r.earliest.isoformat(), r.latest.isoformat())
           for r in extract_ranges(text, dct)]
    assert got == expected

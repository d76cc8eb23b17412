"""Dates at their true granularity: each form the Markdown and the picture use."""

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from timeline.render.dates import describe, month_key

D = dt.date


@pytest.mark.parametrize("earliest, latest, granularity, expected", [
    (D(2018, 11, 15), D(2018, 11, 15), "day", "15 Nov 2018"),
    (D(2018, 11, 15), D(2018, 11, 15), None, "15 Nov 2018"),
    (D(2018, 10, 1), D(2018, 10, 31), "month", "Oct 2018"),
    (D(2018, 10, 1), D(2018, 10, 31), None, "Oct 2018"),
    (D(2018, 10, 1), D(2018, 12, 31), "quarter", "Oct – Dec 2018"),
    (D(2018, 10, 1), D(2018, 12, 31), None, "between Oct and Dec 2018"),
    (D(2018, 12, 1), D(2019, 1, 31), "month", "Dec 2018 – Jan 2019"),
    (D(2018, 1, 1), D(2018, 12, 31), "year", "2018"),
    (D(2016, 1, 1), D(2019, 12, 31), "year", "2016 – 2019"),
    (D(2016, 1, 1), D(2019, 12, 31), None, "between 2016 and 2019"),
    (D(2018, 11, 30), D(2018, 12, 1), "day", "30 Nov – 1 Dec 2018"),
    (D(2018, 11, 12), D(2018, 11, 18), "day", "12–18 Nov 2018"),
    (D(2018, 12, 30), D(2019, 1, 2), "day", "30 Dec 2018 – 2 Jan 2019"),
    (D(2018, 11, 12), D(2018, 11, 18), None, "between 12 and 18 Nov 2018"),
    (D(2018, 11, 12), D(2018, 11, 18), "unknown", "between 12 and 18 Nov 2018"),
    (D(2018, 11, 30), D(2018, 12, 3), None, "between 30 Nov and 3 Dec 2018"),
    (D(2018, 12, 30), D(2019, 1, 2), None, "between 30 Dec 2018 and 2 Jan 2019"),
    (D(2018, 11, 12), D(2018, 11, 18), "week", "between 12 and 18 Nov 2018"),
    (None, D(2018, 11, 18), None, "before 18 Nov 2018"),
    (D(2018, 10, 3), None, None, "after 3 Oct 2018"),
    (None, None, None, "undated"),
])
def test_each_date_form(earliest, latest, granularity, expected):
    assert describe(earliest, latest, granularity) == expected


days = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@given(days, days, st.sampled_from([None, "day", "month", "year", "unknown"]))
def test_every_interval_names_its_last_year(a, b, granularity):
    lo, hi = min(a, b), max(a, b)
    assert str(hi.year) in describe(lo, hi, granularity)


@given(days, days)
def test_before_and_after_name_their_bound(a, b):
    assert describe(None, a).startswith("before ")
    assert describe(b, None).startswith("after ")


def test_an_event_is_filed_under_its_earliest_month_or_else_its_latest():
    assert month_key(D(2018, 11, 30), D(2018, 12, 1)) == (2018, 11)
    assert month_key(None, D(2018, 11, 18)) == (2018, 11)
    assert month_key(D(2018, 10, 3), None) == (2018, 10)
    assert month_key(None, None) is None

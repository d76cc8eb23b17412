"""Yearless days of the DCT's own month take its year; nothing else is filled."""

from __future__ import annotations

import datetime as dt

from timeline.events.yearfill import fill_years
from timeline.models import DocumentTime, Timex

MONTH = DocumentTime(value="2018-11", earliest=dt.date(2018, 11, 1), latest=dt.date(2018, 11, 30))


def _tx(value: str) -> Timex:
    return Timex(text="x", start=0, end=1, type="DATE", value=value)


def test_only_the_dcts_month_is_filled() -> None:
    out = fill_years([_tx("XXXX-11-15"), _tx("XXXX-10-15"), _tx("XXXX-11-31")], MONTH)
    assert [t.earliest for t in out] == [dt.date(2018, 11, 15), None, None]


def test_a_dct_known_to_the_day_or_not_at_all_changes_nothing() -> None:
    day = DocumentTime(value="2018-11-19", earliest=dt.date(2018, 11, 19), latest=dt.date(2018, 11, 19))
    for dct in (day, DocumentTime(value="XXXX-11-18")):
        assert fill_years([_tx("XXXX-11-15")], dct)[0].earliest is None

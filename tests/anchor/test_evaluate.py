"""The DCT scorer counts what it says it counts."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.evaluate import judge, score, summary
from timeline.models import Document, DocumentTime

D = dt.date


def doc(text: str, published: dt.date | None = None) -> Document:
    return Document(id="a", source="a", text=text, published=published)


def test_score_hides_the_metadata_and_counts() -> None:
    pairs = [(doc("WASHINGTON, Nov. 18, 2018 -- Talks.", D(2018, 11, 18)), D(2018, 11, 18)),
             (doc("MOSCOW, November 18. /TASS/. Talks."), D(2018, 11, 19)),
             (doc("Nothing to go on."), D(2018, 11, 19))]
    got = score(pairs)
    assert (got.documents, got.exact, got.contains, got.wrong, got.within_a_day) == (3, 1, 2, 1, 1)
    assert got.stamp_day == 0  # TASS at its seat: a day off is not the agency's stamp
    assert got.basis == {"dateline": 2, "unknown": 1}


def test_judge_reads_yearless_values() -> None:
    dct = DocumentTime(value="XXXX-11", basis="inferred")
    assert judge(dct, D(2016, 11, 30)) == (True, False)
    assert judge(dct, D(2016, 12, 1)) == (False, False)


def test_hidden_wrong_counts_candidate_days_that_exclude_the_truth() -> None:
    text = "Vote\n\nObservers praised the February 11 referendum. The referendum held on Saturday was calm."
    pairs = [(doc(text), D(2017, 2, 14)), (doc(text), D(2018, 2, 14))]  # 11 February 2017 was a Saturday; 2018's not
    got = score(pairs)
    assert (got.contains, got.wrong, got.hidden_wrong) == (2, 0, 1)


@settings(max_examples=30, deadline=None)
@given(day=st.dates(min_value=D(1950, 1, 2), max_value=D(2090, 12, 30)), lag=st.sampled_from([-1, 1]),
       away=st.booleans())
def test_a_stamp_a_day_off_a_correspondents_dateline_is_counted_as_the_agencys(day: dt.date, lag: int,
                                                                              away: bool) -> None:
    """The DCT is the dateline's day: a true DCT a day off is wrong, and the agency's stamp only away from its seat."""
    written = day - dt.timedelta(days=lag)
    place = "WASHINGTON" if away else "BEIJING"
    text = f"{place}, {written.strftime('%B')} {written.day} (Xinhua) -- Talks began."
    got = score([(doc(text), day), (doc(text), written)])
    assert (got.documents, got.contains, got.wrong, got.within_a_day) == (2, 1, 1, 1)
    assert got.stamp_day == int(away)
    assert summary(got).endswith("all within a day of a correspondent's dateline: the agency's stamp") == away


def test_hidden_and_refine_read_the_window_field_not_the_words() -> None:
    """The candidate days come from the DCT's fields (refine.year_days), never from its evidence text."""
    from timeline.anchor.evaluate import hidden
    from timeline.anchor.refine import year_days

    summary_line = DocumentTime(value="XXXX-02", basis="inferred", evidence=["window: 02-11..02-17 (month-day)"],
                                month_day_window=("02-11", "02-17"))
    quoted = DocumentTime(value="XXXX-02", basis="inferred", evidence=["window: 02-11..02-17 (month-day)"])
    assert year_days(summary_line, 1991) == (D(1991, 2, 11), D(1991, 2, 17))
    assert year_days(quoted, 1991) == (D(1991, 2, 1), D(1991, 2, 28))
    assert hidden(summary_line, D(1991, 2, 25)) and not hidden(quoted, D(1991, 2, 25))


def test_a_correspondent_is_known_from_the_dateline_not_from_the_evidence_words() -> None:
    from timeline.anchor.evaluate import from_a_correspondent

    away = doc("WASHINGTON, March 12, 2018 (Xinhua) -- Talks began.")
    dct = anchor_document(away)
    assert from_a_correspondent(away, dct)
    assert from_a_correspondent(away, dct.model_copy(update={"evidence": []}))  # the words are not read
    assert not from_a_correspondent(away, dct.model_copy(update={"basis": "metadata"}))

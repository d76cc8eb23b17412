"""Session 12: a date just ahead of the DCT in a plainly past clause is read behind the telling, whether the past verb
stands after it (the date in the subject or an opening phrase: tense_subject.py), after "since", or before it across
its object ("handed power to generals on", "opened offices in London in": tense_dated.py). Each law pairs the past
with a counter-case in which the same date must stay ahead, so the test fails if the rule is dropped or overreaches.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.timex import extract_timexes

DCT = dt.date(2018, 11, 15)  # Thanksgiving 2018-11-22, Black Friday 2018-11-23


def _values(text: str, dct: dt.date = DCT) -> list[str]:
    return [t.value for t in extract_timexes(text, dct)]


@pytest.mark.parametrize("subject", ["The Thanksgiving Day parade", "Sales on Thanksgiving Day",
                                     "Crowds in New York on Thanksgiving Day", "On Thanksgiving Day the parade"])
@pytest.mark.parametrize(("verb", "year"), [("drew huge crowds", "2017"), ("was a success", "2017"),
                                            ("will draw huge crowds", "2018"), ("could draw huge crowds", "2018"),
                                            ("was postponed", "2018"), ("may be cancelled", "2018")])
def test_law_the_subjects_date_takes_the_finite_verbs_tense(subject: str, verb: str, year: str) -> None:
    assert [v[:4] for v in _values(f"{subject} {verb}.")] == [year]


@pytest.mark.parametrize(("text", "expected"), [
    ("The parade, which drew crowds last year, returns on Thanksgiving.", ["2017", "2018-11-22"]),
    ("He said the parade will draw crowds on Thanksgiving.", ["2018-11-22"]),
    ("Tickets for the Thanksgiving Day game sold out.", ["2018-11-22"]),
    ("If the Thanksgiving Day parade drew crowds, the city would profit.", ["2018-11-22"]),
    ("Did the Thanksgiving Day parade draw crowds?", ["2018-11-22"]),
    ('"The Thanksgiving Day parade will draw crowds," he said.', ["2018-11-22"]),
    ("The Thanksgiving Day parade was expected to draw crowds.", ["2018-11-22"]),
])
def test_the_date_stays_ahead_outside_the_past_clause(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Since Thanksgiving Macy's has hired 500 workers.", ["2017-11-23"]),
    ("Sales have risen since Black Friday.", ["2017-11-24"]),
])
def test_since_starts_a_stretch_behind_the_telling(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The government handed power to generals on March 12.", ["2018-03-12"]),
    ("He rose to power in April.", ["2018-04"]),
    ("He rose to speak in April.", ["2019-04"]),
    ("The two sides agreed to a deal on March 12.", ["2019-03-12"]),
])
def test_a_past_verb_reaches_its_date_over_its_object(text: str, expected: list[str]) -> None:
    assert _values(text, dt.date(2019, 3, 10)) == expected


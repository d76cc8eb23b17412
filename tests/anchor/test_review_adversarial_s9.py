"""Review H5 (session 9): adversarial passages against the session's new anchor clues.

The passages are in :mod:`tests.anchor.review_adversarial_s9`. The first law of the anchor stage:
never a confident lie. Every plausible true day of a passage lies in what the anchor says, also once
its year is fixed (:func:`timeline.anchor.refine_year`). Passages whose clue still lies carry a strict
xfail with the reason in ``LEFT``.
"""

from __future__ import annotations

import re

import pytest

from timeline.anchor import anchor_document, refine_year
from timeline.anchor.evaluate import judge
from timeline.models import Document

from .review_adversarial_s9 import PASSAGES, Passage

# name -> why the lie is left (none now: every lie found was mended or its clue restricted).
LEFT: dict[str, str] = {}


def test_the_review_is_large_enough_and_names_are_unique() -> None:
    assert len(PASSAGES) >= 170
    assert len({p.name for p in PASSAGES}) == len(PASSAGES)
    assert {p.clue for p in PASSAGES} >= {"ages", "counts", "numeric", "stamps", "datelines", "relative years",
                                          "tense.relative_past", "cover months"}


def _param(p: Passage):
    marks = [pytest.mark.xfail(strict=True, reason=LEFT[p.name])] if p.name in LEFT else []
    return pytest.param(p, id=p.name, marks=marks)


@pytest.mark.parametrize("passage", [_param(p) for p in PASSAGES])
def test_no_plausible_day_is_ruled_out(passage: Passage) -> None:
    dct = anchor_document(Document(id=passage.name, source=passage.name, text=passage.text))
    for true in passage.truths:
        assert judge(dct, true)[0], (true, dct.evidence)
        fixed = refine_year(dct, [(true.year, "review")])
        assert fixed.earliest is not None and fixed.earliest <= true <= fixed.latest, (true, fixed.evidence)


# Readings the careful reader gives, where the clue is sound: the fixes must not cost them.
KEPT = {
    "age_living_now": ("2019-01-01", "2020-12-30"),
    "age_dog": ("2019-01-01", "2020-12-30"),
    "age_sound_told": ("2019-01-01", "2020-12-30"),
    "cr_wire_own": ("None", "2019-12-31"),
    "posted_then_updated": ("2019-03-05", "2019-03-05"),
    "age_born_on_date_living": ("2019-06-04", "2020-06-03"),
    "count_hundred_years": ("2018-07-01", "2020-12-30"),
    "count_thirty_after": ("2018-07-01", "2020-12-30"),
    "newsletter_issue": ("2019-03-08", "2019-03-08"),
    "business_wire": ("2018-10-02", "2018-10-02"),
    "ety_plain": ("2019-03-01", "2019-12-31"),
    "this_year_in_march_plain": ("2019-01-01", "2019-12-31"),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_sound_readings_are_kept(name: str) -> None:
    (passage,) = [p for p in PASSAGES if p.name == name]
    dct = anchor_document(Document(id=name, source=name, text=passage.text))
    assert (str(dct.earliest), str(dct.latest)) == KEPT[name], dct.evidence


# Readings narrowed to one side by the fixes: the lower side a retrospect, a quotation or a speaker's time leaves.
LOWER_ONLY = {
    "age_when_war_ended": "1945-01-01",
    "age_film_character": "2002-01-01",
    "age_flood_paragraph": "2004-01-01",
    "count_quoted_old_speech": "2008-07-01",
    "ety_quoted_old_interview": "2019-03-01",
    "ly_quote_old_memoir": "2016-01-01",
    "age_a_year_flood": "2004-01-01",
    "age_as_a_child": "2004-01-01",
}


@pytest.mark.parametrize("name", sorted(LOWER_ONLY))
def test_another_times_reading_keeps_its_lower_side(name: str) -> None:
    (passage,) = [p for p in PASSAGES if p.name == name]
    dct = anchor_document(Document(id=name, source=name, text=passage.text))
    assert (str(dct.earliest), dct.latest) == (LOWER_ONLY[name], None), dct.evidence


@pytest.mark.parametrize("by", [-28, 28])
@pytest.mark.parametrize("passage", PASSAGES, ids=[p.name for p in PASSAGES])
def test_shifting_every_year_by_28_shifts_the_dct(passage: Passage, by: int) -> None:
    """Law: the calendar repeats every 28 years (1901..2099), so moving every year moves the DCT alike."""
    from .test_laws import _YEAR, _dct, _moved, _value_moved

    years = [int(y) for y in _YEAR.findall(passage.text)]
    if any(not 1901 <= y + by <= 2072 for y in years) or re.search(r"\b18\d\d\b", passage.text):
        return  # outside the range where the calendar repeats every 28 years, or a year the law does not move
    base = _dct(passage.text)
    moved = _dct(_YEAR.sub(lambda m: str(int(m.group()) + by), passage.text))
    assert (moved.earliest, moved.latest) == (_moved(base.earliest, by), _moved(base.latest, by)), moved.evidence
    assert moved.value == _value_moved(base.value, by), (base.value, moved.evidence)

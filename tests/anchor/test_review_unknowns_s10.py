"""Review (session 10): needless unknowns and their near misses (tests/anchor/review_unknowns_s10.py).

Every article's true day lies in what the anchor says, also once its year is fixed (never a confident
lie); the reading matches the careful reader's, or the article carries a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from timeline.anchor import refine_year
from timeline.anchor.evaluate import judge

from .review_unknowns_s10 import ARTICLES
from .test_review import _reading, allows, dct_of, window


def test_the_review_is_large_enough() -> None:
    assert len(ARTICLES) >= 40
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article) -> None:
    dct = dct_of(article)
    assert judge(dct, article.true)[0], dct.evidence
    fixed = refine_year(dct, [(article.true.year, "review")])
    assert fixed.earliest is not None and fixed.earliest <= article.true <= fixed.latest, fixed.evidence


@pytest.mark.parametrize("article", [_reading(a) for a in ARTICLES])
def test_the_careful_readers_dct(article) -> None:
    dct = dct_of(article)
    assert (dct.value, dct.earliest, dct.latest) == (article.value, article.earliest, article.latest), dct.evidence
    assert all(allows(dct, y) for y in article.years_in), dct.evidence
    assert not any(allows(dct, y) for y in article.years_out), dct.evidence
    assert article.window is None or window(dct) == article.window, dct.evidence

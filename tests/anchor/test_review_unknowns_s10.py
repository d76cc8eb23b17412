"""Review (session 10): needless unknowns and their near misses (tests/anchor/review_unknowns_s10.py).

Every article's true day lies in what the anchor says, also once its year is fixed (never a confident
lie); the reading matches the careful reader's, or the article carries a strict xfail with its reason.
"""

from __future__ import annotations

import pytest


from .review_unknowns_s10 import ARTICLES
from .test_review import _reading, assert_careful_reading, assert_true_day_kept


def test_the_review_is_large_enough() -> None:
    assert len(ARTICLES) >= 40
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article) -> None:
    assert_true_day_kept(article)


@pytest.mark.parametrize("article", [_reading(a) for a in ARTICLES])
def test_the_careful_readers_dct(article) -> None:
    assert_careful_reading(article)

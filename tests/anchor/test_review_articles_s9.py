"""Review, session 9: invented releases, blogs, newsletters, transcripts, op-eds, wire and numeric stamps.

The articles are in :mod:`tests.anchor.review_articles_s9`; the checks are the ones of
:mod:`tests.anchor.test_review`: the true day is never ruled out (also once its year is fixed),
and the reading matches the careful reader's, or the article carries a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from timeline.anchor import refine_year
from timeline.anchor.evaluate import judge

from . import review_articles_s9
from .review_articles import Article
from .test_review import allows, dct_of, window

ARTICLES = review_articles_s9.ARTICLES


def test_the_review_is_large_enough_and_names_are_unique() -> None:
    assert len(ARTICLES) >= 60
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article: Article) -> None:
    dct = dct_of(article)
    assert judge(dct, article.true)[0], dct.evidence
    fixed = refine_year(dct, [(article.true.year, "review")])
    assert fixed.earliest is not None and fixed.earliest <= article.true <= fixed.latest, fixed.evidence


def _reading(article: Article):
    marks = [pytest.mark.xfail(strict=True, reason=article.xfail)] if article.xfail else []
    return pytest.param(article, id=article.name, marks=marks)


@pytest.mark.parametrize("article", [_reading(a) for a in ARTICLES])
def test_the_careful_readers_dct(article: Article) -> None:
    dct = dct_of(article)
    assert (dct.value, dct.earliest, dct.latest) == (article.value, article.earliest, article.latest), dct.evidence
    assert all(allows(dct, y) for y in article.years_in), dct.evidence
    assert not any(allows(dct, y) for y in article.years_out), dct.evidence
    assert article.window is None or window(dct) == article.window, dct.evidence

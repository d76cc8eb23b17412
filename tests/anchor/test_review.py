"""Review: invented 2016-2019 articles without metadata (review_articles.py) against a careful reader's DCT.

Every article's true day must lie in what the anchor says (never a confident lie); the reading
itself must match the careful reader's, or the article carries a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from timeline.anchor import anchor_document, refine_year
from timeline.anchor.evaluate import judge
from timeline.models import Document, DocumentTime

from .review_articles import ARTICLES, Article


def dct_of(article: Article) -> DocumentTime:
    return anchor_document(Document(id=article.name, source=article.name, text=article.text))


def allows(dct: DocumentTime, year: int) -> bool:
    """Whether the DCT allows ``year`` (refine_year refuses the years the document rules out)."""
    return refine_year(dct, [(year, "review")]).earliest is not None


def test_the_review_is_large_enough() -> None:
    assert len(ARTICLES) >= 40 and len({a.name for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article: Article) -> None:
    dct = dct_of(article)
    assert judge(dct, article.true)[0], dct.evidence
    # The candidate days behind an open value must hold it too: fixing the true year keeps the true day.
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

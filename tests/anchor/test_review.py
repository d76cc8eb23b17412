"""Review: invented articles without metadata against a careful reader's DCT.

Three sets: review_articles.py (2016-2019 politics and wires), review_articles_s8.py (sport,
courts, weather, science, obituaries, company results, every form of wire dateline) and
review_articles_s9.py (releases, blogs, newsletters, transcripts, op-eds, wire and numeric stamps). Every
article's true day must lie in what the anchor says (never a confident lie); the reading itself
must match the careful reader's, or the article carries a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from timeline.anchor import anchor_document, refine_year
from timeline.anchor.evaluate import judge
from timeline.anchor.refine import year_days
from timeline.models import Document, DocumentTime

from . import review_articles, review_articles_s8, review_articles_s9
from .review_articles import Article

ARTICLES = review_articles.ARTICLES + review_articles_s8.ARTICLES + review_articles_s9.ARTICLES


def dct_of(article: Article) -> DocumentTime:
    return anchor_document(Document(id=article.name, source=article.name, text=article.text))


def allows(dct: DocumentTime, year: int) -> bool:
    """Whether the DCT allows ``year``: some day of it is left (what refine_year narrows to).

    Not "refine_year gives a bound": a DCT already bounded keeps its bound when a year is refused.
    """
    return year_days(dct, year) is not None


def window(dct: DocumentTime) -> str | None:
    """The month-day window ("06-01..11-30") the DCT's candidate years share (its field)."""
    return "..".join(dct.month_day_window) if dct.month_day_window else None


@pytest.mark.parametrize("module", [review_articles, review_articles_s8, review_articles_s9], ids=["first", "s8", "s9"])
def test_each_review_is_large_enough(module) -> None:
    assert len(module.ARTICLES) >= 40
    assert len({a.name for a in module.ARTICLES}) == len(module.ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article: Article) -> None:
    assert_true_day_kept(article)


def assert_true_day_kept(article: Article) -> None:
    """The DCT holds the article's true day, and so do the candidate days behind an open value: fixing the true
    year keeps the true day (every review module checks its articles with this)."""
    dct = dct_of(article)
    assert judge(dct, article.true)[0], dct.evidence
    fixed = refine_year(dct, [(article.true.year, "review")])
    assert fixed.earliest is not None and fixed.earliest <= article.true <= fixed.latest, fixed.evidence


def _reading(article: Article):
    marks = [pytest.mark.xfail(strict=True, reason=article.xfail)] if article.xfail else []
    return pytest.param(article, id=article.name, marks=marks)


@pytest.mark.parametrize("article", [_reading(a) for a in ARTICLES])
def test_the_careful_readers_dct(article: Article) -> None:
    assert_careful_reading(article)


def assert_careful_reading(article: Article) -> None:
    """The DCT is the careful reader's: value and bounds, the years it must allow and refuse, its window."""
    dct = dct_of(article)
    assert (dct.value, dct.earliest, dct.latest) == (article.value, article.earliest, article.latest), dct.evidence
    assert all(allows(dct, y) for y in article.years_in), dct.evidence
    assert not any(allows(dct, y) for y in article.years_out), dct.evidence
    assert article.window is None or window(dct) == article.window, dct.evidence

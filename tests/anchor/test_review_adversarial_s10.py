"""Review E (session 10): adversarial articles at the edges of session 10's clues (review_adversarial_s10.py).

Every article's true day lies in what the anchor says, also once its year is fixed (never a confident lie),
except the lies left in ``LIES_LEFT`` (strict xfails with their reasons); the reading matches the careful
reader's, or the article carries a strict xfail with its reason. The mends' own near misses are checked here
too: a quotation finder that keeps apostrophes and inch marks out, and keeps its old spans on double quotes.
"""

from __future__ import annotations

import pytest

from timeline.anchor.quotes import quote_spans

from .review_adversarial_s10 import ARTICLES, LIES_LEFT
from .test_review import _reading, assert_careful_reading, assert_true_day_kept


def test_the_review_is_large_enough() -> None:
    assert len(ARTICLES) >= 120
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)
    assert set(LIES_LEFT) <= {a.name for a in ARTICLES}


def _truth(article):
    reason = LIES_LEFT.get(article.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(article, id=article.name, marks=marks)


@pytest.mark.parametrize("article", [_truth(a) for a in ARTICLES])
def test_the_true_day_is_never_ruled_out(article) -> None:
    assert_true_day_kept(article)


@pytest.mark.parametrize("article", [_reading(a) for a in ARTICLES])
def test_the_careful_readers_dct(article) -> None:
    assert_careful_reading(article)


Q = chr(34)


@pytest.mark.parametrize(("text", "quoted"), [
    (f"He said {Q}we met{Q} and left.", ["\"we met\""]),
    ("She said: 'We met on Monday,' and left.", ["'We met on Monday,'"]),
    ("‘We met,’ she said.", ["‘We met,’"]),
    (f"“He said {Q}no{Q} and ‘never’,” she said.", [f"“He said {Q}no{Q} and ‘never’,”"]),
    # near misses: apostrophes, elisions, decades, inch marks
    ("Kane's son and the fans' rally met.", []),
    ("It's over, rock 'n' roll and 'em too.", []),
    ("In the '90s and the ‘80s they sang.", []),
    (f"The 12{Q} record and a 6{Q} pipe.", []),
    (f"He said {Q}I was 12{Q} then.", [f"{Q}I was 12{Q}"]),
    ("Don’t go, she said.", []),
    # a tokenised text (TimeML): possessives and names split off, a quotation's closing mark after a space
    ("Apple 's iPod and we 're told O 'Reilly left .", []),
    ("The 'switch ' , he said , would happen .", ["'switch '"]),
])
def test_quote_spans_single_marks_and_inches(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == quoted

"""Laws over every invented review article (first, s8, s9), each without metadata.

- Shift: moving every year written in an article by 28 years (the calendar repeats its weekdays and
  leap days every 28 years between 1901 and 2099) moves every bound and a dated value by 28 years.
- Order: shuffling the article's paragraphs after its first (the headline) does not rule out its true
  day when the reading holds it (a dateline moved down is read as a sentence, never as a lie).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from timeline.anchor import anchor_document
from timeline.anchor.evaluate import judge
from timeline.anchor.settings import AnchorSettings
from timeline.models import Document, DocumentTime

from . import review_articles, review_articles_s8, review_articles_s9

ARTICLES = review_articles.ARTICLES + review_articles_s8.ARTICLES + review_articles_s9.ARTICLES
WIDE = AnchorSettings(min_year=1800, max_year=2100)
_YEAR = re.compile(r"(?<![\d,$])(?:19|20)\d\d(?!\d|,\d)")


def _dct(text: str) -> DocumentTime:
    return anchor_document(Document(id="d", source="d", text=text), settings=WIDE)


def _moved(day: dt.date | None, by: int) -> dt.date | None:
    return None if day is None else day.replace(year=day.year + by)


def _value_moved(value: str | None, by: int) -> str | None:
    if value is None or value.startswith("XXXX"):
        return value
    return f"{int(value[:4]) + by:04d}{value[4:]}"


@pytest.mark.parametrize("by", [-28, 28])
@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_shifting_every_year_by_28_shifts_the_dct(article, by: int) -> None:
    years = [int(y) for y in _YEAR.findall(article.text)]
    if any(not 1901 <= y + by <= 2072 for y in years):
        return  # outside the range where the calendar repeats every 28 years, or where years are read
    base = _dct(article.text)
    moved = _dct(_YEAR.sub(lambda m: str(int(m.group()) + by), article.text))
    assert (moved.earliest, moved.latest) == (_moved(base.earliest, by), _moved(base.latest, by)), moved.evidence
    assert moved.value == _value_moved(base.value, by), (base.value, moved.evidence)
    assert moved.month_day_window == base.month_day_window


@settings(max_examples=120, deadline=None)
@given(article=st.sampled_from(ARTICLES), data=st.data())
def test_the_paragraph_order_never_rules_out_the_true_day(article, data) -> None:
    head, *rest = article.text.split("\n\n")
    if len(rest) < 2 or not judge(_dct(article.text), article.true)[0]:
        return
    order = data.draw(st.permutations(rest))
    text = "\n\n".join([head, *order])
    assert judge(_dct(text), article.true)[0], _dct(text).evidence


def test_the_laws_cover_articles_with_years_and_with_paragraphs() -> None:
    assert sum(bool(_YEAR.search(a.text)) for a in ARTICLES) >= 80
    assert sum(a.text.count("\n\n") >= 2 for a in ARTICLES) >= 10

"""Hypothesis strategies and law checks to test timeline - or your own rules - against known truth.

Strategies (``hypothesis`` must be installed: ``pip install -e '.[dev]'``):

- :func:`dcts` - document creation times in a sane window;
- :func:`true_timelines` - random events with true dates, participants and unique keys;
- :func:`synthetic_articles` - a true timeline written out as news sentences with relative
  expressions ("two days later", "last month", "on Tuesday", "a week before the vote"),
  returned with its DCT and its truth (event key -> true date);
- :func:`synthetic_corpora` - one true timeline told by several articles from different DCTs;
- :func:`hostile_texts` - empty, whitespace, binary-ish, impossible dates, huge numbers, unicode.

Laws (pure functions returning a list of violations, empty when lawful):
:func:`span_problems`, :func:`mention_problems`, :func:`impossible_dates`, :func:`interval_problems`,
:func:`order_problems`, :func:`timeline_problems`, with :func:`match_events` to find rebuilt events by key.

The template vocabulary is in :mod:`timeline.testing.phrases` and docs/testing.md.

Examples
--------
>>> import datetime as dt
>>> from hypothesis import given, settings
>>> from timeline.models import Event, Timeline
>>> @settings(max_examples=10)
... @given(synthetic_articles(dct=dt.date(2018, 11, 18), max_events=2))
... def test_a_perfect_rebuild_is_lawful(article):
...     events = [Event(id=k, label=f"{k} event", earliest=d, latest=d)
...               for k, d in sorted(article.truth.items(), key=lambda kv: kv[1])]
...     assert interval_problems(Timeline(events=events), article.truth) == []
>>> test_a_perfect_rebuild_is_lawful()
"""

from timeline.testing.articles import (
    SyntheticArticle,
    SyntheticCorpus,
    Telling,
    UnknownFamilyError,
    synthetic_articles,
    synthetic_corpora,
)
from timeline.testing.hostile import date_soup, hostile_texts, huge_numbers, impossible_date_texts
from timeline.testing.laws import (
    date_string_problem,
    impossible_dates,
    interval_problems,
    match_events,
    mention_problems,
    order_problems,
    span_problems,
    timeline_problems,
)
from timeline.testing.phrases import FAMILIES
from timeline.testing.timelines import TrueEvent, TrueTimeline, dcts, true_timelines

__all__ = [
    "FAMILIES", "SyntheticArticle", "SyntheticCorpus", "Telling", "TrueEvent", "TrueTimeline",
    "UnknownFamilyError", "date_soup",
    "date_string_problem", "dcts", "hostile_texts", "huge_numbers", "impossible_date_texts",
    "impossible_dates", "interval_problems", "match_events", "mention_problems", "order_problems",
    "span_problems",
    "synthetic_articles", "synthetic_corpora", "timeline_problems", "true_timelines",
]

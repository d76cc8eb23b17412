"""Laws on synthetic articles (timeline.testing): every told event is found, labelled by its key,
and the solver's window of its constraints holds its true date. Derandomized: same examples every run."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.events.helpers import solved_windows
from timeline.events import extract_events, merge
from timeline.models import DocumentTime
from timeline.testing.articles import SyntheticArticle, synthetic_articles
from timeline.testing.timelines import OCCASIONS
from timeline.timex import extract_timexes


def _draft(article: SyntheticArticle):
    doc = article.document("s")
    dct = DocumentTime(value=article.dct.isoformat(), earliest=article.dct, latest=article.dct)
    return extract_events(doc, dct, extract_timexes(doc.story, article.dct)), dct


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(synthetic_articles())
def test_every_event_is_found_and_its_true_date_is_allowed(article: SyntheticArticle) -> None:
    draft, _ = _draft(article)
    window, solved = solved_windows(draft.events, draft.constraints)
    assert solved.conflicts == []
    for telling in article.tellings:
        hits = [e for e in draft.events if telling.key.lower() in e.label.lower()]
        assert hits, (telling.sentence, [e.label for e in draft.events])
        lo, hi = window(hits[0])
        day = article.truth[telling.key]
        assert (lo is None or lo <= day) and (hi is None or day <= hi), telling.sentence


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(synthetic_articles(max_events=4))
def test_merging_an_article_with_itself_fuses_every_event(article: SyntheticArticle) -> None:
    draft, dct = _draft(article)
    twin = extract_events(article.document("t"), dct, extract_timexes(article.text, article.dct))
    merged = merge([draft, twin], {"s": dct, "t": dct})
    # Person-led events carry names; a bare "the summit" in two articles is not enough to fuse.
    told = {t.key for t in article.tellings if t.key not in OCCASIONS}
    for key in told:
        hits = [e for e in merged.events if key.lower() in e.label.lower()]
        assert len(hits) == 1 and hits[0].sources == ["s", "t"], (key, [e.label for e in merged.events])

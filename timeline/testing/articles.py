"""Synthetic news articles written from a true timeline, with the truth kept.

:func:`synthetic_articles` draws a DCT and a :class:`TrueTimeline` around it,
then writes one short news sentence per event, naming each event's date with
a phrase of :mod:`timeline.testing.phrases` ("two days later", "last month",
"on Tuesday", "a week before the vote", ...). The article comes back with the
truth (event key -> true date), so a rebuilt timeline can be checked against it
with :mod:`timeline.testing.laws`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import strategies as st

from timeline.models import Document, Frozen
from timeline.testing.phrases import DAY_EXACT, FAMILIES, MONTHS, Context
from timeline.testing.timelines import TrueEvent, TrueTimeline, dcts, true_timelines

ROLES = ("Foreign Minister", "Senator", "Governor", "Ambassador", "Prime Minister")
_PAST = {
    "meeting": "met officials from {country} in {place}",
    "visit": "visited {place}",
    "talks": "held talks with {country} in {place}",
    "speech": "gave a speech in {place}",
    "agreement": "signed an agreement with {country}",
    "sanctions": "announced sanctions against {country}",
    "interview": "gave an interview in {place}",
}
_FUTURE = {
    "meeting": "will meet officials from {country} in {place}",
    "visit": "will visit {place}",
    "talks": "will hold talks with {country} in {place}",
    "speech": "will give a speech in {place}",
    "agreement": "will sign an agreement with {country}",
    "sanctions": "will announce sanctions against {country}",
    "interview": "will give an interview in {place}",
}


class UnknownFamilyError(ValueError):
    """Phrase family names that :data:`timeline.testing.phrases.FAMILIES` does not define."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(f"unknown phrase families: {names}; known: {sorted(FAMILIES)}")
        self.names = names


class Telling(Frozen):
    """How one event was told: its key, the phrase family used and the sentence."""

    key: str
    family: str
    phrase: str
    sentence: str


class SyntheticArticle(Frozen):
    """A generated article: its text, its DCT, the truth and how each event was told."""

    text: str
    dct: dt.date
    timeline: TrueTimeline
    tellings: tuple[Telling, ...]

    @property
    def truth(self) -> dict[str, dt.date]:
        """Event label keyword -> true date."""
        return self.timeline.truth

    def document(self, id: str = "synthetic") -> Document:
        """The article as a :class:`Document` whose DCT is publication metadata.

        >>> a = SyntheticArticle(text="Novak visited Oslo today.", dct=dt.date(2018, 11, 18),
        ...                      timeline=TrueTimeline(), tellings=())
        >>> a.document("a1").published
        datetime.date(2018, 11, 18)
        """
        return Document(id=id, source=f"{id}.txt", text=self.text, published=self.dct)


def _sentence(event: TrueEvent, role: str, phrase: str, position: str, future: bool) -> str:
    if event.is_occasion:
        verb = "will take place" if future else "took place"
        subject, rest = f"the {event.kind}", verb
    else:
        template = (_FUTURE if future else _PAST)[event.kind]
        country = event.participants[1] if len(event.participants) > 1 else "Norway"
        subject = f"{role} {event.key}"
        rest = template.format(country=country, place=event.place or "Geneva")
    if position == "front":
        return f"{phrase} {subject} {rest}."
    clause = f"{subject} {rest} {phrase}."
    return clause[0].upper() + clause[1:]


# Families that name almost any day; drawn as one group so relative phrases are not crowded out.
_CALENDAR = frozenset({"full_date", "month_day", "month_year", "year"})


Option = tuple[str, tuple[str, str]]  # (family, (phrase, position))


def _options(event: TrueEvent, ctx: Context, allowed: Iterable[str]) -> list[list[Option]]:
    """Groups of options that can name the event's day: each relative family, then the calendar ones."""
    relative, calendar = [], []
    for name in allowed:
        phrase = FAMILIES[name](event.date, ctx)
        if phrase is not None:
            (calendar if name in _CALENDAR else relative).append([(name, phrase)])
    if calendar:
        relative.append([option for group in calendar for option in group])
    return relative or [[("full_date", FAMILIES["full_date"](event.date, ctx))]]


def _dateline(dct: dt.date) -> str:
    return f"GENEVA, {MONTHS[dct.month - 1]} {dct.day}, {dct.year} -- "


@st.composite
def synthetic_articles(draw: st.DrawFn, dct: dt.date | None = None, min_events: int = 1,
                       max_events: int = 6, families: Iterable[str] | None = None,
                       dateline: bool = False, timeline: TrueTimeline | None = None,
                       days_before: int = 150, days_after: int = 40) -> SyntheticArticle:
    """News articles written from random true timelines, with their truth.

    Parameters
    ----------
    dct : datetime.date, optional
        The document creation time; drawn with :func:`dcts` when omitted.
    min_events, max_events : int
        How many events the article tells (one sentence each).
    families : iterable of str, optional
        Names of :data:`timeline.testing.phrases.FAMILIES` to use (all by default).
        ``full_date`` is used when none of them can name an event's day.
    dateline : bool
        Start the text with a dateline carrying the DCT ("GENEVA, November 18, 2018 -- ").
    timeline : TrueTimeline, optional
        Write these events instead of drawing a timeline around the DCT.
    days_before, days_after : int
        The window of true dates around the DCT (see :func:`true_timelines`).

    Returns
    -------
    SearchStrategy[SyntheticArticle]

    Examples
    --------
    >>> from hypothesis import given
    >>> @given(synthetic_articles(dct=dt.date(2018, 11, 18), max_events=3))
    ... def test_every_key_is_told(article):
    ...     assert all(key in article.text for key in article.truth)
    >>> test_every_key_is_told()
    """
    allowed = sorted(families) if families is not None else list(FAMILIES)
    unknown = set(allowed) - set(FAMILIES)
    if unknown:
        raise UnknownFamilyError(sorted(unknown))
    day = dct if dct is not None else draw(dcts())
    if timeline is None:
        timeline = draw(true_timelines(around=day, min_events=min_events, max_events=max_events,
                                       days_before=days_before, days_after=days_after))
    ctx = Context(dct=day)
    tellings = []
    for event in draw(st.permutations(timeline.events)):
        group = draw(st.sampled_from(_options(event, ctx, allowed)))
        name, (phrase, position) = draw(st.sampled_from(group))
        if position == "end" and draw(st.booleans()):  # "Last month, the vote took place."
            phrase, position = f"{phrase[0].upper()}{phrase[1:]},", "front"
        role = draw(st.sampled_from(ROLES))
        sentence = _sentence(event, role, phrase, position, future=event.date > day)
        tellings.append(Telling(key=event.key, family=name, phrase=phrase, sentence=sentence))
        occasions = {**ctx.occasions, event.kind: event.date} if event.is_occasion else ctx.occasions
        ctx = Context(dct=day, previous=event.date, previous_exact=name in DAY_EXACT,
                      occasions=occasions)
    body = " ".join(t.sentence for t in tellings)
    text = (_dateline(day) if dateline else "") + body + "\n"
    return SyntheticArticle(text=text, dct=day, timeline=timeline, tellings=tuple(tellings))


class SyntheticCorpus(Frozen):
    """Several articles telling parts of one true timeline, each from its own DCT."""

    timeline: TrueTimeline
    articles: tuple[SyntheticArticle, ...]

    @property
    def truth(self) -> dict[str, dt.date]:
        """Event label keyword -> true date, over every article."""
        return self.timeline.truth

    def documents(self) -> list[Document]:
        """The articles as documents ``a0``, ``a1``, ... with their DCTs as metadata."""
        return [a.document(f"a{i}") for i, a in enumerate(self.articles)]


@st.composite
def synthetic_corpora(draw: st.DrawFn, min_articles: int = 2, max_articles: int = 3,
                      max_events: int = 6, families: Iterable[str] | None = None) -> SyntheticCorpus:
    """One true timeline told by several articles published days apart.

    Each article tells a random subset of the events, relative to its own DCT (0-10
    days after the others' centre), so the same event is often told twice in different
    words: merging across documents must keep every true date inside its interval.

    Parameters
    ----------
    min_articles, max_articles : int
    max_events : int
        Events in the shared timeline (at least 2).
    families : iterable of str, optional
        As in :func:`synthetic_articles`.

    Returns
    -------
    SearchStrategy[SyntheticCorpus]

    Examples
    --------
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(synthetic_corpora(max_articles=2))
    ... def test_every_article_tells_true_events(corpus):
    ...     assert all(set(a.truth) <= set(corpus.truth) for a in corpus.articles)
    >>> test_every_article_tells_true_events()
    """
    centre = draw(dcts())
    timeline = draw(true_timelines(around=centre, min_events=2, max_events=max(2, max_events)))
    n = draw(st.integers(min_value=min_articles, max_value=max_articles))
    articles = []
    for _ in range(n):
        day = centre + dt.timedelta(days=draw(st.integers(min_value=0, max_value=10)))
        told = draw(st.lists(st.sampled_from(timeline.events), min_size=1, unique_by=lambda e: e.key))
        part = TrueTimeline(events=tuple(sorted(told, key=lambda e: (e.date, e.key))))
        articles.append(draw(synthetic_articles(dct=day, families=families, timeline=part)))
    return SyntheticCorpus(timeline=timeline, articles=tuple(articles))

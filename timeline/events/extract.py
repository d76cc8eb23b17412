"""One document's events: triggers, labels, modality, links, then mentions of one event fused.

>>> import datetime as dt
>>> from timeline.models import Document, DocumentTime, Timex
>>> doc = Document(id="d", source="d.txt", text="Putin met Pence on November 15. He said talks went well.")
>>> dct = DocumentTime(value="2018-11-19", earliest=dt.date(2018, 11, 19), latest=dt.date(2018, 11, 19))
>>> tx = Timex(text="November 15", start=19, end=30, type="DATE", value="2018-11-15",
...            earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15))
>>> draft = extract_events(doc, dct, [tx])
>>> [e.label for e in draft.events][:1]
['Putin met Pence']
>>> sorted({c.rule for c in draft.constraints if c.a == "d:e1.start" and c.b is None})
['timex:on']
"""

from __future__ import annotations

import bisect

from timeline.events.defaults import dct_defaults
from timeline.events.draft import EventDraft
from timeline.events.fuse import fuse
from timeline.events.labels import make_label
from timeline.events.instants import duration_links
from timeline.events.lexicon import load_lexicon
from timeline.events.noise import drop_topics
from timeline.events.modality import apply_context
from timeline.events.relations import event_links, lead_tokens, previous_links, report_links
from timeline.events.settings import EventSettings
from timeline.events.timelinks import dated_without_days, timex_links
from timeline.events.titles import title_names
from timeline.events.yearfill import fill_years, yearless_days
from timeline.anchor.quotes import quote_spans  # one finder for both stages (TimeML's `` '', nesting)
from timeline.events.tokens import segments, tokenize
from timeline.events.profile import GENERIC
from timeline.events.told import SentenceView, Told
from timeline.events.words import NOT_NAMES, STOPWORDS
from timeline.models import Constraint, Document, DocumentTime, Timex
from timeline.text import split_sentences

_FINAL = (".", "!", "?", "\"", "”", "’", ")", "'")


def _view(doc_id: str, sentence, timexes: list[Timex]) -> SentenceView:
    """The sentence's tokens and clauses, with the timexes (already cut to this sentence)."""
    tokens = tokenize(sentence.text, sentence.start)
    starts = [t.start for t in tokens]
    inside = []
    for tx in timexes:
        lo, hi = bisect.bisect_left(starts, tx.start), bisect.bisect_left(starts, tx.end)
        idx = [i for i in range(lo, hi) if tokens[i].end <= tx.end]
        if idx:
            inside.append((idx[0], idx[-1], tx))
    masked = [t if not any(a <= i <= b for a, b, _ in inside) else t.model_copy(update={"text": "0"})
              for i, t in enumerate(tokens)]
    return SentenceView(document=doc_id, text=sentence.text, start=sentence.start, tokens=tokens,
                        seg=segments(masked), timexes=inside)


def _participants(view: SentenceView, told: Told, aliases: dict[str, str]) -> frozenset[str]:
    """Names taking part: the clause's for a verb or "their meeting", the label's for a noun."""
    segs = told.segments()
    trig = told.trigger
    own = trig.cls != "noun" or trig.verb is not None or (
        trig.head > 0 and view.tokens[trig.head - 1].lower in {"their", "his", "her", "its"})
    label = set(told.label.replace("’s", "").replace("'s", "").split())
    names = {t.lower for t, s in zip(view.tokens, view.seg) if s in segs and t.capitalised
             and t.lower not in NOT_NAMES and t.is_word and t.start > view.start
             and (own or t.text.replace("’s", "").replace("'s", "") in label)}
    low = " ".join(t.lower for t, s in zip(view.tokens, view.seg) if s in segs)
    names |= {canon for alias, canon in aliases.items() if f" {alias} " in f" {low} "}
    return frozenset(aliases.get(n, n) for n in names)


def _content(label: str) -> frozenset[str]:
    words = {w.strip(".,’'\"“”").lower() for w in label.split()}
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 4 else w
                     for w in words if len(w) > 2 and w not in STOPWORDS)


def _told_in(view: SentenceView, quotes, start_k: int, speaker: str | None,
             settings: EventSettings, titles: dict[str, str]) -> tuple[list[Told], str | None]:
    lex = load_lexicon()
    from timeline.events.triggers import find_triggers
    triggers = [t for t in apply_context(view.tokens, find_triggers(view.tokens, lex), quotes)
                if not _attribution(view, t)]
    skip = view.timex_tokens() | lead_tokens(view)
    items = []
    for n, trig in enumerate(triggers):
        label, who = make_label(view.tokens, view.seg, trig, skip, speaker, settings.max_label_words,
                                titles)
        if trig.cls == "report" and who and "say" in trig.keys and trig.lemma != "report":
            speaker = who
        possessor = view.tokens[trig.head - 1] if trig.head > 0 else None
        if trig.cls == "noun" and possessor is not None and possessor.text.endswith(("’s", "'s")):
            who = possessor.lower
        elif trig.cls == "noun" and (trig.verb is None or trig.verb > trig.head):
            who = None  # a noun's clause subject is not its agent
        definite = trig.noun is not None and trig.noun > 0 and (trig.verb is None or trig.verb > trig.noun) \
            and _definite(view.tokens, trig.noun)
        told = Told(k=start_k + n, trigger=trig, label=label, sentence=view, speaker=who,
                    definite=definite)
        items.append(told.model_copy(update={
            "participants": _participants(view, told, lex.aliases) | ({who} if who else set()),
            "words": _content(label) - _generic(trig, view)}))
    return items, speaker


_DEFINITE = frozenset({"the", "this", "that", "their", "his", "her"})


def _definite(tokens, noun: int) -> bool:
    """"the elections": a definite noun ("the G20 summit" is a name, not a reference back)."""
    before = tokens[noun - 1]
    return before.lower in _DEFINITE


def _generic(trig, view: SentenceView) -> set[str]:
    """The trigger's own word, when it only repeats its merge key ("elections", "meeting")."""
    if trig.lemma in trig.keys or trig.lemma in GENERIC:
        return {trig.lemma, view.tokens[trig.head].lower}
    return set()


def _attribution(view: SentenceView, trig) -> bool:
    """", TASS reported." names the source of the news, not an event of it."""
    toks = view.tokens
    before = toks[trig.first - 1] if trig.first > 0 else None
    return (trig.lemma == "report" and before is not None and before.text.isupper() and len(before.text) > 1
            and all(not t.is_word for t in toks[trig.last + 1:]))


def _is_body(text: str, view: SentenceView, settings: EventSettings) -> bool:
    """Headlines and captions (no final punctuation) are read only when they carry a date."""
    return settings.headline_events or text.rstrip().endswith(_FINAL) or bool(view.timexes)


def extract_events(doc: Document, dct: DocumentTime, timexes: list[Timex], *,
                   settings: EventSettings | None = None) -> EventDraft:
    """Events of ``doc`` with their constraints (dates are left to the solver).

    >>> import datetime as dt
    >>> from timeline.models import Document, DocumentTime
    >>> day = dt.date(2018, 11, 7)
    >>> draft = extract_events(Document(id="d", source="d", text="Peskov told reporters."),
    ...                        DocumentTime(earliest=day, latest=day), [])
    >>> [(e.id, e.label, e.modality) for e in draft.events]
    [('d:e1', 'Peskov told reporters', 'asserted')]
    """
    settings = settings or EventSettings()
    story = doc.story
    quotes = quote_spans(story)
    titles = title_names(story)
    all_items: list[Told] = []
    constraints: list[Constraint] = []
    speaker, previous = None, None
    days: dict[str, str] = {}
    dated: set[str] = set()  # events a date the DCT could not anchor belongs to
    ordered = sorted(fill_years(timexes, dct), key=lambda t: (t.start, t.end))
    starts = [t.start for t in ordered]
    for sentence in split_sentences(story):
        near = ordered[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
        view = _view(doc.id, sentence, near)
        if not _is_body(sentence.text, view, settings):
            continue
        items, speaker = _told_in(view, quotes, len(all_items) + 1, speaker, settings, titles)
        constraints += timex_links(view, items, settings, frozenset(lead_tokens(view)))
        dated |= dated_without_days(view, items)
        constraints += event_links(view, items, settings)
        constraints += duration_links(view, items, settings)
        days.update(yearless_days(view, items))
        constraints += report_links(view, items, settings)
        constraints += previous_links(view, items, previous, settings)
        all_items += items
        previous = next((it for it in items if it.trigger.verb is not None), previous)
    all_items = drop_topics(all_items, constraints)
    linked = {c.a.split(".")[0] for c in constraints if c.b is None and c.a}
    related = {p.split(".")[0] for c in constraints if c.b is not None for p in (c.a, c.b)}
    for told in all_items:
        if told.point not in linked:
            constraints += dct_defaults(told, dct, settings, related=told.point in related,
                                        dated=told.point in dated)
    return fuse(doc.id, all_items, constraints, (dct.earliest, dct.latest), settings, days)

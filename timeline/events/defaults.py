"""The interval an article allows an event that has no date of its own.

Past tense: it ended by the DCT; future: it starts on or after the DCT;
present: it is under way at the DCT; a reported statement (``said``) was made
on the DCT or up to ``reporting_window_days`` before it. Nouns without a verb
take "recent", "previous" (past) or "next", "upcoming", "planned" (future), else
the tense their clause's auxiliaries show (had, was, were, did: past; will: future).
All of these carry low confidence and never a made-up day.
"""

from __future__ import annotations

import datetime as dt

from timeline.events.settings import EventSettings
from timeline.events.told import Told, fmt_days
from timeline.models import Constraint, DocumentTime

PAST_CUES = frozenset("recent previous former earlier past".split())
FUTURE_CUES = frozenset("next upcoming planned forthcoming future scheduled".split())
_DATED = {"asserted", "reported", "future"}


def _tense(told: Told) -> str:
    t = told.trigger
    if t.tense != "none":
        return t.tense
    near = {tok.lower for tok in told.sentence.tokens[max(0, t.head - 3):t.head]}
    if near & FUTURE_CUES:
        return "future"
    if near & PAST_CUES:
        return "past"
    return _clause_tense(told)


def _clause_tense(told: Told) -> str:
    """A noun's clause tense: "a pledge he had made during his election campaign" is past."""
    view, seg = told.sentence, told.sentence.seg[told.trigger.head]
    words = {t.lower for t, s in zip(view.tokens, view.seg) if s == seg}
    if words & {"will", "shall", "'ll"}:
        return "future"
    return "past" if words & {"had", "was", "were", "did"} else "none"


def dct_defaults(told: Told, dct: DocumentTime, settings: EventSettings,
                 related: bool = False, dated: bool = False) -> list[Constraint]:
    """Low-confidence bounds from the tense and the DCT (empty when the DCT has no days).

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document
    >>> day = dt.date(2018, 11, 7)
    >>> draft = extract_events(Document(id="d", source="d", text="Peskov told reporters."),
    ...                        DocumentTime(earliest=day, latest=day), [])
    >>> {(c.rule, str(c.earliest), str(c.latest)) for c in draft.constraints if c.b is None}
    {('dct:reporting', '2018-11-05', '2018-11-07')}

    ``related``: the event is linked to another one; a statement then takes the
    plain past default, not the reporting window, and a bare noun ("after the
    election") takes no default at all.

    ``dated``: a date in the text belongs to the event, but the DCT could not anchor it ("announced
    sanctions earlier this year", the DCT known only as an interval): a statement then takes the plain
    past default too, as the text says when it was made, and not the reporting window's guess.
    """
    if told.trigger.modality not in _DATED or dct.earliest is None or dct.latest is None:
        return []
    if related and told.trigger.cls == "noun" and told.trigger.verb is None and told.trigger.tense == "none":
        # "will meet a week after the election": the clause's future is the meeting's; the election
        # takes its place from the relation, and the solver carries the DCT bound through it
        return []
    tense, lo, hi = _tense(told), dct.earliest, dct.latest
    conf = settings.default_confidence
    if told.trigger.cls == "report" and tense == "past" and not related and not dated:
        start = shift(lo, -settings.reporting_window_days)
        words = f"was said on the DCT or just before ({fmt_days(start, hi)})"
        return [_bound(told, p, start, hi, "dct:reporting", words, 0.5) for p in ("start", "end")]
    if tense == "past":
        return [_bound(told, "end", None, hi, "dct:past-default", f"happened before the article ({fmt_days(hi, hi)})", conf)]
    if tense == "future":
        return [_bound(told, "start", lo, None, "dct:future-default",
                       f"is still to come at the article's date ({fmt_days(lo, lo)})", conf)]
    if tense == "present":
        words = f"is under way at the article's date ({fmt_days(lo, hi)})"
        return [_bound(told, "start", None, hi, "dct:present", words, conf),
                _bound(told, "end", lo, None, "dct:present", words, conf)]
    return []


def shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, clamped to the calendar (no overflow at year 1 or 9999).

    >>> shift(dt.date(1, 1, 2), -5)
    datetime.date(1, 1, 1)
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _bound(told: Told, point: str, e: dt.date | None, l: dt.date | None, rule: str, words: str,
           conf: float) -> Constraint:
    return Constraint(description=f"{told.label} {words}", document=told.sentence.document,
                      sentence=told.sentence.text, a=f"{told.point}.{point}", earliest=e, latest=l,
                      rule=rule, confidence=conf)

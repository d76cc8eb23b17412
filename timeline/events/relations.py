"""Event-event links from cue words, and the tense default for events with no date.

=======================  =========================================  ===================
cue                      claim (X is the clause's event, Y the cue's)  rule
=======================  =========================================  ===================
N days/weeks after Y     start(X) - start(Y) = N (a week: 6..8)     ``relation:after-N``
after/following/since Y  start(X) >= end(Y)                          ``relation:after``
N days before Y          start(Y) - start(X) = N                     ``relation:before-N``
before/until Y           end(X) <= start(Y)                          ``relation:before``
ahead of Y               0 <= start(Y) - end(X) <= 14 (setting)      ``relation:ahead-of``
during/amid/while Y,     X inside Y                                  ``relation:during``
at / on the sidelines of
"Two days later, X"      start(X) - start(previous event) = 2        ``relation:later``
"A week earlier, X"      start(previous event) - start(X) = 6..8     ``relation:earlier``
=======================  =========================================  ===================

A statement and what it reports in the same sentence: a past-tense event
in the complement happened by the time it was told (``relation:reported-past``:
end(Y) <= start(say)); a future one after it (``relation:reported-future``).

A response ("Beijing responded ...", key ``respond``) with no cue of its own
starts after the previous sentence's event ends (``relation:response``).

"while" after a comma is contrast ("..., while the Republicans will retain ..."),
not time, and links nothing.
"""

from __future__ import annotations

import datetime as dt

from timeline.events.modality import UNDATED
from timeline.events.settings import EventSettings
from timeline.events.told import SentenceView, Told
from timeline.models import Constraint

NUMBERS = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fortnight": 1}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365,
         "years": 365, "fortnight": 14}
_AFTER = {("after",), ("following",), ("since",), ("later", "than")}
_BEFORE = {("before",), ("until",), ("till",), ("prior", "to")}
_AHEAD = {("ahead", "of"), ("in", "the", "run-up", "to")}
_DURING = {("during",), ("amid",), ("amidst",), ("while",), ("on", "the", "sidelines", "of"), ("at",)}
# The longest distance in days the calendar can hold (1 Jan 1 to 31 Dec 9999): a count beyond it is no
# date arithmetic ("2844812329262307380035584 months before the vote"), and the solver refuses it.
_LONGEST_DAYS = dt.date.max.toordinal() - 1


def duration_days(words: list[str], settings: EventSettings) -> tuple[int, int] | None:
    """Day bounds of "a week", "two days", "a few weeks" (the words before a cue).

    A count no calendar can hold gives nothing rather than an edge the solver must refuse:

    >>> duration_days(["a", "week"], EventSettings()), duration_days(["two", "days"], EventSettings())
    ((6, 8), (2, 2))
    >>> duration_days(["2844812329262307380035584", "months"], EventSettings()) is None
    True
    """
    if len(words) < 2 or words[-1] not in UNITS:
        return None
    unit, count = UNITS[words[-1]], words[-2]
    if words[-1] == "fortnight":
        return 13, 15
    if count in {"few", "several", "couple"}:
        return (2 * unit, 6 * unit) if count != "couple" else (2 * unit, 3 * unit)
    n = NUMBERS.get(count) or (int(count) if count.isdigit() else None)
    if n is None or n * unit > _LONGEST_DAYS:
        return None
    if unit == 1:
        return n, n
    slack = settings.week_slack_days * n if unit == 7 else (2 * n if unit == 30 else n)
    if unit == 30:
        return 28 * n, 31 * n
    return unit * n - slack, unit * n + slack


def _cue_at(words: list[str], i: int) -> tuple[str, int] | None:
    for kind, cues in (("after", _AFTER), ("before", _BEFORE), ("ahead", _AHEAD), ("during", _DURING)):
        for cue in sorted(cues, key=len, reverse=True):
            if tuple(words[i:i + len(cue)]) == cue:
                return kind, len(cue)
    return None


def _anchor(told: Told) -> int:
    t = told.trigger
    return min(i for i in (t.head, t.verb, t.noun, t.first) if i is not None)


def _dated(told: Told) -> bool:
    return told.trigger.modality not in UNDATED


def _constraint(x: Told, y: Told, kind: str, span: tuple[int, int] | None, view: SentenceView,
                settings: EventSettings, cue: str) -> list[Constraint]:
    conf = settings.relation_confidence * (settings.quoted_factor if "quoted" in
                                           (x.trigger.modality, y.trigger.modality) else 1.0)
    base = dict(document=view.document, sentence=view.text, confidence=round(conf, 3))
    if kind in {"after", "before"} and span is not None:
        first, second = (y, x) if kind == "after" else (x, y)
        return [Constraint(description=f"{x.label} {cue} {y.label} ({span[0]} to {span[1]} days)",
                           a=f"{first.point}.start", b=f"{second.point}.start", lo=span[0], hi=span[1],
                           rule=f"relation:{kind}-n", **base)]
    if kind == "after":
        return [Constraint(description=f"{x.label} {cue} {y.label}", a=f"{y.point}.end",
                           b=f"{x.point}.start", lo=0, rule="relation:after", **base)]
    if kind in {"before", "ahead"}:
        hi = settings.ahead_of_max_days if kind == "ahead" else None
        return [Constraint(description=f"{x.label} {cue} {y.label}" + (f" (within {hi} days)" if hi else ""),
                           a=f"{x.point}.end", b=f"{y.point}.start", lo=0, hi=hi,
                           rule=f"relation:{'ahead-of' if kind == 'ahead' else 'before'}", **base)]
    words = f"{x.label} {cue} {y.label}"
    return [Constraint(description=words, a=f"{y.point}.start", b=f"{x.point}.start", lo=0,
                       rule="relation:during", **base),
            Constraint(description=words, a=f"{x.point}.end", b=f"{y.point}.end", lo=0,
                       rule="relation:during", **base)]


def event_links(view: SentenceView, items: list[Told], settings: EventSettings) -> list[Constraint]:
    """Constraints between the events of one sentence, from the cue words between them.

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> text = "Pence's speech came a week after Trump accused China."
    >>> draft = extract_events(Document(id="d", source="d", text=text), DocumentTime(), [])
    >>> [(c.rule, c.a, c.b, c.lo, c.hi) for c in draft.constraints if c.rule.startswith('relation')]
    [('relation:after-n', 'd:e2.start', 'd:e1.start', 6, 8)]
    """
    words = [t.lower for t in view.tokens]
    out: list[Constraint] = []
    for i in range(len(words)):
        found = _cue_at(words, i)
        if found is None:
            continue
        kind, size = found
        if words[i] == "while" and i > 0 and words[i - 1] == ",":
            continue
        y = next((it for it in items if i + size <= _anchor(it) <= i + size + 6), None)
        if y is None or (words[i] == "at" and y.trigger.shape != "span"):
            continue
        x = _x_for(view, items, i, y)
        if x is None or not (_dated(x) and _dated(y)):
            continue
        span = duration_days(words[max(0, i - 3):i], settings) if kind in {"after", "before"} else None
        cue = " ".join(view.tokens[j].text for j in range(i, i + size))
        out.extend(_constraint(x, y, kind, span, view, settings, cue))
    return out


def _x_for(view: SentenceView, items: list[Told], i: int, y: Told) -> Told | None:
    """The event a cue at token ``i`` tells about: its clause's, or the main one for a fronted cue."""
    fronted = all(view.seg[j] == view.seg[i] for j in range(i)) and not any(
        _anchor(it) < i for it in items)
    if fronted:  # "During the meeting, X ...", "A week before the summit, X ..."
        later = [it for it in items if view.seg[_anchor(it)] > view.seg[_anchor(y)]
                 and it.trigger.verb is not None
                 and (it.trigger.cls != "noun" or it.trigger.verb < it.trigger.head)]
        return later[0] if later else None
    seg = view.seg[i]
    same = [it for it in items if it is not y and _anchor(it) < i and seg in it.segments()]
    if same:
        return same[-1]
    opening = [k for k in range(i) if view.seg[k] == seg]
    if opening and view.tokens[opening[0]].text == ",":  # "..., a day after the election"
        before = [it for it in items if it is not y and _anchor(it) < opening[0] and it.trigger.verb is not None]
        return before[-1] if before else None
    return None


def previous_links(view: SentenceView, items: list[Told], previous: Told | None,
                   settings: EventSettings) -> list[Constraint]:
    """"Two days later, X" / "The next day, X" / "A week earlier, X": X against the last event told.

    >>> import datetime as dt
    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> text = "Novak met Okafor on May 2. Two days later, Okafor visited Oslo."
    >>> draft = extract_events(Document(id="d", source="d", text=text), DocumentTime(), [])
    >>> [(c.rule, c.lo, c.hi) for c in draft.constraints if c.rule.startswith('relation')]
    [('relation:later', 2, 2)]
    """
    words = [t.lower for t in view.tokens[:6]]
    if previous is None:
        return []
    answer = next((it for it in items if it.trigger.verb is not None and _dated(it)), None)
    if answer is not None and "respond" in answer.trigger.keys and not any(
            w in words for w in ("later", "earlier", "before", "after")):
        return [Constraint(description=f"{answer.label} in response to {previous.label}",
                           document=view.document, sentence=view.text, a=f"{previous.point}.end",
                           b=f"{answer.point}.start", lo=0, rule="relation:response",
                           confidence=round(settings.relation_confidence * 0.8, 3))]
    if "," not in words:
        return []
    lead = words[:words.index(",")]
    x = next((it for it in items if it.trigger.verb is not None and _dated(it)), None)
    if x is None or not lead or lead[-1] not in {"later", "earlier"} and lead not in (
            ["the", "next", "day"], ["the", "following", "day"], ["the", "day", "before"]):
        return []
    if lead[-1] in {"later", "earlier"}:
        span = duration_days(lead[:-1], settings)
        direction = lead[-1]
    else:
        span, direction = (1, 1), "earlier" if lead[-1] == "before" else "later"
    if span is None:
        return []
    first, second = (previous, x) if direction == "later" else (x, previous)
    text = " ".join(view.tokens[j].text for j in range(len(lead)))
    return [Constraint(description=f"{x.label} ({text}) than {previous.label}", document=view.document,
                       sentence=view.text, a=f"{first.point}.start", b=f"{second.point}.start",
                       lo=span[0], hi=span[1], rule=f"relation:{direction}",
                       confidence=settings.relation_confidence)]


def lead_tokens(view: SentenceView) -> set[int]:
    """Tokens of a leading "Two days later," that the timex links must not read as a date.

    >>> from timeline.events.tokens import tokenize
    >>> from timeline.events.told import SentenceView
    >>> toks = tokenize("Two days later, he left.")
    >>> sorted(lead_tokens(SentenceView(document="d", text="", start=0, tokens=toks, seg=[0] * 6, timexes=[])))
    [0, 1, 2]
    """
    words = [t.lower for t in view.tokens[:6]]
    if "," in words and words[words.index(",") - 1:words.index(",")] in (["later"], ["earlier"], ["day"], ["before"]):
        return set(range(words.index(",")))
    return set()


def report_links(view: SentenceView, items: list[Told], settings: EventSettings) -> list[Constraint]:
    """"Peskov said Putin met Pence": the meeting came no later than the saying.

    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> draft = extract_events(Document(id="d", source="d", text="Peskov said Putin met Pence."),
    ...                        DocumentTime(), [])
    >>> [(c.rule, c.a, c.b) for c in draft.constraints if c.rule.startswith('relation')]
    [('relation:reported-past', 'd:e2.end', 'd:e1.start')]
    """
    out: list[Constraint] = []
    for say in items:
        if say.trigger.cls != "report" or say.trigger.modality not in {"asserted", "reported"}:
            continue
        for told in items:
            if told is say or told.trigger.cls == "noun" or told.trigger.modality in UNDATED:
                continue
            if told.trigger.tense == "past" and told.trigger.modality in {"reported", "quoted"}:
                out.append(Constraint(
                    description=f"{told.label} happened by the time {say.label}", document=view.document,
                    sentence=view.text, a=f"{told.point}.end", b=f"{say.point}.start", lo=0,
                    rule="relation:reported-past", confidence=round(settings.relation_confidence * 0.8, 3)))
            elif told.trigger.tense == "future" and _anchor(told) > _anchor(say):
                out.append(Constraint(
                    description=f"{told.label} is to come after {say.label}", document=view.document,
                    sentence=view.text, a=f"{say.point}.end", b=f"{told.point}.start", lo=0,
                    rule="relation:reported-future", confidence=round(settings.relation_confidence * 0.8, 3)))
    return out

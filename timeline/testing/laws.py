"""The laws a timeline must obey, as checks that return their violations (empty = lawful).

Each check is a pure function returning a list of readable problems, so it
works in a hypothesis test, a fuzz run or a notebook alike.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence

from timeline.models import Event, Timeline, Timex

_DATE_FIELDS = frozenset({"value", "earliest", "latest"})
_LEADING_YEAR = re.compile(r"^(\d{5,})")
_YMD = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?=$|T)")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_PART = re.compile(r"^(\d{4})-(Q|H)(\d)")


def span_problems(text: str, timexes: Sequence[Timex]) -> list[str]:
    """Spans outside ``text``, spans whose text differs from ``text[start:end]``, overlaps.

    >>> from timeline.models import Timex
    >>> t = Timex(text="Sunday", start=3, end=9, type="DATE", value="2018-11-18")
    >>> span_problems("On Sunday.", [t])
    []
    >>> span_problems("On Sunday.", [t, t])[0][:7]
    'overlap'
    """
    problems = []
    for t in timexes:
        if not 0 <= t.start <= t.end <= len(text):
            problems.append(f"span {t.start}:{t.end} outside a text of {len(text)} chars ({t.text!r})")
        elif text[t.start:t.end] != t.text:
            problems.append(f"span {t.start}:{t.end} is {text[t.start:t.end]!r}, timex says {t.text!r}")
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end:
            problems.append(f"overlap: {a.text!r} {a.start}:{a.end} and {b.text!r} {b.start}:{b.end}")
    return problems


def date_string_problem(value: str) -> str | None:
    """Why a TIMEX3 value or ISO date string names a day, week or quarter that does not exist.

    >>> date_string_problem("2018-02-30")
    'day 30 of 2018-02 does not exist'
    >>> date_string_problem("XXXX-11-15") is None
    True
    """
    if _LEADING_YEAR.match(value):
        return f"year {_LEADING_YEAR.match(value).group(1)} has more than four digits"
    if m := _YMD.match(value):
        y, mo = int(m.group(1)), int(m.group(2))
        if y == 0:
            return "year 0000 does not exist"
        if not 1 <= mo <= 12:
            return f"month {mo} does not exist"
        if m.group(3) is not None and not 1 <= int(m.group(3)) <= calendar.monthrange(y, mo)[1]:
            return f"day {int(m.group(3))} of {y:04d}-{mo:02d} does not exist"
    elif m := _WEEK.match(value):
        y, w = int(m.group(1)), int(m.group(2))
        if y == 0 or not 1 <= w <= dt.date(y, 12, 28).isocalendar()[1]:
            return f"week {w} of {y:04d} does not exist"
    elif m := _PART.match(value):
        if int(m.group(3)) not in ((1, 2, 3, 4) if m.group(2) == "Q" else (1, 2)):
            return f"{m.group(2)}{m.group(3)} does not exist"
    elif value.isdigit() and len(value) == 4 and int(value) == 0:
        return "year 0000 does not exist"
    return None


def impossible_dates(payload: Timeline | Mapping | str) -> list[str]:
    """Every ``value``/``earliest``/``latest`` in a timeline (or its JSON) naming no real date.

    >>> impossible_dates('{"timexes": [{"value": "2018-02-30"}, {"value": "2018-W46"}]}')
    ['timexes[0].value = 2018-02-30: day 30 of 2018-02 does not exist']
    """
    if isinstance(payload, Timeline):
        payload = payload.model_dump(mode="json")
    elif isinstance(payload, str):
        payload = json.loads(payload)
    return list(_walk(payload, ""))


def _walk(node: object, path: str) -> Iterable[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if key in _DATE_FIELDS and isinstance(value, str):
                problem = date_string_problem(value)
                if problem:
                    yield f"{where} = {value}: {problem}"
            else:
                yield from _walk(value, where)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, f"{path}[{i}]")


def match_events(events: Sequence[Event], truth: Mapping[str, dt.date]) -> dict[str, list[Event]]:
    """True key -> the rebuilt events whose label holds that key and no other.

    Labels naming two keys ("Okafor visited Oslo a week before the vote") are
    ambiguous and left out.

    >>> e = Event(id="e1", label="Novak visited Oslo")
    >>> list(match_events([e], {"Novak": dt.date(2018, 1, 1), "vote": dt.date(2018, 1, 2)}))
    ['Novak']
    """
    patterns = {k: re.compile(rf"\b{re.escape(k)}\b", re.IGNORECASE) for k in truth}
    found: dict[str, list[Event]] = {}
    for event in events:
        keys = [k for k, p in patterns.items() if p.search(event.label)]
        if len(keys) == 1:
            found.setdefault(keys[0], []).append(event)
    return found


def interval_problems(timeline: Timeline, truth: Mapping[str, dt.date]) -> list[str]:
    """Dated events whose interval does not contain their true date.

    >>> e = Event(id="e1", label="Novak visited Oslo", earliest=dt.date(2018, 1, 2))
    >>> interval_problems(Timeline(events=[e]), {"Novak": dt.date(2018, 1, 1)})
    ['Novak: true date 2018-01-01 outside [2018-01-02, None] (e1 "Novak visited Oslo")']
    """
    problems = []
    for key, events in sorted(match_events(timeline.events, truth).items()):
        day = truth[key]
        for e in events:
            if (e.earliest is not None and day < e.earliest) or (e.latest is not None and day > e.latest):
                problems.append(f"{key}: true date {day} outside [{e.earliest}, {e.latest}] "
                                f"({e.id} \"{e.label}\")")
    return problems


def order_problems(timeline: Timeline, truth: Mapping[str, dt.date]) -> list[str]:
    """Pairs of events listed against their true order although their intervals are disjoint.

    >>> a = Event(id="a", label="Novak", earliest=dt.date(2018, 1, 5), latest=dt.date(2018, 1, 5))
    >>> b = Event(id="b", label="Moreau", earliest=dt.date(2018, 1, 1), latest=dt.date(2018, 1, 1))
    >>> order_problems(Timeline(events=[a, b]), {"Novak": dt.date(2018, 1, 5), "Moreau": dt.date(2018, 1, 1)})
    ['Moreau (2018-01-01) is listed after Novak (2018-01-05)']
    """
    index = {e.id: i for i, e in enumerate(timeline.events)}
    pairs = [(k, e) for k, es in match_events(timeline.events, truth).items() for e in es]
    problems = []
    for k1, e1 in pairs:
        for k2, e2 in pairs:
            disjoint = e1.latest is not None and e2.earliest is not None and e1.latest < e2.earliest
            if truth[k1] < truth[k2] and disjoint and index[e1.id] > index[e2.id]:
                problems.append(f"{k1} ({truth[k1]}) is listed after {k2} ({truth[k2]})")
    return sorted(set(problems))


def timeline_problems(timeline: Timeline, texts: Mapping[str, str] | None = None) -> list[str]:
    """Every law a timeline of any input must obey, whatever the input was.

    No impossible date; and for each document id in ``texts`` (id -> its text):
    the document is in the report, its timexes have honest, non-overlapping spans,
    and its event mentions point inside it (:func:`mention_problems`).

    >>> from timeline.models import DocumentReport
    >>> timeline_problems(Timeline(documents=[DocumentReport(id="a", source="a.txt")]), {"a": "", "b": ""})
    ['document b is missing from the report']
    """
    problems = impossible_dates(timeline)
    reported = {d.id for d in timeline.documents}
    for doc_id, text in sorted((texts or {}).items()):
        if doc_id not in reported:
            problems.append(f"document {doc_id} is missing from the report")
        own = [t for t in timeline.timexes if t.document == doc_id]
        problems.extend(f"{doc_id}: {p}" for p in span_problems(text, own))
        problems.extend(f"{doc_id}: {p}" for p in mention_problems(text, doc_id, timeline.events))
    return problems


def mention_problems(text: str, document: str, events: Sequence[Event]) -> list[str]:
    """Mentions of ``document`` whose span leaves the text or whose sentence is not in it.

    >>> from timeline.models import Mention
    >>> m = Mention(document="a", sentence="Novak met Moreau.", start=6, end=9)
    >>> mention_problems("Novak met Moreau.", "a", [Event(id="e1", label="met", mentions=[m])])
    []
    >>> mention_problems("Novak", "a", [Event(id="e1", label="met", mentions=[m])])[0][:21]
    'mention 6:9 of e1 lea'
    """
    problems = []
    for event in events:
        for m in event.mentions:
            if m.document != document:
                continue
            if not 0 <= m.start <= m.end <= len(text):
                problems.append(f"mention {m.start}:{m.end} of {event.id} leaves a text of {len(text)} chars")
            elif m.sentence and text[m.start:m.end] not in m.sentence:
                problems.append(f"mention {m.start}:{m.end} of {event.id} ({text[m.start:m.end]!r}) "
                                f"is not in its sentence {m.sentence!r}")
            if m.sentence and m.sentence not in text:
                problems.append(f"sentence of {event.id} not in the text: {m.sentence!r}")
    return problems

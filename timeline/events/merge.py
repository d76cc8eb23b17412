"""The same event told by several articles made one (rule: :mod:`timeline.events.profile`).

>>> import datetime as dt
>>> from timeline.events import extract_events
>>> from timeline.models import Document, DocumentTime, Timex
>>> def draft(doc_id, text, day):
...     doc = Document(id=doc_id, source="x", text=text)
...     dct = DocumentTime(value=day.isoformat(), earliest=day, latest=day, basis="metadata")
...     return extract_events(doc, dct, []), dct
>>> a, da = draft("a", "Putin met Pence in Singapore.", dt.date(2018, 11, 16))
>>> b, db = draft("b", "Putin met Mike Pence in Singapore.", dt.date(2018, 11, 17))
>>> m = merge([b, a], {"a": da, "b": db})
>>> [(e.id, e.sources) for e in m.events]
[('a:e1', ['a', 'b'])]
"""

from __future__ import annotations

from timeline.events.draft import EventDraft, Merged
from timeline.events.fuse import FACTUAL, LOOK_BACK, UnionFind, _rename, drop_self
from timeline.events.profile import same_event
from timeline.models import Constraint, DocumentTime, Event


def _year_unknown(dct: DocumentTime | None) -> bool:
    return dct is None or dct.earliest is None or dct.latest is None or dct.earliest.year != dct.latest.year


def merge(drafts: list[EventDraft], dcts: dict[str, DocumentTime]) -> Merged:
    """Fuse the events of every draft that tell the same event; keep every constraint.

    >>> merge([], {}).events
    []
    """
    ordered = sorted(drafts, key=lambda d: d.document or (d.events[0].id if d.events else ""))
    events = [e for d in ordered for e in d.events]
    profiles = {eid: p for d in ordered for eid, p in d.profiles.items()}
    uf = UnionFind(len(events))
    members = {i: {e.sources[0]: {e.id}} for i, e in enumerate(events)}
    seen: dict[str, list[int]] = {}
    for j, ej in enumerate(events):
        keys = profiles[ej.id].keys if ej.id in profiles else ()
        candidates = sorted({i for k in keys for i in seen.get(k, [])[-LOOK_BACK:]})
        for k in keys:
            seen.setdefault(k, []).append(j)
        for i in candidates:
            ei = events[i]
            if ei.sources == ej.sources or uf.find(i) == uf.find(j):
                continue
            if ei.id in profiles and ej.id in profiles and same_event(profiles[ei.id], profiles[ej.id]):
                _join(uf, members, i, j)
    groups: dict[int, list[Event]] = {}
    for j, event in enumerate(events):
        groups.setdefault(uf.find(j), []).append(event)
    rename = {e.id: events[root].id for root, group in groups.items() for e in group}
    merged = [_one(group) for _, group in sorted(groups.items())]
    lasting = {events[root].id for root, group in groups.items()
               if any(profiles[e.id].span for e in group if e.id in profiles)}
    constraints = _dedupe_instants(drop_self([_rename(c, rename) for d in ordered for c in d.constraints]),
                                   lasting)
    return Merged(events=merged, constraints=constraints,
                  year_evidence=_year_evidence(groups, profiles, dcts))


def _dedupe_instants(constraints: list[Constraint], lasting: set[str]) -> list[Constraint]:
    """One ``event:instant`` per merged event, none when another source gives the event a span
    ("between 30 November and 1 December" in one article, "November 30" in another)."""
    seen: set[str] = set()
    out = []
    for c in constraints:
        if c.rule == "event:instant":
            event = (c.a or "").rsplit(".", 1)[0]
            if event in lasting or event in seen:
                continue
            seen.add(event)
        out.append(c)
    return out


def _join(uf: UnionFind, members: dict[int, dict[str, set[str]]], i: int, j: int) -> None:
    """Union, unless it would fuse two events one article keeps apart (no chaining through a third)."""
    a, b = uf.find(i), uf.find(j)
    if any(doc in members[b] and members[a][doc] != members[b][doc] for doc in members[a]):
        return
    uf.union(a, b)
    root, other = uf.find(a), (b if uf.find(a) == a else a)
    for doc, ids in members.pop(other).items():
        members[root].setdefault(doc, set()).update(ids)


def _one(group: list[Event]) -> Event:
    first = group[0]
    if len(group) == 1:
        return first
    return first.model_copy(update={
        "mentions": [m for e in group for m in e.mentions],
        "sources": sorted({s for e in group for s in e.sources}),
        "modality": min((e.modality for e in group), key=FACTUAL.index)})


# A shared event's year is the year of a yearless article's DCT only if the event is news where it is dated:
# told within this many days of that article's DCT ("campaigned since 2016" in a 2018 story is background)
NEWS_DAYS = 366


def _news(p, dct: DocumentTime | None) -> bool:
    """Whether profile ``p``'s (bounded) start lies within NEWS_DAYS of ``dct``, a known interval."""
    if dct is None or dct.earliest is None or dct.latest is None:
        return True
    return (dct.earliest - p.start[1]).days <= NEWS_DAYS and (p.start[0] - dct.latest).days <= NEWS_DAYS


def _year_evidence(groups: dict[int, list[Event]], profiles: dict, dcts: dict[str, DocumentTime]
                   ) -> dict[str, list[tuple[int, str]]]:
    evidence: dict[str, list[tuple[int, str]]] = {}
    for _, group in sorted(groups.items()):
        dated = []
        for e in group:
            p = profiles.get(e.id)
            # a start bounded on both sides: "since 2016" bounds it below only and names no year of the event
            years = {d.year for d in (*p.start, *p.end) if d is not None} if p and p.dated else set()
            known = not _year_unknown(dcts.get(e.sources[0]))
            if len(years) == 1 and (p.dated_by or known) and (not known or _news(p, dcts.get(e.sources[0]))):
                year = years.pop()
                dated.append((e.sources[0], year, f"{e.label} ({e.sources[0]}): {p.dated_by or ''}".strip()))
        for e in group:
            doc = e.sources[0]
            if _year_unknown(dcts.get(doc)):
                for source, year, text in dated:
                    if source != doc and (year, text) not in evidence.setdefault(doc, []):
                        evidence[doc].append((year, text))
    return {k: v for k, v in sorted(evidence.items()) if v}

"""Mentions of one event inside one article made one event, with ids ``<doc>:e<n>``.

Uses the merge rule of :mod:`timeline.events.profile`, plus definite
reference: "the meeting" is the latest earlier event with the key ``meet``.
"""

from __future__ import annotations

from timeline.events.draft import EventDraft
from timeline.events.instants import instants, spans
from timeline.events.settings import EventSettings
from timeline.events.profile import Profile, same_event, window
from timeline.events.told import Told
from timeline.models import Constraint, Event, Mention

#: From most to least factual: a fused event takes the most factual modality of its mentions.
FACTUAL = ("asserted", "reported", "future", "quoted", "hypothetical", "conditional", "negated")


#: How many earlier mentions with a shared key one mention is compared with (keeps long texts linear).
LOOK_BACK = 60


def profile_of(told: Told, constraints: list[Constraint], point: str | None = None) -> Profile:
    """The :class:`Profile` of one mention (``point`` defaults to its placeholder).
    """
    p = point or told.point
    return Profile(keys=told.trigger.keys, participants=told.participants, words=told.words,
                   speaker=told.speaker, fresh=told.trigger.fresh, negated=told.trigger.negated,
                   start=window(constraints, f"{p}.start"), end=window(constraints, f"{p}.end"))


def by_point(constraints: list[Constraint]) -> dict[str, list[Constraint]]:
    """Absolute constraints grouped by the event (``#k`` or id) they bound.

    >>> by_point([Constraint(description="x", a="e.start", latest=None)])
    {'e': [Constraint(description='x', document=None, sentence=None, a='e.start', b=None, lo=None, hi=None, earliest=None, latest=None, rule=None, confidence=1.0)]}
    """
    index: dict[str, list[Constraint]] = {}
    for c in constraints:
        if c.b is None and c.a:
            index.setdefault(c.a.rsplit(".", 1)[0], []).append(c)
    return index


class UnionFind:
    """Disjoint sets over ``0..n-1`` whose representative is the smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        self.parent[max(a, b)] = min(a, b)


def _groups(items: list[Told], constraints: list[Constraint]) -> list[list[Told]]:
    index = by_point(constraints)
    profiles = [profile_of(t, index.get(t.point, [])) for t in items]
    uf = UnionFind(len(items))
    nouns = [_noun_lemma(t) for t in items]
    seen: dict[str, list[int]] = {}
    for j, told in enumerate(items):
        candidates = sorted({i for k in told.trigger.keys for i in seen.get(k, [])[-LOOK_BACK:]})
        for k in told.trigger.keys:
            seen.setdefault(k, []).append(j)
        earlier = [i for i in candidates
                   if profiles[i].fresh == profiles[j].fresh and profiles[i].negated == profiles[j].negated]
        same_noun = [i for i in earlier if nouns[i] == nouns[j]] or [
            i for i in earlier if items[i].trigger.cls != "noun"]  # "the statement" -> "Pence expressed"
        if told.definite and not told.trigger.fresh and same_noun:
            uf.union(same_noun[-1], j)  # "the meeting": the last meeting told
            continue
        for i in earlier:
            if same_event(profiles[i], profiles[j], same_document=True):
                uf.union(i, j)
    for i, j in _talk_in_meetings(items, constraints):
        uf.union(i, j)
    groups: dict[int, list[Told]] = {}
    for j, told in enumerate(items):
        groups.setdefault(uf.find(j), []).append(told)
    return [groups[r] for r in sorted(groups)]


def _talk_in_meetings(items: list[Told], constraints: list[Constraint]) -> list[tuple[int, int]]:
    """"Putin explained Moscow's concerns to Pence during their meeting": what is said in a
    meeting is the meeting's content, one event with it."""
    where = {t.point: n for n, t in enumerate(items)}
    pairs = []
    for c in constraints:
        if c.rule != "relation:during" or c.b is None:
            continue
        inner, outer = where.get(c.b.split(".")[0]), where.get(c.a.split(".")[0])
        if inner is None or outer is None or not c.a.endswith(".start"):
            continue
        talk, meeting = items[inner].trigger, items[outer].trigger
        if (talk.cls == "report" or "explain" in talk.keys) and meeting.cls == "noun" and "meet" in meeting.keys:
            pairs.append((outer, inner))
    return pairs


def _noun_lemma(told: Told) -> str:
    """The event noun of a mention ("interview" of "said in an interview"), else its lemma."""
    t = told.trigger
    if t.noun is not None:
        word = told.sentence.tokens[t.noun].lower
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return t.lemma


def best_label(mentions: list[Told]) -> str:
    """The label of the mention that says most: a verb with its subject, asserted, not too short.

    >>> from timeline.events import extract_events
    >>> from timeline.models import Document, DocumentTime
    >>> text = "The meeting was brief. Putin met Pence in Singapore."
    >>> [e.label for e in extract_events(Document(id="d", source="d", text=text), DocumentTime(), []).events]
    ['Meeting', 'Putin met Pence in Singapore']
    """
    def score(t: Told) -> tuple:
        words = len(t.label.split())
        return (t.trigger.cls != "noun" or t.trigger.verb is not None and t.trigger.verb < t.trigger.head,
                not t.definite, t.speaker is not None or t.trigger.cls != "report",
                FACTUAL.index(t.trigger.modality) <= 1, 3 <= words, -t.k)
    return max(mentions, key=score).label


def fuse(doc_id: str, items: list[Told], constraints: list[Constraint],
         dct: tuple = (None, None), settings: EventSettings | None = None,
         days: dict[str, str] | None = None) -> EventDraft:
    """The draft of one document: fused events, constraints renamed to event ids, profiles.

    >>> fuse("d", [], []).events
    []
    """
    rename: dict[str, str] = {}
    events, profiles = [], {}
    groups = _groups(items, constraints)
    for n, group in enumerate(groups, 1):
        eid = f"{doc_id}:e{n}"
        for told in group:
            rename[told.point] = eid
        mentions = [Mention(document=doc_id, sentence=t.sentence.text,
                            start=t.sentence.tokens[t.trigger.first].start,
                            end=t.sentence.tokens[t.trigger.last].end) for t in group]
        modality = min((t.trigger.modality for t in group), key=FACTUAL.index)
        events.append(Event(id=eid, label=best_label(group), modality=modality, mentions=mentions,
                            sources=[doc_id]))
    renamed = [_rename(c, rename) for c in constraints]
    lasting = {e.id: any(t.trigger.shape == "span" for t in g) for e, g in zip(events, groups)}
    renamed += instants(events, lasting, renamed, settings or EventSettings())
    index = by_point(renamed)
    for event, group in zip(events, groups):
        profiles[event.id] = _group_profile(group, index.get(event.id, []), event.id).model_copy(
            update={"dct": dct, "span": spans(event.id, lasting[event.id], renamed),
                    "day": next((days[t.point] for t in group if t.point in (days or {})), None)})
    return EventDraft(document=doc_id, events=events, constraints=_dedupe(drop_self(renamed)),
                      profiles=profiles)


def drop_self(constraints: list[Constraint]) -> list[Constraint]:
    """Without links from a point to itself (two mentions of one link fused into one event).

    >>> drop_self([Constraint(description="x", a="e.start", b="e.start", lo=0)])
    []
    """
    return [c for c in constraints if c.b is None or c.a != c.b]


def _rename(c: Constraint, rename: dict[str, str]) -> Constraint:
    def one(point: str | None) -> str | None:
        if point is None:
            return None
        head, _, tail = point.partition(".")
        return f"{rename.get(head, head)}.{tail}"
    return c.model_copy(update={"a": one(c.a), "b": one(c.b)})


def _dedupe(constraints: list[Constraint]) -> list[Constraint]:
    seen, out = set(), []
    for c in constraints:
        key = c.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _group_profile(group: list[Told], constraints: list[Constraint], eid: str) -> Profile:
    first = profile_of(group[0], constraints, eid)
    return first.model_copy(update={
        "keys": tuple(dict.fromkeys(k for t in group for k in t.trigger.keys)),
        "participants": frozenset().union(*(t.participants for t in group)),
        "words": frozenset().union(*(t.words for t in group)),
        "speaker": next((t.speaker for t in group if t.speaker), None),
        "negated": all(t.trigger.negated for t in group),
        "dated_by": next((c.sentence for c in constraints if c.a and c.a.startswith(eid + ".")
                          and c.rule and c.rule.startswith("timex:")), None)})

"""What the merge compares: keys, participants, content words, speaker and dates.

The rule (docs/events.md): two mentions tell the same event when

1. they share a merge key (``meet`` for met / meeting / talks ...), neither is
   negated alone, and, in one article, "next"/"another"/"again" is on both or
   on neither;
2. their dates can agree: for the start and for the end, the day bounds their
   constraints give overlap;
3. the named agents (subjects) are the same, or each takes part in the other
   ("Putin met Pence" = "Pence met Putin"; Haddad's sanctions are not Tanaka's);
4. and the words agree: the same named speaker of a statement; or two shared
   names (Putin, Pence, G20, Argentina); or one shared name and one shared
   content word. A definite reference ("the meeting", "the election in
   question") in the same article is the latest earlier event with its key.
5. across articles, a mention with no date of its own is taken to lie within
   ``PLAUSIBLE_DAYS`` of its article's DCT; two events that share a
   distinctive content word ("midterm") and no name merge only when both are
   dated and their dates overlap.

A shared date alone never fuses anything.

>>> p = Profile(keys=("meet",), participants=frozenset({"putin", "pence"}))
>>> q = Profile(keys=("meet",), participants=frozenset({"putin", "pence", "singapore"}))
>>> same_event(p, q), same_event(p, Profile(keys=("summit",), participants=p.participants))
(True, False)
"""

from __future__ import annotations

import datetime as dt

from timeline.days import shift_clamped
from timeline.models import Constraint, Frozen

#: Words too common in news to show two mentions tell one event (nationalities, roles, "relations").
GENERIC = frozenset("brief recent next meeting summit talks said statement event new last leaders two "
                    "president presidents countries country leader russian american chinese us u.s. "
                    "russia america relation relations vice minister official officials".split())


PLAUSIBLE_DAYS = 400


class Profile(Frozen):
    """One event (or mention) as the merge sees it."""

    keys: tuple[str, ...]
    participants: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    speaker: str | None = None  # the named agent: a statement's speaker, a verb's subject
    fresh: bool = False
    negated: bool = False
    start: tuple[dt.date | None, dt.date | None] = (None, None)
    end: tuple[dt.date | None, dt.date | None] = (None, None)
    dated_by: str | None = None
    day: str | None = None  # "MM-DD" of a yearless day that dates it ("November 6", year unknown)
    span: bool = False  # it may last (lasting noun, or a span the text gives): never made an instant
    dct: tuple[dt.date | None, dt.date | None] = (None, None)

    @property
    def dated(self) -> bool:
        """True when its constraints bound the start on both sides."""
        return self.start[0] is not None and self.start[1] is not None

    def plausible(self) -> tuple[dt.date | None, dt.date | None]:
        """Its start window, or, undated, the DCT give or take ``PLAUSIBLE_DAYS``."""
        if self.dated or self.dct[0] is None or self.dct[1] is None:
            return self.start
        return shift_clamped(self.dct[0], -PLAUSIBLE_DAYS), shift_clamped(self.dct[1], PLAUSIBLE_DAYS)


def _overlap(p: tuple[dt.date | None, dt.date | None], q: tuple[dt.date | None, dt.date | None]) -> bool:
    lo = max((d for d in (p[0], q[0]) if d is not None), default=None)
    hi = min((d for d in (p[1], q[1]) if d is not None), default=None)
    return lo is None or hi is None or lo <= hi


def compatible(p: Profile, q: Profile) -> bool:
    """True when the two day windows of start and end can agree.

    >>> d = dt.date
    >>> compatible(Profile(keys=(), start=(d(2018, 11, 15), d(2018, 11, 15))),
    ...            Profile(keys=(), start=(d(2018, 11, 1), d(2018, 11, 30))))
    True
    """
    return _overlap(p.start, q.start) and _overlap(p.end, q.end) and _days_agree(p, q)


def _days_agree(p: Profile, q: Profile) -> bool:
    """Yearless days: equal when both have one, else each fits the other's window (start to end)."""
    if p.day and q.day:
        return p.day == q.day
    return fits(p.day, (q.start[0], q.end[1])) and fits(q.day, (p.start[0], p.end[1]))


def fits(day: str | None, window: tuple[dt.date | None, dt.date | None]) -> bool:
    """True when the yearless ``MM-DD`` falls inside ``window`` in some year (or cannot be ruled out).

    >>> d = dt.date
    >>> fits("11-06", (d(2018, 1, 1), d(2018, 12, 31))), fits("11-06", (d(2018, 11, 15), d(2018, 11, 30)))
    (True, False)
    """
    lo, hi = window
    if day is None or lo is None or hi is None:
        return True
    month, dom = (int(x) for x in day.split("-"))
    for year in range(lo.year, min(hi.year, lo.year + 400) + 1):
        try:
            if lo <= dt.date(year, month, dom) <= hi:
                return True
        except ValueError:
            continue  # 29 February of a common year
    return False


def _placed(p: Profile) -> bool:
    """Dated, or dated by a yearless day (fitted against the other's window by :func:`compatible`)."""
    return p.dated or p.day is not None


def same_event(p: Profile, q: Profile, *, same_document: bool = False) -> bool:
    """The merge rule of the module doc.

    >>> a = Profile(keys=("say",), speaker="peskov", start=(dt.date(2018, 11, 18), dt.date(2018, 11, 18)))
    >>> same_event(a, a.model_copy(update={"speaker": "putin"}))
    False
    """
    if not set(p.keys) & set(q.keys) or p.negated != q.negated:
        return False
    if same_document and p.fresh != q.fresh:
        return False  # "the next meeting" is not the meeting told before; across articles it may be
    if not compatible(p, q):
        return False
    if not same_document and not _overlap(p.plausible(), q.plausible()):
        return False
    if p.speaker and q.speaker and not (p.speaker == q.speaker or (
            p.speaker in q.participants and q.speaker in p.participants)):
        return False  # Haddad's sanctions are not Tanaka's; "Putin met Pence" is "Pence met Putin"
    if p.speaker and q.speaker and "say" in set(p.keys) & set(q.keys):
        if p.speaker != q.speaker:
            return False  # two speakers: two statements, whatever names they share
        return same_document or (p.start[1] is not None and q.start[1] is not None)
    people = p.participants & q.participants
    if "say" in set(p.keys) & set(q.keys):
        people -= {p.speaker, q.speaker}  # the one speaker named is no evidence against another
    words = (p.words & q.words) - GENERIC - people
    if len(people) >= 2 or (len(people) >= 1 and len(words) >= 1):
        return True
    return not (p.participants and q.participants) and len(words) >= 1 and _placed(p) and _placed(q) \
        and (p.dated or q.dated)


def window(constraints: list[Constraint], point: str) -> tuple[dt.date | None, dt.date | None]:
    """The day bounds the absolute constraints on ``point`` give together.

    >>> c = Constraint(description="x", a="e.start", earliest=dt.date(2018, 10, 1), latest=dt.date(2018, 10, 31))
    >>> window([c], "e.start")
    (datetime.date(2018, 10, 1), datetime.date(2018, 10, 31))
    """
    lo = max((c.earliest for c in constraints if c.a == point and c.b is None and c.earliest), default=None)
    hi = min((c.latest for c in constraints if c.a == point and c.b is None and c.latest), default=None)
    return lo, hi

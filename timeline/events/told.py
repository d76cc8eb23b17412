"""Stage-private records: a sentence as the rules read it, and one event mention in it."""

from __future__ import annotations

import datetime as dt

from timeline.events.tokens import Token
from timeline.events.triggers import Trigger
from timeline.models import Frozen, Timex


class SentenceView(Frozen):
    """A sentence's tokens, clause numbers and the timexes inside it (token ranges)."""

    document: str
    text: str
    start: int
    tokens: list[Token]
    seg: list[int]
    timexes: list[tuple[int, int, Timex]]

    def timex_tokens(self) -> set[int]:
        """Indexes of tokens inside a timex."""
        return {i for a, b, _ in self.timexes for i in range(a, b + 1)}


class Told(Frozen):
    """One event mention: its trigger, label and the words the merge compares."""

    k: int
    trigger: Trigger
    label: str
    sentence: SentenceView
    participants: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    speaker: str | None = None
    definite: bool = False

    @property
    def point(self) -> str:
        """The placeholder point prefix ``#k`` renamed to the event id after fusion."""
        return f"#{self.k}"

    def segments(self) -> set[int]:
        """Clause numbers of the trigger's words."""
        t = self.trigger
        return {self.sentence.seg[i] for i in (t.head, t.verb, t.noun) if i is not None}


def fmt_days(earliest: dt.date | None, latest: dt.date | None) -> str:
    """Readable interval: ``15 Nov 2018`` or ``1 Oct 2018 to 31 Oct 2018``.

    >>> fmt_days(dt.date(2018, 11, 15), dt.date(2018, 11, 15))
    '15 Nov 2018'
    """
    def one(d: dt.date | None) -> str:
        return d.strftime("%-d %b %Y") if d else "open"
    return one(earliest) if earliest == latest else f"{one(earliest)} to {one(latest)}"

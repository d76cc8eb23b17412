"""A hand-built timeline with every date form, shared by the render tests."""

from __future__ import annotations

import datetime as dt

from timeline.models import (Conflict, Constraint, DocumentReport, DocumentTime, Event, Mention,
                             Timeline, Timex)

D = dt.date
TEXT_A = "MOSCOW, November 19. Putin met Pence on November 15 in Singapore. Talks failed."
TEXT_B = "Trump won the election on November 8, 2016. Peskov spoke in October 2018."


def day_event(eid: str, label: str, day: dt.date, doc: str = "a", certain: bool = True, **kw) -> Event:
    return Event(id=eid, label=label, earliest=day, latest=day, granularity="day", certain=certain,
                 sources=[doc], **kw)


def sample_timeline() -> Timeline:
    """Events of each date form, a conflict, a skipped document and an undated event."""
    dct_a = DocumentTime(value="2018-11-19", earliest=D(2018, 11, 19), latest=D(2018, 11, 19),
                         basis="metadata", evidence=["published: 2018-11-19"])
    dct_b = DocumentTime(value="2018-10", earliest=D(2018, 10, 1), latest=D(2018, 10, 31),
                         basis="inferred", evidence=["latest date mentioned: October 2018"])
    met = Mention(document="a", sentence="Putin met Pence on November 15 in Singapore.", start=TEXT_A.index("met"), end=TEXT_A.index("met") + 3)
    events = [
        day_event("e1", "Trump won the election", D(2016, 11, 8), "b"),
        Event(id="e2", label="Sanctions were in force", earliest=D(2016, 1, 1), latest=D(2016, 12, 31),
              granularity="year", certain=True, sources=["b"]),
        Event(id="e3", label="Peskov spoke", earliest=D(2018, 10, 1), latest=D(2018, 10, 31),
              granularity="month", certain=True, sources=["b"]),
        Event(id="e4", label="Talks in *Paris*", earliest=D(2018, 11, 12), latest=D(2018, 11, 18),
              certain=False, sources=["a", "b"]),
        day_event("e5", "Putin met Pence", D(2018, 11, 15), "a", mentions=[met]),
        Event(id="e6", label="Talks failed", latest=D(2018, 11, 18), certain=False, sources=["a"]),
        Event(id="e7", label="G20 summit", earliest=D(2018, 11, 30), latest=D(2018, 12, 1),
              granularity="day", certain=True, sources=["a"]),
        Event(id="e8", label="Relations will improve", earliest=D(2019, 10, 3), certain=False,
              sources=["a"]),
        Event(id="e9", label="Peskov commented", sources=["a"]),
    ]
    conflict = Conflict(message="Putin met Pence both before and after the G20 summit", constraints=[
        Constraint(description="e5 before e7", document="a", sentence="They met before the summit.",
                   a="e5.end", b="e7.start", lo=1),
        Constraint(description="e7 before e5", document="b", sentence="After the summit they met.",
                   a="e7.end", b="e5.start", lo=1)])
    docs = [DocumentReport(id="a", source="feed.jsonl", title="Putin & Pence", dct=dct_a),
            DocumentReport(id="b", source="b.txt", dct=dct_b),
            DocumentReport(id="c", source="c.bin", status="skipped", problems=["binary file"])]
    timex = Timex(document="a", text="November 15", start=TEXT_A.index("November 15"), end=TEXT_A.index("November 15") + 11, type="DATE", value="2018-11-15",
                  earliest=D(2018, 11, 15), latest=D(2018, 11, 15), granularity="day")
    return Timeline(title="Russia & US", documents=docs, events=events, timexes=[timex],
                    conflicts=[conflict])

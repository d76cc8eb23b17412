"""The Markdown timeline: what a newsroom pastes into a brief.

Layout: a title and a one-line summary; ``## YYYY`` and ``### Month YYYY``
sections with one bullet per event (its date in bold at its true granularity,
``≈`` before it when its place in the order is only estimated, the label, and
``[n]`` references into Sources); then ``## Undated``, ``## Conflicts`` and
``## Sources``. An event is filed under the month of its earliest date (of its
latest when only that is known); an event dated by whole years is listed under
the year heading itself, before the months.
"""

from __future__ import annotations

import re
from collections import defaultdict

from timeline.models import Conflict, DocumentReport, Event, Timeline
from timeline.render.dates import describe, month_heading, month_key, whole_years

ESTIMATED = "≈"
# How an event that is not a plain past fact is flagged after its label. A negated
# event is not flagged: its label carries the negation ("has never meddled").
MODALITY_NOTE = {"future": "expected", "conditional": "conditional", "hypothetical": "hypothetical",
                 "negated": "negated"}
BASIS = {"metadata": "from its metadata", "dateline": "from its dateline",
         "inferred": "inferred from its text", "unknown": "not found"}
# Intraword underscores ("000_2d25") and a "#" inside a word ("#MeToo") are not
# markup in CommonMark, so they stay as written; everything else that is gets escaped.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|#(?=\s|$)|^#")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """Text made inert in Markdown: whitespace collapsed, markup characters escaped.

    >>> escape("a *bold* [claim]")
    'a \\\\*bold\\\\* \\\\[claim\\\\]'
    """
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), _SPACES.sub(" ", text).strip())


def source_numbers(documents: list[DocumentReport]) -> dict[str, int]:
    """Reference number of each document id, in the order of the Sources section.

    >>> from timeline.models import DocumentReport
    >>> source_numbers([DocumentReport(id="a", source="a.txt"), DocumentReport(id="b", source="b.txt")])
    {'a': 1, 'b': 2}
    """
    numbers: dict[str, int] = {}
    for doc in documents:
        numbers.setdefault(doc.id, len(numbers) + 1)
    return numbers


def references(event: Event, numbers: dict[str, int]) -> str:
    """``[1][3]`` for the documents an event comes from (unknown ids spelt out)."""
    refs = [f"[{numbers[s]}]" if s in numbers else f"({escape(s)})" for s in event.sources]
    return "".join(refs)


def event_date(event: Event) -> str:
    """An event's date as it reads in the timeline.

    >>> import datetime as dt
    >>> event_date(Event(id="e1", label="x", earliest=dt.date(2018, 10, 1),
    ...                  latest=dt.date(2018, 10, 31), granularity="month"))
    'Oct 2018'
    """
    return describe(event.earliest, event.latest, event.granularity)


def event_line(event: Event, numbers: dict[str, int]) -> str:
    """One bullet: ``- ≈ **15 Nov 2018** — label [1][2]``."""
    marker = "" if event.certain else f"{ESTIMATED} "
    return f"- {marker}**{event_date(event)}** — {_label_refs(event, numbers)}"


def _label_refs(event: Event, numbers: dict[str, int]) -> str:
    """``label _(expected)_ [1][2]``."""
    note = MODALITY_NOTE.get(event.modality)
    refs = references(event, numbers)
    return escape(event.label) + (f" _({note})_" if note else "") + (f" {refs}" if refs else "")


def _is_year_level(event: Event) -> bool:
    return (event.earliest is not None and event.latest is not None
            and event.earliest != event.latest and whole_years(event.earliest, event.latest))


def _dated_sections(events: list[Event], numbers: dict[str, int]) -> list[str]:
    """``## YYYY`` / ``### Month YYYY`` sections, chronological, events in timeline order."""
    by_year: dict[int, list[Event]] = defaultdict(list)
    by_month: dict[tuple[int, int], list[Event]] = defaultdict(list)
    for event in events:
        key = month_key(event.earliest, event.latest)
        if key is None:
            continue
        if _is_year_level(event):
            by_year[key[0]].append(event)
        else:
            by_month[key].append(event)
    lines: list[str] = []
    for year in sorted(set(by_year) | {y for y, _ in by_month}):
        lines += [f"## {year}", ""]
        if by_year[year]:
            lines += [event_line(e, numbers) for e in by_year[year]] + [""]
        for (y, month) in sorted(k for k in by_month if k[0] == year):
            lines += [f"### {month_heading(y, month)}", ""]
            lines += [event_line(e, numbers) for e in by_month[(y, month)]] + [""]
    return lines


def _undated_section(events: list[Event], numbers: dict[str, int]) -> list[str]:
    undated = [e for e in events if e.earliest is None and e.latest is None]
    if not undated:
        return []
    lines = ["## Undated", ""]
    lines += [f"- {_label_refs(event, numbers)}" for event in undated]
    return lines + [""]


def _conflict_lines(index: int, conflict: Conflict, numbers: dict[str, int]) -> list[str]:
    lines = [f"{index}. {escape(conflict.message)}"]
    for constraint in conflict.constraints:
        where = ""
        if constraint.document is not None:
            ref = f"[{numbers[constraint.document]}] " if constraint.document in numbers else ""
            where = f" ({ref}{escape(constraint.document)})"
        said = f"“{escape(constraint.sentence)}” — " if constraint.sentence else ""
        lines.append(f"   - {said}{escape(constraint.description)}{where}")
    return lines


def _conflicts_section(conflicts: list[Conflict], numbers: dict[str, int]) -> list[str]:
    if not conflicts:
        return []
    lines = ["## Conflicts", ""]
    for i, conflict in enumerate(conflicts, 1):
        lines += _conflict_lines(i, conflict, numbers)
    return lines + [""]


def source_line(doc: DocumentReport) -> str:
    """A document as listed in Sources: title, id and source, then its DCT or why it was skipped.

    >>> from timeline.models import DocumentReport
    >>> source_line(DocumentReport(id="a", source="a.txt", status="skipped", problems=["empty"]))
    '**a** (a.txt) — skipped: empty'
    """
    head = f"**{escape(doc.title)}** — {escape(doc.id)}" if doc.title else f"**{escape(doc.id)}**"
    head += f" ({escape(doc.source)})"
    if doc.status == "skipped":
        return f"{head} — skipped: {escape('; '.join(doc.problems) or 'no reason given')}"
    dct = doc.dct
    if dct.earliest is None and dct.latest is None:
        when = "DCT unknown"
    else:
        when = f"DCT {describe(dct.earliest, dct.latest)}"
        if dct.value and dct.earliest != dct.latest:  # a window: its TIMEX3 value says how it was stated
            when += f" ({escape(dct.value)})"
    when += f", {BASIS.get(dct.basis, dct.basis)}"
    if dct.evidence:
        when += f": {escape('; '.join(dct.evidence))}"
    problems = f" Problems: {escape('; '.join(doc.problems))}." if doc.problems else ""
    return f"{head} — {when}.{problems}"


def _sources_section(documents: list[DocumentReport]) -> list[str]:
    lines = ["## Sources", ""]
    if not documents:
        return lines + ["No documents.", ""]
    return lines + [f"{i}. {source_line(d)}" for i, d in enumerate(documents, 1)] + [""]


def summary(timeline: Timeline) -> str:
    """The one-line summary under the title.

    >>> summary(Timeline())
    '0 documents (0 skipped), 0 events, 0 conflicts.'
    """
    skipped = sum(d.status == "skipped" for d in timeline.documents)
    n_docs, n_events, n_conf = len(timeline.documents), len(timeline.events), len(timeline.conflicts)
    text = (f"{n_docs} document{'s' * (n_docs != 1)} ({skipped} skipped), "
            f"{n_events} event{'s' * (n_events != 1)}, {n_conf} conflict{'s' * (n_conf != 1)}.")
    if any(not e.certain for e in timeline.events if e.earliest or e.latest):
        text += f" {ESTIMATED} marks an event whose place in the order is only estimated."
    return text


def render_markdown(timeline: Timeline) -> str:
    """The timeline as Markdown.

    Examples
    --------
    >>> import datetime as dt
    >>> from timeline.models import DocumentReport, Event, Timeline
    >>> t = Timeline(title="Talks", documents=[DocumentReport(id="a", source="a.txt")],
    ...              events=[Event(id="e1", label="Putin met Pence", earliest=dt.date(2018, 11, 15),
    ...                            latest=dt.date(2018, 11, 15), certain=True, sources=["a"])])
    >>> print(render_markdown(t).splitlines()[8])
    - **15 Nov 2018** — Putin met Pence [1]
    """
    numbers = source_numbers(timeline.documents)
    lines = [f"# {escape(timeline.title)}", "", summary(timeline), ""]
    lines += _dated_sections(timeline.events, numbers)
    lines += _undated_section(timeline.events, numbers)
    lines += _conflicts_section(timeline.conflicts, numbers)
    lines += _sources_section(timeline.documents)
    return "\n".join(lines).rstrip("\n") + "\n"

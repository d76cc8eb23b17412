"""ISO-TimeML output: one ``.tml`` file per document, as TempEval-3 (TBAQ) lays them out.

Each file holds the DCT as ``<TIMEX3 tid="t0" functionInDocument="CREATION_TIME">``,
the original text with ``TIMEX3`` and ``EVENT`` tags inline at their offsets,
one ``MAKEINSTANCE`` per ``EVENT``, and ``TLINK``s that the solved bounds prove:
event to DCT, event to a timex of its sentence that contains it, consecutive
events of the document in timeline order (``BEFORE`` only when the bounds say
so), and ``IDENTITY`` between two mentions of one merged event. A tag whose span
is out of range, does not match its text or overlaps an earlier tag is left out
rather than corrupting the text.
"""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape as _xml_escape, quoteattr

from timeline.models import Document, DocumentTime, Event, Timex

HEADER = ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n')
Interval = tuple[dt.date | None, dt.date | None]
# Characters XML 1.0 cannot carry at all: blanked one for one, so offsets stay true.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    r"""XML-escape text; a carriage return becomes ``&#13;`` so parsers do not fold it away.

    >>> escape("a<b\r\n\x0c")
    'a&lt;b&#13;\n '
    """
    return _xml_escape(_ILLEGAL.sub(" ", text), {"\r": "&#13;"})


def _attrs(**values: object) -> str:
    return "".join(f" {k}={quoteattr(str(v))}" for k, v in values.items() if v is not None)


def _dct_tag(dct: DocumentTime) -> str:
    value = dct.value or "XXXX-XX-XX"
    body = escape(dct.value or "unknown")
    return (f"<DCT><TIMEX3{_attrs(tid='t0', type='DATE', value=value, temporalFunction='false', functionInDocument='CREATION_TIME')}>"
            f"{body}</TIMEX3></DCT>")


def _timex_tags(text: str, timexes: list[Timex]) -> list[tuple[int, int, str, str, Interval]]:
    tags = []
    for n, timex in enumerate(sorted(timexes, key=lambda t: (t.start, t.end)), 1):
        if timex.end > len(text) or timex.end <= timex.start or text[timex.start:timex.end] != timex.text:
            continue
        open_tag = "<TIMEX3" + _attrs(tid=f"t{n}", type=timex.type, value=timex.value, mod=timex.mod,
                                      temporalFunction="false", functionInDocument="NONE") + ">"
        tags.append((timex.start, timex.end, open_tag, f"t{n}", (timex.earliest, timex.latest)))
    return tags


def _event_mentions(document: Document, events: list[Event]) -> list[tuple[int, int, Event]]:
    """Every in-range mention of an event in this document, by offset."""
    found = []
    for event in events:
        for m in event.mentions:
            if m.document == document.id and 0 <= m.start < m.end <= len(document.text):
                found.append((m.start, m.end, event))
    return sorted(found, key=lambda x: (x[0], x[1]))


def _drop_overlaps(spans: list[tuple]) -> list[tuple]:
    """Keep spans that do not overlap an earlier kept one (earlier start, shorter, timex on a tie)."""
    kept, last_end = [], 0
    for span in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
        if span[0] >= last_end:
            kept.append(span)
            last_end = span[1]
    return kept


def _inline(text: str, spans: list[tuple]) -> str:
    out, pos = [], 0
    for start, end, _kind, open_tag, close_tag in spans:
        out += [escape(text[pos:start]), open_tag, escape(text[start:end]), close_tag]
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _relation(a: Interval, b: Interval) -> str | None:
    """The TimeML relation of interval ``a`` to ``b`` that their bounds prove, if any."""
    (a0, a1), (b0, b1) = a, b
    if a1 is not None and b0 is not None and a1 < b0:
        return "BEFORE"
    if a0 is not None and b1 is not None and a0 > b1:
        return "AFTER"
    if None not in (a0, a1, b0, b1) and b0 <= a0 and a1 <= b1:
        return "IS_INCLUDED"
    return None


class _Links:
    """Collects TLINK lines with running ids."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, rel: str | None, **ends: str) -> None:
        if rel is not None:
            self.lines.append(f"<TLINK{_attrs(lid=f'l{len(self.lines) + 1}', relType=rel, **ends)}/>")


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    """Rough sentence bounds around an offset (blank line or period-space), for timex links."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", start), text.find("\n", start)) if i != -1]
    return left + 1, min(right_candidates, default=len(text))


def write_timeml(document: Document, dct: DocumentTime, timexes: list[Timex], events: list[Event]) -> str:
    """One document as an ISO-TimeML string.

    Parameters
    ----------
    document
        The document; its ``text`` is written unchanged between the tags.
    dct
        Its creation time (``t0``).
    timexes
        Its timexes, offsets into ``document.text``.
    events
        The timeline's events in timeline order; those with a mention in this document are tagged.

    Examples
    --------
    >>> import datetime as dt
    >>> from timeline.models import Document, DocumentTime, Event, Mention
    >>> doc = Document(id="d", source="d.txt", text="They met.")
    >>> ev = Event(id="e1", label="met", earliest=dt.date(2018, 11, 15), latest=dt.date(2018, 11, 15),
    ...            mentions=[Mention(document="d", sentence="They met.", start=5, end=8)])
    >>> day = dt.date(2018, 11, 19)
    >>> xml = write_timeml(doc, DocumentTime(value="2018-11-19", earliest=day, latest=day), [], [ev])
    >>> '<EVENT eid="e1" class="OCCURRENCE">met</EVENT>' in xml
    True
    """
    text = document.text
    t_tags = _timex_tags(text, timexes)
    mentions = _event_mentions(document, events)
    spans = [(s, e, 0, open_tag, "</TIMEX3>") for s, e, open_tag, _tid, _iv in t_tags]
    spans += [(s, e, 1, f"<EVENT{_attrs(eid=f'e{i}', **{'class': 'OCCURRENCE'})}>", "</EVENT>")
              for i, (s, e, _ev) in enumerate(mentions, 1)]
    kept = _drop_overlaps(spans)
    kept_keys = {(s, e, kind) for s, e, kind, _o, _c in kept}
    instances, links = [], _Links()
    first_instance: dict[str, str] = {}
    tagged_events: list[tuple[str, Event, int]] = []
    for i, (s, e, event) in enumerate(mentions, 1):
        if (s, e, 1) not in kept_keys:
            continue
        polarity = "NEG" if event.modality == "negated" else "POS"
        instances.append(f"<MAKEINSTANCE{_attrs(eventID=f'e{i}', eiid=f'ei{i}', tense='NONE', aspect='NONE', polarity=polarity, pos='UNKNOWN')}/>")
        if event.id in first_instance:
            links.add("IDENTITY", eventInstanceID=f"ei{i}", relatedToEventInstance=first_instance[event.id])
        else:
            first_instance[event.id] = f"ei{i}"
            tagged_events.append((f"ei{i}", event, s))
    _link_events(text, dct, tagged_events, [t for t in t_tags if (t[0], t[1], 0) in kept_keys], events, links)
    body = _inline(text, kept)
    title = f"<TITLE>{escape(document.title)}</TITLE>\n\n" if document.title else ""
    return (HEADER + f"\n<DOCID>{escape(document.id)}</DOCID>\n\n{_dct_tag(dct)}\n\n{title}"
            f"<TEXT>{body}</TEXT>\n\n" + "".join(f"{x}\n" for x in instances + links.lines) + "\n</TimeML>\n")


def _link_events(text: str, dct: DocumentTime, tagged: list[tuple[str, Event, int]],
                 t_tags: list[tuple], order: list[Event], links: _Links) -> None:
    dct_iv = (dct.earliest, dct.latest)
    for eiid, event, start in tagged:
        iv = (event.earliest, event.latest)
        links.add(_relation(iv, dct_iv), eventInstanceID=eiid, relatedToTime="t0")
        lo, hi = _sentence_of(text, start)
        for t_start, _t_end, _open, tid, t_iv in t_tags:
            if lo <= t_start < hi and _relation(iv, t_iv) == "IS_INCLUDED":
                links.add("IS_INCLUDED", eventInstanceID=eiid, relatedToTime=tid)
    rank = {e.id: n for n, e in enumerate(order)}
    chain = sorted(tagged, key=lambda x: rank.get(x[1].id, len(rank)))
    for (ei_a, a, _sa), (ei_b, b, _sb) in zip(chain, chain[1:]):
        rel = _relation((a.earliest, a.latest), (b.earliest, b.latest))
        if rel == "BEFORE":
            links.add(rel, eventInstanceID=ei_a, relatedToEventInstance=ei_b)

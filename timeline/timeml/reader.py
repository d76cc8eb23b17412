"""Read TimeML (``.tml``) files such as the TempEval-3 TBAQ-cleaned corpus.

The reader keeps what the benchmarks and the event stage need: the plain text
of ``<TEXT>`` with every tag removed, the TIMEX3 and EVENT annotations as
offsets into that text, the MAKEINSTANCE attributes folded into their event,
and the TLINKs between event instances and times.

>>> doc = read_timeml_string(
...     '<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" '
...     'functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>'
...     '<TEXT>It <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> '
...     '<TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3>.</TEXT>'
...     '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
...     '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/></TimeML>')
>>> doc.text, doc.dct.isoformat(), [(t.text, t.value) for t in doc.timexes]
('It ended yesterday.', '1989-11-02', [('yesterday', '1989-11-01')])
>>> doc.events[0].eiids, doc.events[0].tense, doc.tlinks[0].source, doc.tlinks[0].target
(('ei1',), 'PAST', 'ei1', 't1')
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from pydantic import BaseModel, ConfigDict


class TimeMLError(ValueError):
    """A TimeML file that cannot be read, with the path and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeMLTimex(_Frozen):
    """A TIMEX3 of the text; ``start``/``end`` index :attr:`TimeMLDocument.text`."""

    tid: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    function_in_document: str | None = None
    anchor_time_id: str | None = None


class TimeMLEvent(_Frozen):
    """An EVENT of the text with the attributes of its (first) MAKEINSTANCE."""

    eid: str
    text: str
    start: int
    end: int
    cls: str
    eiids: tuple[str, ...] = ()
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    pos: str | None = None


class TimeMLLink(_Frozen):
    """A TLINK; ``source``/``target`` are an event instance id (``ei..``) or a time id."""

    lid: str
    rel_type: str
    source: str
    target: str


class TimeMLDocument(_Frozen):
    """One TimeML document: its text, DCT and annotations."""

    docid: str
    dct: dt.date | None = None
    dct_value: str | None = None
    text: str
    timexes: tuple[TimeMLTimex, ...] = ()
    events: tuple[TimeMLEvent, ...] = ()
    tlinks: tuple[TimeMLLink, ...] = ()


def inline_spans(element: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The plain text under ``element`` and every descendant with its ``[start, end)``.

    >>> text, spans = inline_spans(ET.fromstring("<T>a <X>b <Y>c</Y></X> d</T>"))
    >>> text, [(e.tag, text[s:e_]) for e, s, e_ in spans]
    ('a b c d', [('X', 'b c'), ('Y', 'c')])
    """
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    _walk(element, parts, spans, 0)
    return "".join(parts), spans


def _walk(element: ET.Element, parts: list[str], spans: list, offset: int) -> int:
    # Children are visited in document order; each records its span before
    # its tail, which belongs to the parent.
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        index = len(spans)
        spans.append(None)
        start = offset
        offset = _walk(child, parts, spans, offset)
        spans[index] = (child, start, offset)
        if child.tag == "s" and not (child.tail or "")[:1].isspace():
            # Sentence elements written back to back ("2005</s><s>In") would glue two
            # sentences into one word; the break stands for the element's boundary.
            parts.append("\n")
            offset += 1
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def parse_dct(value: str | None) -> dt.date | None:
    """The day of a TIMEX3 DCT value (``1998-01-08T18:30:00`` -> 1998-01-08), else None.

    >>> parse_dct("1998-01-08T18:30:00"), parse_dct("1998-W02")
    (datetime.date(1998, 1, 8), None)
    """
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one TimeML file.

    Parameters
    ----------
    path : str or Path
        A ``.tml`` file (TBAQ-cleaned layout: DOCID, DCT, TEXT, MAKEINSTANCE, TLINK).

    Returns
    -------
    TimeMLDocument
        Text without tags; annotations with offsets into it.

    Raises
    ------
    TimeMLError
        When the file is not well-formed XML or has no ``<TEXT>``.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".tml", delete=False) as f:
    ...     _ = f.write('<TimeML><DOCID>x</DOCID><TEXT>On <TIMEX3 tid="t1" type="DATE" '
    ...                 'value="2018-11-15">Thursday</TIMEX3>.</TEXT></TimeML>')
    >>> read_timeml(f.name).timexes[0].start; os.unlink(f.name)
    3
    """
    path = Path(path)
    return read_timeml_string(read_xml_file(path), source=str(path), default_docid=path.stem)


def read_xml_file(path: Path) -> str:
    """The text of an annotated corpus file, or a :class:`TimeMLError` naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(str(path), f"cannot read: {exc}") from exc


def parse_text_element(raw: str, source: str) -> tuple[ET.Element, str, list]:
    """The root, the plain text of its ``<TEXT>`` and the inline tags' spans (see :func:`inline_spans`).

    >>> parse_text_element("<DOC><TEXT>on <T>Monday</T></TEXT></DOC>", "s")[1]
    'on Monday'
    """
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise TimeMLError(source, f"not well-formed XML: {exc}") from exc
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(source, "no <TEXT> element")
    text, spans = inline_spans(body)
    return root, text, spans


def read_timeml_string(raw: str, *, source: str = "<string>", default_docid: str = "") -> TimeMLDocument:
    """Read a TimeML document from a string (see :func:`read_timeml`).

    >>> read_timeml_string("<TimeML><TEXT>nothing</TEXT></TimeML>", default_docid="d").docid
    'd'
    """
    root, text, spans = parse_text_element(raw, source)
    dct_value = _dct_value(root)
    docid = (root.findtext("DOCID") or "").strip() or default_docid
    return TimeMLDocument(
        docid=docid,
        dct=parse_dct(dct_value),
        dct_value=dct_value,
        text=text,
        timexes=tuple(_timex(e, s, end, text) for e, s, end in spans if e.tag == "TIMEX3"),
        events=_events(root, spans, text),
        tlinks=tuple(_tlink(e, source) for e in root.iter("TLINK")),
    )


def _dct_value(root: ET.Element) -> str | None:
    dct = root.find("DCT/TIMEX3")
    if dct is None:  # some TimeML files mark the DCT only by functionInDocument
        dct = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    return dct.get("value") if dct is not None else None


def _timex(element: ET.Element, start: int, end: int, text: str) -> TimeMLTimex:
    return TimeMLTimex(
        tid=element.get("tid", ""),
        text=text[start:end],
        start=start,
        end=end,
        type=element.get("type", ""),
        value=element.get("value", ""),
        mod=element.get("mod"),
        function_in_document=element.get("functionInDocument"),
        anchor_time_id=element.get("anchorTimeID"),
    )


def _events(root: ET.Element, spans: list, text: str) -> tuple[TimeMLEvent, ...]:
    instances: dict[str, list[ET.Element]] = {}
    for inst in root.iter("MAKEINSTANCE"):
        instances.setdefault(inst.get("eventID", ""), []).append(inst)
    events = []
    for element, start, end in spans:
        if element.tag != "EVENT":
            continue
        eid = element.get("eid", "")
        made = instances.get(eid, [])
        first = made[0].attrib if made else {}
        events.append(
            TimeMLEvent(
                eid=eid,
                text=text[start:end],
                start=start,
                end=end,
                cls=element.get("class", ""),
                eiids=tuple(i.get("eiid", "") for i in made),
                tense=first.get("tense"),
                aspect=first.get("aspect"),
                polarity=first.get("polarity"),
                pos=first.get("pos"),
            )
        )
    return tuple(events)


def _tlink(element: ET.Element, source: str) -> TimeMLLink:
    a = element.get("eventInstanceID") or element.get("timeID")
    b = element.get("relatedToEventInstance") or element.get("relatedToTime")
    lid = element.get("lid", "")
    if not a or not b:
        raise TimeMLError(source, f"TLINK {lid!r} lacks a source or a target: {dict(element.attrib)}")
    return TimeMLLink(lid=lid, rel_type=element.get("relType", ""), source=a, target=b)
